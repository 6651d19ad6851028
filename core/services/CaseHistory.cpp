#include "core/services/CaseHistory.h"

#include "core/model/Attachment.h"
#include "core/model/CaseHold.h"
#include "core/services/CaseChangeDescriber.h"
#include "core/support/CoreText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace foi::core {

namespace {

QString tr(const char *text)
{
    return coreText("foi::core::CaseHistory", text);
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

QString quoted(const QString &text)
{
    return QStringLiteral("\u201C%1\u201D").arg(text.simplified());
}

// The reviewer's comments as the decision's audit document keeps them, in one line each.
QStringList reviewComments(const QJsonObject &decision)
{
    QStringList lines;
    if (!decision.value(QStringLiteral("comment")).toString().trimmed().isEmpty())
        lines.append(quoted(decision.value(QStringLiteral("comment")).toString()));
    for (const QJsonValue &value : decision.value(QStringLiteral("questions")).toArray())
        lines.append(tr("on question %1: %2")
                         .arg(value[QStringLiteral("question")].toString(),
                              quoted(value[QStringLiteral("comment")].toString())));
    for (const QJsonValue &value : decision.value(QStringLiteral("claims")).toArray())
        lines.append(tr("on claim %1 (%2): %3")
                         .arg(value[QStringLiteral("claim")].toInt() + 1)
                         .arg(value[QStringLiteral("provision")].toString(),
                              quoted(value[QStringLiteral("comment")].toString())));
    return lines;
}

// A review note's key ("<response>/question/Q2") as the officer reads it.
QString noteSubject(const QString &key)
{
    const QStringList parts = key.split(QLatin1Char('/'));
    if (parts.value(1) == QLatin1String("question"))
        return tr("question %1").arg(parts.value(2));
    if (parts.value(1) == QLatin1String("claim"))
        return tr("claim %1").arg(parts.value(2).toInt() + 1);
    return tr("the case");
}

} // namespace

CaseHistory::CaseHistory(AuditTrail &audit)
    : m_audit(audit)
{}

Result<QList<CaseHistoryEntry>> CaseHistory::of(const QString &reference, int limit)
{
    m_documents.clear();
    const QStringList entities{QStringLiteral("case"),   QStringLiteral("attachment"),
                               QStringLiteral("reply"),  QStringLiteral("case-hold"),
                               QStringLiteral("review"), QStringLiteral("case-allocation")};
    Result<QList<AuditTrail::Row>> rows = m_audit.rowsAbout(entities, reference, limit);
    if (!rows)
        return rows.error();
    QList<CaseHistoryEntry> entries;
    entries.reserve(rows->size());
    // Newest first: a run of saves ends at its newest row and starts at its oldest, whose
    // "before" is what the value was before the run.
    for (qsizetype i = 0; i < rows->size(); ++i) {
        const AuditTrail::Row &row = rows->at(i);
        CaseHistoryEntry entry;
        entry.seq = row.seq;
        entry.recordedAt = QDateTime::fromString(row.recordedAt, Qt::ISODateWithMs);
        entry.officer = row.officer;
        entry.change = describe(row);
        if (row.action == QLatin1String("update-case")) {
            qsizetype oldest = i;
            while (oldest + 1 < rows->size() &&
                   continuesRun(rows->at(oldest + 1), rows->at(oldest)))
                ++oldest;
            entry.saves = int(oldest - i + 1);
            entry.details =
                details(document(rows->at(oldest).beforeSha256), document(row.afterSha256));
            i = oldest;
        }
        entries.append(entry);
    }
    m_documents.clear();
    return entries;
}

bool CaseHistory::continuesRun(const AuditTrail::Row &older, const AuditTrail::Row &newer)
{
    if (older.action != QLatin1String("update-case") || older.officer != newer.officer)
        return false;
    const QDateTime was = QDateTime::fromString(older.recordedAt, Qt::ISODateWithMs);
    const QDateTime is = QDateTime::fromString(newer.recordedAt, Qt::ISODateWithMs);
    if (!was.isValid() || !is.isValid() || was.secsTo(is) > mergeSeconds)
        return false;
    const QJsonObject olderBefore = document(older.beforeSha256);
    const QJsonObject olderAfter = document(older.afterSha256);
    const QJsonObject newerBefore = document(newer.beforeSha256);
    const QJsonObject newerAfter = document(newer.afterSha256);
    if (olderBefore.isEmpty() || olderAfter.isEmpty() || newerBefore.isEmpty() ||
        newerAfter.isEmpty())
        return false;
    // One thing changed by both, and nothing done (a question added, evidence cited) that
    // would be lost from the line.
    const CaseChangeDescriber::Changes first =
        CaseChangeDescriber::changes(olderBefore, olderAfter);
    const CaseChangeDescriber::Changes second =
        CaseChangeDescriber::changes(newerBefore, newerAfter);
    return first.actions.isEmpty() && second.actions.isEmpty() && !first.parts.isEmpty() &&
           first.parts == second.parts;
}

QStringList CaseHistory::details(const QJsonObject &before, const QJsonObject &after)
{
    if (before.isEmpty() || after.isEmpty())
        return {};
    const auto shown = [](const QString &text) {
        return text.isEmpty() ? tr("blank") : QStringLiteral("“%1”").arg(text);
    };
    QStringList lines;
    for (const CaseChangeDescriber::ValueChange &value :
         CaseChangeDescriber::values(before, after)) {
        const auto [was, now] = CaseChangeDescriber::excerpts(value.was, value.now);
        lines.append(tr("%1: was %2, now %3").arg(sentence(value.what), shown(was), shown(now)));
    }
    return lines;
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
    if (action == QLatin1String("delete-case"))
        return tr("Deleted the case, created in error: %1")
            .arg(row.summary.section(QStringLiteral(": "), 1));
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
    if (action.contains(QLatin1String("release")))
        return describeRelease(action, document(row.afterSha256), afterName);
    if (action == QLatin1String("set-hold")) {
        const QString hold = document(row.afterSha256).value(QStringLiteral("hold")).toString();
        return hold.isEmpty() ? tr("Released the hold on the case")
                              : tr("Put the case on hold for the %1").arg(holdName(hold));
    }
    if (action == QLatin1String("allocate-case"))
        return describeAllocation(row);
    if (row.entity == QLatin1String("review"))
        return describeReview(row);
    return sentence(row.summary);
}

QString CaseHistory::describeAllocation(const AuditTrail::Row &row)
{
    const QString key = QStringLiteral("assignedOfficer");
    const QJsonObject before = document(row.beforeSha256);
    const QJsonObject after = document(row.afterSha256);
    if (!before.contains(key) || !after.contains(key))
        return sentence(row.summary);
    const QString from = before.value(key).toString();
    const QString to = after.value(key).toString();
    if (from.isEmpty())
        return tr("Allocated the case to %1").arg(to);
    if (to.isEmpty())
        return tr("Took the case back from %1: it is unallocated").arg(from);
    return tr("Reallocated the case from %1 to %2").arg(from, to);
}

QString CaseHistory::describeRelease(const QString &action, const QJsonObject &record,
                                     const QString &fileName)
{
    const QString reason = record.value(QStringLiteral("reason")).toString();
    if (action == QLatin1String("mark-for-release"))
        return tr("Marked %1 to be released with the reply").arg(fileName);
    if (action == QLatin1String("remove-from-release"))
        return reason.isEmpty()
                   ? tr("Took %1 out of the release").arg(fileName)
                   : tr("Took %1 out of the release, because: %2").arg(fileName, quoted(reason));
    if (action == QLatin1String("scan-release-file")) {
        QStringList codes;
        for (const QJsonValue &finding : record.value(QStringLiteral("findings")).toArray())
            codes.append(finding.toObject().value(QStringLiteral("code")).toString());
        return codes.isEmpty() ? tr("Scanned %1 for release: nothing found").arg(fileName)
                               : tr("Scanned %1 for release: found %2")
                                     .arg(fileName, codes.join(QStringLiteral(", ")));
    }
    if (action == QLatin1String("keep-release-finding")) {
        const QJsonObject finding = record.value(QStringLiteral("finding")).toObject();
        const QString code = finding.value(QStringLiteral("code")).toString();
        if (code == QLatin1String("FILE-UNCHECKED-TYPE"))
            return tr("Checked %1 by hand for release, because: %2").arg(fileName, quoted(reason));
        return tr("Kept %1 in the release despite %2 (%3), because: %4")
            .arg(fileName, code, finding.value(QStringLiteral("location")).toString(),
                 quoted(reason));
    }
    return tr("Changed the release of %1").arg(fileName);
}

QString CaseHistory::describeReview(const AuditTrail::Row &row)
{
    const QJsonObject after = document(row.afterSha256);
    if (after.isEmpty()) // recorded before review rows kept a document
        return sentence(row.summary);
    if (row.action == QLatin1String("export-review")) {
        const QString reviewer = after.value(QStringLiteral("reviewer")).toString();
        QString line = reviewer.isEmpty() ? tr("Exported the case for review by a second officer")
                                          : tr("Exported the case for review by %1").arg(reviewer);
        if (after.value(QStringLiteral("requesterIncluded")).toBool())
            line += tr(", with the requester's details");
        if (after.contains(QStringLiteral("withdrawsApprovalBy")))
            line += tr("; this withdrew the approval given by %1")
                        .arg(after.value(QStringLiteral("withdrawsApprovalBy")).toString());
        return line;
    }
    if (row.action == QLatin1String("review-approved") ||
        row.action == QLatin1String("review-returned")) {
        const QString reviewer = after.value(QStringLiteral("reviewer")).toString();
        QString line = row.action == QLatin1String("review-approved")
                           ? tr("%1 approved the draft reply").arg(reviewer)
                           : tr("%1 returned the case for changes").arg(reviewer);
        const QStringList comments = reviewComments(after);
        if (!comments.isEmpty())
            line += QStringLiteral(": ") + comments.join(QStringLiteral("; "));
        return line;
    }
    if (row.action == QLatin1String("answer-review-note")) {
        const QString answer = after.value(QStringLiteral("answer")).toString();
        const QString subject = noteSubject(after.value(QStringLiteral("note")).toString());
        return answer.trimmed().isEmpty()
                   ? tr("Marked the reviewer's note on %1 resolved").arg(subject)
                   : tr("Answered the reviewer's note on %1: %2").arg(subject, quoted(answer));
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
