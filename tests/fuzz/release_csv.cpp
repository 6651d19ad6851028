// Fuzz target for the release scan's CSV reader (docs/release-scan.md).
#include "tests/fuzz/ReleaseScanFuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    for (const QString &name : {u"fuzz.csv"_qs})
        fuzzReleaseScan(data, size, name);
    return 0;
}
