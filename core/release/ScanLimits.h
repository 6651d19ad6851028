#pragma once

#include <QtGlobal>

namespace foi::core {

// The bounds the release scan works within, so that a hostile or broken file (a zip bomb, an XML
// part nested a million deep, a PDF of 50,000 pages) gives a clear finding instead of a crash or
// a stall. docs/release-scan.md explains each. The composition root passes `standard()`; tests
// pass smaller ones.
struct ScanLimits
{
    qint64 maxFileBytes = 0;     // the file as a whole
    int maxZipEntries = 0;       // entries in an .xlsx/.docx/.ods/.odt container
    qint64 maxPartBytes = 0;     // one part, uncompressed
    qint64 maxTotalBytes = 0;    // all parts read from one container, uncompressed
    int maxCompressionRatio = 0; // uncompressed : compressed, for parts over ratioFloorBytes
    qint64 ratioFloorBytes = 0;  // small parts may compress well without being bombs
    int maxXmlDepth = 0;         // element nesting in any XML part
    int maxPdfPages = 0;         // pages examined for text under boxes
    int pdfRenderDpi = 0;        // resolution of the page images compared with the text
    qint64 maxPdfPagePixels = 0; // the largest page image rendered at that resolution
    qint64 maxCsvRows = 0;       // rows of a CSV file examined

    static ScanLimits standard()
    {
        ScanLimits limits;
        limits.maxFileBytes = qint64(512) * 1024 * 1024;
        limits.maxZipEntries = 5000;
        limits.maxPartBytes = qint64(128) * 1024 * 1024;
        limits.maxTotalBytes = qint64(512) * 1024 * 1024;
        limits.maxCompressionRatio = 200;
        limits.ratioFloorBytes = qint64(1) * 1024 * 1024;
        limits.maxXmlDepth = 256;
        limits.maxPdfPages = 2000;
        limits.pdfRenderDpi = 100;
        limits.maxPdfPagePixels = 64'000'000; // an A0 poster is 16 million at 100 dpi
        limits.maxCsvRows = 1000000;
        return limits;
    }
};

} // namespace foi::core
