#include "core/review/ReviewBundleFormat.h"

#include "core/model/CaseFile.h"
#include "core/review/ReviewErrorCode.h"
#include "core/review/SignedContainer.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace foi::core {

namespace {

const QString manifestName = QStringLiteral("manifest.json");
const QString caseName = QStringLiteral("case.json");
const QString draftName = QStringLiteral("draft.pdf");
const QString findingsName = QStringLiteral("findings.json");
const QString auditName = QStringLiteral("audit.json");
const QString bundleKind = QStringLiteral("foi-review-bundle");
constexpr int manifestVersion = 1;

constexpr qint64 kib = 1024;
constexpr qint64 mib = 1024 * kib;
const QList<std::pair<QString, qint64>> sectionLimits{
    {manifestName, 64 * kib}, {caseName, 4 * mib},  {draftName, 32 * mib},
    {findingsName, 1 * mib},  {auditName, 4 * mib},
};

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Error invalidContent(const QString &what)
{
    return Error::make(ReviewErrorCode::InvalidContent,
                       QStringLiteral("The bundle is signed but its content cannot be used: %1. "
                                      "Ask the sender to export it again with a current workbench.")
                           .arg(what));
}

Error tampered(const QString &what)
{
    return Error::make(ReviewErrorCode::Tampered,
                       QStringLiteral("The bundle does not match its own manifest: %1. Do not use "
                                      "it; ask for it again.")
                           .arg(what));
}

QJsonObject manifestJson(const ReviewManifest &manifest)
{
    QJsonObject files;
    for (auto it = manifest.files.cbegin(); it != manifest.files.cend(); ++it)
        files.insert(it.key(), it.value());
    QJsonObject exporter{{QStringLiteral("name"), manifest.exporterName},
                         {QStringLiteral("fingerprint"), manifest.exporterFingerprint}};
    QJsonObject object{{QStringLiteral("formatVersion"), manifestVersion},
                       {QStringLiteral("kind"), bundleKind},
                       {QStringLiteral("caseReference"), manifest.caseReference},
                       {QStringLiteral("caseDocumentSha256"), manifest.caseDocumentSha256},
                       {QStringLiteral("createdAt"), manifest.createdAt},
                       {QStringLiteral("exporter"), exporter},
                       {QStringLiteral("auditAnchor"), manifest.auditAnchor},
                       {QStringLiteral("requesterIncluded"), manifest.requesterIncluded},
                       {QStringLiteral("files"), files}};
    if (!manifest.reviewerFingerprint.isEmpty())
        object.insert(QStringLiteral("reviewer"),
                      QJsonObject{{QStringLiteral("name"), manifest.reviewerName},
                                  {QStringLiteral("fingerprint"), manifest.reviewerFingerprint}});
    return object;
}

// Strict: every field present with its type; unknown fields refused.
Result<ReviewManifest> readManifest(const QByteArray &bytes)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (!document.isObject())
        return invalidContent(QStringLiteral("its manifest is not a JSON object"));
    const QJsonObject object = document.object();
    const QStringList known{
        QStringLiteral("formatVersion"),     QStringLiteral("kind"),
        QStringLiteral("caseReference"),     QStringLiteral("caseDocumentSha256"),
        QStringLiteral("createdAt"),         QStringLiteral("exporter"),
        QStringLiteral("reviewer"),          QStringLiteral("auditAnchor"),
        QStringLiteral("requesterIncluded"), QStringLiteral("files")};
    for (const QString &key : object.keys()) {
        if (!known.contains(key))
            return invalidContent(
                QStringLiteral("its manifest has an unknown field '%1'").arg(key));
    }
    if (object.value(QStringLiteral("formatVersion")).toInt(-1) != manifestVersion ||
        object.value(QStringLiteral("kind")).toString() != bundleKind)
        return invalidContent(QStringLiteral("its manifest is not of a review bundle of version %1")
                                  .arg(manifestVersion));
    ReviewManifest manifest;
    const auto text = [&object](const QString &key, QString &into) {
        const QJsonValue value = object.value(key);
        into = value.toString();
        return value.isString() && !into.isEmpty();
    };
    const QJsonObject exporter = object.value(QStringLiteral("exporter")).toObject();
    manifest.exporterName = exporter.value(QStringLiteral("name")).toString();
    manifest.exporterFingerprint = exporter.value(QStringLiteral("fingerprint")).toString();
    const QJsonObject reviewer = object.value(QStringLiteral("reviewer")).toObject();
    manifest.reviewerName = reviewer.value(QStringLiteral("name")).toString();
    manifest.reviewerFingerprint = reviewer.value(QStringLiteral("fingerprint")).toString();
    const QJsonValue included = object.value(QStringLiteral("requesterIncluded"));
    manifest.requesterIncluded = included.toBool();
    if (!text(QStringLiteral("caseReference"), manifest.caseReference) ||
        !text(QStringLiteral("caseDocumentSha256"), manifest.caseDocumentSha256) ||
        !text(QStringLiteral("createdAt"), manifest.createdAt) ||
        !text(QStringLiteral("auditAnchor"), manifest.auditAnchor) || !included.isBool() ||
        manifest.exporterFingerprint.isEmpty() || !object.value(QStringLiteral("files")).isObject())
        return invalidContent(QStringLiteral("its manifest lacks a required field"));
    const QJsonObject files = object.value(QStringLiteral("files")).toObject();
    for (auto it = files.constBegin(); it != files.constEnd(); ++it)
        manifest.files.insert(it.key(), it.value().toString());
    return manifest;
}

