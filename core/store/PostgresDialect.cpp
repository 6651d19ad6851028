#include "core/store/PostgresDialect.h"

#include "core/store/SearchWords.h"
#include "core/store/StoreConnection.h"

namespace foi::core {

PostgresDialect::Failure PostgresDialect::classify(const QString &sqlState)
{
    if (sqlState.isEmpty())
        return Failure::Other;
    if (sqlState.startsWith(QLatin1String("08")) || sqlState == QLatin1String("57P01") ||
        sqlState == QLatin1String("57P02") || sqlState == QLatin1String("57P03"))
        return Failure::Unreachable;
    if (sqlState.startsWith(QLatin1String("28")))
        return Failure::AccessDenied;
    if (sqlState == QLatin1String("3D000"))
        return Failure::MissingDatabase;
    if (sqlState == QLatin1String("42501"))
        return Failure::Forbidden;
    if (sqlState == QLatin1String("25006"))
        return Failure::ReadOnly;
    if (sqlState == QLatin1String("40001") || sqlState == QLatin1String("40P01") ||
        sqlState == QLatin1String("55P03"))
        return Failure::Conflict;
    if (sqlState == QLatin1String("XX001") || sqlState == QLatin1String("XX002"))
        return Failure::Corrupt;
    if (sqlState == QLatin1String("57014"))
        return Failure::Interrupted;
    return Failure::Other;
}

PostgresDialect::Failure PostgresDialect::classifyConnectionFailure(const QString &message)
{
    // The wording of libpq 15 (fe-connect.c) and of the server's FATAL messages in its default
    // English; a server set to another language falls through to Other, which still shows the
    // server's own words.
    if (message.contains(QLatin1String("does not exist")) &&
        message.contains(QLatin1String("database")))
        return Failure::MissingDatabase;
    // "authentication failed" covers password, peer and ident alike.
    if (message.contains(QLatin1String("authentication failed")) ||
        message.contains(QLatin1String("no password supplied")) ||
        message.contains(QLatin1String("no pg_hba.conf entry")) ||
        (message.contains(QLatin1String("role")) &&
         message.contains(QLatin1String("does not exist"))))
        return Failure::AccessDenied;
    if (message.contains(QLatin1String("Connection refused")) ||
        message.contains(QLatin1String("could not translate host name")) ||
        message.contains(QLatin1String("timeout expired")) ||
        message.contains(QLatin1String("No route to host")) ||
        message.contains(QLatin1String("Network is unreachable")) ||
        message.contains(QLatin1String("server closed the connection")) ||
        // A session lost on the way (a restart, a dropped network, pg_terminate_backend).
        message.contains(QLatin1String("no connection to the server")) ||
        message.contains(QLatin1String("could not send data to server")) ||
        message.contains(QLatin1String("could not receive data from server")) ||
        message.contains(QLatin1String("terminating connection")) ||
        message.contains(QLatin1String("Connection reset by peer")) ||
        message.contains(QLatin1String("Connection timed out")) ||
        message.contains(QLatin1String("SSL SYSCALL error")) ||
        // Starting up, shutting down, in crash recovery, "not yet accepting connections".
        message.contains(QLatin1String("the database system is")))
        return Failure::Unreachable;
    return Failure::Other;
}

QString PostgresDialect::connectionOptions(const QString &sslMode)
{
    // TCP keepalives (probes after 10 s idle, every 5 s, 3 unanswered ones end it) and a 30 s
    // bound on unacknowledged data, so that a dropped network ends the session in under a
    // minute instead of the kernel's two hours, and the next statement reconnects.
    return QStringLiteral("sslmode=%1;connect_timeout=%2;keepalives=1;keepalives_idle=10;"
                          "keepalives_interval=5;keepalives_count=3;tcp_user_timeout=30000;"
                          "application_name=foi-workbench")
        .arg(sslMode)
        .arg(connectTimeoutSeconds);
}

QStringList PostgresDialect::sessionSettings(bool readOnly)
{
    // Notices (a search's stop words) are for a DBA, not the officer's terminal.
    QStringList settings{QStringLiteral("SET TIME ZONE 'UTC'"),
                         QStringLiteral("SET client_encoding TO 'UTF8'"),
                         QStringLiteral("SET client_min_messages TO warning")};
    if (readOnly)
        settings.append(QStringLiteral("SET default_transaction_read_only TO on"));
    return settings;
}

namespace {

// One word as a tsquery in both configurations: the stem of an English word, or the word as
// written (a word in Welsh, a name, a prefix typed past the stem). Each `?` binds the word (a
// run of letters and digits, so never a tsquery operator) with its suffix (":*", ":C").
QString eitherConfiguration()
{
    return QStringLiteral("(to_tsquery('english', ?) || to_tsquery('simple', ?))");
}

// The columns CaseSearch reads, from the cases row `c`, with `score`.
QString summaryColumns(const QString &score)
{
    return QStringLiteral("c.reference, c.regime, c.date_received, c.status, c.outcome, "
                          "c.requester_name, c.updated_at, %1, c.review_status, "
                          "(SELECT t.title FROM case_titles t WHERE t.case_id = c.id), "
                          "c.language")
        .arg(score);
}

// `terms` joined by `join` (" && " or " || "), each term bound twice (both configurations).
QString tsquery(const QStringList &terms, const QString &join, QVariantList &values)
{
    QStringList parts;
    for (const QString &term : terms) {
        parts.append(eitherConfiguration());
        values << term << term;
    }
    return QLatin1Char('(') + parts.join(join) + QLatin1Char(')');
}

} // namespace

PostgresDialect::Statement PostgresDialect::caseSearch(const QString &typed, int limit) const
{
    const QStringList terms = SearchWords::of(typed);
    if (terms.isEmpty())
        return {};
    // As on SQLite: function words left out except the last, which is a prefix once it has
    // two letters.
    QStringList whole;
    for (qsizetype i = 0; i + 1 < terms.size(); ++i) {
        if (!SearchWords::isFunctionWord(terms.at(i)))
            whole.append(terms.at(i));
    }
    QStringList all = whole;
    if (terms.constLast().size() >= 2) {
        all.append(terms.constLast() + QStringLiteral(":*"));
    } else {
        whole.append(terms.constLast());
        all.append(terms.constLast());
    }
    const QString both = QStringLiteral(" && ");
    QVariantList values;
    const QString matching = tsquery(all, both, values);
    if (whole.isEmpty()) {
        // Only the start of a word: the newest matches, unranked.
        values << qMax(1, limit);
        return {QStringLiteral("SELECT %1 FROM cases c WHERE c.search_vector @@ %2 "
                               "ORDER BY c.id DESC LIMIT ?")
                    .arg(summaryColumns(QStringLiteral("0.0")), matching),
                values};
    }
    const QString ranking = tsquery(whole, both, values);
    values << qMax(1, limit);
    // The newest `candidateLimit` matches, ranked by the whole words (weights D, C, B, A: the
    // answers and reasons, the request and questions, the requester, the reference).
    return {QStringLiteral("WITH candidates AS MATERIALIZED (SELECT c.id FROM cases c WHERE "
                           "c.search_vector @@ %1 ORDER BY c.id DESC LIMIT %2), "
                           "ranking AS (SELECT %3 AS query) "
                           "SELECT %4 FROM candidates k JOIN cases c ON c.id = k.id "
                           "CROSS JOIN ranking r ORDER BY 8, c.id DESC LIMIT ?")
                .arg(matching)
                .arg(candidateLimit)
                .arg(ranking,
                     summaryColumns(QStringLiteral(
                         "-ts_rank('{0.1, 0.2, 0.4, 1.0}', c.search_vector, r.query)::float8"))),
            values};
}

PostgresDialect::Statement PostgresDialect::similarCases(const QStringList &words, qint64 caseId,
                                                         const QString &received, int limit) const
{
    QStringList inWording;
    for (const QString &word : words)
        inWording.append(word + QStringLiteral(":C"));
    QVariantList values;
    const QString matching = tsquery(inWording, QStringLiteral(" || "), values);
    // ts_rank counts how often the words occur but not how rare each is, so a long request
    // full of common words outranked one sharing the rarest (SQLite's bm25 weighs by rarity).
    // `words` come rarest first: each word weighs more than all the rarer-ranked ones after it
    // together (1, 1/2, 1/4 …), so the cases sharing the rarest words come first, and ts_rank
    // (below 1 for these short queries' matches) only orders cases sharing the same words.
    QStringList shared;
    for (qsizetype i = 0; i < inWording.size(); ++i)
        shared.append(QStringLiteral("CASE WHEN c.search_vector @@ %1 THEN %2 ELSE 0 END")
                          .arg(tsquery({inWording.at(i)}, {}, values))
                          .arg(1.0 / double(qint64(1) << i)));
    values << caseId << received << qMax(1, limit);
    return {QStringLiteral("WITH wording AS (SELECT %1 AS query), candidates AS MATERIALIZED "
                           "(SELECT c.id, -(%2 + ts_rank('{0, 1, 0, 0}', c.search_vector, "
                           "w.query) / 1024)::float8 AS score FROM cases c CROSS JOIN wording w "
                           "WHERE c.search_vector @@ w.query AND c.id < ? ORDER BY c.id DESC "
                           "LIMIT %3) "
                           "SELECT %4 FROM candidates best JOIN cases c ON c.id = best.id "
                           "WHERE c.date_received <= ? ORDER BY best.score, c.id DESC LIMIT ?")
                .arg(matching, shared.join(QStringLiteral(" + ")))
                .arg(candidateLimit)
                .arg(summaryColumns(QStringLiteral("best.score"))),
            values};
}

PostgresDialect::Statement PostgresDialect::countCaseMatches(const QString &word, qint64 from,
                                                             qint64 to) const
{
    QVariantList values;
    const QString matching = tsquery({word + QStringLiteral(":C")}, {}, values);
    values << from << to;
    return {QStringLiteral("SELECT count(*) FROM cases c WHERE c.search_vector @@ %1 "
                           "AND c.id >= ? AND c.id < ?")
                .arg(matching),
            values};
}

QString PostgresDialect::tidyCaseIndexSql(qint64, qint64) const
{
    return QStringLiteral("SELECT gin_clean_pending_list('cases_search'::regclass)");
}

Status PostgresDialect::purgeErasedTraces(StoreConnection &connection) const
{
    return connection.run(QStringLiteral("VACUUM cases, attachments, sent_replies, audit_snapshot, "
                                         "requester_keys"),
                          {}, QStringLiteral("removing the old versions of the erased rows"));
}

Status PostgresDialect::lockAuditHead(StoreConnection &connection) const
{
    return connection.run(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(auditHeadLockKey),
                          {}, QStringLiteral("waiting for the head of the audit trail"));
}

QString PostgresDialect::beginWrite() const
{
    return QStringLiteral("BEGIN");
}

QString PostgresDialect::caseBlind(const QString &expression) const
{
    return QStringLiteral("lower(%1)").arg(expression);
}

QString PostgresDialect::notSought(const QString &expression) const
{
    return expression;
}

QString PostgresDialect::from(const QString &table, const QString &alias, const QString &) const
{
    return QStringLiteral(" FROM %1 %2").arg(table, alias);
}

QString PostgresDialect::joinInOrder() const
{
    return QStringLiteral("JOIN");
}

QString PostgresDialect::insertionOrder() const
{
    return QStringLiteral("position");
}

QString PostgresDialect::copiedColumnsSql() const
{
    return QStringLiteral(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = "
        "current_schema() AND table_name = ? AND is_generated = 'NEVER' AND "
        "identity_generation IS DISTINCT FROM 'ALWAYS' ORDER BY ordinal_position");
}

QString PostgresDialect::resumeNumberingSql(const QString &table) const
{
    // An identity given explicitly does not move its sequence.
    return QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), COALESCE((SELECT "
                          "max(id) FROM %1), 0) + 1, false)")
        .arg(table);
}

} // namespace foi::core
