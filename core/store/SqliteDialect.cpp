#include "core/store/SqliteDialect.h"

#include "core/store/SearchWords.h"
#include "core/store/StoreConnection.h"
#include "core/store/WelshMutations.h"
#include "core/support/StoreErrorCode.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace foi::core {

namespace {

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

QString quoted(QString term)
{
    term.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + term + QLatin1Char('"');
}

// Runs the backup API from `from` to `to` in steps, sleeping while the source is busy, and
// reports after each step; a report answered with false stops the copy.
Status copyPages(sqlite3 *to, sqlite3 *from, const QString &what,
                 const SqliteDialect::PageProgress &progress = {}, int pagesPerStep = 1024)
{
    sqlite3_backup *backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup) {
        return Error::make(StoreErrorCode::Sql, QStringLiteral("%1 could not start.").arg(what),
                           QString::fromUtf8(sqlite3_errmsg(to)));
    }
    int rc = SQLITE_OK;
    bool stopped = false;
    do {
        rc = sqlite3_backup_step(backup, qMax(1, pagesPerStep));
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(25);
        if (progress && (rc == SQLITE_OK || rc == SQLITE_DONE)) {
            const qint64 total = sqlite3_backup_pagecount(backup);
            stopped = !progress(total - sqlite3_backup_remaining(backup), total);
        }
    } while (!stopped && (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED));
    sqlite3_backup_finish(backup);
    if (stopped && rc != SQLITE_DONE)
        return Error::make(StoreErrorCode::Cancelled,
                           QStringLiteral("%1 was stopped before it finished.").arg(what));
    if (rc != SQLITE_DONE) {
        return Error::make(
            StoreErrorCode::Sql, QStringLiteral("%1 did not finish.").arg(what),
            QStringLiteral("%1 (SQLite %2)").arg(QString::fromUtf8(sqlite3_errstr(rc))).arg(rc));
    }
    return success();
}

} // namespace

void *SqliteDialect::nativeHandle(const QSqlDatabase &db)
{
    return handleOf(db);
}

void SqliteDialect::interrupt(void *nativeHandle)
{
    if (nativeHandle)
        sqlite3_interrupt(static_cast<sqlite3 *>(nativeHandle));
}

SqliteDialect::Failure SqliteDialect::classify(int primaryResultCode)
{
    switch (primaryResultCode) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Failure::Busy;
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return Failure::ReadOnly;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Failure::Corrupt;
    case SQLITE_INTERRUPT:
        return Failure::Interrupted;
    default:
        return Failure::Other;
    }
}

QStringList SqliteDialect::connectionPragmas(bool readOnly)
{
    QStringList pragmas{
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA recursive_triggers = ON"),
        QStringLiteral("PRAGMA secure_delete = ON"),
        // FULL, not NORMAL: a commit the officer saw succeed survives a power cut too.
        QStringLiteral("PRAGMA synchronous = FULL"),
        // 64 MiB of page cache instead of 2: imports and searches of a large store otherwise
        // spend their time re-reading pages. (No mmap: an I/O error there is a crash.)
        QStringLiteral("PRAGMA cache_size = -65536"),
        QStringLiteral("PRAGMA temp_store = MEMORY"),
    };
    if (!readOnly)
        pragmas.append(QStringLiteral("PRAGMA journal_mode = WAL"));
    return pragmas;
}

bool SqliteDialect::isSqliteHeader(const QByteArray &header)
{
    static const QByteArray magic("SQLite format 3\0", 16);
    return header.startsWith(magic);
}

qint64 SqliteDialect::declaredFileSize(const QByteArray &first100Bytes)
{
    if (first100Bytes.size() < 100)
        return -1;
    const auto byte = [&](int i) {
        return quint32(quint8(first100Bytes.at(i)));
    };
    const auto be32 = [&](int i) {
        return byte(i) << 24 | byte(i + 1) << 16 | byte(i + 2) << 8 | byte(i + 3);
    };
    quint32 pageSize = byte(16) << 8 | byte(17);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pageCount = be32(28);
    // The page count is only valid when the change counter matches "version valid for".
    if (pageCount == 0 || be32(24) != be32(92))
        return -1;
    return qint64(pageSize) * qint64(pageCount);
}

