#pragma once

#include <QDate>
#include <QString>

namespace foi::core {

// What the reply says beyond the answers, as far as the checker needs to know: the internal
// review procedure and the right to complain to the Information Commissioner (s17(7)), the date
// it was (or is to be) sent, and the apology or explanation owed when it is late. The reply
// composer fills the texts from the authority's profile; the officer may edit them.
struct Reply
{
    QString internalReviewProcedure;
    QString complaintRights;
    QDate sentOn;
    QString lateApology;

    friend bool operator==(const Reply &, const Reply &) = default;
};

} // namespace foi::core
