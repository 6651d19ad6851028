#include "ui/settings/OfficerNameDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace foi::ui {

OfficerNameDialog::OfficerNameDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("officerNameDialog"));
    setWindowTitle(tr("Your name for the case history"));
    auto *intro = new QLabel(
        tr("Every change to a case is recorded with the name of the officer who made it, for an "
           "internal review or the Information Commissioner to read later. Type your name as it "
           "should appear there. You can change it in Settings (Ctrl+,)."),
        this);
    intro->setWordWrap(true);
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("firstRunOfficerNameEdit"));
    m_nameEdit->setAccessibleName(tr("Your name"));
    m_nameEdit->setPlaceholderText(tr("e.g. Sam Jones"));
    m_roleEdit = new QLineEdit(this);
    m_roleEdit->setObjectName(QStringLiteral("firstRunOfficerRoleEdit"));
    m_roleEdit->setAccessibleName(tr("Your role (optional)"));
    m_roleEdit->setPlaceholderText(tr("Optional, e.g. Disclosure Officer"));
    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(QStringLiteral("officerNameProblemLabel"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextFormat(Qt::PlainText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_continueButton = buttons->button(QDialogButtonBox::Ok);
    m_continueButton->setObjectName(QStringLiteral("officerNameContinueButton"));
    m_continueButton->setText(tr("&Continue"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_nameEdit, &QLineEdit::textChanged, this, &OfficerNameDialog::check);

    auto *form = new QFormLayout;
    form->addRow(tr("Your &name:"), m_nameEdit);
    form->addRow(tr("Your &role:"), m_roleEdit);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problemLabel);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    check();
}

QString OfficerNameDialog::officerName() const
{
    return m_nameEdit->text().simplified();
}

QString OfficerNameDialog::officerRole() const
{
    return m_roleEdit->text().simplified();
}

QString OfficerNameDialog::problemWith(const QString &name)
{
    const QString simplified = name.simplified();
    if (simplified.isEmpty())
        return tr("Type your name to continue.");
    static const QStringList generic{QStringLiteral("officer"),       QStringLiteral("foi officer"),
                                     QStringLiteral("user"),          QStringLiteral("admin"),
                                     QStringLiteral("administrator"), QStringLiteral("test")};
    if (generic.contains(simplified.toLower()))
        return tr("\"%1\" does not say who you are: type your own name, as the case history "
                  "should show it.")
            .arg(simplified);
    return {};
}

void OfficerNameDialog::check()
{
    const QString problem = problemWith(m_nameEdit->text());
    // Nothing typed yet is not a mistake: only a generic word is said.
    m_problemLabel->setText(m_nameEdit->text().trimmed().isEmpty() ? QString() : problem);
    m_problemLabel->setVisible(!m_problemLabel->text().isEmpty());
    m_continueButton->setEnabled(problem.isEmpty());
}

} // namespace foi::ui