Result<QList<Finding>> readFindings(const QByteArray &bytes)
{
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (!document.isArray())
        return invalidContent(QStringLiteral("its findings are not a JSON list"));
    QList<Finding> findings;
    for (const QJsonValue &value : document.array()) {
        const QJsonObject object = value.toObject();
        const QString severity = object.value(QStringLiteral("severity")).toString();
        if (!value.isObject() || object.value(QStringLiteral("code")).toString().isEmpty() ||
            (severity != QLatin1String("error") && severity != QLatin1String("warning")))
            return invalidContent(
                QStringLiteral("finding %1 is not well-formed").arg(findings.size() + 1));
        findings.append(
            Finding{object.value(QStringLiteral("code")).toString(),
                    severity == QLatin1String("error") ? Severity::Error : Severity::Warning,
                    object.value(QStringLiteral("provision")).toString(),
                    object.value(QStringLiteral("message")).toString(),
                    object.value(QStringLiteral("locator")).toString()});
    }
    return findings;
}

Result<QList<ReviewAuditRow>> readAudit(const QByteArray &bytes)
{
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (!document.isArray())
        return invalidContent(QStringLiteral("its audit excerpt is not a JSON list"));
    QList<ReviewAuditRow> rows;
    for (const QJsonValue &value : document.array()) {
        const QJsonObject object = value.toObject();
        const qint64 seq = qint64(object.value(QStringLiteral("seq")).toDouble(-1));
        if (!value.isObject() || seq < 1 ||
            object.value(QStringLiteral("action")).toString().isEmpty())
            return invalidContent(
                QStringLiteral("audit row %1 is not well-formed").arg(rows.size() + 1));
        rows.append(ReviewAuditRow{seq, object.value(QStringLiteral("recordedAt")).toString(),
                                   object.value(QStringLiteral("officer")).toString(),
                                   object.value(QStringLiteral("action")).toString(),
                                   object.value(QStringLiteral("summary")).toString(),
                                   object.value(QStringLiteral("rowHash")).toString()});
    }
    return rows;
}

} // namespace

const QByteArray ReviewBundleFormat::magic = QByteArrayLiteral("FOIRVBND");

QByteArray ReviewBundleFormat::findingsJson(const QList<Finding> &findings)
{
    QJsonArray list;
    for (const Finding &finding : findings)
        list.append(QJsonObject{{QStringLiteral("code"), finding.code},
                                {QStringLiteral("severity"), finding.severity == Severity::Error
                                                                 ? QStringLiteral("error")
                                                                 : QStringLiteral("warning")},
                                {QStringLiteral("provision"), finding.provision},
                                {QStringLiteral("message"), finding.message},
                                {QStringLiteral("locator"), finding.locator}});
    return QJsonDocument(list).toJson(QJsonDocument::Compact);
}

