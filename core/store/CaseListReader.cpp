#include "core/store/CaseListReader.h"

#include "core/store/CaseSummaryRow.h"
#include "core/store/StoreConnection.h"
#include "core/support/StoreErrorCode.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace foi::core {

CaseListReader::CaseListReader(StoreConnection &connection)
    : m_connection(connection)
{}

namespace {

// A page of the list reads the review state too, from the same covering index (migration 12).
QString listColumns()
{
    return CaseSummaryRow::columns() + QStringLiteral(", c.review_status");
}

} // namespace

namespace {

// The SQL expression a case-list order sorts by. Text compares case-blind; a missing due date
// sorts as the empty text, before every date.
QString orderExpression(CaseListOrder order, const StoreDialect &dialect)
{
    switch (order) {
    case CaseListOrder::DateReceived:
        return QStringLiteral("c.date_received");
    case CaseListOrder::Reference:
        return dialect.caseBlind(QStringLiteral("c.reference"));
    case CaseListOrder::Requester:
        return dialect.caseBlind(QStringLiteral("c.requester_name"));
    case CaseListOrder::DueDate:
        return QStringLiteral("COALESCE(c.due_date, '')");
    case CaseListOrder::CaseStatus:
        return QStringLiteral("c.status");
    case CaseListOrder::Outcome:
        return QStringLiteral("c.outcome");
    case CaseListOrder::ReviewStatus:
        return QStringLiteral("c.review_status");
    }
    return QStringLiteral("c.date_received");
}

} // namespace

namespace {

// The partial index of the open cases in an order (migration 10), or empty when the order's
// own index starts with the status and serves the filter already.
QString openCasesIndex(CaseListOrder order)
{
    switch (order) {
    case CaseListOrder::Reference:
        return QStringLiteral("cases_open_by_reference");
    case CaseListOrder::Requester:
        return QStringLiteral("cases_open_by_requester");
    case CaseListOrder::DueDate:
        return QStringLiteral("cases_open_by_due");
    case CaseListOrder::Outcome:
        return QStringLiteral("cases_open_by_outcome");
    case CaseListOrder::ReviewStatus:
        return QStringLiteral("cases_open_by_review");
    case CaseListOrder::DateReceived:
    case CaseListOrder::CaseStatus:
        return {};
    }
    return {};
}

// Conditions of a case-list query joined into a WHERE clause, with their bound values, and the
// table they read (an index named when SQLite cannot tell which serves).
struct ListConditions
{
    QString from;
    QStringList conditions;
    QVariantList values;

