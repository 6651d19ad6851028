#pragma once

#include "core/law/EffectiveCalendar.h"
#include "core/store/CaseRepository.h"
#include "core/support/Result.h"

#include <QList>
#include <QString>

namespace foi::core {

class StoreRepositories;

// Importing the officer's GOV.UK bank holidays as a use case. The program's one calendar takes
// the file (EffectiveCalendar::importFile), and the due dates stored with the open cases (which
// the case list shows, colours and filters by) are counted again with it, in one audited
// transaction, so that the list, the checker and the letters agree on every deadline. A bad file
// changes nothing. When the recount fails the calendar is imported but the stored dates are as
// they were: the error says so, and importing the file again recounts them.
class CalendarImportService
{
public:
    struct Imported
    {
        QList<int> years; // the years the file publishes, ascending
        CaseRepository::DueDateRecount recount;
    };

    CalendarImportService(EffectiveCalendar &calendar, StoreRepositories &store);

    [[nodiscard]] Result<Imported> importFile(const QString &source, const QString &officer);
    // Counts the open cases' due dates again with the calendar as it is; `why` goes in the audit.
    [[nodiscard]] Result<CaseRepository::DueDateRecount> recountDueDates(const QString &officer,
                                                                         const QString &why);

    // "Imported bank holidays for 2026 and 2027." and how many stored due dates moved, naming
    // up to five cases with their old and new dates, in words for the officer.
    static QString describe(const Imported &imported);

private:
    EffectiveCalendar &m_calendar;
    StoreRepositories &m_store;
};

} // namespace foi::core
