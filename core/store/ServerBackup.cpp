#include "core/store/ServerBackup.h"

#include "core/store/AuditTrail.h"
#include "core/store/PostgresMigrations.h"
#include "core/store/ServerStore.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreFile.h"
#include "core/support/StoreErrorCode.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QVariant>

namespace foi::core {

namespace {

// pg_dump's custom format starts with these five bytes (pg_backup_archiver.c).
const QByteArray customFormatMagic = QByteArrayLiteral("PGDMP");

// The tables a case store's dump must hold, whatever else it has.
const QStringList storeTables{QStringLiteral("store_meta"), QStringLiteral("audit_log"),
                              QStringLiteral("cases")};

Error refused(const QString &message, const QString &detail = {})
{
    return Error::make(StoreErrorCode::Invalid, message, detail);
}

// Ends the read snapshot however the backup went.
class SnapshotTransaction
{
public:
    explicit SnapshotTransaction(StoreConnection &connection)
        : m_connection(connection)
    {}
    ~SnapshotTransaction()
    {
        if (m_open)
            (void)m_connection.run(QStringLiteral("ROLLBACK"));
    }
    Status begin()
    {
        Status begun =
            m_connection.run(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY"), {},
                             QStringLiteral("starting the backup's read snapshot"));
        m_open = begun.ok();
        return begun;
    }

private:
    StoreConnection &m_connection;
    bool m_open = false;
};

} // namespace

ServerBackup::Tools ServerBackup::Tools::onPath()
{
    return {QStandardPaths::findExecutable(QStringLiteral("pg_dump")),
            QStandardPaths::findExecutable(QStringLiteral("pg_restore"))};
}

ServerBackup::ServerBackup(Tools tools, Clock clock)
    : m_tools(std::move(tools))
    , m_clock(std::move(clock))
{}

Status ServerBackup::runTool(const QString &program, const QStringList &arguments,
                             const QString &what, QByteArray *output) const
{
    if (program.isEmpty()) {
        return Error::make(StoreErrorCode::FileSystem,
                           QStringLiteral("%1 needs PostgreSQL's pg_dump and pg_restore, which "
                                          "are not installed here. Install them with \"sudo apt "
                                          "install postgresql-client\" and try again.")
                               .arg(what));
    }
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Never a prompt: without a password in ~/.pgpass or PGPASSFILE the tool fails at once.
    environment.remove(QStringLiteral("PGPASSWORD"));
    process.setProcessEnvironment(environment);
    process.setProgram(program);
    process.setArguments(arguments + QStringList{QStringLiteral("--no-password")});
    process.setStandardInputFile(QProcess::nullDevice());
    process.start();
    // No time limit: a large store takes as long as it takes, and the tools end on their own
    // when the server goes away.
    if (!process.waitForStarted() || !process.waitForFinished(-1) ||
        process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString message = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
        return Error::make(StoreErrorCode::Sql,
                           QStringLiteral("%1 failed: %2")
                               .arg(what, message.isEmpty() ? process.errorString() : message));
    }
    if (output)
        *output = process.readAllStandardOutput();
    return success();
}

Result<BackupMetadata> ServerBackup::backup(const StoreAddress &address,
                                            const QString &target) const
{
    if (QFileInfo::exists(target)) {
        return Error::make(StoreErrorCode::FileSystem,
                           QStringLiteral("%1 already exists, and a backup never replaces a file. "
                                          "Name a new file for the backup.")
                               .arg(target));
    }
    Result<std::unique_ptr<StoreConnection>> connection =
        StoreConnection::openServer(address, StoreConnection::Access::ReadOnly);
    if (!connection)
        return connection.error();
    SnapshotTransaction snapshot(**connection);
    if (Status begun = snapshot.begin(); !begun)
        return begun.error();
    Result<int> version = PostgresMigrations::currentVersion(**connection);
    if (!version)
        return version.error();
    if (*version == 0) {
        return Error::make(StoreErrorCode::NotInitialised,
                           QStringLiteral("The database %1 holds no case store, so there is "
                                          "nothing to back up.")
                               .arg(address.display()));
    }
    Result<std::optional<QVariantList>> exported =
        (*connection)
            ->selectRow(QStringLiteral("SELECT pg_export_snapshot()"), {},
                        QStringLiteral("sharing the backup's read snapshot with pg_dump"));
    if (!exported)
        return exported.error();
    if (!*exported)
        return refused(QStringLiteral("The server gave no snapshot for pg_dump to read from."));
    // Read in the snapshot pg_dump reads, so the anchor is the head of what the dump holds.
    AuditTrail audit(**connection, m_clock);
    Result<AuditAnchor> head = audit.head();
    if (!head)
        return head.error();

    const QString partial = target + QStringLiteral(".part");
    QFile::remove(partial);
    if (Status created = StoreFile::createOwnerOnly(partial); !created) {
        return Error::make(StoreErrorCode::FileSystem,
                           QStringLiteral("No backup could be written in %1: the folder is "
                                          "missing or you may not write there. Choose another "
                                          "folder; the team store is unchanged.")
                               .arg(QFileInfo(target).absolutePath()),
                           created.error().detail);
    }
    const Status dumped = runTool(m_tools.pgDump,
                                  {QStringLiteral("--format=custom"),
                                   QStringLiteral("--snapshot=") + (**exported).at(0).toString(),
                                   QStringLiteral("--file=") + partial,
                                   QStringLiteral("--dbname=") + address.libpqConnectionString()},
                                  QStringLiteral("pg_dump"));
    if (!dumped) {
        QFile::remove(partial);
        return dumped.error();
    }
    Result<QString> sha = BackupMetadata::fileSha256(partial);
    if (!sha) {
        QFile::remove(partial);
        return sha.error();
    }
    BackupMetadata metadata;
    metadata.backupPath = target;
    metadata.createdAt = m_clock().toUTC().toString(Qt::ISODateWithMs);
    metadata.sourcePath = address.display();
    metadata.schemaVersion = *version;
    metadata.size = QFileInfo(partial).size();
    metadata.sha256 = *sha;
    metadata.auditHead = *head;
    if (Status named = metadata.recordAndName(partial); !named)
        return named.error();
    return metadata;
}

Status ServerBackup::checkArchive(const QString &source) const
{
    QFile file(source);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(StoreErrorCode::NotFound,
                           QStringLiteral("The backup %1 could not be opened: %2. Name the file "
                                          "that 'backup' wrote.")
                               .arg(source, file.errorString()));
    }
    if (file.read(customFormatMagic.size()) != customFormatMagic) {
        return refused(QStringLiteral("%1 is not a team store backup (a pg_dump archive in the "
                                      "custom format, as 'backup' writes for a team store). A "
                                      "store file's backup is restored into a store file.")
                           .arg(source));
    }
    QByteArray listing;
    if (Status listed = runTool(m_tools.pgRestore, {QStringLiteral("--list"), source},
                                QStringLiteral("Reading the backup's contents"), &listing);
        !listed) {
        return refused(
            QStringLiteral("%1 is damaged or cut short: pg_restore cannot read its contents. "
                           "Restore another backup.")
                .arg(source),
            listed.error().message);
    }
    const QString contents = QString::fromUtf8(listing);
    for (const QString &table : storeTables) {
        if (!contents.contains(QStringLiteral(" TABLE DATA public %1 ").arg(table))) {
            return refused(QStringLiteral("%1 is a PostgreSQL backup, but not of a case store "
                                          "(it has no %2 table). Restore a backup made with "
                                          "foi-workbench-cli backup.")
                               .arg(source, table));
        }
    }
    return success();
}

