#include "ui/workspace/HarmStep.h"

#include "core/law/ExemptionCatalogue.h"
#include "core/law/ProvisionTest.h"
#include "core/rules/PersonalDataRules.h"
#include "core/services/CaseDocument.h"
#include "ui/widgets/ClaimChooser.h"
#include "ui/widgets/FieldSync.h"
#include "ui/widgets/Labels.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include <tuple>

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
    createPersonalDataWidgets();
    m_ncndHarmEdit =
        textArea(this, QStringLiteral("ncndHarmEdit"), tr("Overall harm of confirming or denying"),
                 tr("For a reply that neither confirms nor denies: why saying whether "
                    "anything is held would itself cause harm."));
}

void HarmStep::createPersonalDataWidgets()
{
    m_conditionCombo = new QComboBox(this);
    m_conditionCombo->setObjectName(QStringLiteral("personalDataConditionCombo"));
    m_conditionCombo->setAccessibleName(tr("Condition of the personal data exemption relied on"));
    m_conditionCombo->setAccessibleDescription(
        tr("s40(3A)(a): disclosure would breach the data protection principles; s40(3B): the "
           "data subject has objected; s40(4A): the data subject could not get it by subject "
           "access"));
    m_legitimateInterestEdit = textArea(
        this, QStringLiteral("legitimateInterestEdit"), tr("Legitimate interest in disclosure"),
        tr("1. The legitimate interest in disclosure: the requester's own, or the public's "
           "(accountability, transparency about how public money or power is used)."));
    m_necessityEdit =
        textArea(this, QStringLiteral("necessityEdit"), tr("Necessity of disclosure"),
                 tr("2. Whether disclosure to the world is necessary to meet that interest, or "
                    "whether something less intrusive (information already published, or an "
                    "answer without the personal data) would meet it."));
    m_balancingTestEdit =
        textArea(this, QStringLiteral("balancingTestEdit"), tr("Balance against the data subject"),
                 tr("3. That interest against the data subject's interests, rights and "
                    "freedoms: what they would reasonably expect, the harm or distress "
                    "disclosure would cause, whether they consented."));
    for (QPlainTextEdit *edit : {m_legitimateInterestEdit, m_necessityEdit, m_balancingTestEdit})
        edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
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
    form->addRow(tr("Con&dition relied on:"), m_conditionCombo);
    form->addRow(tr("Le&gitimate interest:"), m_legitimateInterestEdit);
    form->addRow(tr("&Necessity:"), m_necessityEdit);
    form->addRow(tr("&Balance:"), m_balancingTestEdit);

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
    connectPersonalDataEdits();
    connect(m_ncndHarmEdit, &QPlainTextEdit::textChanged, this, [this] {
        const QString text = m_ncndHarmEdit->toPlainText();
        document().edit(
            tr("Edit the overall harm"), [text](Case &c) { c.ncndHarm = text; },
            QStringLiteral("ncndHarm"));
    });
}

void HarmStep::connectPersonalDataEdits()
{
    connect(m_conditionCombo, &QComboBox::activated, this, [this] {
        const QString provision = m_conditionCombo->currentData().toString();
        const int row = currentClaim();
        document().edit(tr("Choose the condition relied on"), [row, provision](Case &c) {
            if (row >= 0 && row < c.claims.size() && !provision.isEmpty())
                c.claims[row].provision = provision;
        });
    });
    using Field = QString core::LegitimateInterestsTest::*;
    for (const auto &[edit, field, key, description] :
         {std::tuple{m_legitimateInterestEdit,
                     Field(&core::LegitimateInterestsTest::legitimateInterest),
                     QStringLiteral("legitimateInterest"), tr("Edit the legitimate interest")},
          std::tuple{m_necessityEdit, Field(&core::LegitimateInterestsTest::necessity),
                     QStringLiteral("necessity"), tr("Edit the necessity of disclosure")},
          std::tuple{m_balancingTestEdit, Field(&core::LegitimateInterestsTest::balancingTest),
                     QStringLiteral("balancingTest"),
                     tr("Edit the balance against the data subject")}}) {
        connect(edit, &QPlainTextEdit::textChanged, this,
                [this, edit = edit, field = field, key = key, description = description] {
                    const QString text = edit->toPlainText();
                    const int row = currentClaim();
                    document().edit(
                        description,
                        [row, field, text](Case &c) {
                            if (row < 0 || row >= c.claims.size())
                                return;
                            auto &test = c.claims[row].legitimateInterests;
                            if (!test)
                                test = core::LegitimateInterestsTest{};
                            (*test).*field = text;
                        },
                        QStringLiteral("claims[%1].legitimateInterests.%2").arg(row).arg(key));
                });
    }
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
    showPersonalData(hasClaim ? &theCase.claims.at(row) : nullptr, theCase);
}

