#include "services/CaseHistory.h"

#include "services/CaseChangeDescriber.h"
#include "store/Attachment.h"
#include "store/CaseHold.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace foi::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("foi::core::CaseHistory", text);
}

QString sentence(QString phrase)
{
    if (!phrase.isEmpty())
        phrase[0] = phrase.at(0).toUpper();
    return phrase;
}

// A file's name in quotes, or what became of it: the retention policy blanks the names of the
// requester's letters in the trail's snapshots.
QString nameOf(const QString &fileName)
{
    return fileName.isEmpty() ? tr("a file whose name was erased with the requester's details")
                              : QStringLiteral("\u201c%1\u201d").arg(fileName);
}

QString holdName(const QString &code)
{
    switch (caseHoldFromCode(code).value_or(CaseHold::None)) {
    case CaseHold::InternalReview:
        return tr("internal review");
    case CaseHold::CommissionerInvestigation:
        return tr("Commissioner's investigation");
    case CaseHold::TribunalAppeal:
        return tr("tribunal appeal");
    case CaseHold::None:
        break;
    }
    return code;
}

} // namespace

CaseHistory::CaseHistory(AuditTrail &audit)
    : m_audit(audit)
{}

Result<QList<CaseHistoryEntry>> CaseHistory::of(const QString &reference, int limit)
{
    m_documents.clear();
    const QStringList entities{QStringLiteral("case"), QStringLiteral("attachment"),
                               QStringLiteral("reply"), QStringLiteral("case-hold")};
    Result<QList<AuditTrail::Row>> rows = m_audit.rowsAbout(entities, reference, limit);
    if (!rows)
        return rows.error();
    QList<CaseHistoryEntry> entries;
    entries.reserve(rows->size());
    for (const AuditTrail::Row &row : std::as_const(*rows)) {
        CaseHistoryEntry entry;
        entry.seq = row.seq;
        entry.recordedAt = QDateTime::fromString(row.recordedAt, Qt::ISODateWithMs);
        entry.officer = row.officer;
        entry.change = describe(row);
        entries.append(entry);
    }
    m_documents.clear();
    return entries;
}

QString CaseHistory::describeSentReply(const QJsonObject &record, const QString &fileName)
{
    QString line = record.contains(QStringLiteral("correction_of"))
                       ? tr("Sent a correction letter (%1) correcting reply version %2, because: "
                            "‘%3’")
                             .arg(fileName)
                             .arg(record.value(QStringLiteral("correction_of")).toInt())
                             .arg(record.value(QStringLiteral("amendment_reason")).toString())
                       : tr("Recorded the reply as sent (%1)").arg(fileName);
    if (record.contains(QStringLiteral("review_override"))) {
        const QString suffix =
            record.value(QStringLiteral("review_state")).toString() == QLatin1String("returned")
                ? tr(", although the last review returned the case, because: ‘%1’")
                : tr(", although the case was awaiting review, because: ‘%1’");
        line += suffix.arg(record.value(QStringLiteral("review_override")).toString());
    }
    return line;
}

QString CaseHistory::describe(const AuditTrail::Row &row)
{
    const QString &action = row.action;
    if (action == QLatin1String("create-case"))
        return tr("Logged the request");
    if (action == QLatin1String("update-case"))
        return describeUpdate(row);
    if (action == QLatin1String("erase-requester")) {
        return row.summary.startsWith(QLatin1String("letters of the erased requester"))
                   ? tr("Erased the requester's letters under the retention policy")
                   : tr("Erased the requester's details under the retention policy");
    }
    const QString afterName =
        nameOf(document(row.afterSha256).value(QStringLiteral("file_name")).toString());
    if (action == QLatin1String("add-attachment")) {
        // Attachments added before kinds were kept have none in their record.
        const auto kind = attachmentKindFromCode(
            document(row.afterSha256).value(QStringLiteral("kind")).toString());
        return kind ? tr("Attached %1 as %2").arg(afterName, attachmentKindPhrase(*kind))
                    : tr("Attached %1").arg(afterName);
    }
    if (action == QLatin1String("set-attachment-kind")) {
        const auto was = attachmentKindFromCode(
            document(row.beforeSha256).value(QStringLiteral("kind")).toString());
        const auto now = attachmentKindFromCode(
            document(row.afterSha256).value(QStringLiteral("kind")).toString());
        if (!was || !now)
            return sentence(row.summary);
        return tr("Marked the attachment %1 as %2 (it was %3)")
            .arg(afterName, attachmentKindPhrase(*now), attachmentKindPhrase(*was));
    }
    if (action == QLatin1String("remove-attachment"))
        return tr("Removed the attachment %1")
            .arg(nameOf(document(row.beforeSha256).value(QStringLiteral("file_name")).toString()));
    if (action == QLatin1String("record-reply"))
        return describeSentReply(document(row.afterSha256), afterName);
    if (action == QLatin1String("set-hold")) {
        const QString hold = document(row.afterSha256).value(QStringLiteral("hold")).toString();
        return hold.isEmpty() ? tr("Released the hold on the case")
                              : tr("Put the case on hold for the %1").arg(holdName(hold));
    }
    return sentence(row.summary);
}

QString CaseHistory::describeUpdate(const AuditTrail::Row &row)
{
    const QJsonObject before = document(row.beforeSha256);
    const QJsonObject after = document(row.afterSha256);
    if (before.isEmpty() || after.isEmpty())
        return tr("Changed the case (an earlier version is no longer readable)");
    const QString line = CaseChangeDescriber::sentence(before, after);
    if (line.isEmpty())
        return tr("Saved the case with no change to its content");
    return line;
}

QJsonObject CaseHistory::document(const std::optional<QString> &sha256)
{
    if (!sha256)
        return {};
    if (const auto cached = m_documents.constFind(*sha256); cached != m_documents.cend())
        return *cached;
    QJsonObject object;
    if (Result<QByteArray> body = m_audit.snapshot(*sha256))
        object = QJsonDocument::fromJson(*body).object();
    m_documents.insert(*sha256, object);
    return object;
}

} // namespace foi::core
