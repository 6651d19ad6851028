#pragma once

#include "core/law/BankHoliday.h"

#include <QList>

namespace foi::core {

// Projects a year's bank holidays for one part of the UK from the standing rules of the
// Banking and Financial Dealings Act 1971 Sch 1, the St Andrew's Day Bank Holiday (Scotland)
// Act 2007 and the customary annual proclamations (NI 12 July; substitute days). Every holiday
// it returns is marked projected: one-off days and moved days exist only once proclaimed, so
// published data always wins (see BankHolidayCalendar). Reproduces the published lists for
// 2018-2027 except the proclaimed one-off changes of 2020, 2022 and 2023.
class BankHolidayRules
{
public:
    static QList<BankHoliday> project(UkDivision division, int year);
};

} // namespace foi::core
