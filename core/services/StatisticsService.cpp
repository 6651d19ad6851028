#include "services/StatisticsService.h"

#include "model/CaseFile.h"
#include "rules/StatisticsRecords.h"
#include "store/CaseStore.h"

#include <optional>

namespace foi::core {

StatisticsService::StatisticsService(CaseStore &store, const WorkingDayCalendar &calendar,
                                     const ExemptionCatalogue &catalogue)
    : m_store(store)
    , m_calendar(calendar)
    , m_catalogue(catalogue)
{}

Result<QList<StatisticsRecord>> StatisticsService::records()
{
    QList<StatisticsRecord> records;
    std::optional<Error> unreadable;
    const Status read = m_store.cases().eachDocument(
        [&](const QString &reference, const QDate &storedDue, const QByteArray &document) {
            const Result<Case> theCase = CaseFile::read(document, m_catalogue);
            if (!theCase) {
                unreadable = Error::make(
                    QStringLiteral("statistics.unreadable-case"),
                    QStringLiteral("Case %1 could not be read, so the statistics would leave it "
                                   "out: %2. Open it in the workbench or check the store "
                                   "(foi-workbench-cli audit verify).")
                        .arg(reference, theCase.error().message),
                    theCase.error().detail);
                return false;
            }
            StatisticsRecord record = StatisticsRecords::of(*theCase, m_calendar);
            record.storedDue = storedDue;
            records.append(record);
            return true;
        });
    if (!read)
        return read.error();
    if (unreadable)
        return *unreadable;
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
