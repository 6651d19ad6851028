#pragma once

#include <QString>

class QSettings;

namespace foi::core {

// The officer using the workbench (their name goes into the audit trail), with the pattern new
// references follow and the backup folder. Kept in the application's QSettings, which the
// composition root reads (Settings only edits them). Loading never fails: a missing or bad value
// is the default (the default reference pattern, start 1, no backup folder). The authority
// is not here: it is core::AuthorityProfile, the file letters are signed with.
struct Profiles
{
    QString officerName;
    QString officerRole;
    QString referencePattern;
    int referenceStart = 1; // the running number a period starts at (an authority mid-year)
    QString backupFolder;
    // The interface language: "system", "en" or "cy" (support/InterfaceLanguage.h), applied at
    // the next start.
    QString interfaceLanguage = QStringLiteral("system");

    static Profiles load(const QSettings &settings);
    void save(QSettings &settings) const;

    // The name the audit trail records: the officer's, or the account's when none is set.
    QString officerForAudit() const;
};

} // namespace foi::core
