#include "core/rules/ProcedureRules.h"

#include "core/rules/CaseDeadline.h"

#include <QCoreApplication>

namespace foi::core {

namespace {

bool anyQuestionRefused(const Case &theCase, std::initializer_list<Communication> grounds)
{
    for (const Question &question : theCase.questions) {
        for (Communication ground : grounds) {
            if (question.determination.communication == ground)
                return true;
        }
    }
    return false;
}

} // namespace

void ProcedureRules::check(const RuleInput &input, QList<Finding> &findings)
{
    checkExtension(input, findings);
    checkRights(input, findings);
    checkCostLimit(input, findings);
    checkVexatious(input, findings);
    checkLateness(input, findings);
}

bool ProcedureRules::refuses(const Case &theCase)
{
    if (!theCase.claims.isEmpty())
        return true;
    for (const Question &question : theCase.questions) {
        const Determination &determination = question.determination;
        if (determination.holding == Holding::NeitherConfirmNorDeny)
            return true;
        switch (determination.communication) {
        case Communication::InPart:
        case Communication::Withheld:
        case Communication::RefusedCost:
        case Communication::RefusedVexatious:
        case Communication::RefusedRepeated:
            return true;
        case Communication::NotApplicable:
        case Communication::InFull:
            break;
        }
    }
    return false;
}

void ProcedureRules::checkExtension(const RuleInput &input, QList<Finding> &findings)
{
    const Case &theCase = input.theCase;
    bool qualifiedInPlay = false;
    for (const ExemptionClaim &claim : theCase.claims) {
        const Provision *provision = input.catalogue.find(claim.provision);
        qualifiedInPlay = qualifiedInPlay || (provision && provision->isQualified());
    }
    for (qsizetype i = 0; i < theCase.clockChanges.size(); ++i) {
        const ClockChangeKind kind = theCase.clockChanges.at(i).kind;
        const QString locator = QStringLiteral("clockChanges[%1]").arg(i);
        // FOIA extends only to weigh the public interest (s10(3)); the EIR only for complex and
        // voluminous requests (reg 7(1)). Each regime's extension is unknown to the other.
        if (kind == ClockChangeKind::PublicInterestExtension && input.isEir())
            findings.append(Finding::error(
                QStringLiteral("EXTENSION-WRONG-REGIME"), QStringLiteral("reg 7(1)"), locator,
                QCoreApplication::translate(
                    "foi::core::ProcedureRules",
                    "The EIR have no public interest extension: more time is allowed "
                    "only for complex and voluminous requests (reg 7(1)). Record a "
                    "reg 7 extension if that applies, or remove it.")));
        else if (kind == ClockChangeKind::ComplexityExtension && !input.isEir())
            findings.append(Finding::error(
                QStringLiteral("EXTENSION-WRONG-REGIME"), QStringLiteral("s10(3)"), locator,
                QCoreApplication::translate(
                    "foi::core::ProcedureRules",
                    "The Act allows no extension for complexity or volume; only "
                    "s10(3) gives more time, to weigh the public interest in a "
                    "qualified exemption. Remove the extension.")));
        else if (kind == ClockChangeKind::PublicInterestExtension ||
                 kind == ClockChangeKind::ComplexityExtension)
            checkExtensionNotice(input, i, findings);
        if (kind == ClockChangeKind::PublicInterestExtension && !input.isEir() && !qualifiedInPlay)
            findings.append(
                Finding::error(QStringLiteral("S10-EXTENSION-WITHOUT-QUALIFIED"),
                               QStringLiteral("s10(3)"), locator,
                               QCoreApplication::translate(
                                   "foi::core::ProcedureRules",
                                   "The s10(3) extension is only for weighing the public interest "
                                   "in a qualified exemption, and no qualified exemption is "
                                   "claimed. Remove the extension, or claim the exemption it was "
                                   "taken for.")));
    }
}

void ProcedureRules::checkExtensionNotice(const RuleInput &input, qsizetype index,
                                          QList<Finding> &findings)
{
    const ClockChange &change = input.theCase.clockChanges.at(index);
    const QString locator = QStringLiteral("clockChanges[%1]").arg(index);
    // The extension is announced by a notice within the 20 working days: under FOIA the s17(1)
    // refusal notice, which must also estimate when the decision will come (s17(2)); under the
    // EIR the reg 7(2) notice.
    const QDate deadline = CaseDeadline::standardDue(input.theCase, input.calendar);
    if (deadline.isValid() && change.date.isValid() && change.date > deadline)
        findings.append(Finding::error(
            QStringLiteral("S17-EXTENSION-NOTICE-LATE"), input.cite("s17(1)", "reg 7(2)"),
            locator + QStringLiteral(".date"),
            QCoreApplication::translate(
                "foi::core::ProcedureRules",
                "The extension was notified on %1, after the 20th working day (%2). "
                "An extension must be notified within the 20 working days (%3); "
                "the reply is late and owes an apology.")
                .arg(change.date.toString(Qt::ISODate), deadline.toString(Qt::ISODate),
                     input.cite("s17(1)", "reg 7(2)"))));
    if (!input.isEir() && !change.estimatedDecisionDate.isValid())
        findings.append(Finding::error(
            QStringLiteral("S17-EXTENSION-ESTIMATE-MISSING"), QStringLiteral("s17(2)"),
            locator + QStringLiteral(".estimatedDecisionDate"),
            QCoreApplication::translate(
                "foi::core::ProcedureRules",
                "A notice taking more time under s10(3) must estimate the date by "
                "which the public interest decision will be reached (s17(2)). "
                "Record the estimate given.")));
}

void ProcedureRules::checkRights(const RuleInput &input, QList<Finding> &findings)
{
    const Case &theCase = input.theCase;
    // A refusal notice must carry both (s17(7); EIR reg 14(5)). For any other reply the s45
    // Code of Practice asks for them as good practice, so their absence is only a warning.
    const bool required = refuses(theCase);
    const QString section = input.cite("s17(7)", "reg 14(5)");
    auto add = [&](const char *code, const char *locator, const QString &message) {
        findings.append(required ? Finding::error(QLatin1StringView(code), section,
                                                  QLatin1StringView(locator), message)
                                 : Finding::warning(QLatin1StringView(code),
                                                    QStringLiteral("Code of Practice (s45)"),
                                                    QLatin1StringView(locator), message));
    };
    // The letter carries the paragraphs of each language it is written in: a Welsh letter
    // without them lacks them exactly as an English one would. In a bilingual letter the
    // finding names the version that lacks them.
    enum class Version { WholeLetter, EnglishOfTwo, WelshOfTwo };
    const LetterLanguage language = theCase.languageOfCorrespondence;
    const bool bilingual = language == LetterLanguage::Bilingual;
    const struct
    {
        bool inLetter;
        const QString &review;
        const QString &complaint;
        const char *reviewLocator;
        const char *complaintLocator;
        Version version;
    } versions[] = {
        {language != LetterLanguage::Welsh, theCase.reply.internalReviewProcedure,
         theCase.reply.complaintRights, "reply.internalReviewProcedure", "reply.complaintRights",
         bilingual ? Version::EnglishOfTwo : Version::WholeLetter},
        {language != LetterLanguage::English, theCase.reply.internalReviewProcedureWelsh,
         theCase.reply.complaintRightsWelsh, "reply.internalReviewProcedureWelsh",
         "reply.complaintRightsWelsh", bilingual ? Version::WelshOfTwo : Version::WholeLetter},
    };
    // What each finding says is missing, by the version of the letter that lacks it (in
    // Version's order) and the paragraph; translated where it is used.
    enum Paragraph { Review, Complaint };
    static constexpr const char *missing[][2] = {
        {QT_TRANSLATE_NOOP("foi::core::ProcedureRules",
                           "The reply does not describe the internal review procedure (%1): how "
                           "to ask for a review, to whom, and by when. Add the authority's review "
                           "paragraph, or say that there is none."),
         QT_TRANSLATE_NOOP("foi::core::ProcedureRules",
                           "The reply does not tell the requester of the right to complain to the "
                           "Information Commissioner (%1). Add the paragraph on applying to the "
                           "Commissioner.")},
        {QT_TRANSLATE_NOOP("foi::core::ProcedureRules",
                           "The English version of the reply does not describe the internal review "
                           "procedure (%1): how to ask for a review, to whom, and by when. Add the "
                           "authority's review paragraph, or say that there is none."),
         QT_TRANSLATE_NOOP("foi::core::ProcedureRules",
                           "The English version of the reply does not tell the requester of the "
                           "right to complain to the Information Commissioner (%1). Add the "
                           "paragraph on applying to the Commissioner.")},
        {QT_TRANSLATE_NOOP("foi::core::ProcedureRules",
                           "The Welsh version of the reply does not describe the internal review "
                           "procedure (%1): how to ask for a review, to whom, and by when. Add the "
                           "authority's review paragraph, or say that there is none."),
         QT_TRANSLATE_NOOP("foi::core::ProcedureRules",
                           "The Welsh version of the reply does not tell the requester of the "
                           "right to complain to the Information Commissioner (%1). Add the "
                           "paragraph on applying to the Commissioner.")},
    };
    const auto say = [](Version version, Paragraph paragraph) {
        return QCoreApplication::translate("foi::core::ProcedureRules",
                                           missing[static_cast<int>(version)][paragraph]);
    };
    for (const auto &version : versions) {
        if (!version.inLetter)
            continue;
        if (version.review.trimmed().isEmpty())
            add("S17-REVIEW-MISSING", version.reviewLocator,
                say(version.version, Review)
                    .arg(input.isEir() ? QStringLiteral("reg 11 representations, reg 14(5)(a)")
                                       : QStringLiteral("s17(7)(a)")));
        if (version.complaint.trimmed().isEmpty())
            add("S17-COMPLAINT-MISSING", version.complaintLocator,
                say(version.version, Complaint)
                    .arg(input.isEir() ? QStringLiteral("reg 14(5)(b) and reg 18")
                                       : QStringLiteral("s17(7)(b) and s50")));
    }
}

void ProcedureRules::checkCostLimit(const RuleInput &input, QList<Finding> &findings)
{
    const Case &theCase = input.theCase;
    // Refused on cost question by question, or by an s12 claim for the whole request.
    if (!anyQuestionRefused(theCase, {Communication::RefusedCost}) &&
        input.wholeRequest != WholeRequestRefusal::Ground::Cost)
        return;
    if (input.isEir())
        findings.append(
            Finding::error(QStringLiteral("REGIME-MISMATCH"), QStringLiteral("s12(1)"),
                           QStringLiteral("questions"),
                           QCoreApplication::translate(
                               "foi::core::ProcedureRules",
                               "The EIR have no cost limit: s12 cannot refuse an environmental "
                               "request. Consider reg 12(4)(b) (manifestly unreasonable), which "
                               "needs a public interest test.")));
    const AuthorityKind kind = theCase.authority.kind;
    if (!theCase.costEstimate || theCase.costEstimate->activities.isEmpty())
        findings.append(
            Finding::error(QStringLiteral("S12-ESTIMATE-MISSING"), QStringLiteral("s12(1)"),
                           QStringLiteral("costEstimate"),
                           QCoreApplication::translate(
                               "foi::core::ProcedureRules",
                               "A refusal under s12 needs the estimate behind it: hours for "
                               "determining whether the information is held, locating, retrieving "
                               "and extracting it, at £25 an hour against the £%1 limit.")
                               .arg(CostEstimate::appropriateLimitPence(kind) / 100)));
    else if (!theCase.costEstimate->exceedsLimit(kind))
        findings.append(Finding::error(
            QStringLiteral("S12-WITHIN-LIMIT"), QStringLiteral("s12(1)"),
            QStringLiteral("costEstimate.activities"),
            QCoreApplication::translate(
                "foi::core::ProcedureRules",
                "The estimate comes to £%1, which does not exceed the £%2 limit, so "
                "s12 does not apply. Answer the request, or revisit the estimate.")
                .arg(QString::number(double(theCase.costEstimate->costPence()) / 100.0, 'f', 2))
                .arg(CostEstimate::appropriateLimitPence(kind) / 100)));
    if (theCase.costEstimate)
        checkAggregation(input, findings);
    if (theCase.adviceAndAssistance.trimmed().isEmpty())
        findings.append(
            Finding::error(QStringLiteral("S16-ADVICE-MISSING"), QStringLiteral("s16(1)"),
                           QStringLiteral("adviceAndAssistance"),
                           QCoreApplication::translate(
                               "foi::core::ProcedureRules",
                               "When refusing under s12 the authority should help the requester "
                               "bring the request within the limit (s16 and the Code of Practice): "
                               "say what could be provided, or why nothing could.")));
}

void ProcedureRules::checkAggregation(const RuleInput &input, QList<Finding> &findings)
{
    // Fees Regulations reg 5(2): requests may be aggregated only if received "within any period
    // of sixty consecutive working days". Each aggregated request is measured against this one.
    const Case &theCase = input.theCase;
    const QList<AggregatedRequest> &requests = theCase.costEstimate->aggregatedRequests;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const QDate other = requests.at(i).dateOfReceipt;
        if (!other.isValid() || !theCase.dateOfReceipt.isValid() || !input.calendar.covers(other) ||
            !input.calendar.covers(theCase.dateOfReceipt))
            continue;
        const QDate first = qMin(other, theCase.dateOfReceipt);
        const QDate last = qMax(other, theCase.dateOfReceipt);
        const int span = input.calendar.workingDaysBetween(first, last);
        if (span <= aggregationWindow)
            continue;
        findings.append(Finding::error(
            QStringLiteral("S12-AGGREGATION-OUTSIDE-WINDOW"), QStringLiteral("Fees Regs reg 5(2)"),
            QStringLiteral("costEstimate.aggregatedRequests[%1].dateOfReceipt").arg(i),
            QCoreApplication::translate(
                "foi::core::ProcedureRules",
                "Request %1 and this one span %2 working days; their costs can be "
                "added together only if both were received within 60 consecutive "
                "working days (Fees Regulations reg 5(2)). Remove it from the "
                "estimate.")
                .arg(requests.at(i).reference)
                .arg(span)));
    }
}

