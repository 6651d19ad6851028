#pragma once

#include "ui/workspace/WorkspaceStep.h"

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QPlainTextEdit;

namespace foi::core {
struct Case;
class ExemptionCatalogue;
struct ExemptionClaim;
} // namespace foi::core

namespace foi::ui {

class ClaimChooser;

// What each claim's provision asks to be shown, by the test it sets (resources/law/README.md):
// for a prejudice test (and endangerment, and the EIR's adverse effect) the interest protected,
// how the harm would follow, and whether it "would" or "would be likely to" happen; for a
// "required for" test (s24, s34) why exemption is required, with no likelihood to choose; for a
// class-based provision nothing but the reason it falls in the class, given on the Exemptions
// step. For a personal data claim (s40(2), s40(5B); EIR reg 13) the condition relied on in
// place of a prejudice test, and under the first condition (s40(3A)(a), EIR reg 13(2A)(a)) the
// three questions of the legitimate interests test (UK GDPR Art 6(1)(f)). And for a reply that
// neither confirms nor denies, the overall harm of confirming or denying.
class HarmStep : public WorkspaceStep
{
    Q_OBJECT
public:
    HarmStep(core::CaseDocument &document, const core::ExemptionCatalogue &catalogue,
             QWidget *parent = nullptr);

    QString title() const override { return tr("Harm"); }
    QString summary() const override;
    bool reveal(const QString &locator) override;
    void refresh() override;

private:
    void createWidgets();
    void layOut();
    void connectEdits();
    void createPersonalDataWidgets();
    void connectPersonalDataEdits();
    int currentClaim() const;
    // Shows the fields the chosen claim's test asks for.
    void showTestOf(const core::Provision *provision, const core::PrejudiceTest &test);
    // Shows the condition and the legitimate interests test of a personal data claim, or hides
    // them for any other claim (or none).
    void showPersonalData(const core::ExemptionClaim *claim, const core::Case &theCase);
    void editPrejudice(const QString &description,
                       const std::function<void(core::PrejudiceTest &)> &change,
                       const QString &mergeKey = {});

    const core::ExemptionCatalogue &m_catalogue;
    ClaimChooser *m_claimCombo = nullptr;
    QLabel *m_noClaimLabel = nullptr;
    QLabel *m_testLabel = nullptr;
    QGroupBox *m_claimBox = nullptr;
    QFormLayout *m_form = nullptr;
    QPlainTextEdit *m_interestEdit = nullptr;
    QPlainTextEdit *m_harmEdit = nullptr;
    QComboBox *m_likelihoodCombo = nullptr;
    QComboBox *m_conditionCombo = nullptr;              // s40(3A)(a), (3B), (4A)
    QPlainTextEdit *m_legitimateInterestEdit = nullptr; // UK GDPR Art 6(1)(f), three questions
    QPlainTextEdit *m_necessityEdit = nullptr;
    QPlainTextEdit *m_balancingTestEdit = nullptr;
    QPlainTextEdit *m_ncndHarmEdit = nullptr;
};

} // namespace foi::ui
