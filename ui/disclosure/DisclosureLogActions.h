#pragma once

#include "ui/disclosure/DisclosureLogDialog.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;

namespace foi::core {
class CaseDocument;
}

namespace foi::ui {

// Case › Prepare for disclosure log…: enabled while a case with a sent reply is open (its tool
// tip says why not otherwise); opens the case's DisclosureLogDialog over the window.
class DisclosureLogActions : public QObject
{
    Q_OBJECT
public:
    DisclosureLogActions(const DisclosureLogDialog::Context &context, core::CaseDocument &document,
                         QMainWindow &window, QObject *parent = nullptr);

    QAction *prepareAction() const { return m_prepare; }
    // The dialog for the open case, shown (not modal to the test that calls it).
    DisclosureLogDialog *openDialog();

    // A case is open in the workspace (true) or the list is shown (false).
    void setCaseOpen(bool open);

private:
    void refresh();

    DisclosureLogDialog::Context m_context;
    core::CaseDocument &m_document;
    QMainWindow &m_window;
    bool m_caseOpen = false;
    QAction *m_prepare = nullptr;
    QPointer<DisclosureLogDialog> m_dialog;
};

} // namespace foi::ui
