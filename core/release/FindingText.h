#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace foi::core::FindingText {

// "5–20, 31, 40–41" for sorted numbers, naming at most `maxRanges` ranges and then "and N more".
QString ranges(QList<qint64> numbers, const std::function<QString(qint64)> &label,
               int maxRanges = 8);

// `singular` when the numbers name one thing ("row"), else `plural` ("rows").
QString noun(const QList<qint64> &numbers, const QString &singular, const QString &plural);

// "A", "Z", "AA": the spreadsheet name of a 1-based column number.
QString columnName(qint64 column);

// The 1-based column of a cell reference such as "AB12" (0 when it has no letters).
qint64 columnOfCell(QStringView reference);

// "1 comment", "3 comments".
QString count(qint64 n, const QString &singular, const QString &plural);

// "a, b, c and 4 more" with at most `maxShown` names, each once.
QString names(QStringList names, int maxShown = 5);

} // namespace foi::core::FindingText
