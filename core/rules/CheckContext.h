#pragma once

#include <QDate>

namespace foi::core {

// What the checker needs from outside the case, passed in so that it stays a pure function: the
// day the check is made and the day the reply is due (s10(1), worked out by the law's deadline
// rules). A null dueDate means "not known": the lateness rule then stays silent.
struct CheckContext
{
    QDate today;
    QDate dueDate;
};

} // namespace foi::core
