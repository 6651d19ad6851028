#pragma once

#include "core/model/Case.h"

#include <QWidget>

#include <functional>

namespace foi::core {
class CaseDocument;
}

namespace foi::ui {

// One step of the case workspace (Request, Questions, Held?, ...). A step shows part of the open
// case and writes the officer's edits to the document; it refreshes itself whenever the
// document changes. reveal() takes a case-file path from a finding ("claims[1].reason") and,
// when the step edits that part, selects it and focuses its field.
class WorkspaceStep : public QWidget
{
    Q_OBJECT
public:
    explicit WorkspaceStep(core::CaseDocument &document, QWidget *parent = nullptr);

    virtual QString title() const = 0;
    virtual QString summary() const = 0; // one line for the step list's tooltip
    virtual bool reveal(const QString &locator) = 0;
    virtual void refresh() = 0;

protected:
    core::CaseDocument &document() const { return m_document; }
    // Index in `locator` after `prefix` ("questions[3].text" with "questions" gives 3), or -1.
    static int indexIn(const QString &locator, const QString &prefix);
    // Gives `field` the focus, after the step has been shown.
    static void focusLater(QWidget *field);

private:
    core::CaseDocument &m_document;
};

} // namespace foi::ui
