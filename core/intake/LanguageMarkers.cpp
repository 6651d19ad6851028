#include "core/intake/LanguageMarkers.h"

#include <QFile>
#include <QRegularExpression>

namespace foi::core {

namespace {

Error invalid(const QString &what)
{
    return Error::make(QStringLiteral("intake.language-words.invalid"),
                       QStringLiteral("The list of Welsh and English marker words is not usable: "
                                      "%1.")
                           .arg(what));
}

QString normalised(QString word)
{
    return word.replace(QChar(0x2019), QLatin1Char('\'')).toLower();
}

} // namespace

Result<LanguageMarkers> LanguageMarkers::builtIn()
{
    QFile file(QStringLiteral(":/language/welsh-markers.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return invalid(QStringLiteral("the built-in list is missing (the workbench was built "
                                      "incompletely)"));
    return fromText(file.readAll());
}

Result<LanguageMarkers> LanguageMarkers::fromText(const QByteArray &text)
{
    LanguageMarkers markers;
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList parts = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (parts.size() != 2 ||
            (parts.first() != QLatin1String("cy") && parts.first() != QLatin1String("en")))
            return invalid(QStringLiteral("line %1 (\"%2\") should be \"cy WORD\" or \"en WORD\"")
                               .arg(i + 1)
                               .arg(line));
        (parts.first() == QLatin1String("cy") ? markers.m_welsh : markers.m_english)
            .insert(normalised(parts.last()));
    }
    if (markers.m_welsh.isEmpty() || markers.m_english.isEmpty())
        return invalid(QStringLiteral("it needs at least one Welsh and one English word"));
    return markers;
}

LanguageMarkers::Suggestion LanguageMarkers::suggest(const QString &requestText) const
{
    static const QRegularExpression word(QStringLiteral("[\\w'’]+"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    Suggestion suggestion;
    for (auto it = word.globalMatch(requestText); it.hasNext();) {
        const QString found = normalised(it.next().captured());
        suggestion.welshWords += m_welsh.contains(found) ? 1 : 0;
        suggestion.englishWords += m_english.contains(found) ? 1 : 0;
    }
    const int total = suggestion.welshWords + suggestion.englishWords;
    if (total == 0 || suggestion.welshWords * 4 <= total)
        suggestion.language = LetterLanguage::English;
    else if (suggestion.welshWords * 4 >= total * 3)
        suggestion.language = LetterLanguage::Welsh;
    else
        suggestion.language = LetterLanguage::Bilingual;
    return suggestion;
}

} // namespace foi::core