    QString sql() const
    {
        return conditions.isEmpty()
                   ? QString()
                   : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    }
};

// The query's filters. `forCount`: no order to follow, so the status may always be sought by
// its index.
ListConditions filterConditions(const CaseListQuery &query, const StoreDialect &dialect,
                                bool forCount = false)
{
    const QString cases = QStringLiteral("cases");
    const QString alias = QStringLiteral("c");
    ListConditions where;
    where.from = dialect.from(cases, alias, {});
    // The cases in review are few (those awaiting, returned or approved lately): the review
    // index finds them with one seek, and sorting so few costs less than walking the order's
    // whole index for them. The cases never reviewed are most: they are read in the order's own
    // index like the regime (the + keeps SQLite from seeking the review index for them).
    const bool reviewOrder = query.order == CaseListOrder::ReviewStatus;
    const bool reviewSought =
        query.review && *query.review != ReviewState::NotReviewed && !reviewOrder;
    if (query.review) {
        if (reviewSought)
            where.from = dialect.from(cases, alias, QStringLiteral("cases_list_by_review"));
        const QString column = QStringLiteral("c.review_status");
        where.conditions.append((reviewSought || reviewOrder ? column : dialect.notSought(column)) +
                                QStringLiteral(" = ?"));
        where.values << reviewStateCode(*query.review);
    }
    if (!query.status.isEmpty() && reviewSought) {
        where.conditions.append(QStringLiteral("c.status = ?"));
        where.values << query.status;
    } else if (!query.status.isEmpty()) {
        // Only the orders whose index starts with the status may seek by it; for the others a
        // unary + keeps SQLite from reading the status index and then sorting every open case.
        const bool statusLeads = forCount || query.order == CaseListOrder::DateReceived ||
                                 query.order == CaseListOrder::CaseStatus;
        const QString openIndex = openCasesIndex(query.order);
        if (!statusLeads && query.status == QLatin1String("open") && !openIndex.isEmpty()) {
            // The open cases are few in a store of years: read them from their own partial
            // index. Its condition must appear as written (a literal, not a bound value) for
            // SQLite to use it, and SQLite is told which: without statistics it would rather
            // seek the status index and sort.
            where.from = dialect.from(cases, alias, openIndex);
            where.conditions.append(QStringLiteral("c.status = 'open'"));
        } else {
            const QString column = QStringLiteral("c.status");
            where.conditions.append((statusLeads ? column : dialect.notSought(column)) +
                                    QStringLiteral(" = ?"));
            where.values << query.status;
        }
    }
    if (!query.regime.isEmpty()) {
        where.conditions.append(QStringLiteral("c.regime = ?"));
        where.values << query.regime;
    }
    if (query.language) {
        // Read from the order's covering index, which holds the language (migration 18), like
        // the regime; the + keeps SQLite from choosing an index by it and sorting.
        where.conditions.append(dialect.notSought(QStringLiteral("c.language")) +
                                QStringLiteral(" = ?"));
        where.values << letterLanguageCode(*query.language);
    }
    if (query.allocation != CaseAllocation::Any) {
        // Read from the order's covering index, which holds the assigned officer (migration
        // 20), like the language.
        const QString column = dialect.notSought(QStringLiteral("c.assigned_officer"));
        if (query.allocation == CaseAllocation::Unallocated) {
            where.conditions.append(column + QStringLiteral(" IS NULL"));
        } else {
            where.conditions.append(column + QStringLiteral(" = ?"));
            where.values << query.allocatedTo;
        }
    }
    if (query.dueOnOrAfter.isValid()) {
        where.conditions.append(QStringLiteral("c.due_date >= ?"));
        where.values << query.dueOnOrAfter.toString(Qt::ISODate);
    }
    if (query.dueBefore.isValid()) {
        where.conditions.append(QStringLiteral("c.due_date < ?"));
        where.values << query.dueBefore.toString(Qt::ISODate);
    }
    return where;
}

QString directionOf(const CaseListQuery &query)
{
    return query.ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
}

QString orderClause(const CaseListQuery &query, const StoreDialect &dialect)
{
    return QStringLiteral(" ORDER BY %1 %2, c.id %2")
        .arg(orderExpression(query.order, dialect), directionOf(query));
}

// One statement that reads part of a page (its LIMIT is bound last, when it runs).
struct PageStatement
{
    QString sql;
    QVariantList values;
};

PageStatement pageStatement(const CaseListQuery &query, const ListConditions &where,
                            const QString &order, const StoreDialect &dialect)
{
    return {
        QStringLiteral("SELECT %1, %2").arg(listColumns(), orderExpression(query.order, dialect)) +
            where.from + where.sql() + order + QStringLiteral(" LIMIT ?"),
        where.values};
}

// The statements that read a page, in turn until it is full, each one seek in the covering
// index of the order. After a cursor: first the rest of the cursor's key (same key, id beyond
// the cursor's), then the keys beyond it. Written as one condition, `key >= ? AND (key > ? OR
// id > ?)`, SQLite seeks only to the start of the cursor's key and then reads that key's rows
// one by one up to the cursor: a million for the status order. A row value `(key, id) > (?, ?)`
// does no better, as SQLite 3.40 does not match the id of a row value to the `id` column of
// these indexes (the rowid). An equality on the key and a range on the id is one seek.
QList<PageStatement> pageStatements(const CaseListQuery &query, const StoreDialect &dialect)
{
    const ListConditions filters = filterConditions(query, dialect);
    if (!query.after)
        return {pageStatement(query, filters, orderClause(query, dialect), dialect)};
    const QString key = orderExpression(query.order, dialect);
    const QString beyond = query.ascending ? QStringLiteral(">") : QStringLiteral("<");

    ListConditions restOfKey;
    restOfKey.from = filters.from;
    restOfKey.conditions << QStringLiteral("%1 = ?").arg(key)
                         << QStringLiteral("c.id %1 ?").arg(beyond) << filters.conditions;
    restOfKey.values << query.after->key << query.after->id << filters.values;
    // The key is the same on every row here: ordering by it too would make SQLite sort the
    // rows of an expression's key (the due date) in a temporary b-tree.
    QList<PageStatement> statements{pageStatement(
        query, restOfKey, QStringLiteral(" ORDER BY c.id %1").arg(directionOf(query)), dialect)};

    // When the status filter fixes the status, the list has no key beyond the cursor's (nor
    // when the review filter fixes the review state).
    if (query.order == CaseListOrder::CaseStatus && !query.status.isEmpty())
        return statements;
    if (query.order == CaseListOrder::ReviewStatus && query.review)
        return statements;
    ListConditions laterKeys;
    laterKeys.from = filters.from;
    laterKeys.conditions << QStringLiteral("%1 %2 ?").arg(key, beyond) << filters.conditions;
    laterKeys.values << query.after->key << filters.values;
    statements.append(pageStatement(query, laterKeys, orderClause(query, dialect), dialect));
    return statements;
}

} // namespace

