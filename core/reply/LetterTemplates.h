#pragma once

#include "support/Result.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace foi::core {

// The wording of reply letters: one Mustache template per paragraph (resources/letters/en-GB),
// which an authority may override, paragraph by paragraph, with files of the same name in a
// folder of its own, without touching code. Values go in as plain text: nothing is escaped and
// nothing is interpreted as markup, because the layout inserts the result as text.
// A template that does not parse, or that uses a name the composer does not supply, is an error
// that names the file and the name, never a silently empty gap in a letter.
class LetterTemplates
{
public:
    // The built-in wording, then any `<key>.mustache` files in `overrideFolder` (may be empty).
    [[nodiscard]] static Result<LetterTemplates> load(const QString &overrideFolder = QString());

    [[nodiscard]] Result<QString> render(const QString &key,
                                         const QHash<QString, QString> &values) const;

    // The values that make `text` what the paragraph `key` renders (ignoring whitespace at the
    // ends): nullopt when `text` is not that paragraph with some values filled in (the officer
    // has edited it), or when the paragraph has sections ({{#...}}), which cannot be read back.
    std::optional<QHash<QString, QString>> valuesIn(const QString &key, const QString &text) const;

    QStringList keys() const;
    QString source(const QString &key) const { return m_sources.value(key); }

private:
    [[nodiscard]] static Status validate(const QString &key, const QString &source,
                                         const QString &origin);

    QHash<QString, QString> m_sources;
};

} // namespace foi::core
