// Fuzz target for the OpenDocument reader of the release-file scan (docs/release-scan.md), each
// input read as a spreadsheet and as a text.
#include "tests/fuzz/ReleaseScanFuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    for (const QString &name : {u"fuzz.ods"_qs, u"fuzz.odt"_qs})
        fuzzReleaseScan(data, size, name);
    return 0;
}
