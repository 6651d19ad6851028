// Fuzz target for the GOV.UK bank-holiday importer: any bytes give a calendar or an Error.
#include "core/law/BankHolidayCalendar.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto calendar = foi::core::BankHolidayCalendar::fromGovUkJson(input);
    (void)calendar.ok();
    return 0;
}
