#include "ui/widgets/TextListEditor.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QVBoxLayout>

namespace foi::ui {

TextListEditor::TextListEditor(const QString &name, const QString &accessibleName, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(name + QStringLiteral("Editor"));
    m_model = new QStringListModel(this);
    m_listView = new QListView(this);
    m_listView->setObjectName(name + QStringLiteral("ListView"));
    m_listView->setAccessibleName(accessibleName);
    m_listView->setModel(m_model);
    m_listView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_listView->setWordWrap(true);
    m_listView->setAlternatingRowColors(true);
    m_listView->setSpacing(3);

    m_entryEdit = new QPlainTextEdit(this);
    m_entryEdit->setObjectName(name + QStringLiteral("EntryEdit"));
    m_entryEdit->setAccessibleName(tr("Selected entry of %1").arg(accessibleName));
    m_entryEdit->setTabChangesFocus(true);
    m_entryEdit->setPlaceholderText(tr("Add an entry, then write it here."));
    m_entryEdit->setMaximumHeight(m_entryEdit->fontMetrics().lineSpacing() * 5 + 12);

    m_addButton = new QPushButton(tr("Add"), this);
    m_addButton->setObjectName(name + QStringLiteral("AddButton"));
    m_addButton->setAccessibleName(tr("Add an entry to %1").arg(accessibleName));
    m_removeButton = new QPushButton(tr("Remove"), this);
    m_removeButton->setObjectName(name + QStringLiteral("RemoveButton"));
    m_removeButton->setAccessibleName(tr("Remove the selected entry of %1").arg(accessibleName));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_listView, 1);
    layout->addWidget(m_entryEdit);
    layout->addLayout(buttons);

    connect(m_addButton, &QPushButton::clicked, this, &TextListEditor::addEntry);
    connect(m_removeButton, &QPushButton::clicked, this, &TextListEditor::removeEntry);
    connect(m_entryEdit, &QPlainTextEdit::textChanged, this, &TextListEditor::editCurrent);
    connect(m_listView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TextListEditor::showCurrent);
    showCurrent();
}

void TextListEditor::setEntries(const QStringList &entries)
{
    if (entries == m_model->stringList())
        return;
    const int row = currentRow();
    m_model->setStringList(entries);
    if (row >= 0 && row < entries.size())
        m_listView->setCurrentIndex(m_model->index(row));
    showCurrent();
}

QStringList TextListEditor::entries() const
{
    return m_model->stringList();
}

int TextListEditor::currentRow() const
{
    const QModelIndex current = m_listView->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void TextListEditor::addEntry()
{
    const int row = m_model->rowCount();
    m_model->insertRows(row, 1);
    m_listView->setCurrentIndex(m_model->index(row));
    emit entriesEdited(m_model->stringList());
    m_entryEdit->setFocus();
}

void TextListEditor::removeEntry()
{
    const int row = currentRow();
    if (row < 0)
        return;
    m_model->removeRows(row, 1);
    emit entriesEdited(m_model->stringList());
    showCurrent();
}

void TextListEditor::showCurrent()
{
    const int row = currentRow();
    const QSignalBlocker blocker(m_entryEdit);
    const QString text = row >= 0 ? m_model->index(row).data().toString() : QString();
    if (m_entryEdit->toPlainText() != text)
        m_entryEdit->setPlainText(text);
    m_entryEdit->setEnabled(row >= 0);
    m_removeButton->setEnabled(row >= 0);
}

void TextListEditor::editCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    m_model->setData(m_model->index(row), m_entryEdit->toPlainText());
    emit entriesEdited(m_model->stringList());
}

} // namespace foi::ui
