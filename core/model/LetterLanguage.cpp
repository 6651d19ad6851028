#include "core/model/LetterLanguage.h"

namespace foi::core {

QString letterLanguageCode(LetterLanguage language)
{
    switch (language) {
    case LetterLanguage::English:
        return QStringLiteral("en");
    case LetterLanguage::Welsh:
        return QStringLiteral("cy");
    case LetterLanguage::Bilingual:
        return QStringLiteral("bilingual");
    }
    return QStringLiteral("en");
}

std::optional<LetterLanguage> letterLanguageFromCode(const QString &code)
{
    for (const LetterLanguage language :
         {LetterLanguage::English, LetterLanguage::Welsh, LetterLanguage::Bilingual}) {
        if (code == letterLanguageCode(language))
            return language;
    }
    return std::nullopt;
}

QString letterLanguageTag(LetterLanguage language)
{
    return language == LetterLanguage::English ? QStringLiteral("en-GB") : QStringLiteral("cy-GB");
}

} // namespace foi::core
