#include "core/store/StoreCopy.h"

#include "core/store/AuditTrail.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreDialect.h"
#include "core/store/StoreRepositories.h"
#include "core/store/WriteTransaction.h"
#include "core/support/StoreErrorCode.h"

#include <QSqlQuery>
#include <QVariant>

namespace foi::core {

namespace {

struct CopiedTable
{
    QString name;
    // The ORDER BY that reads the rows in the order they were written (so the audit chain is
    // appended at its head, row after row); empty for the back end's insertion order.
    QString order;
    bool numbered = false; // an `id` the back end numbers, which must carry on after the copy
};

// store_meta is each store's own housekeeping (its schema version, its last integrity check),
// never copied. The search index is not a table of its own on PostgreSQL and is kept by
// triggers on SQLite, so it follows the cases.
const QList<CopiedTable> &copiedTables()
{
    static const QList<CopiedTable> tables{
        {QStringLiteral("audit_log"), QStringLiteral("seq")},
        {QStringLiteral("audit_snapshot"), QStringLiteral("sha256")},
        {QStringLiteral("cases"), QStringLiteral("id"), true},
        {QStringLiteral("attachments"), QStringLiteral("id"), true},
        {QStringLiteral("sent_replies"), QStringLiteral("id"), true},
        {QStringLiteral("case_titles"), QStringLiteral("case_id")},
        {QStringLiteral("requester_keys"), QStringLiteral("case_id, key")},
        {QStringLiteral("review_exports"), QStringLiteral("id"), true},
        {QStringLiteral("review_decisions"), QStringLiteral("id"), true},
        {QStringLiteral("release_files"), QStringLiteral("attachment_id")},
        {QStringLiteral("release_scans"), QStringLiteral("attachment_id")},
        {QStringLiteral("release_resolutions"), QStringLiteral("id"), true},
        {QStringLiteral("authority_matters"), QString()},
        {QStringLiteral("disclosure_log_entries"), QStringLiteral("id"), true},
        {QStringLiteral("case_statistics"), QStringLiteral("case_id")},
        {QStringLiteral("case_statistics_exemptions"), QStringLiteral("case_id, seq")},
        {QStringLiteral("case_statistics_reviews"), QStringLiteral("case_id, seq")},
    };
    return tables;
}

Result<QStringList> columnsOf(StoreConnection &target, const QString &table)
{
    Result<QSqlQuery> rows =
        target.select(target.dialect().copiedColumnsSql(), {table},
                      QStringLiteral("reading the columns of %1 in the target store").arg(table));
    if (!rows)
        return rows.error();
    QStringList columns;
    while (rows->next())
        columns.append(rows->value(0).toString());
    if (columns.isEmpty()) {
        return Error::make(StoreErrorCode::Invalid,
                           QStringLiteral("The target store has no table %1: it is not a case "
                                          "store of this workbench's version.")
                               .arg(table));
    }
    return columns;
}

Result<qint64> countRows(StoreConnection &connection, const QString &table)
{
    Result<std::optional<QVariantList>> row =
        connection.selectRow(QStringLiteral("SELECT count(*) FROM %1").arg(table), {},
                             QStringLiteral("counting the rows of %1").arg(table));
    if (!row)
        return row.error();
    return *row ? (**row).at(0).toLongLong() : 0;
}

// Copies one table's rows; how many.
Result<qint64> copyTable(StoreConnection &from, StoreConnection &to, const CopiedTable &table)
{
    Result<QStringList> columns = columnsOf(to, table.name);
    if (!columns)
        return columns.error();
    const QString list = columns->join(QStringLiteral(", "));
    const QString order = table.order.isEmpty() ? from.dialect().insertionOrder() : table.order;
    Result<QSqlQuery> rows =
        from.select(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3").arg(list, table.name, order),
                    {}, QStringLiteral("reading %1 from the source store").arg(table.name));
    if (!rows)
        return rows.error();
    QStringList marks;
    marks.fill(QStringLiteral("?"), columns->size());
    const QString insert = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                               .arg(table.name, list, marks.join(QStringLiteral(", ")));
    const QString what = QStringLiteral("copying %1 into the target store").arg(table.name);
    qint64 copied = 0;
    QVariantList values;
    values.reserve(columns->size());
    while (rows->next()) {
        values.clear();
        for (qsizetype i = 0; i < columns->size(); ++i)
            values.append(rows->value(int(i)));
        if (Status written = to.run(insert, values, what); !written)
            return written.error();
        ++copied;
    }
    if (table.numbered) {
        if (const QString resume = to.dialect().resumeNumberingSql(table.name); !resume.isEmpty()) {
            if (Result<std::optional<QVariantList>> resumed = to.selectRow(resume, {}, what);
                !resumed)
                return resumed.error();
        }
    }
    return copied;
}

} // namespace

const QStringList &StoreCopy::tables()
{
    static const QStringList names = [] {
        QStringList list;
        for (const CopiedTable &table : copiedTables())
            list.append(table.name);
        return list;
    }();
    return names;
}

Result<StoreCopy::Report> StoreCopy::copy(StoreRepositories &source, StoreRepositories &target)
{
    Report report;
    Result<AuditReport> checked = source.verify();
    if (!checked)
        return checked.error();
    if (!checked->intact) {
        return Error::make(StoreErrorCode::Corrupt,
                           QStringLiteral("The store to copy from does not verify (%1%2), so "
                                          "nothing was copied: a copy would carry the damage "
                                          "on. Restore a backup of it and copy that.")
                               .arg(checked->firstBadSeq > 0
                                        ? QStringLiteral("its audit trail breaks at row %1: ")
                                              .arg(checked->firstBadSeq)
                                        : QString(),
                                    checked->problem));
    }
    report.source = *checked;

    StoreConnection &to = target.connection();
    for (const QString &table : {QStringLiteral("audit_log"), QStringLiteral("cases")}) {
        Result<qint64> rows = countRows(to, table);
        if (!rows)
            return rows.error();
        if (*rows > 0) {
            return Error::make(StoreErrorCode::NotEmpty,
                               QStringLiteral("The store to copy into already holds cases or "
                                              "an audit trail, so nothing was copied: a copy "
                                              "goes only into a new, empty store."));
        }
    }

    WriteTransaction transaction(to);
    if (Status begun = transaction.begin(); !begun)
        return begun.error();
    for (const CopiedTable &table : copiedTables()) {
        Result<qint64> copied = copyTable(source.connection(), to, table);
        if (!copied)
            return copied.error();
        report.rowsPerTable.append({table.name, *copied});
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();

    Result<AuditReport> copiedCheck = target.verify({report.source.head});
    if (!copiedCheck)
        return copiedCheck.error();
    report.target = *copiedCheck;
    if (!copiedCheck->intact) {
        return Error::make(StoreErrorCode::Corrupt,
                           QStringLiteral("The copy was written but does not verify: %1. Do not "
                                          "use it; the store copied from is unchanged.")
                               .arg(copiedCheck->problem));
    }
    return report;
}

} // namespace foi::core
