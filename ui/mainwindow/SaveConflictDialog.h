#pragma once

#include <QDialog>

namespace foi::core {
class SaveConflict;
}

namespace foi::ui {

// Shown when the officer's save was refused because another officer saved the case after they
// opened it (issue 20 point 3): who saved and when, and each part that differs with the other
// officer's words beside the officer's own. The officer keeps their version (saved over the
// other, which stays in the case history), takes the other (their typing is replaced: the
// dialog copies it to the clipboard first on request), or decides later (Esc: their typing stays
// in the open case, unsaved, and the next save asks again).
class SaveConflictDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { KeepMine, TakeTheirs, DecideLater };

    SaveConflictDialog(const core::SaveConflict &conflict, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }

private:
    Choice m_choice = Choice::DecideLater;
};

} // namespace foi::ui
