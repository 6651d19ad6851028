#include "core/support/Profiles.h"

#include "core/intake/ReferenceAllocator.h"
#include "core/model/Codes.h"
#include "core/support/InterfaceLanguage.h"

#include <QCoreApplication>
#include <QSettings>

#include <pwd.h>
#include <unistd.h>

namespace foi::core {

Profiles Profiles::load(const QSettings &settings)
{
    Profiles p;
    p.officerName = settings.value(QStringLiteral("officer/name")).toString();
    p.officerRole = settings.value(QStringLiteral("officer/role")).toString();
    p.referencePattern = settings
                             .value(QStringLiteral("reference/pattern"),
                                    QString::fromLatin1(ReferenceAllocator::defaultPattern))
                             .toString();
    p.referenceStart = qBound(1, settings.value(QStringLiteral("reference/start"), 1).toInt(),
                              ReferenceAllocator::maxFirstSequence);
    p.backupFolder = settings.value(QStringLiteral("store/backupFolder")).toString();
    p.interfaceLanguage = interfaceLanguageCode(
        interfaceLanguageFromCode(settings.value(QStringLiteral("interface/language")).toString()));
    return p;
}

void Profiles::save(QSettings &settings) const
{
    settings.setValue(QStringLiteral("officer/name"), officerName);
    settings.setValue(QStringLiteral("officer/role"), officerRole);
    settings.setValue(QStringLiteral("reference/pattern"), referencePattern);
    settings.setValue(QStringLiteral("reference/start"), referenceStart);
    settings.setValue(QStringLiteral("store/backupFolder"), backupFolder);
    settings.setValue(QStringLiteral("interface/language"), interfaceLanguage);
    settings.sync();
}

QString Profiles::officerForAudit() const
{
    if (!officerName.trimmed().isEmpty())
        return officerName.trimmed();
    // No name in Settings yet: the person logged in, as the command line records them (full
    // name from the account if it has one), never a generic "officer".
    const QString fromEnvironment = qEnvironmentVariable("FOI_OFFICER").trimmed();
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    if (const passwd *user = ::getpwuid(::getuid()); user) {
        const QString fullName =
            QString::fromLocal8Bit(user->pw_gecos ? user->pw_gecos : "").section(u',', 0, 0);
        if (!fullName.trimmed().isEmpty())
            return fullName.trimmed();
        if (user->pw_name && *user->pw_name)
            return QString::fromLocal8Bit(user->pw_name);
    }
    return QCoreApplication::translate("Profiles", "user %1").arg(::getuid());
}

} // namespace foi::core
