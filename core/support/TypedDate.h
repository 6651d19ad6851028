#pragma once

#include "core/support/Result.h"

#include <QDate>
#include <QString>

namespace foi::core {

// A date as an officer in the UK types it: "1 December 2026", "1 Dec 2026", "Tue 1 December
// 2026", "1/12/2026", "01/12/2026", "1.12.2026", "1-12-26" (day first, always), or ISO
// "2026-12-01". A two-digit year is 20yy. Fails (code "date.not-understood") with a message
// that quotes what was typed, says what could not be read (no month 13, no 31 June, a word that
// is not a month) and gives the forms that work.
class TypedDate
{
public:
    [[nodiscard]] static Result<QDate> parse(const QString &typed);
};

} // namespace foi::core
