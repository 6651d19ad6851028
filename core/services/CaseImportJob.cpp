#include "core/services/CaseImportJob.h"

#include "core/services/CaseImportService.h"
#include "core/store/OpenedStore.h"

namespace foi::core {

Result<ImportReport> CaseImportJob::run(const StoreAddress &store, const QStringList &paths,
                                        const QString &officer, WorkingDayCalendar calendar,
                                        Clock clock, JobControl &control)
{
    control.total = static_cast<int>(paths.size());
    auto opened = OpenedStore::open(store, CaseStore::OpenMode::ReadWrite,
                                    CaseStore::Options{.clock = std::move(clock)});
    if (!opened)
        return opened.error();
    CaseImportService service((*opened)->repositories(), calendar);
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
