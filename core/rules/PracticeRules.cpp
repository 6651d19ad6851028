#include "core/rules/PracticeRules.h"

#include "core/intake/RequestValidity.h"

#include <QRegularExpression>

#include <QCoreApplication>

namespace foi::core {

void PracticeRules::check(const RuleInput &input, QList<Finding> &findings)
{
    checkQuestions(input, findings);
    checkRightsParagraphs(input, findings);
    checkFactorSides(input, findings);
    checkRequestWarnings(input, findings);
}

bool PracticeRules::hasUnfilledPlaceholder(const QString &paragraph)
{
    // A word, then two spaces (or a space and a comma or stop) and a lower-case word: the
    // trace of a value rendered empty. Two spaces after a full stop are only a typist's habit.
    static const QRegularExpression gap(
        QStringLiteral("\\{\\{|\\}\\}|\\w(?: {2,}| +[,.;:])(?= *[a-z])|\\w +[,.;:]$"));
    return gap.match(paragraph).hasMatch();
}

void PracticeRules::checkQuestions(const RuleInput &input, QList<Finding> &findings)
{
    const Case &theCase = input.theCase;
    // With no request text either, S8-DESCRIPTION-MISSING already says what to do.
    if (!theCase.questions.isEmpty() || theCase.requestText.trimmed().isEmpty())
        return;
    findings.append(
        Finding::error(QStringLiteral("CASE-NO-QUESTIONS"), input.cite("s1(1)", "reg 5(1)"),
                       QStringLiteral("questions"),
                       QCoreApplication::translate(
                           "foi::core::PracticeRules",
                           "The case has no questions, so the reply would answer nothing (%1). On "
                           "the Questions step, split the request into its questions.")
                           .arg(input.cite("s1(1)", "reg 5(1)"))));
}

void PracticeRules::checkRightsParagraphs(const RuleInput &input, QList<Finding> &findings)
{
    const Reply &reply = input.theCase.reply;
    const struct
    {
        const QString &text;
        const char *locator;
        const char *foia;
        const char *eir;
        const char *name;
    } paragraphs[] = {
        {reply.internalReviewProcedure, "reply.internalReviewProcedure", "s17(7)(a)",
         "reg 14(5)(a)", "internal review"},
        {reply.complaintRights, "reply.complaintRights", "s17(7)(b)", "reg 14(5)(b)",
         "complaint to the Information Commissioner"},
        {reply.internalReviewProcedureWelsh, "reply.internalReviewProcedureWelsh", "s17(7)(a)",
         "reg 14(5)(a)", "Welsh internal review"},
        {reply.complaintRightsWelsh, "reply.complaintRightsWelsh", "s17(7)(b)", "reg 14(5)(b)",
         "Welsh complaint"},
    };
    for (const auto &paragraph : paragraphs) {
        if (!hasUnfilledPlaceholder(paragraph.text))
            continue;
        const QString provision = input.cite(paragraph.foia, paragraph.eir);
        findings.append(
            Finding::error(QStringLiteral("S17-RIGHTS-PLACEHOLDER"), provision,
                           QString::fromLatin1(paragraph.locator),
                           QCoreApplication::translate(
                               "foi::core::PracticeRules",
                               "The %1 paragraph has a gap where a value belongs (a {{name}} left "
                               "unfilled, or an empty contact), so the requester would not know "
                               "where to write (%2). Fill in the authority profile in Settings and "
                               "use the standard paragraphs again, or complete the sentence.")
                               .arg(QString::fromLatin1(paragraph.name), provision)));
    }
}

void PracticeRules::checkFactorSides(const RuleInput &input, QList<Finding> &findings)
{
    const QList<PublicInterestFactor> &library = input.context.libraryFactors;
    if (library.isEmpty())
        return;
    const auto sideOf = [&library](const QString &text) -> std::optional<FactorSide> {
        for (const PublicInterestFactor &factor : library) {
            if (factor.text.trimmed() == text.trimmed())
                return factor.favours;
        }
        return std::nullopt;
    };
    const QList<ExemptionClaim> &claims = input.theCase.claims;
    for (qsizetype c = 0; c < claims.size(); ++c) {
        if (!claims.at(c).publicInterest)
            continue;
        const PublicInterestTest &test = *claims.at(c).publicInterest;
        const struct
        {
            const QStringList &factors;
            FactorSide column;
            const char *field;
        } columns[] = {{test.favouringDisclosure, FactorSide::Disclosure, "favouringDisclosure"},
                       {test.favouringExemption, FactorSide::Exemption, "favouringExemption"}};
        for (const auto &column : columns) {
            for (qsizetype f = 0; f < column.factors.size(); ++f) {
                const std::optional<FactorSide> favours = sideOf(column.factors.at(f));
                if (!favours || *favours == column.column)
                    continue;
                findings.append(Finding::warning(
                    QStringLiteral("PIT-FACTOR-WRONG-SIDE"), input.cite("s2(2)(b)", "reg 12(1)(b)"),
                    QStringLiteral("claims[%1].publicInterest.%2[%3]")
                        .arg(c)
                        .arg(QString::fromLatin1(column.field))
                        .arg(f),
                    QCoreApplication::translate(
                        "foi::core::PracticeRules",
                        "A library factor that favours %1 is listed among the "
                        "factors favouring %2. Move it to the other column, or "
                        "reword it so that it argues for this side.")
                        .arg(*favours == FactorSide::Disclosure
                                 ? QCoreApplication::translate("foi::core::PracticeRules",
                                                               "disclosure")
                                 : QCoreApplication::translate("foi::core::PracticeRules",
                                                               "maintaining the exemption"),
                             column.column == FactorSide::Disclosure
                                 ? QCoreApplication::translate("foi::core::PracticeRules",
                                                               "disclosure")
                                 : QCoreApplication::translate("foi::core::PracticeRules",
                                                               "maintaining the exemption"))));
            }
        }
    }
}

void PracticeRules::checkRequestWarnings(const RuleInput &input, QList<Finding> &findings)
{
    if (!input.context.today.isValid())
        return;
    for (const ValidityHint &hint : RequestValidity::hints(input.theCase, input.context.today)) {
        if (hint.locator == QLatin1String("channel"))
            findings.append(Finding::warning(QStringLiteral("S8-NOT-IN-WRITING"),
                                             QStringLiteral("s8(1)(a)"), hint.locator,
                                             hint.message));
        else if (hint.locator == QLatin1String("dateOfReceipt"))
            findings.append(Finding::warning(QStringLiteral("S10-RECEIPT-DATE-FUTURE"),
                                             input.cite("s10(1)", "reg 5(2)"), hint.locator,
                                             hint.message));
    }
}

} // namespace foi::core
