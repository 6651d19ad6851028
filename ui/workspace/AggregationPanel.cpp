#include "workspace/AggregationPanel.h"

#include "services/CaseDocument.h"
#include "widgets/Labels.h"

#include <QLabel>
#include <QListWidget>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace foi::ui {

AggregationPanel::AggregationPanel(core::CaseDocument &document, QWidget *parent)
    : QGroupBox(tr("Requests to aggregate (Fees Regulations reg 5)"), parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("aggregationPanel"));
    m_noteLabel = new QLabel(this);
    m_noteLabel->setObjectName(QStringLiteral("aggregationNoteLabel"));
    m_noteLabel->setWordWrap(true);
    m_noteLabel->setTextFormat(Qt::PlainText); // it names the requester as typed
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("aggregationCandidatesList"));
    m_list->setAccessibleName(tr("Requests that may be aggregated"));
    m_list->setAccessibleDescription(
        tr("Tick a request to add its costs to this estimate; untick to take it out"));
    m_list->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_noteLabel);
    layout->addWidget(m_list, 1);
    connect(m_list, &QListWidget::itemChanged, this, &AggregationPanel::toggle);
    refresh();
}

void AggregationPanel::setFinder(core::AggregationFinder *finder)
{
    m_finder = finder;
    m_askedFor.clear();
    refresh();
}

void AggregationPanel::findCandidates()
{
    const core::Case &theCase = m_document.current();
    const QString key = QStringLiteral("%1|%2|%3")
                            .arg(theCase.reference, theCase.requester.name.trimmed(),
                                 theCase.dateOfReceipt.toString(Qt::ISODate));
    if (key == m_askedFor)
        return;
    m_askedFor = key;
    m_candidates.clear();
    if (!m_finder)
        return;
    if (auto found = m_finder->candidatesFor(theCase))
        m_candidates = *found;
    else
        m_noteLabel->setText(found.error().message);
}

void AggregationPanel::refresh()
{
    findCandidates();
    const core::Case &theCase = m_document.current();
    const QList<core::AggregatedRequest> aggregated = theCase.costEstimate
                                                          ? theCase.costEstimate->aggregatedRequests
                                                          : QList<core::AggregatedRequest>{};
    const QSignalBlocker blocker(m_list);
    const int current = m_list->currentRow();
    m_list->clear();
    for (const core::AggregationCandidate &candidate : std::as_const(m_candidates)) {
        QString excerpt = candidate.requestText.simplified();
        if (excerpt.size() > 160)
            excerpt = excerpt.left(159) + QChar(0x2026);
        auto *item =
            new QListWidgetItem(tr("%1, received %2 (%3 apart): %4")
                                    .arg(candidate.reference, Labels::date(candidate.dateOfReceipt),
                                         Labels::count(candidate.workingDaysApart,
                                                       tr("working day"), tr("working days")),
                                         excerpt.isEmpty() ? tr("no request text") : excerpt),
                                m_list);
        item->setData(Qt::UserRole, candidate.reference);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        const bool ticked =
            std::any_of(aggregated.cbegin(), aggregated.cend(),
                        [&candidate](const auto &a) { return a.reference == candidate.reference; });
        item->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
    }
    if (current >= 0 && current < m_list->count())
        m_list->setCurrentRow(current);
    if (!m_finder)
        m_noteLabel->setText(tr("The case store is not available."));
    else if (theCase.requester.name.trimmed().isEmpty())
        m_noteLabel->setText(tr("Name the requester on the Request step to find their other "
                                "requests."));
    else if (m_candidates.isEmpty())
        m_noteLabel->setText(tr("No other request from %1 was received within 60 working days "
                                "of this one.")
                                 .arg(theCase.requester.name.trimmed()));
    else
        m_noteLabel->setText(
            tr("Requests from the same requester within 60 working days (reg 5(2)). Tick those "
               "asking for the same or similar information; requests from people acting "
               "together must be judged separately."));
}

void AggregationPanel::toggle(QListWidgetItem *item)
{
    const QString reference = item->data(Qt::UserRole).toString();
    const bool add = item->checkState() == Qt::Checked;
    QDate received;
    for (const core::AggregationCandidate &candidate : std::as_const(m_candidates)) {
        if (candidate.reference == reference)
            received = candidate.dateOfReceipt;
    }
    m_document.endMerge();
    m_document.edit(add ? tr("Aggregate request %1").arg(reference)
                        : tr("Stop aggregating request %1").arg(reference),
                    [add, reference, received](core::Case &c) {
                        if (!c.costEstimate)
                            c.costEstimate = core::CostEstimate{};
                        auto &requests = c.costEstimate->aggregatedRequests;
                        requests.removeIf([&reference](const core::AggregatedRequest &r) {
                            return r.reference == reference;
                        });
                        if (add)
                            requests.append({reference, received});
                        if (requests.isEmpty() && c.costEstimate->activities.isEmpty())
                            c.costEstimate.reset();
                    });
}

} // namespace foi::ui
