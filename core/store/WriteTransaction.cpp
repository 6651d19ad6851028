#include "core/store/WriteTransaction.h"

#include "core/store/StoreConnection.h"
#include "core/support/StoreErrorCode.h"

namespace foi::core {

WriteTransaction::WriteTransaction(StoreConnection &connection)
    : m_connection(connection)
{}

WriteTransaction::~WriteTransaction()
{
    if (!m_open)
        return;
    if (m_outermost) {
        (void)m_connection.run(QStringLiteral("ROLLBACK"));
        m_connection.m_transaction = StoreConnection::Transaction::None;
    } else {
        m_connection.m_transaction = StoreConnection::Transaction::MustRollBack;
    }
}

Status WriteTransaction::begin()
{
    if (m_connection.m_transaction == StoreConnection::Transaction::None) {
        if (Status status = m_connection.run(m_connection.dialect().beginWrite(), {},
                                             QStringLiteral("starting a change"));
            !status)
            return status;
        m_connection.m_transaction = StoreConnection::Transaction::Open;
        m_outermost = true;
    }
    m_open = true;
    return success();
}

Status WriteTransaction::commit()
{
    if (!m_outermost) {
        m_open = false;
        return success();
    }
    if (m_connection.m_transaction == StoreConnection::Transaction::MustRollBack) {
        // Left open for the destructor to roll back.
        return Error::make(StoreErrorCode::Sql,
                           QStringLiteral("A part of the change failed, so none of it was saved."));
    }
    if (Status status =
            m_connection.run(QStringLiteral("COMMIT"), {}, QStringLiteral("saving a change"));
        !status)
        return status;
    m_open = false;
    m_connection.m_transaction = StoreConnection::Transaction::None;
    return success();
}

} // namespace foi::core
