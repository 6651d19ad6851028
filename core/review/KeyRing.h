#pragma once

#include "core/review/KeyPair.h"
#include "core/review/PublicKey.h"
#include "core/support/Clock.h"
#include "core/support/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace foi::core {

// The officer's keys in one owner-only folder (0700; by default the user's data folder/keys):
//   <officer>.key   the officer's own key pair, made on first use, owner-only (0600)
//   trust.json      the public keys this officer trusts, by fingerprint, and revocations (0600)
// A key is Own (a key pair in this folder), Trusted, Revoked or Unknown; a revocation wins
// over everything, and a revoked key cannot be trusted again. Revoking one's own key retires it:
// the next use makes a new pair. Every failure is a ReviewErrorCode::Keys error naming the file.
class KeyRing
{
public:
    enum class Standing { Own, Trusted, Revoked, Unknown };

    struct Entry
    {
        QString name;
        QString fingerprint;
        QByteArray publicKey; // empty for a revocation of a key never trusted here
        QString trustedAt;
        bool revoked = false;
        QString revokedAt;
    };

    // `clock` dates the trust and revocation records.
    KeyRing(QString folder, Clock clock);

    static QString defaultFolder();
    const QString &folder() const { return m_folder; }

    // The officer's key pair, made (and saved owner-only) the first time.
    [[nodiscard]] Result<KeyPair> ownKey(const QString &officer);
    // Any key pair in this folder whose public key is `publicKey` (to open a sealed bundle).
    [[nodiscard]] Result<std::optional<KeyPair>> keyPairFor(const QByteArray &publicKey);

    [[nodiscard]] Result<QList<Entry>> entries();
    [[nodiscard]] Result<Entry> trust(const PublicKey &key);
    [[nodiscard]] Result<Entry> revoke(const QString &fingerprint);
    [[nodiscard]] Result<Standing> standing(const QByteArray &publicKey);
    // A trusted, unrevoked key by its fingerprint or its owner's name (case-insensitive).
    [[nodiscard]] Result<PublicKey> trustedKey(const QString &nameOrFingerprint);

private:
    [[nodiscard]] Status ensureFolder();
    [[nodiscard]] Result<QList<KeyPair>> ownKeyPairs();
    [[nodiscard]] Result<KeyPair> readKeyPair(const QString &path);
    [[nodiscard]] Status saveEntries(const QList<Entry> &entries);
    QString keyPath(const QString &officer) const;
    QString trustPath() const;
    QString now() const;

    QString m_folder;
    Clock m_clock;
};

} // namespace foi::core
