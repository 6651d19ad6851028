#pragma once

#include "core/model/Case.h"
#include "core/rules/MatterClocks.h"

#include <QDate>
#include <QList>
#include <QString>

namespace foi::core {

// One moment in a case's life, for the timeline under the workspace: what happened (or is due),
// on which day, at which stage, and whether it is done, still running, overdue or suspended.
struct TimelineEntry
{
    enum class Stage { Request, Reply, InternalReview, Commissioner, Tribunal };
    enum class State { Done, Due, Overdue, Suspended };

    QDate date;
    Stage stage = Stage::Request;
    QString what; // in plain words: "Internal review IR1 asked for"
    State state = State::Done;
    QString note; // why a date did not move, what suspended it

    friend bool operator==(const TimelineEntry &, const TimelineEntry &) = default;
};

// A case's whole life in date order: the request, its reply and every letter sent since, each
// internal review, each matter before the Information Commissioner and each tribunal appeal;
// then the clocks still running (MatterClocks), each on its due date. Pure: the clocks are
// passed in, computed on the effective calendar.
class MatterTimeline
{
public:
    static QList<TimelineEntry> of(const Case &theCase, const QList<OpenClock> &openClocks);
    static QString stageName(TimelineEntry::Stage stage);
};

} // namespace foi::core
