#pragma once

#include "core/support/Clock.h"
#include "ui/workspace/WorkspaceStep.h"

#include <QList>

class QComboBox;
class QVBoxLayout;
class QLabel;
class QPushButton;
class QListView;
class QPlainTextEdit;

namespace foi::ui {

class QuestionListModel;
class SearchRecordEditor;

// Whether the information asked for is held, question by question (s1(1)(a)): held, not held,
// neither confirmed nor denied, or not required because the requester's condition failed; for
// held information what is communicated (s1(1)(b)); the answer the requester will read; the
// searches made to find out. A decision applies to every selected question.
class HeldStep : public WorkspaceStep
{
    Q_OBJECT
public:
    HeldStep(core::CaseDocument &document, const core::Clock &clock, QWidget *parent = nullptr);

    QString title() const override { return tr("Held?"); }
    QString summary() const override;
    bool reveal(const QString &locator) override;
    void refresh() override;
    // The case's search evidence, shown under the question's searches.
    void setEvidencePanel(QWidget *panel);
    // The question's searches and the evidence they cite.
    SearchRecordEditor &searchRecordEditor() const { return *m_searches; }

private:
    void createWidgets(const core::Clock &clock);
    void layOut();
    void connectEdits();
    void showFallenAway(const core::Case &theCase);
    QList<qsizetype> selectedRows() const;
    int currentRow() const;
    void select(int row);
    void applyToSelected(const QString &description,
                         const std::function<void(core::Question &)> &change);

    QuestionListModel *m_model = nullptr;
    QListView *m_listView = nullptr;
    QLabel *m_questionLabel = nullptr;
    QLabel *m_conditionLabel = nullptr;
    QPushButton *m_notRequiredButton = nullptr;
    QComboBox *m_holdingCombo = nullptr;
    QComboBox *m_closedAnswerCombo = nullptr;
    QComboBox *m_communicationCombo = nullptr;
    QPlainTextEdit *m_answerEdit = nullptr;
    SearchRecordEditor *m_searches = nullptr;
    QVBoxLayout *m_editor = nullptr;
};

} // namespace foi::ui
