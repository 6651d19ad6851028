#pragma once

#include <QString>
#include <QStringList>

namespace foi::core {

// The forms a Welsh word takes at its start after the initial consonant mutations, so that a
// search for a word as the dictionary gives it ("cerbydau", vehicles) finds it as it is written
// after "ei" (his: "gerbydau"), "fy" (my: "ngherbydau") or "ei" (her: "cherbydau").
//
// The rule is the standard table of Welsh initial consonant mutations (soft, nasal and
// aspirate), as given for example in Wikipedia's "Colloquial Welsh morphology", section
// "Initial consonant mutation":
//
//   radical  soft  nasal  aspirate
//   p        b     mh     ph
//   t        d     nh     th
//   c        g     ngh    ch
//   b        f     m
//   d        dd    n
//   g        (g dropped)  ng
//   m        f
//   ll       l
//   rh       r
//
// A word that starts with one of the other digraphs of the Welsh alphabet (ch, dd, ff, ng, ph,
// th) or with any other letter has no mutated form here. Not covered: the h put before a vowel
// after "ei" (her), "ein", "eu" ("enw" → "ei henw"), and a mutated word typed back to its
// radical (a search for "gerbydau" finds "gerbydau" only, since "g" may be a radical too).
class WelshMutations
{
public:
    // `word` (lower case) and its mutated forms, the word first; forms shorter than two letters
    // (the soft mutation of "ga…") are left out, as a one-letter prefix matches most words.
    static QStringList formsOf(const QString &word);
};

} // namespace foi::core
