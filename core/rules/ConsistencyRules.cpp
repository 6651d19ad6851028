#include "core/rules/ConsistencyRules.h"

#include <vector>

#include <QCoreApplication>

namespace foi::core {

namespace {

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

// The earliest date among the clock changes of `kind`; null when there is none.
QDate earliest(const QList<ClockChange> &changes, ClockChangeKind kind)
{
    QDate first;
    for (const ClockChange &change : changes) {
        if (change.kind == kind && change.date.isValid() &&
            (!first.isValid() || change.date < first))
            first = change.date;
    }
    return first;
}

QString cycleText(const Case &theCase, const QList<qsizetype> &cycle)
{
    constexpr qsizetype shown = 6;
    QStringList ids;
    for (qsizetype i = 0; i < qMin(cycle.size(), shown); ++i)
        ids.append(theCase.questions.at(cycle.at(i)).id);
    if (cycle.size() > shown)
        ids.append(
            QCoreApplication::translate("foi::core::ConsistencyRules", "… (%1 questions in all)")
                .arg(cycle.size()));
    ids.append(theCase.questions.at(cycle.constFirst()).id);
    return ids.join(QStringLiteral(" → "));
}

} // namespace

void ConsistencyRules::check(const RuleInput &input, QList<Finding> &findings)
{
    checkDates(input, findings);
    checkClockOrder(input, findings);
    checkConditions(input, findings);
}

void ConsistencyRules::checkDates(const RuleInput &input, QList<Finding> &findings)
{
    const Case &theCase = input.theCase;
    const QDate received = theCase.dateOfReceipt;
    if (!received.isValid())
        return;
    const QString s10 = input.cite("s10(1)", "reg 5(2)");
    if (theCase.reply.sentOn.isValid() && theCase.reply.sentOn < received)
        findings.append(Finding::error(
            QStringLiteral("REPLY-BEFORE-RECEIPT"), s10, QStringLiteral("reply.sentOn"),
            QCoreApplication::translate(
                "foi::core::ConsistencyRules",
                "The reply is dated %1, before the request was received on %2. One of "
                "the dates is wrong: correct the date of receipt (the time for "
                "compliance counts from it, %3) or the date the reply was sent.")
                .arg(iso(theCase.reply.sentOn), iso(received), s10)));
    for (qsizetype i = 0; i < theCase.clockChanges.size(); ++i) {
        const QDate date = theCase.clockChanges.at(i).date;
        if (date.isValid() && date < received)
            findings.append(
                Finding::error(QStringLiteral("CLOCK-CHANGE-BEFORE-RECEIPT"), s10,
                               QStringLiteral("clockChanges[%1].date").arg(i),
                               QCoreApplication::translate(
                                   "foi::core::ConsistencyRules",
                                   "A change to the clock is dated %1, before the request was "
                                   "received on %2: nothing can stop, pause or extend the time for "
                                   "compliance before it starts. Correct the date.")
                                   .arg(iso(date), iso(received))));
    }
}

void ConsistencyRules::checkClockOrder(const RuleInput &input, QList<Finding> &findings)
{
    // A clarification answers a request for it (s1(3), reg 9(2)) and a fee answers a fees notice
    // (s9, s10(2)): neither can come before the first of what it answers.
    const QList<ClockChange> &changes = input.theCase.clockChanges;
    const QDate firstSought = earliest(changes, ClockChangeKind::ClarificationSought);
    const QDate firstNotice = earliest(changes, ClockChangeKind::FeesNoticeGiven);
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const ClockChange &change = changes.at(i);
        const QString locator = QStringLiteral("clockChanges[%1].date").arg(i);
        if (change.kind == ClockChangeKind::ClarificationReceived && firstSought.isValid() &&
            change.date.isValid() && change.date < firstSought)
            findings.append(Finding::error(
                QStringLiteral("CLARIFICATION-BEFORE-SOUGHT"), input.cite("s1(3)", "reg 9(2)"),
                locator,
                QCoreApplication::translate(
                    "foi::core::ConsistencyRules",
                    "The clarification is recorded as received on %1, before it was "
                    "asked for on %2 (%3). The clock restarts from the clarification, "
                    "so the deadline is wrong: correct one of the dates.")
                    .arg(iso(change.date), iso(firstSought), input.cite("s1(3)", "reg 9(2)"))));
        if (change.kind == ClockChangeKind::FeePaid && firstNotice.isValid() &&
            change.date.isValid() && change.date < firstNotice)
            findings.append(Finding::error(
                QStringLiteral("FEE-PAID-BEFORE-NOTICE"), input.cite("s10(2)", "reg 8"), locator,
                QCoreApplication::translate(
                    "foi::core::ConsistencyRules",
                    "The fee is recorded as paid on %1, before the fees notice was "
                    "given on %2. The days from the notice to the payment do not "
                    "count (s10(2)), so the deadline is wrong: correct one of the "
                    "dates.")
                    .arg(iso(change.date), iso(firstNotice))));
    }
}

void ConsistencyRules::checkConditions(const RuleInput &input, QList<Finding> &findings)
{
    const Case &theCase = input.theCase;
    const ConditionGraph &graph = input.conditions;
    std::vector<bool> reported(std::size_t(theCase.questions.size()), false);
    for (qsizetype i = 0; i < theCase.questions.size(); ++i) {
        const Question &question = theCase.questions.at(i);
        const QString locator = QStringLiteral("questions[%1].condition.question").arg(i);
        switch (graph.link(i)) {
        case ConditionGraph::Link::None:
        case ConditionGraph::Link::Valid:
            break;
        case ConditionGraph::Link::SelfReference:
            findings.append(Finding::error(
                QStringLiteral("CONDITION-SELF"), QStringLiteral("s1(1)"), locator,
                QCoreApplication::translate(
                    "foi::core::ConsistencyRules",
                    "Question %1 is to be answered only depending on its own answer, "
                    "which cannot be decided. Make the condition name the question "
                    "the requester meant, or remove it.")
                    .arg(question.id)));
            break;
        case ConditionGraph::Link::UnknownQuestion:
            findings.append(Finding::error(
                QStringLiteral("CONDITION-UNKNOWN-QUESTION"), QStringLiteral("s1(1)"), locator,
                QCoreApplication::translate(
                    "foi::core::ConsistencyRules",
                    "Question %1 depends on question '%2', which the case does not "
                    "have. Make the condition name an existing question, or remove "
                    "it.")
                    .arg(question.id, question.condition->question)));
            break;
        case ConditionGraph::Link::InCycle: {
            // One finding per cycle, on the first of its questions in the case.
            if (reported[std::size_t(i)])
                break;
            const QList<qsizetype> cycle = graph.cycleFrom(i);
            for (const qsizetype member : cycle)
                reported[std::size_t(member)] = true;
            findings.append(Finding::error(
                QStringLiteral("CONDITION-CYCLE"), QStringLiteral("s1(1)"), locator,
                QCoreApplication::translate(
                    "foi::core::ConsistencyRules",
                    "The conditions on questions go round in a circle (%1), so none "
                    "of them can be decided. Break the circle: at least one of these "
                    "questions must not depend on another.")
                    .arg(cycleText(theCase, cycle))));
            break;
        }
        }
    }
}

} // namespace foi::core
