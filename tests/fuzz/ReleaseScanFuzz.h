#pragma once

// Shared by the release-scan fuzz targets: scan the input as a file of the given name and check
// what comes back. Any bytes must give findings, never a crash, a hang or an allocation beyond
// the scan's limits; every finding must carry a documented code, a message, and a file that
// could not be read must say only that.
#include "core/release/ReleaseScanner.h"

#include <cstdint>
#include <cstdlib>

inline void fuzzReleaseScan(const uint8_t *data, size_t size, const QString &fileName)
{
    using namespace foi::core;
    const QByteArray input =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    // Smaller limits than standard() so that a fuzzer's input can reach every one of them.
    ScanLimits limits = ScanLimits::standard();
    limits.maxZipEntries = 200;
    limits.maxPartBytes = 4 * 1024 * 1024;
    limits.maxTotalBytes = 8 * 1024 * 1024;
    limits.maxPdfPages = 20;
    limits.pdfRenderDpi = 36;
    limits.maxCsvRows = 20000;
    const ReleaseFindings findings = ReleaseScanner(limits).scanData(input, fileName);
    for (const ReleaseFinding &finding : findings) {
        if (!ReleaseScanner::knownCodes().contains(finding.code) || finding.message.isEmpty())
            std::abort();
        if (finding.preventsScan() && findings.size() != 1)
            std::abort();
    }
}
