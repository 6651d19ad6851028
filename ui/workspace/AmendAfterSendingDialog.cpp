#include "ui/workspace/AmendAfterSendingDialog.h"

#include "ui/widgets/Labels.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace foi::ui {

AmendAfterSendingDialog::AmendAfterSendingDialog(const QString &reference,
                                                 const core::SentLetter &sent, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("amendAfterSendingDialog"));
    setWindowTitle(tr("Amend %1 after sending").arg(reference));
    auto *intro = new QLabel(
        tr("Reply version %1 was sent on %2. Changing its decision now needs a reason: it is "
           "kept in the case's history, and the correction letter you then send explains it to "
           "the requester and says what changed.")
            .arg(sent.version)
            .arg(Labels::date(sent.sentOn)),
        this);
    intro->setWordWrap(true);
    m_sentView = new QPlainTextEdit(this);
    m_sentView->setObjectName(QStringLiteral("sentLetterView"));
    m_sentView->setReadOnly(true);
    m_sentView->setTabChangesFocus(true);
    m_sentView->setAccessibleName(tr("What the letter sent said"));
    m_sentView->setPlainText(sent.decision.join(QStringLiteral("\n\n")));
    m_reasonEdit = new QPlainTextEdit(this);
    m_reasonEdit->setObjectName(QStringLiteral("amendmentReasonEdit"));
    m_reasonEdit->setTabChangesFocus(true);
    m_reasonEdit->setAccessibleName(tr("Why the decision is changed"));
    m_reasonEdit->setPlaceholderText(
        tr("For example: a further search found the records held in the archive"));
    m_reasonEdit->setMaximumHeight(m_reasonEdit->fontMetrics().lineSpacing() * 5 + 12);
    auto *sentLabel = new QLabel(tr("What the letter &sent said:"), this);
    sentLabel->setBuddy(m_sentView);
    auto *reasonLabel = new QLabel(tr("&Why the decision changes:"), this);
    reasonLabel->setBuddy(m_reasonEdit);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *amend = m_buttons->button(QDialogButtonBox::Ok);
    amend->setText(tr("&Amend after sending"));
    amend->setObjectName(QStringLiteral("amendButton"));
    amend->setEnabled(false);
    connect(m_reasonEdit, &QPlainTextEdit::textChanged, this,
            [this, amend] { amend->setEnabled(!reason().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!reason().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The reason box takes Return for new lines; Ctrl+Return amends from anywhere.
    auto *confirm = new QAction(this);
    confirm->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    connect(confirm, &QAction::triggered, m_buttons, &QDialogButtonBox::accepted);
    addAction(confirm);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(sentLabel);
    layout->addWidget(m_sentView, 1);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reasonEdit);
    layout->addWidget(m_buttons);
    resize(640, 480);
    m_reasonEdit->setFocus();
}

QString AmendAfterSendingDialog::reason() const
{
    return m_reasonEdit->toPlainText().trimmed();
}

} // namespace foi::ui
