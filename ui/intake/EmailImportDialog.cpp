#include "ui/intake/EmailImportDialog.h"

#include "ui/widgets/DateField.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace foi::ui {

EmailImportDialog::EmailImportDialog(const core::EmailIntakePlan &plan, int position, int count,
                                     QWidget *parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_position(position)
    , m_count(count)
{
    setObjectName(QStringLiteral("emailImportDialog"));
    setWindowTitle(tr("Import email"));
    createWidgets();
    layOut();
    showPlan();
}

void EmailImportDialog::createWidgets()
{
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("titleLabel"));
    m_titleLabel->setWordWrap(true);
    m_titleLabel->setTextFormat(Qt::PlainText);
    QFont bold = m_titleLabel->font();
    bold.setBold(true);
    m_titleLabel->setFont(bold);
    m_requesterLabel = new QLabel(this);
    m_requesterLabel->setObjectName(QStringLiteral("requesterLabel"));
    m_requesterLabel->setTextFormat(Qt::PlainText);
    m_requesterLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_receivedDateEdit = new DateField(this);
    m_receivedDateEdit->setObjectName(QStringLiteral("receivedDateEdit"));
    m_receiptSourceLabel = new QLabel(this);
    m_receiptSourceLabel->setObjectName(QStringLiteral("receiptSourceLabel"));
    m_receiptSourceLabel->setWordWrap(true);
    m_receiptSourceLabel->setTextFormat(Qt::PlainText);
    m_threadLabel = new QLabel(this);
    m_threadLabel->setObjectName(QStringLiteral("threadLabel"));
    m_threadLabel->setWordWrap(true);
    m_threadLabel->setTextFormat(Qt::PlainText);
    m_actionCombo = new QComboBox(this);
    m_actionCombo->setObjectName(QStringLiteral("actionCombo"));
    m_reviewerEdit = new QLineEdit(this);
    m_reviewerEdit->setObjectName(QStringLiteral("reviewerEdit"));
    m_reviewerEdit->setPlaceholderText(tr("Someone who took no part in the original reply"));
    m_requestTextView = new QPlainTextEdit(this);
    m_requestTextView->setObjectName(QStringLiteral("requestTextView"));
    m_requestTextView->setReadOnly(true);
    m_requestTextView->setMinimumHeight(120);
    m_questionsList = new QListWidget(this);
    m_questionsList->setObjectName(QStringLiteral("questionsList"));
    m_questionsList->setWordWrap(true);
    m_questionsList->setMaximumHeight(110);
    m_attachmentsList = new QListWidget(this);
    m_attachmentsList->setObjectName(QStringLiteral("attachmentsList"));
    m_attachmentsList->setMaximumHeight(90);
    m_warningsLabel = new QLabel(this);
    m_warningsLabel->setObjectName(QStringLiteral("warningsLabel"));
    m_warningsLabel->setWordWrap(true);
    m_warningsLabel->setTextFormat(Qt::PlainText);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("importButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_actionCombo, &QComboBox::currentIndexChanged, this, &EmailImportDialog::actionChosen);
    connect(m_reviewerEdit, &QLineEdit::textChanged, this, &EmailImportDialog::actionChosen);
}

void EmailImportDialog::layOut()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("From:"), m_requesterLabel);
    form->addRow(tr("Date of &receipt:"), m_receivedDateEdit);
    // The explanations run the whole width, so that they wrap without being cut.
    form->addRow(m_receiptSourceLabel);
    form->addRow(m_threadLabel);
    form->addRow(tr("&What to do:"), m_actionCombo);
    m_reviewerLabel = new QLabel(tr("Re&viewer:"), this);
    m_reviewerLabel->setBuddy(m_reviewerEdit);
    form->addRow(m_reviewerLabel, m_reviewerEdit);
    form->addRow(tr("Message text:"), m_requestTextView);
    m_questionsLabel = new QLabel(tr("Questions:"), this);
    form->addRow(m_questionsLabel, m_questionsList);
    form->addRow(tr("Files kept:"), m_attachmentsList);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addLayout(form);
    layout->addWidget(m_warningsLabel);
    layout->addWidget(m_buttons);
    resize(720, 680);
}

