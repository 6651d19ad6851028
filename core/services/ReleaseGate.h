#pragma once

#include "core/model/Attachment.h"
#include "core/release/ReleaseFinding.h"
#include "core/release/ScanLimits.h"
#include "core/store/ReleaseFile.h"
#include "core/support/Result.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace foi::core {

class AttachmentService;
class StoreRepositories;

// Why a released file holds the final reply back (SendReadiness turns each into a reason).
struct ReleaseHold
{
    enum class Kind {
        NotScanned,    // marked for release, never scanned
        Changed,       // scanned, but the content has changed since (SHA-256)
        Findings,      // findings the officer has not resolved
        UncheckedType, // a type the scan cannot read, not checked by hand
        Unreadable,    // the scan could not read it (damaged, encrypted, beyond a limit)
    };
    QString fileName;
    Kind kind = Kind::NotScanned;
    ReleaseFindings findings; // the unresolved ones
};

// The files released with a case's reply, and the gate they pass before the final reply may be
// exported (issue 19 point 3; docs/release-scan.md, "The export gate"). A file is an attachment
// of the case marked for release. Each must be scanned (ReleaseScanner) as it is now, and every
// finding resolved: the file taken out of the release, or the finding kept with a reason; a type
// the scan cannot read is kept only when checked by hand, with a reason; a file the scan cannot
// read at all cannot be kept. Every change is audited by the store. The scan itself is a job
// that runs on any thread (scanJob); its outcome is recorded on the store's thread.
class ReleaseGate
{
public:
    // What a scan job found: the SHA-256 of the bytes scanned and their findings, or why the
    // kept copy could not be scanned.
    struct Scan
    {
        qint64 attachmentId = 0;
        QString sha256;
        Result<ReleaseFindings> findings = Error{};
    };

    ReleaseGate(StoreRepositories &store, AttachmentService &attachments, ScanLimits limits);

    [[nodiscard]] Result<QList<ReleaseFile>> filesOf(const QString &reference);
    // Attaches the file to the case (kind "other") and marks it for release.
    [[nodiscard]] Result<Attachment> addFile(const QString &reference, const QString &path,
                                             const QString &officer);
    [[nodiscard]] Status mark(const Attachment &attachment, const QString &officer);
    // Takes the file out of the release (it stays attached to the case); `why` may be empty.
    [[nodiscard]] Status removeFromRelease(const ReleaseFile &file, const QString &why,
                                           const QString &officer);
    // A job that reads the kept copy, checks it against its SHA-256 and scans it. Touches
    // neither the store nor this object, so it can run on a worker thread.
    std::function<Scan()> scanJob(const ReleaseFile &file) const;
    [[nodiscard]] Status recordScan(const ReleaseFile &file, const Scan &scan,
                                    const QString &officer);
    // Keeps `finding` in the release with the officer's reason (for FILE-UNCHECKED-TYPE: the
    // file was checked by hand). Refused for a file the scan could not read, and without a reason.
    [[nodiscard]] Status keep(const ReleaseFile &file, const ReleaseFinding &finding,
                              const QString &reason, const QString &officer);

    // Whether the file must be scanned (again) before it may go.
    static bool needsScan(const ReleaseFile &file);
    // The findings of the file's current scan that no resolution covers.
    static ReleaseFindings unresolved(const ReleaseFile &file);
    // The resolution that covers `finding` in the current scan, if any.
    static std::optional<ReleaseResolution> resolutionOf(const ReleaseFile &file,
                                                         const ReleaseFinding &finding);
    // Everything about the files that holds the final reply back; empty: they may go.
    static QList<ReleaseHold> holds(const QList<ReleaseFile> &files);

private:
    StoreRepositories &m_store;
    AttachmentService &m_attachments;
    ScanLimits m_limits;
};

} // namespace foi::core
