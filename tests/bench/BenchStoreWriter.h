#pragma once

#include <QString>

// Writes a benchmark store of N generated cases quickly: the workbench's own schema (made by
// CaseStore), then one raw SQLite connection with big transactions and prepared statements,
// every case with its requester keys, audit row and snapshot (the chain computed as AuditTrail
// does), and the full-text index built once after the data and then optimised. The store is a
// disposable cache, so it is written without a journal; it is switched to WAL when done.
class BenchStoreWriter
{
public:
    // Bumped whenever what is written changes, so that cached stores are regenerated.
    static constexpr int formatVersion = 1;

    // Returns an empty string on success, else what went wrong.
    static QString write(const QString &path, int cases, quint32 seed);
};
