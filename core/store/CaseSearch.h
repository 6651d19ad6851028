#pragma once

#include "core/model/CaseSummary.h"
#include "core/support/Result.h"

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
    // Earlier (or same-day) cases sharing the rarest words of the case's request and
    // questions (by how many recent cases use them), best first; the case itself is left out.
    [[nodiscard]] Result<QList<CaseSummary>> similarTo(const QString &reference, int limit);

    // After a bulk import of `imported` cases: merges the index's small segments (each batch
    // leaves one), so that searches read few. 'optimize' (one segment) when the import is at
    // least a quarter of the store, else a bounded merge whose cost does not grow with it.
    [[nodiscard]] Status tidyIndexAfterImport(qint64 imported);

    // The words of `text` worth matching on: not common words, not too short, longest first.
    static QStringList distinctiveWords(const QString &text, int howMany);

private:
    // Words of a request weighed for a similar-request lookup, how many recent cases are
    // sampled to weigh them, and how many of the rarest are matched. Few, rare words keep the
    // lookup quick: bm25 reads the whole list of every word matched to weigh it.
    static constexpr int candidateWords = 24;
    static constexpr qint64 frequencyWindow = 2000;
    static constexpr int wordsMatched = 6;

    // The rarest of `words` among the cases logged just before case `caseId`, at most
    // wordsMatched of them; words no such case uses are left out.
    [[nodiscard]] Result<QStringList> rarestWords(const QStringList &words, qint64 caseId);
    [[nodiscard]] Result<QList<CaseSummary>> ranked(const QString &sql, const QVariantList &values);

    StoreConnection &m_connection;
};

} // namespace foi::core
