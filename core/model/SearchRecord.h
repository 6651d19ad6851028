#pragma once

#include <QDate>
#include <QString>

namespace foi::core {

// One search made to establish whether requested information is held: where it looked, who
// made it, with what terms, and on which day. A "not held" answer is judged on the balance of
// probabilities from the scope and thoroughness of such searches (ICO, "Determining whether we
// hold information"), so the record is kept with the determination it supports.
struct SearchRecord
{
    QString where;      // the system, file or team searched
    QString searchedBy; // the person or team who searched
    QString terms;      // the words or criteria used
    QDate searchedOn;

    friend bool operator==(const SearchRecord &, const SearchRecord &) = default;
};

} // namespace foi::core
