#pragma once

#include <QDate>
#include <QString>

namespace foi::core {

// Section 36 applies only "in the reasonable opinion of a qualified person" (s36(2), s36(5)):
// who gave the opinion, when, and what it was.
struct QualifiedPersonOpinion
{
    QString qualifiedPerson;
    QDate givenOn;
    QString opinion;

    friend bool operator==(const QualifiedPersonOpinion &,
                           const QualifiedPersonOpinion &) = default;
};

} // namespace foi::core
