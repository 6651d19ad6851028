#include "core/support/Clock.h"

namespace foi::core {

Clock Clock::system()
{
    return Clock([] { return QDateTime::currentDateTimeUtc(); });
}

Clock Clock::fixedAt(const QDateTime &moment)
{
    return Clock([moment] { return moment; });
}

Clock Clock::fixedOn(const QDate &day)
{
    return fixedAt(QDateTime(day, QTime(12, 0)));
}

} // namespace foi::core
