#pragma once

#include "core/services/MatterService.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace foi::ui {

// Asks what an internal review needs when a requester asks for one: the day the request for
// review arrived (its clock counts from then, not from today), who reviews, and, when they must,
// why a reviewer who took part may decide and why 40 working days are needed. The workspace
// checks the answer with MatterService and shows its message here without closing.
class OpenReviewDialog : public QDialog
{
    Q_OBJECT
public:
    // `tryApply` records what was typed and returns what is wrong, or nothing: the dialog
    // closes only then.
    using Apply = std::function<QString(const core::InternalReviewRequest &)>;
    OpenReviewDialog(const QDate &today, Apply tryApply, QWidget *parent = nullptr);

    core::InternalReviewRequest request() const;
    void accept() override;

private:
    QDateEdit *m_received = nullptr;
    QLineEdit *m_reviewer = nullptr;
    QCheckBox *m_exceptional = nullptr;
    QLineEdit *m_exceptionalReason = nullptr;
    QLineEdit *m_override = nullptr;
    QLabel *m_problem = nullptr;
    Apply m_tryApply;
};

// The ICO's first letter about a complaint (FOIA s50): when it arrived, the ICO's reference and
// case officer, and what it asks of us.
class IcoComplaintDialog : public QDialog
{
    Q_OBJECT
public:
    // `tryApply` records what was typed and returns what is wrong, or nothing: the dialog
    // closes only then.
    using Apply = std::function<QString(const core::CommissionerComplaint &)>;
    IcoComplaintDialog(const QDate &today, Apply tryApply, QWidget *parent = nullptr);

    core::CommissionerComplaint complaint() const;
    void accept() override;

private:
    QDateEdit *m_received = nullptr;
    QLineEdit *m_reference = nullptr;
    QLineEdit *m_officer = nullptr;
    QLineEdit *m_asked = nullptr;
    QLabel *m_problem = nullptr;
    Apply m_tryApply;
};

} // namespace foi::ui
