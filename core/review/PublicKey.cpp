#include "core/review/PublicKey.h"

#include "core/review/ReviewErrorCode.h"
#include "core/review/SodiumRuntime.h"

#include <QCryptographicHash>
#include <QStringList>

#include <sodium.h>

namespace foi::core {

QString PublicKey::fingerprintOf(const QByteArray &keyBytes)
{
    const QString hex = QString::fromLatin1(
        QCryptographicHash::hash(keyBytes, QCryptographicHash::Sha256).toHex().toUpper());
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4)
        groups.append(hex.mid(i, 4));
    return groups.join(QLatin1Char(' '));
}

QString PublicKey::normalisedFingerprint(const QString &text)
{
    QString result;
    for (const QChar c : text) {
        if (!c.isSpace() && c != QLatin1Char(':'))
            result.append(c.toUpper());
    }
    return result;
}

bool PublicKey::verifies(const QByteArray &message, const QByteArray &signature) const
{
    if (!SodiumRuntime::ensure() || bytes.size() != size ||
        signature.size() != qsizetype(crypto_sign_BYTES))
        return false;
    return crypto_sign_verify_detached(
               reinterpret_cast<const unsigned char *>(signature.constData()),
               reinterpret_cast<const unsigned char *>(message.constData()),
               static_cast<unsigned long long>(message.size()),
               reinterpret_cast<const unsigned char *>(bytes.constData())) == 0;
}

Result<QByteArray> PublicKey::encryptionKey() const
{
    if (Status ready = SodiumRuntime::ensure(); !ready)
        return ready.error();
    QByteArray curve(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
    if (bytes.size() != size ||
        crypto_sign_ed25519_pk_to_curve25519(
            reinterpret_cast<unsigned char *>(curve.data()),
            reinterpret_cast<const unsigned char *>(bytes.constData())) != 0)
        return Error::make(ReviewErrorCode::Keys,
                           QStringLiteral("The public key of %1 cannot be used for encryption; "
                                          "ask them for their key file again.")
                               .arg(name));
    return curve;
}

Result<QByteArray> PublicKey::seal(const QByteArray &plain) const
{
    Result<QByteArray> recipient = encryptionKey();
    if (!recipient)
        return recipient.error();
    QByteArray sealed(plain.size() + qsizetype(crypto_box_SEALBYTES), Qt::Uninitialized);
    if (crypto_box_seal(reinterpret_cast<unsigned char *>(sealed.data()),
                        reinterpret_cast<const unsigned char *>(plain.constData()),
                        static_cast<unsigned long long>(plain.size()),
                        reinterpret_cast<const unsigned char *>(recipient->constData())) != 0)
        return Error::make(ReviewErrorCode::Crypto,
                           QStringLiteral("The bundle could not be encrypted for %1.").arg(name));
    return sealed;
}

} // namespace foi::core
