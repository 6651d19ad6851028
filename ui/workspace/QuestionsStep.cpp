#include "ui/workspace/QuestionsStep.h"

#include "core/intake/QuestionEdits.h"
#include "core/services/CaseDocument.h"
#include "ui/models/QuestionListModel.h"
#include "ui/widgets/FieldSync.h"
#include "ui/widgets/Labels.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace foi::ui {

using core::Case;
using core::QuestionEdits;

QuestionsStep::QuestionsStep(core::CaseDocument &document, QWidget *parent)
    : WorkspaceStep(document, parent)
{
    setObjectName(QStringLiteral("questionsStep"));
    createWidgets();
    layOut();
    connectActions();
}

QPushButton *QuestionsStep::makeButton(const QString &text, const QString &objectName,
                                       const QString &description)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    button->setAccessibleDescription(description);
    button->setToolTip(description);
    return button;
}

void QuestionsStep::createWidgets()
{
    m_model = new QuestionListModel(document(), this);
    m_listView = new QListView(this);
    m_listView->setObjectName(QStringLiteral("questionsListView"));
    m_listView->setAccessibleName(tr("Questions"));
    m_listView->setModel(m_model);
    m_listView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_listView->setWordWrap(true);
    m_listView->setAlternatingRowColors(true);
    m_listView->setSpacing(2);

    m_proposeButton =
        makeButton(tr("&Propose from request"), QStringLiteral("proposeQuestionsButton"),
                   tr("Split the request text into questions at its numbers or "
                      "bullets, replacing the questions below"));
    m_addButton = makeButton(tr("A&dd"), QStringLiteral("addQuestionButton"),
                             tr("Add an empty question at the end"));
    m_mergeButton = makeButton(tr("&Merge with next"), QStringLiteral("mergeQuestionButton"),
                               tr("Join the selected question and the one after it"));
    m_splitButton = makeButton(tr("Sp&lit at cursor"), QStringLiteral("splitQuestionButton"),
                               tr("Cut the selected question in two where the text cursor is"));
    m_upButton = makeButton(tr("Move &up"), QStringLiteral("moveQuestionUpButton"),
                            tr("Move the selected question up"));
    m_downButton = makeButton(tr("Move dow&n"), QStringLiteral("moveQuestionDownButton"),
                              tr("Move the selected question down"));
    m_removeButton = makeButton(tr("&Remove"), QStringLiteral("removeQuestionButton"),
                                tr("Remove the selected question"));

    m_textEdit = new QPlainTextEdit(this);
    m_textEdit->setObjectName(QStringLiteral("questionTextEdit"));
    m_textEdit->setAccessibleName(tr("Text of the selected question"));
    m_textEdit->setTabChangesFocus(true);

    m_conditionQuestionCombo = new QComboBox(this);
    m_conditionQuestionCombo->setObjectName(QStringLiteral("conditionQuestionCombo"));
    m_conditionQuestionCombo->setAccessibleName(tr("Answer only if question"));
    m_conditionQuestionCombo->setAccessibleDescription(
        tr("The requester's condition: the selected questions are answered only if this "
           "question gets the answer chosen next"));
    m_conditionAnswerCombo = new QComboBox(this);
    m_conditionAnswerCombo->setObjectName(QStringLiteral("conditionAnswerCombo"));
    m_conditionAnswerCombo->setAccessibleName(tr("is answered"));
    Labels::fill(m_conditionAnswerCombo,
                 QList<core::ClosedAnswer>{core::ClosedAnswer::Yes, core::ClosedAnswer::No},
                 &Labels::closedAnswer);

    m_personalDataCombo = new QComboBox(this);
    m_personalDataCombo->setObjectName(QStringLiteral("personalDataCombo"));
    m_personalDataCombo->setAccessibleName(tr("Whose personal data the questions ask for"));
    m_personalDataCombo->setAccessibleDescription(
        tr("The requester's own personal data is withheld under s40(1) and neither confirmed "
           "nor denied under s40(5A); other people's under s40(2) and s40(5B)"));
    m_personalDataCombo->addItem(tr("None, or not decided"),
                                 static_cast<int>(core::DataSubject::Unstated));
    m_personalDataCombo->addItem(tr("The requester's own (s40(1), s40(5A))"),
                                 static_cast<int>(core::DataSubject::Requester));
    m_personalDataCombo->addItem(tr("Other people's (s40(2), s40(5B))"),
                                 static_cast<int>(core::DataSubject::ThirdParties));
    m_personalDataCombo->addItem(tr("Both the requester's and other people's"),
                                 static_cast<int>(core::DataSubject::Both));
}

