#pragma once

#include "core/law/Deadline.h"

#include <QDate>
#include <QList>
#include <QString>

namespace foi::core {

// One date a regulator clock gives: the day the count of calendar days ends, the day the act is
// due (later only when the clock moves off a non-working day, with the days it passed over),
// and a warning when the day stays on a non-working day.
struct RegulatorDate
{
    QDate countEnds;
    QDate due;
    QList<SkippedDay> movedOver; // the non-working days from countEnds that moved `due`
    QString warning;             // why `due` did not move although it is not a working day
};

// The clocks an ICO decision notice starts: the steps it orders (FOIA s50(4), s50(6)) and the
// time to appeal to the First-tier Tribunal (FOIA s57; GRC Rules 2009 r22(1)(b)).
struct DecisionNoticeDeadlines
{
    QDate dated;
    RegulatorDate steps;
    RegulatorDate appeal;
};

} // namespace foi::core
