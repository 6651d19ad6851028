#pragma once

#include "core/review/KeyPair.h"
#include "core/review/PublicKey.h"
#include "core/support/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace foi::core {

// The binary envelope of review bundles and responses (docs/review-bundle.md): a magic, a
// version, named sections, and an Ed25519 signature over everything before it. All integers
// are big-endian; every length is checked against its limit and against the bytes left before
// anything is read or allocated, so any input gives a container or an Error, never a crash.
//   magic[8] | u16 version | u16 flags (0) | u8 sectionCount
//   per section: u8 nameLength | name (a-z 0-9 . -) | u32 dataLength | data
//   u8 signatureKind (0 none, 1 Ed25519) [| signerKey[32] | signature[64]]   then end of file
// decode() checks the structure and the signature; whether the signer is trusted is the
// caller's question (signer()).
class SignedContainer
{
public:
    static constexpr quint16 version = 1;
    static constexpr int maxSections = 16;
    static constexpr int maxNameLength = 32;

    struct Section
    {
        QString name;
        QByteArray data;
    };

    QByteArray magic;
    QList<Section> sections;
    std::optional<PublicKey> signer; // set by decode() when the signature checked out

    // The section called `name`, or nothing.
    std::optional<QByteArray> section(const QString &name) const;

    // Signs with `key` (or leaves the container unsigned, for tests of refusal, when null).
    static QByteArray encode(const QByteArray &magic, const QList<Section> &sections,
                             const KeyPair *key);
    // `maxSectionBytes` bounds each section by name (a name missing from it is refused).
    [[nodiscard]] static Result<SignedContainer>
    decode(const QByteArray &bytes, const QByteArray &expectedMagic,
           const QList<std::pair<QString, qint64>> &maxSectionBytes);
};

// The outer envelope of a bundle encrypted for one reviewer: the recipient's Ed25519 public key
// (so the reviewer's workbench knows which key to open it with) and a libsodium sealed box
// (X25519) of the signed bundle. Sealing hides the case on the way; the signature inside still
// says who made it.
//   magic "FOIRVSEA" | u16 version | u16 flags (0) | recipientKey[32] | u32 length | box
class SealedEnvelope
{
public:
    static const QByteArray magic;
    static constexpr qint64 maxBoxBytes = 48 * 1024 * 1024 + 48; // a whole bundle, sealed

    PublicKey recipient;
    QByteArray box;

    static bool looksSealed(const QByteArray &bytes) { return bytes.startsWith(magic); }
    [[nodiscard]] static Result<QByteArray> seal(const QByteArray &plain, const PublicKey &to);
    [[nodiscard]] static Result<SealedEnvelope> decode(const QByteArray &bytes);
};

} // namespace foi::core
