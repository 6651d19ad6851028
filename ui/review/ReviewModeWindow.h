#pragma once

#include "core/model/ReviewRecords.h"
#include "core/review/ReviewBundle.h"
#include "core/review/ReviewResponse.h"

#include <QHash>
#include <QWidget>

class QPlainTextEdit;
class QScrollArea;
class QPushButton;

namespace foi::ui {

// The reviewer's read-only view of one review bundle, in a window of its own: it needs no store,
// so it works on any machine. It shows who signed the bundle, the whole case (each claim with
// its harm and public-interest factors), the draft reply, the checker's findings and the case's
// audit rows, with a comment box for the case, for each question and for each claim. Approve
// and Return announce the reviewer's answer; writing the signed response is the caller's
// (ReviewActions). A bundle signed with the reviewer's own key offers no Approve: the window
// says that a second officer must approve it. The keyboard works as in a dialog: Tab moves
// between the boxes (never types a tab), the focused box scrolls into view, Esc, Ctrl+W and the
// Close button close the window. A bundle of a case the reviewer reviewed before shows what changed
// since, in plain words and field by field, and warns when it is the very version they returned.
class ReviewModeWindow : public QWidget
{
    Q_OBJECT
public:
    enum class Signer { Colleague, You };

    // `earlier`: the reviews this reviewer gave of the same case before (their own log), to
    // show what changed since the last one and to warn before approving a version they returned.
    ReviewModeWindow(core::ReviewBundle bundle, const QString &signerStanding, Signer signer,
                     const QList<core::ReviewGivenRecord> &earlier, QWidget *parent = nullptr);

    const core::ReviewBundle &bundle() const { return m_bundle; }
    // The reviewer's answer as the boxes hold it now.
    core::ReviewResponse answer(core::ReviewResponse::Decision decision) const;

signals:
    void decided(const core::ReviewResponse &answer);

private:
    QWidget *header(const QString &signerStanding);
    QWidget *casePage();
    QWidget *findingsPage();
    QWidget *auditPage();
    QWidget *decisionBar();
    QPlainTextEdit *commentBox(const QString &objectName, const QString &accessibleName);
    QWidget *claimBox(qsizetype index, QWidget *parent);
    QWidget *changesPage(const core::ReviewGivenRecord &last);
    void installKeys();

    core::ReviewBundle m_bundle;
    Signer m_signer = Signer::Colleague;
    QList<core::ReviewGivenRecord> m_earlier;
    QScrollArea *m_caseScroll = nullptr;
    QPlainTextEdit *m_overallComment = nullptr;
    QHash<QString, QPlainTextEdit *> m_questionComments;
    QList<QPlainTextEdit *> m_claimComments;
    QPushButton *m_approveButton = nullptr;
    QPushButton *m_returnButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace foi::ui
