#pragma once

#include <QAbstractListModel>

namespace foi::core {
class CaseDocument;
}

namespace foi::ui {

// The questions of the open case, one row each: its number and text, then a line saying its
// condition and the decision on it. Follows the document: a change that keeps the number of
// questions updates the rows in place (so selections survive typing); any other resets.
class QuestionListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TextRole,
    };

    explicit QuestionListModel(core::CaseDocument &document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void follow();
    QString statusLine(int row) const;

    core::CaseDocument &m_document;
    int m_rows = 0;
};

} // namespace foi::ui
