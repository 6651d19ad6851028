#pragma once

// The throwaway PostgreSQL server ctest starts for these tests (scripts/lib/throwaway-postgres,
// the "postgres" fixture): where it listens, and a fresh database per test, dropped afterwards.

#include "core/store/StoreAddress.h"

#include <QFile>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUuid>

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

private:
    QHash<QString, QString> m_values;
};

} // namespace foi::test
