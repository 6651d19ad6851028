// Issue 25 point 8: the officer's settings live under the application's own name, and those
// Qt kept under "Unknown Organization" are carried over once.

#include "core/support/StoreLocation.h"

#include <QDir>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using foi::core::StoreLocation;

class TestStoreLocation : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_home;

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.path()));
        foi::core::applyApplicationIdentity();
    }

    void settingsAreUnderTheApplicationsOwnName()
    {
        QCOMPARE(StoreLocation::settingsPath(),
                 m_home.filePath(QStringLiteral("foi-workbench/foi-workbench.conf")));
        QVERIFY(!StoreLocation::settingsPath().contains(QStringLiteral("Unknown")));
        // Where Qt put them with no organisation name: what the migration reads.
        QCOMPARE(QSettings().fileName(), StoreLocation::legacySettingsPath());
    }

    void legacySettingsAreCarriedOverOnce()
    {
        {
            QSettings legacy(StoreLocation::legacySettingsPath(), QSettings::IniFormat);
            legacy.setValue(QStringLiteral("officer/name"), QStringLiteral("Sam Officer"));
            legacy.setValue(QStringLiteral("store/backupFolder"), QStringLiteral("/srv/backups"));
        }
        QVERIFY(StoreLocation::migrateLegacySettings());
        {
            QSettings settings(StoreLocation::settingsPath(), QSettings::IniFormat);
            QCOMPARE(settings.value(QStringLiteral("officer/name")).toString(),
                     QStringLiteral("Sam Officer"));
            QCOMPARE(settings.value(QStringLiteral("store/backupFolder")).toString(),
                     QStringLiteral("/srv/backups"));
            settings.setValue(QStringLiteral("officer/name"), QStringLiteral("Sam Renamed"));
        }
        // Once there are settings of our own, the legacy file never overwrites them.
        QVERIFY(!StoreLocation::migrateLegacySettings());
        QSettings settings(StoreLocation::settingsPath(), QSettings::IniFormat);
        QCOMPARE(settings.value(QStringLiteral("officer/name")).toString(),
                 QStringLiteral("Sam Renamed"));
    }
};

QTEST_GUILESS_MAIN(TestStoreLocation)
#include "tst_store_location.moc"
