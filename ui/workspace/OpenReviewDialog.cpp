#include "ui/workspace/OpenReviewDialog.h"

#include "ui/workspace/MatterDialogParts.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace foi::ui {

using matterdialog::buttons;
using matterdialog::dateField;
using matterdialog::problemLabel;

OpenReviewDialog::OpenReviewDialog(const QDate &today, Apply tryApply, QWidget *parent)
    : QDialog(parent)
    , m_tryApply(std::move(tryApply))
{
    setObjectName(QStringLiteral("openReviewDialog"));
    setWindowTitle(tr("Open an internal review"));
    m_received = dateField(today, QStringLiteral("reviewReceived"), this);
    m_reviewer = new QLineEdit(this);
    m_reviewer->setObjectName(QStringLiteral("reviewReviewer"));
    m_reviewer->setPlaceholderText(tr("Someone who took no part in the original decision"));
    m_exceptional = new QCheckBox(tr("&Exceptional circumstances: 40 working days"), this);
    m_exceptional->setObjectName(QStringLiteral("reviewExceptional"));
    m_exceptionalReason = new QLineEdit(this);
    m_exceptionalReason->setObjectName(QStringLiteral("reviewExceptionalReason"));
    m_exceptionalReason->setEnabled(false);
    connect(m_exceptional, &QCheckBox::toggled, m_exceptionalReason, &QWidget::setEnabled);
    m_override = new QLineEdit(this);
    m_override->setObjectName(QStringLiteral("reviewIndependenceOverride"));
    m_override->setPlaceholderText(tr("Only if the reviewer took part in the original reply"));
    m_problem = problemLabel(this);

    auto *intro = new QLabel(tr("A review decides afresh, as at the date of the request, within "
                                "20 working days of receiving the request for review (s45 Code "
                                "of Practice; EIR reg 11: 40 days, no extension)."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Request for review &received:"), m_received);
    form->addRow(tr("Re&viewer:"), m_reviewer);
    form->addRow(QString(), m_exceptional);
    form->addRow(tr("&Why 40 days:"), m_exceptionalReason);
    form->addRow(tr("Why this reviewer &may decide:"), m_override);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons(this, tr("Open review")));
    resize(560, sizeHint().height());
}

core::InternalReviewRequest OpenReviewDialog::request() const
{
    core::InternalReviewRequest request;
    request.received = m_received->date();
    request.reviewer = m_reviewer->text().trimmed();
    request.exceptionalCircumstances = m_exceptional->isChecked();
    request.exceptionalReason = m_exceptionalReason->text().trimmed();
    request.independenceOverride = m_override->text().trimmed();
    return request;
}

void OpenReviewDialog::accept()
{
    const QString problem = m_tryApply(request());
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        return;
    }
    QDialog::accept();
}

IcoComplaintDialog::IcoComplaintDialog(const QDate &today, Apply tryApply, QWidget *parent)
    : QDialog(parent)
    , m_tryApply(std::move(tryApply))
{
    setObjectName(QStringLiteral("icoComplaintDialog"));
    setWindowTitle(tr("Record a complaint to the Information Commissioner"));
    m_received = dateField(today, QStringLiteral("icoReceived"), this);
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("icoReference"));
    m_reference->setPlaceholderText(tr("IC-123456-A1B2, if the ICO has given one"));
    m_officer = new QLineEdit(this);
    m_officer->setObjectName(QStringLiteral("icoCaseOfficer"));
    m_asked = new QLineEdit(this);
    m_asked->setObjectName(QStringLiteral("icoWhatAsked"));
    m_problem = problemLabel(this);
    auto *form = new QFormLayout;
    form->addRow(tr("ICO's letter &received:"), m_received);
    form->addRow(tr("ICO &reference:"), m_reference);
    form->addRow(tr("ICO case &officer:"), m_officer);
    form->addRow(tr("What the ICO &asks:"), m_asked);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons(this, tr("Record complaint")));
    resize(560, sizeHint().height());
}

core::CommissionerComplaint IcoComplaintDialog::complaint() const
{
    core::CommissionerComplaint complaint;
    complaint.received = m_received->date();
    complaint.icoReference = m_reference->text().trimmed();
    complaint.icoCaseOfficer = m_officer->text().trimmed();
    complaint.whatAsked = m_asked->text().trimmed();
    return complaint;
}

void IcoComplaintDialog::accept()
{
    const QString problem = m_tryApply(complaint());
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace foi::ui
