#include "core/intake/QuestionSplitter.h"

#include <QRegularExpression>

#include <optional>

namespace foi::core {

namespace {

enum class MarkerStyle {
    Number,
    ParenthesisedNumber,
    Letter,
    ParenthesisedLetter,
    Bullet,
    QuestionLabel,
};

struct MarkedLine
{
    MarkerStyle style;
    QString rest; // the line without its marker
};

// The first characters a trimmed line must have for `expression` to match it (the patterns' \s
// and \d are ASCII-only). Most lines have none, and skip the patterns altogether: a regular
// expression match allocates, which made splitting long texts slow.
using FirstCharacters = bool (*)(const QString &line);

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

struct Pattern
{
    MarkerStyle style;
    QRegularExpression expression;
    FirstCharacters mayStart;
};

const QList<Pattern> &patterns()
{
    // Order matters: "Q1:" before letters, "(1)" before "(a)". A number must not be followed by
    // a digit ("2.5 million" is not a marker), a letter marker needs a space after it.
    static const QList<Pattern> all{
        {MarkerStyle::QuestionLabel,
         QRegularExpression(QStringLiteral(R"(^\s*(?:Q|Question)\s*\d+\s*[:.)\-–]\s*(.*)$)"),
                            QRegularExpression::CaseInsensitiveOption),
         [](const QString &line) {
             return line.front() == u'q' || line.front() == u'Q';
         }},
        {MarkerStyle::ParenthesisedNumber,
         QRegularExpression(QStringLiteral(R"(^\s*\(\d{1,3}\)\s*(.*)$)")),
         [](const QString &line) {
             return line.front() == u'(';
         }},
        {MarkerStyle::Number,
         QRegularExpression(QStringLiteral(R"(^\s*\d{1,3}[.)](?!\d)\s*(.*)$)")),
         [](const QString &line) {
             return line.front() >= u'0' && line.front() <= u'9';
         }},
        {MarkerStyle::ParenthesisedLetter,
         QRegularExpression(QStringLiteral(R"(^\s*\((?:[a-z]|[ivx]{1,4})\)\s*(.*)$)"),
                            QRegularExpression::CaseInsensitiveOption),
         [](const QString &line) {
             return line.front() == u'(';
         }},
        {MarkerStyle::Letter, QRegularExpression(QStringLiteral(R"(^\s*[a-z][.)]\s+(.*)$)")),
         [](const QString &line) {
             return line.size() > 2 && isAsciiLetter(line.front()) &&
                    (line.at(1) == u'.' || line.at(1) == u')');
         }},
        {MarkerStyle::Bullet,
         QRegularExpression(
             QStringLiteral(R"(^\s*[\-\x{2022}\x{2023}\x{25E6}\x{2043}*–]\s+(.*)$)")),
         [](const QString &line) {
             return QStringView(u"-*\u2013\u2022\u2023\u2043\u25E6").contains(line.front());
         }},
    };
    return all;
}

// `line` is trimmed and not empty.
std::optional<MarkedLine> markerOf(const QString &line)
{
    for (const Pattern &pattern : patterns()) {
        if (!pattern.mayStart(line))
            continue;
        const QRegularExpressionMatch match = pattern.expression.match(line);
        if (match.hasMatch())
            return MarkedLine{pattern.style, match.captured(1).trimmed()};
    }
    return std::nullopt;
}

void appendLine(QString &question, const QString &line)
{
    if (line.isEmpty())
        return;
    if (!question.isEmpty())
        question += QLatin1Char('\n');
    question += line;
}

// Breaks a line holding a numbered list ("Please tell me: 1. How many? 2. How much?") before
// each number, when the numbers run 1, 2, ... with the same punctuation; "£2.5 million" or
// "section 1. " alone never break a line.
QString breakInlineList(const QString &line)
{
    if (!line.contains(QStringLiteral("1.")) && !line.contains(QStringLiteral("1)")))
        return line; // most lines: no regular expression (see FirstCharacters)
    static const QRegularExpression marker(QStringLiteral(R"((?:^|\s)(\d{1,2})([.)])\s+(?=\S))"));
    QList<qsizetype> starts;
    QChar punctuation;
    int expected = 1;
    for (auto it = marker.globalMatch(line); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (match.captured(1).toInt() != expected)
            continue;
        if (expected > 1 && match.captured(2).front() != punctuation)
            continue;
        punctuation = match.captured(2).front();
        starts.append(match.capturedStart(1));
        ++expected;
    }
    if (starts.size() < 2)
        return line;
    QString broken = line;
    for (qsizetype i = starts.size() - 1; i >= 0; --i) {
        if (starts.at(i) > 0)
            broken.insert(starts.at(i), QLatin1Char('\n'));
    }
    return broken;
}

} // namespace

QString QuestionSplitter::withoutMarker(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return trimmed;
    const std::optional<MarkedLine> marked = markerOf(trimmed);
    if (!marked || marked->rest.isEmpty())
        return trimmed;
    // Only the marker goes: the rest of a multi-line question stays as it was.
    const qsizetype firstLineEnd = trimmed.indexOf(QLatin1Char('\n'));
    const QString firstLine = firstLineEnd < 0 ? trimmed : trimmed.left(firstLineEnd);
    const std::optional<MarkedLine> onFirst = markerOf(firstLine.trimmed());
    if (!onFirst)
        return trimmed;
    return firstLineEnd < 0 ? onFirst->rest : onFirst->rest + trimmed.mid(firstLineEnd);
}

QStringList QuestionSplitter::split(const QString &requestText)
{
    // Compiled once: compiling a pattern (with PCRE2's JIT) costs far more than splitting.
    static const QRegularExpression lineBreaks(QStringLiteral(R"(\r\n|\r|\n)"));
    QStringList lines;
    for (const QString &line : requestText.split(lineBreaks))
        lines.append(breakInlineList(line).split(QLatin1Char('\n')));
    std::optional<MarkerStyle> listStyle;
    QStringList questions;
    QString pending;         // unmarked text after a blank line: continuation or sign-off
    bool blankSince = false; // a blank line since the last line added to a question
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty()) {
            blankSince = true;
            continue;
        }
        const std::optional<MarkedLine> marked = markerOf(line);
        if (marked && (!listStyle || *listStyle == marked->style)) {
            listStyle = marked->style;
            if (!pending.isEmpty() && !questions.isEmpty())
                appendLine(questions.last(), pending);
            pending.clear();
            questions.append(marked->rest);
            blankSince = false;
            continue;
        }
        if (questions.isEmpty())
            continue; // greeting before the list
        if (blankSince || !pending.isEmpty())
            appendLine(pending, line);
        else
            appendLine(questions.last(), line);
    }
    if (!listStyle) {
        const QString whole = requestText.trimmed();
        return whole.isEmpty() ? QStringList{} : QStringList{whole};
    }
    questions.removeAll(QString());
    return questions;
}

} // namespace foi::core
