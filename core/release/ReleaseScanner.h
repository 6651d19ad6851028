#pragma once

#include "core/release/ReleaseFinding.h"
#include "core/release/ScanLimits.h"
#include "core/support/Result.h"

#include <QByteArray>
#include <QString>

namespace foi::core {

// The check every file released with a reply goes through (docs/release-scan.md): hidden
// sheets, rows and columns, pivot caches, comments, tracked changes, hidden text, metadata,
// failed redactions and personal data, with a stable code, where in the file, and what to do.
// The type is taken from the file name's extension and confirmed from the content; a type the
// scan cannot read gives FILE-UNCHECKED-TYPE (the officer checks it by hand and says so).
// A file that is damaged, encrypted or beyond the ScanLimits gives one FILE-UNREADABLE or
// FILE-LIMIT-EXCEEDED finding and nothing else: it never crashes or stalls the caller.
// The export gate and the CLI both call scan(); thread-safe (no shared state), so it can run
// on a worker thread.
class ReleaseScanner
{
public:
    explicit ReleaseScanner(ScanLimits limits);

    // The findings for the file at `path`; an empty list means nothing was found. Fails
    // (code FILE-UNREADABLE) only when the file cannot be opened or read at all.
    [[nodiscard]] Result<ReleaseFindings> scan(const QString &path) const;

    // The same for a file's content already in memory; `fileName` gives the type.
    ReleaseFindings scanData(const QByteArray &content, const QString &fileName) const;

    // The extensions the scan reads ("xlsx", "docx", ...), lower case.
    static QStringList supportedExtensions();

    // Every code a finding can have, as docs/release-scan.md lists them.
    static const QStringList &knownCodes();

private:
    ScanLimits m_limits;
};

} // namespace foi::core
