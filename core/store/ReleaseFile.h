#pragma once

#include "core/model/Attachment.h"
#include "core/release/ReleaseFinding.h"

#include <QList>
#include <QString>

#include <optional>

namespace foi::core {

// What the officer recorded about one finding of a released file: why it may go as it is
// (kept with a reason), or, for a type the scan cannot read, that the file was checked by hand
// and why it is safe. Tied to the content it was made for (SHA-256): a changed file needs its
// findings resolved again.
struct ReleaseResolution
{
    QString sha256;
    QString code;
    QString location;
    QString reason;
    QString resolvedAt;
    QString resolvedBy;
};

// The last scan of a released file: the SHA-256 of exactly the bytes scanned, and what was found.
struct ReleaseScanRecord
{
    QString sha256;
    QString scannedAt;
    QString scannedBy;
    ReleaseFindings findings;
};

// An attachment of a case marked to be released with the reply, with its last scan (if any)
// and the findings the officer has resolved.
struct ReleaseFile
{
    Attachment attachment;
    QString markedAt;
    QString markedBy;
    std::optional<ReleaseScanRecord> scan;
    QList<ReleaseResolution> resolutions;
};

} // namespace foi::core
