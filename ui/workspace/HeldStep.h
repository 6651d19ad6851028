#pragma once

#include "core/support/Clock.h"
#include "ui/workspace/WorkspaceStep.h"

#include <QList>
#include <QString>

#include <functional>

class QComboBox;
class QVBoxLayout;
class QLabel;
class QPushButton;
class QListView;
class QPlainTextEdit;

namespace foi::core {
class AttachmentService;
} // namespace foi::core

namespace foi::ui {

class FileChooser;
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
    // The searches cite files kept by `attachments` (attached in the name `officer` gives, chosen
    // through `files`); `evidencePanel` (the case's search evidence, or null) is shown under them
    // and becomes the step's.
    HeldStep(core::CaseDocument &document, const core::Clock &clock,
             core::AttachmentService &attachments, std::function<QString()> officer,
             FileChooser &files, QWidget *evidencePanel, QWidget *parent = nullptr);

    QString title() const override { return tr("Held?"); }
    QString summary() const override;
    bool reveal(const QString &locator) override;
    void refresh() override;
    // The question's searches and the evidence they cite.
    SearchRecordEditor &searchRecordEditor() const { return *m_searches; }

private:
    void createWidgets(const core::Clock &clock, core::AttachmentService &attachments,
                       std::function<QString()> officer, FileChooser &files);
    void layOut(QWidget *evidencePanel);
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
};

} // namespace foi::ui
