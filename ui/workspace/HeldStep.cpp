#include "ui/workspace/HeldStep.h"

#include "core/intake/QuestionEdits.h"

#include "core/services/CaseDocument.h"
#include "ui/models/QuestionListModel.h"
#include "ui/widgets/FieldSync.h"
#include "ui/widgets/Labels.h"
#include "ui/workspace/SearchRecordEditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace foi::ui {

using core::Case;

HeldStep::HeldStep(core::CaseDocument &document, const core::Clock &clock,
                   core::AttachmentService &attachments, std::function<QString()> officer,
                   FileChooser &files, QWidget *evidencePanel, QWidget *parent)
    : WorkspaceStep(document, parent)
{
    setObjectName(QStringLiteral("heldStep"));
    createWidgets(clock, attachments, std::move(officer), files);
    layOut(evidencePanel);
    connectEdits();
}

void HeldStep::createWidgets(const core::Clock &clock, core::AttachmentService &attachments,
                             std::function<QString()> officer, FileChooser &files)
{
    m_model = new QuestionListModel(document(), this);
    m_listView = new QListView(this);
    m_listView->setObjectName(QStringLiteral("heldQuestionsListView"));
    m_listView->setAccessibleName(tr("Questions"));
    m_listView->setModel(m_model);
    m_listView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_listView->setWordWrap(true);
    m_listView->setAlternatingRowColors(true);
    m_listView->setSpacing(2);

    m_questionLabel = new QLabel(this);
    m_questionLabel->setObjectName(QStringLiteral("heldQuestionLabel"));
    m_questionLabel->setWordWrap(true);
    m_questionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_conditionLabel = new QLabel(this);
    m_conditionLabel->setObjectName(QStringLiteral("conditionNoteLabel"));
    m_conditionLabel->setWordWrap(true);
    m_notRequiredButton = new QPushButton(this);
    m_notRequiredButton->setObjectName(QStringLiteral("markNotRequiredButton"));
    m_notRequiredButton->setToolTip(
        tr("The requester asked for these only if an earlier answer allowed it, and it does "
           "not: mark them all \"Not required\" at once (s1(1))"));
    m_notRequiredButton->hide();

    m_holdingCombo = new QComboBox(this);
    m_holdingCombo->setObjectName(QStringLiteral("holdingCombo"));
    m_holdingCombo->setAccessibleName(tr("Is the information held?"));
    Labels::fill(m_holdingCombo,
                 QList<core::Holding>{core::Holding::Undecided, core::Holding::Held,
                                      core::Holding::NotHeld, core::Holding::NeitherConfirmNorDeny,
                                      core::Holding::NotRequired},
                 &Labels::holding);
    m_closedAnswerCombo = new QComboBox(this);
    m_closedAnswerCombo->setObjectName(QStringLiteral("closedAnswerCombo"));
    m_closedAnswerCombo->setAccessibleName(tr("Yes or no answer"));
    m_closedAnswerCombo->setAccessibleDescription(
        tr("For a question that asks yes or no; conditions on other questions depend on it"));
    Labels::fill(m_closedAnswerCombo,
                 QList<core::ClosedAnswer>{core::ClosedAnswer::Unanswered, core::ClosedAnswer::Yes,
                                           core::ClosedAnswer::No},
                 &Labels::closedAnswer);
    m_communicationCombo = new QComboBox(this);
    m_communicationCombo->setObjectName(QStringLiteral("communicationCombo"));
    m_communicationCombo->setAccessibleName(tr("What is communicated"));
    Labels::fill(m_communicationCombo,
                 QList<core::Communication>{
                     core::Communication::NotApplicable, core::Communication::InFull,
                     core::Communication::InPart, core::Communication::Withheld,
                     core::Communication::RefusedCost, core::Communication::RefusedVexatious,
                     core::Communication::RefusedRepeated},
                 &Labels::communication);
    m_answerEdit = new QPlainTextEdit(this);
    m_answerEdit->setObjectName(QStringLiteral("answerEdit"));
    m_answerEdit->setAccessibleName(tr("Answer to the requester"));
    m_answerEdit->setTabChangesFocus(true);
    m_answerEdit->setPlaceholderText(
        tr("What the requester will read, e.g. where you searched and what you found."));
    m_searches =
        new SearchRecordEditor(document(), clock, attachments, std::move(officer), files, this);
}

