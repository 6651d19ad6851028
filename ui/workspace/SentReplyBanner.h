#pragma once

#include "core/reply/AuthorityProfile.h"
#include "core/services/ReplyService.h"
#include "core/support/Clock.h"
#include "core/support/Result.h"

#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace foi::core {
class CaseDocument;
class WorkingDayCalendar;
} // namespace foi::core

namespace foi::ui {

class CaseWorkspace;

// Above the open case once its reply was sent: says that the decision is locked and why, and
// offers "Amend after sending" (Ctrl+Shift+M), which asks for the reason beside what the letter
// said. While the steps are locked they are read-only (all but the Reply step, whose copies of
// the sent letters stay available). While an amendment is open it says so, with what the letter
// sent said beside what the decision now says, until the correction letter is sent. The lock
// itself is core's SentReplyLock; this only shows it and wires the amendment.
class SentReplyBanner : public QWidget
{
    Q_OBJECT
public:
    using AuthoritySource = std::function<core::Result<core::AuthorityProfile>()>;
    using OfficerSource = std::function<QString()>;

    // `calendar` is the program's effective one, for the letter the amendment compares.
    SentReplyBanner(core::CaseDocument &document, CaseWorkspace &workspace,
                    const core::ReplyService::Law &law, AuthoritySource authority,
                    OfficerSource officer, const core::Clock &clock, QWidget *parent = nullptr);

    QAction *amendAction() const { return m_amendAction; }
    // Asks for the reason (a dialog) and opens the amendment.
    void amendAfterSending();

signals:
    // An amendment was opened: the case should be saved now, with its reason.
    void amendmentOpened();

private:
    void showState();
    void showChanges();

    core::CaseDocument &m_document;
    CaseWorkspace &m_workspace;
    core::ReplyService::Law m_law;
    AuthoritySource m_authority;
    OfficerSource m_officer;
    core::Clock m_clock; // the amendment's date and the letter it compares
    QLabel *m_label = nullptr;
    QPushButton *m_amendButton = nullptr;
    QAction *m_amendAction = nullptr;
    QWidget *m_changes = nullptr;
    QPlainTextEdit *m_sentView = nullptr;
    QPlainTextEdit *m_nowView = nullptr;
    QTimer *m_changesTimer = nullptr;
};

} // namespace foi::ui
