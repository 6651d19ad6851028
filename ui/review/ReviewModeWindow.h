#pragma once

#include "review/ReviewBundle.h"
#include "review/ReviewResponse.h"

#include <QHash>
#include <QWidget>

class QPlainTextEdit;
class QPushButton;

namespace foi::ui {

// The reviewer's read-only view of one review bundle, in a window of its own: it needs no store,
// so it works on any machine. It shows who signed the bundle, the whole case, the draft reply,
// the checker's findings and the case's audit rows, with a comment box for the case, for each
// question and for each claim. Approve and Return announce the reviewer's answer; writing the
// signed response is the caller's (ReviewActions).
class ReviewModeWindow : public QWidget
{
    Q_OBJECT
public:
    ReviewModeWindow(core::ReviewBundle bundle, const QString &signerStanding,
                     QWidget *parent = nullptr);

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

    core::ReviewBundle m_bundle;
    QPlainTextEdit *m_overallComment = nullptr;
    QHash<QString, QPlainTextEdit *> m_questionComments;
    QList<QPlainTextEdit *> m_claimComments;
    QPushButton *m_approveButton = nullptr;
    QPushButton *m_returnButton = nullptr;
};

} // namespace foi::ui
