#pragma once

#include "AuditTrail.h"
#include "ReviewState.h"
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

// The officer's answer to one of the reviewer's notes (a comment on the case, a question or a
// claim): the note is then answered and leaves the list of open ones. Kept as an audit row
// (action "answer-review-note", entity "review") whose document holds the note and the answer.
struct ReviewNoteAnswer
{
    QString reference;
    QString note;   // the note's key (ReviewNote::key)
    QString answer; // may be empty: the note is marked resolved without a reply
    QString answeredBy;
    QString answeredAt; // set from the audit row when read
};

// A review this store's officer gave as the reviewer, kept in their own store's audit trail
// (action "gave-review", entity "reviewer-log") with the version of the case they saw, so that
// a later bundle of the same case can show what changed and warn before approving a version
// they returned.
struct ReviewGivenRecord
{
    QString reference;
    QString bundleSha256;
    QString caseDocumentSha256;
    QString exporter;
    QString decision; // "approve" / "return"
    QString reviewer;
    QByteArray caseFile; // the case as the bundle showed it
    QString decidedAt;   // set from the audit row when read
};

// Where a case stands in review, derived from its latest export and decision and its current
// document: an approval covers the version approved only, so a change after it shows as
// ApprovalOutdated rather than ReadyToSend.
struct ReviewStatus
{
    using State = ReviewState;
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
// An approval signed with the key that exported the bundle is refused (SelfApproval). Both also
// set the case's review_status column (ReviewStatusColumn) in that transaction. Each audit
// row carries a small JSON document (who, what, the comments) that Case history reads.
class ReviewRegister
{
public:
    ReviewRegister(StoreConnection &connection, AuditTrail &audit, AuditTrail::Clock clock);

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
    AuditTrail::Clock m_clock;
};

} // namespace foi::core
