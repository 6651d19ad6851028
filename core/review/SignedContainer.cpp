#include "core/review/SignedContainer.h"

#include "core/review/ByteReader.h"
#include "core/review/ReviewErrorCode.h"

namespace foi::core {

namespace {

constexpr quint8 unsignedKind = 0;
constexpr quint8 ed25519Kind = 1;
constexpr int signatureSize = 64;

Error truncated(const QString &what)
{
    return Error::make(ReviewErrorCode::Truncated,
                       QStringLiteral("The file is cut short (it ends inside %1): it was not "
                                      "copied in full. Ask for it again.")
                           .arg(what));
}

Error malformed(const QString &what)
{
    return Error::make(
        ReviewErrorCode::Malformed,
        QStringLiteral("The file is damaged or was altered: %1. Ask for it again.").arg(what));
}

bool isSectionName(const QByteArray &name)
{
    if (name.isEmpty() || name.size() > SignedContainer::maxNameLength)
        return false;
    for (const char c : name) {
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-'))
            return false;
    }
    return true;
}

// Structure shared by both envelopes: magic, version, flags.
Status readHeader(ByteReader &reader, const QByteArray &expectedMagic)
{
    const std::optional<QByteArray> magic = reader.take(expectedMagic.size());
    if (!magic || *magic != expectedMagic)
        return Error::make(ReviewErrorCode::NotABundle,
                           QStringLiteral("This is not a file of the kind expected (its first "
                                          "bytes are not '%1'). Choose the file again.")
                               .arg(QString::fromLatin1(expectedMagic)));
    const std::optional<quint16> fileVersion = reader.u16();
    const std::optional<quint16> flags = reader.u16();
    if (!fileVersion || !flags)
        return truncated(QStringLiteral("the header"));
    if (*fileVersion != SignedContainer::version)
        return Error::make(ReviewErrorCode::UnsupportedVersion,
                           QStringLiteral("The file is of format version %1; this workbench "
                                          "reads version %2. Update the workbench that reads it, "
                                          "or export it again with this one.")
                               .arg(*fileVersion)
                               .arg(SignedContainer::version));
    if (*flags != 0)
        return malformed(QStringLiteral("unknown flags %1 in the header").arg(*flags));
    return success();
}

} // namespace

std::optional<QByteArray> SignedContainer::section(const QString &name) const
{
    for (const Section &entry : sections) {
        if (entry.name == name)
            return entry.data;
    }
    return std::nullopt;
}

QByteArray SignedContainer::encode(const QByteArray &magic, const QList<Section> &sections,
                                   const KeyPair *key)
{
    QByteArray out = magic;
    appendBigEndian(out, quint16(version));
    appendBigEndian(out, quint16(0));
    appendBigEndian(out, quint8(sections.size()));
    for (const Section &entry : sections) {
        const QByteArray name = entry.name.toLatin1();
        appendBigEndian(out, quint8(name.size()));
        out.append(name);
        appendBigEndian(out, quint32(entry.data.size()));
        out.append(entry.data);
    }
    if (!key) {
        appendBigEndian(out, unsignedKind);
        return out;
    }
    appendBigEndian(out, ed25519Kind);
    out.append(key->publicKey().bytes);
    out.append(key->sign(out));
    return out;
}

Result<SignedContainer> SignedContainer::decode(const QByteArray &bytes,
                                                const QByteArray &expectedMagic,
                                                const QList<std::pair<QString, qint64>> &limits)
{
    ByteReader reader(bytes);
    if (Status header = readHeader(reader, expectedMagic); !header)
        return header.error();
    const std::optional<quint8> count = reader.u8();
    if (!count)
        return truncated(QStringLiteral("the header"));
    if (*count == 0 || *count > maxSections)
        return malformed(
            QStringLiteral("%1 sections (1 to %2 allowed)").arg(*count).arg(maxSections));
    SignedContainer container;
    container.magic = expectedMagic;
    for (int i = 0; i < *count; ++i) {
        const std::optional<quint8> nameLength = reader.u8();
        if (!nameLength)
            return truncated(QStringLiteral("section %1").arg(i + 1));
        const std::optional<QByteArray> name = reader.take(*nameLength);
        if (!name)
            return truncated(QStringLiteral("section %1's name").arg(i + 1));
        if (!isSectionName(*name))
            return malformed(QStringLiteral("section %1 has no valid name").arg(i + 1));
        const QString sectionName = QString::fromLatin1(*name);
        qint64 limit = -1;
        for (const auto &[allowed, bytesAllowed] : limits) {
            if (allowed == sectionName)
                limit = bytesAllowed;
        }
        if (limit < 0)
            return malformed(QStringLiteral("unknown section '%1'").arg(sectionName));
        if (container.section(sectionName))
            return malformed(QStringLiteral("section '%1' appears twice").arg(sectionName));
        const std::optional<quint32> length = reader.u32();
        if (!length)
            return truncated(QStringLiteral("section '%1'").arg(sectionName));
        if (qint64(*length) > limit)
            return malformed(QStringLiteral("section '%1' says it holds %2 bytes (at most %3 "
                                            "allowed)")
                                 .arg(sectionName)
                                 .arg(*length)
                                 .arg(limit));
        const std::optional<QByteArray> data = reader.take(*length);
        if (!data)
            return truncated(QStringLiteral("section '%1'").arg(sectionName));
        container.sections.append({sectionName, *data});
    }
    const std::optional<quint8> kind = reader.u8();
    if (!kind)
        return truncated(QStringLiteral("the signature"));
    if (*kind == unsignedKind) {
        if (!reader.atEnd())
            return malformed(QStringLiteral("bytes follow the end of the file"));
        return Error::make(ReviewErrorCode::Unsigned,
                           QStringLiteral("The file is not signed, so nobody can vouch for it. "
                                          "Ask the sender to export it again from the workbench."));
    }
    if (*kind != ed25519Kind)
        return malformed(QStringLiteral("unknown kind of signature %1").arg(*kind));
    const std::optional<QByteArray> signerKey = reader.take(PublicKey::size);
    const qsizetype signedLength = reader.position();
    const std::optional<QByteArray> signature = reader.take(signatureSize);
    if (!signerKey || !signature)
        return truncated(QStringLiteral("the signature"));
    if (!reader.atEnd())
        return malformed(QStringLiteral("bytes follow the signature"));
    PublicKey signer{QString(), *signerKey};
    if (!signer.verifies(bytes.left(signedLength), *signature))
        return Error::make(ReviewErrorCode::Tampered,
                           QStringLiteral("The signature does not match the content: the file was "
                                          "changed after it was signed (or damaged on the way). "
                                          "Do not use it; ask for it again."));
    container.signer = signer;
    return container;
}

const QByteArray SealedEnvelope::magic = QByteArrayLiteral("FOIRVSEA");

Result<QByteArray> SealedEnvelope::seal(const QByteArray &plain, const PublicKey &to)
{
    Result<QByteArray> box = to.seal(plain);
    if (!box)
        return box.error();
    QByteArray out = magic;
    appendBigEndian(out, quint16(SignedContainer::version));
    appendBigEndian(out, quint16(0));
    out.append(to.bytes);
    appendBigEndian(out, quint32(box->size()));
    out.append(*box);
    return out;
}

Result<SealedEnvelope> SealedEnvelope::decode(const QByteArray &bytes)
{
    ByteReader reader(bytes);
    if (Status header = readHeader(reader, magic); !header)
        return header.error();
    const std::optional<QByteArray> recipient = reader.take(PublicKey::size);
    const std::optional<quint32> length = reader.u32();
    if (!recipient || !length)
        return truncated(QStringLiteral("the encryption header"));
    if (qint64(*length) > maxBoxBytes)
        return malformed(QStringLiteral("the encrypted part says it holds %1 bytes").arg(*length));
    const std::optional<QByteArray> box = reader.take(*length);
    if (!box)
        return truncated(QStringLiteral("the encrypted part"));
    if (!reader.atEnd())
        return malformed(QStringLiteral("bytes follow the encrypted part"));
    SealedEnvelope envelope;
    envelope.recipient.bytes = *recipient;
    envelope.box = *box;
    return envelope;
}

} // namespace foi::core
