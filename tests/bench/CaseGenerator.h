#pragma once

#include "model/Case.h"

#include <QRandomGenerator>
#include <QStringList>

// Makes realistic police FOI cases from a seed: a reference, a date of receipt, a requester, a
// request of two to six questions on one of a few dozen subjects in the officers' usual
// wording, and a decision on each question (held and disclosed, not held, or NCND). The same
// seed gives the same cases.
class CaseGenerator
{
public:
    explicit CaseGenerator(quint32 seed);

    foi::core::Case next(int serial);
    // A query an officer might type into the search box: one to three subject words, the last
    // possibly unfinished.
    QString typedQuery();

private:
    const QString &pick(const QStringList &words);

    QRandomGenerator m_random;
};
