#include "core/model/ConditionGraph.h"

#include <optional>

namespace foi::core {

namespace {

enum class Visit : char { New, OnPath, Done };

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

ConditionGraph::ConditionGraph(const Case &theCase)
    : m_case(theCase)
    , m_link(std::size_t(theCase.questions.size()), Link::None)
    , m_failed(std::size_t(theCase.questions.size()), false)
{
    const QList<Question> &questions = theCase.questions;
    m_index.reserve(questions.size());
    for (qsizetype i = 0; i < questions.size(); ++i) {
        if (!m_index.contains(questions.at(i).id))
            m_index.insert(questions.at(i).id, i);
    }
    for (qsizetype i = 0; i < questions.size(); ++i) {
        const std::optional<QuestionCondition> &condition = questions.at(i).condition;
        if (!condition)
            continue;
        const qsizetype gate = indexOf(condition->question);
        m_link[std::size_t(i)] = gate < 0    ? Link::UnknownQuestion
                                 : gate == i ? Link::SelfReference
                                             : Link::Valid;
    }
    findCycles();
    resolveFailures();
}

qsizetype ConditionGraph::gateOf(qsizetype index) const
{
    const Link kind = m_link.at(std::size_t(index));
    if (kind != Link::Valid && kind != Link::InCycle)
        return -1;
    return indexOf(m_case.questions.at(index).condition->question);
}

void ConditionGraph::findCycles()
{
    // Each question has at most one condition, so the conditions form chains that end, or end
    // in one cycle. Walk each chain once; meeting the current walk again closes a cycle.
    std::vector<Visit> visit(m_link.size(), Visit::New);
    std::vector<qsizetype> path;
    for (qsizetype start = 0; start < qsizetype(m_link.size()); ++start) {
        path.clear();
        qsizetype current = start;
        while (current >= 0 && visit[std::size_t(current)] == Visit::New) {
            ++m_steps;
            visit[std::size_t(current)] = Visit::OnPath;
            path.push_back(current);
            current = gateOf(current);
        }
        if (current >= 0 && visit[std::size_t(current)] == Visit::OnPath) {
            for (auto it = path.rbegin(); it != path.rend(); ++it) {
                m_link[std::size_t(*it)] = Link::InCycle;
                if (*it == current)
                    break;
            }
        }
        for (const qsizetype done : path)
            visit[std::size_t(done)] = Visit::Done;
    }
}

void ConditionGraph::resolveFailures()
{
    // failed(q) is decided by q's gate when the gate's answer is known, else it is failed(gate);
    // a chain that never reaches a known answer (no condition, a bad reference, a cycle) has not
    // failed. Memoised, so each question is resolved once.
    std::vector<Visit> visit(m_link.size(), Visit::New);
    std::vector<qsizetype> path;
    for (qsizetype start = 0; start < qsizetype(m_link.size()); ++start) {
        path.clear();
        bool result = false;
        qsizetype current = start;
        while (true) {
            ++m_steps;
            if (visit[std::size_t(current)] == Visit::Done) {
                result = m_failed[std::size_t(current)];
                break;
            }
            if (visit[std::size_t(current)] == Visit::OnPath)
                break; // a cycle with no known answer in it
            visit[std::size_t(current)] = Visit::OnPath;
            path.push_back(current);
            const qsizetype gate = gateOf(current);
            if (gate < 0)
                break;
            if (const std::optional<ClosedAnswer> answer =
                    knownAnswer(m_case.questions.at(gate).determination)) {
                result = *answer != m_case.questions.at(current).condition->proceedIf;
                break;
            }
            current = gate; // the gate may itself have fallen away
        }
        for (const qsizetype done : path) {
            visit[std::size_t(done)] = Visit::Done;
            m_failed[std::size_t(done)] = result;
        }
    }
}

QList<qsizetype> ConditionGraph::cycleFrom(qsizetype index) const
{
    QList<qsizetype> cycle;
    if (link(index) != Link::InCycle)
        return cycle;
    qsizetype first = index;
    qsizetype current = gateOf(index);
    while (current != index) {
        first = qMin(first, current);
        current = gateOf(current);
    }
    current = first;
    do {
        cycle.append(current);
        current = gateOf(current);
    } while (current != first);
    return cycle;
}

} // namespace foi::core
