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
};

// Names the application for QSettings and QStandardPaths; both binaries call it first so the
// GUI and the CLI agree on the default store.
void applyApplicationIdentity();

} // namespace foi::core
