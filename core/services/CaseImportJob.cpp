#include "core/services/CaseImportJob.h"

#include "core/services/CaseImportService.h"
#include "core/store/CaseStore.h"

namespace foi::core {

Result<ImportReport> CaseImportJob::run(const QString &storePath, const QStringList &paths,
                                        const QString &officer, WorkingDayCalendar calendar,
                                        Clock clock, JobControl &control)
{
    control.total = static_cast<int>(paths.size());
    auto store = CaseStore::open(storePath, CaseStore::OpenMode::ReadWrite,
                                 CaseStore::Options{.clock = std::move(clock)});
    if (!store)
        return store.error();
    CaseImportService service(**store, calendar);
    ImportReport total;
    for (const QString &path : paths) {
        if (control.cancelled)
            break;
        auto report = service.importFiles({path}, officer);
        if (!report)
            total.problems.append(QStringLiteral("%1: %2").arg(path, report.error().message));
        else {
            total.created += report->created;
            total.updated += report->updated;
            total.unchanged += report->unchanged;
            total.problems += report->problems;
        }
        ++control.done;
    }
    return total;
}

} // namespace foi::core
