#include "ui/review/ReviewNotesPanel.h"

#include "core/services/CaseDocument.h"
#include "ui/widgets/Labels.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace foi::ui {

ReviewNotesPanel::ReviewNotesPanel(core::ReviewNotes &notes, core::CaseDocument &document,
                                   std::function<QString()> officer, QWidget *parent)
    : QWidget(parent)
    , m_notes(notes)
    , m_document(document)
    , m_officer(std::move(officer))
{
    setObjectName(QStringLiteral("reviewNotesPanel"));
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("reviewNotesTitleLabel"));
    m_titleLabel->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("reviewNotesList"));
    m_list->setAccessibleName(tr("Review notes"));
    m_list->setAccessibleDescription(
        tr("The reviewer's comments not answered yet; press Enter to go to what one is about"));
    m_list->setWordWrap(true);
    m_list->setSpacing(3);
    m_list->setAlternatingRowColors(true);
    m_answerEdit = new QLineEdit(this);
    m_answerEdit->setObjectName(QStringLiteral("reviewNoteAnswerEdit"));
    m_answerEdit->setAccessibleName(tr("Your answer to the review note"));
    m_answerEdit->setPlaceholderText(tr("Your answer (optional), then Mark answered"));
    m_answerButton = new QPushButton(tr("Mark ans&wered"), this);
    m_answerButton->setObjectName(QStringLiteral("markNoteAnsweredButton"));
    m_answerButton->setEnabled(false);
    auto *answerRow = new QHBoxLayout;
    answerRow->addWidget(m_answerEdit, 1);
    answerRow->addWidget(m_answerButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_list, 1);
    layout->addLayout(answerRow);

    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_answerButton->setEnabled(row >= 0); });
    const auto activate = [this](QListWidgetItem *item) {
        if (item)
            emit noteActivated(item->data(Qt::UserRole + 1).toString(), item->text());
    };
    connect(m_list, &QListWidget::itemClicked, this, activate);
    connect(m_list, &QListWidget::itemActivated, this, activate);
    connect(m_answerButton, &QPushButton::clicked, this,
            [this] { answerSelected(m_answerEdit->text()); });
    connect(m_answerEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_answerButton->isEnabled())
            answerSelected(m_answerEdit->text());
    });
    connect(&m_document, &core::CaseDocument::replaced, this, &ReviewNotesPanel::reload);
    reload();
}

QString ReviewNotesPanel::locatorOf(const core::ReviewNote &note) const
{
    switch (note.about) {
    case core::ReviewNote::About::Question: {
        const int index = m_document.current().indexOfQuestion(note.questionId);
        return index < 0 ? QString()
                         : QStringLiteral("questions[%1].determination.answer").arg(index);
    }
    case core::ReviewNote::About::Claim:
        return note.claimIndex < m_document.current().claims.size()
                   ? QStringLiteral("claims[%1]").arg(note.claimIndex)
                   : QString();
    case core::ReviewNote::About::Case:
        break;
    }
    return {};
}

void ReviewNotesPanel::reload()
{
    m_list->clear();
    m_open.clear();
    const QString reference = m_document.current().reference;
    core::Result<QList<core::ReviewNote>> open =
        reference.isEmpty() ? core::Result<QList<core::ReviewNote>>(QList<core::ReviewNote>())
                            : m_notes.open(reference);
    if (!open) {
        emit failed(open.error());
        setVisible(false);
        return;
    }
    m_open = *open;
    for (const core::ReviewNote &note : std::as_const(m_open)) {
        const QString verb =
            note.decision == QLatin1String("approve") ? tr("approving") : tr("returning");
        auto *item =
            new QListWidgetItem(tr("Review note · %1 on %2 (when %3): %4")
                                    .arg(note.reviewer, note.subject(), verb, note.comment),
                                m_list);
        item->setData(Qt::UserRole, note.key);
        item->setData(Qt::UserRole + 1, locatorOf(note));
        item->setToolTip(note.comment);
    }
    m_titleLabel->setText(
        tr("%1 from the reviewer, open until you mark each answered.")
            .arg(Labels::count(int(m_open.size()), tr("review note"), tr("review notes"))));
    m_answerButton->setEnabled(false);
    m_answerEdit->clear();
    setVisible(!m_open.isEmpty());
}

bool ReviewNotesPanel::answerSelected(const QString &answer)
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return false;
    core::Status recorded = m_notes.answer(
        m_document.current().reference, item->data(Qt::UserRole).toString(), answer, m_officer());
    if (!recorded) {
        emit failed(recorded.error());
        return false;
    }
    reload();
    emit answered();
    return true;
}

} // namespace foi::ui
