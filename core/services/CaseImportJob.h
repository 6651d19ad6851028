#pragma once

#include "core/law/WorkingDayCalendar.h"
#include "core/services/ImportReport.h"
#include "core/store/StoreAddress.h"
#include "core/support/Clock.h"
#include "core/support/Result.h"

#include <QStringList>

#include <atomic>

namespace foi::core {

// How far a long job has got, and whether the officer asked it to stop: shared between the
// thread doing the work and the one showing it.
struct JobControl
{
    std::atomic<int> done{0};
    std::atomic<int> total{0};
    std::atomic<bool> cancelled{false};
};

// Imports case files on a worker thread. It opens its own connection to the store `store`
// names (a Qt Sql connection belongs to the thread that made it), imports the files one by
// one through CaseImportService (each file its own audited transaction, so a bad file is named in
// the report and the good ones still go in), counts each file in `control.done`, and stops
// before the next file once `control.cancelled` is set; what was imported stays. Fails only when
// the store cannot be opened.
class CaseImportJob
{
public:
    // `calendar` counts the stored due dates and `clock` dates the audit rows; copies, as the
    // job runs on another thread.
    [[nodiscard]] static Result<ImportReport> run(const StoreAddress &store,
                                                  const QStringList &paths, const QString &officer,
                                                  WorkingDayCalendar calendar, Clock clock,
                                                  JobControl &control);
};

} // namespace foi::core
