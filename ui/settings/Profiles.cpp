#include "settings/Profiles.h"

#include "intake/ReferenceAllocator.h"
#include "model/Codes.h"

#include <QSettings>

namespace foi::ui {

Profiles Profiles::load(const QSettings &settings)
{
    Profiles p;
    p.officerName = settings.value(QStringLiteral("officer/name")).toString();
    p.officerRole = settings.value(QStringLiteral("officer/role")).toString();
    p.referencePattern = settings
                             .value(QStringLiteral("reference/pattern"),
                                    QString::fromLatin1(core::ReferenceAllocator::defaultPattern))
                             .toString();
    p.backupFolder = settings.value(QStringLiteral("store/backupFolder")).toString();
    return p;
}

void Profiles::save(QSettings &settings) const
{
    settings.setValue(QStringLiteral("officer/name"), officerName);
    settings.setValue(QStringLiteral("officer/role"), officerRole);
    settings.setValue(QStringLiteral("reference/pattern"), referencePattern);
    settings.setValue(QStringLiteral("store/backupFolder"), backupFolder);
    settings.sync();
}

QString Profiles::officerForAudit() const
{
    if (!officerName.trimmed().isEmpty())
        return officerName.trimmed();
    const QString account = qEnvironmentVariable("USER");
    return account.isEmpty() ? QStringLiteral("officer") : account;
}

} // namespace foi::ui
