#pragma once

#include "core/model/Case.h"
#include "core/model/JsonObjectReader.h"

#include <QJsonObject>
#include <QStringList>

namespace foi::core {

// The case file's record of the case's life after the reply (format version 3): its internal
// reviews, each with the frozen snapshot of the original decision and that snapshot's SHA-256,
// and its matters before the Information Commissioner (deadlines, decision notice and steps,
// tribunal appeals). Kept apart from CaseFileReader/Writer so the first decision's format stays
// readable on its own. docs/case-file.md describes the fields.
class MatterFileWriter
{
public:
    // Adds "internalReviews" and "commissionerMatters" to `root` when the case has any.
    static void write(const Case &theCase, QJsonObject &root);
    static bool hasMatters(const Case &theCase);
};

// Reads what MatterFileWriter writes, field by field, collecting every problem with its JSON
// path like the rest of the case file reader. A file of a version before 3 that carries
// matters is refused, naming the field; a snapshot whose SHA-256 does not match its content is
// refused (the frozen record of what was reviewed was altered).
class MatterFileReader
{
public:
    MatterFileReader(QStringList &errors, int version);

    void read(JsonObjectReader &root, Case &theCase);

private:
    using Presence = JsonObjectReader::Presence;

    InternalReview readReview(const QJsonValue &value, const QString &path);
    OriginalDecisionSnapshot readSnapshot(JsonObjectReader &review);
    ReviewedItem readItem(const QJsonValue &value, const QString &path);
    CommissionerMatter readMatter(const QJsonValue &value, const QString &path);
    ExternalDeadline readDeadline(const QJsonValue &value, const QString &path);
    DecisionNotice readNotice(const QJsonValue &value, const QString &path);
    DecisionNoticeStep readStep(const QJsonValue &value, const QString &path);
    TribunalAppeal readAppeal(const QJsonValue &value, const QString &path);
    std::optional<QDate> optionalDate(JsonObjectReader &object, const QString &key);
    void checkUniqueIds(const QStringList &ids, const QString &key);

    QStringList &m_errors;
    int m_version;
};

} // namespace foi::core
