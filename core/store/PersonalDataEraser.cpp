#include "core/store/PersonalDataEraser.h"

#include "core/model/Attachment.h"
#include "core/model/CaseHold.h"
#include "core/store/ReviewStatusColumn.h"
#include "core/store/StoreConnection.h"
#include "core/store/WriteTransaction.h"
#include "core/support/StoreErrorCode.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace foi::core {

PersonalDataEraser::PersonalDataEraser(StoreConnection &connection, AuditTrail &audit, Clock clock)
    : m_connection(connection)
    , m_audit(audit)
    , m_clock(std::move(clock))
{}

// The documents the trail kept of `entity` rows of the case, before and after each change,
// that no erasure has blanked yet.
Result<PersonalDataEraser::Snapshots>
PersonalDataEraser::unerasedSnapshots(const QString &entity, const QString &reference,
                                      const QString &what)
{
    Result<QSqlQuery> found = m_connection.select(
        QStringLiteral("SELECT s.sha256, s.body FROM audit_snapshot s WHERE s.erased_by_seq IS "
                       "NULL AND s.sha256 IN (SELECT before_sha256 FROM audit_log WHERE entity = ? "
                       "AND entity_key = ? UNION SELECT after_sha256 FROM audit_log WHERE "
                       "entity = ? AND entity_key = ?)"),
        {entity, reference, entity, reference}, what);
    if (!found)
        return found.error();
    Snapshots snapshots;
    while (found->next())
        snapshots.append({found->value(0).toString(), found->value(1).toByteArray()});
    found->finish();
    return snapshots;
}

Status PersonalDataEraser::eraseSnapshots(const QString &reference, const QString &keepSha,
                                          const Redactor &redact, qint64 erasedBy)
{
    const QString what =
        QStringLiteral("erasing the requester's details from case %1's history").arg(reference);
    Result<Snapshots> snapshots = unerasedSnapshots(QStringLiteral("case"), reference, what);
    if (!snapshots)
        return snapshots.error();
    for (const auto &[sha, body] : std::as_const(*snapshots)) {
        if (sha == keepSha)
            continue;
        if (Status erased = m_audit.eraseSnapshot(sha, redact(body), erasedBy); !erased)
            return erased;
    }
    // An empty blob both back ends write alike: x'' is a bit string to PostgreSQL.
    return m_connection.run(
        QStringLiteral("UPDATE sent_replies SET content = substr(content, 1, 0), "
                       "erased_by_seq = ? WHERE "
                       "erased_by_seq IS NULL AND case_id = (SELECT id FROM cases WHERE "
                       "reference = ?)"),
        {erasedBy, reference}, what);
}

namespace {

// The kinds of attachment that are the requester's own words and details.
const QStringList letterKinds{attachmentKindCode(AttachmentKind::RequestAsReceived),
                              attachmentKindCode(AttachmentKind::Correspondence)};

QString letterKindsSql()
{
    return QStringLiteral("('%1')").arg(letterKinds.join(QStringLiteral("', '")));
}

QString lettersPhrase(qsizetype count)
{
    const QString what = QStringLiteral("(the request as received, correspondence)");
    return count == 1 ? QStringLiteral("1 attached letter %1").arg(what)
                      : QStringLiteral("%1 attached letters %2").arg(count).arg(what);
}

} // namespace

Result<PersonalDataEraser::Letters> PersonalDataEraser::lettersOf(const QString &reference,
                                                                  const QString &what)
{
    Result<QSqlQuery> found = m_connection.select(
        QStringLiteral("SELECT a.id, a.sha256 FROM attachments a JOIN cases c ON c.id = a.case_id "
                       "WHERE c.reference = ? AND a.kind IN %1 ORDER BY a.id")
            .arg(letterKindsSql()),
        {reference}, what);
    if (!found)
        return found.error();
    Letters letters;
    while (found->next()) {
        letters.ids.append(found->value(0).toLongLong());
        letters.sha256.append(found->value(1).toString());
    }
    found->finish();
    return letters;
}

// The metadata the audit trail kept of each letter's addition, change of kind or removal names
// the file, and a file's name is often the requester's ("Email from J Smith.eml"): blanked for
// every file of the case that is or was a letter, whatever kind it had at the time.
Status PersonalDataEraser::eraseLetterSnapshots(const QString &reference,
                                                const QStringList &letterContent, qint64 erasedBy,
                                                const QString &what)
{
    Result<Snapshots> snapshots = unerasedSnapshots(QStringLiteral("attachment"), reference, what);
    if (!snapshots)
        return snapshots.error();
    for (const auto &[sha, body] : std::as_const(*snapshots)) {
        QJsonObject metadata = QJsonDocument::fromJson(body).object();
        if (!letterKinds.contains(metadata.value(QStringLiteral("kind")).toString()) &&
            !letterContent.contains(metadata.value(QStringLiteral("sha256")).toString()))
            continue;
        metadata.insert(QStringLiteral("file_name"), QString());
        const QByteArray redacted = QJsonDocument(metadata).toJson(QJsonDocument::Compact);
        if (Status erased = m_audit.eraseSnapshot(sha, redacted, erasedBy); !erased)
            return erased;
    }
    return success();
}

