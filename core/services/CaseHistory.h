#pragma once

#include "core/store/AuditTrail.h"
#include "core/support/Result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace foi::core {

// One change to a case as the officer reads it: when (UTC), by whom, and what in plain words
// ("Changed the request text"), with each value changed as it was and as it is now ("The
// request text: was “…over the city”, now “…over the town”"). A quick run of saves that changed
// the same thing, by one officer, is one entry (`saves` of them, the latest's seq and time).
struct CaseHistoryEntry
{
    qint64 seq = 0;
    QDateTime recordedAt;
    QString officer;
    QString change;
    QStringList details;
    int saves = 1;
};

// A case's history in plain words, read from the audit trail: the case's own saves (described
// by comparing the documents before and after), its attachments, sent replies, holds, allocation
// and review (export, the reviewer's decision and comments, the officer's answers to them). Newest
// first. Fails only when the store cannot be read; a document erased under the retention policy
// is described as such rather than failing.
class CaseHistory
{
public:
    static constexpr int defaultLimit = 1000;
    // Saves of the same part by the same officer at most this far apart read as one change:
    // the autosave keeps each pause in typing, but the officer made one edit. Display only:
    // the audit rows stay one per save.
    static constexpr int mergeSeconds = 10;

    explicit CaseHistory(AuditTrail &audit);

    [[nodiscard]] Result<QList<CaseHistoryEntry>> of(const QString &reference,
                                                     int limit = defaultLimit);
    // Each value changed from one version of a case file to another, in plain words, a line
    // each ("The request text: was “…city”, now “…town”"); nothing for an unreadable version.
    static QStringList details(const QJsonObject &before, const QJsonObject &after);

private:
    QString describe(const AuditTrail::Row &row);
    QString describeUpdate(const AuditTrail::Row &row);
    // Whether `older` (the row before `newer` in the trail) joins the run of saves that
    // `newer` ends: both saves of the same parts of the case, by one officer, close in time.
    bool continuesRun(const AuditTrail::Row &older, const AuditTrail::Row &newer);

    QString describeSentReply(const QJsonObject &record, const QString &fileName);
    // Files marked for release, taken out, scanned, and findings kept with a reason.
    QString describeRelease(const QString &action, const QJsonObject &record,
                            const QString &fileName);
    // Allocation by a manager (issue 20 point 3): to whom, and from whom.
    QString describeAllocation(const AuditTrail::Row &row);
    // Review export, decisions (with the reviewer's comments) and answers to review notes.
    QString describeReview(const AuditTrail::Row &row);
    // The JSON document a row recorded, or an empty object when absent or unreadable.
    QJsonObject document(const std::optional<QString> &sha256);

    AuditTrail &m_audit;
    QHash<QString, QJsonObject> m_documents; // read once per call of of()
};

} // namespace foi::core