Result<AuditReport> ServerBackup::restore(const StoreAddress &address, const QString &source) const
{
    if (Status archive = checkArchive(source); !archive)
        return archive.error();
    // The record beside it, when there is one, must describe this very file.
    QList<AuditAnchor> anchors;
    if (QFileInfo::exists(BackupMetadata::metadataPathFor(source))) {
        Result<BackupMetadata> record = BackupMetadata::read(source);
        if (!record)
            return record.error();
        Result<QString> sha = BackupMetadata::fileSha256(source);
        if (!sha)
            return sha.error();
        if (record->size != QFileInfo(source).size() || record->sha256 != *sha) {
            return refused(QStringLiteral("%1 is not the file its record %2 describes (its size "
                                          "or SHA-256 differs): it was changed or cut short "
                                          "after the backup. Restore another backup.")
                               .arg(source, BackupMetadata::metadataPathFor(source)));
        }
        if (record->schemaVersion > PostgresMigrations::latestVersion()) {
            return Error::make(StoreErrorCode::NewerSchema,
                               QStringLiteral("%1 is a backup of a team store of version %2, "
                                              "and this workbench knows version %3. Restore it "
                                              "with a workbench of its version.")
                                   .arg(source)
                                   .arg(record->schemaVersion)
                                   .arg(PostgresMigrations::latestVersion()));
        }
        anchors.append(record->auditHead);
    }
    {
        Result<std::unique_ptr<StoreConnection>> connection =
            StoreConnection::openServer(address, StoreConnection::Access::ReadOnly);
        if (!connection)
            return connection.error();
        Result<std::optional<QVariantList>> tables =
            (*connection)
                ->selectRow(
                    QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = "
                                   "current_schema()"),
                    {}, QStringLiteral("looking for tables in the database"));
        if (!tables)
            return tables.error();
        if (*tables && (**tables).at(0).toLongLong() > 0) {
            return Error::make(StoreErrorCode::NotEmpty,
                               QStringLiteral("The database %1 is not empty, and a backup is "
                                              "restored only into an empty one, so nothing was "
                                              "changed. Create an empty database (createdb) and "
                                              "restore into that.")
                                   .arg(address.display()));
        }
    }
    if (Status restored =
            runTool(m_tools.pgRestore,
                    {QStringLiteral("--exit-on-error"), QStringLiteral("--single-transaction"),
                     QStringLiteral("--no-owner"), QStringLiteral("--no-privileges"),
                     QStringLiteral("--dbname=") + address.libpqConnectionString(), source},
                    QStringLiteral("pg_restore"));
        !restored) {
        return restored.error();
    }
    Result<std::unique_ptr<ServerStore>> store =
        ServerStore::open(address, StoreConnection::Access::ReadWrite, m_clock);
    if (!store)
        return store.error();
    return (*store)->repositories().verify(anchors);
}

} // namespace foi::core
