#pragma once

#include "core/law/EnvironmentalTerms.h"
#include "core/law/ExemptionCatalogue.h"
#include "core/law/WorkingDayCalendar.h"
#include "core/model/Case.h"
#include "core/rules/CheckContext.h"
#include "core/rules/Finding.h"

#include <QList>

namespace foi::core {

// Checks a case the way the Information Commissioner would read the reply: a pure function from
// a case (and the day and deadline it is checked against) to findings, in a stable order. No
// I/O, no clock, no signals; it runs on every edit, so it stays well under a millisecond for a
// case the size of the reference case. It never fails: a case too broken to judge in one part
// (an unknown provision, say) gets a finding for that part and the rest is still checked.
class CaseChecker
{
public:
    // All three are the program's, from its composition root: the calendar that counts the due
    // date here must be the one the store's due dates and the letters are counted with, and the
    // environmental word list the one the Request step flags with.
    CaseChecker(const ExemptionCatalogue &catalogue, const WorkingDayCalendar &calendar,
                const EnvironmentalTerms &environmentalTerms);

    // When context.dueDate is null the checker works it out from the case (CaseDeadline).

    QList<Finding> check(const Case &theCase, const CheckContext &context = {}) const;

    static bool hasErrors(const QList<Finding> &findings);

private:
    const ExemptionCatalogue &m_catalogue;
    const WorkingDayCalendar &m_calendar;
    const EnvironmentalTerms &m_environmentalTerms;
};

} // namespace foi::core
