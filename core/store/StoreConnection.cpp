#include "StoreConnection.h"

#include "SqliteDialect.h"
#include "support/StoreErrorCode.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlRecord>

namespace foi::core {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("foi-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

StoreConnection::StoreConnection(QString name, QString path, Access access)
    : m_name(std::move(name))
    , m_path(std::move(path))
    , m_access(access)
{}

StoreConnection::~StoreConnection()
{
    m_prepared.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

Result<std::unique_ptr<StoreConnection>> StoreConnection::open(const QString &path, Access access,
                                                               int busyTimeoutMs)
{
    const QString name = nextConnectionName();
    std::unique_ptr<StoreConnection> connection(new StoreConnection(name, path, access));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
        if (access == Access::ReadOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(options);
        if (!db.open()) {
            return Error::make(StoreErrorCode::Sql,
                               QStringLiteral("The case store %1 could not be opened.").arg(path),
                               db.lastError().text());
        }
    }
    for (const QString &pragma : SqliteDialect::connectionPragmas(access == Access::ReadOnly)) {
        if (Status status = connection->run(pragma, {}, QStringLiteral("preparing the store"));
            !status)
            return status.error();
    }
    return connection;
}

Error StoreConnection::errorFrom(const QSqlQuery &query, const QString &what)
{
    const QSqlError sqlError = query.lastError();
    const int primary = sqlError.nativeErrorCode().toInt() & 0xff;
    const QString detail = QStringLiteral("%1 [SQLite %2] in: %3")
                               .arg(sqlError.text(), sqlError.nativeErrorCode(), query.lastQuery());
    const QString doing = what.isEmpty() ? QStringLiteral("working on the case store") : what;
    switch (SqliteDialect::classify(primary)) {
    case SqliteDialect::Failure::Busy:
        return Error::make(StoreErrorCode::Locked,
                           QStringLiteral("The case store is in use by another program, so %1 "
                                          "could not finish. Close the other program (or wait for "
                                          "it) and try again.")
                               .arg(doing),
                           detail);
    case SqliteDialect::Failure::ReadOnly:
        return Error::make(StoreErrorCode::ReadOnly,
                           QStringLiteral("The case store cannot be written, so %1 could not "
                                          "finish. Check the file's permissions or open it "
                                          "read-only.")
                               .arg(doing),
                           detail);
    case SqliteDialect::Failure::Corrupt:
        return Error::make(StoreErrorCode::Corrupt,
                           QStringLiteral("The case store is damaged, so %1 could not finish. "
                                          "Open the latest backup.")
                               .arg(doing),
                           detail);
    case SqliteDialect::Failure::Interrupted:
        return Error::make(StoreErrorCode::Interrupted,
                           QStringLiteral("Stopped %1: a newer request replaced it.").arg(doing),
                           detail);
    case SqliteDialect::Failure::Other:
        break;
    }
    return Error::make(StoreErrorCode::Sql,
                       QStringLiteral("The case store failed while %1.").arg(doing), detail);
}

Result<QSqlQuery *> StoreConnection::prepared(const QString &sql, const QString &what)
{
    auto found = m_prepared.find(sql);
    if (found == m_prepared.end()) {
        QSqlQuery query(database());
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            return errorFrom(query, what);
        found = m_prepared.emplace(sql, std::move(query));
    }
    return &*found;
}

Status StoreConnection::run(const QString &sql, const QVariantList &values, const QString &what)
{
    Result<QSqlQuery *> statement = prepared(sql, what);
    if (!statement)
        return statement.error();
    QSqlQuery &query = **statement;
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    const bool ran = query.exec();
    query.finish();
    if (!ran) {
        Error error = errorFrom(query, what);
        // A statement can go stale (the schema changed under it): prepare afresh next time.
        m_prepared.remove(sql);
        return error;
    }
    return success();
}

Result<std::optional<QVariantList>>
StoreConnection::selectRow(const QString &sql, const QVariantList &values, const QString &what)
{
    Result<QSqlQuery *> statement = prepared(sql, what);
    if (!statement)
        return statement.error();
    QSqlQuery &query = **statement;
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (!query.exec()) {
        Error error = errorFrom(query, what);
        m_prepared.remove(sql);
        return error;
    }
    std::optional<QVariantList> row;
    if (query.next()) {
        QVariantList columns;
        for (int i = 0; i < query.record().count(); ++i)
            columns.append(query.value(i));
        row = columns;
    }
    query.finish();
    return row;
}

Result<QSqlQuery> StoreConnection::select(const QString &sql, const QVariantList &values,
                                          const QString &what)
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return errorFrom(query, what);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return errorFrom(query, what);
    return query;
}

} // namespace foi::core
