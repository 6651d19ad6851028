// Fixture for the layering test: a widget that reads the system clock instead of its Clock.
#include <QDateTime>

QDateTime stampedAt()
{
    return QDateTime::currentDateTimeUtc();
}