QStringList SqliteDialect::createCaseIndexStatements(IndexedText indexed)
{
    // External content: the words live once, in the cases table; the index holds only tokens
    // and is kept in step by triggers. Porter stemming finds "recognition" for "recognise".
    // Prefix indexes for 2 to 5 letters: a word typed so far ("recog") is looked up as one
    // entry instead of merging the doclists of every word it starts (migration 8 added 4, 5).
    // Migration 12 added the reasons given and the requester's email address.
    QStringList names{QStringLiteral("reference"), QStringLiteral("requester_name"),
                      QStringLiteral("request_text"), QStringLiteral("questions_text"),
                      QStringLiteral("answers_text")};
    if (indexed == IndexedText::WithReasonsAndEmail)
        names << QStringLiteral("reasons_text") << QStringLiteral("requester_email");
    const QString columns = names.join(QStringLiteral(", "));
    QStringList newNames;
    QStringList oldNames;
    for (const QString &name : std::as_const(names)) {
        newNames.append(QStringLiteral("new.") + name);
        oldNames.append(QStringLiteral("old.") + name);
    }
    const QString newValues = QStringLiteral("new.id, ") + newNames.join(QStringLiteral(", "));
    const QString oldValues =
        QStringLiteral("'delete', old.id, ") + oldNames.join(QStringLiteral(", "));
    return {
        QStringLiteral("CREATE VIRTUAL TABLE case_index USING fts5(%1, content = 'cases', "
                       "content_rowid = 'id', prefix = '2 3 4 5', "
                       "tokenize = 'porter unicode61 remove_diacritics 2')")
            .arg(columns),
        QStringLiteral("CREATE TRIGGER case_index_insert AFTER INSERT ON cases BEGIN "
                       "INSERT INTO case_index(rowid, %1) VALUES (%2); END")
            .arg(columns, newValues),
        QStringLiteral("CREATE TRIGGER case_index_delete AFTER DELETE ON cases BEGIN "
                       "INSERT INTO case_index(case_index, rowid, %1) VALUES (%2); END")
            .arg(columns, oldValues),
        QStringLiteral("CREATE TRIGGER case_index_update AFTER UPDATE OF %1 ON cases BEGIN "
                       "INSERT INTO case_index(case_index, rowid, %1) VALUES (%2); "
                       "INSERT INTO case_index(rowid, %1) VALUES (%3); END")
            .arg(columns, oldValues, newValues),
        QStringLiteral("INSERT INTO case_index(case_index) VALUES ('rebuild')"),
    };
}

QStringList SqliteDialect::rebuildCaseIndexStatements(IndexedText columns)
{
    QStringList statements{
        QStringLiteral("DROP TRIGGER case_index_insert"),
        QStringLiteral("DROP TRIGGER case_index_delete"),
        QStringLiteral("DROP TRIGGER case_index_update"),
        QStringLiteral("DROP TABLE case_index"),
    };
    statements += createCaseIndexStatements(columns);
    // One segment, as after a bulk import: the rebuild leaves several.
    statements.append(optimiseCaseIndexSql());
    return statements;
}

