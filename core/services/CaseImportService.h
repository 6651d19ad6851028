#pragma once

#include "core/law/WorkingDayCalendar.h"
#include "core/services/ImportReport.h"
#include "core/support/Result.h"

#include <QByteArray>
#include <QStringList>

namespace foi::core {

class StoreRepositories;

// Imports case files into the store and exports them again. An import is all or nothing: it
// runs in one write transaction, reading each file once and saving the cases a batch at a
// time (so that only one batch is in memory), every case audited. At the first file that
// cannot be read or saved it stops saving but reads on, so that the report names every bad
// file and its first problem, and then rolls back: the store is as it was. Export gives back
// the case file the store holds, byte for byte.
class CaseImportService
{
public:
    static constexpr int defaultBatchSize = 2000;
    // Imports at least this large end with the search index tidied (CaseSearch).
    static constexpr int tidyAfter = 1000;

    // `calendar` counts the due date stored with each case (the program's effective one).
    CaseImportService(StoreRepositories &store, const WorkingDayCalendar &calendar,
                      int batchSize = defaultBatchSize);

    [[nodiscard]] Result<ImportReport> importFiles(const QStringList &paths,
                                                   const QString &officer);
    [[nodiscard]] Result<QByteArray> exportCase(const QString &reference);

private:
    StoreRepositories &m_store;
    const WorkingDayCalendar &m_calendar;
    int m_batchSize;
};

} // namespace foi::core
