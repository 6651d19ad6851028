#pragma once

#include <QSettings>
#include <QString>

#include <memory>

namespace foi::ui {
class MainWindow;
}

namespace foi::app {

// Builds the GUI's object graph: settings, the store and services, the main window.
// The only place that knows how the pieces fit; widgets get what they need through constructors.
class GuiCompositionRoot
{
public:
    explicit GuiCompositionRoot(QString storePath);
    ~GuiCompositionRoot();

    ui::MainWindow &mainWindow() { return *m_mainWindow; }

private:
    QString m_storePath;
    QSettings m_settings;
    std::unique_ptr<ui::MainWindow> m_mainWindow;
};

} // namespace foi::app
