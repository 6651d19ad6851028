#pragma once

#include "workspace/WorkspaceStep.h"

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace foi::core {
class ExemptionCatalogue;
}

namespace foi::ui {

class ClaimChooser;

// The harm each prejudice-based claim needs shown (the interest protected, how the harm would
// follow, and whether it "would" or "would be likely to" happen), and for a reply that neither
// confirms nor denies, the overall harm of confirming or denying.
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
    int currentClaim() const;
    void editPrejudice(const QString &description,
                       const std::function<void(core::PrejudiceTest &)> &change,
                       const QString &mergeKey = {});

    const core::ExemptionCatalogue &m_catalogue;
    ClaimChooser *m_claimCombo = nullptr;
    QLabel *m_noClaimLabel = nullptr;
    QPlainTextEdit *m_interestEdit = nullptr;
    QPlainTextEdit *m_harmEdit = nullptr;
    QComboBox *m_likelihoodCombo = nullptr;
    QPlainTextEdit *m_ncndHarmEdit = nullptr;
};

} // namespace foi::ui
