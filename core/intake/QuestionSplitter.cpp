#include "intake/QuestionSplitter.h"

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

} // namespace

QStringList QuestionSplitter::split(const QString &requestText)
{
    // Compiled once: compiling a pattern (with PCRE2's JIT) costs far more than splitting.
    static const QRegularExpression lineBreaks(QStringLiteral(R"(\r\n|\r|\n)"));
    const QStringList lines = requestText.split(lineBreaks);
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
