#include "core/store/CaseSearch.h"

#include "core/store/StoreConnection.h"
#include "core/store/WriteTransaction.h"
#include "core/support/StoreErrorCode.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace foi::core {

namespace {

// Words that appear in almost every request and say nothing about its subject.
const QSet<QString> &commonWords()
{
    static const QSet<QString> words{
        QStringLiteral("about"),       QStringLiteral("above"),     QStringLiteral("after"),
        QStringLiteral("also"),        QStringLiteral("any"),       QStringLiteral("been"),
        QStringLiteral("being"),       QStringLiteral("between"),   QStringLiteral("could"),
        QStringLiteral("dear"),        QStringLiteral("does"),      QStringLiteral("each"),
        QStringLiteral("from"),        QStringLiteral("have"),      QStringLiteral("held"),
        QStringLiteral("information"), QStringLiteral("into"),      QStringLiteral("many"),
        QStringLiteral("please"),      QStringLiteral("provide"),   QStringLiteral("request"),
        QStringLiteral("regarding"),   QStringLiteral("should"),    QStringLiteral("since"),
        QStringLiteral("such"),        QStringLiteral("than"),      QStringLiteral("that"),
        QStringLiteral("their"),       QStringLiteral("them"),      QStringLiteral("there"),
        QStringLiteral("these"),       QStringLiteral("they"),      QStringLiteral("this"),
        QStringLiteral("those"),       QStringLiteral("under"),     QStringLiteral("were"),
        QStringLiteral("what"),        QStringLiteral("when"),      QStringLiteral("where"),
        QStringLiteral("which"),       QStringLiteral("while"),     QStringLiteral("with"),
        QStringLiteral("would"),       QStringLiteral("your"),      QStringLiteral("freedom"),
        QStringLiteral("act"),         QStringLiteral("force"),     QStringLiteral("number"),
        QStringLiteral("copy"),        QStringLiteral("copies"),    QStringLiteral("years"),
        QStringLiteral("year"),        QStringLiteral("including"), QStringLiteral("relating"),
        QStringLiteral("whether"),     QStringLiteral("thank"),     QStringLiteral("kind"),
        QStringLiteral("regards"),     QStringLiteral("under"),     QStringLiteral("police"),
    };
    return words;
}

} // namespace

CaseSearch::CaseSearch(StoreConnection &connection)
    : m_connection(connection)
{}

QStringList CaseSearch::distinctiveWords(const QString &text, int howMany)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList words;
    QSet<QString> seen;
    for (const QString &word : text.toLower().split(separators, Qt::SkipEmptyParts)) {
        if (word.size() < 4 || commonWords().contains(word) || seen.contains(word))
            continue;
        seen.insert(word);
        words.append(word);
    }
    // Longer words are rarer: a cheap stand-in for document frequency that costs no query.
    std::stable_sort(words.begin(), words.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return words.mid(0, howMany);
}

Result<QList<CaseSummary>> CaseSearch::ranked(const QString &sql, const QVariantList &values)
{
    Result<QSqlQuery> query = m_connection.select(sql, values, QStringLiteral("searching cases"));
    if (!query)
        return query.error();
    QList<CaseSummary> results;
    while (query->next()) {
        CaseSummary summary;
        summary.reference = query->value(0).toString();
        summary.regime = query->value(1).toString();
        summary.dateReceived = QDate::fromString(query->value(2).toString(), Qt::ISODate);
        summary.status = query->value(3).toString();
        summary.outcome = query->value(4).toString();
        summary.requesterName = query->value(5).toString();
        summary.updatedAt = query->value(6).toString();
        summary.score = query->value(7).toDouble();
        summary.review =
            reviewStateFromCode(query->value(8).toString()).value_or(ReviewState::NotReviewed);
        summary.title = query->value(9).toString();
        summary.language =
            letterLanguageFromCode(query->value(10).toString()).value_or(LetterLanguage::English);
        results.append(summary);
    }
    return results;
}

