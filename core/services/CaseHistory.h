#pragma once

#include "store/AuditTrail.h"
#include "support/Result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace foi::core {

// One change to a case as the officer reads it: when (UTC), by whom, and what in plain words
// ("Changed the request text and whether Q2 is held").
struct CaseHistoryEntry
{
    qint64 seq = 0;
    QDateTime recordedAt;
    QString officer;
    QString change;
};

// A case's history in plain words, read from the audit trail: the case's own saves (described
// by comparing the documents before and after), its attachments, sent replies, holds and
// review (export, the reviewer's decision and comments, the officer's answers to them). Newest
// first. Fails only when the store cannot be read; a document erased under the retention policy
// is described as such rather than failing.
class CaseHistory
{
public:
    static constexpr int defaultLimit = 1000;

    explicit CaseHistory(AuditTrail &audit);

    [[nodiscard]] Result<QList<CaseHistoryEntry>> of(const QString &reference,
                                                     int limit = defaultLimit);

private:
    QString describe(const AuditTrail::Row &row);
    QString describeUpdate(const AuditTrail::Row &row);
    QString describeSentReply(const QJsonObject &record, const QString &fileName);
    // Files marked for release, taken out, scanned, and findings kept with a reason.
    QString describeRelease(const QString &action, const QJsonObject &record,
                            const QString &fileName);
    // Review export, decisions (with the reviewer's comments) and answers to review notes.
    QString describeReview(const AuditTrail::Row &row);
    // The JSON document a row recorded, or an empty object when absent or unreadable.
    QJsonObject document(const std::optional<QString> &sha256);

    AuditTrail &m_audit;
    QHash<QString, QJsonObject> m_documents; // read once per call of of()
};

} // namespace foi::core
