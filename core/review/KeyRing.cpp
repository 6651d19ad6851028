#include "core/review/KeyRing.h"

#include "core/review/OwnerOnlyFile.h"
#include "core/review/ReviewErrorCode.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <algorithm>

namespace foi::core {

namespace {

const QByteArray secretHeader = QByteArrayLiteral("FOI Workbench secret key 1");
constexpr qsizetype maxKeyFileBytes = 4096;
constexpr qsizetype maxTrustFileBytes = 1024 * 1024;

Error keyError(const QString &message)
{
    return Error::make(ReviewErrorCode::Keys, message);
}

// A file name from an officer's name: letters and digits, the rest as '-'.
QString slugOf(const QString &officer)
{
    QString slug;
    for (const QChar c : officer.simplified().toLower())
        slug.append(c.isLetterOrNumber() && c.unicode() < 128 ? c : QLatin1Char('-'));
    return slug.isEmpty() ? QStringLiteral("officer") : slug;
}

QJsonObject toJson(const KeyRing::Entry &entry)
{
    QJsonObject object{{QStringLiteral("name"), entry.name},
                       {QStringLiteral("fingerprint"), entry.fingerprint},
                       {QStringLiteral("revoked"), entry.revoked}};
    if (!entry.publicKey.isEmpty())
        object.insert(QStringLiteral("ed25519"), QString::fromLatin1(entry.publicKey.toBase64()));
    if (!entry.trustedAt.isEmpty())
        object.insert(QStringLiteral("trustedAt"), entry.trustedAt);
    if (!entry.revokedAt.isEmpty())
        object.insert(QStringLiteral("revokedAt"), entry.revokedAt);
    return object;
}

} // namespace

KeyRing::KeyRing(QString folder, Clock clock)
    : m_folder(std::move(folder))
    , m_clock(std::move(clock))
{}

QString KeyRing::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("keys"));
}

QString KeyRing::keyPath(const QString &officer) const
{
    return QDir(m_folder).filePath(slugOf(officer) + QStringLiteral(".key"));
}

QString KeyRing::trustPath() const
{
    return QDir(m_folder).filePath(QStringLiteral("trust.json"));
}

QString KeyRing::now() const
{
    return m_clock().toUTC().toString(Qt::ISODate);
}

Status KeyRing::ensureFolder()
{
    return OwnerOnlyFile::ensureFolder(m_folder);
}

Result<KeyPair> KeyRing::readKeyPair(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return keyError(
            QStringLiteral("Cannot read the key file %1: %2.").arg(path, file.errorString()));
    const QList<QByteArray> lines = file.read(maxKeyFileBytes).split('\n');
    QString name;
    QByteArray secret;
    for (const QByteArray &raw : lines) {
        const QByteArray line = raw.trimmed();
        if (line.startsWith("name:"))
            name = QString::fromUtf8(line.mid(5).trimmed());
        else if (line.startsWith("ed25519-secret:"))
            secret = QByteArray::fromBase64(line.mid(15).trimmed());
    }
    if (lines.value(0).trimmed() != secretHeader || secret.isEmpty())
        return keyError(QStringLiteral("The key file %1 is damaged. Restore the key folder from "
                                       "a backup, or move the file away to make a new key (and "
                                       "send the new public key to your reviewers).")
                            .arg(path));
    return KeyPair::fromSecret(name, secret);
}

Result<KeyPair> KeyRing::ownKey(const QString &officer)
{
    const QString path = keyPath(officer);
    if (QFile::exists(path)) {
        Result<KeyPair> pair = readKeyPair(path);
        if (!pair)
            return pair;
        Result<Standing> standingNow = standing(pair->publicKey().bytes);
        if (!standingNow)
            return standingNow.error();
        if (*standingNow != Standing::Revoked)
            return pair;
        // A revoked key is retired, kept aside for the record, and replaced.
        const QString retired = path + QStringLiteral(".revoked-") +
                                m_clock().toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
        if (!QFile::rename(path, retired))
            return keyError(QStringLiteral("Your key was revoked but %1 cannot be moved aside; "
                                           "move it away by hand.")
                                .arg(path));
    }
    if (Status ready = ensureFolder(); !ready)
        return ready.error();
    Result<KeyPair> pair = KeyPair::generate(officer);
    if (!pair)
        return pair;
    QByteArray text = secretHeader + '\n';
    text += "name: " + officer.simplified().toUtf8() + '\n';
    text += "ed25519-secret: " + pair->secret().toBase64() + '\n';
    if (Status saved = OwnerOnlyFile::write(path, text); !saved)
        return saved.error();
    return pair;
}

