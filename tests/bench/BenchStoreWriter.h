#pragma once

#include <QString>
#include <QtGlobal>

// Writes a benchmark store of N generated cases quickly: the workbench's own schema (made by
// CaseStore), then one raw SQLite connection with big transactions and prepared statements,
// every case with its requester keys, statistics summary, audit row and snapshot (the chain
// computed as AuditTrail does), and the full-text index built once after the data and then
// optimised. The store is a disposable cache, so it is written without a journal; it is switched to
// WAL when done.
class BenchStoreWriter
{
public:
    // Bumped whenever what is written changes, so that cached stores are regenerated.
    // 2: the newest cases are still open (openCases).
    // 3: each case's statistics summary (migration 17), as a save writes it.
    static constexpr int formatVersion = 3;

    // How many of N cases are still open: the newest one in a hundred, at least one. A force
    // answering 1,500 requests a year keeps about a hundred open against a store of ten years.
    static int openCases(int cases) { return cases > 0 ? qMax(1, cases / 100) : 0; }

    // Returns an empty string on success, else what went wrong.
    static QString write(const QString &path, int cases, quint32 seed);
};