void HeldStep::layOut(QWidget *evidencePanel)
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Held?"), m_holdingCombo);
    form->addRow(tr("&Yes/no answer:"), m_closedAnswerCombo);
    form->addRow(tr("Comm&unicated:"), m_communicationCombo);
    auto *answerLabel = new QLabel(tr("&Answer to the requester:"), this);
    answerLabel->setBuddy(m_answerEdit);

    auto *editor = new QVBoxLayout;
    editor->addWidget(m_questionLabel);
    editor->addWidget(m_conditionLabel);
    editor->addWidget(m_notRequiredButton, 0, Qt::AlignLeft);
    editor->addLayout(form);
    editor->addWidget(answerLabel);
    editor->addWidget(m_answerEdit, 1);
    editor->addWidget(m_searches, 2);
    if (evidencePanel)
        editor->addWidget(evidencePanel);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_listView, 1);
    layout->addLayout(editor, 1);
}

void HeldStep::connectEdits()
{
    connect(m_notRequiredButton, &QPushButton::clicked, this, [this] {
        document().endMerge();
        document().edit(tr("Mark the questions that fall away not required"), [](core::Case &c) {
            core::QuestionEdits::markNotRequiredWhereConditionFailed(c);
        });
    });
    connect(m_holdingCombo, &QComboBox::activated, this, [this] {
        const auto holding = static_cast<core::Holding>(m_holdingCombo->currentData().toInt());
        applyToSelected(tr("Decide whether held"), [holding](core::Question &q) {
            q.determination.holding = holding;
            if (holding != core::Holding::Held)
                q.determination.communication = core::Communication::NotApplicable;
        });
    });
    connect(m_closedAnswerCombo, &QComboBox::activated, this, [this] {
        const auto answer =
            static_cast<core::ClosedAnswer>(m_closedAnswerCombo->currentData().toInt());
        applyToSelected(tr("Record the yes/no answer"),
                        [answer](core::Question &q) { q.determination.closedAnswer = answer; });
    });
    connect(m_communicationCombo, &QComboBox::activated, this, [this] {
        const auto communication =
            static_cast<core::Communication>(m_communicationCombo->currentData().toInt());
        applyToSelected(tr("Decide what is communicated"), [communication](core::Question &q) {
            q.determination.communication = communication;
        });
    });
    connect(m_answerEdit, &QPlainTextEdit::textChanged, this, [this] {
        const int row = currentRow();
        const QString text = m_answerEdit->toPlainText();
        document().edit(
            tr("Edit an answer"),
            [row, text](Case &c) {
                if (row >= 0 && row < c.questions.size())
                    c.questions[row].determination.answer = text;
            },
            QStringLiteral("questions[%1].answer").arg(row));
    });
    connect(m_listView->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        document().endMerge();
        refresh();
    });
}

void HeldStep::applyToSelected(const QString &description,
                               const std::function<void(core::Question &)> &change)
{
    const QList<qsizetype> rows = selectedRows();
    document().edit(description, [&rows, &change](Case &c) {
        for (const qsizetype row : rows) {
            if (row < c.questions.size())
                change(c.questions[row]);
        }
    });
}

QList<qsizetype> HeldStep::selectedRows() const
{
    QList<qsizetype> rows;
    const QModelIndexList selected = m_listView->selectionModel()->selectedIndexes();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    if (rows.isEmpty() && currentRow() >= 0)
        rows.append(currentRow());
    return rows;
}

