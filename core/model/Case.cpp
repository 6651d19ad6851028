#include "core/model/Case.h"

#include "core/model/ConditionGraph.h"

#include <algorithm>

namespace foi::core {

std::optional<LifecycleEvent> Case::closure() const
{
    if (lifecycle.isEmpty() || lifecycle.constLast().kind == LifecycleKind::Reopened)
        return std::nullopt;
    return lifecycle.constLast();
}

qsizetype Case::indexOfQuestion(const QString &id) const
{
    for (qsizetype i = 0; i < questions.size(); ++i) {
        if (questions.at(i).id == id)
            return i;
    }
    return -1;
}

bool Case::conditionFailed(qsizetype index) const
{
    // One question costs as much as all of them: callers asking for every question build a
    // ConditionGraph once instead.
    if (index < 0 || index >= questions.size())
        return false;
    return ConditionGraph(*this).failed(index);
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
