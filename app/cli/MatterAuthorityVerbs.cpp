#include "app/cli/CliContext.h"
#include "app/cli/MatterInvocation.h"
#include "core/services/AuthorityMatterService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace foi::app {

namespace {

// "Action plan@30wd" (working days from the notice) or "Action plan@2025-06-30" (the date the
// notice gives); nullopt when it is neither.
std::optional<core::RequirementTerms> requirementFrom(const QString &text)
{
    const qsizetype at = text.lastIndexOf(u'@');
    if (at <= 0)
        return std::nullopt;
    core::RequirementTerms terms;
    terms.what = text.left(at).trimmed();
    const QString when = text.mid(at + 1).trimmed();
    static const QRegularExpression days(QStringLiteral("^([0-9]{1,3})wd$"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (const QRegularExpressionMatch match = days.match(when); match.hasMatch())
        terms.workingDays = match.captured(1).toInt();
    else if (date.match(when).hasMatch())
        terms.due = QDate::fromString(when, Qt::ISODate);
    if (terms.what.isEmpty() || (terms.workingDays <= 0 && !terms.due.isValid()))
        return std::nullopt;
    return terms;
}

QJsonArray requirementsJson(const core::AuthorityMatter &matter)
{
    QJsonArray array;
    for (const core::AuthorityRequirement &requirement : matter.requirements)
        array.append(QJsonObject{{QStringLiteral("what"), requirement.what},
                                 {QStringLiteral("due"), requirement.due.toString(Qt::ISODate)}});
    return array;
}

} // namespace

ExitCode openAuthorityMatterVerb(CliContext &context, const QStringList &args,
                                 core::AuthorityMatterKind kind)
{
    const bool notice = kind == core::AuthorityMatterKind::EnforcementNotice;
    MatterInvocation run(
        context,
        notice ? QStringLiteral("open enforcement-notice")
               : QStringLiteral("open practice-recommendation"),
        notice ? QStringLiteral("Record an enforcement notice (FOIA s52) against the authority: "
                                "no request needed.")
               : QStringLiteral("Record a practice recommendation (FOIA s48) to the authority: "
                                "no request needed."));
    const QCommandLineOption reference(QStringLiteral("ico-reference"),
                                       QStringLiteral("The ICO's reference on it."),
                                       QStringLiteral("REF"));
    const QCommandLineOption dated(QStringLiteral("dated"),
                                   QStringLiteral("Its date: requirements count from it."),
                                   QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption received(QStringLiteral("received"),
                                      QStringLiteral("The day it arrived (default: its date)."),
                                      QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption summary(QStringLiteral("summary"), QStringLiteral("What it is about."),
                                     QStringLiteral("TEXT"));
    const QCommandLineOption handler(QStringLiteral("handler"),
                                     QStringLiteral("Our officer who answers for it (default: "
                                                    "--officer)."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption requirement(
        QStringLiteral("requirement"),
        QStringLiteral("What it requires and by when: \"Action plan@30wd\" (working days from "
                       "its date) or \"Action plan@2025-06-30\". Repeat for each."),
        QStringLiteral("WHAT@WHEN"));
    run.parser().addOptions({reference, dated, received, summary, handler, requirement});
    ExitCode exit = ExitCode::Success;
    if (!run.parse(args, 0, QStringLiteral("no case: it is about the authority as a whole"), &exit))
        return exit;
    bool bad = false;
    core::AuthorityMatterNotice details;
    details.dated = run.date(dated, true, &bad);
    details.received = run.date(received, false, &bad);
    if (bad)
        return ExitCode::Usage;
    details.icoReference = run.parser().value(reference);
    details.summary = run.parser().value(summary);
    details.officer = run.parser().value(handler);
    QList<core::RequirementTerms> requirements;
    for (const QString &text : run.parser().values(requirement)) {
        const std::optional<core::RequirementTerms> terms = requirementFrom(text);
        if (!terms)
            return context.usageError(
                run.name(), QStringLiteral("--requirement must be WHAT@NNwd or WHAT@YYYY-MM-DD, "
                                           "not '%1'.")
                                .arg(text));
        requirements.append(*terms);
    }
    auto session = run.open();
    if (!session)
        return ExitCode::Usage;
    const core::Result<core::AuthorityMatter> matter =
        session->authority->open(kind, details, requirements);
    if (!matter)
        return run.refused(matter.error());
    QStringList dues;
    for (const core::AuthorityRequirement &required : matter->requirements)
        dues << QStringLiteral("%1 due %2").arg(required.what, required.due.toString(Qt::ISODate));
    run.print(QStringLiteral("Recorded %1 %2 (%3, dated %4)%5")
                  .arg(core::authorityMatterKindName(kind), matter->id, matter->icoReference,
                       matter->dated.toString(Qt::ISODate),
                       dues.isEmpty()
                           ? QStringLiteral(".")
                           : QStringLiteral(": ") + dues.join(QStringLiteral("; ")) + u'.'),
              {{QStringLiteral("matter"), matter->id},
               {QStringLiteral("kind"), core::authorityMatterKindCode(kind)},
               {QStringLiteral("requirements"), requirementsJson(*matter)}});
    return ExitCode::Success;
}

ExitCode requirementMetVerb(CliContext &context, const QStringList &args)
{
    MatterInvocation run(context, QStringLiteral("requirement-met"),
                         QStringLiteral("Record requirement N of enforcement notice or practice "
                                        "recommendation MATTER met."));
    const QCommandLineOption number(QStringLiteral("requirement"),
                                    QStringLiteral("Its number, from 1."), QStringLiteral("N"));
    const QCommandLineOption on(QStringLiteral("on"), QStringLiteral("The day it was met."),
                                QStringLiteral("YYYY-MM-DD"));
    run.parser().addOptions({number, on});
    run.parser().addPositionalArgument(QStringLiteral("MATTER"), QStringLiteral("EN1, PR1, ..."));
    ExitCode exit = ExitCode::Success;
    if (!run.parse(args, 1, QStringLiteral("the matter (EN1, PR1)"), &exit))
        return exit;
    bool bad = false;
    const QDate day = run.date(on, true, &bad);
    if (bad)
        return ExitCode::Usage;
    bool isNumber = false;
    const int n = run.parser().value(number).toInt(&isNumber);
    if (!isNumber || n < 1)
        return context.usageError(run.name(),
                                  QStringLiteral("--requirement N must be a number from 1."));
    auto session = run.open();
    if (!session)
        return ExitCode::Usage;
    if (core::Status met = session->authority->meetRequirement(run.argument(0), n - 1, day); !met)
        return run.refused(met.error());
    run.print(QStringLiteral("Requirement %1 of %2 met on %3.")
                  .arg(n)
                  .arg(run.argument(0).toUpper(), day.toString(Qt::ISODate)),
              {{QStringLiteral("matter"), run.argument(0).toUpper()},
               {QStringLiteral("requirement"), n},
               {QStringLiteral("met"), day.toString(Qt::ISODate)}});
    return ExitCode::Success;
}

ExitCode closeAuthorityMatterVerb(CliContext &context, const QStringList &args)
{
    MatterInvocation run(context, QStringLiteral("close"),
                         QStringLiteral("Close enforcement notice or practice recommendation "
                                        "MATTER once every requirement is met."));
    const QCommandLineOption on(QStringLiteral("on"), QStringLiteral("The day."),
                                QStringLiteral("YYYY-MM-DD"));
    run.parser().addOption(on);
    run.parser().addPositionalArgument(QStringLiteral("MATTER"), QStringLiteral("EN1, PR1, ..."));
    ExitCode exit = ExitCode::Success;
    if (!run.parse(args, 1, QStringLiteral("the matter (EN1, PR1)"), &exit))
        return exit;
    bool bad = false;
    const QDate day = run.date(on, true, &bad);
    if (bad)
        return ExitCode::Usage;
    auto session = run.open();
    if (!session)
        return ExitCode::Usage;
    if (core::Status closed = session->authority->close(run.argument(0), day); !closed)
        return run.refused(closed.error());
    run.print(QStringLiteral("Closed %1.").arg(run.argument(0).toUpper()),
              {{QStringLiteral("matter"), run.argument(0).toUpper()}});
    return ExitCode::Success;
}

} // namespace foi::app
