#pragma once

#include "core/model/AuthorityMatter.h"
#include "core/rules/MatterClocks.h"

#include <QDate>
#include <QList>

namespace foi::core {

// The open clocks of the authority-wide matters (FOIA s52 enforcement notices, s48 practice
// recommendations): one for each requirement not yet met of a matter not closed, due on its
// date, overdue once that day has passed. Pure: the dates were fixed when the requirement was
// recorded, on the effective calendar.
class AuthorityClocks
{
public:
    static QList<OpenClock> of(const QList<AuthorityMatter> &matters, const QDate &today);
};

} // namespace foi::core
