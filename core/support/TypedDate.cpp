#include "core/support/TypedDate.h"

#include <QLocale>
#include <QObject>
#include <QRegularExpression>
#include <QStringList>

namespace foi::core {

namespace {

const QString examples = QStringLiteral("Type the day, the month and the year, for example "
                                        "1 December 2026, 1/12/2026 or 01/12/2026.");

Error notUnderstood(const QString &typed, const QString &why)
{
    return Error::make(
        QStringLiteral("date.not-understood"),
        QObject::tr("\u201c%1\u201d is not understood as a date: %2 %3").arg(typed, why, examples));
}

int monthFromName(const QString &word)
{
    static const char *const months[] = {"january",   "february", "march",    "april",
                                         "may",       "june",     "july",     "august",
                                         "september", "october",  "november", "december"};
    // The Welsh names, as the Welsh interface shows dates ("14 Mai 2018"): no three letters
    // begin both a Welsh and an English month.
    static const char *const welshMonths[] = {"ionawr", "chwefror", "mawrth",     "ebrill",
                                              "mai",    "mehefin",  "gorffennaf", "awst",
                                              "medi",   "hydref",   "tachwedd",   "rhagfyr"};
    const QString lower = word.toLower();
    if (lower.size() < 3)
        return 0;
    for (int i = 0; i < 12; ++i) {
        const QString name = QString::fromLatin1(months[i]);
        if (name.startsWith(lower) || (lower == QStringLiteral("sept") && i == 8))
            return i + 1;
    }
    for (int i = 0; i < 12; ++i) {
        if (QString::fromLatin1(welshMonths[i]).startsWith(lower))
            return i + 1;
    }
    return 0;
}

Result<QDate> build(const QString &typed, int year, int month, int day)
{
    if (year < 100)
        year += 2000;
    if (month < 1 || month > 12)
        return notUnderstood(typed, QObject::tr("there is no month %1.").arg(month));
    if (!QDate::isValid(year, month, day))
        return notUnderstood(
            typed, QObject::tr("%1 has no day %2.")
                       .arg(QLocale(QLocale::English, QLocale::UnitedKingdom).monthName(month),
                            QString::number(day)));
    return QDate(year, month, day);
}

} // namespace

Result<QDate> TypedDate::parse(const QString &typed)
{
    const QString text = typed.simplified();
    if (text.isEmpty())
        return notUnderstood(typed, QObject::tr("nothing was typed."));
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    if (const auto m = iso.match(text); m.hasMatch())
        return build(typed, m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    static const QRegularExpression numeric(
        QStringLiteral("^(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{2}|\\d{4})$"));
    if (const auto m = numeric.match(text); m.hasMatch())
        return build(typed, m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    // "Tuesday 1st December 2026", "1 Dec. 2026", "1-Dec-2026"
    static const QRegularExpression worded(
        QStringLiteral(
            "^(?:[A-Za-z]+,?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?[\\s\\-/]+([A-Za-z]+)\\.?,?[\\s\\-/]+"
            "(\\d{2}|\\d{4})$"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = worded.match(text); m.hasMatch()) {
        const int month = monthFromName(m.captured(2));
        if (month == 0)
            return notUnderstood(typed,
                                 QObject::tr("\u201c%1\u201d is not a month.").arg(m.captured(2)));
        return build(typed, m.captured(3).toInt(), month, m.captured(1).toInt());
    }
    static const QRegularExpression noYear(
        QStringLiteral("^(\\d{1,2})(?:st|nd|rd|th)?(?:[\\s/.\\-]+[A-Za-z0-9]+)?$"));
    if (noYear.match(text).hasMatch())
        return notUnderstood(typed, QObject::tr("the year is missing."));
    return notUnderstood(typed, QObject::tr("the day, month and year could not be told apart."));
}

} // namespace foi::core