Result<CasePage> CaseListReader::page(const CaseListQuery &query)
{
    // Keyset pagination: each page starts after the last row of the one before, so no page
    // reads the rows before it, and the covering index of the order serves the page alone.
    // One row more than the page is read, to know whether another page follows.
    const int limit = qMax(1, query.limit);
    CasePage page;
    QList<qint64> ids;
    int read = 0;
    const auto withTitles = [this, &page, &ids]() -> Result<CasePage> {
        if (Status titles = fillTitles(page.cases, ids); !titles)
            return titles.error();
        return page;
    };
    for (const PageStatement &statement : pageStatements(query, m_connection.dialect())) {
        Result<QSqlQuery> rows =
            m_connection.select(statement.sql, statement.values + QVariantList{limit + 1 - read},
                                QStringLiteral("listing cases"));
        if (!rows)
            return rows.error();
        while (rows->next()) {
            ++read;
            if (page.cases.size() == limit) {
                page.next = page.last;
                return withTitles();
            }
            CaseSummary summary = CaseSummaryRow::read(*rows);
            summary.review =
                reviewStateFromCode(rows->value(11).toString()).value_or(ReviewState::NotReviewed);
            page.cases.append(summary);
            ids.append(rows->value(8).toLongLong());
            page.last = CaseListCursor{rows->value(12).toString(), rows->value(8).toLongLong()};
            if (!page.first)
                page.first = page.last;
        }
        if (rows->lastError().isValid())
            return StoreConnection::errorFrom(*rows, QStringLiteral("listing cases"));
    }
    return withTitles();
}

Result<qint64> CaseListReader::count(const CaseListQuery &query)
{
    const ListConditions where = filterConditions(query, m_connection.dialect(), true);
    Result<QSqlQuery> rows =
        m_connection.select(QStringLiteral("SELECT COUNT(*)") + where.from + where.sql(),
                            where.values, QStringLiteral("counting the case list"));
    if (!rows)
        return rows.error();
    return rows->next() ? rows->value(0).toLongLong() : 0;
}

Result<CaseListOutline> CaseListReader::outline(const CaseListQuery &query, int pageSize,
                                                const std::function<bool()> &stopRequested)
{
    // One pass over the order's index, reading only the key and the id of each entry.
    const StoreDialect &dialect = m_connection.dialect();
    const ListConditions where = filterConditions(query, dialect);
    Result<QSqlQuery> rows = m_connection.select(
        QStringLiteral("SELECT %1, c.id").arg(orderExpression(query.order, dialect)) + where.from +
            where.sql() + orderClause(query, dialect),
        where.values, QStringLiteral("outlining the case list"));
    if (!rows)
        return rows.error();
    CaseListOutline outline;
    outline.pageSize = qMax(1, pageSize);
    while (rows->next()) {
        ++outline.count;
        if (outline.count % outline.pageSize == 0) {
            outline.anchors.append(
                CaseListCursor{rows->value(0).toString(), rows->value(1).toLongLong()});
            if (stopRequested && stopRequested())
                return Error::make(StoreErrorCode::Interrupted,
                                   QStringLiteral("Outlining the case list was cancelled."));
        }
    }
    if (rows->lastError().isValid())
        return StoreConnection::errorFrom(*rows, QStringLiteral("outlining the case list"));
    return outline;
}

Result<QStringList> CaseListReader::plan(const CaseListQuery &query)
{
    QStringList steps;
    const QList<PageStatement> statements = pageStatements(query, m_connection.dialect());
    for (qsizetype i = 0; i < statements.size(); ++i) {
        const PageStatement &statement = statements.at(i);
        Result<QSqlQuery> rows =
            m_connection.select(QStringLiteral("EXPLAIN QUERY PLAN ") + statement.sql,
                                statement.values + QVariantList{qMax(1, query.limit) + 1},
                                QStringLiteral("explaining the case list's query"));
        if (!rows)
            return rows.error();
        while (rows->next())
            steps.append(QStringLiteral("%1: %2").arg(i + 1).arg(rows->value(3).toString()));
    }
    return steps;
}

Status CaseListReader::fillTitles(QList<CaseSummary> &cases, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return success();
    QStringList marks;
    QVariantList values;
    for (qint64 id : ids) {
        marks.append(QStringLiteral("?"));
        values.append(id);
    }
    Result<QSqlQuery> rows = m_connection.select(
        QStringLiteral("SELECT case_id, title FROM case_titles WHERE case_id IN (%1)")
            .arg(marks.join(QLatin1Char(','))),
        values, QStringLiteral("reading the titles of the cases listed"));
    if (!rows)
        return rows.error();
    QHash<qint64, QString> titles;
    while (rows->next())
        titles.insert(rows->value(0).toLongLong(), rows->value(1).toString());
    for (qsizetype i = 0; i < cases.size() && i < ids.size(); ++i)
        cases[i].title = titles.value(ids.at(i));
    return success();
}

} // namespace foi::core
