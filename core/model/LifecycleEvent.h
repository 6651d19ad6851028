#pragma once

#include <QDate>
#include <QString>

namespace foi::core {

// What can end a request without a reply, and what undoes that: the requester withdrew it, or
// it lapsed because the clarification the authority asked for under s1(3) never came; and a
// reopening (the requester came back, or it was closed by mistake).
enum class LifecycleKind {
    Withdrawn,
    Lapsed,
    Reopened,
};

// One such change, as the case keeps it: what, on which day, why, and who recorded it. The
// case's list of them is its record for statistics and for the History view; the last one says
// whether the request is closed without a reply now.
struct LifecycleEvent
{
    LifecycleKind kind = LifecycleKind::Withdrawn;
    QDate on;
    QString reason;
    QString officer;

    friend bool operator==(const LifecycleEvent &, const LifecycleEvent &) = default;
};

} // namespace foi::core
