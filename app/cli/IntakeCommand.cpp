#include "app/cli/IntakeCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/MatterInvocation.h"
#include "app/cli/StoreAccess.h"
#include "core/intake/DissatisfactionWords.h"
#include "core/law/EffectiveCalendar.h"
#include "core/law/RegulatorClocks.h"
#include "core/law/RegulatorDeadlineCalculator.h"
#include "core/model/Attachment.h"
#include "core/reply/AuthorityProfileLocator.h"
#include "core/services/AttachmentService.h"
#include "core/services/CaseEditingService.h"
#include "core/services/EmailIntakeService.h"
#include "core/services/MatterService.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace foi::app {

namespace {

const QString commandName = QStringLiteral("intake");

struct Outcome
{
    QString file;
    std::optional<core::EmailIntakePlan> plan;
    std::optional<core::EmailIntakeResult> result;
    QString error;
    core::IntakeAction chosen = core::IntakeAction::NewCase; // what the options ask for
};

QString requesterText(const core::Requester &requester)
{
    if (requester.name.isEmpty())
        return requester.email;
    return requester.email.isEmpty()
               ? requester.name
               : requester.name + QStringLiteral(" <") + requester.email + QLatin1Char('>');
}

QString offerText(const core::EmailIntakePlan &plan)
{
    if (plan.clarificationAwaited)
        return QStringLiteral("the clarification the case awaits (s10(6)(b) restarts the clock): "
                              "confirm with --clarification");
    if (!plan.dissatisfactionPhrase.isEmpty())
        return QStringLiteral("an internal review (the message says \"%1\"): confirm with "
                              "--review --reviewer NAME")
            .arg(plan.dissatisfactionPhrase);
    return {};
}

QJsonObject toJson(const Outcome &outcome)
{
    QJsonObject object{{QStringLiteral("file"), outcome.file}};
    if (!outcome.error.isEmpty())
        object.insert(QStringLiteral("error"), outcome.error);
    if (!outcome.plan)
        return object;
    const core::EmailIntakePlan &plan = *outcome.plan;
    object.insert(QStringLiteral("dateOfReceipt"), plan.dateOfReceipt.toString(Qt::ISODate));
    object.insert(QStringLiteral("receiptSource"), core::receiptSourceCode(plan.receiptSource));
    object.insert(QStringLiteral("receiptExplanation"), plan.receiptExplanation);
    object.insert(QStringLiteral("requester"),
                  QJsonObject{{QStringLiteral("name"), plan.requester.name},
                              {QStringLiteral("email"), plan.requester.email}});
    object.insert(QStringLiteral("subject"), plan.message.subject);
    object.insert(QStringLiteral("questions"), QJsonArray::fromStringList(plan.questions));
    object.insert(QStringLiteral("thread"),
                  QJsonObject{{QStringLiteral("reference"), plan.threadReference},
                              {QStringLiteral("link"), core::threadLinkCode(plan.link)},
                              {QStringLiteral("explanation"), plan.linkExplanation}});
    object.insert(QStringLiteral("suggested"), core::intakeActionCode(plan.suggested));
    object.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(plan.warnings));
    if (outcome.result) {
        const core::EmailIntakeResult &result = *outcome.result;
        object.insert(QStringLiteral("action"), core::intakeActionCode(result.action));
        object.insert(QStringLiteral("reference"), result.reference);
        object.insert(QStringLiteral("created"), result.action == core::IntakeAction::NewCase);
        if (!result.reviewId.isEmpty())
            object.insert(QStringLiteral("reviewId"), result.reviewId);
        QJsonArray files;
        for (const core::Attachment &file : result.attachments)
            files.append(QJsonObject{{QStringLiteral("name"), file.fileName},
                                     {QStringLiteral("kind"), core::attachmentKindCode(file.kind)},
                                     {QStringLiteral("size"), file.size},
                                     {QStringLiteral("sha256"), file.sha256}});
        object.insert(QStringLiteral("attachments"), files);
    }
    return object;
}

QString actionText(const core::EmailIntakeResult &result)
{
    switch (result.action) {
    case core::IntakeAction::NewCase:
        return QStringLiteral("created case %1").arg(result.reference);
    case core::IntakeAction::Correspondence:
        return QStringLiteral("filed with case %1 as correspondence").arg(result.reference);
    case core::IntakeAction::Clarification:
        return QStringLiteral("recorded as the clarification of case %1; its clock restarts")
            .arg(result.reference);
    case core::IntakeAction::InternalReview:
        return QStringLiteral("opened internal review %1 of case %2")
            .arg(result.reviewId, result.reference);
    }
    return {};
}

