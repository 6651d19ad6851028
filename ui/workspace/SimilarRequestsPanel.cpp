#include "ui/workspace/SimilarRequestsPanel.h"

#include "core/services/CaseQueryService.h"
#include "ui/widgets/Labels.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace foi::ui {

SimilarRequestsPanel::SimilarRequestsPanel(core::CaseQueryService &queries, QWidget *parent)
    : QWidget(parent)
    , m_queries(queries)
{
    setObjectName(QStringLiteral("similarRequestsPanel"));
    m_titleLabel = new QLabel(tr("Similar earlier requests"), this);
    m_titleLabel->setObjectName(QStringLiteral("similarRequestsTitleLabel"));
    QFont bold = m_titleLabel->font();
    bold.setBold(true);
    m_titleLabel->setFont(bold);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("similarRequestsList"));
    m_list->setAccessibleName(tr("Similar earlier requests"));
    m_list->setAccessibleDescription(tr("Press Enter to open the case"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_list, 1);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString reference = item->data(Qt::UserRole).toString();
        if (!reference.isEmpty())
            emit openCaseRequested(reference);
    });
}

void SimilarRequestsPanel::showSimilarTo(const QString &reference)
{
    m_list->clear();
    const auto similar = m_queries.similarTo(reference, limit);
    if (!similar || similar->isEmpty()) {
        auto *item = new QListWidgetItem(similar ? tr("No earlier request is worded like this one.")
                                                 : similar.error().message,
                                         m_list);
        item->setFlags(Qt::ItemIsEnabled);
        return;
    }
    for (const core::CaseSummary &summary : *similar) {
        auto *item = new QListWidgetItem(
            tr("%1 · %2\n%3 · %4")
                .arg(summary.reference, Labels::date(summary.dateReceived),
                     Labels::outcomeCode(summary.outcome), summary.requesterName),
            m_list);
        item->setData(Qt::UserRole, summary.reference);
    }
}

} // namespace foi::ui
