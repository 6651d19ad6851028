#pragma once

#include "core/support/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace foi::core {

// Words that suggest a request is for environmental information (EIR reg 2(1)(a)-(f)): the state
// of the environment, emissions, noise, waste, land use, planning and measures affecting them.
// Such information falls under the EIR, and FOIA s39(1)(a) exempts it from FOIA. The list is law
// data (resources/law/environmental-terms.json, documented there and in resources/law/README.md);
// a match only flags a request for the officer to decide, it never decides.
//
// Matching is case-insensitive on whole words (letters and digits; anything else separates
// words, so "fly-tipping" is "fly tipping"); the last word of a term also matches with a
// trailing "s" or "es". One pass over the text, whatever the length of the list: a hostile 2 MB
// request is read once. No I/O after loading.
class EnvironmentalTerms
{
public:
    struct Term
    {
        QString term;
        QString limb; // the limb of reg 2(1) it belongs to, "reg2(1)(b)"
    };

    // The list compiled into the program (":/law/environmental-terms.json"); empty, with a
    // critical log line, if the build lost it (the tests load it).
    static const EnvironmentalTerms &builtIn();
    // Fails ("law.environmental.invalid") naming the JSON path at fault.
    [[nodiscard]] static Result<EnvironmentalTerms> fromJson(const QByteArray &json);

    const QList<Term> &terms() const { return m_terms; }
    // The terms found in `text`, in the list's order, each once.
    QStringList foundIn(const QString &text) const;

private:
    static QStringList wordsOf(const QString &text);

    QList<Term> m_terms;
    QList<QStringList> m_words;                     // each term's words, case-folded
    QHash<QString, QList<qsizetype>> m_byFirstWord; // first word -> the terms it starts
};

} // namespace foi::core
