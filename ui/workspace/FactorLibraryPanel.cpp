#include "ui/workspace/FactorLibraryPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace foi::ui {

FactorLibraryPanel::FactorLibraryPanel(core::PublicInterestLibrary &library, QWidget *parent)
    : QGroupBox(tr("Paragraph library"), parent)
    , m_library(library)
{
    setObjectName(QStringLiteral("factorLibraryPanel"));
    createWidgets();
    layOut();
    showProblem(m_library.ownProblem());
    fill();
}

void FactorLibraryPanel::createWidgets()
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("factorLibraryList"));
    m_list->setAccessibleName(tr("Reusable factors for this claim"));
    m_list->setAccessibleDescription(
        tr("Factors that suit the claim's provision; insert one into either column"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(QStringLiteral("factorLibraryProblemLabel"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->hide();
    m_insertForButton = new QPushButton(tr("Insert fo&r"), this);
    m_insertForButton->setObjectName(QStringLiteral("insertFactorForButton"));
    m_insertForButton->setAccessibleName(tr("Insert into the column favouring disclosure"));
    m_insertAgainstButton = new QPushButton(tr("Insert a&gainst"), this);
    m_insertAgainstButton->setObjectName(QStringLiteral("insertFactorAgainstButton"));
    m_insertAgainstButton->setAccessibleName(tr("Insert into the column favouring the exemption"));
    m_addOwnButton = new QPushButton(tr("Add your o&wn…"), this);
    m_addOwnButton->setObjectName(QStringLiteral("addOwnFactorButton"));
    m_addOwnButton->setAccessibleName(tr("Add a factor of your own to the library"));
    connect(m_insertForButton, &QPushButton::clicked, this,
            [this] { insertCurrent(core::FactorSide::Disclosure); });
    connect(m_insertAgainstButton, &QPushButton::clicked, this,
            [this] { insertCurrent(core::FactorSide::Exemption); });
    connect(m_list, &QListWidget::itemActivated, this, [this] {
        const int row = m_list->currentRow();
        if (row >= 0 && row < m_shown.size())
            insertCurrent(m_shown.at(row).favours);
    });
    connect(m_addOwnButton, &QPushButton::clicked, this, &FactorLibraryPanel::addOwnFactor);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_insertForButton->setEnabled(row >= 0);
        m_insertAgainstButton->setEnabled(row >= 0);
    });
}

void FactorLibraryPanel::layOut()
{
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_insertForButton);
    buttons->addWidget(m_insertAgainstButton);
    buttons->addStretch();
    buttons->addWidget(m_addOwnButton);
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problemLabel);
    layout->addLayout(row, 1);
}

void FactorLibraryPanel::showFor(const QString &provision, core::Duty duty)
{
    if (provision == m_provision && duty == m_duty && m_list->count() > 0)
        return;
    m_provision = provision;
    m_duty = duty;
    fill();
}

void FactorLibraryPanel::fill()
{
    m_shown = !m_provision.isEmpty()
                  ? m_library.factorsFor(m_provision, m_duty, core::FactorSide::Disclosure) +
                        m_library.factorsFor(m_provision, m_duty, core::FactorSide::Exemption)
                  : QList<core::PublicInterestFactor>{};
    m_list->clear();
    for (const core::PublicInterestFactor &factor : std::as_const(m_shown)) {
        const QString side =
            factor.favours == core::FactorSide::Disclosure ? tr("For") : tr("Against");
        auto *item = new QListWidgetItem(tr("%1: %2").arg(side, factor.text), m_list);
        item->setToolTip(factor.own ? tr("Your own factor · relates to %1").arg(factor.relatesTo)
                                    : tr("Relates to %1").arg(factor.relatesTo));
        item->setData(Qt::AccessibleDescriptionRole, item->toolTip());
    }
    const bool usable = !m_provision.isEmpty();
    m_list->setEnabled(usable);
    m_addOwnButton->setEnabled(usable && m_library.ownProblem().isEmpty());
    m_insertForButton->setEnabled(usable && m_list->currentRow() >= 0);
    m_insertAgainstButton->setEnabled(usable && m_list->currentRow() >= 0);
}

void FactorLibraryPanel::insertCurrent(core::FactorSide column)
{
    const int row = m_list->currentRow();
    if (row >= 0 && row < m_shown.size())
        emit insertRequested(column, m_shown.at(row).text);
}

void FactorLibraryPanel::addOwnFactor()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("ownFactorDialog"));
    dialog.setWindowTitle(tr("Add your own factor"));
    auto *text = new QPlainTextEdit(&dialog);
    text->setObjectName(QStringLiteral("ownFactorTextEdit"));
    text->setAccessibleName(tr("The factor, in your words"));
    text->setTabChangesFocus(true);
    auto *side = new QComboBox(&dialog);
    side->setObjectName(QStringLiteral("ownFactorSideCombo"));
    side->setAccessibleName(tr("Which side it favours"));
    side->addItem(tr("Favours disclosure (or confirming or denying)"),
                  static_cast<int>(core::FactorSide::Disclosure));
    side->addItem(tr("Favours the exemption"), static_cast<int>(core::FactorSide::Exemption));
    auto *onlyHere =
        new QCheckBox(tr("Offer it only for claims under %1").arg(m_provision), &dialog);
    onlyHere->setObjectName(QStringLiteral("ownFactorOnlyHereCheckBox"));
    onlyHere->setChecked(true);
    auto *buttons =
        new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Factor:"), text);
    form->addRow(tr("&Favours:"), side);
    form->addRow(onlyHere);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    core::PublicInterestFactor factor;
    factor.text = text->toPlainText();
    factor.favours = static_cast<core::FactorSide>(side->currentData().toInt());
    if (onlyHere->isChecked())
        factor.provisions = {m_provision};
    factor.relatesTo = onlyHere->isChecked() ? m_provision : tr("any qualified exemption");
    if (core::Status added = m_library.addOwn(factor); !added) {
        showProblem(added.error().message);
        return;
    }
    showProblem(QString());
    fill();
}

void FactorLibraryPanel::showProblem(const QString &problem)
{
    m_problemLabel->setText(problem);
    m_problemLabel->setVisible(!problem.isEmpty());
}

} // namespace foi::ui
