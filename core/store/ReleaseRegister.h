#pragma once

#include "core/store/AuditTrail.h"
#include "core/store/ReleaseFile.h"
#include "core/support/Result.h"

#include <QList>
#include <QString>

namespace foi::core {

class StoreConnection;

// Which attachments of a case are to be released with its reply, their last release scan and
// the officer's resolution of each finding (docs/release-scan.md, "The export gate"). Marking,
// taking a file out of the release, recording a scan and resolving a finding are each one
// transaction with their audit row (entity "attachment", keyed by the case's reference; the
// summary names the content by SHA-256, never the file's name, which can be the requester's).
// Removing an attachment removes its mark, scan and resolutions with it. Every call fails with
// StoreErrorCode::NotFound when the case has no such attachment (or it is not marked, where a
// mark is needed), leaving the store as it was.
class ReleaseRegister
{
public:
    ReleaseRegister(StoreConnection &connection, AuditTrail &audit, Clock clock);

    // The case's files marked for release, in the order they were attached.
    [[nodiscard]] Result<QList<ReleaseFile>> filesOf(const QString &reference);
    // Marks attachment `id` for release; marking it again changes and audits nothing.
    [[nodiscard]] Status mark(const QString &reference, qint64 id, const QString &officer);
    // Takes it out of the release (its scan and resolutions go with the mark); `why` may be
    // empty.
    [[nodiscard]] Status unmark(const QString &reference, qint64 id, const QString &why,
                                const QString &officer);
    // Keeps the scan of the bytes whose SHA-256 is `sha256`, replacing the one before.
    [[nodiscard]] Status recordScan(const QString &reference, qint64 id, const QString &sha256,
                                    const ReleaseFindings &findings, const QString &officer);
    // Records that `finding` of the content `sha256` may go, and why (non-blank).
    [[nodiscard]] Status resolve(const QString &reference, qint64 id, const QString &sha256,
                                 const ReleaseFinding &finding, const QString &reason,
                                 const QString &officer);

private:
    struct Marked
    {
        QString fileName;
        QString sha256;
        bool marked = false;
    };
    [[nodiscard]] Result<Marked> find(const QString &reference, qint64 id, const QString &what);
    // The same, refused with `notMarked` (%1: the file's name) unless it is marked for release.
    [[nodiscard]] Result<Marked> findMarked(const QString &reference, qint64 id,
                                            const QString &what, const QString &notMarked);
    [[nodiscard]] Status audit(const QString &officer, const QString &action,
                               const QString &reference, const QString &summary,
                               const QJsonObject &record);
    QString now() const;

    StoreConnection &m_connection;
    AuditTrail &m_audit;
    Clock m_clock;
};

} // namespace foi::core
