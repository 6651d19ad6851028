#pragma once

#include "core/law/Regime.h"
#include "core/reply/AuthorityProfile.h"
#include "core/support/Result.h"
#include "ui/workspace/WorkspaceStep.h"

#include <QMap>

#include <functional>

class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace foi::core {
class MatterService;
class ReviewLetterService;
} // namespace foi::core

namespace foi::ui {

class CommissionerPanel;
class FileChooser;

// After the reply: the case's whole life as a timeline (request, reply, internal reviews, the
// Information Commissioner, the tribunal) with every clock still running, and the internal
// review worked like the first decision: open one (checked for independence and dates by
// MatterService), decide each reviewed item with reasons, say what is now released, check and
// export the outcome letter, and record the review as decided. Complaints to the ICO are
// recorded here too, and worked in CommissionerPanel: its dates, decision notice and steps,
// appeals, and closing. Every change is an edit of the open case, undoable and saved like any
// other; the hold for retention follows the matters on each save.
class MattersStep : public WorkspaceStep
{
    Q_OBJECT
public:
    using AuthoritySource = std::function<core::Result<core::AuthorityProfile>()>;
    using Today = std::function<QDate()>;
    using Flush = std::function<void()>; // saves the open case now

    struct Dependencies
    {
        core::MatterService &matters;
        core::ReviewLetterService &letters;
        AuthoritySource authority;
        Today today;
        Flush flush;
        FileChooser &files; // where the outcome letter is saved
    };

    MattersStep(core::CaseDocument &document, Dependencies dependencies, QWidget *parent = nullptr);

    QString title() const override { return tr("After the reply"); }
    QString summary() const override;
    bool reveal(const QString &locator) override;
    void refresh() override;

private:
    void createWidgets();
    void layOut();
    void connectEdits();
    void refreshTimeline();
    void refreshReview();
    void showItem();
    QString standardComplaintRights(core::Regime regime);
    int reviewIndex() const;
    int itemIndex() const;
    void openReview();
    void recordComplaint();
    void exportLetter();
    void markDecided();
    void openRemedy();
    // Applies `change` to the chosen review of the open case.
    void editReview(const QString &description,
                    const std::function<void(core::InternalReview &)> &change,
                    const QString &mergeKey = {});

    Dependencies m_deps;
    bool m_refreshing = false;
    QMap<core::Regime, QString> m_standardRights;

    QTreeWidget *m_timeline = nullptr;
    QPushButton *m_openReviewButton = nullptr;
    QPushButton *m_complaintButton = nullptr;
    CommissionerPanel *m_icoPanel = nullptr;
    QGroupBox *m_reviewBox = nullptr;
    QComboBox *m_reviewCombo = nullptr;
    QLabel *m_reviewSummary = nullptr;
    QListWidget *m_itemList = nullptr;
    QComboBox *m_decisionCombo = nullptr;
    QPlainTextEdit *m_reasonsEdit = nullptr;
    QPlainTextEdit *m_releasedEdit = nullptr;
    QPlainTextEdit *m_rightsEdit = nullptr;
    QLabel *m_outcomeLabel = nullptr;
    QLabel *m_findingsLabel = nullptr;
    QDateEdit *m_decidedEdit = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_decidedButton = nullptr;
    QPushButton *m_remedyButton = nullptr;
};

} // namespace foi::ui