Result<QList<KeyPair>> KeyRing::ownKeyPairs()
{
    QList<KeyPair> pairs;
    const QDir folder(m_folder);
    for (const QString &file :
         folder.entryList({QStringLiteral("*.key")}, QDir::Files, QDir::Name)) {
        Result<KeyPair> pair = readKeyPair(folder.filePath(file));
        if (pair)
            pairs.append(*pair);
    }
    return pairs;
}

Result<std::optional<KeyPair>> KeyRing::keyPairFor(const QByteArray &publicKey)
{
    Result<QList<KeyPair>> pairs = ownKeyPairs();
    if (!pairs)
        return pairs.error();
    for (const KeyPair &pair : *pairs) {
        if (pair.publicKey().bytes == publicKey)
            return std::optional<KeyPair>(pair);
    }
    return std::optional<KeyPair>();
}

Result<QList<KeyRing::Entry>> KeyRing::entries()
{
    QFile file(trustPath());
    if (!file.exists())
        return QList<Entry>();
    if (!file.open(QIODevice::ReadOnly) || file.size() > maxTrustFileBytes)
        return keyError(QStringLiteral("Cannot read the trust list %1. Restore it from a backup, "
                                       "or move it away and trust your colleagues' keys again.")
                            .arg(trustPath()));
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    if (!document.isObject())
        return keyError(QStringLiteral("The trust list %1 is damaged. Restore it from a backup, "
                                       "or move it away and trust your colleagues' keys again.")
                            .arg(trustPath()));
    QList<Entry> result;
    for (const QJsonValue &value : document.object().value(QStringLiteral("keys")).toArray()) {
        const QJsonObject object = value.toObject();
        Entry entry;
        entry.name = object.value(QStringLiteral("name")).toString();
        entry.fingerprint = object.value(QStringLiteral("fingerprint")).toString();
        entry.publicKey =
            QByteArray::fromBase64(object.value(QStringLiteral("ed25519")).toString().toLatin1());
        entry.trustedAt = object.value(QStringLiteral("trustedAt")).toString();
        entry.revoked = object.value(QStringLiteral("revoked")).toBool();
        entry.revokedAt = object.value(QStringLiteral("revokedAt")).toString();
        // The fingerprint is recomputed, never taken from the file, for a key it holds.
        if (entry.publicKey.size() == PublicKey::size)
            entry.fingerprint = PublicKey::fingerprintOf(entry.publicKey);
        else
            entry.publicKey.clear();
        result.append(entry);
    }
    return result;
}

Status KeyRing::saveEntries(const QList<Entry> &list)
{
    if (Status ready = ensureFolder(); !ready)
        return ready;
    QJsonArray keys;
    for (const Entry &entry : list)
        keys.append(toJson(entry));
    const QJsonObject root{{QStringLiteral("formatVersion"), 1}, {QStringLiteral("keys"), keys}};
    return OwnerOnlyFile::write(trustPath(), QJsonDocument(root).toJson());
}

Result<KeyRing::Entry> KeyRing::trust(const PublicKey &key)
{
    Result<QList<Entry>> list = entries();
    if (!list)
        return list.error();
    const QString fingerprint = key.fingerprint();
    for (Entry &entry : list.value()) {
        if (PublicKey::normalisedFingerprint(entry.fingerprint) !=
            PublicKey::normalisedFingerprint(fingerprint))
            continue;
        if (entry.revoked)
            return keyError(QStringLiteral("The key %1 (%2) was revoked on %3 and cannot be "
                                           "trusted again. Ask its owner for their new key.")
                                .arg(fingerprint, key.name, entry.revokedAt));
        entry.name = key.name;
        if (Status saved = saveEntries(*list); !saved)
            return saved.error();
        return entry;
    }
    Entry entry{key.name, fingerprint, key.bytes, now(), false, {}};
    list->append(entry);
    if (Status saved = saveEntries(*list); !saved)
        return saved.error();
    return entry;
}

