#pragma once

#include "core/reply/AuthorityProfile.h"
#include "core/support/Result.h"

#include <QString>
#include <QStringList>

namespace foi::core {

// Finds the authority profile that letters are signed with: the officer's own settings file
// first, then the system-wide default that IT deploys to every workstation
// (/etc/foi-workbench/authority.json). A file that exists but is broken is an error naming it;
// no file at all is Error "authority.none", so the caller can ask the officer to set one up.
class AuthorityProfileLocator
{
public:
    static QString userProfilePath();   // <config folder>/foi-workbench/authority.json
    static QString systemProfilePath(); // /etc/foi-workbench/authority.json

    [[nodiscard]] static Result<AuthorityProfile> load(const QStringList &candidates = {});
    [[nodiscard]] static Result<AuthorityProfile> loadFile(const QString &path);
    // Writes the profile atomically, creating the folder; refuses a profile with problems().
    [[nodiscard]] static Status save(const AuthorityProfile &profile, const QString &path);
};

} // namespace foi::core
