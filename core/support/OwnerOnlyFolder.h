#pragma once

#include <QString>

namespace foi::core {

// Makes a folder and any missing parents, each folder it makes readable only by its owner
// (0700), as the officer's data folder must be on a new account whichever command or screen
// first needs it. A folder that exists is left as it is. Returns false, with the folder that
// could not be made in *failed, when one cannot be made.
class OwnerOnlyFolder
{
public:
    [[nodiscard]] static bool make(const QString &folder, QString *failed = nullptr);
};

} // namespace foi::core
