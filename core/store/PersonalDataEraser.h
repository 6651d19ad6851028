#pragma once

#include "core/store/AuditTrail.h"
#include "core/store/CaseRecord.h"
#include "core/support/Result.h"

#include <functional>

namespace foi::core {

class StoreConnection;

// Erases a requester's details from one case everywhere the store holds them: the case's
// columns and document, its requester keys (name, email, address), the full-text index, every
// document the audit trail kept for the case, and the bytes of the replies sent on it (their hashes
// stay). The requester's own letters go too: the attachments that are the request as received or
// correspondence, their names in the audit trail's kept metadata, and (through the caller) their
// kept copies. Search evidence and other files are the authority's own records and stay.
// The erasure is itself audited, without the erased data. Refused (StoreErrorCode::OnHold)
// while the case is on hold. Afterwards the full-text index is merged and the WAL emptied, so that
// with secure_delete no trace is left in the file or in the next backup.
class PersonalDataEraser
{
public:
    // Returns the document with the requester's details removed; unchanged when it holds none.
    using Redactor = std::function<QByteArray(const QByteArray &document)>;

    PersonalDataEraser(StoreConnection &connection, AuditTrail &audit, Clock clock);

    // `redacted` is the case as it is to be kept (built by the caller from the stored document).
    // Returns the SHA-256 of each erased letter's content: the caller deletes the kept copies
    // that no attachment of any case lists any more (the store does not hold them).
    [[nodiscard]] Result<QStringList>
    eraseRequester(const CaseRecord &redacted, const Redactor &redact, const QString &officer);
    // Merges the search index and empties the WAL; run once after a batch of erasures.
    [[nodiscard]] Status purgeTraces();

private:
    using Snapshots = QList<std::pair<QString, QByteArray>>; // (sha256, body)
    [[nodiscard]] Result<Snapshots>
    unerasedSnapshots(const QString &entity, const QString &reference, const QString &what);
    struct Letters
    {
        QList<qint64> ids;
        QStringList sha256;
    };
    [[nodiscard]] Result<Letters> lettersOf(const QString &reference, const QString &what);
    // Deletes the case's letters from the register; returns what they were.
    [[nodiscard]] Result<Letters> dropLetters(const QString &reference, const QString &what);
    // The letters still attached to a case whose requester was erased before.
    [[nodiscard]] Result<QStringList> eraseLettersLeft(const QString &reference,
                                                       const QByteArray &document,
                                                       const QString &officer, const QString &what);
    [[nodiscard]] Status eraseLetterSnapshots(const QString &reference,
                                              const QStringList &letterContent, qint64 erasedBy,
                                              const QString &what);
    [[nodiscard]] Status eraseSnapshots(const QString &reference, const QString &keepSha,
                                        const Redactor &redact, qint64 erasedBy);

    StoreConnection &m_connection;
    AuditTrail &m_audit;
    Clock m_clock;
};

} // namespace foi::core
