#include "core/store/CaseStore.h"

#include "core/store/Migrations.h"
#include "core/store/SqliteDialect.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreFile.h"
#include "core/store/WriteTransaction.h"
#include "core/support/StoreErrorCode.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>

namespace foi::core {

namespace {

Error withQuarantine(Error error, const QString &path, const Clock &clock)
{
    Result<QString> copy = StoreFile::quarantine(path, clock.now());
    if (copy) {
        error.message += QStringLiteral(" A copy of the damaged file was kept as %1.").arg(*copy);
    } else {
        error.message += QStringLiteral(" (No copy of the damaged file could be kept: %1)")
                             .arg(copy.error().message);
    }
    return error;
}

} // namespace

OwnedStoreConnection::OwnedStoreConnection(std::unique_ptr<StoreConnection> connection)
    : m_owned(std::move(connection))
{}

OwnedStoreConnection::~OwnedStoreConnection() = default;

CaseStore::CaseStore(QString path, std::unique_ptr<StoreConnection> connection,
                     const Options &options)
    : OwnedStoreConnection(std::move(connection))
    , StoreRepositories(*m_owned, options.clock)
    , m_path(std::move(path))
    , m_options(options)
    , m_backups(std::make_unique<BackupService>(*m_owned, audit(), options.clock))
{}

CaseStore::~CaseStore() = default;

Result<std::unique_ptr<StoreConnection>> CaseStore::connect(const QString &path, OpenMode mode,
                                                            const Options &options)
{
    if (mode == OpenMode::CreateIfMissing) {
        if (Status folder = StoreFile::ensureFolderOwnerOnly(path); !folder)
            return folder.error();
    }
    if (Status local = StoreFile::refuseNetworkShare(path); !local)
        return local.error();
    if (!QFileInfo::exists(path)) {
        if (mode != OpenMode::CreateIfMissing)
            return StoreFile::checkExisting(path).error();
        if (Status created = StoreFile::createOwnerOnly(path); !created)
            return created.error();
    } else if (Status plausible = StoreFile::checkExisting(path); !plausible) {
        return plausible.error();
    }
    if (mode != OpenMode::ReadOnly && StoreFile::isReadOnlyForUs(path)) {
        return Error::make(StoreErrorCode::ReadOnly,
                           QStringLiteral("The case store %1 is read-only for you. Open it "
                                          "read-only to look at the cases, or ask for write "
                                          "access to the file.")
                               .arg(path));
    }
    const auto access = mode == OpenMode::ReadOnly ? StoreConnection::Access::ReadOnly
                                                   : StoreConnection::Access::ReadWrite;
    return StoreConnection::open(path, access, options.busyTimeoutMs);
}

Status CaseStore::checkIsCaseStore(StoreConnection &connection, OpenMode mode)
{
    Result<QSqlQuery> query = connection.select(
        QStringLiteral("SELECT (SELECT application_id FROM pragma_application_id), "
                       "(SELECT COUNT(*) FROM sqlite_schema)"),
        {}, QStringLiteral("opening the store"));
    if (!query)
        return query.error();
    query->next();
    const int applicationId = query->value(0).toInt();
    const int objects = query->value(1).toInt();
    const bool empty = applicationId == 0 && objects == 0;
    if (applicationId != SqliteDialect::applicationId && !empty) {
        return Error::make(StoreErrorCode::NotSqlite,
                           QStringLiteral("%1 is a SQLite database, but not a case store of FOI "
                                          "Workbench. Choose another file.")
                               .arg(connection.path()),
                           QStringLiteral("application_id %1").arg(applicationId));
    }
    if (empty && mode == OpenMode::ReadOnly) {
        return Error::make(
            StoreErrorCode::Missing,
            QStringLiteral("%1 is an empty database with no cases in it.").arg(connection.path()));
    }
    return success();
}

Result<std::unique_ptr<CaseStore>> CaseStore::open(const QString &path, OpenMode mode,
                                                   const Options &options)
{
    Result<std::unique_ptr<StoreConnection>> connection = connect(path, mode, options);
    if (!connection) {
        if (connection.error().code == StoreErrorCode::Corrupt)
            return withQuarantine(connection.error(), path, options.clock);
        return connection.error();
    }
    StoreConnection &db = **connection;
    const bool large = QFileInfo(path).size() > options.largeFileBytes;
    const bool fullCheck = options.integrityCheck == IntegrityCheck::Always || !large;
    if (Status sound = fullCheck ? checkFile(db, false) : checkBounded(db); !sound) {
        if (sound.error().code == StoreErrorCode::Corrupt)
            return withQuarantine(sound.error(), path, options.clock);
        return sound.error();
    }
    if (Status isStore = checkIsCaseStore(db, mode); !isStore)
        return isStore.error();
    Result<int> version = Migrations::currentVersion(db);
    if (!version)
        return version.error();
    if (mode == OpenMode::ReadOnly) {
        if (*version < Migrations::latestVersion()) {
            return Error::make(StoreErrorCode::ReadOnly,
                               QStringLiteral("The case store %1 is from an older FOI Workbench "
                                              "and must be upgraded before it can be read. Open "
                                              "it once without read-only (a backup is kept).")
                                   .arg(path));
        }
    } else {
        if (Status upgraded = Migrations::upgrade(db); !upgraded)
            return upgraded.error();
        if (Status restricted = StoreFile::restrictToOwner(path); !restricted)
            return restricted.error();
    }
    std::unique_ptr<CaseStore> store(new CaseStore(path, std::move(connection).value(), options));
    store->m_fullCheckPending = !fullCheck;
    return store;
}

Status CaseStore::checkBounded(StoreConnection &connection)
{
    // sqlite_schema first: a damaged schema would make every later statement fail oddly.
    // (A store not yet made has no store_meta; checkTables then reports the missing table.)
    QStringList tables{QStringLiteral("sqlite_schema")};
    Result<std::optional<QVariantList>> hasMeta = connection.selectRow(
        QStringLiteral("SELECT 1 FROM sqlite_schema WHERE name = 'store_meta'"), {},
        QStringLiteral("opening the store"));
    if (!hasMeta)
        return hasMeta.error().code == StoreErrorCode::Locked
                   ? hasMeta.error()
                   : Error::make(StoreErrorCode::Corrupt,
                                 QStringLiteral("The case store %1 is damaged. Open the latest "
                                                "backup, or choose another file.")
                                     .arg(connection.path()),
                                 hasMeta.error().detail);
    if (*hasMeta)
        tables.append(QStringLiteral("store_meta"));
    return reportProblems(connection, SqliteDialect::checkTables(connection.database(), tables));
}

Status CaseStore::checkFile(StoreConnection &connection, bool full)
{
    return reportProblems(connection, SqliteDialect::checkIntegrity(connection.database(), !full));
}

Status CaseStore::reportProblems(StoreConnection &connection, const Result<QStringList> &problems)
{
    if (!problems)
        return problems.error();
    if (!problems->isEmpty()) {
        return Error::make(StoreErrorCode::Corrupt,
                           QStringLiteral("The case store %1 is damaged. Open the latest backup, "
                                          "or choose another file.")
                               .arg(connection.path()),
                           problems->mid(0, 5).join(QLatin1Char('\n')));
    }
    return success();
}

Status CaseStore::checkIntegrity(bool full)
{
    if (Status sound = checkFile(connection(), full); !sound)
        return sound;
    m_fullCheckPending = false;
    return noteIntegrityCheck();
}

Status CaseStore::noteIntegrityCheck()
{
    m_fullCheckPending = false;
    if (isReadOnly())
        return success();
    // Remembered so that the workbench can say when the store was last checked page by page.
    return connection().run(
        QStringLiteral("INSERT INTO store_meta (key, value) VALUES ('last_integrity_check', ?) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
        {m_options.clock().toUTC().toString(Qt::ISODateWithMs)},
        QStringLiteral("noting the integrity check"));
}

Result<QString> CaseStore::quarantine(const QString &path, const Clock &clock)
{
    return StoreFile::quarantine(path, clock.now());
}

Result<AuditAnchor> CaseStore::checkBackup(const QString &source, const Options &options)
{
    Result<std::unique_ptr<CaseStore>> backup = open(source, OpenMode::ReadOnly, options);
    if (!backup)
        return backup.error();
    if (Status sound = (*backup)->checkIntegrity(true); !sound) {
        Error error = sound.error();
        if (error.code == StoreErrorCode::Corrupt)
            error.message = QStringLiteral("The backup %1 is damaged and was not restored. "
                                           "Choose an older backup.")
                                .arg(source);
        return error;
    }
    QList<AuditAnchor> backupAnchors;
    Result<BackupMetadata> metadata = BackupMetadata::read(source);
    if (metadata)
        backupAnchors.append(metadata->auditHead);
    Result<AuditReport> report = (*backup)->verify(backupAnchors);
    if (!report)
        return report.error();
    if (!report->intact) {
        return Error::make(StoreErrorCode::Corrupt,
                           QStringLiteral("The backup %1 has a broken audit trail (%2) and "
                                          "was not restored. Choose an older backup.")
                               .arg(source, report->problem));
    }
    return report->head;
}

Result<CaseStore::DamagedRestore> CaseStore::restoreDamaged(const QString &path,
                                                            const QString &source,
                                                            const QString &officer,
                                                            const Options &options)
{
    Result<AuditAnchor> backupHead = checkBackup(source, options);
    if (!backupHead)
        return backupHead.error();
    // The damaged file goes aside first, as one quarantine copy (the one opening made, if any).
    Result<QString> kept = quarantine(path, options.clock);
    if (!kept)
        return Error::make(StoreErrorCode::FileSystem,
                           QStringLiteral("The damaged store could not be moved aside, so the "
                                          "backup was not restored: %1 Check the folder has "
                                          "space and that you may write there.")
                               .arg(kept.error().message),
                           kept.error().detail);
    for (const QLatin1String suffix :
         {QLatin1String(""), QLatin1String("-wal"), QLatin1String("-shm")}) {
        const QString file = path + suffix;
        if (QFileInfo::exists(file) && !QFile::remove(file))
            return Error::make(StoreErrorCode::FileSystem,
                               QStringLiteral("The damaged store %1 could not be moved aside "
                                              "(a copy is kept as %2). Check that you may "
                                              "write in its folder.")
                                   .arg(file, *kept));
    }
    if (Status copied = StoreFile::copyOwnerOnly(source, path); !copied)
        return copied.error();
    Result<std::unique_ptr<CaseStore>> restored = open(path, OpenMode::ReadWrite, options);
    if (!restored)
        return restored.error();
    CaseStore &store = **restored;
    WriteTransaction transaction = store.transaction();
    if (Status begun = transaction.begin(); !begun)
        return begun.error();
    Result<AuditAnchor> recorded = store.audit().record(
        {officer, QStringLiteral("restore-store"), QStringLiteral("store"), QStringLiteral("store"),
         QStringLiteral("store found damaged and restored from backup %1 (audit head %2); the "
                        "damaged file was kept as %3")
             .arg(QFileInfo(source).fileName(), backupHead->toString(),
                  QFileInfo(*kept).fileName()),
         std::nullopt, std::nullopt});
    if (!recorded)
        return recorded.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    DamagedRestore result;
    result.quarantineCopy = *kept;
    Result<BackupMetadata> metadata = BackupMetadata::read(source);
    if (metadata)
        result.backupMadeAt = QDateTime::fromString(metadata->createdAt, Qt::ISODateWithMs).toUTC();
    Result<qint64> count = store.cases().count();
    if (count)
        result.caseCount = *count;
    return result;
}

Result<QString> CaseStore::restoreFrom(const QString &source, const QString &officer)
{
    if (isReadOnly()) {
        return Error::make(StoreErrorCode::ReadOnly,
                           QStringLiteral("The store is open read-only: open it normally to "
                                          "restore a backup into it."));
    }
    Result<AuditAnchor> backupHead = checkBackup(source, m_options);
    if (!backupHead)
        return backupHead.error();
    const QString stamp =
        m_options.clock().toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    Result<BackupMetadata> before =
        m_backups->backupTo(QStringLiteral("%1.before-restore-%2").arg(m_path, stamp));
    if (!before)
        return before.error();
    if (Status restored = SqliteDialect::restoreFrom(connection().database(), source); !restored)
        return restored.error();
    if (Status upgraded = Migrations::upgrade(connection()); !upgraded)
        return upgraded.error();
    WriteTransaction transaction(connection());
    if (Status begun = transaction.begin(); !begun)
        return begun.error();
    Result<AuditAnchor> recorded = audit().record(
        {officer, QStringLiteral("restore-store"), QStringLiteral("store"), QStringLiteral("store"),
         QStringLiteral("store restored from backup %1 (audit head %2); the store before was kept "
                        "as %3")
             .arg(QFileInfo(source).fileName(), backupHead->toString(),
                  QFileInfo(before->backupPath).fileName()),
         std::nullopt, std::nullopt});
    if (!recorded)
        return recorded.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    if (Status restricted = StoreFile::restrictToOwner(m_path); !restricted)
        return restricted.error();
    return before->backupPath;
}

} // namespace foi::core
