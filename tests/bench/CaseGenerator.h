#pragma once

#include "core/model/Case.h"

#include <QRandomGenerator>
#include <QStringList>

#include <limits>

// Makes realistic police FOI cases from a seed: a reference, a date of receipt, a requester, a
// request of two to six questions on one of a few dozen subjects in the officers' usual
// wording, and a decision on each question (held and disclosed, not held, or NCND). The same
// seed gives the same cases.
// Requesters: most write once, with an email address of their own and sometimes a postal
// address; one request in five comes from one of a few thousand regulars (journalists,
// researchers, campaigners), each with one email and address they write from again and again,
// their name now and then given differently ("J. Smith"), so that the aggregation lookup finds
// the same person by name, email and address. The requester is drawn from its own generator,
// so the rest of each case is what the generator made before requesters had contact details.
class CaseGenerator
{
public:
    explicit CaseGenerator(quint32 seed);

    foi::core::Case next(int serial);
    // Cases from this serial on are still open (no reply sent), as the newest requests of a real
    // store are; every earlier one was answered 18 to 27 days after receipt. Default: none open.
    void leaveOpenFrom(int serial) { m_openFrom = serial; }
    // A query an officer might type into the search box: one to three subject words, the last
    // possibly unfinished.
    QString typedQuery();

private:
    const QString &pick(const QStringList &words);
    foi::core::Requester requesterOf(int serial) const;

    quint32 m_seed;
    QRandomGenerator m_random;
    int m_openFrom = std::numeric_limits<int>::max();
};