void QuestionsStep::layOut()
{
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_proposeButton, 0, 0, 1, 2);
    buttons->addWidget(m_addButton, 1, 0);
    buttons->addWidget(m_removeButton, 1, 1);
    buttons->addWidget(m_mergeButton, 2, 0);
    buttons->addWidget(m_splitButton, 2, 1);
    buttons->addWidget(m_upButton, 3, 0);
    buttons->addWidget(m_downButton, 3, 1);
    buttons->setRowStretch(4, 1);

    auto *textLabel = new QLabel(tr("&Wording of the selected question:"), this);
    textLabel->setBuddy(m_textEdit);
    auto *conditionBox = new QGroupBox(tr("Requester's condition on the selected questions"), this);
    auto *conditionForm = new QFormLayout(conditionBox);
    conditionForm->addRow(tr("Answer only if:"), m_conditionQuestionCombo);
    conditionForm->addRow(tr("is answered:"), m_conditionAnswerCombo);
    auto *personalBox = new QGroupBox(tr("Personal data in the selected questions"), this);
    auto *personalForm = new QFormLayout(personalBox);
    personalForm->addRow(tr("Personal data &of:"), m_personalDataCombo);

    auto *editor = new QVBoxLayout;
    editor->addLayout(buttons);
    editor->addWidget(textLabel);
    editor->addWidget(m_textEdit, 1);
    editor->addWidget(conditionBox);
    editor->addWidget(personalBox);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_listView, 3);
    layout->addLayout(editor, 2);
}

void QuestionsStep::connectActions()
{
    auto &doc = document();
    connect(m_proposeButton, &QPushButton::clicked, this, [this] {
        editStructure(tr("Propose questions from the request"), 0, [](Case &c) {
            QuestionEdits::propose(c);
            return true;
        });
    });
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        const int row = static_cast<int>(document().current().questions.size());
        editStructure(tr("Add a question"), row, [](Case &c) {
            QuestionEdits::add(c, tr("New question"));
            return true;
        });
        m_textEdit->setFocus();
        m_textEdit->selectAll();
    });
    connect(m_mergeButton, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        editStructure(tr("Merge questions"), row,
                      [row](Case &c) { return QuestionEdits::mergeWithNext(c, row); });
    });
    connect(m_splitButton, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        const int position = m_textEdit->textCursor().position();
        editStructure(tr("Split a question"), row + 1,
                      [row, position](Case &c) { return QuestionEdits::split(c, row, position); });
    });
    connect(m_upButton, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        editStructure(tr("Move a question up"), row - 1,
                      [row](Case &c) { return QuestionEdits::move(c, row, row - 1); });
    });
    connect(m_downButton, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        editStructure(tr("Move a question down"), row + 1,
                      [row](Case &c) { return QuestionEdits::move(c, row, row + 1); });
    });
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        editStructure(tr("Remove a question"), std::max(0, row - 1),
                      [row](Case &c) { return QuestionEdits::remove(c, row); });
    });
    connect(m_textEdit, &QPlainTextEdit::textChanged, this, [this, &doc] {
        const int row = currentRow();
        const QString text = m_textEdit->toPlainText();
        doc.edit(
            tr("Edit a question"),
            [row, text](Case &c) {
                if (row >= 0 && row < c.questions.size())
                    c.questions[row].text = text;
            },
            QStringLiteral("questions[%1].text").arg(row));
    });
    connect(m_listView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &QuestionsStep::showCurrent);
    connect(m_listView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &QuestionsStep::showCurrent);
    connect(m_conditionQuestionCombo, &QComboBox::activated, this, &QuestionsStep::applyCondition);
    connect(m_conditionAnswerCombo, &QComboBox::activated, this, &QuestionsStep::applyCondition);
    connect(m_personalDataCombo, &QComboBox::activated, this, &QuestionsStep::applyPersonalData);
}

