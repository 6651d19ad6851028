#include "core/rules/AuthorityClocks.h"

#include <algorithm>

namespace foi::core {

QList<OpenClock> AuthorityClocks::of(const QList<AuthorityMatter> &matters, const QDate &today)
{
    QList<OpenClock> clocks;
    for (const AuthorityMatter &matter : matters) {
        if (matter.closed)
            continue;
        const QString source = matter.icoReference.isEmpty()
                                   ? authorityMatterKindName(matter.kind)
                                   : QStringLiteral("%1 %2").arg(
                                         authorityMatterKindName(matter.kind), matter.icoReference);
        for (const AuthorityRequirement &requirement : matter.requirements) {
            if (requirement.met)
                continue;
            OpenClock clock{ClockKind::AuthorityRequirement,
                            matter.id,
                            requirement.what,
                            requirement.due,
                            ClockStatus::Open,
                            requirement.workingDays > 0
                                ? QStringLiteral("%1: %2 working days from %3")
                                      .arg(source)
                                      .arg(requirement.workingDays)
                                      .arg(matter.dated.toString(Qt::ISODate))
                                : source,
                            matter.officer};
            if (today.isValid() && clock.due < today)
                clock.status = ClockStatus::Overdue;
            clocks.append(clock);
        }
    }
    std::stable_sort(clocks.begin(), clocks.end(),
                     [](const OpenClock &a, const OpenClock &b) { return a.due < b.due; });
    return clocks;
}

} // namespace foi::core
