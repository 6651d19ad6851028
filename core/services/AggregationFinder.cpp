#include "services/AggregationFinder.h"

#include "model/CaseFile.h"
#include "store/CaseStore.h"

namespace foi::core {

AggregationFinder::AggregationFinder(CaseStore &store, const WorkingDayCalendar &calendar)
    : m_store(store)
    , m_calendar(calendar)
{}

Result<QList<AggregationCandidate>> AggregationFinder::candidatesFor(const Case &theCase)
{
    const QString name = theCase.requester.name.trimmed();
    const QDate received = theCase.dateOfReceipt;
    if (name.isEmpty() || !received.isValid() || !m_calendar.covers(received))
        return QList<AggregationCandidate>{};
    // 60 working days never span more than 100 calendar days (weekends and at most a few bank
    // holidays); the exact span is counted below.
    auto found = m_store.cases().receivedFrom(name, received.addDays(-100), received.addDays(100),
                                              maxCandidates + 1);
    if (!found)
        return found.error();
    QList<AggregationCandidate> candidates;
    for (const CaseSummary &summary : std::as_const(*found)) {
        if (summary.reference == theCase.reference || !m_calendar.covers(summary.dateReceived))
            continue;
        const QDate first = qMin(summary.dateReceived, received);
        const QDate last = qMax(summary.dateReceived, received);
        const int span = m_calendar.workingDaysBetween(first, last);
        if (span > windowWorkingDays)
            continue;
        AggregationCandidate candidate{
            summary.reference, summary.dateReceived, summary.requesterName, {}, span};
        if (auto stored = m_store.cases().load(summary.reference)) {
            if (auto other = CaseFile::read(stored->record.document))
                candidate.requestText = other->requestText;
        }
        candidates.append(candidate);
        if (candidates.size() == maxCandidates)
            break;
    }
    return candidates;
}

} // namespace foi::core
