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

struct Pattern
{
    MarkerStyle style;
    QRegularExpression expression;
};

const QList<Pattern> &patterns()
{
    // Order matters: "Q1:" before letters, "(1)" before "(a)". A number must not be followed by
    // a digit ("2.5 million" is not a marker), a letter marker needs a space after it.
    static const QList<Pattern> all{
        {MarkerStyle::QuestionLabel,
         QRegularExpression(QStringLiteral(R"(^\s*(?:Q|Question)\s*\d+\s*[:.)\-–]\s*(.*)$)"),
                            QRegularExpression::CaseInsensitiveOption)},
        {MarkerStyle::ParenthesisedNumber,
         QRegularExpression(QStringLiteral(R"(^\s*\(\d{1,3}\)\s*(.*)$)"))},
        {MarkerStyle::Number,
         QRegularExpression(QStringLiteral(R"(^\s*\d{1,3}[.)](?!\d)\s*(.*)$)"))},
        {MarkerStyle::ParenthesisedLetter,
         QRegularExpression(QStringLiteral(R"(^\s*\((?:[a-z]|[ivx]{1,4})\)\s*(.*)$)"),
                            QRegularExpression::CaseInsensitiveOption)},
        {MarkerStyle::Letter, QRegularExpression(QStringLiteral(R"(^\s*[a-z][.)]\s+(.*)$)"))},
        {MarkerStyle::Bullet, QRegularExpression(QStringLiteral(
                                  R"(^\s*[\-\x{2022}\x{2023}\x{25E6}\x{2043}*–]\s+(.*)$)"))},
    };
    return all;
}

std::optional<MarkedLine> markerOf(const QString &line)
{
    for (const Pattern &pattern : patterns()) {
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
