#pragma once

#include "core/law/BankHolidayCalendar.h"
#include "core/support/Result.h"

#include <QString>

namespace foi::core {

// The officer's own copy of the GOV.UK bank-holidays file, kept at a path the caller chooses
// (the CLI and GUI use <data folder>/bank-holidays.json), which overrides the built-in data for
// the years it covers. Core does no I/O behind the caller's back: both calls name their files.
class BankHolidayFile
{
public:
    // Validates `source` and, only if it is valid, stores a copy at `destination` atomically
    // (QSaveFile) readable by the owner only. On any fault returns an Error saying what is
    // wrong (with the JSON path for bad content) and leaves `destination` untouched.
    [[nodiscard]] static Result<BankHolidayCalendar> importFile(const QString &source,
                                                                const QString &destination);

    // The built-in calendar overridden by the file at `path` when it exists. A missing file is
    // not an error; an unreadable or invalid one is, and the caller decides whether to go on
    // with the built-in data.
    [[nodiscard]] static Result<BankHolidayCalendar> effective(const QString &path);

    // The day the file at `path` was imported (written by importFile); null when there is none.
    static QDate importedOn(const QString &path);
};

} // namespace foi::core
