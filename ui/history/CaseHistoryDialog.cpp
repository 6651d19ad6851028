#include "ui/history/CaseHistoryDialog.h"

#include "ui/models/CaseHistoryModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace foi::ui {

CaseHistoryDialog::CaseHistoryDialog(CaseHistoryModel &model, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("caseHistoryDialog"));
    setAccessibleName(tr("Case history"));
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("historyTitleLabel"));
    m_titleLabel->setWordWrap(true);
    m_titleLabel->setTextFormat(Qt::PlainText);
    m_tableView = new QTableView(this);
    m_tableView->setObjectName(QStringLiteral("historyTableView"));
    m_tableView->setAccessibleName(tr("Changes to the case, newest first"));
    m_tableView->setModel(&m_model);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setWordWrap(true);
    m_tableView->setTabKeyNavigation(false);
    m_tableView->verticalHeader()->hide();
    QHeaderView *header = m_tableView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CaseHistoryModel::Change, QHeaderView::Stretch);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("historyCloseButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_tableView, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 28);
}

void CaseHistoryDialog::showCase(const QString &reference)
{
    setWindowTitle(tr("History of case %1").arg(reference));
    m_model.load(reference);
    m_titleLabel->setText(
        tr("Every saved change to case %1, newest first, as the audit trail recorded it, with "
           "each value as it was and as it is now (long text cut around the change). Saves of "
           "the same thing by one officer a few seconds apart are one line. Times are in this "
           "computer's time zone.")
            .arg(reference));
    m_tableView->resizeRowsToContents();
}

void CaseHistoryDialog::refresh()
{
    if (isVisible() && !m_model.reference().isEmpty()) {
        m_model.load(m_model.reference());
        m_tableView->resizeRowsToContents();
    }
}

} // namespace foi::ui
