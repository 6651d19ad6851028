#pragma once

#include "core/model/Case.h"

#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace foi::core {

// The requester's conditions between the questions of one case ("answer Q3 only if Q1 is yes"),
// resolved once for the whole case in time linear in the number of questions, however the
// conditions chain: every question is visited a bounded number of times (steps() counts the
// visits, so tests can check the bound without timing anything). A case file can hold anything,
// so a condition may name its own question, a question that does not exist, or form a cycle;
// each is reported by link() and never loops. Built from a case and valid while it is unchanged.
class ConditionGraph
{
public:
    enum class Link {
        None,            // the question has no condition
        Valid,           // it names another question of the case, outside any cycle
        SelfReference,   // it names its own question
        UnknownQuestion, // it names a question the case does not have
        InCycle,         // following the conditions from here comes back here
    };

    explicit ConditionGraph(const Case &theCase);

    // The index of the (first) question with this id; -1 when there is none. A hash lookup.
    qsizetype indexOf(const QString &id) const { return m_index.value(id, -1); }

    // True when the requester's own condition on question `index` has failed, so it needs no
    // answer: Case::conditionFailed() for every question at once.
    bool failed(qsizetype index) const { return m_failed.at(std::size_t(index)); }
    Link link(qsizetype index) const { return m_link.at(std::size_t(index)); }
    // For a question in a cycle: the indexes of the cycle in the order the conditions run,
    // starting from the question of the cycle that comes first in the case.
    QList<qsizetype> cycleFrom(qsizetype index) const;

    qsizetype steps() const { return m_steps; }

private:
    qsizetype gateOf(qsizetype index) const; // the valid gate's index, or -1
    void findCycles();
    void resolveFailures();

    const Case &m_case;
    QHash<QString, qsizetype> m_index;
    std::vector<Link> m_link;
    std::vector<bool> m_failed;
    qsizetype m_steps = 0;
};

} // namespace foi::core
