#pragma once

#include "services/ImportReport.h"
#include "support/Result.h"

#include <QByteArray>
#include <QStringList>

namespace foi::core {

class CaseStore;

// Imports case files into the store and exports them again. Every file is read and checked
// first; if any cannot be read, nothing is imported and the report names each bad file and its
// first problem. Good files are then read again and saved in batches, each batch one
// transaction, every case audited, so that only one batch is in memory at a time. Export
// gives back the case file the store holds, byte for byte.
class CaseImportService
{
public:
    static constexpr int batchSize = 2000;
    // Imports at least this large end with the search index tidied (CaseSearch).
    static constexpr int tidyAfter = 1000;

    explicit CaseImportService(CaseStore &store);

    [[nodiscard]] Result<ImportReport> importFiles(const QStringList &paths,
                                                   const QString &officer);
    [[nodiscard]] Result<QByteArray> exportCase(const QString &reference);

private:
    CaseStore &m_store;
};

} // namespace foi::core
