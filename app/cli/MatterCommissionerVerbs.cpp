#include "app/cli/MatterInvocation.h"

#include "core/model/Codes.h"
#include "core/model/ReviewOutcome.h"

#include <QJsonArray>

namespace foi::app {

namespace {

QStringList stepKindCodes()
{
    return core::allCodes<core::DecisionNoticeStepKind>();
}

// "issue-fresh-response" or "disclose-listed-items:The 2024 totals".
std::optional<core::DecisionNoticeStep> stepFrom(const QString &text)
{
    const QString code = text.section(u':', 0, 0).trimmed();
    const std::optional<core::DecisionNoticeStepKind> kind =
        core::fromCode<core::DecisionNoticeStepKind>(code);
    if (!kind)
        return std::nullopt;
    core::DecisionNoticeStep step;
    step.kind = *kind;
    step.description = text.section(u':', 1).trimmed();
    return step;
}

QString clockKindName(core::ClockKind kind)
{
    switch (kind) {
    case core::ClockKind::InternalReview:
        return QStringLiteral("internal-review");
    case core::ClockKind::CommissionerLetter:
        return QStringLiteral("ico-deadline");
    case core::ClockKind::DecisionNoticeStep:
        return QStringLiteral("decision-notice-step");
    case core::ClockKind::AppealWindow:
        return QStringLiteral("appeal-window");
    case core::ClockKind::AuthorityRequirement:
        return QStringLiteral("authority-requirement");
    }
    return {};
}

QString clockStatusName(core::ClockStatus status)
{
    switch (status) {
    case core::ClockStatus::Open:
        return QStringLiteral("open");
    case core::ClockStatus::Overdue:
        return QStringLiteral("overdue");
    case core::ClockStatus::Suspended:
        return QStringLiteral("suspended");
    }
    return {};
}

// Parses MATTER's two arguments and opens the store; null when the command should end.
std::unique_ptr<MatterSession> parseCaseAndMatter(MatterInvocation &run, const QStringList &args,
                                                  ExitCode *exit)
{
    run.parser().addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The case."));
    run.parser().addPositionalArgument(QStringLiteral("MATTER"), QStringLiteral("ICO1, ..."));
    if (!run.parse(args, 2, QStringLiteral("the case's reference and the matter (ICO1)"), exit))
        return {};
    auto session = run.open();
    if (!session)
        *exit = ExitCode::Usage;
    return session;
}

} // namespace

ExitCode recordDecisionNoticeVerb(CliContext &context, const QStringList &args)
{
    MatterInvocation run(context, QStringLiteral("decision-notice"),
                         QStringLiteral("Record the ICO's decision notice on matter MATTER."));
    const QCommandLineOption dated(QStringLiteral("dated"), QStringLiteral("The notice's date."),
                                   QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption outcome(QStringLiteral("outcome"),
                                     QStringLiteral("Of the original decision: ") +
                                         reviewDecisionWords() +
                                         QStringLiteral(" (the ICO's \"complaint upheld\" is "
                                                        "overturned)."),
                                     QStringLiteral("DECISION"));
    const QCommandLineOption step(QStringLiteral("step"),
                                  QStringLiteral("A step ordered, KIND[:words], repeatable; KIND "
                                                 "is one of ") +
                                      stepKindCodes().join(QStringLiteral(", ")) + u'.',
                                  QStringLiteral("STEP"));
    const QCommandLineOption reference(QStringLiteral("reference"),
                                       QStringLiteral("The notice's reference."),
                                       QStringLiteral("REF"));
    run.parser().addOptions({dated, outcome, step, reference});
    bool bad = false;
    core::DecisionNotice notice;
    // Read the options before opening the store: a mistake changes nothing.
    run.parser().addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The case."));
    run.parser().addPositionalArgument(QStringLiteral("MATTER"), QStringLiteral("ICO1, ..."));
    ExitCode exit = ExitCode::Success;
    if (!run.parse(args, 2, QStringLiteral("the case's reference and the matter (ICO1)"), &exit))
        return exit;
    notice.dated = run.date(dated, true, &bad);
    if (bad)
        return ExitCode::Usage;
    const std::optional<core::ReviewDecision> decided =
        reviewDecisionFrom(run.parser().value(outcome));
    if (!decided)
        return context.usageError(run.name(),
                                  QStringLiteral("--outcome must be %1, not '%2'.")
                                      .arg(reviewDecisionWords(), run.parser().value(outcome)));
    notice.outcome = *decided;
    notice.reference = run.parser().value(reference);
    for (const QString &text : run.parser().values(step)) {
        const std::optional<core::DecisionNoticeStep> parsed = stepFrom(text);
        if (!parsed)
            return context.usageError(run.name(),
                                      QStringLiteral("--step '%1': the kind must be one of %2.")
                                          .arg(text, stepKindCodes().join(QStringLiteral(", "))));
        notice.steps.append(*parsed);
    }
    auto session = run.open();
    if (!session)
        return ExitCode::Usage;
    if (core::Status recorded =
            session->matters->recordDecisionNotice(run.argument(0), run.argument(1), notice);
        !recorded)
        return run.refused(recorded.error());
    const auto deadlines = session->regulator->decisionNotice(notice.dated);
    run.print(QStringLiteral("Recorded the decision notice of %1 (%2 in the ICO's words): %3 "
                             "step(s) due %4; an appeal must be received by %5.")
                  .arg(notice.dated.toString(Qt::ISODate),
                       core::ReviewOutcomeWording::of(notice.outcome, core::OutcomeAudience::Ico))
                  .arg(notice.steps.size())
                  .arg(deadlines->steps.due.toString(Qt::ISODate),
                       deadlines->appeal.due.toString(Qt::ISODate)),
              {{QStringLiteral("reference"), run.argument(0)},
               {QStringLiteral("matter"), run.argument(1)},
               {QStringLiteral("steps_due"), deadlines->steps.due.toString(Qt::ISODate)},
               {QStringLiteral("appeal_due"), deadlines->appeal.due.toString(Qt::ISODate)}});
    return ExitCode::Success;
}

ExitCode lodgeAppealVerb(CliContext &context, const QStringList &args)
{
    MatterInvocation run(context, QStringLiteral("appeal"),
                         QStringLiteral("Record an appeal to the First-tier Tribunal against the "
                                        "decision notice of matter MATTER (s57)."));
    const QCommandLineOption lodged(QStringLiteral("lodged"),
                                    QStringLiteral("The day it was lodged."),
                                    QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption by(QStringLiteral("by"), QStringLiteral("requester or authority."),
                                QStringLiteral("WHO"));
    const QCommandLineOption tribunal(QStringLiteral("tribunal-reference"),
                                      QStringLiteral("The tribunal's reference."),
                                      QStringLiteral("REF"));
    const QCommandLineOption steps(QStringLiteral("steps"),
                                   QStringLiteral("The steps it concerns, e.g. 1,2 (default all)."),
                                   QStringLiteral("N,..."));
    run.parser().addOptions({lodged, by, tribunal, steps});
    ExitCode exit = ExitCode::Success;
    run.parser().addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The case."));
    run.parser().addPositionalArgument(QStringLiteral("MATTER"), QStringLiteral("ICO1, ..."));
    if (!run.parse(args, 2, QStringLiteral("the case's reference and the matter (ICO1)"), &exit))
        return exit;
    bool bad = false;
    core::TribunalAppeal appeal;
    appeal.lodged = run.date(lodged, true, &bad);
    if (bad)
        return ExitCode::Usage;
    const std::optional<core::Appellant> appellant =
        core::fromCode<core::Appellant>(run.parser().value(by));
    if (!appellant)
        return context.usageError(run.name(), QStringLiteral("--by must be requester or "
                                                             "authority, not '%1'.")
                                                  .arg(run.parser().value(by)));
    appeal.appellant = *appellant;
    appeal.tribunalReference = run.parser().value(tribunal);
    if (run.parser().isSet(steps)) {
        for (const QString &part : run.parser().value(steps).split(u',')) {
            bool numeric = false;
            const int n = part.trimmed().toInt(&numeric);
            if (!numeric || n < 1)
                return context.usageError(run.name(), QStringLiteral("--steps takes step numbers "
                                                                     "from 1, such as 1,2."));
            appeal.affectsSteps.append(n - 1);
        }
    }
    auto session = run.open();
    if (!session)
        return ExitCode::Usage;
    if (core::Status done = session->matters->lodgeAppeal(run.argument(0), run.argument(1), appeal);
        !done)
        return run.refused(done.error());
    run.print(QStringLiteral("Recorded the appeal; the steps it concerns are suspended until it "
                             "is decided or withdrawn (s50(6))."),
              {{QStringLiteral("reference"), run.argument(0)},
               {QStringLiteral("matter"), run.argument(1)}});
    return ExitCode::Success;
}

ExitCode endAppealVerb(CliContext &context, const QStringList &args)
{
    MatterInvocation run(context, QStringLiteral("appeal-end"),
                         QStringLiteral("Record how the pending appeal of matter MATTER ended."));
    const QCommandLineOption determination(
        QStringLiteral("determination"),
        QStringLiteral("dismissed, allowed, partly-allowed or withdrawn."), QStringLiteral("HOW"));
    const QCommandLineOption on(QStringLiteral("on"), QStringLiteral("The day it ended."),
                                QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption stepsDue(QStringLiteral("steps-due"),
                                      QStringLiteral("When the suspended steps are now due."),
                                      QStringLiteral("YYYY-MM-DD"));
    run.parser().addOptions({determination, on, stepsDue});
    ExitCode exit = ExitCode::Success;
    run.parser().addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The case."));
    run.parser().addPositionalArgument(QStringLiteral("MATTER"), QStringLiteral("ICO1, ..."));
    if (!run.parse(args, 2, QStringLiteral("the case's reference and the matter (ICO1)"), &exit))
        return exit;
    bool bad = false;
    const QDate ended = run.date(on, true, &bad);
    const QDate resumed = run.date(stepsDue, false, &bad);
    if (bad)
        return ExitCode::Usage;
    const std::optional<core::AppealDetermination> how =
        core::fromCode<core::AppealDetermination>(run.parser().value(determination));
    if (!how || *how == core::AppealDetermination::Pending)
        return context.usageError(run.name(),
                                  QStringLiteral("--determination must be dismissed, allowed, "
                                                 "partly-allowed or withdrawn, not '%1'.")
                                      .arg(run.parser().value(determination)));
    auto session = run.open();
    if (!session)
        return ExitCode::Usage;
    if (core::Status done =
            session->matters->endAppeal(run.argument(0), run.argument(1), *how, ended, resumed);
        !done)
        return run.refused(done.error());
    run.print(QStringLiteral("Recorded: appeal %1.").arg(core::toCode(*how)),
              {{QStringLiteral("reference"), run.argument(0)},
               {QStringLiteral("matter"), run.argument(1)},
               {QStringLiteral("determination"), core::toCode(*how)}});
    return ExitCode::Success;
}

ExitCode completeStepVerb(CliContext &context, const QStringList &args)
{
    MatterInvocation run(context, QStringLiteral("step-done"),
                         QStringLiteral("Record that a step of the decision notice was taken."));
    const QCommandLineOption step(QStringLiteral("step"), QStringLiteral("The step's number."),
                                  QStringLiteral("N"));
    const QCommandLineOption on(QStringLiteral("on"), QStringLiteral("The day it was taken."),
                                QStringLiteral("YYYY-MM-DD"));
    run.parser().addOptions({step, on});
    ExitCode exit = ExitCode::Success;
    auto session = parseCaseAndMatter(run, args, &exit);
    if (!session)
        return exit;
    bool bad = false;
    const QDate day = run.date(on, true, &bad);
    if (bad)
        return ExitCode::Usage;
    bool numeric = false;
    const int n = run.parser().value(step).toInt(&numeric);
    if (!numeric || n < 1)
        return context.usageError(run.name(), QStringLiteral("--step N (from 1) is required."));
    if (core::Status done =
            session->matters->completeStep(run.argument(0), run.argument(1), n - 1, day);
        !done)
        return run.refused(done.error());
    run.print(QStringLiteral("Recorded step %1 as done.").arg(n),
              {{QStringLiteral("reference"), run.argument(0)},
               {QStringLiteral("matter"), run.argument(1)},
               {QStringLiteral("step"), n}});
    return ExitCode::Success;
}

ExitCode listClocksVerb(CliContext &context, const QStringList &args)
{
    MatterInvocation run(context, QStringLiteral("list"),
                         QStringLiteral("Every open clock of the matters of case REF, or of "
                                        "every case, soonest first."));
    run.parser().addPositionalArgument(QStringLiteral("REF"),
                                       QStringLiteral("The case (default: every case)."),
                                       QStringLiteral("[REF]"));
    const QCommandLineOption open(QStringLiteral("open"),
                                  QStringLiteral("Only open clocks (the default; kept for "
                                                 "scripts)."));
    run.parser().addOption(open);
    bool helpShown = false;
    if (!context.parse(run.parser(), run.name(), args, &helpShown))
        return ExitCode::Usage;
    if (helpShown)
        return ExitCode::Success;
    if (run.parser().positionalArguments().size() > 1)
        return context.usageError(run.name(), QStringLiteral("name at most one case."));
    auto session = run.open();
    if (!session)
        return ExitCode::Usage;
    QList<core::MatterService::CaseClock> clocks;
    if (run.parser().positionalArguments().isEmpty()) {
        auto all = session->matters->openClocksInStore();
        if (!all)
            return run.refused(all.error());
        clocks = *all;
    } else {
        const QString reference = run.argument(0);
        auto one = session->matters->openClocks(reference);
        if (!one)
            return run.refused(one.error());
        for (const core::OpenClock &clock : *one)
            clocks.append({reference, clock});
    }
    if (run.json()) {
        QJsonArray array;
        for (const auto &[reference, clock] : clocks)
            array.append(QJsonObject{{QStringLiteral("reference"), reference},
                                     {QStringLiteral("matter"), clock.matterId},
                                     {QStringLiteral("kind"), clockKindName(clock.kind)},
                                     {QStringLiteral("what"), clock.what},
                                     {QStringLiteral("due"), clock.due.toString(Qt::ISODate)},
                                     {QStringLiteral("status"), clockStatusName(clock.status)},
                                     {QStringLiteral("officer"), clock.officer},
                                     {QStringLiteral("note"), clock.note}});
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitCode::Success;
    }
    if (clocks.isEmpty()) {
        context.out() << "No open clock.\n";
        return ExitCode::Success;
    }
    for (const auto &[reference, clock] : clocks) {
        context.out() << clock.due.toString(Qt::ISODate) << "  "
                      << (reference.isEmpty() ? QStringLiteral("(authority)") : reference) << "  "
                      << clock.matterId << "  " << clock.what << "  ["
                      << clockStatusName(clock.status) << ']';
        if (!clock.note.isEmpty())
            context.out() << "  " << clock.note;
        context.out() << '\n';
    }
    return ExitCode::Success;
}

} // namespace foi::app
