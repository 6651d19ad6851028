#include "ui/models/QuestionListModel.h"

#include "core/services/CaseDocument.h"
#include "ui/widgets/Labels.h"

namespace foi::ui {

QuestionListModel::QuestionListModel(core::CaseDocument &document, QObject *parent)
    : QAbstractListModel(parent)
    , m_document(document)
    , m_rows(static_cast<int>(document.current().questions.size()))
{
    connect(&m_document, &core::CaseDocument::changed, this, &QuestionListModel::follow);
}

void QuestionListModel::follow()
{
    const int rows = static_cast<int>(m_document.current().questions.size());
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (rows > 0) {
        emit dataChanged(index(0), index(rows - 1));
    }
}

int QuestionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

QString QuestionListModel::statusLine(int row) const
{
    const core::Case &theCase = m_document.current();
    const core::Question &question = theCase.questions.at(row);
    QStringList parts;
    if (question.condition)
        parts.append(tr("only if %1 is answered %2")
                         .arg(question.condition->question,
                              Labels::closedAnswer(question.condition->proceedIf).toLower()));
    if (theCase.conditionFailed(row) &&
        question.determination.holding != core::Holding::NotRequired)
        parts.append(tr("condition not met"));
    parts.append(Labels::holding(question.determination.holding));
    return parts.join(QStringLiteral(" · "));
}

QVariant QuestionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Question &question = m_document.current().questions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1. %2\n%3")
            .arg(question.id, question.text.simplified(), statusLine(index.row()));
    case Qt::ToolTipRole:
        return Labels::plainToolTip(question.text);
    case Qt::AccessibleTextRole:
        return tr("Question %1: %2. %3")
            .arg(question.id.mid(1), question.text.simplified(), statusLine(index.row()));
    case IdRole:
        return question.id;
    case TextRole:
        return question.text;
    default:
        return {};
    }
}

QHash<int, QByteArray> QuestionListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "questionId");
    names.insert(TextRole, "questionText");
    return names;
}

} // namespace foi::ui
