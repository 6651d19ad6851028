#include "ui/workspace/PublicInterestStep.h"

#include "core/law/ExemptionCatalogue.h"
#include "core/services/CaseDocument.h"
#include "ui/widgets/ClaimChooser.h"
#include "ui/widgets/FieldSync.h"
#include "ui/widgets/Labels.h"
#include "ui/widgets/TextListEditor.h"
#include "ui/workspace/FactorLibraryPanel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace foi::ui {

using core::Case;

PublicInterestStep::PublicInterestStep(core::CaseDocument &document,
                                       const core::ExemptionCatalogue &catalogue,
                                       core::PublicInterestLibrary &library, QWidget *parent)
    : WorkspaceStep(document, parent)
    , m_catalogue(catalogue)
{
    setObjectName(QStringLiteral("publicInterestStep"));
    createWidgets(library);
    layOut();
    connectEdits();
}

void PublicInterestStep::createWidgets(core::PublicInterestLibrary &library)
{
    m_claimCombo = new ClaimChooser(
        m_catalogue, [](const core::Provision &p) { return p.isQualified(); }, this);
    m_claimCombo->setObjectName(QStringLiteral("pitClaimCombo"));
    m_claimCombo->setAccessibleName(tr("Qualified claim"));
    m_dutyLabel = new QLabel(this);
    m_dutyLabel->setObjectName(QStringLiteral("pitDutyLabel"));
    m_dutyLabel->setWordWrap(true);
    m_favouringDisclosure = new TextListEditor(QStringLiteral("favouringDisclosure"),
                                               tr("Factors favouring disclosure"), this);
    m_favouringExemption = new TextListEditor(QStringLiteral("favouringExemption"),
                                              tr("Factors favouring the exemption"), this);
    m_balanceEdit = new QPlainTextEdit(this);
    m_balanceEdit->setObjectName(QStringLiteral("balanceEdit"));
    m_balanceEdit->setAccessibleName(tr("Balance"));
    m_balanceEdit->setTabChangesFocus(true);
    m_balanceEdit->setPlaceholderText(tr("Weigh the factors against each other and say why one "
                                         "side outweighs the other."));
    m_conclusionCombo = new QComboBox(this);
    m_conclusionCombo->setObjectName(QStringLiteral("conclusionCombo"));
    m_conclusionCombo->setAccessibleName(tr("Conclusion"));
    Labels::fill(
        m_conclusionCombo,
        QList<core::PublicInterestConclusion>{core::PublicInterestConclusion::Undecided,
                                              core::PublicInterestConclusion::MaintainExemption,
                                              core::PublicInterestConclusion::Disclose},
        &Labels::conclusion);
    m_library = new FactorLibraryPanel(library, this);
}

void PublicInterestStep::layOut()
{
    m_forBox = new QGroupBox(this);
    (new QVBoxLayout(m_forBox))->addWidget(m_favouringDisclosure);
    m_againstBox = new QGroupBox(tr("Favouring the exemption"), this);
    (new QVBoxLayout(m_againstBox))->addWidget(m_favouringExemption);
    auto *columns = new QHBoxLayout;
    columns->addWidget(m_forBox);
    columns->addWidget(m_againstBox);

    auto *top = new QFormLayout;
    top->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    top->addRow(tr("Clai&m:"), m_claimCombo);
    top->addRow(m_dutyLabel);
    auto *bottom = new QFormLayout;
    bottom->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_balanceEdit->setMaximumHeight(m_balanceEdit->fontMetrics().lineSpacing() * 5 + 12);
    bottom->addRow(tr("&Balance:"), m_balanceEdit);
    bottom->addRow(tr("C&onclusion:"), m_conclusionCombo);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(columns, 3);
    layout->addWidget(m_library, 2);
    layout->addLayout(bottom);
}

void PublicInterestStep::connectEdits()
{
    connect(m_claimCombo, &QComboBox::currentIndexChanged, this, [this] {
        document().endMerge();
        refresh();
    });
    connect(m_favouringDisclosure, &TextListEditor::entriesEdited, this,
            [this](const QStringList &entries) {
                editTest(
                    tr("Edit the factors favouring disclosure"),
                    [entries](core::PublicInterestTest &t) { t.favouringDisclosure = entries; },
                    QStringLiteral("claims[%1].pit.for").arg(currentClaim()));
            });
    connect(m_favouringExemption, &TextListEditor::entriesEdited, this,
            [this](const QStringList &entries) {
                editTest(
                    tr("Edit the factors favouring the exemption"),
                    [entries](core::PublicInterestTest &t) { t.favouringExemption = entries; },
                    QStringLiteral("claims[%1].pit.against").arg(currentClaim()));
            });
    connect(m_library, &FactorLibraryPanel::insertRequested, this,
            [this](core::FactorSide column, const QString &text) {
                document().endMerge();
                if (column == core::FactorSide::Disclosure)
                    editTest(tr("Insert a factor from the library"),
                             [text](core::PublicInterestTest &t) {
                                 t.favouringDisclosure.append(text);
                             });
                else
                    editTest(
                        tr("Insert a factor from the library"),
                        [text](core::PublicInterestTest &t) { t.favouringExemption.append(text); });
            });
    connect(m_balanceEdit, &QPlainTextEdit::textChanged, this, [this] {
        const QString text = m_balanceEdit->toPlainText();
        editTest(
            tr("Edit the balance"), [text](core::PublicInterestTest &t) { t.balance = text; },
            QStringLiteral("claims[%1].pit.balance").arg(currentClaim()));
    });
    connect(m_conclusionCombo, &QComboBox::activated, this, [this] {
        const auto conclusion =
            static_cast<core::PublicInterestConclusion>(m_conclusionCombo->currentData().toInt());
        editTest(tr("Conclude the public interest test"),
                 [conclusion](core::PublicInterestTest &t) { t.conclusion = conclusion; });
    });
}

