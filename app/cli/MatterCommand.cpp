#include "app/cli/MatterCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/MatterInvocation.h"
#include "app/cli/StoreAccess.h"
#include "core/model/Codes.h"
#include "core/model/ReviewOutcome.h"
#include "core/services/MatterService.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <functional>
#include <map>

namespace foi::app {

namespace {

ExitCode openInternalReview(CliContext &context, const QStringList &args)
{
    MatterInvocation run(context, QStringLiteral("open internal-review"),
                         QStringLiteral("Open an internal review of case REF."));
    const QCommandLineOption received(QStringLiteral("received"),
                                      QStringLiteral("The day the request for review arrived."),
                                      QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption reviewer(QStringLiteral("reviewer"),
                                      QStringLiteral("Who decides the review."),
                                      QStringLiteral("NAME"));
    const QCommandLineOption overrideReason(
        QStringLiteral("override-reason"),
        QStringLiteral("Why a reviewer who took part in the original reply may decide."),
        QStringLiteral("TEXT"));
    const QCommandLineOption exceptional(
        QStringLiteral("exceptional"),
        QStringLiteral("FOIA: 40 working days, for these exceptional circumstances."),
        QStringLiteral("REASON"));
    run.parser().addOptions({received, reviewer, overrideReason, exceptional});
    run.parser().addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The case."));
    ExitCode exit = ExitCode::Success;
    if (!run.parse(args, 1, QStringLiteral("the case's reference"), &exit))
        return exit;
    bool bad = false;
    core::InternalReviewRequest request;
    request.received = run.date(received, true, &bad);
    if (bad)
        return ExitCode::Usage;
    request.reviewer = run.parser().value(reviewer);
    if (request.reviewer.trimmed().isEmpty())
        return context.usageError(run.name(), QStringLiteral("--reviewer NAME is required."));
    request.independenceOverride = run.parser().value(overrideReason);
    request.exceptionalCircumstances = run.parser().isSet(exceptional);
    request.exceptionalReason = run.parser().value(exceptional);
    auto session = run.open();
    if (!session)
        return ExitCode::Usage;
    const core::Result<core::InternalReview> review =
        session->matters->openInternalReview(run.argument(0), request);
    if (!review)
        return run.refused(review.error());
    const auto clocks = session->matters->openClocks(run.argument(0));
    const QDate due = clocks && !clocks->isEmpty() ? clocks->constFirst().due : QDate();
    run.print(QStringLiteral("Opened internal review %1 of %2 (received %3, reviewer %4); "
                             "decision due %5. The original decision is frozen as SHA-256 %6.")
                  .arg(review->id, run.argument(0), review->requestReceived.toString(Qt::ISODate),
                       review->reviewer, due.toString(Qt::ISODate), review->original.sha256()),
              {{QStringLiteral("reference"), run.argument(0)},
               {QStringLiteral("matter"), review->id},
               {QStringLiteral("received"), review->requestReceived.toString(Qt::ISODate)},
               {QStringLiteral("due"), due.toString(Qt::ISODate)},
               {QStringLiteral("original_sha256"), review->original.sha256()}});
    return ExitCode::Success;
}

ExitCode openCommissioner(CliContext &context, const QStringList &args)
{
    MatterInvocation run(context, QStringLiteral("open ico"),
                         QStringLiteral("Record a complaint to the Information Commissioner "
                                        "about case REF."));
    const QCommandLineOption received(QStringLiteral("received"),
                                      QStringLiteral("The day the ICO's letter arrived."),
                                      QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption reference(QStringLiteral("ico-reference"),
                                       QStringLiteral("The ICO's reference."),
                                       QStringLiteral("REF"));
    const QCommandLineOption officer(QStringLiteral("ico-officer"),
                                     QStringLiteral("The ICO's case officer."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption asked(QStringLiteral("asked"), QStringLiteral("What the ICO asked."),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption due(QStringLiteral("submission-due"),
                                 QStringLiteral("The date the ICO set for our submission."),
                                 QStringLiteral("YYYY-MM-DD"));
    run.parser().addOptions({received, reference, officer, asked, due});
    run.parser().addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The case."));
    ExitCode exit = ExitCode::Success;
    if (!run.parse(args, 1, QStringLiteral("the case's reference"), &exit))
        return exit;
    bool bad = false;
    core::CommissionerComplaint complaint;
    complaint.received = run.date(received, true, &bad);
    const QDate submissionDue = run.date(due, false, &bad);
    if (bad)
        return ExitCode::Usage;
    complaint.icoReference = run.parser().value(reference);
    complaint.icoCaseOfficer = run.parser().value(officer);
    complaint.whatAsked = run.parser().value(asked);
    auto session = run.open();
    if (!session)
        return ExitCode::Usage;
    const core::Result<core::CommissionerMatter> matter =
        session->matters->openCommissionerMatter(run.argument(0), complaint);
    if (!matter)
        return run.refused(matter.error());
    if (submissionDue.isValid()) {
        if (core::Status added = session->matters->addCommissionerDeadline(
                run.argument(0), matter->id, QStringLiteral("Submission to the ICO"),
                submissionDue);
            !added)
            return run.refused(added.error());
    }
    run.print(
        QStringLiteral("Recorded complaint %1 to the Information Commissioner about %2.")
            .arg(matter->id, run.argument(0)),
        {{QStringLiteral("reference"), run.argument(0)}, {QStringLiteral("matter"), matter->id}});
    return ExitCode::Success;
}

ExitCode openMatter(CliContext &context, const QStringList &args)
{
    const QString kind = args.value(0);
    if (kind == QLatin1String("internal-review"))
        return openInternalReview(context, args.mid(1));
    if (kind == QLatin1String("ico"))
        return openCommissioner(context, args.mid(1));
    if (kind == QLatin1String("enforcement-notice"))
        return openAuthorityMatterVerb(context, args.mid(1),
                                       core::AuthorityMatterKind::EnforcementNotice);
    if (kind == QLatin1String("practice-recommendation"))
        return openAuthorityMatterVerb(context, args.mid(1),
                                       core::AuthorityMatterKind::PracticeRecommendation);
    return context.usageError(matterCommandName + QStringLiteral(" open"),
                              QStringLiteral("open what? internal-review, ico, "
                                             "enforcement-notice or practice-recommendation, not "
                                             "'%1'.")
                                  .arg(kind));
}

ExitCode decide(CliContext &context, const QStringList &args)
{
    MatterInvocation run(context, QStringLiteral("decide"),
                         QStringLiteral("Decide the items of internal review MATTER of case REF."));
    const QCommandLineOption decision(QStringLiteral("decision"),
                                      QStringLiteral("Of the original decision: ") +
                                          reviewDecisionWords() + u'.',
                                      QStringLiteral("DECISION"));
    const QCommandLineOption question(
        QStringLiteral("question"),
        QStringLiteral("Only the items of this question (else every item not yet decided)."),
        QStringLiteral("ID"));
    const QCommandLineOption reasons(QStringLiteral("reasons"), QStringLiteral("Why."),
                                     QStringLiteral("TEXT"));
    run.parser().addOptions({decision, question, reasons});
    run.parser().addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The case."));
    run.parser().addPositionalArgument(QStringLiteral("MATTER"), QStringLiteral("IR1, ..."));
    ExitCode exit = ExitCode::Success;
    if (!run.parse(args, 2, QStringLiteral("the case's reference and the review (IR1)"), &exit))
        return exit;
    const std::optional<core::ReviewDecision> chosen =
        reviewDecisionFrom(run.parser().value(decision));
    if (!chosen)
        return context.usageError(run.name(),
                                  QStringLiteral("--decision must be %1, not '%2'.")
                                      .arg(reviewDecisionWords(), run.parser().value(decision)));
    auto session = run.open();
    if (!session)
        return ExitCode::Usage;
    if (core::Status done = session->matters->decideReview(run.argument(0), run.argument(1),
                                                           *chosen, run.parser().value(reasons),
                                                           run.parser().value(question));
        !done)
        return run.refused(done.error());
    run.print(QStringLiteral("Recorded: %1.")
                  .arg(core::ReviewOutcomeWording::of(*chosen, core::OutcomeAudience::Officer)),
              {{QStringLiteral("reference"), run.argument(0)},
               {QStringLiteral("matter"), run.argument(1)},
               {QStringLiteral("decision"), core::toCode(*chosen)}});
    return ExitCode::Success;
}

ExitCode remedy(CliContext &context, const QStringList &args)
{
    MatterInvocation run(context, QStringLiteral("remedy"),
                         QStringLiteral("Open the remedial response matter MATTER of case REF "
                                        "requires: the decision reopens as an amendment linked to "
                                        "it, and the correction letter is the response."));
    run.parser().addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The case."));
    run.parser().addPositionalArgument(QStringLiteral("MATTER"), QStringLiteral("IR1, ICO1, ..."));
    ExitCode exit = ExitCode::Success;
    if (!run.parse(args, 2, QStringLiteral("the case's reference and the matter"), &exit))
        return exit;
    auto session = run.open();
    if (!session)
        return ExitCode::Usage;
    const core::Result<core::Amendment> amendment =
        session->matters->openRemedialResponse(run.argument(0), run.argument(1));
    if (!amendment)
        return run.refused(amendment.error());
    run.print(QStringLiteral("Opened the remedial response to %1 on %2: change the decision, then "
                             "send the correction letter (render %2 --final). %3")
                  .arg(run.argument(1), run.argument(0), amendment->reason),
              {{QStringLiteral("reference"), run.argument(0)},
               {QStringLiteral("matter"), amendment->matter},
               {QStringLiteral("amends_version"), amendment->amendsVersion},
               {QStringLiteral("reason"), amendment->reason}});
    return ExitCode::Success;
}

ExitCode close(CliContext &context, const QStringList &args)
{
    if (core::AuthorityMatterService::isAuthorityMatterId(args.value(0)))
        return closeAuthorityMatterVerb(context, args);
    MatterInvocation run(context, QStringLiteral("close"),
                         QStringLiteral("Close matter MATTER of case REF: a review is decided, "
                                        "a Commissioner matter ends."));
    const QCommandLineOption on(QStringLiteral("on"), QStringLiteral("The day (default today)."),
                                QStringLiteral("YYYY-MM-DD"));
    run.parser().addOption(on);
    run.parser().addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The case."));
    run.parser().addPositionalArgument(QStringLiteral("MATTER"), QStringLiteral("IR1, ICO1, ..."));
    ExitCode exit = ExitCode::Success;
    if (!run.parse(args, 2, QStringLiteral("the case's reference and the matter"), &exit))
        return exit;
    bool bad = false;
    QDate day = run.date(on, false, &bad);
    if (bad)
        return ExitCode::Usage;
    if (!day.isValid())
        day = run.context().today();
    auto session = run.open();
    if (!session)
        return ExitCode::Usage;
    if (run.argument(1).startsWith(QLatin1String("IR"), Qt::CaseInsensitive)) {
        const core::Result<core::ReviewDecision> outcome =
            session->matters->closeReview(run.argument(0), run.argument(1), day);
        if (!outcome)
            return run.refused(outcome.error());
        run.print(QStringLiteral("Internal review %1 decided: %2 (ICO: %3).")
                      .arg(run.argument(1),
                           core::ReviewOutcomeWording::of(*outcome, core::OutcomeAudience::Officer),
                           core::ReviewOutcomeWording::of(*outcome, core::OutcomeAudience::Ico)),
                  {{QStringLiteral("reference"), run.argument(0)},
                   {QStringLiteral("matter"), run.argument(1)},
                   {QStringLiteral("outcome"), core::toCode(*outcome)}});
        return ExitCode::Success;
    }
    if (core::Status closed =
            session->matters->closeCommissionerMatter(run.argument(0), run.argument(1), day);
        !closed)
        return run.refused(closed.error());
    run.print(QStringLiteral("Closed %1.").arg(run.argument(1)),
              {{QStringLiteral("reference"), run.argument(0)},
               {QStringLiteral("matter"), run.argument(1)}});
    return ExitCode::Success;
}

ExitCode runMatter(CliContext &context, const QStringList &args)
{
    using Verb = std::function<ExitCode(CliContext &, const QStringList &)>;
    static const std::map<QString, Verb> verbs{
        {QStringLiteral("open"), openMatter},
        {QStringLiteral("decide"), decide},
        {QStringLiteral("close"), close},
        {QStringLiteral("letter"), reviewLetterVerb},
        {QStringLiteral("remedy"), remedy},
        {QStringLiteral("decision-notice"), recordDecisionNoticeVerb},
        {QStringLiteral("appeal"), lodgeAppealVerb},
        {QStringLiteral("appeal-end"), endAppealVerb},
        {QStringLiteral("step-done"), completeStepVerb},
        {QStringLiteral("requirement-met"), requirementMetVerb},
        {QStringLiteral("list"), listClocksVerb}};
    const QString verb = args.value(0);
    const auto it = verbs.find(verb);
    if (it == verbs.end()) {
        context.err() << "Usage: foi-workbench-cli matter VERB ...\n"
                      << "  open internal-review REF --received DATE --reviewer NAME\n"
                      << "  open ico REF --received DATE [--ico-reference REF]\n"
                      << "  decide REF IR1 --decision " << reviewDecisionWords() << '\n'
                      << "  letter REF IR1 --out FILE.pdf [--released TEXT]\n"
                      << "  remedy REF IR1|ICO1   reopen the decision as the response "
                         "the matter requires\n"
                      << "  close REF MATTER [--on DATE]\n"
                      << "  decision-notice REF ICO1 --dated DATE --outcome ... "
                         "--step KIND\n"
                      << "  appeal REF ICO1 --lodged DATE --by requester|authority\n"
                      << "  appeal-end REF ICO1 --determination ... --on DATE "
                         "[--steps-due DATE]\n"
                      << "  step-done REF ICO1 --step N --on DATE\n"
                      << "  open enforcement-notice|practice-recommendation "
                         "--ico-reference REF --dated DATE --requirement "
                         "WHAT@30wd\n"
                      << "  requirement-met EN1 --requirement N --on DATE\n"
                      << "  close EN1 --on DATE\n"
                      << "  list [REF] [--json]     every open clock, soonest first\n"
                      << "Each VERB takes --help.\n";
        return verb.isEmpty() || verb == QLatin1String("--help") || verb == QLatin1String("-h")
                   ? (verb.isEmpty() ? ExitCode::Usage : ExitCode::Success)
                   : ExitCode::Usage;
    }
    return it->second(context, args.mid(1));
}

} // namespace

CliCommand matterCommand()
{
    const QString summary =
        QStringLiteral("A case's life after the reply: internal review, the Information "
                       "Commissioner, the tribunal (open, decide, close, list).");
    return {matterCommandName, summary, &runMatter};
}

} // namespace foi::app
