#pragma once

#include "ui/workspace/WorkspaceStep.h"

#include <QList>

class QComboBox;
class QListView;
class QPlainTextEdit;
class QPushButton;

namespace foi::ui {

class QuestionListModel;

// The questions the request asks: proposed from the request's numbered or bulleted text, then
// merged, split, reordered and edited, with the requester's conditions between them ("if no,
// please disregard the rest"). A condition applies to every selected question, and so does
// whose personal data they ask for (the requester's own: s40(1)/(5A); others': s40(2)/(5B)).
class QuestionsStep : public WorkspaceStep
{
    Q_OBJECT
public:
    explicit QuestionsStep(core::CaseDocument &document, QWidget *parent = nullptr);

    QString title() const override { return tr("Questions"); }
    QString summary() const override;
    bool reveal(const QString &locator) override;
    void refresh() override;

private:
    void createWidgets();
    void layOut();
    void connectActions();
    QPushButton *makeButton(const QString &text, const QString &objectName,
                            const QString &description);
    QList<qsizetype> selectedRows() const;
    int currentRow() const;
    void select(int row);
    void editStructure(const QString &description, int selectAfter,
                       const std::function<bool(core::Case &)> &change);
    void applyCondition();
    void applyPersonalData();
    void showCurrent();

    QuestionListModel *m_model = nullptr;
    QListView *m_listView = nullptr;
    QPushButton *m_proposeButton = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_mergeButton = nullptr;
    QPushButton *m_splitButton = nullptr;
    QPushButton *m_upButton = nullptr;
    QPushButton *m_downButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPlainTextEdit *m_textEdit = nullptr;
    QComboBox *m_conditionQuestionCombo = nullptr;
    QComboBox *m_conditionAnswerCombo = nullptr;
    QComboBox *m_personalDataCombo = nullptr;
};

} // namespace foi::ui