int PublicInterestStep::currentClaim() const
{
    return m_claimCombo->currentClaim();
}

void PublicInterestStep::editTest(const QString &description,
                                  const std::function<void(core::PublicInterestTest &)> &change,
                                  const QString &mergeKey)
{
    const int row = currentClaim();
    document().edit(
        description,
        [row, &change](Case &c) {
            if (row < 0 || row >= c.claims.size())
                return;
            core::ExemptionClaim &claim = c.claims[row];
            if (!claim.publicInterest)
                claim.publicInterest = core::PublicInterestTest{};
            change(*claim.publicInterest);
        },
        mergeKey);
}

void PublicInterestStep::refresh()
{
    const Case &theCase = document().current();
    m_claimCombo->fill(theCase);
    const int row = currentClaim();
    const bool hasClaim = row >= 0;
    for (QWidget *field :
         {static_cast<QWidget *>(m_claimCombo), static_cast<QWidget *>(m_forBox),
          static_cast<QWidget *>(m_againstBox), static_cast<QWidget *>(m_balanceEdit),
          static_cast<QWidget *>(m_conclusionCombo), static_cast<QWidget *>(m_library)})
        field->setEnabled(hasClaim);
    const bool confirmOrDeny =
        hasClaim && theCase.claims.at(row).relieves == core::Duty::ConfirmOrDeny;
    m_library->showFor(hasClaim ? theCase.claims.at(row).provision : QString(),
                       hasClaim ? theCase.claims.at(row).relieves : core::Duty::Communicate);
    m_forBox->setTitle(confirmOrDeny ? tr("Favouring confirming or denying")
                                     : tr("Favouring disclosure"));
    m_favouringDisclosure->setAccessibleName(confirmOrDeny
                                                 ? tr("Factors favouring confirming or denying")
                                                 : tr("Factors favouring disclosure"));
    m_favouringExemption->setAccessibleName(
        confirmOrDeny ? tr("Factors favouring neither confirming nor denying")
                      : tr("Factors favouring the exemption"));
    const core::Duty duty = confirmOrDeny ? core::Duty::ConfirmOrDeny : core::Duty::Communicate;
    for (int i = 0; i < m_conclusionCombo->count(); ++i)
        m_conclusionCombo->setItemText(
            i, Labels::conclusionFor(static_cast<core::PublicInterestConclusion>(
                                         m_conclusionCombo->itemData(i).toInt()),
                                     duty));
    m_againstBox->setTitle(confirmOrDeny ? tr("Favouring neither confirming nor denying")
                                         : tr("Favouring the exemption"));
    m_dutyLabel->setText(!hasClaim ? tr("No qualified exemption is claimed: no public interest "
                                        "test is needed.")
                         : confirmOrDeny
                             ? tr("The test for the duty to confirm or deny (s2(1)(b)): does the "
                                  "public interest in neither confirming nor denying outweigh "
                                  "the public interest in saying whether it is held?")
                             : tr("The test for the duty to communicate (s2(2)(b)): does the "
                                  "public interest in withholding outweigh the public interest "
                                  "in disclosure?"));
    const core::PublicInterestTest test =
        hasClaim ? theCase.claims.at(row).publicInterest.value_or(core::PublicInterestTest{})
                 : core::PublicInterestTest{};
    m_favouringDisclosure->setEntries(test.favouringDisclosure);
    m_favouringExemption->setEntries(test.favouringExemption);
    FieldSync::setText(m_balanceEdit, test.balance);
    FieldSync::setData(m_conclusionCombo, static_cast<int>(test.conclusion));
}

QString PublicInterestStep::summary() const
{
    return tr("The public interest test for each qualified claim");
}

bool PublicInterestStep::reveal(const QString &locator)
{
    const int row = indexIn(locator, QStringLiteral("claims"));
    if (row < 0 || !locator.contains(QStringLiteral(".publicInterest")))
        return false;
    m_claimCombo->chooseClaim(row);
    if (locator.endsWith(QStringLiteral("conclusion")))
        focusLater(m_conclusionCombo);
    else if (locator.endsWith(QStringLiteral("balance")))
        focusLater(m_balanceEdit);
    else if (locator.contains(QStringLiteral("favouringExemption")))
        focusLater(m_favouringExemption);
    else
        focusLater(m_favouringDisclosure);
    return true;
}

} // namespace foi::ui
