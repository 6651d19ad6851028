#pragma once

#include <QDate>
#include <QString>

namespace foi::core {

// Another request whose cost is added to this one (Fees Regulations reg 5): same or similar
// information, from the same person or people acting together, received within 60 consecutive
// working days.
struct AggregatedRequest
{
    QString reference;
    QDate dateOfReceipt;

    friend bool operator==(const AggregatedRequest &, const AggregatedRequest &) = default;
};

} // namespace foi::core
