#pragma once

#include "CaseSummary.h"
#include "support/Result.h"

#include <QList>
#include <QString>

namespace foi::core {

class StoreConnection;

// Full-text search over the cases' reference, requester, request, questions and answers,
// ranked best first (SQLite FTS5, bm25), quick enough to run as the officer types; and the
// earlier cases worded like a given one, with what was decided in them, so that an NCND
// stays consistent and round robins and repeated requests are spotted.
class CaseSearch
{
public:
    explicit CaseSearch(StoreConnection &connection);

    // Every word must match; the last may be the start of a word. Nothing searchable in
    // `text` gives an empty list.
    [[nodiscard]] Result<QList<CaseSummary>> search(const QString &text, int limit);
    // Earlier (or same-day) cases sharing the most distinctive words of the case's request and
    // questions, best first; the case itself is left out.
    [[nodiscard]] Result<QList<CaseSummary>> similarTo(const QString &reference, int limit);

    // After a bulk import of `imported` cases: merges the index's small segments (each batch
    // leaves one), so that searches read few. 'optimize' (one segment) when the import is at
    // least a quarter of the store, else a bounded merge whose cost does not grow with it.
    [[nodiscard]] Status tidyIndexAfterImport(qint64 imported);

    // The words of `text` worth matching on: not common words, not too short, longest first.
    static QStringList distinctiveWords(const QString &text, int howMany);

private:
    [[nodiscard]] Result<QList<CaseSummary>> ranked(const QString &sql, const QVariantList &values);

    StoreConnection &m_connection;
};

} // namespace foi::core
