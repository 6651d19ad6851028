#pragma once

#include <QList>
#include <QString>

namespace foi::core {

// One thing found in a file about to be released that the officer must deal with before it goes:
// hidden data, metadata, a failed redaction, or a file that could not be checked at all.
// `code` is stable (docs/release-scan.md lists every code); `location` says where in the file
// (sheet, rows, page, paragraph, part), in words an officer can follow in the application that
// made the file; `message` says what was found and what to do about it.
struct ReleaseFinding
{
    QString code;
    QString location;
    QString message;

    // True for the findings that say the file could not be read or checked (FILE-UNREADABLE,
    // FILE-LIMIT-EXCEEDED): nothing else can be said about such a file.
    bool preventsScan() const
    {
        return code == QLatin1String("FILE-UNREADABLE") ||
               code == QLatin1String("FILE-LIMIT-EXCEEDED");
    }

    friend bool operator==(const ReleaseFinding &, const ReleaseFinding &) = default;
};

using ReleaseFindings = QList<ReleaseFinding>;

} // namespace foi::core
