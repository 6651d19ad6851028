#include "core/review/KeyPair.h"

#include "core/review/ReviewErrorCode.h"
#include "core/review/SodiumRuntime.h"

#include <sodium.h>

namespace foi::core {

namespace {

unsigned char *bytesOf(QByteArray &array)
{
    return reinterpret_cast<unsigned char *>(array.data());
}

const unsigned char *bytesOf(const QByteArray &array)
{
    return reinterpret_cast<const unsigned char *>(array.constData());
}

} // namespace

KeyPair::KeyPair(const KeyPair &other)
    : m_public(other.m_public)
    , m_secret(other.m_secret.constData(), other.m_secret.size()) // a deep copy, wiped alone
{}

KeyPair &KeyPair::operator=(const KeyPair &other)
{
    if (this != &other) {
        wipe();
        m_public = other.m_public;
        m_secret = QByteArray(other.m_secret.constData(), other.m_secret.size());
    }
    return *this;
}

KeyPair::~KeyPair()
{
    wipe();
}

void KeyPair::wipe()
{
    if (!m_secret.isEmpty() && !m_secret.isDetached())
        m_secret = QByteArray(); // shared with a copy that still needs it
    else if (!m_secret.isEmpty())
        sodium_memzero(m_secret.data(), size_t(m_secret.size()));
    m_secret.clear();
}

Result<KeyPair> KeyPair::generate(const QString &name)
{
    if (Status ready = SodiumRuntime::ensure(); !ready)
        return ready.error();
    KeyPair pair;
    pair.m_public.name = name;
    pair.m_public.bytes = QByteArray(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    pair.m_secret = QByteArray(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_sign_keypair(bytesOf(pair.m_public.bytes), bytesOf(pair.m_secret));
    return pair;
}

Result<KeyPair> KeyPair::fromSecret(const QString &name, const QByteArray &secret)
{
    if (Status ready = SodiumRuntime::ensure(); !ready)
        return ready.error();
    if (secret.size() != secretSize)
        return Error::make(ReviewErrorCode::Keys,
                           QStringLiteral("The secret key of %1 is damaged (it should be %2 bytes, "
                                          "not %3). Restore the key folder from a backup.")
                               .arg(name)
                               .arg(secretSize)
                               .arg(secret.size()));
    KeyPair pair;
    pair.m_public.name = name;
    pair.m_public.bytes = QByteArray(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    pair.m_secret = QByteArray(secret.constData(), secret.size());
    crypto_sign_ed25519_sk_to_pk(bytesOf(pair.m_public.bytes), bytesOf(pair.m_secret));
    return pair;
}

QByteArray KeyPair::sign(const QByteArray &message) const
{
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(bytesOf(signature), nullptr, bytesOf(message),
                         static_cast<unsigned long long>(message.size()), bytesOf(m_secret));
    return signature;
}

Result<QByteArray> KeyPair::open(const QByteArray &sealed) const
{
    const Error refused = Error::make(
        ReviewErrorCode::NotForYou,
        QStringLiteral("This bundle is encrypted for someone else, or was changed on the way: "
                       "the key of %1 cannot open it. Ask the sender to export it for your key.")
            .arg(m_public.name));
    if (sealed.size() < qsizetype(crypto_box_SEALBYTES))
        return refused;
    Result<QByteArray> publicCurve = m_public.encryptionKey();
    if (!publicCurve)
        return publicCurve.error();
    QByteArray secretCurve(crypto_box_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_sign_ed25519_sk_to_curve25519(bytesOf(secretCurve), bytesOf(m_secret));
    QByteArray plain(sealed.size() - qsizetype(crypto_box_SEALBYTES), Qt::Uninitialized);
    const int opened = crypto_box_seal_open(bytesOf(plain), bytesOf(sealed),
                                            static_cast<unsigned long long>(sealed.size()),
                                            bytesOf(*publicCurve), bytesOf(secretCurve));
    sodium_memzero(secretCurve.data(), size_t(secretCurve.size()));
    if (opened != 0)
        return refused;
    return plain;
}

} // namespace foi::core
