#pragma once

#include "ui/workspace/WorkspaceStep.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QListView;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace foi::core {
class ExemptionCatalogue;
}

namespace foi::ui {

class ClaimListModel;
class ExemptionPicker;

// The exemptions relied on: each claim names one provision, the duty it relieves (to confirm
// or deny, or to communicate), the questions it covers or "any other information", and why it
// applies (s17(1)(c)). New claims come from the picker, filtered to the case's regime and the
// authority's kind.
class ExemptionsStep : public WorkspaceStep
{
    Q_OBJECT
public:
    ExemptionsStep(core::CaseDocument &document, const core::ExemptionCatalogue &catalogue,
                   QWidget *parent = nullptr);

    QString title() const override { return tr("Exemptions"); }
    QString summary() const override;
    bool reveal(const QString &locator) override;
    void refresh() override;

private:
    void createWidgets();
    void layOut();
    void connectEdits();
    int currentClaim() const;
    void select(int row);
    void addClaim(const QString &provisionId);
    void editClaim(const QString &description,
                   const std::function<void(core::ExemptionClaim &)> &change,
                   const QString &mergeKey = {});
    void refreshQuestions();

    const core::ExemptionCatalogue &m_catalogue;
    ClaimListModel *m_model = nullptr;
    QListView *m_claimsView = nullptr;
    QPushButton *m_removeButton = nullptr;
    QComboBox *m_dutyCombo = nullptr;
    QListWidget *m_questionsList = nullptr;
    QCheckBox *m_anyOtherCheck = nullptr;
    QCheckBox *m_statisticalCheck = nullptr; // s36(4), shown for s36 claims
    QLabel *m_testLabel = nullptr;           // the test the claim's provision sets
    QPlainTextEdit *m_reasonEdit = nullptr;
    QLabel *m_claimLabel = nullptr;
    ExemptionPicker *m_picker = nullptr;
};

} // namespace foi::ui
