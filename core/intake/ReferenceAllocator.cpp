#include "core/intake/ReferenceAllocator.h"

#include <QObject>
#include <QRegularExpression>

#include <algorithm>

namespace foi::core {

namespace {

const QRegularExpression &fieldExpression()
{
    static const QRegularExpression expression(QStringLiteral(R"(\{([a-z]+)(?::(\d+))?\})"));
    return expression;
}

const QStringList knownFields{QStringLiteral("seq"), QStringLiteral("yy"), QStringLiteral("yyyy"),
                              QStringLiteral("mm")};

Error invalid(const QString &pattern, const QString &why)
{
    return Error::make(QStringLiteral("reference.pattern.invalid"),
                       QObject::tr("The reference pattern \"%1\" cannot be used: %2. Use fields "
                                   "such as {seq}, {seq:4}, {yy}, {yyyy} and {mm}, for example "
                                   "\"{seq}_{yy}\".")
                           .arg(pattern, why));
}

} // namespace

ReferenceAllocator::ReferenceAllocator(QString pattern)
    : m_pattern(std::move(pattern))
{}

Result<ReferenceAllocator> ReferenceAllocator::create(const QString &pattern)
{
    int sequences = 0;
    QString withoutFields = pattern;
    for (auto it = fieldExpression().globalMatch(pattern); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString field = match.captured(1);
        if (!knownFields.contains(field))
            return invalid(pattern, QObject::tr("{%1} is not a field it knows").arg(field));
        if (!match.captured(2).isEmpty() && field != QStringLiteral("seq"))
            return invalid(pattern, QObject::tr("only {seq} takes a width"));
        if (field == QStringLiteral("seq"))
            ++sequences;
        withoutFields.replace(match.captured(0), QString());
    }
    if (withoutFields.contains(QLatin1Char('{')) || withoutFields.contains(QLatin1Char('}')))
        return invalid(pattern, QObject::tr("a brace is not part of a field"));
    if (sequences != 1)
        return invalid(pattern, QObject::tr("it must contain {seq} exactly once"));
    return ReferenceAllocator(pattern);
}

Result<ReferenceAllocator> ReferenceAllocator::create(const QString &pattern, int firstSequence)
{
    if (firstSequence < 1 || firstSequence > maxFirstSequence)
        return Error::make(QStringLiteral("reference.start.invalid"),
                           QObject::tr("The first running number must be a whole number from 1 "
                                       "to %1; %2 cannot be used.")
                               .arg(maxFirstSequence)
                               .arg(firstSequence));
    Result<ReferenceAllocator> allocator = create(pattern);
    if (!allocator)
        return allocator;
    allocator->m_firstSequence = firstSequence;
    return allocator;
}

Status ReferenceAllocator::checkTyped(const QString &reference)
{
    const auto refuse = [&reference](const QString &why) {
        return Error::make(
            QStringLiteral("reference.invalid"),
            QObject::tr("The reference \"%1\" cannot be used: %2.").arg(reference, why));
    };
    if (reference.trimmed().isEmpty())
        return Error::make(QStringLiteral("reference.invalid"),
                           QObject::tr("Type the reference, or leave the one offered."));
    if (reference != reference.trimmed())
        return refuse(QObject::tr("remove the spaces at its start or end"));
    if (reference.size() > 64)
        return refuse(
            QObject::tr("it is %1 characters long; use 64 at most").arg(reference.size()));
    const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    for (const QChar c : reference) {
        if (forbidden.contains(c))
            return refuse(QObject::tr("\"%1\" cannot be part of a file name on every system; "
                                      "use letters, digits, spaces, - or _ instead")
                              .arg(c));
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ||
            c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return refuse(QObject::tr("it holds an invisible or control character (U+%1); "
                                      "type it again")
                              .arg(QString::number(c.unicode(), 16)
                                       .rightJustified(4, QLatin1Char('0'))
                                       .toUpper()));
    }
    return success();
}

QString ReferenceAllocator::expandDateFields(const QDate &received) const
{
    QString text = m_pattern;
    text.replace(QStringLiteral("{yyyy}"), QString::number(received.year()));
    text.replace(QStringLiteral("{yy}"),
                 QStringLiteral("%1").arg(received.year() % 100, 2, 10, QLatin1Char('0')));
    text.replace(QStringLiteral("{mm}"),
                 QStringLiteral("%1").arg(received.month(), 2, 10, QLatin1Char('0')));
    return text;
}

QString ReferenceAllocator::format(int sequence, const QDate &received) const
{
    QString text = expandDateFields(received);
    const QRegularExpressionMatch match = fieldExpression().match(text);
    const int width = match.captured(2).isEmpty() ? 0 : match.captured(2).toInt();
    return text.replace(match.capturedStart(0), match.capturedLength(0),
                        QStringLiteral("%1").arg(sequence, width, 10, QLatin1Char('0')));
}

int ReferenceAllocator::sequenceOf(const QString &reference, const QDate &received) const
{
    const QString text = expandDateFields(received);
    const QRegularExpressionMatch field = fieldExpression().match(text);
    const QString expression = QRegularExpression::escape(text.left(field.capturedStart(0))) +
                               QStringLiteral("(\\d+)") +
                               QRegularExpression::escape(text.mid(field.capturedEnd(0)));
    const QRegularExpressionMatch match =
        QRegularExpression(QRegularExpression::anchoredPattern(expression)).match(reference);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

QString ReferenceAllocator::next(const QDate &received, const QStringList &existing) const
{
    int highest = m_firstSequence - 1;
    for (const QString &reference : existing)
        highest = std::max(highest, sequenceOf(reference, received));
    return format(highest + 1, received);
}

} // namespace foi::core
