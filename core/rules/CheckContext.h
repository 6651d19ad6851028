#pragma once

#include "core/model/PublicInterestFactor.h"

#include <QDate>
#include <QList>

namespace foi::core {

// What the checker needs from outside the case, passed in so that it stays a pure function: the
// day the check is made and the day the reply is due (s10(1), worked out by the law's deadline
// rules). A null dueDate means "not known": the lateness rule then stays silent.
struct CheckContext
{
    QDate today;
    QDate dueDate;
    // The paragraph library's factors, each with the side it favours, so a factor put in the
    // other column can be pointed out. Empty: the check of sides stays silent.
    QList<PublicInterestFactor> libraryFactors{}; // {}: CheckContext{today, due} stays warning-free
};

} // namespace foi::core
