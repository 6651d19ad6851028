#pragma once

#include "support/Result.h"

namespace foi::core {

class StoreConnection;

// A write transaction begun with BEGIN IMMEDIATE, so that the write lock is taken up front
// (waiting up to the busy timeout) instead of failing on a lock upgrade half way through.
// Rolled back when destroyed without commit(): an early return or a failed step leaves the
// store as it was.
//
// Begun inside another write transaction on the same connection it is a savepoint: commit()
// releases it into the outer one (nothing is saved until the outermost commits) and a roll back
// undoes only its own part. So a caller can make several saves, each a transaction of its own,
// one all-or-nothing change (CaseStore::transaction()).
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
    // 0 for the outermost transaction; otherwise how deep its savepoint is nested.
    int m_depth = 0;
};

} // namespace foi::core
