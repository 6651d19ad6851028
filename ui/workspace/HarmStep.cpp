#include "workspace/HarmStep.h"

#include "law/ExemptionCatalogue.h"
#include "law/ProvisionTest.h"
#include "services/CaseDocument.h"
#include "widgets/ClaimChooser.h"
#include "widgets/FieldSync.h"
#include "widgets/Labels.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace foi::ui {

using core::Case;

namespace {
QPlainTextEdit *textArea(QWidget *parent, const QString &objectName, const QString &name,
                         const QString &placeholder)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(name);
    edit->setTabChangesFocus(true);
    edit->setPlaceholderText(placeholder);
    return edit;
}
} // namespace

HarmStep::HarmStep(core::CaseDocument &document, const core::ExemptionCatalogue &catalogue,
                   QWidget *parent)
    : WorkspaceStep(document, parent)
    , m_catalogue(catalogue)
{
    setObjectName(QStringLiteral("harmStep"));
    createWidgets();
    layOut();
    connectEdits();
}

void HarmStep::createWidgets()
{
    // Every exemption claim, so that one argued under the wrong test can be put right here.
    m_claimCombo = new ClaimChooser(
        m_catalogue,
        [](const core::Provision &p) {
            return p.kind == core::ProvisionKind::Exemption ||
                   p.kind == core::ProvisionKind::NcndExclusion;
        },
        this);
    m_claimCombo->setObjectName(QStringLiteral("harmClaimCombo"));
    m_claimCombo->setAccessibleName(tr("Claim whose test to show"));
    m_testLabel = new QLabel(this);
    m_testLabel->setObjectName(QStringLiteral("harmTestLabel"));
    m_testLabel->setWordWrap(true);
    m_testLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_noClaimLabel = new QLabel(this);
    m_noClaimLabel->setObjectName(QStringLiteral("harmNoClaimLabel"));
    m_noClaimLabel->setWordWrap(true);
    m_interestEdit = textArea(this, QStringLiteral("harmInterestEdit"), tr("Interest protected"),
                              tr("The interest the exemption protects, e.g. the prevention and "
                                 "detection of crime."));
    m_interestEdit->setMaximumHeight(m_interestEdit->fontMetrics().lineSpacing() * 3 + 12);
    m_harmEdit = textArea(this, QStringLiteral("harmEdit"), tr("How the harm would follow"),
                          tr("How release (or confirming or denying) would cause the harm: "
                             "a causal link that is real, actual and of substance."));
    m_likelihoodCombo = new QComboBox(this);
    m_likelihoodCombo->setObjectName(QStringLiteral("likelihoodCombo"));
    m_likelihoodCombo->setAccessibleName(tr("Likelihood of the harm"));
    Labels::fill(m_likelihoodCombo,
                 QList<core::Likelihood>{core::Likelihood::Unstated, core::Likelihood::Would,
                                         core::Likelihood::WouldBeLikelyTo},
                 &Labels::likelihood);
    m_ncndHarmEdit =
        textArea(this, QStringLiteral("ncndHarmEdit"), tr("Overall harm of confirming or denying"),
                 tr("For a reply that neither confirms nor denies: why saying whether "
                    "anything is held would itself cause harm."));
}

void HarmStep::layOut()
{
    m_claimBox = new QGroupBox(tr("The test for a claim"), this);
    m_claimBox->setObjectName(QStringLiteral("harmClaimBox"));
    auto *form = new QFormLayout(m_claimBox);
    m_form = form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Clai&m:"), m_claimCombo);
    form->addRow(m_noClaimLabel);
    form->addRow(m_testLabel);
    form->addRow(tr("&Interest:"), m_interestEdit);
    form->addRow(tr("How harm f&ollows:"), m_harmEdit);
    form->addRow(tr("&Likelihood:"), m_likelihoodCombo);

    auto *ncndBox = new QGroupBox(tr("Overall harm for the NCND"), this);
    auto *ncndLayout = new QVBoxLayout(ncndBox);
    auto *ncndLabel = new QLabel(tr("Why confirming or denying would itself ha&rm:"), ncndBox);
    ncndLabel->setBuddy(m_ncndHarmEdit);
    ncndLayout->addWidget(ncndLabel);
    ncndLayout->addWidget(m_ncndHarmEdit);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_claimBox, 3);
    layout->addWidget(ncndBox, 2);
}

void HarmStep::connectEdits()
{
    connect(m_claimCombo, &QComboBox::currentIndexChanged, this, [this] {
        document().endMerge();
        refresh();
    });
    connect(m_interestEdit, &QPlainTextEdit::textChanged, this, [this] {
        const QString text = m_interestEdit->toPlainText();
        editPrejudice(
            tr("Edit the interest protected"),
            [text](core::PrejudiceTest &test) { test.interest = text; },
            QStringLiteral("claims[%1].prejudice.interest").arg(currentClaim()));
    });
    connect(m_harmEdit, &QPlainTextEdit::textChanged, this, [this] {
        const QString text = m_harmEdit->toPlainText();
        editPrejudice(
            tr("Edit the harm"), [text](core::PrejudiceTest &test) { test.harm = text; },
            QStringLiteral("claims[%1].prejudice.harm").arg(currentClaim()));
    });
    connect(m_likelihoodCombo, &QComboBox::activated, this, [this] {
        const auto likelihood =
            static_cast<core::Likelihood>(m_likelihoodCombo->currentData().toInt());
        editPrejudice(tr("Choose the likelihood"),
                      [likelihood](core::PrejudiceTest &test) { test.likelihood = likelihood; });
    });
    connect(m_ncndHarmEdit, &QPlainTextEdit::textChanged, this, [this] {
        const QString text = m_ncndHarmEdit->toPlainText();
        document().edit(
            tr("Edit the overall harm"), [text](Case &c) { c.ncndHarm = text; },
            QStringLiteral("ncndHarm"));
    });
}