QStringList SqliteDialect::welshCaseIndexStatements()
{
    // English cases stay in case_index, stemmed by Porter's English rules; a case in Welsh or
    // in both languages is indexed in case_index_cy instead, whose words are kept as written
    // (unicode61 alone: lower case, accents folded, so "tŷ" is found by "ty"), since the
    // English stemmer would cut Welsh words at English endings. One index for each case, so
    // no word of a Welsh case is stemmed as English. Each trigger statement runs only for the
    // index the case's language picks (its WHERE), and a change of language moves the case.
    // Each index holds only its share of the cases table, so neither may be given FTS5's
    // 'rebuild' or 'integrity-check' commands, which read every row of the content table.
    const QStringList names{QStringLiteral("reference"),      QStringLiteral("requester_name"),
                            QStringLiteral("request_text"),   QStringLiteral("questions_text"),
                            QStringLiteral("answers_text"),   QStringLiteral("reasons_text"),
                            QStringLiteral("requester_email")};
    const QString columns = names.join(QStringLiteral(", "));
    const auto of = [&names](const QString &row) {
        QStringList values;
        for (const QString &name : names)
            values.append(row + QLatin1Char('.') + name);
        return values.join(QStringLiteral(", "));
    };
    const QString english = QStringLiteral("language = 'en'");
    const QString welsh = QStringLiteral("language <> 'en'");
    const auto add = [&columns](const QString &index, const QString &row, const QString &values,
                                const QString &condition) {
        return QStringLiteral("INSERT INTO %1(rowid, %2) SELECT %3.id, %4 WHERE %3.%5; ")
            .arg(index, columns, row, values, condition);
    };
    const auto remove = [&columns](const QString &index, const QString &row, const QString &values,
                                   const QString &condition) {
        return QStringLiteral("INSERT INTO %1(%1, rowid, %2) SELECT 'delete', %3.id, %4 "
                              "WHERE %3.%5; ")
            .arg(index, columns, row, values, condition);
    };
    const QString index = QStringLiteral("case_index");
    const QString indexCy = QStringLiteral("case_index_cy");
    const QString newRow = QStringLiteral("new");
    const QString oldRow = QStringLiteral("old");
    return {
        QStringLiteral("DROP TRIGGER case_index_insert"),
        QStringLiteral("DROP TRIGGER case_index_delete"),
        QStringLiteral("DROP TRIGGER case_index_update"),
        QStringLiteral("INSERT INTO case_index(case_index, rowid, %1) SELECT 'delete', id, %1 "
                       "FROM cases WHERE %2")
            .arg(columns, welsh),
        QStringLiteral("CREATE VIRTUAL TABLE case_index_cy USING fts5(%1, content = 'cases', "
                       "content_rowid = 'id', prefix = '2 3 4 5', "
                       "tokenize = 'unicode61 remove_diacritics 2')")
            .arg(columns),
        QStringLiteral("INSERT INTO case_index_cy(rowid, %1) SELECT id, %1 FROM cases WHERE %2")
            .arg(columns, welsh),
        QStringLiteral("CREATE TRIGGER case_index_insert AFTER INSERT ON cases BEGIN ") +
            add(index, newRow, of(newRow), english) + add(indexCy, newRow, of(newRow), welsh) +
            QStringLiteral("END"),
        QStringLiteral("CREATE TRIGGER case_index_delete AFTER DELETE ON cases BEGIN ") +
            remove(index, oldRow, of(oldRow), english) +
            remove(indexCy, oldRow, of(oldRow), welsh) + QStringLiteral("END"),
        QStringLiteral("CREATE TRIGGER case_index_update AFTER UPDATE OF %1, language ON cases "
                       "BEGIN ")
                .arg(columns) +
            remove(index, oldRow, of(oldRow), english) +
            remove(indexCy, oldRow, of(oldRow), welsh) + add(index, newRow, of(newRow), english) +
            add(indexCy, newRow, of(newRow), welsh) + QStringLiteral("END"),
        optimiseCaseIndexSql(),
    };
}

QString SqliteDialect::anyOfExpression(const QStringList &terms)
{
    QStringList parts;
    for (const QString &term : terms)
        parts.append(quoted(term));
    return parts.join(QStringLiteral(" OR "));
}

namespace {

// Endings that the Porter stemmer strips (alone or in a chain: "generation" is indexed as
// "gener"), the commonest in requests first.
const QStringList &strippedEndings()
{
    static const QStringList endings{
        QStringLiteral("ment"), QStringLiteral("ing"),  QStringLiteral("ation"),
        QStringLiteral("ance"), QStringLiteral("ence"), QStringLiteral("ness"),
        QStringLiteral("ity"),  QStringLiteral("ive"),  QStringLiteral("ion"),
        QStringLiteral("able"), QStringLiteral("ible"), QStringLiteral("ism"),
        QStringLiteral("ist"),  QStringLiteral("ful"),  QStringLiteral("ous"),
        QStringLiteral("ised"), QStringLiteral("ized"), QStringLiteral("ical"),
        QStringLiteral("ally"), QStringLiteral("ed"),   QStringLiteral("er"),
        QStringLiteral("ly"),
    };
    return endings;
}

} // namespace

