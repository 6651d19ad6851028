#include "ui/workspace/CaseLifecycleDialog.h"

#include "ui/widgets/DateField.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace foi::ui {

CaseLifecycleDialog::CaseLifecycleDialog(const QString &title, const QString &explanation,
                                         const QString &confirmText, AskDay askDay,
                                         const QDate &today, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("caseLifecycleDialog"));
    setWindowTitle(title);
    auto *intro = new QLabel(explanation, this);
    intro->setObjectName(QStringLiteral("lifecycleExplanationLabel"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    auto *form = new QFormLayout;
    if (askDay == AskDay::Yes) {
        m_dayField = new DateField(today, this);
        m_dayField->setObjectName(QStringLiteral("lifecycleDayEdit"));
        m_dayField->setMaximumDate(today);
        form->addRow(tr("&On:"), m_dayField);
    }
    m_reasonEdit = new QPlainTextEdit(this);
    m_reasonEdit->setObjectName(QStringLiteral("lifecycleReasonEdit"));
    m_reasonEdit->setTabChangesFocus(true);
    m_reasonEdit->setAccessibleName(tr("Reason"));
    m_reasonEdit->setMaximumHeight(m_reasonEdit->fontMetrics().lineSpacing() * 5 + 12);
    form->addRow(tr("&Reason:"), m_reasonEdit);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_confirm = buttons->button(QDialogButtonBox::Ok);
    m_confirm->setText(confirmText);
    m_confirm->setObjectName(QStringLiteral("lifecycleConfirmButton"));
    m_confirm->setEnabled(false);
    connect(m_reasonEdit, &QPlainTextEdit::textChanged, this,
            [this] { m_confirm->setEnabled(!reason().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!reason().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The reason box takes Return for new lines; Ctrl+Return confirms from anywhere.
    auto *confirm = new QAction(this);
    confirm->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    connect(confirm, &QAction::triggered, buttons, &QDialogButtonBox::accepted);
    addAction(confirm);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
    m_reasonEdit->setFocus();
}

QString CaseLifecycleDialog::reason() const
{
    return m_reasonEdit->toPlainText().trimmed();
}

QDate CaseLifecycleDialog::day() const
{
    return m_dayField ? m_dayField->date() : QDate();
}

} // namespace foi::ui
