#include "WriteTransaction.h"

#include "StoreConnection.h"

namespace foi::core {

namespace {

QString savepointName(int depth)
{
    return QStringLiteral("foi_nested_%1").arg(depth);
}

} // namespace

WriteTransaction::WriteTransaction(StoreConnection &connection)
    : m_connection(connection)
{}

WriteTransaction::~WriteTransaction()
{
    if (!m_open)
        return;
    if (m_depth == 0) {
        (void)m_connection.run(QStringLiteral("ROLLBACK"));
    } else {
        // ROLLBACK TO undoes the savepoint's changes but keeps it open; RELEASE then ends it.
        (void)m_connection.run(QStringLiteral("ROLLBACK TO ") + savepointName(m_depth));
        (void)m_connection.run(QStringLiteral("RELEASE ") + savepointName(m_depth));
    }
    m_connection.endTransaction();
}

Status WriteTransaction::begin()
{
    const int depth = m_connection.transactionDepth();
    const Status begun = depth == 0
                             ? m_connection.run(QStringLiteral("BEGIN IMMEDIATE"), {},
                                                QStringLiteral("starting a change"))
                             : m_connection.run(QStringLiteral("SAVEPOINT ") + savepointName(depth),
                                                {}, QStringLiteral("starting a change"));
    if (!begun)
        return begun;
    m_depth = depth;
    m_open = true;
    m_connection.beginTransaction();
    return success();
}

Status WriteTransaction::commit()
{
    const Status committed =
        m_depth == 0
            ? m_connection.run(QStringLiteral("COMMIT"), {}, QStringLiteral("saving a change"))
            : m_connection.run(QStringLiteral("RELEASE ") + savepointName(m_depth), {},
                               QStringLiteral("saving a change"));
    if (!committed)
        return committed;
    m_open = false;
    m_connection.endTransaction();
    return success();
}

} // namespace foi::core
