// Fuzz target for the release scan's .xlsx reader: workbook, sheets, comments, pivot caches,
// links (docs/release-scan.md).
#include "tests/fuzz/ReleaseScanFuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    for (const QString &name : {u"fuzz.xlsx"_qs})
        fuzzReleaseScan(data, size, name);
    return 0;
}
