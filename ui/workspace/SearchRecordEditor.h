#pragma once

#include <QGroupBox>

class QDateEdit;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace foi::core {
class CaseDocument;
}

namespace foi::ui {

// The searches made for one question (where, by whom, with what terms, when): listed, added
// from the fields below the list, removed by selection. A "not held" answer rests on them.
// Writes go to the document; refresh() shows the question's searches again.
class SearchRecordEditor : public QGroupBox
{
    Q_OBJECT
public:
    SearchRecordEditor(core::CaseDocument &document, QWidget *parent = nullptr);

    // The question (its row in the case) whose searches are shown; -1 for none.
    void showQuestion(int row);
    void refresh();
    QLineEdit *whereEdit() const { return m_whereEdit; }

private:
    void createWidgets();
    void layOut();
    void connectEdits();
    void addSearch();
    void removeSearch();

    core::CaseDocument &m_document;
    int m_row = -1;
    QListWidget *m_list = nullptr;
    QLineEdit *m_whereEdit = nullptr;
    QLineEdit *m_byEdit = nullptr;
    QLineEdit *m_termsEdit = nullptr;
    QDateEdit *m_dateEdit = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
};

} // namespace foi::ui
