#pragma once

#include "law/Provision.h"
#include "model/Authority.h"

#include <QString>

class QSettings;

namespace foi::ui {

// The officer using the workbench (their name goes into the audit trail) and the authority
// they answer for (its kind decides the exemptions it may use and its cost limit), with the
// pattern new references follow. Kept in the application's QSettings.
struct Profiles
{
    QString officerName;
    QString officerRole;
    QString authorityName;
    core::AuthorityKind authorityKind = core::AuthorityKind::Police;
    QString authorityAddress;
    QString foiContact;
    QString reviewContact;
    QString logoPath;
    QString referencePattern;
    QString backupFolder;

    static Profiles load(const QSettings &settings);
    void save(QSettings &settings) const;

    core::Authority authority() const { return {authorityName, authorityKind}; }
    // The name the audit trail records: the officer's, or the account's when none is set.
    QString officerForAudit() const;
};

} // namespace foi::ui
