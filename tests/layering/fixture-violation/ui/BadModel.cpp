// Fixture for the layering test: a ui file that wrongly runs SQL.
#include <QSqlQuery>