Result<QList<CaseSummary>> CaseSearch::search(const QString &text, int limit)
{
    const StoreDialect::Statement statement = m_connection.dialect().caseSearch(text, limit);
    if (statement.sql.isEmpty())
        return QList<CaseSummary>{};
    return ranked(statement.sql, statement.values);
}

Status CaseSearch::tidyIndexAfterImport(qint64 imported)
{
    const QString what = QStringLiteral("tidying the search index after the import");
    Result<std::optional<QVariantList>> highest =
        m_connection.selectRow(QStringLiteral("SELECT MAX(id) FROM cases"), {}, what);
    if (!highest)
        return highest.error();
    const qint64 stored = *highest ? (**highest).at(0).toLongLong() : 0;
    const QString sql = m_connection.dialect().tidyCaseIndexSql(imported, stored);
    if (sql.isEmpty())
        return success();
    WriteTransaction transaction(m_connection);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    if (Status merged = m_connection.run(sql, {}, what); !merged)
        return merged;
    return transaction.commit();
}

Result<QList<CaseSummary>> CaseSearch::similarTo(const QString &reference, int limit)
{
    Result<QSqlQuery> query = m_connection.select(
        QStringLiteral("SELECT id, date_received, request_text, questions_text FROM cases "
                       "WHERE reference = ?"),
        {reference}, QStringLiteral("reading case %1").arg(reference));
    if (!query)
        return query.error();
    if (!query->next()) {
        return Error::make(StoreErrorCode::NotFound,
                           QStringLiteral("There is no case %1 in the store. Check the reference "
                                          "(the case list shows them all).")
                               .arg(reference));
    }
    const qint64 id = query->value(0).toLongLong();
    const QString received = query->value(1).toString();
    const QString wording =
        query->value(2).toString() + QLatin1Char(' ') + query->value(3).toString();
    query->finish();
    Result<QStringList> words = rarestWords(distinctiveWords(wording, candidateWords), id);
    if (!words)
        return words.error();
    if (words->isEmpty())
        return QList<CaseSummary>{};
    const StoreDialect::Statement similar =
        m_connection.dialect().similarCases(*words, id, received, limit);
    return ranked(similar.sql, similar.values);
}

Result<QStringList> CaseSearch::rarestWords(const QStringList &words, qint64 caseId)
{
    // How many of the `frequencyWindow` cases logged just before this one use each word: a
    // sample of its document frequency that costs at most that many index entries, however
    // common the word and however large the store (a word's full count walks its whole list).
    struct Counted
    {
        QString word;
        qint64 cases = 0;
    };
    QList<Counted> counted;
    const qint64 from = qMax<qint64>(0, caseId - frequencyWindow);
    for (const QString &word : words) {
        const StoreDialect::Statement count =
            m_connection.dialect().countCaseMatches(word, from, caseId);
        Result<std::optional<QVariantList>> row =
            m_connection.selectRow(count.sql, count.values,
                                   QStringLiteral("counting the cases that use \"%1\"").arg(word));
        if (!row)
            return row.error();
        const qint64 cases = *row ? (**row).at(0).toLongLong() : 0;
        // A word no recent case uses finds none of them.
        if (cases > 0)
            counted.append({word, cases});
    }
    // Rarest first; among equals, longer first (the order `words` came in).
    std::stable_sort(counted.begin(), counted.end(),
                     [](const Counted &a, const Counted &b) { return a.cases < b.cases; });
    const qint64 sampled = caseId - from;
    QStringList chosen;
    for (const Counted &entry : counted) {
        // A word in most cases says nothing about the subject; kept only if nothing else is.
        if (chosen.size() == wordsMatched || (entry.cases * 2 > sampled && !chosen.isEmpty()))
            break;
        chosen.append(entry.word);
    }
    return chosen;
}

} // namespace foi::core
