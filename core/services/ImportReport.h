#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace foi::core {

// What an import did: how many cases were new, changed or already as in the file, and for each
// file that could not be read, its path and what is wrong with it.
struct ImportReport
{
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    QStringList problems; // "FILE: message"

    bool ok() const { return problems.isEmpty(); }
};

} // namespace foi::core
