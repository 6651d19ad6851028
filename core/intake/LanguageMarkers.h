#pragma once

#include "core/model/LetterLanguage.h"
#include "core/support/Result.h"

#include <QByteArray>
#include <QSet>
#include <QString>

namespace foi::core {

// The words that mark a request as Welsh or English (resources/language/welsh-markers.txt, with
// where they come from), and the language of correspondence they suggest for a request's text:
// Welsh when at least three in four of the marker words found are Welsh, English when at most
// one in four is (or when none is found), both languages in between (a request written in
// both). A suggestion only: the officer confirms it on the Request step. fromText() fails
// (code "intake.language-words.invalid") naming the line at fault.
class LanguageMarkers
{
public:
    [[nodiscard]] static Result<LanguageMarkers> builtIn();
    [[nodiscard]] static Result<LanguageMarkers> fromText(const QByteArray &text);

    struct Suggestion
    {
        LetterLanguage language = LetterLanguage::English;
        int welshWords = 0; // marker words of each language found, each occurrence counted
        int englishWords = 0;
    };
    Suggestion suggest(const QString &requestText) const;

private:
    LanguageMarkers() = default;

    QSet<QString> m_welsh;
    QSet<QString> m_english;
};

} // namespace foi::core