QString SqliteDialect::prefixExpression(const QString &typed)
{
    // FTS5 stems a prefix before looking it up, and the index holds stems, so a prefix typed
    // past the stem ("recruitm", indexed as "recruit") would find nothing. Each ending the
    // typed letters may be the start of ("m" of "-ment") completes it into a whole word that
    // FTS5 stems the same way as the index ("recruitment" → "recruit"). Whole words, not
    // prefixes: a prefix longer than the prefix index would gather every word it starts.
    static constexpr int maxCompletions = 12;
    QStringList alternatives{quoted(typed) + QLatin1Char('*')};
    if (typed.size() >= 4) {
        const QString lower = typed.toLower();
        for (const QString &ending : strippedEndings()) {
            for (qsizetype typedPart = qMin(ending.size() - 1, lower.size() - 3); typedPart >= 1;
                 --typedPart) {
                if (!lower.endsWith(QStringView(ending).left(typedPart)))
                    continue;
                const QString word = quoted(lower + ending.mid(typedPart));
                if (!alternatives.contains(word))
                    alternatives.append(word);
                break;
            }
            if (alternatives.size() > maxCompletions)
                break;
        }
    }
    if (alternatives.size() == 1)
        return alternatives.constFirst();
    return QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

namespace {

// A word in the index of the Welsh cases: the word as typed or any of its mutated forms.
QString welshWord(const QString &word, bool prefix)
{
    QStringList forms;
    for (const QString &form : WelshMutations::formsOf(word.toLower()))
        forms.append(quoted(form) + (prefix ? QStringLiteral("*") : QString()));
    return forms.size() == 1
               ? forms.constFirst()
               : QLatin1Char('(') + forms.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

// The page's columns of each case found, best first (`best` holds the ids and scores).
const QString foundColumns = QStringLiteral(
    "SELECT c.reference, c.regime, c.date_received, c.status, c.outcome, c.requester_name, "
    "c.updated_at, best.score, c.review_status, (SELECT t.title FROM case_titles t WHERE "
    "t.case_id = c.id), c.language FROM ");

} // namespace

SqliteDialect::Statement SqliteDialect::caseSearch(const QString &typed, int limit) const
{
    const QStringList terms = SearchWords::of(typed);
    if (terms.isEmpty())
        return {};
    // Every word must match. Function words are left out when other words were typed, except
    // the last, which may be the start of a longer word ("of" of "officer"); it is a prefix.
    // The English cases' index is stemmed (a prefix typed past a stem is completed, see
    // prefixExpression); the Welsh cases' index holds words as written, each looked for in
    // its mutated forms too.
    QStringList whole;
    QStringList wholeCy;
    for (qsizetype i = 0; i + 1 < terms.size(); ++i) {
        if (!SearchWords::isFunctionWord(terms.at(i))) {
            whole.append(quoted(terms.at(i)));
            wholeCy.append(welshWord(terms.at(i), false));
        }
    }
    QStringList all = whole;
    QStringList allCy = wholeCy;
    // A one-letter prefix would match most of the index; wait for a second letter.
    if (terms.constLast().size() >= 2) {
        all.append(prefixExpression(terms.constLast()));
        allCy.append(welshWord(terms.constLast(), true));
    } else {
        whole.append(quoted(terms.constLast()));
        all.append(whole.constLast());
        wholeCy.append(welshWord(terms.constLast(), false));
        allCy.append(wholeCy.constLast());
    }
    const QString matching = all.join(QStringLiteral(" AND "));
    const QString matchingCy = allCy.join(QStringLiteral(" AND "));
    if (whole.isEmpty()) {
        // Only the start of a word so far: the newest matches of both indexes, unranked.
        // Ranking by a prefix would weigh every word it starts, each by its whole list.
        return {foundColumns +
                    QStringLiteral(
                        "(SELECT id, 0.0 AS score FROM (SELECT rowid AS id FROM case_index "
                        "WHERE case_index MATCH ? ORDER BY rowid DESC LIMIT ?) UNION ALL "
                        "SELECT id, 0.0 FROM (SELECT rowid AS id FROM case_index_cy WHERE "
                        "case_index_cy MATCH ? ORDER BY rowid DESC LIMIT ?) ORDER BY id DESC "
                        "LIMIT ?) best JOIN cases c ON c.id = best.id ORDER BY best.id DESC"),
                {matching, qMax(1, limit), matchingCy, qMax(1, limit), qMax(1, limit)}};
    }
    // The candidates are the newest `candidateLimit` matches of each index: FTS5 streams
    // matches in rowid order and stops there, so a common word costs the same in a million
    // cases as in a thousand. They are ranked by bm25 over the whole words only (a second
    // cursor over those words, from the oldest candidate on), so that bm25 weighs no prefix;
    // each case is scored against its own index, and the two lists are merged by score.
    // Weights: a hit in the reference counts most, then the requester, then wording. Only the
    // best `limit` are then joined to their cases: a case row is long (its document), so
    // reading one per candidate would cost more than the ranking.
    const QString ranked = QStringLiteral(
        "SELECT id, score FROM (SELECT rowid AS id, bm25(%1, 10.0, 5.0, 1.0, 1.0, 0.5, 0.5, "
        "5.0) AS score FROM %1 WHERE %1 MATCH ? AND rowid >= (SELECT min(id) FROM %2) AND "
        "+rowid IN %2 ORDER BY score LIMIT ?)");
    return {QStringLiteral("WITH candidates(id) AS MATERIALIZED (SELECT rowid FROM case_index "
                           "WHERE case_index MATCH ? ORDER BY rowid DESC LIMIT %1), "
                           "candidates_cy(id) AS MATERIALIZED (SELECT rowid FROM case_index_cy "
                           "WHERE case_index_cy MATCH ? ORDER BY rowid DESC LIMIT %1) ")
                    .arg(candidateLimit) +
                foundColumns + QLatin1Char('(') +
                ranked.arg(QStringLiteral("case_index"), QStringLiteral("candidates")) +
                QStringLiteral(" UNION ALL ") +
                ranked.arg(QStringLiteral("case_index_cy"), QStringLiteral("candidates_cy")) +
                QStringLiteral(" ORDER BY score LIMIT ?) best JOIN cases c ON c.id = best.id "
                               "ORDER BY best.score"),
            {matching, matchingCy, whole.join(QLatin1Char(' ')), qMax(1, limit),
             wholeCy.join(QStringLiteral(" AND ")), qMax(1, limit), qMax(1, limit)}};
}

QString SqliteDialect::similarCasesSql()
{
    // Earlier cases only (logged before this one), the newest candidates first, as above; the
    // date filter reads only the start of each candidate's row.
    return QStringLiteral(
               "SELECT c.reference, c.regime, c.date_received, c.status, c.outcome, "
               "c.requester_name, c.updated_at, best.score, c.review_status, "
               "(SELECT t.title FROM case_titles t WHERE t.case_id = c.id), c.language FROM "
               "(SELECT m.id, "
               "m.score FROM "
               "(SELECT rowid AS id, bm25(case_index, 0.0, 0.0, 1.0, 1.0, 0.0, 0.0, 0.0) AS score "
               "FROM case_index WHERE case_index MATCH '{request_text questions_text} : (' || ? "
               "|| ')' AND rowid < ? ORDER BY rowid DESC LIMIT %1) m "
               "JOIN cases d ON d.id = m.id WHERE d.date_received <= ? ORDER BY m.score LIMIT ?) "
               "best JOIN cases c ON c.id = best.id ORDER BY best.score")
        .arg(candidateLimit);
}

QString SqliteDialect::countCaseMatchesSql()
{
    return QStringLiteral("SELECT count(*) FROM case_index WHERE case_index MATCH "
                          "'{request_text questions_text} : (' || ? || ')' AND rowid >= ? "
                          "AND rowid < ?");
}

QString SqliteDialect::optimiseCaseIndexSql()
{
    return QStringLiteral("INSERT INTO case_index(case_index) VALUES ('optimize')");
}

QString SqliteDialect::optimiseWelshCaseIndexSql()
{
    return QStringLiteral("INSERT INTO case_index_cy(case_index_cy) VALUES ('optimize')");
}

namespace {

Result<QStringList> runCheck(const QSqlDatabase &db, const QString &pragma)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(pragma)) {
        const int primary = query.lastError().nativeErrorCode().toInt() & 0xff;
        const QString detail = query.lastError().text();
        if (SqliteDialect::classify(primary) == SqliteDialect::Failure::Busy)
            return Error::make(StoreErrorCode::Locked,
                               QStringLiteral("The case store is locked by another program."),
                               detail);
        if (primary == SQLITE_INTERRUPT)
            return Error::make(StoreErrorCode::Sql,
                               QStringLiteral("The check of the case store was stopped."), detail);
        return Error::make(StoreErrorCode::Corrupt,
                           QStringLiteral("The case store could not be checked: it is damaged "
                                          "or not a case store."),
                           detail);
    }
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems.append(line);
    }
    return problems;
}

} // namespace

