#pragma once

#include <QString>
#include <QStringList>

namespace foi::core {

// How both back ends read what an officer typed into the search: the same words, and the same
// function words left out, so that a search finds the same cases on a file and on a server.
class SearchWords
{
public:
    // The words of `text`: runs of letters and digits, in the order typed. Nothing else (no
    // quote, operator or bracket) reaches a full-text query.
    static QStringList of(const QString &text);
    // Words in nearly every case ("the", "of"): matching one narrows nothing, and ranking by
    // one reads its whole list.
    static bool isFunctionWord(const QString &word);
};

} // namespace foi::core
