#include "model/Case.h"

#include <algorithm>

namespace foi::core {

qsizetype Case::indexOfQuestion(const QString &id) const
{
    for (qsizetype i = 0; i < questions.size(); ++i) {
        if (questions.at(i).id == id)
            return i;
    }
    return -1;
}

namespace {

std::optional<ClosedAnswer> knownAnswer(const Determination &determination)
{
    if (determination.closedAnswer != ClosedAnswer::Unanswered)
        return determination.closedAnswer;
    // "Do you pay for X?" answered "we hold nothing about X" means no.
    if (determination.holding == Holding::NotHeld)
        return ClosedAnswer::No;
    return std::nullopt;
}

} // namespace

bool Case::conditionFailed(qsizetype index) const
{
    // Follow the chain of conditions; the step limit stops a cycle (which the checker reports).
    qsizetype current = index;
    for (qsizetype steps = 0; steps <= questions.size(); ++steps) {
        if (current < 0 || current >= questions.size())
            return false;
        const std::optional<QuestionCondition> &condition = questions.at(current).condition;
        if (!condition)
            return false;
        const qsizetype gate = indexOfQuestion(condition->question);
        if (gate < 0 || gate == current)
            return false;
        const std::optional<ClosedAnswer> answer = knownAnswer(questions.at(gate).determination);
        if (answer)
            return *answer != condition->proceedIf;
        current = gate; // the gate may itself have fallen away
    }
    return false;
}

QStringList Case::questionsCitingEvidence(const QString &sha256) const
{
    QStringList ids;
    for (const Question &question : questions) {
        const QList<SearchRecord> &searches = question.determination.searches;
        if (std::any_of(searches.cbegin(), searches.cend(),
                        [&sha256](const SearchRecord &search) { return search.cites(sha256); }))
            ids.append(question.id);
    }
    return ids;
}

} // namespace foi::core
