#include "core/store/ReleaseRegister.h"

#include "core/store/StoreConnection.h"
#include "core/store/WriteTransaction.h"
#include "core/support/StoreErrorCode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace foi::core {

namespace {

QJsonObject findingJson(const ReleaseFinding &finding)
{
    return {{QStringLiteral("code"), finding.code},
            {QStringLiteral("location"), finding.location},
            {QStringLiteral("message"), finding.message}};
}

QByteArray findingsJson(const ReleaseFindings &findings)
{
    QJsonArray array;
    for (const ReleaseFinding &finding : findings)
        array.append(findingJson(finding));
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

ReleaseFindings findingsFrom(const QByteArray &json)
{
    ReleaseFindings findings;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        findings.append({object.value(QStringLiteral("code")).toString(),
                         object.value(QStringLiteral("location")).toString(),
                         object.value(QStringLiteral("message")).toString()});
    }
    return findings;
}

} // namespace

ReleaseRegister::ReleaseRegister(StoreConnection &connection, AuditTrail &audit, Clock clock)
    : m_connection(connection)
    , m_audit(audit)
    , m_clock(std::move(clock))
{}

QString ReleaseRegister::now() const
{
    return m_clock().toUTC().toString(Qt::ISODateWithMs);
}

Result<QList<ReleaseFile>> ReleaseRegister::filesOf(const QString &reference)
{
    const QString what = QStringLiteral("reading the files to release with case %1").arg(reference);
    Result<QSqlQuery> query = m_connection.select(
        QStringLiteral("SELECT a.id, a.file_name, a.media_type, a.size_bytes, a.sha256, "
                       "a.added_at, a.added_by, a.kind, r.marked_at, r.marked_by, s.sha256, "
                       "s.scanned_at, s.scanned_by, s.findings FROM release_files r "
                       "JOIN attachments a ON a.id = r.attachment_id JOIN cases c ON c.id = "
                       "a.case_id LEFT JOIN release_scans s ON s.attachment_id = a.id "
                       "WHERE c.reference = ? ORDER BY a.id"),
        {reference}, what);
    if (!query)
        return query.error();
    QList<ReleaseFile> files;
    while (query->next()) {
        ReleaseFile file;
        Attachment &a = file.attachment;
        a.id = query->value(0).toLongLong();
        a.reference = reference;
        a.fileName = query->value(1).toString();
        a.mediaType = query->value(2).toString();
        a.size = query->value(3).toLongLong();
        a.sha256 = query->value(4).toString();
        a.addedAt = query->value(5).toString();
        a.addedBy = query->value(6).toString();
        a.kind = attachmentKindFromCode(query->value(7).toString()).value_or(AttachmentKind::Other);
        file.markedAt = query->value(8).toString();
        file.markedBy = query->value(9).toString();
        if (!query->value(10).isNull())
            file.scan = ReleaseScanRecord{query->value(10).toString(), query->value(11).toString(),
                                          query->value(12).toString(),
                                          findingsFrom(query->value(13).toByteArray())};
        files.append(file);
    }
    query->finish();
    for (ReleaseFile &file : files) {
        Result<QSqlQuery> resolved = m_connection.select(
            QStringLiteral("SELECT sha256, code, location, reason, resolved_at, resolved_by FROM "
                           "release_resolutions WHERE attachment_id = ? ORDER BY id"),
            {file.attachment.id}, what);
        if (!resolved)
            return resolved.error();
        while (resolved->next())
            file.resolutions.append({resolved->value(0).toString(), resolved->value(1).toString(),
                                     resolved->value(2).toString(), resolved->value(3).toString(),
                                     resolved->value(4).toString(), resolved->value(5).toString()});
    }
    return files;
}

Result<ReleaseRegister::Marked> ReleaseRegister::find(const QString &reference, qint64 id,
                                                      const QString &what)
{
    Result<QSqlQuery> found = m_connection.select(
        QStringLiteral("SELECT a.file_name, a.sha256, r.attachment_id FROM attachments a JOIN "
                       "cases c ON c.id = a.case_id LEFT JOIN release_files r ON "
                       "r.attachment_id = a.id WHERE c.reference = ? AND a.id = ?"),
        {reference, id}, what);
    if (!found)
        return found.error();
    if (!found->next())
        return Error::make(StoreErrorCode::NotFound,
                           QStringLiteral("Case %1 has no such attachment: it may have been "
                                          "removed meanwhile. Look at the list again.")
                               .arg(reference));
    Marked marked{found->value(0).toString(), found->value(1).toString(),
                  !found->value(2).isNull()};
    found->finish();
    return marked;
}

Result<ReleaseRegister::Marked> ReleaseRegister::findMarked(const QString &reference, qint64 id,
                                                            const QString &what,
                                                            const QString &notMarked)
{
    Result<Marked> found = find(reference, id, what);
    if (found && !found->marked)
        return Error::make(StoreErrorCode::NotFound, notMarked.arg(found->fileName));
    return found;
}

Status ReleaseRegister::audit(const QString &officer, const QString &action,
                              const QString &reference, const QString &summary,
                              const QJsonObject &record)
{
    Result<AuditAnchor> recorded =
        m_audit.record({officer, action, QStringLiteral("attachment"), reference, summary,
                        std::nullopt, QJsonDocument(record).toJson(QJsonDocument::Compact)});
    if (!recorded)
        return recorded.error();
    return success();
}

