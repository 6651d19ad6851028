#include "core/release/FindingText.h"

#include <QStringList>

#include <algorithm>

namespace foi::core::FindingText {

QString ranges(QList<qint64> numbers, const std::function<QString(qint64)> &label, int maxRanges)
{
    std::sort(numbers.begin(), numbers.end());
    numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
    QStringList parts;
    qsizetype i = 0;
    int total = 0;
    while (i < numbers.size()) {
        qsizetype j = i;
        while (j + 1 < numbers.size() && numbers[j + 1] == numbers[j] + 1)
            ++j;
        ++total;
        if (parts.size() < maxRanges)
            parts.append(i == j ? label(numbers[i])
                                : label(numbers[i]) + QStringLiteral("\u2013") + label(numbers[j]));
        i = j + 1;
    }
    QString text = parts.join(QStringLiteral(", "));
    if (total > maxRanges)
        text += QStringLiteral(" and %1 more").arg(total - maxRanges);
    return text;
}

QString noun(const QList<qint64> &numbers, const QString &singular, const QString &plural)
{
    const bool one = !numbers.isEmpty() && std::all_of(numbers.cbegin(), numbers.cend(),
                                                       [&](qint64 n) { return n == numbers[0]; });
    return one ? singular : plural;
}

QString columnName(qint64 column)
{
    QString name;
    while (column > 0) {
        const qint64 digit = (column - 1) % 26;
        name.prepend(QChar(char16_t(u'A' + digit)));
        column = (column - 1) / 26;
    }
    return name;
}

qint64 columnOfCell(QStringView reference)
{
    qint64 column = 0;
    for (const QChar c : reference) {
        if (c == u'$')
            continue;
        const char16_t u = c.toUpper().unicode();
        if (u < u'A' || u > u'Z')
            break;
        column = column * 26 + (u - u'A' + 1);
        if (column > 1'000'000)
            return 0;
    }
    return column;
}

QString count(qint64 n, const QString &singular, const QString &plural)
{
    return QStringLiteral("%1 %2").arg(n).arg(n == 1 ? singular : plural);
}

QString names(QStringList names, int maxShown)
{
    names.removeDuplicates();
    names.removeAll(QString());
    const qsizetype total = names.size();
    if (total > maxShown)
        names = names.mid(0, maxShown);
    QString text = names.join(QStringLiteral(", "));
    if (total > maxShown)
        text += QStringLiteral(" and %1 more").arg(total - maxShown);
    return text;
}

} // namespace foi::core::FindingText
