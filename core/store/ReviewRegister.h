#pragma once

#include "core/model/ReviewRecords.h"
#include "core/store/AuditTrail.h"
#include "core/support/Result.h"

#include <QList>
#include <QString>

namespace foi::core {

class StoreConnection;

// The review side of the store (migration 4): bundles exported and decisions imported, each
// written with its audit row in one BEGIN IMMEDIATE transaction. recordDecision() re-checks in
// that transaction everything the store can know (the case exists, the bundle was exported from
// here for this case, the case has not changed since, the response was not imported before), so
// nothing is written unless the whole import is valid; each refusal has its ReviewErrorCode.
// An approval signed with the key that exported the bundle is refused (SelfApproval). Both also
// set the case's review_status column (ReviewStatusColumn) in that transaction. Each audit
// row carries a small JSON document (who, what, the comments) that Case history reads.
class ReviewRegister
{
public:
    ReviewRegister(StoreConnection &connection, AuditTrail &audit, Clock clock);

    [[nodiscard]] Status recordExport(const ReviewExportRecord &record);
    [[nodiscard]] Result<ReviewStatus> recordDecision(const ReviewDecisionRecord &record);
    [[nodiscard]] Result<ReviewStatus> status(const QString &reference);
    [[nodiscard]] Result<QList<ReviewDecisionRecord>> decisions(const QString &reference);
    // Records the officer's answer to a reviewer's note, with its audit row; the case must be
    // in this store (ReviewErrorCode::NoCase otherwise).
    [[nodiscard]] Status recordNoteAnswer(const ReviewNoteAnswer &answer);
    // The answers recorded for the case's notes, oldest first.
    [[nodiscard]] Result<QList<ReviewNoteAnswer>> noteAnswers(const QString &reference);
    // The reviewer's own log: what they reviewed and decided (the case need not be here).
    [[nodiscard]] Status recordReviewGiven(const ReviewGivenRecord &record);
    // The reviews given of the case `reference`, oldest first.
    [[nodiscard]] Result<QList<ReviewGivenRecord>> reviewsGiven(const QString &reference);

private:
    struct CaseRow
    {
        qint64 id = 0;
        QString documentSha256;
    };
    [[nodiscard]] Result<CaseRow> caseRow(const QString &reference);

    StoreConnection &m_connection;
    AuditTrail &m_audit;
    Clock m_clock;
};

} // namespace foi::core