void printText(QTextStream &out, const Outcome &outcome, bool dryRun)
{
    if (!outcome.plan) {
        out << outcome.file << ": not taken in: " << outcome.error << '\n';
        return;
    }
    const core::EmailIntakePlan &plan = *outcome.plan;
    out << outcome.file << ": ";
    if (outcome.result)
        out << actionText(*outcome.result) << '\n';
    else if (!outcome.error.isEmpty())
        out << "not taken in: " << outcome.error << '\n';
    else
        out << (dryRun ? "would be " : "") << core::intakeActionCode(outcome.chosen)
            << (plan.threadReference.isEmpty()
                    ? QString()
                    : QStringLiteral(" for case ") + plan.threadReference)
            << " (dry run: nothing saved)\n";
    out << "  date of receipt: " << plan.dateOfReceipt.toString(Qt::ISODate) << ", "
        << plan.receiptExplanation << '\n';
    out << "  requester: " << requesterText(plan.requester) << '\n';
    if (!plan.threadReference.isEmpty())
        out << "  thread: case " << plan.threadReference << ": " << plan.linkExplanation << '\n';
    if (const QString offer = offerText(plan); !offer.isEmpty())
        out << "  offers: " << offer << '\n';
    if (plan.questions.size() > 0)
        out << "  questions: " << plan.questions.size() << '\n';
    if (outcome.result) {
        for (const core::Attachment &file : outcome.result->attachments)
            out << "  kept: " << file.fileName << " (" << core::attachmentKindPhrase(file.kind)
                << ", " << file.size << " bytes)\n";
    } else {
        for (const core::EmailAttachment &file : plan.attachments)
            out << "  attachment: " << file.fileName << " (" << file.content.size() << " bytes)\n";
    }
    for (const QString &warning : plan.warnings)
        out << "  warning: " << warning << '\n';
}

// The matter session (store, cases, the regulator's clocks) with the email intake over it.
struct Session
{
    MatterSession matter;
    std::unique_ptr<core::AttachmentService> attachments;
    std::unique_ptr<core::EmailIntakeService> intake;

    Session(std::unique_ptr<OpenedStore> opened, const QString &attachmentFolder,
            const core::EffectiveCalendar &effective, core::RegulatorClocks regulatorClocks,
            core::DissatisfactionWords words, const QString &officer,
            const CliContext::Today &today)
        : matter(std::move(opened), effective, std::move(regulatorClocks), officer, today)
    {
        core::StoreRepositories &store = matter.store->repositories();
        attachments = std::make_unique<core::AttachmentService>(store, attachmentFolder);
        // The edge of the program: the one place the reader's limits are chosen.
        intake = std::make_unique<core::EmailIntakeService>(
            store, *matter.cases, *attachments, *matter.matters,
            core::EmailReader(core::EmailLimits::standard()), std::move(words));
    }
};

core::Authority authority(CliContext &context)
{
    const core::Result<core::AuthorityProfile> located = core::AuthorityProfileLocator::load();
    if (located)
        return {located->name, located->kind};
    context.err() << "warning: " << located.error().message
                  << " New cases are logged for a police force with no name.\n";
    return {{}, core::AuthorityKind::Police};
}

// The command's options, in one place.
struct IntakeOptions
{
    QCommandLineOption json{QStringLiteral("json"), QStringLiteral("Print JSON.")};
    QCommandLineOption asNew{
        QStringLiteral("as-new"),
        QStringLiteral("Make a new case even when the message joins a thread.")};
    QCommandLineOption to{QStringLiteral("to"), QStringLiteral("File the messages with case REF."),
                          QStringLiteral("REF")};
    QCommandLineOption clarification{
        QStringLiteral("clarification"),
        QStringLiteral("Record the message as the clarification its case awaits (the clock "
                       "restarts from its date of receipt).")};
    QCommandLineOption review{QStringLiteral("review"),
                              QStringLiteral("Open an internal review of the message's case "
                                             "from its date of receipt (needs --reviewer).")};
    QCommandLineOption reviewer{QStringLiteral("reviewer"),
                                QStringLiteral("Who decides the review."), QStringLiteral("NAME")};
    QCommandLineOption received{
        QStringLiteral("received"),
        QStringLiteral("The date of receipt, for a message that carries none or a wrong one."),
        QStringLiteral("YYYY-MM-DD")};
    QCommandLineOption dryRun{QStringLiteral("dry-run"),
                              QStringLiteral("Show what each message would become; save nothing.")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addPositionalArgument(QStringLiteral("EMAIL"),
                                     QStringLiteral("A message saved as .eml."),
                                     QStringLiteral("EMAIL.eml..."));
        parser.addOptions({json, asNew, to, clarification, review, reviewer, received, dryRun,
                           StoreAccess::officerOption()});
    }

    // What the options ask to be done with a message of this plan.
    core::IntakeAction action(const QCommandLineParser &parser,
                              const core::EmailIntakePlan &plan) const
    {
        if (parser.isSet(clarification))
            return core::IntakeAction::Clarification;
        if (parser.isSet(review))
            return core::IntakeAction::InternalReview;
        const bool threaded = !plan.threadReference.isEmpty() || parser.isSet(to);
        return parser.isSet(asNew) || !threaded ? core::IntakeAction::NewCase
                                                : core::IntakeAction::Correspondence;
    }
};