Result<KeyRing::Entry> KeyRing::revoke(const QString &fingerprint)
{
    const QString wanted = PublicKey::normalisedFingerprint(fingerprint);
    if (wanted.size() != 64 || !std::all_of(wanted.cbegin(), wanted.cend(), [](QChar c) {
            return c.isDigit() || (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
        }))
        return keyError(QStringLiteral("'%1' is not a key fingerprint: give the 64 hex digits "
                                       "'keys list' shows (spaces are optional).")
                            .arg(fingerprint));
    Result<QList<Entry>> list = entries();
    if (!list)
        return list.error();
    Entry *found = nullptr;
    for (Entry &entry : list.value()) {
        if (PublicKey::normalisedFingerprint(entry.fingerprint) == wanted)
            found = &entry;
    }
    if (!found) {
        // A key never trusted here can still be revoked, so it is refused if it turns up.
        Entry entry;
        QStringList groups;
        for (qsizetype i = 0; i < wanted.size(); i += 4)
            groups.append(wanted.mid(i, 4));
        entry.fingerprint = groups.join(QLatin1Char(' '));
        Result<QList<KeyPair>> own = ownKeyPairs();
        if (own) {
            for (const KeyPair &pair : *own) {
                if (PublicKey::normalisedFingerprint(pair.publicKey().fingerprint()) == wanted) {
                    entry.name = pair.publicKey().name;
                    entry.publicKey = pair.publicKey().bytes;
                }
            }
        }
        list->append(entry);
        found = &list->last();
    }
    if (!found->revoked) {
        found->revoked = true;
        found->revokedAt = now();
    }
    const Entry result = *found;
    if (Status saved = saveEntries(*list); !saved)
        return saved.error();
    return result;
}

Result<KeyRing::Standing> KeyRing::standing(const QByteArray &publicKey)
{
    Result<QList<Entry>> list = entries();
    if (!list)
        return list.error();
    const QString fingerprint =
        PublicKey::normalisedFingerprint(PublicKey::fingerprintOf(publicKey));
    bool trusted = false;
    for (const Entry &entry : *list) {
        if (PublicKey::normalisedFingerprint(entry.fingerprint) != fingerprint)
            continue;
        if (entry.revoked)
            return Standing::Revoked;
        trusted = true;
    }
    Result<std::optional<KeyPair>> own = keyPairFor(publicKey);
    if (!own)
        return own.error();
    if (own->has_value())
        return Standing::Own;
    return trusted ? Standing::Trusted : Standing::Unknown;
}

Result<PublicKey> KeyRing::trustedKey(const QString &nameOrFingerprint)
{
    Result<QList<Entry>> list = entries();
    if (!list)
        return list.error();
    const QString wanted = PublicKey::normalisedFingerprint(nameOrFingerprint);
    QList<PublicKey> matches;
    for (const Entry &entry : *list) {
        if (entry.revoked || entry.publicKey.isEmpty())
            continue;
        if (PublicKey::normalisedFingerprint(entry.fingerprint) == wanted ||
            entry.name.compare(nameOrFingerprint.trimmed(), Qt::CaseInsensitive) == 0)
            matches.append(PublicKey{entry.name, entry.publicKey});
    }
    if (matches.size() == 1)
        return matches.first();
    if (matches.isEmpty())
        return keyError(QStringLiteral("No trusted key is named '%1'. Trust the reviewer's key "
                                       "file first ('keys trust FILE'), or give the file itself.")
                            .arg(nameOrFingerprint));
    return keyError(QStringLiteral("More than one trusted key is named '%1': name the reviewer by "
                                   "fingerprint ('keys list' shows them).")
                        .arg(nameOrFingerprint));
}

} // namespace foi::core
