#pragma once

// The throwaway PostgreSQL server ctest starts for these tests (scripts/lib/throwaway-postgres,
// the "postgres" fixture): where it listens, and a fresh database per test, dropped afterwards.

#include "core/store/StoreAddress.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUuid>

#include <memory>

namespace foi::test {

class ThrowawayPostgres
{
public:
    // Reads the server's details; empty when the server is not running, with `problem` saying
    // why (the test then fails with it).
    static ThrowawayPostgres find(QString *problem)
    {
        ThrowawayPostgres server;
        QFile env(QStringLiteral(FOI_POSTGRES_ENV_FILE));
        if (!env.open(QIODevice::ReadOnly)) {
            *problem = QStringLiteral("The throwaway PostgreSQL server is not running (no %1). "
                                      "Run this test through ctest, whose postgres fixture "
                                      "starts it.")
                           .arg(env.fileName());
            return server;
        }
        while (!env.atEnd()) {
            const QString line = QString::fromUtf8(env.readLine()).trimmed();
            const qsizetype equals = line.indexOf(QLatin1Char('='));
            if (equals > 0)
                server.m_values.insert(line.left(equals), line.mid(equals + 1));
        }
        return server;
    }

    bool isRunning() const { return m_values.contains(QStringLiteral("FOI_PG_PORT")); }
    QString host() const { return m_values.value(QStringLiteral("FOI_PG_HOST")); }
    int port() const { return m_values.value(QStringLiteral("FOI_PG_PORT")).toInt(); }
    QString superuser() const { return m_values.value(QStringLiteral("FOI_PG_USER")); }

    // postgresql://user@host:port/database for this server.
    QString url(const QString &database, const QString &user = {}) const
    {
        return QStringLiteral("postgresql://%1@%2:%3/%4")
            .arg(user.isEmpty() ? superuser() : user, host())
            .arg(port())
            .arg(database);
    }
    core::StoreAddress address(const QString &database, const QString &user = {}) const
    {
        return core::StoreAddress::parse(url(database, user)).value();
    }

    // Runs `sql` as the superuser in `database`; the error text, empty on success.
    QString runAsSuperuser(const QString &sql,
                           const QString &database = QStringLiteral("postgres")) const
    {
        const QString name =
            QStringLiteral("foi-test-admin-") + QUuid::createUuid().toString(QUuid::Id128);
        QString problem;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(host());
            db.setPort(port());
            db.setUserName(superuser());
            db.setDatabaseName(database);
            if (!db.open()) {
                problem = db.lastError().text();
            } else {
                QSqlQuery query(db);
                if (!query.exec(sql))
                    problem = query.lastError().text();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return problem;
    }

    // A new, empty database with a unique name; the name, or empty with `problem` set.
    QString createDatabase(QString *problem) const
    {
        const QString name =
            QStringLiteral("foi_test_") + QUuid::createUuid().toString(QUuid::Id128);
        *problem = runAsSuperuser(QStringLiteral("CREATE DATABASE %1").arg(name));
        return problem->isEmpty() ? name : QString();
    }
    void dropDatabase(const QString &name) const
    {
        if (!name.isEmpty())
            runAsSuperuser(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    }

    // Kills the server with SIGKILL, postmaster and backends, as a crash would (issue 20 point
    // 6); its data stays for restart(). Every other test's connection is lost with it, so a
    // test that calls this runs alone (RUN_SERIAL) and restarts the server however it ends.
    // The problem, empty on success.
    QString kill() const { return runScript(QStringLiteral("kill")); }
    // Starts the killed server again, on the same port with the same data; after crash
    // recovery it has every committed transaction. The problem, empty on success.
    QString restart() const { return runScript(QStringLiteral("restart")); }
    // Starts the script's action at once and returns while it runs: for killing the server
    // while a test's saves are under way.
    std::unique_ptr<QProcess> startKill() const
    {
        auto process = std::make_unique<QProcess>();
        process->start(QStringLiteral("bash"), {QStringLiteral(FOI_THROWAWAY_POSTGRES),
                                                QStringLiteral("kill"), stateDirectory()});
        return process;
    }

private:
    static QString stateDirectory()
    {
        return QFileInfo(QStringLiteral(FOI_POSTGRES_ENV_FILE)).absolutePath();
    }

    static QString runScript(const QString &action)
    {
        QProcess process;
        process.start(QStringLiteral("bash"),
                      {QStringLiteral(FOI_THROWAWAY_POSTGRES), action, stateDirectory()});
        if (!process.waitForFinished(120000) || process.exitCode() != 0)
            return QStringLiteral("throwaway-postgres %1 failed: %2")
                .arg(action, QString::fromUtf8(process.readAllStandardError()));
        return {};
    }

    QHash<QString, QString> m_values;
};

} // namespace foi::test