Status ReleaseRegister::mark(const QString &reference, qint64 id, const QString &officer)
{
    const QString what = QStringLiteral("marking a file of case %1 for release").arg(reference);
    WriteTransaction transaction(m_connection);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    Result<Marked> found = find(reference, id, what);
    if (!found)
        return found.error();
    if (found->marked)
        return success();
    if (Status inserted = m_connection.run(
            QStringLiteral("INSERT INTO release_files (attachment_id, marked_at, marked_by) "
                           "VALUES (?, ?, ?)"),
            {id, now(), officer}, what);
        !inserted)
        return inserted;
    if (Status audited =
            audit(officer, QStringLiteral("mark-for-release"), reference,
                  QStringLiteral("attachment SHA-256 %1 marked for release").arg(found->sha256),
                  {{QStringLiteral("file_name"), found->fileName},
                   {QStringLiteral("sha256"), found->sha256}});
        !audited)
        return audited;
    return transaction.commit();
}

Status ReleaseRegister::unmark(const QString &reference, qint64 id, const QString &why,
                               const QString &officer)
{
    const QString what =
        QStringLiteral("taking a file of case %1 out of the release").arg(reference);
    WriteTransaction transaction(m_connection);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    Result<Marked> found =
        findMarked(reference, id, what, QStringLiteral("%1 is not marked for release."));
    if (!found)
        return found.error();
    if (Status deleted = m_connection.run(
            QStringLiteral("DELETE FROM release_files WHERE attachment_id = ?"), {id}, what);
        !deleted)
        return deleted;
    QJsonObject record{{QStringLiteral("file_name"), found->fileName},
                       {QStringLiteral("sha256"), found->sha256}};
    if (!why.trimmed().isEmpty())
        record.insert(QStringLiteral("reason"), why.trimmed());
    if (Status audited = audit(
            officer, QStringLiteral("remove-from-release"), reference,
            QStringLiteral("attachment SHA-256 %1 taken out of the release").arg(found->sha256),
            record);
        !audited)
        return audited;
    return transaction.commit();
}

Status ReleaseRegister::recordScan(const QString &reference, qint64 id, const QString &sha256,
                                   const ReleaseFindings &findings, const QString &officer)
{
    const QString what =
        QStringLiteral("keeping the release scan of a file of case %1").arg(reference);
    WriteTransaction transaction(m_connection);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    Result<Marked> found = findMarked(reference, id, what,
                                      QStringLiteral("%1 is no longer marked for release, so its "
                                                     "scan was not kept."));
    if (!found)
        return found.error();
    if (Status kept = m_connection.run(
            QStringLiteral("INSERT INTO release_scans (attachment_id, sha256, scanned_at, "
                           "scanned_by, findings) VALUES (?, ?, ?, ?, ?) "
                           "ON CONFLICT (attachment_id) DO UPDATE SET sha256 = excluded.sha256, "
                           "scanned_at = excluded.scanned_at, scanned_by = excluded.scanned_by, "
                           "findings = excluded.findings"),
            // As text: the column is TEXT on both back ends, and a QByteArray goes to
            // PostgreSQL as bytea, which came back as its hex spelling, not the JSON.
            {id, sha256, now(), officer, QString::fromUtf8(findingsJson(findings))}, what);
        !kept)
        return kept;
    QStringList codes;
    QJsonArray list;
    for (const ReleaseFinding &finding : findings) {
        codes.append(finding.code);
        list.append(findingJson(finding));
    }
    if (Status audited = audit(
            officer, QStringLiteral("scan-release-file"), reference,
            QStringLiteral("release scan of SHA-256 %1: %2")
                .arg(sha256, codes.isEmpty() ? QStringLiteral("nothing found") : codes.join(u' ')),
            {{QStringLiteral("file_name"), found->fileName},
             {QStringLiteral("sha256"), sha256},
             {QStringLiteral("attachment_sha256"), found->sha256},
             {QStringLiteral("findings"), list}});
        !audited)
        return audited;
    return transaction.commit();
}

Status ReleaseRegister::resolve(const QString &reference, qint64 id, const QString &sha256,
                                const ReleaseFinding &finding, const QString &reason,
                                const QString &officer)
{
    const QString what =
        QStringLiteral("recording why a finding in a file of case %1 may go").arg(reference);
    if (reason.trimmed().isEmpty())
        return Error::make(QStringLiteral("release.reason-missing"),
                           QStringLiteral("Say why the file may be released as it is: the reason "
                                          "is kept in the case's history."));
    WriteTransaction transaction(m_connection);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    Result<Marked> found =
        findMarked(reference, id, what, QStringLiteral("%1 is not marked for release."));
    if (!found)
        return found.error();
    if (Status kept = m_connection.run(
            QStringLiteral("INSERT INTO release_resolutions (attachment_id, sha256, code, "
                           "location, reason, resolved_at, resolved_by) VALUES (?, ?, ?, ?, ?, "
                           "?, ?)"),
            {id, sha256, finding.code, finding.location, reason.trimmed(), now(), officer}, what);
        !kept)
        return kept;
    if (Status audited = audit(officer, QStringLiteral("keep-release-finding"), reference,
                               QStringLiteral("%1 in SHA-256 %2 kept in the release with a reason")
                                   .arg(finding.code, sha256),
                               {{QStringLiteral("file_name"), found->fileName},
                                {QStringLiteral("sha256"), sha256},
                                {QStringLiteral("finding"), findingJson(finding)},
                                {QStringLiteral("reason"), reason.trimmed()}});
        !audited)
        return audited;
    return transaction.commit();
}

} // namespace foi::core
