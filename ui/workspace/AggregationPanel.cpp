#include "ui/workspace/AggregationPanel.h"

#include "core/services/CaseDocument.h"
#include "core/services/CaseQueryService.h"
#include "ui/widgets/Labels.h"

#include <QLabel>
#include <QListWidget>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace foi::ui {

AggregationPanel::AggregationPanel(core::CaseDocument &document,
                                   const core::CaseQueryService &queries,
                                   const core::WorkingDayCalendar &calendar, QWidget *parent)
    : QGroupBox(tr("Requests to aggregate (Fees Regulations reg 5)"), parent)
    , m_document(document)
    , m_calendar(calendar)
    , m_reader(queries.reader())
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
    m_list->setSpacing(3);
    m_list->setAlternatingRowColors(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_noteLabel);
    layout->addWidget(m_list, 1);
    connect(m_list, &QListWidget::itemChanged, this, &AggregationPanel::toggle);
    refresh();
}

// The reader is destroyed first: it interrupts a running lookup and waits for its thread, so
// nothing arrives for a panel that is going away.
AggregationPanel::~AggregationPanel() = default;

void AggregationPanel::findCandidates()
{
    const core::Case &theCase = m_document.current();
    // Asked again only when what the candidates are found by has changed.
    const QString key = QStringList{theCase.reference,
                                    theCase.requester.name.trimmed(),
                                    theCase.requester.email.trimmed(),
                                    theCase.requester.addressForCorrespondence.trimmed(),
                                    theCase.dateOfReceipt.toString(Qt::ISODate),
                                    core::regimeCode(theCase.regime),
                                    theCase.requestText}
                            .join(QChar(0x1f));
    if (key == m_askedFor)
        return;
    m_askedFor = key;
    m_failure.clear();
    // Another case's candidates must not stay in view; this case's stay until the new answer.
    if (theCase.reference != m_askedReference)
        m_candidates.clear();
    m_askedReference = theCase.reference;
    m_looking = true;
    m_reader->aggregationCandidates(
        theCase, m_calendar,
        [this, key](const core::Result<QList<core::AggregationCandidate>> &found) {
            arrived(key, found);
        });
}

void AggregationPanel::arrived(const QString &key,
                               const core::Result<QList<core::AggregationCandidate>> &found)
{
    if (key != m_askedFor)
        return; // asked for something else since
    m_looking = false;
    m_candidates = found ? *found : QList<core::AggregationCandidate>{};
    m_failure = found ? QString() : found.error().message;
    refresh();
    emit candidatesArrived();
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
        if (excerpt.size() > 120)
            excerpt = excerpt.left(119) + QChar(0x2026);
        const QString from = candidate.requesterName.trimmed().isEmpty()
                                 ? tr("no name given")
                                 : candidate.requesterName.trimmed();
        auto *item = new QListWidgetItem(
            tr("%1 from %2, received %3 (%4 apart)\n%5\n\u201c%6\u201d")
                .arg(candidate.reference, from, Labels::date(candidate.dateOfReceipt),
                     Labels::count(candidate.workingDaysApart, tr("working day"),
                                   tr("working days")),
                     candidate.why(), excerpt.isEmpty() ? tr("no request text") : excerpt),
            m_list);
        item->setToolTip(candidate.why());
        item->setData(Qt::UserRole, candidate.reference);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        const bool ticked =
            std::any_of(aggregated.cbegin(), aggregated.cend(),
                        [&candidate](const auto &a) { return a.reference == candidate.reference; });
        item->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
    }
    if (current >= 0 && current < m_list->count())
        m_list->setCurrentRow(current);
    if (!m_reader)
        m_noteLabel->setText(tr("The case store is not available."));
    else if (!m_failure.isEmpty())
        m_noteLabel->setText(m_failure);
    else if (theCase.regime != core::Regime::Foia)
        m_noteLabel->setText(tr("Requests under the EIR are not aggregated: the Fees "
                                "Regulations apply to FOIA section 12 only."));
    else if (m_looking)
        m_noteLabel->setText(tr("Looking for related requests\u2026"));
    else if (m_candidates.isEmpty())
        m_noteLabel->setText(tr("No other request within 60 working days of this one has the "
                                "same requester's name, email or address, or wording like it."));
    else
        m_noteLabel->setText(
            tr("Within 60 working days (reg 5(2)(b)): the same requester, the same contact "
               "details, or wording alike. Tick only requests for the same or similar "
               "information, and others' requests only if you can show a link."));
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