Result<PersonalDataEraser::Letters> PersonalDataEraser::dropLetters(const QString &reference,
                                                                    const QString &what)
{
    Result<Letters> letters = lettersOf(reference, what);
    if (!letters)
        return letters.error();
    for (qint64 id : std::as_const(letters->ids)) {
        if (Status removed = m_connection.run(
                QStringLiteral("DELETE FROM attachments WHERE id = ?"), {id}, what);
            !removed)
            return removed.error();
    }
    return letters;
}

Result<QStringList> PersonalDataEraser::eraseLettersLeft(const QString &reference,
                                                         const QByteArray &document,
                                                         const QString &officer,
                                                         const QString &what)
{
    Result<Letters> letters = dropLetters(reference, what);
    if (!letters)
        return letters.error();
    if (letters->ids.isEmpty())
        return QStringList();
    // The same action as the first erasure: the schema lets only it blank snapshots.
    Result<AuditAnchor> recorded = m_audit.record(
        {officer, QStringLiteral("erase-requester"), QStringLiteral("case"), reference,
         QStringLiteral("letters of the erased requester erased under the retention policy: %1")
             .arg(lettersPhrase(letters->ids.size())),
         std::nullopt, document}); // the case as it stays, so that verify still matches it
    if (!recorded)
        return recorded.error();
    if (Status erased = eraseLetterSnapshots(reference, letters->sha256, recorded->seq, what);
        !erased)
        return erased.error();
    return letters->sha256;
}

Result<QStringList> PersonalDataEraser::eraseRequester(const CaseRecord &redacted,
                                                       const Redactor &redact,
                                                       const QString &officer)
{
    const QString &reference = redacted.reference;
    const QString what =
        QStringLiteral("erasing the requester's details from case %1").arg(reference);
    WriteTransaction transaction(m_connection);
    if (Status begun = transaction.begin(); !begun)
        return begun.error();
    Result<QSqlQuery> found = m_connection.select(
        QStringLiteral("SELECT hold, requester_erased, document FROM cases WHERE reference = ?"),
        {reference}, what);
    if (!found)
        return found.error();
    if (!found->next()) {
        return Error::make(StoreErrorCode::NotFound,
                           QStringLiteral("There is no case %1 in the store.").arg(reference));
    }
    const QString hold = found->value(0).toString();
    const bool alreadyErased = found->value(1).toBool();
    const QByteArray stored = found->value(2).toByteArray();
    found->finish();
    if (!hold.isEmpty()) {
        return Error::make(StoreErrorCode::OnHold,
                           QStringLiteral("Case %1 is on hold (%2), so nothing in it may be "
                                          "erased. Release the hold when the review, "
                                          "investigation or appeal is over.")
                               .arg(reference, hold));
    }
    if (alreadyErased) {
        // Erased before the letters went with the requester (stores older than that rule).
        Result<QStringList> gone = eraseLettersLeft(reference, stored, officer, what);
        if (!gone)
            return gone.error();
        if (Status committed = transaction.commit(); !committed)
            return committed.error();
        return gone;
    }
    const QString sha = AuditTrail::sha256Hex(redacted.document);
    if (Status updated = m_connection.run(
            QStringLiteral("UPDATE cases SET requester_name = '', requester_email = '', "
                           "document = ?, "
                           "document_sha256 = ?, requester_erased = 1, updated_at = ?, "
                           "version = version + 1 "
                           "WHERE reference = ?"),
            {redacted.document, sha, m_clock().toUTC().toString(Qt::ISODateWithMs), reference},
            what);
        !updated)
        return updated.error();
    if (Status review = ReviewStatusColumn::refreshAfterEdit(m_connection, reference, what);
        !review)
        return review.error();
    // Its name, email and address were also kept as keys for the aggregation lookup.
    if (Status unkeyed =
            m_connection.run(QStringLiteral("DELETE FROM requester_keys WHERE case_id = "
                                            "(SELECT id FROM cases WHERE reference = ?)"),
                             {reference}, what);
        !unkeyed)
        return unkeyed.error();
    Result<Letters> letters = dropLetters(reference, what);
    if (!letters)
        return letters.error();
    // Counted, never named: the names are what is being erased.
    const QString summary =
        letters->ids.isEmpty()
            ? QStringLiteral("requester's details erased under the retention policy")
            : QStringLiteral("requester's details and %1 erased under the retention policy")
                  .arg(lettersPhrase(letters->ids.size()));
    Result<AuditAnchor> recorded =
        m_audit.record({officer, QStringLiteral("erase-requester"), QStringLiteral("case"),
                        reference, summary, std::nullopt, redacted.document});
    if (!recorded)
        return recorded.error();
    if (Status erased = eraseSnapshots(reference, sha, redact, recorded->seq); !erased)
        return erased.error();
    if (Status erased = eraseLetterSnapshots(reference, letters->sha256, recorded->seq, what);
        !erased)
        return erased.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return letters->sha256;
}

Status PersonalDataEraser::purgeTraces()
{
    return m_connection.dialect().purgeErasedTraces(m_connection);
}

} // namespace foi::core
