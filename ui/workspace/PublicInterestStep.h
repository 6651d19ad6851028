#pragma once

#include "ui/workspace/WorkspaceStep.h"

class QComboBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;

namespace foi::core {
class ExemptionCatalogue;
class PublicInterestLibrary;
} // namespace foi::core

namespace foi::ui {

class ClaimChooser;

class FactorLibraryPanel;
class TextListEditor;

// The public interest test for each qualified claim, for the duty that claim relieves: the
// factors favouring confirming or denying (or disclosure) and those favouring the exemption as
// separate entries in two columns, then the balance and the conclusion (s2(1)(b), s2(2)(b)).
// The paragraph library (`library`, the officer's own factors included) offers reusable factors
// for the claim.
class PublicInterestStep : public WorkspaceStep
{
    Q_OBJECT
public:
    PublicInterestStep(core::CaseDocument &document, const core::ExemptionCatalogue &catalogue,
                       core::PublicInterestLibrary &library, QWidget *parent = nullptr);

    QString title() const override { return tr("Public interest"); }
    QString summary() const override;
    bool reveal(const QString &locator) override;
    void refresh() override;

private:
    void createWidgets(core::PublicInterestLibrary &library);
    void layOut();
    void connectEdits();
    int currentClaim() const;
    void editTest(const QString &description,
                  const std::function<void(core::PublicInterestTest &)> &change,
                  const QString &mergeKey = {});

    const core::ExemptionCatalogue &m_catalogue;
    ClaimChooser *m_claimCombo = nullptr;
    QLabel *m_dutyLabel = nullptr;
    QGroupBox *m_forBox = nullptr;
    QGroupBox *m_againstBox = nullptr;
    TextListEditor *m_favouringDisclosure = nullptr;
    TextListEditor *m_favouringExemption = nullptr;
    QPlainTextEdit *m_balanceEdit = nullptr;
    QComboBox *m_conclusionCombo = nullptr;
    FactorLibraryPanel *m_library = nullptr;
};

} // namespace foi::ui
