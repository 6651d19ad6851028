// Fuzz target for the release scan's PDF reader: Poppler, and the rendered text-under-box check
// (docs/release-scan.md).
#include "tests/fuzz/ReleaseScanFuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    for (const QString &name : {u"fuzz.pdf"_qs})
        fuzzReleaseScan(data, size, name);
    return 0;
}
