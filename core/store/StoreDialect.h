#pragma once

#include "core/support/Result.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace foi::core {

class StoreConnection;

// WHAT THE REPOSITORIES ASK OF A BACK END. The repositories (cases, audit, search, erasure, the
// registers) run one code on both stores: SQL that SQLite 3.40 and PostgreSQL 15 both read
// (RETURNING, INSERT .. ON CONFLICT .. DO UPDATE), and for the rest one of these calls.
// SqliteDialect (the officer's file) and PostgresDialect (a team store on a server) are its two
// kinds; a store hands its own to each repository it builds. Stateless: calls never fail except
// those that run SQL, which fail as the connection's run() does.
class StoreDialect
{
public:
    virtual ~StoreDialect() = default;

    // A statement and the values it binds, in order.
    struct Statement
    {
        QString sql;
        QVariantList values;
    };

    // The statement that opens a write transaction: on SQLite one that takes the write lock at
    // once (BEGIN IMMEDIATE), so that it never fails halfway on a lock it cannot upgrade.
    virtual QString beginWrite() const = 0;
    // `expression` as a sort key that compares text case-blind (the case list's reference and
    // requester orders). The same expression is selected as the list's cursor and compared
    // with it, so it must be the one the order's index is built on.
    virtual QString caseBlind(const QString &expression) const = 0;
    // `expression` written so that the planner does not seek an index by it (SQLite's unary
    // +); where the planner needs no such hint, the expression as it is.
    virtual QString notSought(const QString &expression) const = 0;
    // The FROM clause reading `table` as `alias`, through the index `index` where the back end
    // takes such a hint (SQLite's INDEXED BY); an empty `index` names none.
    virtual QString from(const QString &table, const QString &alias,
                         const QString &index) const = 0;
    // The join that reads its left table first, then seeks the right (SQLite's CROSS JOIN,
    // which fixes the order; a plain JOIN where the planner chooses well by itself). Followed
    // by the right table and an ON clause.
    virtual QString joinInOrder() const = 0;
    // The column that orders a table's rows as they were inserted (authority matters).
    virtual QString insertionOrder() const = 0;

    // What an officer typed as a search of the cases, for at most `limit` cases, best first,
    // each row the columns CaseSearch reads; an empty `sql` when nothing is searchable.
    virtual Statement caseSearch(const QString &typed, int limit) const = 0;
    // Earlier cases than `caseId` (received on or before `received`) that use any of `words` in
    // their request or questions, best first, at most `limit`.
    virtual Statement similarCases(const QStringList &words, qint64 caseId, const QString &received,
                                   int limit) const = 0;
    // How many cases with an id in [from, to) use `word` in their request or questions, as
    // similarCases() matches it.
    virtual Statement countCaseMatches(const QString &word, qint64 from, qint64 to) const = 0;
    // After a bulk import of `imported` cases into a store whose highest id is `stored`: the
    // statement that leaves the search index quick to read, or an empty one when the back end
    // keeps it so by itself.
    virtual QString tidyCaseIndexSql(qint64 imported, qint64 stored) const = 0;
    // After an erasure has committed: removes what the back end keeps of erased rows (old index
    // segments, the write-ahead log, dead row versions) as far as it can.
    [[nodiscard]] virtual Status purgeErasedTraces(StoreConnection &connection) const = 0;
    // Inside a write transaction, before reading the head of the audit chain: waits until no
    // other writer is between reading that head and committing the row after it, so that two
    // writers cannot both extend the same head (a fork). Nothing to do where a write
    // transaction already excludes every other writer (SQLite's BEGIN IMMEDIATE).
    [[nodiscard]] virtual Status lockAuditHead(StoreConnection &connection) const = 0;

    // For a store copy (StoreCopy): the SELECT, binding one table name, that lists the columns
    // a copy writes into that table, in order; those the back end computes itself (generated
    // columns, an identity always generated) are left out.
    virtual QString copiedColumnsSql() const = 0;
    // After rows were written with their ids given: the statement that makes `table`'s own
    // numbering carry on after the highest `id`, or an empty one where it does so by itself.
    virtual QString resumeNumberingSql(const QString &table) const = 0;
};

} // namespace foi::core
