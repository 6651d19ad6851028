#pragma once

#include <QString>

namespace foi::core {

// Where the officer's case store lives when nobody names one: the per-user data folder that
// QStandardPaths gives for this application ($XDG_DATA_HOME/foi-workbench on Linux).
// Requires the application and organisation names to be set (see applyApplicationIdentity).
class StoreLocation
{
public:
    static QString defaultStorePath();
    static QString defaultDataFolder();
    // The officer's imported GOV.UK bank holiday file (Settings, Calendar, or `calendar import`),
    // in the data folder; the GUI and the command line read the same one.
    static QString userCalendarPath();

    // The officer's settings (an INI file): $XDG_CONFIG_HOME/foi-workbench/foi-workbench.conf,
    // under the application's own name. Qt's default QSettings, with no organisation set, used
    // $XDG_CONFIG_HOME/Unknown Organization/foi-workbench.conf.
    static QString settingsPath();
    static QString legacySettingsPath();
    // Copies every setting from the legacy file into settingsPath() when only the legacy file
    // exists; the legacy file is left as it was. True when something was copied.
    static bool migrateLegacySettings();
};

// Names the application for QSettings and QStandardPaths; both binaries call it first so the
// GUI and the CLI agree on the default store.
void applyApplicationIdentity();

} // namespace foi::core
