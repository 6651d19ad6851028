#include "WriteTransaction.h"

#include "StoreConnection.h"

namespace foi::core {

WriteTransaction::WriteTransaction(StoreConnection &connection)
    : m_connection(connection)
{}

WriteTransaction::~WriteTransaction()
{
    if (m_open)
        (void)m_connection.run(QStringLiteral("ROLLBACK"));
}

Status WriteTransaction::begin()
{
    if (Status status = m_connection.run(QStringLiteral("BEGIN IMMEDIATE"), {},
                                         QStringLiteral("starting a change"));
        !status)
        return status;
    m_open = true;
    return success();
}

Status WriteTransaction::commit()
{
    if (Status status =
            m_connection.run(QStringLiteral("COMMIT"), {}, QStringLiteral("saving a change"));
        !status)
        return status;
    m_open = false;
    return success();
}

} // namespace foi::core
