#include "workspace/SearchRecordEditor.h"

#include "services/CaseDocument.h"
#include "widgets/Labels.h"

#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace foi::ui {

namespace {

QString describe(const core::SearchRecord &search)
{
    QStringList parts{search.where.isEmpty() ? QObject::tr("(place not named)") : search.where};
    if (!search.searchedBy.isEmpty())
        parts.append(QObject::tr("by %1").arg(search.searchedBy));
    if (!search.terms.isEmpty())
        parts.append(QObject::tr("for \u201c%1\u201d").arg(search.terms));
    if (search.searchedOn.isValid())
        parts.append(QObject::tr("on %1").arg(Labels::date(search.searchedOn)));
    return parts.join(QLatin1Char(' '));
}

} // namespace

SearchRecordEditor::SearchRecordEditor(core::CaseDocument &document, QWidget *parent)
    : QGroupBox(tr("Searches made"), parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("searchRecordEditor"));
    createWidgets();
    layOut();
    connectEdits();
    refresh();
}

void SearchRecordEditor::createWidgets()
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("searchesListWidget"));
    m_list->setAccessibleName(tr("Searches made for this question"));
    m_list->setWordWrap(true);
    m_list->setMinimumHeight(fontMetrics().height() * 3);
    m_whereEdit = new QLineEdit(this);
    m_whereEdit->setObjectName(QStringLiteral("searchWhereEdit"));
    m_whereEdit->setAccessibleName(tr("Where searched"));
    m_whereEdit->setPlaceholderText(tr("System, file or team, e.g. finance system"));
    m_byEdit = new QLineEdit(this);
    m_byEdit->setObjectName(QStringLiteral("searchByEdit"));
    m_byEdit->setAccessibleName(tr("Searched by"));
    m_byEdit->setPlaceholderText(tr("Person or team"));
    m_termsEdit = new QLineEdit(this);
    m_termsEdit->setObjectName(QStringLiteral("searchTermsEdit"));
    m_termsEdit->setAccessibleName(tr("Search terms"));
    m_termsEdit->setPlaceholderText(tr("Words or criteria used"));
    m_dateEdit = new QDateEdit(QDate::currentDate(), this);
    m_dateEdit->setObjectName(QStringLiteral("searchDateEdit"));
    m_dateEdit->setAccessibleName(tr("Searched on"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(Labels::dateFormat());
    m_addButton = new QPushButton(tr("Add &search"), this);
    m_addButton->setObjectName(QStringLiteral("addSearchButton"));
    m_addButton->setAccessibleDescription(tr("Record the search described in the fields"));
    m_removeButton = new QPushButton(tr("Remo&ve search"), this);
    m_removeButton->setObjectName(QStringLiteral("removeSearchButton"));
    m_removeButton->setAccessibleName(tr("Remove the selected search"));
}

void SearchRecordEditor::layOut()
{
    auto *fields = new QGridLayout;
    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    fields->addWidget(label(tr("&Where:"), m_whereEdit), 0, 0);
    fields->addWidget(m_whereEdit, 0, 1);
    fields->addWidget(label(tr("&By:"), m_byEdit), 0, 2);
    fields->addWidget(m_byEdit, 0, 3);
    fields->addWidget(label(tr("&Terms:"), m_termsEdit), 1, 0);
    fields->addWidget(m_termsEdit, 1, 1);
    fields->addWidget(label(tr("&On:"), m_dateEdit), 1, 2);
    fields->addWidget(m_dateEdit, 1, 3);
    fields->setColumnStretch(1, 2);
    fields->setColumnStretch(3, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(fields);
    layout->addLayout(buttons);
}

void SearchRecordEditor::connectEdits()
{
    connect(m_addButton, &QPushButton::clicked, this, &SearchRecordEditor::addSearch);
    connect(m_whereEdit, &QLineEdit::returnPressed, this, &SearchRecordEditor::addSearch);
    connect(m_termsEdit, &QLineEdit::returnPressed, this, &SearchRecordEditor::addSearch);
    connect(m_removeButton, &QPushButton::clicked, this, &SearchRecordEditor::removeSearch);
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_removeButton->setEnabled(row >= 0); });
}

void SearchRecordEditor::addSearch()
{
    if (m_whereEdit->text().trimmed().isEmpty()) {
        m_whereEdit->setFocus();
        return;
    }
    const core::SearchRecord search{m_whereEdit->text().trimmed(), m_byEdit->text().trimmed(),
                                    m_termsEdit->text().trimmed(), m_dateEdit->date()};
    const int row = m_row;
    m_document.edit(tr("Record a search"), [row, search](core::Case &c) {
        if (row >= 0 && row < c.questions.size())
            c.questions[row].determination.searches.append(search);
    });
    // The person and the day usually repeat; the place and the terms do not.
    m_whereEdit->clear();
    m_termsEdit->clear();
    m_whereEdit->setFocus();
}

void SearchRecordEditor::removeSearch()
{
    const int row = m_row;
    const int search = m_list->currentRow();
    m_document.edit(tr("Remove a search"), [row, search](core::Case &c) {
        if (row >= 0 && row < c.questions.size() && search >= 0 &&
            search < c.questions[row].determination.searches.size())
            c.questions[row].determination.searches.removeAt(search);
    });
}

void SearchRecordEditor::showQuestion(int row)
{
    m_row = row;
    refresh();
}

void SearchRecordEditor::refresh()
{
    const core::Case &theCase = m_document.current();
    const bool hasQuestion = m_row >= 0 && m_row < theCase.questions.size();
    setEnabled(hasQuestion);
    const QList<core::SearchRecord> searches =
        hasQuestion ? theCase.questions.at(m_row).determination.searches
                    : QList<core::SearchRecord>{};
    QStringList lines;
    for (const core::SearchRecord &search : searches)
        lines.append(describe(search));
    QStringList shown;
    for (int i = 0; i < m_list->count(); ++i)
        shown.append(m_list->item(i)->text());
    if (shown != lines) {
        m_list->clear();
        m_list->addItems(lines);
    }
    m_removeButton->setEnabled(m_list->currentRow() >= 0);
}

} // namespace foi::ui
