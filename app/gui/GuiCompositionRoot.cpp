#include "GuiCompositionRoot.h"

#include "mainwindow/MainWindow.h"

namespace foi::app {

GuiCompositionRoot::GuiCompositionRoot(QString storePath)
    : m_storePath(std::move(storePath))
    , m_mainWindow(std::make_unique<ui::MainWindow>(m_settings))
{
    m_mainWindow->setStorePath(m_storePath);
}

GuiCompositionRoot::~GuiCompositionRoot() = default;

} // namespace foi::app
