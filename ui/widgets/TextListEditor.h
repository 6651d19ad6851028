#pragma once

#include <QStringList>
#include <QWidget>

class QListView;
class QPlainTextEdit;
class QPushButton;
class QStringListModel;

namespace foi::ui {

// Edits a list of separate paragraphs (the public-interest factors on one side): the entries in
// a list, the selected one's full text below it, and Add and Remove. entriesEdited() carries
// the whole list after each of the officer's edits; setEntries() shows a list without
// announcing it. Child objectNames start with `name` ("favouringDisclosure" gives
// "favouringDisclosureListView", "favouringDisclosureAddButton", ...).
class TextListEditor : public QWidget
{
    Q_OBJECT
public:
    TextListEditor(const QString &name, const QString &accessibleName, QWidget *parent = nullptr);

    void setEntries(const QStringList &entries);
    QStringList entries() const;

signals:
    void entriesEdited(const QStringList &entries);

private:
    void addEntry();
    void removeEntry();
    void showCurrent();
    void editCurrent();
    int currentRow() const;

    QStringListModel *m_model = nullptr;
    QListView *m_listView = nullptr;
    QPlainTextEdit *m_entryEdit = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
};

} // namespace foi::ui
