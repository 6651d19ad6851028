#pragma once

#include "core/support/Result.h"

namespace foi::core {

class StoreConnection;

// A write transaction begun with BEGIN IMMEDIATE, so that the write lock is taken up front
// (waiting up to the busy timeout) instead of failing on a lock upgrade half way through.
// Rolled back when destroyed without commit(): an early return or a failed step leaves the
// store as it was.
//
// Begun inside another write transaction on the same connection it joins that one: its
// commit() leaves the saving to the outer transaction, and destroyed without commit() (a step
// failed) it makes the outer one roll back instead of committing. So a caller can make several
// saves, each a transaction of its own, into one all-or-nothing change
// (CaseStore::transaction()). Not a savepoint: SQLite keeps a savepoint's undo copy of every
// page it changes in memory, and each statement inside then walks that copy, so a long
// savepoint makes every statement slower than the one before.
class WriteTransaction
{
public:
    explicit WriteTransaction(StoreConnection &connection);
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;
    ~WriteTransaction();

    [[nodiscard]] Status begin();
    [[nodiscard]] Status commit();

private:
    StoreConnection &m_connection;
    bool m_open = false;
    bool m_outermost = false;
};

} // namespace foi::core
