#pragma once

#include "core/support/Result.h"

#include <QGroupBox>

#include <functional>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace foi::core {
struct Case;
class CaseDocument;
class MatterService;
} // namespace foi::core

namespace foi::ui {

// The case's complaints to the Information Commissioner, worked from the After the reply step:
// a date the ICO set (its letters, an s51 information notice), its decision notice with each
// step and that step's clock, an appeal to the tribunal that suspends the steps it affects
// ("suspended, appeal pending"), how the appeal ended (the steps resume on the new date), a
// step done, the remedial response a notice orders, and the matter closed. Each change is
// checked by the same MatterService calls the CLI makes and applied as one undoable edit of the
// open case; what is wrong shows in the dialog that asked, and nothing changes.
class CommissionerPanel : public QGroupBox
{
    Q_OBJECT
public:
    using Today = std::function<QDate()>;
    CommissionerPanel(core::CaseDocument &document, core::MatterService &matters, Today today,
                      QWidget *parent = nullptr);

    void refresh();
    // Shows matter `index` of the case (0-based), as the timeline or a finding asks.
    void showMatter(int index);

private:
    void createWidgets();
    void layOut();
    void refreshMatter();
    int matterIndex() const;
    QString matterId() const;
    QStringList stepNames() const;
    // Applies `change` to a copy of the open case; on success the copy replaces the case as one
    // edit described by `description`, otherwise the error's message is returned.
    QString apply(const QString &description,
                  const std::function<core::Status(core::Case &)> &change);

    void recordDeadline();
    void recordNotice();
    void lodgeAppeal();
    void endAppeal();
    void stepDone();
    void openRemedy();
    void closeMatter();

    core::CaseDocument &m_document;
    core::MatterService &m_matters;
    Today m_today;
    bool m_refreshing = false;

    QComboBox *m_matterCombo = nullptr;
    QLabel *m_summary = nullptr;
    QListWidget *m_steps = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_deadlineButton = nullptr;
    QPushButton *m_noticeButton = nullptr;
    QPushButton *m_appealButton = nullptr;
    QPushButton *m_appealEndButton = nullptr;
    QPushButton *m_stepDoneButton = nullptr;
    QPushButton *m_remedyButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace foi::ui