// The options that cannot go together, and the date; nullopt when all is well.
std::optional<ExitCode> checkOptions(CliContext &context, const QCommandLineParser &parser,
                                     const IntakeOptions &options, QDate *receivedOn)
{
    if (parser.positionalArguments().isEmpty())
        return context.usageError(commandName, QStringLiteral("needs at least one .eml file."));
    if (int(parser.isSet(options.asNew)) + int(parser.isSet(options.clarification)) +
            int(parser.isSet(options.review)) >
        1)
        return context.usageError(
            commandName, QStringLiteral("give one of --as-new, --clarification and --review."));
    if (parser.isSet(options.asNew) && parser.isSet(options.to))
        return context.usageError(commandName,
                                  QStringLiteral("--as-new and --to cannot go together."));
    if (parser.isSet(options.received)) {
        *receivedOn = QDate::fromString(parser.value(options.received), Qt::ISODate);
        if (!receivedOn->isValid())
            return context.usageError(commandName,
                                      QStringLiteral("--received must be a real date written "
                                                     "YYYY-MM-DD, not '%1'.")
                                          .arg(parser.value(options.received)));
    }
    return std::nullopt;
}

// Plans one message and, unless this is a dry run, does what the options ask; `*exit` is
// raised when it fails.
Outcome takeIn(Session &session, const QString &file, const QCommandLineParser &parser,
               const IntakeOptions &options, const core::EmailIntakeChoice &base, ExitCode *exit)
{
    Outcome outcome{file, {}, {}, {}, core::IntakeAction::NewCase};
    core::Result<core::EmailIntakePlan> plan = session.intake->plan(file);
    if (!plan) {
        outcome.error = plan.error().message;
        *exit = ExitCode::Usage;
        return outcome;
    }
    outcome.plan = *plan;
    core::EmailIntakeChoice choice = base;
    choice.action = options.action(parser, *plan);
    outcome.chosen = choice.action;
    if (parser.isSet(options.dryRun))
        return outcome;
    core::Result<core::EmailIntakeResult> result = session.intake->apply(*plan, choice);
    if (result) {
        outcome.result = *result;
        return outcome;
    }
    outcome.error = result.error().message;
    const QString code = result.error().code;
    const bool badInput =
        code.startsWith(QLatin1String("intake.")) || code.startsWith(QLatin1String("matter."));
    if (*exit == ExitCode::Success)
        *exit = badInput ? ExitCode::Usage : ExitCode::Negative;
    return outcome;
}

std::unique_ptr<Session> openSession(CliContext &context, const QCommandLineParser &parser,
                                     const IntakeOptions &options)
{
    auto store = StoreAccess::openEither(context, commandName,
                                         parser.isSet(options.dryRun)
                                             ? core::CaseStore::OpenMode::ReadOnly
                                             : core::CaseStore::OpenMode::CreateIfMissing);
    if (!store)
        return {};
    core::Result<core::RegulatorClocks> clocks = core::RegulatorClocks::builtIn();
    core::Result<core::DissatisfactionWords> words = core::DissatisfactionWords::builtIn();
    if (!clocks || !words) {
        StoreAccess::failure(context, commandName, !clocks ? clocks.error() : words.error());
        return {};
    }
    const QString attachmentFolder = StoreAccess::attachmentFolder(context, *store);
    return std::make_unique<Session>(std::move(store), attachmentFolder, context.calendar(),
                                     std::move(clocks).value(), std::move(words).value(),
                                     StoreAccess::officer(parser), context.todayFunction());
}

ExitCode runIntake(CliContext &context, const QString &summary, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary);
    const IntakeOptions options;
    options.addTo(parser);
    bool helpShown = false;
    if (!context.parse(parser, commandName, args, &helpShown))
        return ExitCode::Usage;
    if (helpShown)
        return ExitCode::Success;
    QDate receivedOn;
    if (const std::optional<ExitCode> wrong = checkOptions(context, parser, options, &receivedOn))
        return *wrong;
    const std::unique_ptr<Session> session = openSession(context, parser, options);
    if (!session)
        return ExitCode::Usage;

    core::EmailIntakeChoice base;
    base.reference = parser.value(options.to);
    base.dateOfReceipt = receivedOn;
    base.reviewer = parser.value(options.reviewer);
    base.authority = authority(context);
    ExitCode exit = ExitCode::Success;
    QList<Outcome> outcomes;
    for (const QString &file : parser.positionalArguments())
        outcomes.append(takeIn(*session, file, parser, options, base, &exit));
    if (parser.isSet(options.json)) {
        QJsonArray messages;
        for (const Outcome &outcome : std::as_const(outcomes))
            messages.append(toJson(outcome));
        context.out() << QJsonDocument(QJsonObject{{QStringLiteral("messages"), messages}})
                             .toJson(QJsonDocument::Indented);
    } else {
        for (const Outcome &outcome : std::as_const(outcomes))
            printText(context.out(), outcome, parser.isSet(options.dryRun));
    }
    return exit;
}

} // namespace

CliCommand intakeCommand()
{
    const QString summary = QStringLiteral(
        "Take in requests that arrived by email (.eml): a new case each, or filed with the case "
        "of their thread.");
    return {commandName, summary, [summary](CliContext &context, const QStringList &args) {
                return runIntake(context, summary, args);
            }};
}

} // namespace foi::app