QByteArray ReviewBundleFormat::auditJson(const QList<ReviewAuditRow> &rows)
{
    QJsonArray list;
    for (const ReviewAuditRow &row : rows)
        list.append(QJsonObject{{QStringLiteral("seq"), double(row.seq)},
                                {QStringLiteral("recordedAt"), row.recordedAt},
                                {QStringLiteral("officer"), row.officer},
                                {QStringLiteral("action"), row.action},
                                {QStringLiteral("summary"), row.summary},
                                {QStringLiteral("rowHash"), row.rowHash}});
    return QJsonDocument(list).toJson(QJsonDocument::Compact);
}

QByteArray ReviewBundleFormat::encode(ReviewBundle bundle, const KeyPair &exporter)
{
    QList<SignedContainer::Section> sections{
        {caseName, bundle.caseFile},
        {findingsName, findingsJson(bundle.findings)},
        {auditName, auditJson(bundle.auditExcerpt)},
    };
    if (!bundle.draftPdf.isEmpty())
        sections.append({draftName, bundle.draftPdf});
    bundle.manifest.files.clear();
    for (const SignedContainer::Section &section : sections)
        bundle.manifest.files.insert(section.name, sha256Hex(section.data));
    bundle.manifest.exporterName = exporter.publicKey().name;
    bundle.manifest.exporterFingerprint = exporter.publicKey().fingerprint();
    sections.prepend(
        {manifestName,
         QJsonDocument(manifestJson(bundle.manifest)).toJson(QJsonDocument::Indented)});
    return SignedContainer::encode(magic, sections, &exporter);
}

Result<ReviewBundle> ReviewBundleFormat::decode(const QByteArray &bytes)
{
    if (bytes.size() > maxFileBytes)
        return Error::make(ReviewErrorCode::Malformed,
                           QStringLiteral("The file is larger than a review bundle can be "
                                          "(%1 MiB).")
                               .arg(maxFileBytes / mib));
    Result<SignedContainer> container = SignedContainer::decode(bytes, magic, sectionLimits);
    if (!container)
        return container.error();
    const std::optional<QByteArray> manifestBytes = container->section(manifestName);
    if (!manifestBytes)
        return tampered(QStringLiteral("it has no manifest"));
    Result<ReviewManifest> manifest = readManifest(*manifestBytes);
    if (!manifest)
        return manifest.error();
    for (const SignedContainer::Section &section : container->sections) {
        if (section.name == manifestName)
            continue;
        if (manifest->files.value(section.name) != sha256Hex(section.data))
            return tampered(QStringLiteral("section '%1' has another SHA-256 than the manifest "
                                           "lists")
                                .arg(section.name));
    }
    for (auto it = manifest->files.cbegin(); it != manifest->files.cend(); ++it) {
        if (!container->section(it.key()))
            return tampered(QStringLiteral("section '%1' is listed but missing").arg(it.key()));
    }
    const PublicKey signer = *container->signer;
    if (PublicKey::normalisedFingerprint(manifest->exporterFingerprint) !=
        PublicKey::normalisedFingerprint(signer.fingerprint()))
        return tampered(QStringLiteral("it names an exporter other than the key that signed it"));

    ReviewBundle bundle;
    bundle.manifest = *manifest;
    bundle.signer = PublicKey{manifest->exporterName, signer.bytes};
    bundle.bundleSha256 = sha256Hex(bytes);
    const std::optional<QByteArray> caseFile = container->section(caseName);
    const std::optional<QByteArray> findings = container->section(findingsName);
    const std::optional<QByteArray> audit = container->section(auditName);
    if (!caseFile || !findings || !audit)
        return invalidContent(QStringLiteral("a required section (case, findings, audit) is "
                                             "missing"));
    Result<Case> theCase = CaseFile::read(*caseFile);
    if (!theCase)
        return invalidContent(
            QStringLiteral("its case file does not read (%1)").arg(theCase.error().message));
    if (theCase->reference != manifest->caseReference)
        return tampered(QStringLiteral("the case file is of %1, the manifest of %2")
                            .arg(theCase->reference, manifest->caseReference));
    Result<QList<Finding>> readFindingsList = readFindings(*findings);
    if (!readFindingsList)
        return readFindingsList.error();
    Result<QList<ReviewAuditRow>> rows = readAudit(*audit);
    if (!rows)
        return rows.error();
    bundle.caseFile = *caseFile;
    bundle.theCase = *theCase;
    bundle.draftPdf = container->section(draftName).value_or(QByteArray());
    bundle.findings = *readFindingsList;
    bundle.auditExcerpt = *rows;
    return bundle;
}

} // namespace foi::core
