#include "services/AggregationFinder.h"

#include "model/CaseFile.h"
#include "store/CaseSearch.h"
#include "store/CaseStore.h"

#include <QCoreApplication>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace foi::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("foi::core::AggregationFinder", text);
}

// How a requester is matched: each key empty when not recorded.
struct RequesterKeys
{
    QString name;
    QString email;
    QString address;   // letters and digits only, lower case
    QString postcode;  // "SW1A 1AA"
    QString firstLine; // letters and digits only, lower case

    explicit RequesterKeys(const Requester &requester)
        : name(requester.name.simplified().toLower())
        , email(requester.email.trimmed().toLower())
        , address(lettersAndDigits(requester.addressForCorrespondence))
        , postcode(AggregationFinder::postcodeIn(requester.addressForCorrespondence))
        , firstLine(lettersAndDigits(
              requester.addressForCorrespondence.split(QRegularExpression(QStringLiteral("[\n,]")))
                  .value(0)))
    {
        if (email.startsWith(QLatin1String("mailto:")))
            email = email.mid(7);
    }

    static QString lettersAndDigits(const QString &text)
    {
        QString kept;
        for (const QChar c : text.toLower()) {
            if (c.isLetterOrNumber())
                kept.append(c);
        }
        return kept;
    }

    bool sameAddressAs(const RequesterKeys &other) const
    {
        if (address.isEmpty() || other.address.isEmpty())
            return false;
        // A postcode covers a street or part of one: with it, the first line must agree too.
        return address == other.address || (!postcode.isEmpty() && postcode == other.postcode &&
                                            !firstLine.isEmpty() && firstLine == other.firstLine);
    }
};

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

AggregationFinder::AggregationFinder(CaseStore &store, const WorkingDayCalendar &calendar)
    : AggregationFinder(store.cases(), store.search(), calendar)
{}

AggregationFinder::AggregationFinder(CaseRepository &cases, CaseSearch &search,
                                     const WorkingDayCalendar &calendar)
    : m_cases(cases)
    , m_search(search)
    , m_calendar(calendar)
{}

QString AggregationFinder::postcodeIn(const QString &address)
{
    // Outward code (area, district) and inward code (sector, unit), as Royal Mail writes them.
    static const QRegularExpression postcode(
        QStringLiteral("\\b([A-Z]{1,2}[0-9][A-Z0-9]?)\\s*([0-9][A-Z]{2})\\b"),
        QRegularExpression::CaseInsensitiveOption);
    QRegularExpressionMatch last;
    for (auto it = postcode.globalMatch(address); it.hasNext();)
        last = it.next(); // the postcode ends an address; a house name might look like one
    return last.hasMatch()
               ? QStringLiteral("%1 %2").arg(last.captured(1), last.captured(2)).toUpper()
               : QString();
}

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
    if (!ours.name.isEmpty()) {
        if (Status s =
                collect(m_cases.receivedFrom(theCase.requester.name, from, to, maxCandidates + 1));
            !s)
            return s.error();
    }
    QStringList needles;
    if (!ours.email.isEmpty())
        needles.append(ours.email);
    if (!ours.postcode.isEmpty()) {
        needles.append(ours.postcode);
        needles.append(QString(ours.postcode).remove(QLatin1Char(' ')));
    }
    if (Status s = collect(m_cases.receivedMentioning(needles, from, to, maxCandidates * 4)); !s)
        return s.error();
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
