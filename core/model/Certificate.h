#pragma once

#include <QDate>
#include <QString>

namespace foi::core {

// A certificate that is conclusive evidence an exemption applies (s23(2), s24(3), s34(3),
// s36(7)): the provision under which it was signed, by whom, when, and its reference.
struct Certificate
{
    QString provision;
    QString signedBy;
    QDate signedOn;
    QString reference;

    friend bool operator==(const Certificate &, const Certificate &) = default;
};

} // namespace foi::core