void QuestionsStep::applyPersonalData()
{
    const auto subject = static_cast<core::DataSubject>(m_personalDataCombo->currentData().toInt());
    const QList<qsizetype> rows = selectedRows();
    document().edit(tr("Say whose personal data the questions ask for"), [rows, subject](Case &c) {
        for (const qsizetype row : rows) {
            if (row >= 0 && row < c.questions.size())
                c.questions[row].personalData = subject;
        }
    });
}

void QuestionsStep::editStructure(const QString &description, int selectAfter,
                                  const std::function<bool(Case &)> &change)
{
    document().edit(description, [&change](Case &c) { change(c); });
    document().endMerge();
    select(selectAfter);
}

void QuestionsStep::applyCondition()
{
    const QString gate = m_conditionQuestionCombo->currentData().toString();
    std::optional<core::QuestionCondition> condition;
    if (!gate.isEmpty())
        condition = core::QuestionCondition{
            gate, static_cast<core::ClosedAnswer>(m_conditionAnswerCombo->currentData().toInt())};
    const QList<qsizetype> rows = selectedRows();
    document().edit(tr("Set the requester's condition"), [rows, condition](Case &c) {
        QuestionEdits::setCondition(c, rows, condition);
    });
}

QList<qsizetype> QuestionsStep::selectedRows() const
{
    QList<qsizetype> rows;
    const QModelIndexList selected = m_listView->selectionModel()->selectedIndexes();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

int QuestionsStep::currentRow() const
{
    const QModelIndex current = m_listView->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void QuestionsStep::select(int row)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const QModelIndex index = m_model->index(std::clamp(row, 0, rows - 1));
    m_listView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_listView->scrollTo(index);
}

void QuestionsStep::showCurrent()
{
    document().endMerge();
    refresh();
}

void QuestionsStep::refresh()
{
    const Case &theCase = document().current();
    const int row = currentRow();
    const bool hasCurrent = row >= 0 && row < theCase.questions.size();
    FieldSync::setText(m_textEdit, hasCurrent ? theCase.questions.at(row).text : QString());
    m_textEdit->setEnabled(hasCurrent);

    {
        const QSignalBlocker blocker(m_conditionQuestionCombo);
        m_conditionQuestionCombo->clear();
        m_conditionQuestionCombo->addItem(tr("No condition: always answer"), QString());
        for (const core::Question &question : theCase.questions)
            m_conditionQuestionCombo->addItem(
                tr("%1: %2").arg(question.id, question.text.simplified().left(60)), question.id);
    }
    const std::optional<core::QuestionCondition> condition =
        hasCurrent ? theCase.questions.at(row).condition : std::nullopt;
    FieldSync::setData(m_conditionQuestionCombo, condition ? condition->question : QString());
    if (condition)
        FieldSync::setData(m_conditionAnswerCombo, static_cast<int>(condition->proceedIf));
    m_conditionAnswerCombo->setEnabled(condition.has_value());
    FieldSync::setData(m_personalDataCombo,
                       static_cast<int>(hasCurrent ? theCase.questions.at(row).personalData
                                                   : core::DataSubject::Unstated));
    m_personalDataCombo->setEnabled(hasCurrent);

    const int count = static_cast<int>(theCase.questions.size());
    m_mergeButton->setEnabled(hasCurrent && row + 1 < count);
    m_splitButton->setEnabled(hasCurrent);
    m_upButton->setEnabled(hasCurrent && row > 0);
    m_downButton->setEnabled(hasCurrent && row + 1 < count);
    m_removeButton->setEnabled(hasCurrent);
    m_conditionQuestionCombo->setEnabled(hasCurrent);
    m_proposeButton->setEnabled(!theCase.requestText.trimmed().isEmpty());
}

QString QuestionsStep::summary() const
{
    return tr("What the request asks, question by question, and the requester's conditions");
}

bool QuestionsStep::reveal(const QString &locator)
{
    if (locator == QStringLiteral("questions")) {
        focusLater(m_listView);
        return true;
    }
    const int row = indexIn(locator, QStringLiteral("questions"));
    if (row < 0 || locator.contains(QStringLiteral(".determination")))
        return false;
    select(row);
    focusLater(locator.contains(QStringLiteral("condition"))
                   ? static_cast<QWidget *>(m_conditionQuestionCombo)
               : locator.contains(QStringLiteral("personalData"))
                   ? static_cast<QWidget *>(m_personalDataCombo)
                   : m_textEdit);
    return true;
}

} // namespace foi::ui
