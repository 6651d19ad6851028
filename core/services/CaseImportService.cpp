#include "CaseImportService.h"

#include "model/CaseFile.h"
#include "services/CaseRecordMapper.h"
#include "store/CaseStore.h"

#include <QFile>

namespace foi::core {

CaseImportService::CaseImportService(CaseStore &store)
    : m_store(store)
{}

Result<ImportReport> CaseImportService::importFiles(const QStringList &paths,
                                                    const QString &officer)
{
    ImportReport report;
    QList<CaseRecord> records;
    records.reserve(paths.size());
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            report.problems.append(
                QStringLiteral("%1: cannot be read (%2)").arg(path, file.errorString()));
            continue;
        }
        Result<Case> theCase = CaseFile::read(file.readAll());
        if (!theCase) {
            report.problems.append(QStringLiteral("%1: %2").arg(path, theCase.error().message));
            continue;
        }
        records.append(CaseRecordMapper::toRecord(*theCase));
    }
    if (!report.ok())
        return report;
    for (qsizetype start = 0; start < records.size(); start += batchSize) {
        Result<QList<CaseRepository::SaveResult>> saved =
            m_store.cases().saveAll(records.mid(start, batchSize), officer);
        if (!saved) {
            Error error = saved.error();
            if (start > 0)
                error.message += QStringLiteral(" The first %1 cases were imported; the rest were "
                                                "not.")
                                     .arg(start);
            return error;
        }
        for (CaseRepository::SaveResult result : *saved) {
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
