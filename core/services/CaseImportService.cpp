#include "core/services/CaseImportService.h"

#include "core/model/CaseFile.h"
#include "core/services/CaseRecordMapper.h"
#include "core/store/StoreRepositories.h"

#include <QFile>

namespace foi::core {

CaseImportService::CaseImportService(StoreRepositories &store, const WorkingDayCalendar &calendar,
                                     int batchSize)
    : m_store(store)
    , m_calendar(calendar)
    , m_batchSize(qMax(1, batchSize))
{}

namespace {

// A case file read, checked and turned into what the store keeps, or what is wrong with it,
// as the import reports it.
Result<CaseRecord> readCaseFile(const QString &path, const WorkingDayCalendar &calendar)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(QStringLiteral("import.unreadable"),
                           QStringLiteral("%1: cannot be read (%2)").arg(path, file.errorString()));
    }
    // Checked before reading, so a huge file is neither read into memory nor parsed.
    Result<Case> theCase = file.size() > CaseFile::maxBytes
                               ? Result<Case>(CaseFile::tooLarge(file.size()))
                               : CaseFile::read(file.readAll());
    if (!theCase)
        return Error::make(theCase.error().code,
                           QStringLiteral("%1: %2").arg(path, theCase.error().message));
    CaseRecord record = CaseRecordMapper::toRecord(*theCase, calendar);
    if (Status savable = CaseRepository::validate(record); !savable)
        return Error::make(savable.error().code,
                           QStringLiteral("%1: %2").arg(path, savable.error().message));
    return record;
}

void count(ImportReport &report, CaseRepository::SaveResult result)
{
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

} // namespace

Result<ImportReport> CaseImportService::importFiles(const QStringList &paths,
                                                    const QString &officer)
{
    // One transaction for the whole import, which each batch's save joins: a kill or a bad
    // file part way leaves the store as it was, and no file is read twice.
    WriteTransaction transaction = m_store.transaction();
    if (Status begun = transaction.begin(); !begun)
        return begun.error();
    ImportReport report;
    QList<CaseRecord> batch;
    batch.reserve(qMin<qsizetype>(m_batchSize, paths.size()));
    const auto saveBatch = [&]() -> Status {
        Result<QList<CaseRepository::SaveResult>> results = m_store.cases().saveAll(batch, officer);
        if (!results) {
            Error error = results.error();
            error.message += QStringLiteral(" Nothing was imported.");
            return error;
        }
        for (CaseRepository::SaveResult result : *results)
            count(report, result);
        batch.clear();
        return success();
    };
    for (const QString &path : paths) {
        Result<CaseRecord> record = readCaseFile(path, m_calendar);
        if (!record) {
            // Nothing more is saved, but every other file is still read to report it too.
            report.problems.append(record.error().message);
            batch.clear();
            continue;
        }
        if (!report.ok())
            continue;
        batch.append(std::move(record).value());
        if (batch.size() == m_batchSize) {
            if (Status status = saveBatch(); !status)
                return status.error();
        }
    }
    if (!report.ok()) {
        // Rolled back with the transaction: nothing was created, changed or left as it was.
        ImportReport rejected;
        rejected.problems = report.problems;
        return rejected;
    }
    if (!batch.isEmpty()) {
        if (Status status = saveBatch(); !status)
            return status.error();
    }
    if (Status committed = transaction.commit(); !committed) {
        Error error = committed.error();
        error.message += QStringLiteral(" Nothing was imported.");
        return error;
    }
    // The import left index segments; merge them while the officer still waits for the
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
