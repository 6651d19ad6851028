#pragma once

#include "core/model/LetterLanguage.h"
#include "core/support/Result.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace foi::core {

// The wording of reply letters in one language: one Mustache template per paragraph
// (resources/letters/en-GB, resources/letters/cy), and the shorter words around them (headings,
// captions, page bands: terms.json, each a template under the key "term.<name>"), which an
// authority may override, paragraph by paragraph, with files of the same name in a
// folder of its own, without touching code. Values go in as plain text: nothing is escaped and
// nothing is interpreted as markup, because the layout inserts the result as text.
// A template that does not parse, or that uses a name the composer does not supply, is an error
// that names the file and the name, never a silently empty gap in a letter.
class LetterTemplates
{
public:
    // The built-in wording, then any `<key>.mustache` files in `overrideFolder` (may be empty).
    [[nodiscard]] static Result<LetterTemplates> load(const QString &overrideFolder = QString());
    // The built-in wording in `language` (English or Welsh; a bilingual letter loads both), then
    // the authority's overrides: for Welsh, the files in the "cy" folder inside `overrideFolder`.
    [[nodiscard]] static Result<LetterTemplates> load(LetterLanguage language,
                                                      const QString &overrideFolder);

    [[nodiscard]] Result<QString> render(const QString &key,
                                         const QHash<QString, QString> &values) const;

    // The values that make `text` what the paragraph `key` renders (ignoring whitespace at the
    // ends): nullopt when `text` is not that paragraph with some values filled in (the officer
    // has edited it), or when the paragraph has sections ({{#...}}), which cannot be read back.
    std::optional<QHash<QString, QString>> valuesIn(const QString &key, const QString &text) const;

    QStringList keys() const;
    LetterLanguage language() const { return m_language; }
    // The provision's title in this language (resources/letters/cy/provision-titles.json);
    // empty when the wording has none of its own (English: the catalogue's title is used).
    QString provisionTitle(const QString &provisionId) const { return m_titles.value(provisionId); }
    QString source(const QString &key) const { return m_sources.value(key); }

private:
    [[nodiscard]] static Status validate(const QString &key, const QString &source,
                                         const QString &origin);

    [[nodiscard]] static Status loadTerms(const QString &folder, LetterTemplates &templates);
    [[nodiscard]] static Status loadTitles(const QString &folder, LetterTemplates &templates);

    QHash<QString, QString> m_sources;
    QHash<QString, QString> m_titles;
    LetterLanguage m_language = LetterLanguage::English;
};

} // namespace foi::core