int HarmStep::currentClaim() const
{
    return m_claimCombo->currentClaim();
}

void HarmStep::editPrejudice(const QString &description,
                             const std::function<void(core::PrejudiceTest &)> &change,
                             const QString &mergeKey)
{
    const int row = currentClaim();
    document().edit(
        description,
        [row, &change](Case &c) {
            if (row < 0 || row >= c.claims.size())
                return;
            core::ExemptionClaim &claim = c.claims[row];
            if (!claim.prejudice)
                claim.prejudice = core::PrejudiceTest{};
            change(*claim.prejudice);
        },
        mergeKey);
}

void HarmStep::refresh()
{
    const Case &theCase = document().current();
    m_claimCombo->fill(theCase);
    const int row = currentClaim();
    const bool hasClaim = row >= 0;
    m_noClaimLabel->setVisible(!hasClaim);
    m_noClaimLabel->setText(tr("No exemption is claimed in this case yet."));
    for (QWidget *field :
         {static_cast<QWidget *>(m_claimCombo), static_cast<QWidget *>(m_interestEdit),
          static_cast<QWidget *>(m_harmEdit), static_cast<QWidget *>(m_likelihoodCombo)})
        field->setEnabled(hasClaim);
    const core::PrejudiceTest test =
        hasClaim ? theCase.claims.at(row).prejudice.value_or(core::PrejudiceTest{})
                 : core::PrejudiceTest{};
    showTestOf(hasClaim ? m_catalogue.find(theCase.claims.at(row).provision) : nullptr, test);
    FieldSync::setText(m_interestEdit, test.interest);
    FieldSync::setText(m_harmEdit, test.harm);
    FieldSync::setData(m_likelihoodCombo, static_cast<int>(test.likelihood));
    FieldSync::setText(m_ncndHarmEdit, theCase.ncndHarm);
}

void HarmStep::showTestOf(const core::Provision *provision, const core::PrejudiceTest &test)
{
    const bool likelihood = provision && core::ProvisionTest::hasLikelihood(*provision);
    const bool requiredFor = provision && provision->test == core::TestKind::RequiredFor;
    // Fields a test does not ask for stay visible while they hold something, so an argument
    // made under the wrong test can be seen and cleared (CLAIM-WRONG-TEST).
    const bool harm = likelihood || requiredFor || !test.interest.isEmpty() || !test.harm.isEmpty();
    m_form->setRowVisible(m_interestEdit, harm);
    m_form->setRowVisible(m_harmEdit, harm);
    m_form->setRowVisible(m_likelihoodCombo,
                          likelihood || test.likelihood != core::Likelihood::Unstated);
    m_testLabel->setVisible(provision != nullptr);
    m_testLabel->setText(provision ? core::ProvisionTest::whatToShow(*provision) : QString());
    m_claimBox->setTitle(
        provision
            ? tr("The %1 for %2").arg(core::ProvisionTest::name(*provision), provision->citation)
            : tr("The test for a claim"));
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_harmEdit)))
        label->setText(requiredFor ? tr("&Why it is required:") : tr("How harm f&ollows:"));
    m_interestEdit->setPlaceholderText(
        requiredFor ? tr("The purpose the provision names, e.g. safeguarding national security.")
                    : tr("The interest the exemption protects, e.g. the prevention and "
                         "detection of crime."));
    m_harmEdit->setPlaceholderText(
        requiredFor ? tr("Why exemption is required for the purpose the provision names: "
                         "reasonably necessary, not merely useful. No likelihood to choose.")
                    : tr("How release (or confirming or denying) would cause the harm: "
                         "a causal link that is real, actual and of substance."));
}

QString HarmStep::summary() const
{
    return tr("What each claim's test asks to be shown, and the NCND harm");
}

bool HarmStep::reveal(const QString &locator)
{
    if (locator == QStringLiteral("ncndHarm")) {
        focusLater(m_ncndHarmEdit);
        return true;
    }
    const int row = indexIn(locator, QStringLiteral("claims"));
    if (row < 0 || !locator.contains(QStringLiteral(".prejudice")))
        return false;
    m_claimCombo->chooseClaim(row);
    if (locator.endsWith(QStringLiteral("likelihood")))
        focusLater(m_likelihoodCombo);
    else if (locator.endsWith(QStringLiteral("interest")))
        focusLater(m_interestEdit);
    else
        focusLater(m_harmEdit);
    return true;
}

} // namespace foi::ui