QString EmailImportDialog::actionText(core::IntakeAction action, const QString &reference)
{
    switch (action) {
    case core::IntakeAction::NewCase:
        return tr("Make a new case (channel: email)");
    case core::IntakeAction::Correspondence:
        return tr("File with case %1 as correspondence").arg(reference);
    case core::IntakeAction::Clarification:
        return tr("Record as the clarification case %1 awaits (its clock restarts)").arg(reference);
    case core::IntakeAction::InternalReview:
        return tr("Open an internal review of case %1").arg(reference);
    }
    return {};
}

void EmailImportDialog::showPlan()
{
    const core::EmailIntakePlan &plan = m_plan;
    const QString subject =
        plan.message.subject.isEmpty() ? tr("(no subject)") : plan.message.subject;
    m_titleLabel->setText(m_count > 1 ? tr("Message %1 of %2: %3 (%4)")
                                            .arg(m_position)
                                            .arg(m_count)
                                            .arg(subject, plan.sourceName)
                                      : tr("%1 (%2)").arg(subject, plan.sourceName));
    const core::Requester &who = plan.requester;
    m_requesterLabel->setText(who.name.isEmpty() ? who.email
                                                 : tr("%1 <%2>").arg(who.name, who.email));
    m_receivedDateEdit->setDate(plan.dateOfReceipt.isValid() ? plan.dateOfReceipt
                                                             : QDate::fromJulianDay(0));
    m_receiptSourceLabel->setText(tr("The message %1.").arg(plan.receiptExplanation));
    m_threadLabel->setText(
        plan.threadReference.isEmpty()
            ? tr("No case in the store: this looks like a new request.")
            : tr("Joins case %1: %2.").arg(plan.threadReference, plan.linkExplanation));
    for (const core::IntakeAction action : plan.allowed)
        m_actionCombo->addItem(actionText(action, plan.threadReference), int(action));
    m_actionCombo->setCurrentIndex(qMax(0, m_actionCombo->findData(int(plan.suggested))));
    m_requestTextView->setPlainText(plan.requestText);
    for (qsizetype i = 0; i < plan.questions.size(); ++i)
        m_questionsList->addItem(tr("Q%1. %2").arg(i + 1).arg(plan.questions.at(i)));
    if (plan.questions.isEmpty())
        m_questionsList->addItem(tr("None proposed: add them on the Questions step."));
    const QLocale locale;
    m_attachmentsList->addItem(
        tr("%1 (the message as received, %2)")
            .arg(plan.sourceName, locale.formattedDataSize(plan.raw.size())));
    for (const core::EmailAttachment &file : plan.attachments)
        m_attachmentsList->addItem(
            tr("%1 (%2)").arg(file.fileName, locale.formattedDataSize(file.content.size())));
    QStringList notes = plan.warnings;
    if (plan.textFromHtml)
        notes.prepend(tr("The message had only HTML: its text was taken from it."));
    if (!plan.dissatisfactionPhrase.isEmpty())
        notes.prepend(tr("The message says \"%1\": the requester may be asking for an internal "
                         "review.")
                          .arg(plan.dissatisfactionPhrase));
    m_warningsLabel->setText(notes.join(QLatin1Char('\n')));
    m_warningsLabel->setVisible(!notes.isEmpty());
    actionChosen();
}

void EmailImportDialog::actionChosen()
{
    const bool review = choice().action == core::IntakeAction::InternalReview;
    m_reviewerLabel->setVisible(review);
    m_reviewerEdit->setVisible(review);
    // Questions matter only to a new case; on a thread the message is kept as it is.
    const bool newCase = choice().action == core::IntakeAction::NewCase;
    m_questionsLabel->setVisible(newCase);
    m_questionsList->setVisible(newCase);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(m_actionCombo->count() > 0 &&
                     (!review || !m_reviewerEdit->text().trimmed().isEmpty()));
}

core::EmailIntakeChoice EmailImportDialog::choice() const
{
    core::EmailIntakeChoice choice;
    choice.action = static_cast<core::IntakeAction>(m_actionCombo->currentData().toInt());
    choice.reference =
        choice.action == core::IntakeAction::NewCase ? QString() : m_plan.threadReference;
    const QDate typed = m_receivedDateEdit->date();
    choice.dateOfReceipt = typed == m_receivedDateEdit->minimumDate() ? QDate() : typed;
    choice.reviewer = m_reviewerEdit->text().trimmed();
    return choice;
}

} // namespace foi::ui
