#include "CaseImportService.h"

#include "model/CaseFile.h"
#include "services/CaseRecordMapper.h"
#include "store/CaseStore.h"

#include <QFile>

namespace foi::core {

CaseImportService::CaseImportService(CaseStore &store)
    : m_store(store)
{}

namespace {

// A case file read and checked, or what is wrong with it, as the import reports it.
Result<Case> readCaseFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(QStringLiteral("import.unreadable"),
                           QStringLiteral("%1: cannot be read (%2)").arg(path, file.errorString()));
    }
    Result<Case> theCase = CaseFile::read(file.readAll());
    if (!theCase)
        return Error::make(theCase.error().code,
                           QStringLiteral("%1: %2").arg(path, theCase.error().message));
    return theCase;
}

} // namespace

Result<ImportReport> CaseImportService::importFiles(const QStringList &paths,
                                                    const QString &officer)
{
    ImportReport report;
    // Every file is checked before any is saved, and nothing of it kept: holding a hundred
    // thousand parsed cases at once cost most of a gigabyte.
    for (const QString &path : paths) {
        if (Result<Case> checked = readCaseFile(path); !checked)
            report.problems.append(checked.error().message);
    }
    if (!report.ok())
        return report;
    // Then read again and saved a batch at a time, each batch one transaction.
    QList<CaseRecord> batch;
    batch.reserve(qMin<qsizetype>(batchSize, paths.size()));
    qsizetype saved = 0;
    const auto saveBatch = [&]() -> Status {
        Result<QList<CaseRepository::SaveResult>> results = m_store.cases().saveAll(batch, officer);
        if (!results) {
            Error error = results.error();
            if (saved > 0)
                error.message += QStringLiteral(" The first %1 cases were imported; the rest were "
                                                "not.")
                                     .arg(saved);
            return error;
        }
        for (CaseRepository::SaveResult result : *results) {
            switch (result) {
            case CaseRepository::SaveResult::Created:
                ++report.created;
                break;
            case CaseRepository::SaveResult::Updated:
                ++report.updated;
                break;
            case CaseRepository::SaveResult::Unchanged:
                ++report.unchanged;
                break;
            }
        }
        saved += batch.size();
        batch.clear();
        return success();
    };
    for (const QString &path : paths) {
        Result<Case> theCase = readCaseFile(path);
        if (!theCase) {
            // Changed or removed since it was checked a moment ago.
            Error error = theCase.error();
            error.message += saved > 0 ? QStringLiteral(" It changed while it was imported; the "
                                                        "first %1 cases were imported, the rest "
                                                        "were not.")
                                             .arg(saved)
                                       : QStringLiteral(" It changed while it was imported; "
                                                        "nothing was imported.");
            return error;
        }
        batch.append(CaseRecordMapper::toRecord(*theCase));
        if (batch.size() == batchSize) {
            if (Status status = saveBatch(); !status)
                return status.error();
        }
    }
    if (!batch.isEmpty()) {
        if (Status status = saveBatch(); !status)
            return status.error();
    }
    // Each batch left a small index segment; merge them while the officer still waits for the
    // import anyway, rather than in the middle of a later search. A failure here loses nothing
    // (the cases are saved, the index is whole, only less compact), so it is not reported.
    if (report.created + report.updated >= tidyAfter)
        (void)m_store.search().tidyIndexAfterImport(report.created + report.updated);
    return report;
}

Result<QByteArray> CaseImportService::exportCase(const QString &reference)
{
    Result<StoredCase> stored = m_store.cases().load(reference);
    if (!stored)
        return stored.error();
    return stored->record.document;
}

} // namespace foi::core
