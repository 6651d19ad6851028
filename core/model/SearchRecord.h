#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <algorithm>

namespace foi::core {

// A file cited as evidence of a search (a screenshot of the system searched, an export of the
// results). It is named by the SHA-256 of its content, which is how the store keeps attached
// files, so the citation survives a rename and finds the file again when it is attached anew;
// the file name is kept so that the citation reads without the store (in a review bundle).
struct EvidenceCitation
{
    QString sha256;   // 64 lower-case hexadecimal digits
    QString fileName; // the name the file was attached under

    friend bool operator==(const EvidenceCitation &, const EvidenceCitation &) = default;
};

// One search made to establish whether requested information is held: where it looked, who
// made it, with what terms, on which day, and the files that show it. A "not held" answer is
// judged on the balance of probabilities from the scope and thoroughness of such searches (ICO,
// "Determining whether we hold information"), so the record is kept with the determination it
// supports.
struct SearchRecord
{
    QString where;      // the system, file or team searched
    QString searchedBy; // the person or team who searched
    QString terms;      // the words or criteria used
    QDate searchedOn;
    QList<EvidenceCitation> evidence;

    bool cites(const QString &sha256) const
    {
        return std::any_of(evidence.cbegin(), evidence.cend(),
                           [&sha256](const EvidenceCitation &c) { return c.sha256 == sha256; });
    }

    friend bool operator==(const SearchRecord &, const SearchRecord &) = default;
};

} // namespace foi::core
