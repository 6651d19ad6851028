// Issue 22 point 2: the officer's profile, the reference pattern, the backup folder and the
// officer's calendar file are configuration the composition root reads from core, not through
// the Settings pages of the user interface. This test links only the core library.

#include "core/intake/ReferenceAllocator.h"
#include "core/support/Profiles.h"
#include "core/support/StoreLocation.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace foi::core;

class TestProfiles : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_home;

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.path()));
        applyApplicationIdentity();
    }

    void unsetValuesAreTheDefaults()
    {
        QSettings empty(m_home.filePath(QStringLiteral("empty.ini")), QSettings::IniFormat);
        const Profiles profiles = Profiles::load(empty);
        QCOMPARE(profiles.officerName, QString());
        QCOMPARE(profiles.referencePattern,
                 QString::fromLatin1(ReferenceAllocator::defaultPattern));
        QCOMPARE(profiles.referenceStart, 1);
        QCOMPARE(profiles.backupFolder, QString());
        // No name yet: the audit names the person logged in, never a generic officer.
        QVERIFY(!profiles.officerForAudit().trimmed().isEmpty());
    }

    void savedProfilesReadBackAndABadStartIsBounded()
    {
        const QString path = m_home.filePath(QStringLiteral("settings.ini"));
        {
            QSettings settings(path, QSettings::IniFormat);
            Profiles profiles;
            profiles.officerName = QStringLiteral("  Sam Officer ");
            profiles.officerRole = QStringLiteral("FOI Officer");
            profiles.referencePattern = QStringLiteral("FOI-{yyyy}-{seq}");
            profiles.referenceStart = 40;
            profiles.backupFolder = QStringLiteral("/srv/backups");
            profiles.save(settings);
        }
        QSettings settings(path, QSettings::IniFormat);
        Profiles read = Profiles::load(settings);
        QCOMPARE(read.officerForAudit(), QStringLiteral("Sam Officer"));
        QCOMPARE(read.officerRole, QStringLiteral("FOI Officer"));
        QCOMPARE(read.referencePattern, QStringLiteral("FOI-{yyyy}-{seq}"));
        QCOMPARE(read.referenceStart, 40);
        QCOMPARE(read.backupFolder, QStringLiteral("/srv/backups"));
        settings.setValue(QStringLiteral("reference/start"), -5);
        QCOMPARE(Profiles::load(settings).referenceStart, 1);
    }

    // The GUI's Calendar page and `foi-workbench-cli calendar import` keep the same file.
    void theOfficersCalendarIsInTheDataFolder()
    {
        QCOMPARE(StoreLocation::userCalendarPath(),
                 QDir(StoreLocation::defaultDataFolder())
                     .filePath(QStringLiteral("bank-holidays.json")));
        QVERIFY(StoreLocation::userCalendarPath().startsWith(m_home.path()));
    }
};

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
