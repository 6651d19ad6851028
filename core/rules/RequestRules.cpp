#include "core/rules/RequestRules.h"

#include "core/model/CaseOutcome.h"

#include <QCoreApplication>

namespace foi::core {

// The messages are looked up in the interface's catalogue (context "foi::core::RequestRules",
// resources/translations/foi_cy.ts) when the check runs: the Findings panel shows them in Welsh
// when the GUI has installed the Welsh catalogue; the command line installs none and prints them
// in English.

namespace {

QString questionPath(qsizetype index, const char *field)
{
    return QStringLiteral("questions[%1].%2").arg(index).arg(QLatin1StringView(field));
}

bool coveredByClaim(const Case &theCase, const QString &questionId, Duty duty)
{
    for (const ExemptionClaim &claim : theCase.claims) {
        if (claim.relieves == duty && claim.covers(questionId))
            return true;
    }
    return false;
}

} // namespace

void RequestRules::check(const RuleInput &input, QList<Finding> &findings)
{
    checkValidRequest(input, findings);
    for (qsizetype i = 0; i < input.theCase.questions.size(); ++i)
        checkQuestion(input, i, findings);
}

void RequestRules::checkValidRequest(const RuleInput &input, QList<Finding> &findings)
{
    const Case &theCase = input.theCase;
    // The EIR set no formal requirements for a request (it may even be oral); a name is then
    // not needed, but the reply still needs somewhere to go.
    if (!input.isEir() && theCase.requester.name.trimmed().isEmpty())
        findings.append(
            Finding::error(QStringLiteral("S8-NAME-MISSING"), QStringLiteral("s8(1)(b)"),
                           QStringLiteral("requester.name"),
                           QCoreApplication::translate(
                               "foi::core::RequestRules",
                               "A valid request must state the requester's name (s8(1)(b)). Record "
                               "the name given, or ask the requester for it before treating this "
                               "as a request under the Act.")));
    if (!theCase.requester.hasAddressForCorrespondence()) {
        const QString message =
            QCoreApplication::translate(
                "foi::core::RequestRules",
                "There is no address for correspondence (%1). Record the postal or email address "
                "the request came from; the reply cannot be sent without one.")
                .arg(input.cite("s8(1)(b)", "reg 5(1)"));
        const QString locator = QStringLiteral("requester.addressForCorrespondence");
        findings.append(input.isEir()
                            ? Finding::warning(QStringLiteral("S8-ADDRESS-MISSING"),
                                               QStringLiteral("reg 5(1)"), locator, message)
                            : Finding::error(QStringLiteral("S8-ADDRESS-MISSING"),
                                             QStringLiteral("s8(1)(b)"), locator, message));
    }
    bool described = !theCase.requestText.trimmed().isEmpty();
    for (const Question &question : theCase.questions)
        described = described || !question.text.trimmed().isEmpty();
    if (!described)
        findings.append(
            Finding::error(QStringLiteral("S8-DESCRIPTION-MISSING"), QStringLiteral("s8(1)(c)"),
                           QStringLiteral("requestText"),
                           QCoreApplication::translate(
                               "foi::core::RequestRules",
                               "The request does not describe the information wanted (s8(1)(c)). "
                               "Record the request text, or seek clarification under s1(3).")));
    if (!theCase.dateOfReceipt.isValid())
        findings.append(
            Finding::error(QStringLiteral("S10-RECEIPT-DATE-MISSING"), QStringLiteral("s10(1)"),
                           QStringLiteral("dateOfReceipt"),
                           QCoreApplication::translate(
                               "foi::core::RequestRules",
                               "The date of receipt is missing, so the 20 working days of s10(1) "
                               "cannot be counted. Record the day the request arrived.")));
}

void RequestRules::checkQuestion(const RuleInput &input, qsizetype index, QList<Finding> &findings)
{
    const Case &theCase = input.theCase;
    const Question &question = theCase.questions.at(index);
    const Determination &determination = question.determination;
    const bool conditionFailed = input.conditions.failed(index);

    if (conditionFailed && determination.holding != Holding::NotRequired) {
        findings.append(Finding::error(
            QStringLiteral("S1-CONDITION-FAILED-ANSWERED"), QStringLiteral("s1(1)"),
            questionPath(index, "determination.holding"),
            QCoreApplication::translate(
                "foi::core::RequestRules",
                "Question %1 was to be answered only if question %2 was answered "
                "'%3'. It was not, so the requester has withdrawn it: mark it not "
                "required and take its answer out of the reply (an answer here is "
                "a disclosure to the world that nobody asked for).")
                .arg(question.id, question.condition->question,
                     question.condition->proceedIf == ClosedAnswer::Yes
                         ? QCoreApplication::translate("foi::core::RequestRules", "yes")
                         : QCoreApplication::translate("foi::core::RequestRules", "no"))));
        return;
    }
    if (!conditionFailed && determination.holding == Holding::NotRequired) {
        findings.append(
            Finding::error(QStringLiteral("S1-NOT-REQUIRED-WITHOUT-CONDITION"),
                           QStringLiteral("s1(1)"), questionPath(index, "determination.holding"),
                           QCoreApplication::translate(
                               "foi::core::RequestRules",
                               "Question %1 is marked not required, but no condition of the "
                               "requester's has failed for it. It needs a decision under s1(1): "
                               "held, not held, or neither confirm nor deny.")
                               .arg(question.id)));
        return;
    }
    const Outcome outcome = CaseOutcome::ofQuestion(theCase, index);
    // A refusal of the whole request (s12, s14, reg 12(4)(b)) covers every question.
    if (outcome == Outcome::InProgress && input.wholeRequest == WholeRequestRefusal::Ground::None) {
        findings.append(
            Finding::error(QStringLiteral("S1-UNDECIDED"), QStringLiteral("s1(1)"),
                           questionPath(index, "determination"),
                           QCoreApplication::translate(
                               "foi::core::RequestRules",
                               "Question %1 has no decision yet. Record whether the information is "
                               "held and, if it is, whether it is disclosed.")
                               .arg(question.id)));
        return;
    }
    if (determination.holding == Holding::NotHeld &&
        coveredByClaim(theCase, question.id, Duty::ConfirmOrDeny))
        findings.append(
            Finding::error(QStringLiteral("NCND-AND-NOT-HELD"), QStringLiteral("s1(1)(a)"),
                           questionPath(index, "determination.holding"),
                           QCoreApplication::translate(
                               "foi::core::RequestRules",
                               "Question %1 is answered 'not held' and also covered by a claim to "
                               "neither confirm nor deny. Saying it is not held denies holding it: "
                               "choose one, and if NCND is needed, remove the 'not held' answer.")
                               .arg(question.id)));
    // The Act asks for no search record, but "not held" is judged on the balance of
    // probabilities from the scope and thoroughness of the searches made (ICO, "Determining
    // whether we hold information"), so an answer without one is only a warning.
    if (determination.holding == Holding::NotHeld && determination.searches.isEmpty())
        findings.append(Finding::warning(
            QStringLiteral("NOT-HELD-SEARCH-MISSING"), input.cite("s1(1)(a)", "reg 12(4)(a)"),
            questionPath(index, "determination.searches"),
            QCoreApplication::translate(
                "foi::core::RequestRules",
                "Question %1 is answered 'not held' but no search is recorded. If "
                "the requester complains, the ICO decides on the balance of "
                "probabilities, looking at where you searched, who searched, with "
                "what terms and when: record each search made.")
                .arg(question.id)));
    checkRefusalGrounds(input, index, findings);
}

void RequestRules::checkRefusalGrounds(const RuleInput &input, qsizetype index,
                                       QList<Finding> &findings)
{
    const Case &theCase = input.theCase;
    const Question &question = theCase.questions.at(index);
    const Determination &determination = question.determination;
    if (determination.holding == Holding::NeitherConfirmNorDeny &&
        !coveredByClaim(theCase, question.id, Duty::ConfirmOrDeny))
        findings.append(Finding::error(
            QStringLiteral("S17-NCND-PROVISION-MISSING"), input.cite("s17(1)(b)", "reg 14(3)"),
            questionPath(index, "determination.holding"),
            QCoreApplication::translate(
                "foi::core::RequestRules",
                "Question %1 is neither confirmed nor denied, but no claim names the "
                "provision that removes the duty to confirm or deny (%2). Add the "
                "claim, e.g. s31(3) or s24(2).")
                .arg(question.id, input.cite("s17(1)(b)", "reg 14(3)"))));
    const bool withholds = determination.holding == Holding::Held &&
                           (determination.communication == Communication::Withheld ||
                            determination.communication == Communication::InPart);
    if (withholds && !coveredByClaim(theCase, question.id, Duty::Communicate))
        findings.append(Finding::error(
            QStringLiteral("S17-EXEMPTION-MISSING"), input.cite("s17(1)(b)", "reg 14(3)(a)"),
            questionPath(index, "determination.communication"),
            QCoreApplication::translate(
                "foi::core::RequestRules",
                "Question %1 withholds information without naming the exemption "
                "relied on (%2). Add a claim for the provision at subsection level.")
                .arg(question.id, input.cite("s17(1)(b)", "reg 14(3)(a)"))));
}

} // namespace foi::core
