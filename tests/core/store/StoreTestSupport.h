#pragma once

#include "core/store/CaseRecord.h"
#include "core/store/CaseStore.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <sqlite3.h>

// Helpers shared by the store's tests: a fake clock, a fresh store in a temporary folder
// (WAL needs a real file), sample case records, and raw SQL through the SQLite C API on a
// second connection, as someone with the sqlite3 shell would tamper with the file.
namespace storetest {

inline foi::core::Clock fakeClock()
{
    auto ticks = std::make_shared<qint64>(0);
    return [ticks] {
        return QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC).addSecs((*ticks)++);
    };
}

inline foi::core::CaseStore::Options options(int busyTimeoutMs = 2000)
{
    return foi::core::CaseStore::Options{.busyTimeoutMs = busyTimeoutMs, .clock = fakeClock()};
}

inline std::unique_ptr<foi::core::CaseStore> create(const QString &path)
{
    auto store = foi::core::CaseStore::open(path, foi::core::CaseStore::OpenMode::CreateIfMissing,
                                            options());
    if (!store) {
        qWarning("%s / %s", qPrintable(store.error().message), qPrintable(store.error().detail));
        return nullptr;
    }
    return std::move(store).value();
}

inline foi::core::CaseRecord record(const QString &reference, const QString &requestText,
                                    const QDate &received = QDate(2025, 1, 6))
{
    foi::core::CaseRecord r;
    r.reference = reference;
    r.regime = QStringLiteral("FOIA");
    r.dateReceived = received;
    r.status = QStringLiteral("open");
    r.outcome = QStringLiteral("in-progress");
    r.requesterName = QStringLiteral("Alex Requester");
    r.requestText = requestText;
    r.questionsText = QStringLiteral("Q1 ") + requestText;
    r.document = QStringLiteral("{\"reference\":\"%1\",\"request\":\"%2\"}")
                     .arg(reference, requestText)
                     .toUtf8();
    return r;
}

// Runs `sql` (one or more statements) on `path` through a separate C API connection.
inline QString rawExec(const QString &path, const QString &sql)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) !=
        SQLITE_OK) {
        sqlite3_close(db);
        return QStringLiteral("cannot open");
    }
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    QString error;
    if (rc != SQLITE_OK)
        error = QString::fromUtf8(message ? message : "error");
    sqlite3_free(message);
    sqlite3_close(db);
    return error;
}

// Runs one SELECT on `path` through a separate C API connection; NULL comes back as a null
// QString.
inline QList<QStringList> rawSelect(const QString &path, const QString &sql)
{
    QList<QStringList> rows;
    sqlite3 *db = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) ==
            SQLITE_OK &&
        sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &statement, nullptr) == SQLITE_OK) {
        while (sqlite3_step(statement) == SQLITE_ROW) {
            QStringList row;
            for (int i = 0; i < sqlite3_column_count(statement); ++i) {
                const auto *text =
                    reinterpret_cast<const char *>(sqlite3_column_text(statement, i));
                row.append(text ? QString::fromUtf8(text) : QString());
            }
            rows.append(row);
        }
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return rows;
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace storetest
