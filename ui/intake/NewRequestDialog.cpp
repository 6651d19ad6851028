#include "ui/intake/NewRequestDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace foi::ui {

NewRequestDialog::NewRequestDialog(const QString &offered, Check check, QWidget *parent)
    : QDialog(parent)
    , m_check(std::move(check))
{
    setObjectName(QStringLiteral("newRequestDialog"));
    setWindowTitle(tr("New request"));
    m_referenceEdit = new QLineEdit(offered, this);
    m_referenceEdit->setObjectName(QStringLiteral("newReferenceEdit"));
    m_referenceEdit->setAccessibleName(tr("Reference"));
    m_referenceEdit->setAccessibleDescription(
        tr("The next free reference is offered; type the authority's own instead if it has one"));
    m_titleEdit = new QLineEdit(this);
    m_titleEdit->setObjectName(QStringLiteral("newTitleEdit"));
    m_titleEdit->setAccessibleName(tr("Title"));
    m_titleEdit->setPlaceholderText(
        tr("What the request is about, e.g. Use of drones at protests"));
    m_titleEdit->setMaxLength(200);
    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(QStringLiteral("newReferenceProblemLabel"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextFormat(Qt::PlainText);
    m_problemLabel->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("&Reference:"), m_referenceEdit);
    form->addRow(QString(), m_problemLabel);
    form->addRow(tr("&Title:"), m_titleEdit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_logButton = buttons->button(QDialogButtonBox::Ok);
    m_logButton->setText(tr("&Log request"));
    m_logButton->setObjectName(QStringLiteral("logRequestButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_logButton->isEnabled())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_referenceEdit, &QLineEdit::textChanged, this, &NewRequestDialog::recheck);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
    recheck();
    m_titleEdit->setFocus();
}

void NewRequestDialog::recheck()
{
    const core::Status allowed = m_check(m_referenceEdit->text());
    m_logButton->setEnabled(allowed.ok());
    m_problemLabel->setVisible(!allowed.ok());
    m_problemLabel->setText(allowed ? QString() : allowed.error().message);
    m_referenceEdit->setToolTip(allowed ? QString() : allowed.error().message);
    // Tall enough for the reason, however many lines it wraps to at this width.
    if (QLayout *column = layout()) {
        column->activate();
        const int needed = column->hasHeightForWidth() ? column->totalHeightForWidth(width())
                                                       : column->totalSizeHint().height();
        if (height() < needed)
            resize(width(), needed);
    }
}

QString NewRequestDialog::reference() const
{
    return m_referenceEdit->text();
}

QString NewRequestDialog::title() const
{
    return m_titleEdit->text().trimmed();
}

} // namespace foi::ui
