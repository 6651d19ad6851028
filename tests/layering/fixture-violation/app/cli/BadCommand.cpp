// A command that reads the system clock itself instead of asking its context for "today".
#include <QDate>

QDate letterDate()
{
    return QDate::currentDate();
}