void ProcedureRules::checkVexatious(const RuleInput &input, QList<Finding> &findings)
{
    const Case &theCase = input.theCase;
    if ((!anyQuestionRefused(theCase,
                             {Communication::RefusedVexatious, Communication::RefusedRepeated}) &&
         input.wholeRequest != WholeRequestRefusal::Ground::VexatiousOrRepeated) ||
        !theCase.vexatiousReasons.trimmed().isEmpty())
        return;
    // s17(5) asks only for a statement that s14 applies; the ICO recommends giving reasons.
    findings.append(Finding::warning(
        QStringLiteral("S14-REASONS-MISSING"), QStringLiteral("s17(5)"),
        QStringLiteral("vexatiousReasons"),
        QCoreApplication::translate(
            "foi::core::ProcedureRules",
            "The reply relies on s14 without saying why. The Act needs only a "
            "statement that s14 applies, but the ICO expects reasons unless they have "
            "already been given; record them.")));
}

void ProcedureRules::checkLateness(const RuleInput &input, QList<Finding> &findings)
{
    const Case &theCase = input.theCase;
    // A withdrawn or lapsed request is owed no reply: its clock stopped when it closed.
    if (theCase.closure())
        return;
    const QDate due = input.context.dueDate;
    const QDate replyDate =
        theCase.reply.sentOn.isValid() ? theCase.reply.sentOn : input.context.today;
    if (!due.isValid() || !replyDate.isValid() || replyDate <= due ||
        !theCase.reply.lateApology.trimmed().isEmpty())
        return;
    // Not a requirement of the Act, so a warning; the ICO and the Code expect an apology.
    findings.append(Finding::warning(
        QStringLiteral("S10-LATE-WITHOUT-APOLOGY"), input.cite("s10(1)", "reg 5(2)"),
        QStringLiteral("reply.lateApology"),
        QCoreApplication::translate(
            "foi::core::ProcedureRules",
            "The reply is late: it was due by %1 (%2). Apologise and explain the delay "
            "in the reply.")
            .arg(due.toString(Qt::ISODate), input.cite("s10(1)", "reg 5(2)"))));
}

} // namespace foi::core
