#pragma once

#include "core/services/EmailIntake.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace foi::ui {

class DateField;

// The preview of one email before anything is saved: who it is from, the date of receipt and
// where it came from (the officer may correct it), which case's thread it joins and how that was
// found, what to do with it (a new case, correspondence, the awaited clarification, an internal
// review with its reviewer), the request text with its proposed questions, and the files that
// will be kept. It decides nothing itself: choice() is what the officer chose, for the caller
// to hand to EmailIntakeService::apply.
class EmailImportDialog : public QDialog
{
    Q_OBJECT
public:
    // `position` and `count` say which message of several this is ("2 of 3").
    EmailImportDialog(const core::EmailIntakePlan &plan, int position, int count,
                      QWidget *parent = nullptr);

    core::EmailIntakeChoice choice() const;

private:
    void createWidgets();
    void layOut();
    void showPlan();
    void actionChosen();
    static QString actionText(core::IntakeAction action, const QString &reference);

    core::EmailIntakePlan m_plan;
    int m_position;
    int m_count;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_requesterLabel = nullptr;
    DateField *m_receivedDateEdit = nullptr;
    QLabel *m_receiptSourceLabel = nullptr;
    QLabel *m_threadLabel = nullptr;
    QComboBox *m_actionCombo = nullptr;
    QLabel *m_reviewerLabel = nullptr;
    QLineEdit *m_reviewerEdit = nullptr;
    QPlainTextEdit *m_requestTextView = nullptr;
    QLabel *m_questionsLabel = nullptr;
    QListWidget *m_questionsList = nullptr;
    QListWidget *m_attachmentsList = nullptr;
    QLabel *m_warningsLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace foi::ui
