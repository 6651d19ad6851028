#include "core/intake/QuestionEdits.h"

#include "core/intake/QuestionSplitter.h"

#include <QHash>

namespace foi::core {

void QuestionEdits::propose(Case &theCase)
{
    theCase.questions.clear();
    for (ExemptionClaim &claim : theCase.claims)
        claim.questions.clear();
    const QStringList texts = QuestionSplitter::split(theCase.requestText);
    for (qsizetype i = 0; i < texts.size(); ++i) {
        Question question;
        question.id = idFor(i);
        question.text = texts.at(i);
        theCase.questions.append(question);
    }
}

void QuestionEdits::add(Case &theCase, const QString &text)
{
    Question question;
    question.id = idFor(theCase.questions.size());
    question.text = text;
    theCase.questions.append(question);
}

bool QuestionEdits::mergeWithNext(Case &theCase, qsizetype index)
{
    if (index < 0 || index + 1 >= theCase.questions.size())
        return false;
    Question &first = theCase.questions[index];
    const Question second = theCase.questions.takeAt(index + 1);
    first.text = first.text.trimmed() + QLatin1Char('\n') + second.text.trimmed();
    for (ExemptionClaim &claim : theCase.claims) {
        if (claim.covers(second.id) && !claim.covers(first.id))
            claim.questions.append(first.id);
    }
    for (Question &question : theCase.questions) {
        if (question.condition && question.condition->question == second.id)
            question.condition->question = first.id;
    }
    renumber(theCase, {second.id});
    return true;
}

bool QuestionEdits::split(Case &theCase, qsizetype index, qsizetype position)
{
    if (index < 0 || index >= theCase.questions.size())
        return false;
    Question &original = theCase.questions[index];
    if (position <= 0 || position >= original.text.size())
        return false;
    Question second;
    second.text = QuestionSplitter::withoutMarker(original.text.mid(position));
    second.condition = original.condition;
    original.text = original.text.left(position).trimmed();
    second.id = QStringLiteral("new");
    theCase.questions.insert(index + 1, second);
    renumber(theCase);
    return true;
}

int QuestionEdits::markNotRequiredWhereConditionFailed(Case &theCase)
{
    int marked = 0;
    for (qsizetype i = 0; i < theCase.questions.size(); ++i) {
        Determination &determination = theCase.questions[i].determination;
        if (!theCase.conditionFailed(i) || determination.holding == Holding::NotRequired)
            continue;
        Determination notRequired;
        notRequired.holding = Holding::NotRequired;
        notRequired.searches = determination.searches; // what was done stays on record
        determination = notRequired;
        ++marked;
    }
    return marked;
}

bool QuestionEdits::move(Case &theCase, qsizetype index, qsizetype to)
{
    const qsizetype count = theCase.questions.size();
    if (index < 0 || index >= count || to < 0 || to >= count || index == to)
        return false;
    theCase.questions.move(index, to);
    renumber(theCase);
    return true;
}

bool QuestionEdits::remove(Case &theCase, qsizetype index)
{
    if (index < 0 || index >= theCase.questions.size())
        return false;
    const QString id = theCase.questions.takeAt(index).id;
    renumber(theCase, {id});
    return true;
}

void QuestionEdits::setCondition(Case &theCase, const QList<qsizetype> &indexes,
                                 const std::optional<QuestionCondition> &condition)
{
    for (const qsizetype index : indexes) {
        if (index < 0 || index >= theCase.questions.size())
            continue;
        Question &question = theCase.questions[index];
        if (condition && condition->question == question.id)
            continue;
        question.condition = condition;
    }
}

void QuestionEdits::renumber(Case &theCase, const QStringList &removed)
{
    QHash<QString, QString> newIds;
    for (qsizetype i = 0; i < theCase.questions.size(); ++i) {
        Question &question = theCase.questions[i];
        newIds.insert(question.id, idFor(i));
        question.id = idFor(i);
    }
    const auto follow = [&](const QString &id) {
        return removed.contains(id) ? QString() : newIds.value(id);
    };
    for (Question &question : theCase.questions) {
        if (!question.condition)
            continue;
        const QString target = follow(question.condition->question);
        if (target.isEmpty() || target == question.id)
            question.condition.reset();
        else
            question.condition->question = target;
    }
    for (ExemptionClaim &claim : theCase.claims) {
        QStringList covered;
        for (const QString &id : std::as_const(claim.questions)) {
            const QString target = follow(id);
            if (!target.isEmpty() && !covered.contains(target))
                covered.append(target);
        }
        claim.questions = covered;
    }
}

} // namespace foi::core
