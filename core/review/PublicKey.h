#pragma once

#include "core/support/Result.h"

#include <QByteArray>
#include <QString>

namespace foi::core {

// An officer's Ed25519 public key with the name it was issued to. The fingerprint is the
// SHA-256 of the 32 key bytes in upper-case hex, grouped by four ("1A2B 3C4D …"), so two people
// can read it to each other over the phone. The name is a label only: trust follows the key.
struct PublicKey
{
    static constexpr int size = 32;

    QString name;
    QByteArray bytes;

    QString fingerprint() const { return fingerprintOf(bytes); }
    static QString fingerprintOf(const QByteArray &keyBytes);
    // Upper-case hex without spaces, for comparing fingerprints however they were typed.
    static QString normalisedFingerprint(const QString &text);

    // Checks a detached Ed25519 signature of `message` by this key.
    bool verifies(const QByteArray &message, const QByteArray &signature) const;
    // The X25519 key the same key pair decrypts with (crypto_sign_ed25519_pk_to_curve25519).
    [[nodiscard]] Result<QByteArray> encryptionKey() const;
    // A sealed box (crypto_box_seal) of `plain` that only this key's owner can open.
    [[nodiscard]] Result<QByteArray> seal(const QByteArray &plain) const;

    friend bool operator==(const PublicKey &, const PublicKey &) = default;
};

} // namespace foi::core
