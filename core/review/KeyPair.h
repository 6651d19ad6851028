#pragma once

#include "core/review/PublicKey.h"
#include "core/support/Result.h"

#include <QByteArray>

namespace foi::core {

// An officer's Ed25519 key pair: signs bundles and responses, and (converted to X25519 with
// crypto_sign_ed25519_sk_to_curve25519) opens sealed bundles addressed to it. The secret key is
// wiped from memory when the pair is destroyed. Made by generate() or fromSecret().
class KeyPair
{
public:
    static constexpr int secretSize = 64;

    KeyPair() = default;
    KeyPair(const KeyPair &other);
    KeyPair &operator=(const KeyPair &other);
    ~KeyPair();

    [[nodiscard]] static Result<KeyPair> generate(const QString &name);
    // From the 64 secret bytes (which hold the public key too).
    [[nodiscard]] static Result<KeyPair> fromSecret(const QString &name, const QByteArray &secret);

    const PublicKey &publicKey() const { return m_public; }
    const QByteArray &secret() const { return m_secret; }

    // A detached Ed25519 signature (64 bytes) of `message`.
    QByteArray sign(const QByteArray &message) const;
    // Opens a sealed box addressed to this pair; fails when it was sealed for another key or
    // was changed on the way.
    [[nodiscard]] Result<QByteArray> open(const QByteArray &sealed) const;

private:
    void wipe();

    PublicKey m_public;
    QByteArray m_secret;
};

} // namespace foi::core