Result<QStringList> SqliteDialect::checkIntegrity(const QSqlDatabase &db, bool quick)
{
    return runCheck(db, quick ? QStringLiteral("PRAGMA quick_check")
                              : QStringLiteral("PRAGMA integrity_check"));
}

Result<QStringList> SqliteDialect::checkTables(const QSqlDatabase &db, const QStringList &tables)
{
    QStringList problems;
    for (const QString &table : tables) {
        // PRAGMA arguments cannot be bound; the names are the store's own constants.
        Result<QStringList> found =
            runCheck(db, QStringLiteral("PRAGMA quick_check(%1)").arg(table));
        if (!found)
            return found.error();
        problems += *found;
    }
    return problems;
}

QString SqliteDialect::mergeCaseIndexSql(int pages)
{
    // PRAGMA-like FTS5 command; `pages` is our own integer.
    return QStringLiteral("INSERT INTO case_index(case_index, rank) VALUES ('merge', %1)")
        .arg(pages);
}

Status SqliteDialect::checkpoint(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        return Error::make(StoreErrorCode::Sql,
                           QStringLiteral("The store's journal could not be written back."),
                           query.lastError().text());
    // The pragma reports busy=1 in its first column when readers kept it from finishing.
    if (query.next() && query.value(0).toInt() != 0)
        return Error::make(StoreErrorCode::Locked,
                           QStringLiteral("Another program is reading the case store, so its "
                                          "journal could not be emptied. Close it and try again."));
    return success();
}

