#pragma once

#include <QString>

#include <optional>

namespace foi::core {

// The language a case's correspondence is in (the Welsh Language Standards: a letter written in
// Welsh is answered in Welsh; many Welsh authorities write bilingually by default), and so the
// language a reply letter is written in. The case records it; a letter may be rendered in
// another (the CLI's --language).
enum class LetterLanguage {
    English,
    Welsh,
    Bilingual, // Welsh first, then English
};

// "en", "cy", "bilingual": the codes the case file and the CLI use.
QString letterLanguageCode(LetterLanguage language);
std::optional<LetterLanguage> letterLanguageFromCode(const QString &code);
// The BCP 47 tag a document in the language declares (a bilingual letter: its first language).
QString letterLanguageTag(LetterLanguage language);

} // namespace foi::core
