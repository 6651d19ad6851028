#include "core/services/StatisticsService.h"

#include "core/model/CaseFile.h"
#include "core/rules/StatisticsRecords.h"
#include "core/store/StoreRepositories.h"

#include <optional>

namespace foi::core {

StatisticsService::StatisticsService(StoreRepositories &store, const WorkingDayCalendar &calendar,
                                     const ExemptionCatalogue &catalogue)
    : m_store(store)
    , m_calendar(calendar)
    , m_catalogue(catalogue)
{}

Status StatisticsService::summarise()
{
    const QString calendar = m_calendar.fingerprint();
    Result<bool> current = m_store.statistics().isCurrent(calendar);
    if (!current)
        return current.error();
    if (*current)
        return success();
    if (m_store.isReadOnly())
        return summariesOutOfDate();
    // Cases stored before the summary table (migration 17), or counted on another calendar:
    // summarised from their documents, a batch to a transaction, so that memory stays small.
    constexpr int batch = 2000;
    qint64 lastId = 0;
    for (;;) {
        Result<QList<StatisticsSummaries::Stale>> stale =
            m_store.statistics().stale(calendar, lastId, batch, lastId);
        if (!stale)
            return stale.error();
        if (stale->isEmpty())
            return success();
        WriteTransaction transaction = m_store.transaction();
        if (Status begun = transaction.begin(); !begun)
            return begun;
        for (const StatisticsSummaries::Stale &one : std::as_const(*stale)) {
            const Result<Case> theCase = CaseFile::read(one.document, m_catalogue);
            if (!theCase)
                return unreadable(one.reference, theCase.error());
            const QString what = QStringLiteral("summarising case %1").arg(one.reference);
            if (Status written = m_store.statistics().replace(
                    one.reference, StatisticsRecords::of(*theCase, m_calendar), calendar, what);
                !written)
                return written;
        }
        if (Status committed = transaction.commit(); !committed)
            return committed;
    }
}

Result<bool> StatisticsService::summariesCurrent()
{
    return m_store.statistics().isCurrent(m_calendar.fingerprint());
}

bool StatisticsService::maySummarise() const
{
    return !m_store.isReadOnly();
}

Error StatisticsService::summariesOutOfDate()
{
    return Error::make(QStringLiteral("statistics.summaries-out-of-date"),
                       QStringLiteral("The statistics of this store have to be brought up to "
                                      "date (it was upgraded, or bank holidays were imported "
                                      "since), and it is open read-only. Open it for writing "
                                      "once, then count again."));
}

Error StatisticsService::unreadable(const QString &reference, const Error &why)
{
    return Error::make(QStringLiteral("statistics.unreadable-case"),
                       QStringLiteral("Case %1 could not be read, so the statistics would leave it "
                                      "out: %2. Open it in the workbench or check the store "
                                      "(foi-workbench-cli audit verify).")
                           .arg(reference, why.message),
                       why.detail);
}

Result<QList<StatisticsRecord>> StatisticsService::records()
{
    if (m_store.isReadOnly()) {
        // Nothing may be written: summaries that are not up to date are not used at all, and
        // the records are made from the case files, as before the summary table.
        Result<bool> current = m_store.statistics().isCurrent(m_calendar.fingerprint());
        if (!current)
            return current.error();
        if (!*current)
            return recordsFromDocuments();
    } else if (Status summarised = summarise(); !summarised) {
        return summarised.error();
    }
    return m_store.statistics().all();
}

Result<QList<StatisticsRecord>> StatisticsService::recordsFromDocuments()
{
    QList<StatisticsRecord> records;
    std::optional<Error> failed;
    const Status read = m_store.cases().eachDocument(
        [&](const QString &reference, const QDate &storedDue, const QByteArray &document) {
            const Result<Case> theCase = CaseFile::read(document, m_catalogue);
            if (!theCase) {
                failed = unreadable(reference, theCase.error());
                return false;
            }
            StatisticsRecord record = StatisticsRecords::of(*theCase, m_calendar);
            record.storedDue = storedDue;
            records.append(record);
            return true;
        });
    if (!read)
        return read.error();
    if (failed)
        return *failed;
    return records;
}

Result<StatisticsReport> StatisticsService::run(const StatisticsQuery &query)
{
    if (Status checked = StatisticsReports::check(query); !checked)
        return checked.error();
    Result<QList<StatisticsRecord>> all = records();
    if (!all)
        return all.error();
    return StatisticsReportWriter::make(query, *all);
}

} // namespace foi::core