Status SqliteDialect::backupInto(const QSqlDatabase &db, const QString &target,
                                 const PageProgress &progress, int pagesPerStep)
{
    sqlite3 *source = handleOf(db);
    if (!source)
        return Error::make(StoreErrorCode::Sql,
                           QStringLiteral("This build's SQL driver does not allow backups."),
                           QStringLiteral("QSqlDriver::handle() is not a sqlite3*"));
    sqlite3 *destination = nullptr;
    const int rc = sqlite3_open_v2(target.toUtf8().constData(), &destination,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK) {
        const QString detail = QString::fromUtf8(sqlite3_errmsg(destination));
        sqlite3_close(destination);
        return Error::make(StoreErrorCode::FileSystem,
                           QStringLiteral("The backup file %1 could not be created.").arg(target),
                           detail);
    }
    // Between steps the backup API lets go of its read lock, and a commit through another
    // connection then makes it start again from the first page: on a large store being edited,
    // it might never finish. One read transaction held across the steps keeps the copy on one
    // snapshot (WAL lets writers carry on meanwhile).
    const bool ownTransaction = sqlite3_get_autocommit(source) != 0;
    if (ownTransaction)
        sqlite3_exec(source, "BEGIN; SELECT count(*) FROM sqlite_schema", nullptr, nullptr,
                     nullptr);
    Status copied =
        copyPages(destination, source, QStringLiteral("The backup"), progress, pagesPerStep);
    if (ownTransaction && sqlite3_get_autocommit(source) == 0)
        sqlite3_exec(source, "ROLLBACK", nullptr, nullptr, nullptr);
    // A backup is a single file: no -wal beside it.
    if (copied)
        sqlite3_exec(destination, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    sqlite3_close(destination);
    return copied;
}

Status SqliteDialect::restoreFrom(const QSqlDatabase &db, const QString &source)
{
    sqlite3 *destination = handleOf(db);
    if (!destination)
        return Error::make(StoreErrorCode::Sql,
                           QStringLiteral("This build's SQL driver does not allow restoring."),
                           QStringLiteral("QSqlDriver::handle() is not a sqlite3*"));
    sqlite3 *from = nullptr;
    const int rc =
        sqlite3_open_v2(source.toUtf8().constData(), &from, SQLITE_OPEN_READONLY, nullptr);
    if (rc != SQLITE_OK) {
        const QString detail = QString::fromUtf8(sqlite3_errmsg(from));
        sqlite3_close(from);
        return Error::make(StoreErrorCode::FileSystem,
                           QStringLiteral("The backup %1 could not be read.").arg(source), detail);
    }
    Status copied = copyPages(destination, from, QStringLiteral("Restoring the backup"));
    sqlite3_close(from);
    return copied;
}

QString SqliteDialect::dataVersionSql()
{
    return QStringLiteral("PRAGMA data_version");
}

SqliteDialect::Statement SqliteDialect::similarCases(const QStringList &words, qint64 caseId,
                                                     const QString &received, int limit) const
{
    return {similarCasesSql(), {anyOfExpression(words), caseId, received, qMax(1, limit)}};
}

SqliteDialect::Statement SqliteDialect::countCaseMatches(const QString &word, qint64 from,
                                                         qint64 to) const
{
    return {countCaseMatchesSql(), {anyOfExpression({word}), from, to}};
}

QString SqliteDialect::tidyCaseIndexSql(qint64 imported, qint64 stored) const
{
    // About 8 MiB of merged pages at most (4 KiB pages): a second or so on any store.
    return imported * 4 >= stored ? optimiseCaseIndexSql() : mergeCaseIndexSql(-2000);
}

Status SqliteDialect::purgeErasedTraces(StoreConnection &connection) const
{
    for (const QString &sql : {optimiseCaseIndexSql(), optimiseWelshCaseIndexSql()}) {
        if (Status optimised = connection.run(sql, {}, QStringLiteral("tidying the search index"));
            !optimised)
            return optimised;
    }
    return checkpoint(connection.database());
}

Status SqliteDialect::lockAuditHead(StoreConnection &) const
{
    return success();
}

QString SqliteDialect::beginWrite() const
{
    return QStringLiteral("BEGIN IMMEDIATE");
}

QString SqliteDialect::caseBlind(const QString &expression) const
{
    return expression + QStringLiteral(" COLLATE NOCASE");
}

QString SqliteDialect::notSought(const QString &expression) const
{
    return QLatin1Char('+') + expression;
}

QString SqliteDialect::from(const QString &table, const QString &alias, const QString &index) const
{
    if (index.isEmpty())
        return QStringLiteral(" FROM %1 %2").arg(table, alias);
    return QStringLiteral(" FROM %1 %2 INDEXED BY %3").arg(table, alias, index);
}

QString SqliteDialect::joinInOrder() const
{
    return QStringLiteral("CROSS JOIN");
}

QString SqliteDialect::insertionOrder() const
{
    return QStringLiteral("rowid");
}

QString SqliteDialect::copiedColumnsSql() const
{
    // hidden: 0 for an ordinary column, 1 for a virtual table's, 2 and 3 for generated ones.
    return QStringLiteral("SELECT name FROM pragma_table_xinfo(?) WHERE hidden = 0 ORDER BY cid");
}

QString SqliteDialect::resumeNumberingSql(const QString &) const
{
    // An INTEGER PRIMARY KEY carries on after the highest rowid by itself.
    return {};
}

} // namespace foi::core
