#pragma once

#include "support/Result.h"

namespace foi::core {

class StoreConnection;

// A write transaction begun with BEGIN IMMEDIATE, so that the write lock is taken up front
// (waiting up to the busy timeout) instead of failing on a lock upgrade half way through.
// Rolled back when destroyed without commit(): an early return or a failed step leaves the
// store as it was.
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
};

} // namespace foi::core
