#pragma once

#include "AuditTrail.h"
#include "support/Result.h"

#include <QList>
#include <QString>

namespace foi::core {

class StoreConnection;

// One review bundle as exported from this store: which case, at which version of its document.
struct ReviewExportRecord
{
    QString reference;
    QString bundleSha256;
    QString documentSha256;
    QString exportedAt;
    QString exportedBy;
    QString exporterFingerprint;
    QString reviewer; // empty when the bundle was not addressed to one reviewer
    bool requesterIncluded = false;
};

// One signed review decision as imported into this store.
struct ReviewDecisionRecord
{
    QString reference;
    QString bundleSha256;
    QString responseSha256;
    QString caseDocumentSha256; // the version the reviewer saw
    QString decision;           // "approve" / "return"
    QString reviewer;
    QString reviewerFingerprint;
    QString comment;
    QString commentsJson; // per question and per claim, as the response had them
    QString respondedAt;
    QString importedAt;
    QString importedBy;
};

// Where a case stands in review, derived from its latest export and decision and its current
// document: an approval covers the version approved only, so a change after it shows as
// ApprovalOutdated rather than ReadyToSend.
struct ReviewStatus
{
    enum class State { NotReviewed, AwaitingReview, ReadyToSend, Returned, ApprovalOutdated };
    State state = State::NotReviewed;
    QString reviewer;
    QString decidedAt;

    static QString describe(State state);
};

// The review side of the store (migration 4): bundles exported and decisions imported, each
// written with its audit row in one BEGIN IMMEDIATE transaction. recordDecision() re-checks in
// that transaction everything the store can know (the case exists, the bundle was exported from
// here for this case, the case has not changed since, the response was not imported before), so
// nothing is written unless the whole import is valid; each refusal has its ReviewErrorCode.
class ReviewRegister
{
public:
    ReviewRegister(StoreConnection &connection, AuditTrail &audit, AuditTrail::Clock clock);

    [[nodiscard]] Status recordExport(const ReviewExportRecord &record);
    [[nodiscard]] Result<ReviewStatus> recordDecision(const ReviewDecisionRecord &record);
    [[nodiscard]] Result<ReviewStatus> status(const QString &reference);
    [[nodiscard]] Result<QList<ReviewDecisionRecord>> decisions(const QString &reference);

private:
    struct CaseRow
    {
        qint64 id = 0;
        QString documentSha256;
    };
    [[nodiscard]] Result<CaseRow> caseRow(const QString &reference);

    StoreConnection &m_connection;
    AuditTrail &m_audit;
    AuditTrail::Clock m_clock;
};

} // namespace foi::core
