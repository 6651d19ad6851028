#include "core/services/ReleaseGate.h"

#include "core/release/ReleaseScanner.h"
#include "core/services/AttachmentService.h"
#include "core/store/AuditTrail.h"
#include "core/store/StoreRepositories.h"
#include "core/support/CoreText.h"

#include <QCoreApplication>
#include <QFile>

namespace foi::core {

namespace {

QString tr(const char *text)
{
    return coreText("foi::core::ReleaseGate", text);
}

const QString uncheckedType = QStringLiteral("FILE-UNCHECKED-TYPE");

bool sameFinding(const ReleaseResolution &resolution, const ReleaseFinding &finding)
{
    return resolution.code == finding.code && resolution.location == finding.location;
}

} // namespace

ReleaseGate::ReleaseGate(StoreRepositories &store, AttachmentService &attachments,
                         ScanLimits limits)
    : m_store(store)
    , m_attachments(attachments)
    , m_limits(limits)
{}

Result<QList<ReleaseFile>> ReleaseGate::filesOf(const QString &reference)
{
    return m_store.releases().filesOf(reference);
}

Result<Attachment> ReleaseGate::addFile(const QString &reference, const QString &path,
                                        const QString &officer)
{
    Result<Attachment> added = m_attachments.add(reference, path, AttachmentKind::Other, officer);
    if (!added)
        return added;
    if (Status marked = mark(*added, officer); !marked)
        return marked.error();
    return added;
}

Status ReleaseGate::mark(const Attachment &attachment, const QString &officer)
{
    return m_store.releases().mark(attachment.reference, attachment.id, officer);
}

Status ReleaseGate::removeFromRelease(const ReleaseFile &file, const QString &why,
                                      const QString &officer)
{
    return m_store.releases().unmark(file.attachment.reference, file.attachment.id, why, officer);
}

std::function<ReleaseGate::Scan()> ReleaseGate::scanJob(const ReleaseFile &file) const
{
    return [scanner = ReleaseScanner(m_limits), attachment = file.attachment,
            path = m_attachments.copyPath(file.attachment)] {
        Scan scan;
        scan.attachmentId = attachment.id;
        QFile kept(path);
        if (!kept.open(QIODevice::ReadOnly)) {
            scan.findings = Error::make(
                QStringLiteral("release.copy-missing"),
                tr("The copy of %1 kept with the case store cannot be read (%2), so it was not "
                   "scanned. Restore the attachments folder from a backup, or remove the file "
                   "and add it again.")
                    .arg(attachment.fileName, kept.errorString()));
            return scan;
        }
        const QByteArray content = kept.readAll();
        scan.sha256 = AuditTrail::sha256Hex(content);
        if (scan.sha256 != attachment.sha256) {
            scan.findings = Error::make(
                QStringLiteral("release.copy-altered"),
                tr("The copy of %1 kept with the case store has been altered since it was "
                   "attached (its SHA-256 no longer matches), so it was not scanned. Remove it "
                   "from the release and add the file again.")
                    .arg(attachment.fileName));
            return scan;
        }
        scan.findings = scanner.scanData(content, attachment.fileName);
        return scan;
    };
}

Status ReleaseGate::recordScan(const ReleaseFile &file, const Scan &scan, const QString &officer)
{
    if (!scan.findings)
        return scan.findings.error();
    return m_store.releases().recordScan(file.attachment.reference, file.attachment.id, scan.sha256,
                                         *scan.findings, officer);
}

Status ReleaseGate::keep(const ReleaseFile &file, const ReleaseFinding &finding,
                         const QString &reason, const QString &officer)
{
    if (finding.preventsScan())
        return Error::make(
            QStringLiteral("release.cannot-keep"),
            tr("%1 could not be read by the scan, so nothing is known of what it holds and it "
               "cannot be kept with a reason. Remove it from the release and release a copy "
               "that opens (not password-protected, within the scan's limits).")
                .arg(file.attachment.fileName));
    if (!file.scan || needsScan(file))
        return Error::make(QStringLiteral("release.not-scanned"),
                           tr("Scan %1 first: a finding is kept for the file as scanned.")
                               .arg(file.attachment.fileName));
    if (reason.trimmed().isEmpty())
        return Error::make(
            QStringLiteral("release.reason-missing"),
            finding.code == uncheckedType
                ? tr("Say how %1 was checked by hand and why it is safe to release: the reason "
                     "is kept in the case's history.")
                      .arg(file.attachment.fileName)
                : tr("Say why %1 may go with %2 as it is: the reason is kept in the case's "
                     "history.")
                      .arg(file.attachment.fileName, finding.code));
    return m_store.releases().resolve(file.attachment.reference, file.attachment.id,
                                      file.scan->sha256, finding, reason, officer);
}

bool ReleaseGate::needsScan(const ReleaseFile &file)
{
    return !file.scan || file.scan->sha256 != file.attachment.sha256;
}

std::optional<ReleaseResolution> ReleaseGate::resolutionOf(const ReleaseFile &file,
                                                           const ReleaseFinding &finding)
{
    if (!file.scan || finding.preventsScan())
        return std::nullopt;
    for (const ReleaseResolution &resolution : file.resolutions) {
        if (resolution.sha256 == file.scan->sha256 && sameFinding(resolution, finding))
            return resolution;
    }
    return std::nullopt;
}

ReleaseFindings ReleaseGate::unresolved(const ReleaseFile &file)
{
    ReleaseFindings open;
    if (!file.scan)
        return open;
    for (const ReleaseFinding &finding : file.scan->findings) {
        if (!resolutionOf(file, finding))
            open.append(finding);
    }
    return open;
}

QList<ReleaseHold> ReleaseGate::holds(const QList<ReleaseFile> &files)
{
    QList<ReleaseHold> holds;
    for (const ReleaseFile &file : files) {
        const QString name = file.attachment.fileName;
        if (!file.scan) {
            holds.append({name, ReleaseHold::Kind::NotScanned, {}});
            continue;
        }
        if (needsScan(file)) {
            holds.append({name, ReleaseHold::Kind::Changed, {}});
            continue;
        }
        ReleaseFindings unreadable;
        ReleaseFindings unchecked;
        ReleaseFindings others;
        for (const ReleaseFinding &finding : unresolved(file)) {
            if (finding.preventsScan())
                unreadable.append(finding);
            else if (finding.code == uncheckedType)
                unchecked.append(finding);
            else
                others.append(finding);
        }
        if (!unreadable.isEmpty())
            holds.append({name, ReleaseHold::Kind::Unreadable, unreadable});
        if (!unchecked.isEmpty())
            holds.append({name, ReleaseHold::Kind::UncheckedType, unchecked});
        if (!others.isEmpty())
            holds.append({name, ReleaseHold::Kind::Findings, others});
    }
    return holds;
}

} // namespace foi::core
