#pragma once

#include "core/model/Case.h"

#include <QList>

#include <optional>

namespace foi::core {

// The officer's edits to the list of questions: propose them from the request text, add, merge,
// split, reorder and remove. Questions are numbered Q1, Q2, ... in order after every edit, and
// every reference to a question (conditions, claims) follows it to its new number; a reference
// to a removed question is dropped (a condition on it goes, a claim stops covering it). Indexes
// out of range leave the case as it was and return false.
class QuestionEdits
{
public:
    // Replaces the questions with those QuestionSplitter proposes from the request text.
    // Claims lose their questions, which no longer exist.
    static void propose(Case &theCase);
    static void add(Case &theCase, const QString &text);
    // Joins question `index` and the one after it into one.
    static bool mergeWithNext(Case &theCase, qsizetype index);
    // Cuts question `index` in two at character `position` of its text.
    static bool split(Case &theCase, qsizetype index, qsizetype position);
    static bool move(Case &theCase, qsizetype index, qsizetype to);
    static bool remove(Case &theCase, qsizetype index);

    // Sets (or with nullopt clears) the condition of each question in `indexes`. A question
    // cannot be conditional on itself: it is skipped.
    static void setCondition(Case &theCase, const QList<qsizetype> &indexes,
                             const std::optional<QuestionCondition> &condition);

    // Marks "not required" every question whose requester's condition has failed and that is
    // not already so (s1(1): the requester asked for nothing more there). Returns how many.
    static int markNotRequiredWhereConditionFailed(Case &theCase);

    static QString idFor(qsizetype index) { return QStringLiteral("Q%1").arg(index + 1); }

private:
    // Gives the questions ids in order, carrying references along; `removed` ids are dropped.
    static void renumber(Case &theCase, const QStringList &removed = {});
};

} // namespace foi::core
