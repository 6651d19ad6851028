#pragma once

#include "core/model/CommissionerMatter.h"

#include <QDialog>
#include <QStringList>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;

namespace foi::ui {

// The dialogs that record what the Information Commissioner and the tribunal did on a
// complaint: a date the ICO set (its letter or an s51 information notice), a decision notice
// with its steps, an appeal against it, how the appeal ended, and a plain date (a step done, the
// matter closed). Each one hands what was typed to `tryApply`, which checks it with
// MatterService and returns what is wrong, or nothing: the dialog closes only then, and shows
// the message otherwise without losing what was typed.

// A date the ICO set in a letter or an s51 information notice: typed in, never computed.
class IcoDeadlineDialog : public QDialog
{
    Q_OBJECT
public:
    using Apply = std::function<QString(const QString &what, const QDate &due)>;
    IcoDeadlineDialog(const QDate &today, Apply tryApply, QWidget *parent = nullptr);
    void accept() override;

private:
    QLineEdit *m_what = nullptr;
    QDateEdit *m_due = nullptr;
    QLabel *m_problem = nullptr;
    Apply m_tryApply;
};

// An ICO decision notice (FOIA s50(3)(b)): its reference, date, what it decided of the
// complaint, and each step it orders with its kind.
class DecisionNoticeDialog : public QDialog
{
    Q_OBJECT
public:
    using Apply = std::function<QString(const core::DecisionNotice &)>;
    DecisionNoticeDialog(const QDate &today, const QString &icoReference, Apply tryApply,
                         QWidget *parent = nullptr);
    core::DecisionNotice notice() const;
    void accept() override;

private:
    void addStep();

    QLineEdit *m_reference = nullptr;
    QDateEdit *m_dated = nullptr;
    QComboBox *m_outcome = nullptr;
    QComboBox *m_stepKind = nullptr;
    QLineEdit *m_stepText = nullptr;
    QListWidget *m_steps = nullptr;
    QList<core::DecisionNoticeStep> m_added;
    QLabel *m_problem = nullptr;
    Apply m_tryApply;
};

// An appeal to the First-tier Tribunal against the decision notice (FOIA s57), and the steps
// it affects: while it is pending they need not be taken (s50(6)).
class AppealDialog : public QDialog
{
    Q_OBJECT
public:
    using Apply = std::function<QString(const core::TribunalAppeal &)>;
    AppealDialog(const QDate &today, const QStringList &steps, Apply tryApply,
                 QWidget *parent = nullptr);
    core::TribunalAppeal appeal() const;
    void accept() override;

private:
    QComboBox *m_appellant = nullptr;
    QDateEdit *m_lodged = nullptr;
    QLineEdit *m_reference = nullptr;
    QListWidget *m_steps = nullptr;
    QLabel *m_problem = nullptr;
    Apply m_tryApply;
};

// How the pending appeal ended, and the date the steps it suspended are due from then.
class AppealEndDialog : public QDialog
{
    Q_OBJECT
public:
    using Apply = std::function<QString(core::AppealDetermination, const QDate &ended,
                                        const QDate &stepsDue)>;
    AppealEndDialog(const QDate &today, Apply tryApply, QWidget *parent = nullptr);
    void accept() override;

private:
    QComboBox *m_determination = nullptr;
    QDateEdit *m_ended = nullptr;
    QDateEdit *m_stepsDue = nullptr;
    QLabel *m_problem = nullptr;
    Apply m_tryApply;
};

// One date: the day a step was done, or the day a matter closed.
class MatterDateDialog : public QDialog
{
    Q_OBJECT
public:
    using Apply = std::function<QString(const QDate &)>;
    struct Wording
    {
        QString title;
        QString explanation;
        QString label;
        QString okText;
    };
    MatterDateDialog(const QDate &today, const Wording &wording, Apply tryApply,
                     QWidget *parent = nullptr);
    void accept() override;

private:
    QDateEdit *m_date = nullptr;
    QLabel *m_problem = nullptr;
    Apply m_tryApply;
};

} // namespace foi::ui
