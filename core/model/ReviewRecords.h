#pragma once

#include "core/model/ReviewState.h"

#include <QByteArray>
#include <QString>

namespace foi::core {

// The values of the offline review (docs/review-bundle.md) as the store keeps them and the
// workbench shows them: bundles exported, decisions imported, answers to notes, reviews given,
// and where a case stands. store/ReviewRegister reads and writes them.

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

} // namespace foi::core
