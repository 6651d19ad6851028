// Fuzz target for the case-file reader: any bytes must give a Case or an Error, never a crash,
// and a case that reads must survive write-then-read unchanged.
#include "model/CaseFile.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const foi::core::Result<foi::core::Case> theCase = foi::core::CaseFile::read(input);
    if (theCase.ok()) {
        const foi::core::Result<foi::core::Case> again =
            foi::core::CaseFile::read(foi::core::CaseFile::write(*theCase));
        if (!again.ok() || !(*again == *theCase))
            std::abort(); // the round trip lost or changed something
    }
    return 0;
}
