#include "core/review/PublicKeyFile.h"

#include "core/review/ReviewErrorCode.h"

#include <QFile>

namespace foi::core {

namespace {

const QByteArray header = QByteArrayLiteral("FOI Workbench public key 1");

Error invalid(const QString &problem)
{
    return Error::make(ReviewErrorCode::Keys,
                       QStringLiteral("This is not a usable public key file: %1. Ask its owner "
                                      "for a new one ('foi-workbench-cli keys export').")
                           .arg(problem));
}

} // namespace

QByteArray PublicKeyFile::write(const PublicKey &key)
{
    QByteArray text = header + '\n';
    text += "name: " + key.name.simplified().toUtf8() + '\n';
    text += "ed25519: " + key.bytes.toBase64() + '\n';
    text += "fingerprint: " + key.fingerprint().toLatin1() + '\n';
    return text;
}

Result<PublicKey> PublicKeyFile::read(const QByteArray &text)
{
    if (text.size() > maxBytes)
        return invalid(QStringLiteral("it is larger than %1 bytes").arg(maxBytes));
    const QList<QByteArray> lines = text.split('\n');
    if (lines.isEmpty() || lines.first().trimmed() != header)
        return invalid(
            QStringLiteral("the first line should be '%1'").arg(QString::fromLatin1(header)));
    PublicKey key;
    QString fingerprint;
    bool sawKey = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        const QByteArray field = colon < 0 ? line : line.left(colon).trimmed();
        const QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1).trimmed();
        if (field == "name") {
            key.name = QString::fromUtf8(value);
        } else if (field == "ed25519") {
            const auto decoded =
                QByteArray::fromBase64Encoding(value, QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded || decoded.decoded.size() != PublicKey::size)
                return invalid(QStringLiteral("line %1: the key is not %2 bytes of base64")
                                   .arg(i + 1)
                                   .arg(PublicKey::size));
            key.bytes = decoded.decoded;
            sawKey = true;
        } else if (field == "fingerprint") {
            fingerprint = QString::fromLatin1(value);
        } else {
            return invalid(
                QStringLiteral("line %1 is not one of name, ed25519, fingerprint").arg(i + 1));
        }
    }
    if (!sawKey)
        return invalid(QStringLiteral("it has no 'ed25519:' line"));
    if (key.name.trimmed().isEmpty())
        return invalid(QStringLiteral("it has no 'name:' line"));
    if (!fingerprint.isEmpty() && PublicKey::normalisedFingerprint(fingerprint) !=
                                      PublicKey::normalisedFingerprint(key.fingerprint()))
        return invalid(QStringLiteral("its fingerprint line does not match its key"));
    return key;
}

Result<PublicKey> PublicKeyFile::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(
            ReviewErrorCode::Unreadable,
            QStringLiteral("Cannot read the key file %1: %2.").arg(path, file.errorString()));
    if (file.size() > maxBytes)
        return invalid(QStringLiteral("%1 is larger than %2 bytes").arg(path).arg(maxBytes));
    return read(file.read(maxBytes + 1));
}

} // namespace foi::core
