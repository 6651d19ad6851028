#include "core/services/AggregationFinder.h"

#include "core/model/CaseFile.h"
#include "core/model/RequesterKeys.h"
#include "core/store/CaseSearch.h"
#include "core/store/StoreRepositories.h"
#include "core/support/CoreText.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>

#include <cmath>

namespace foi::core {

namespace {

QString tr(const char *text)
{
    return coreText("foi::core::AggregationCandidate", text);
}

QString wordingOf(const Case &theCase)
{
    QString wording = theCase.requestText;
    for (const Question &question : theCase.questions)
        wording += QLatin1Char(' ') + question.text;
    return wording;
}

QString groundPhrase(const AggregationCandidate &candidate, AggregationGround ground)
{
    switch (ground) {
    case AggregationGround::SameName:
        return tr("the same requester's name");
    case AggregationGround::SameEmail:
        return tr("the same email address");
    case AggregationGround::SameAddress:
        return tr("the same postal address");
    case AggregationGround::SimilarWording: {
        // A few of the words are enough to see the likeness; the count says how far it goes.
        QStringList shown = candidate.sharedWords.mid(0, 5);
        if (candidate.sharedWords.size() > shown.size())
            shown.append(QString(QChar(0x2026)));
        return tr("wording alike (%1 of %2 distinctive words: %3)")
            .arg(candidate.sharedWords.size())
            .arg(candidate.distinctiveWords)
            .arg(shown.join(QStringLiteral(", ")));
    }
    }
    return {};
}

} // namespace

QString AggregationCandidate::why() const
{
    QStringList phrases;
    for (AggregationGround ground : grounds)
        phrases.append(groundPhrase(*this, ground));
    QString joined = phrases.value(0);
    for (qsizetype i = 1; i < phrases.size(); ++i)
        joined += (i + 1 == phrases.size() ? tr(" and ") : QStringLiteral("; ")) + phrases.at(i);
    const bool samePerson = hasGround(AggregationGround::SameName) ||
                            hasGround(AggregationGround::SameEmail) ||
                            hasGround(AggregationGround::SameAddress);
    return samePerson ? tr("Why: %1 \u2014 the same person, or people acting together "
                           "(reg 5(1)(a) or (b)).")
                            .arg(joined)
                      : tr("Why: %1 from a different requester \u2014 a campaign or people "
                           "acting in concert (reg 5(1)(b)) only if you can show a link.")
                            .arg(joined);
}

AggregationFinder::AggregationFinder(StoreRepositories &store, const WorkingDayCalendar &calendar)
    : AggregationFinder(store.cases(), store.search(), calendar)
{}

AggregationFinder::AggregationFinder(CaseRepository &cases, CaseSearch &search,
                                     const WorkingDayCalendar &calendar)
    : m_cases(cases)
    , m_search(search)
    , m_calendar(calendar)
{}

Result<QList<AggregationCandidate>> AggregationFinder::candidatesFor(const Case &theCase)
{
    const QDate received = theCase.dateOfReceipt;
    if (theCase.regime != Regime::Foia || !received.isValid() || !m_calendar.covers(received))
        return QList<AggregationCandidate>{};
    const RequesterKeys ours(theCase.requester);
    // 60 working days never span more than 100 calendar days (weekends and at most a few bank
    // holidays); the exact span is counted below.
    const QDate from = received.addDays(-100);
    const QDate to = received.addDays(100);
    QMap<QString, CaseSummary> found;
    const auto collect = [&found](const Result<QList<CaseSummary>> &summaries) -> Status {
        if (!summaries)
            return summaries.error();
        for (const CaseSummary &summary : *summaries)
            found.insert(summary.reference, summary);
        return success();
    };
    // The store keeps each case's requester keys as RequesterKeys makes them, so each key is one
    // seek in its index; the grounds are confirmed below from each candidate's own requester.
    for (const QString &key : ours.lookupKeys()) {
        // A common name can fill the window with strangers: fewer are read for it than for an
        // email or address, which are one person's (or a household's).
        const int limit =
            key.startsWith(QLatin1String("name:")) ? maxCandidates + 1 : maxCandidates * 4;
        if (Status s = collect(m_cases.receivedWithRequesterKey(key, from, to, limit)); !s)
            return s.error();
    }
    const QStringList words = CaseSearch::distinctiveWords(wordingOf(theCase), wordsCompared);
    if (words.size() >= minimumSharedWords && !theCase.reference.isEmpty()) {
        auto similar = m_search.similarTo(theCase.reference, maxCandidates);
        // A case not yet stored has no similar requests to look up; that is no failure.
        if (similar) {
            for (const CaseSummary &summary : std::as_const(*similar)) {
                if (summary.dateReceived >= from && summary.dateReceived <= to)
                    found.insert(summary.reference, summary);
            }
        }
    }

    const int needed = qMax(minimumSharedWords, int(std::ceil(similarShare * words.size())));
    QList<AggregationCandidate> candidates;
    for (const CaseSummary &summary : std::as_const(found)) {
        if (summary.reference == theCase.reference || summary.regime != regimeCode(Regime::Foia) ||
            !m_calendar.covers(summary.dateReceived))
            continue;
        const QDate first = qMin(summary.dateReceived, received);
        const QDate last = qMax(summary.dateReceived, received);
        const int span = m_calendar.workingDaysBetween(first, last);
        if (span > windowWorkingDays)
            continue;
        auto stored = m_cases.load(summary.reference);
        if (!stored)
            return stored.error();
        auto other = CaseFile::read(stored->record.document);
        if (!other)
            continue; // unreadable cases are reported by the store's own checks
        AggregationCandidate candidate{summary.reference,
                                       summary.dateReceived,
                                       summary.requesterName,
                                       other->requestText,
                                       span,
                                       {},
                                       {},
                                       int(words.size())};
        const RequesterKeys theirs(other->requester);
        if (!ours.name.isEmpty() && ours.name == theirs.name)
            candidate.grounds.append(AggregationGround::SameName);
        if (!ours.email.isEmpty() && ours.email == theirs.email)
            candidate.grounds.append(AggregationGround::SameEmail);
        if (ours.sameAddressAs(theirs))
            candidate.grounds.append(AggregationGround::SameAddress);
        if (words.size() >= minimumSharedWords) {
            const QStringList theirWords = CaseSearch::distinctiveWords(wordingOf(*other), 100000);
            const QSet<QString> theirSet(theirWords.cbegin(), theirWords.cend());
            for (const QString &word : words) {
                if (theirSet.contains(word))
                    candidate.sharedWords.append(word);
            }
            if (candidate.sharedWords.size() >= needed)
                candidate.grounds.append(AggregationGround::SimilarWording);
        }
        if (!candidate.grounds.isEmpty())
            candidates.append(candidate);
    }
    std::sort(candidates.begin(), candidates.end(), [](const auto &a, const auto &b) {
        return a.dateOfReceipt != b.dateOfReceipt ? a.dateOfReceipt < b.dateOfReceipt
                                                  : a.reference < b.reference;
    });
    if (candidates.size() > maxCandidates)
        candidates.resize(maxCandidates);
    return candidates;
}

} // namespace foi::core
