#include "core/store/SearchWords.h"

#include <QRegularExpression>
#include <QSet>

namespace foi::core {

namespace {

// Words in nearly every case. Matching one narrows nothing, and ranking by one makes bm25
// read its whole list (a million entries in a million cases) to weigh it.
const QSet<QString> &functionWords()
{
    static const QSet<QString> words{
        QStringLiteral("a"),    QStringLiteral("an"),  QStringLiteral("and"),
        QStringLiteral("are"),  QStringLiteral("as"),  QStringLiteral("at"),
        QStringLiteral("be"),   QStringLiteral("by"),  QStringLiteral("for"),
        QStringLiteral("from"), QStringLiteral("in"),  QStringLiteral("into"),
        QStringLiteral("is"),   QStringLiteral("it"),  QStringLiteral("of"),
        QStringLiteral("on"),   QStringLiteral("or"),  QStringLiteral("the"),
        QStringLiteral("to"),   QStringLiteral("was"), QStringLiteral("with"),
    };
    return words;
}

} // namespace

QStringList SearchWords::of(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

bool SearchWords::isFunctionWord(const QString &word)
{
    return functionWords().contains(word.toLower());
}

} // namespace foi::core