int HeldStep::currentRow() const
{
    const QModelIndex current = m_listView->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void HeldStep::select(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row);
    m_listView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_listView->scrollTo(index);
}

void HeldStep::refresh()
{
    const Case &theCase = document().current();
    const int row = currentRow();
    const bool hasCurrent = row >= 0 && row < theCase.questions.size();
    m_searches->showQuestion(hasCurrent ? row : -1);
    showFallenAway(theCase);
    for (QWidget *field :
         {static_cast<QWidget *>(m_holdingCombo), static_cast<QWidget *>(m_closedAnswerCombo),
          static_cast<QWidget *>(m_answerEdit)})
        field->setEnabled(hasCurrent);
    if (!hasCurrent) {
        m_questionLabel->setText(tr("Select a question on the left. Select several to decide "
                                    "them together."));
        m_conditionLabel->clear();
        m_communicationCombo->setEnabled(false);
        return;
    }
    const core::Question &question = theCase.questions.at(row);
    m_questionLabel->setText(tr("<b>%1.</b> %2").arg(question.id, question.text.toHtmlEscaped()));
    m_conditionLabel->setText(
        theCase.conditionFailed(row)
            ? tr("The requester's condition on %1 is not met: this question needs no answer. "
                 "Choose \"Not required\".")
                  .arg(question.condition->question)
            : QString());
    const core::Determination &determination = question.determination;
    FieldSync::setData(m_holdingCombo, static_cast<int>(determination.holding));
    FieldSync::setData(m_closedAnswerCombo, static_cast<int>(determination.closedAnswer));
    FieldSync::setData(m_communicationCombo, static_cast<int>(determination.communication));
    m_communicationCombo->setEnabled(determination.holding == core::Holding::Held);
    FieldSync::setText(m_answerEdit, determination.answer);
    // For "not held" the letter already says so: the answer adds where was searched, or says
    // it in the officer's own words instead (then the standard sentence is left out).
    m_answerEdit->setPlaceholderText(
        determination.holding == core::Holding::NotHeld
            ? tr("Optional: where you searched. The letter already says the information is not "
                 "held; if you say so here, your words replace that sentence.")
            : tr("What the requester will read, e.g. where you searched and what you found."));
}

void HeldStep::showFallenAway(const core::Case &theCase)
{
    QStringList fallen;
    for (qsizetype i = 0; i < theCase.questions.size(); ++i) {
        if (theCase.conditionFailed(i) &&
            theCase.questions.at(i).determination.holding != core::Holding::NotRequired)
            fallen.append(theCase.questions.at(i).id);
    }
    m_notRequiredButton->setVisible(!fallen.isEmpty());
    // A long run of questions is named by its ends, so the button stays one short line.
    const QString which = fallen.size() > 3 ? tr("%1 to %2 (%3 questions)")
                                                  .arg(fallen.constFirst(), fallen.constLast())
                                                  .arg(fallen.size())
                                            : fallen.join(QStringLiteral(", "));
    m_notRequiredButton->setText(
        fallen.size() == 1 ? tr("Mark %1 \"Not required\": its condition is not met").arg(which)
                           : tr("Mark %1 \"Not required\": conditions not met").arg(which));
}

QString HeldStep::summary() const
{
    return tr("Whether each question's information is held, and what is released");
}

bool HeldStep::reveal(const QString &locator)
{
    const int row = indexIn(locator, QStringLiteral("questions"));
    if (row < 0 || !locator.contains(QStringLiteral(".determination")))
        return false;
    select(row);
    if (locator.endsWith(QStringLiteral("answer")))
        focusLater(m_answerEdit);
    else if (locator.endsWith(QStringLiteral("searches")))
        focusLater(m_searches->whereEdit());
    else if (locator.endsWith(QStringLiteral("communication")))
        focusLater(m_communicationCombo);
    else
        focusLater(m_holdingCombo);
    return true;
}

} // namespace foi::ui