void HarmStep::showPersonalData(const core::ExemptionClaim *claim, const Case &theCase)
{
    const QString stem =
        claim ? core::PersonalDataRules::conditionStem(claim->provision) : QString();
    const bool conditions = !stem.isEmpty();
    m_form->setRowVisible(m_conditionCombo, conditions);
    if (conditions) {
        const QSignalBlocker blocker(m_conditionCombo);
        m_conditionCombo->clear();
        for (const core::Provision &p : m_catalogue.all()) {
            const bool sibling = core::PersonalDataRules::conditionStem(p.id) == stem;
            const bool inForce = !theCase.dateOfReceipt.isValid() ||
                                 p.inForceOn(theCase.dateOfReceipt) || p.id == claim->provision;
            // "Personal information: would breach ..." -> "would breach ...": the claim combo
            // above already says it is personal information.
            const QString what = p.title.section(QStringLiteral(": "), 1);
            if (sibling && inForce)
                m_conditionCombo->addItem(
                    tr("%1: %2").arg(p.citation, what.isEmpty() ? p.title : what), p.id);
        }
        m_conditionCombo->setCurrentIndex(m_conditionCombo->findData(claim->provision));
    }
    const bool lit = claim && claim->relieves == core::Duty::Communicate &&
                     core::PersonalDataRules::takesLegitimateInterestsTest(claim->provision);
    for (QPlainTextEdit *edit : {m_legitimateInterestEdit, m_necessityEdit, m_balancingTestEdit})
        m_form->setRowVisible(edit, lit);
    if (conditions)
        m_claimBox->setTitle(tr("Personal data: the condition relied on and what it needs"));
    if (conditions)
        m_testLabel->setText(
            lit ? tr("Disclosure would breach the data protection principles (%1) when it would "
                     "not be lawful. For ordinary personal data the lawful basis is legitimate "
                     "interests (UK GDPR Art 6(1)(f)): answer its three questions below. For "
                     "special category or criminal offence data, say in the reason why no "
                     "condition of Art 9 or Art 10 is met.")
                      .arg(theCase.regime == core::Regime::Eir ? tr("EIR reg 13(2A)(a)")
                                                               : tr("s40(3A)(a)"))
                : tr("Choose the condition the personal data exemption relies on, and give in "
                     "the reason on the Exemptions step why it is met. No prejudice test "
                     "applies."));
    if (!lit)
        return;
    const core::LegitimateInterestsTest test =
        claim->legitimateInterests.value_or(core::LegitimateInterestsTest{});
    FieldSync::setText(m_legitimateInterestEdit, test.legitimateInterest);
    FieldSync::setText(m_necessityEdit, test.necessity);
    FieldSync::setText(m_balancingTestEdit, test.balancingTest);
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
    if (row >= 0 && locator.contains(QStringLiteral(".legitimateInterests"))) {
        m_claimCombo->chooseClaim(row);
        focusLater(locator.endsWith(QStringLiteral("necessity"))       ? m_necessityEdit
                   : locator.endsWith(QStringLiteral("balancingTest")) ? m_balancingTestEdit
                                                                       : m_legitimateInterestEdit);
        return true;
    }
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
