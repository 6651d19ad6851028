#include "app/cli/DisclosureLogCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/StoreAccess.h"
#include "core/rules/DisclosureLogDraft.h"
#include "core/services/AttachmentService.h"
#include "core/services/DisclosureLogExport.h"
#include "core/services/DisclosureLogService.h"
#include "core/store/DisclosureLogRegister.h"
#include "core/support/TypedDate.h"

#include <QCommandLineParser>
#include <QDir>

#include <functional>
#include <map>
#include <optional>

namespace foi::app {

namespace {

const QString commandName = QStringLiteral("disclosure-log");

QCommandLineOption onOption(const QString &what)
{
    return {QStringLiteral("on"), what + QStringLiteral(" (YYYY-MM-DD; default: today)."),
            QStringLiteral("DATE")};
}

// One verb's command line: its options, `positional` arguments, and the store once read.
class Verb
{
public:
    Verb(CliContext &context, const QString &verb, const QString &summary)
        : m_context(context)
        , m_name(commandName + u' ' + verb)
    {
        m_parser.setApplicationDescription(summary);
        m_parser.addOption(StoreAccess::officerOption());
    }

    QCommandLineParser &parser() { return m_parser; }
    const QString &name() const { return m_name; }
    QString argument(int i) const { return m_parser.positionalArguments().value(i); }
    QString officer() const { return StoreAccess::officer(m_parser); }

    // False with *exit set when the command ends here (help, or a bad command line).
    bool parse(const QStringList &args, int positional, const QString &missing, ExitCode *exit)
    {
        bool helpShown = false;
        if (!m_context.parse(m_parser, m_name, args, &helpShown)) {
            *exit = ExitCode::Usage;
            return false;
        }
        if (helpShown) {
            *exit = ExitCode::Success;
            return false;
        }
        if (m_parser.positionalArguments().size() != positional) {
            *exit = m_context.usageError(m_name, QStringLiteral("name %1.").arg(missing));
            return false;
        }
        return true;
    }

    // The date an option gives, today when it is not set; none (usage error written) when bad.
    std::optional<QDate> date(const QCommandLineOption &option)
    {
        if (!m_parser.isSet(option))
            return m_context.today(); // the command line's own "today"; core never takes it
        const core::Result<QDate> typed = core::TypedDate::parse(m_parser.value(option));
        if (!typed) {
            m_context.usageError(
                m_name,
                QStringLiteral("--%1: %2").arg(option.names().constFirst(), typed.error().message));
            return std::nullopt;
        }
        return *typed;
    }

    std::unique_ptr<OpenedStore> open(core::CaseStore::OpenMode mode)
    {
        return StoreAccess::openEither(m_context, m_name, mode);
    }

    ExitCode refused(const core::Error &error)
    {
        return StoreAccess::failure(m_context, m_name, error);
    }

    ExitCode report(const core::Result<core::DisclosureLogEntry> &entry, const QString &done)
    {
        if (!entry)
            return refused(entry.error());
        m_context.out() << "Case " << entry->reference << ", disclosure log version "
                        << entry->version << ": " << done << "\n";
        return ExitCode::Success;
    }

private:
    CliContext &m_context;
    QString m_name;
    QCommandLineParser m_parser;
};

using Step = std::function<core::Result<core::DisclosureLogEntry>(
    core::DisclosureLogService &, const QString &reference, const QString &officer,
    const QDate &on)>;

// A verb on one case that takes an optional --on day: prepare, submit, approve, publish.
ExitCode caseStep(CliContext &context, const QStringList &args, const QString &verb,
                  const QString &summary, const QString &done, const Step &step)
{
    Verb run(context, verb, summary);
    const QCommandLineOption on = onOption(QStringLiteral("The day it is done"));
    run.parser().addOption(on);
    run.parser().addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The case."));
    ExitCode exit = ExitCode::Success;
    if (!run.parse(args, 1, QStringLiteral("the case by its reference"), &exit))
        return exit;
    const std::optional<QDate> day = run.date(on);
    if (!day)
        return ExitCode::Usage;
    auto store = run.open(core::CaseStore::OpenMode::ReadWrite);
    if (!store)
        return ExitCode::Usage;
    core::DisclosureLogService log(store->repositories());
    return run.report(step(log, run.argument(0), run.officer(), *day), done);
}

ExitCode prepare(CliContext &context, const QStringList &args)
{
    return caseStep(
        context, args, QStringLiteral("prepare"),
        QStringLiteral("Prepare a new version of a closed case's disclosure log entry."),
        QStringLiteral("prepared; list its hits with \"disclosure-log show\"."),
        [](core::DisclosureLogService &log, const QString &ref, const QString &officer,
           const QDate &on) { return log.prepare(ref, officer, on); });
}

ExitCode submit(CliContext &context, const QStringList &args)
{
    return caseStep(context, args, QStringLiteral("submit"),
                    QStringLiteral("Submit the entry for a second officer's approval."),
                    QStringLiteral("submitted for approval."),
                    [](core::DisclosureLogService &log, const QString &ref, const QString &officer,
                       const QDate &) { return log.submit(ref, officer); });
}

ExitCode approve(CliContext &context, const QStringList &args)
{
    return caseStep(context, args, QStringLiteral("approve"),
                    QStringLiteral("Approve the entry (not by the officer who prepared it)."),
                    QStringLiteral("approved."),
                    [](core::DisclosureLogService &log, const QString &ref, const QString &officer,
                       const QDate &on) { return log.approve(ref, officer, on); });
}

ExitCode publish(CliContext &context, const QStringList &args)
{
    return caseStep(context, args, QStringLiteral("publish"),
                    QStringLiteral("Publish the approved entry."), QStringLiteral("published."),
                    [](core::DisclosureLogService &log, const QString &ref, const QString &officer,
                       const QDate &on) { return log.publish(ref, officer, on); });
}

ExitCode returnEntry(CliContext &context, const QStringList &args)
{
    Verb run(context, QStringLiteral("return"),
             QStringLiteral("Return the submitted entry to its preparer."));
    const QCommandLineOption reason(QStringLiteral("reason"),
                                    QStringLiteral("What should change (required)."),
                                    QStringLiteral("TEXT"));
    run.parser().addOption(reason);
    run.parser().addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The case."));
    ExitCode exit = ExitCode::Success;
    if (!run.parse(args, 1, QStringLiteral("the case by its reference"), &exit))
        return exit;
    if (run.parser().value(reason).trimmed().isEmpty())
        return context.usageError(run.name(), QStringLiteral("--reason is required: say what "
                                                             "the preparer should change."));
    auto store = run.open(core::CaseStore::OpenMode::ReadWrite);
    if (!store)
        return ExitCode::Usage;
    core::DisclosureLogService log(store->repositories());
    return run.report(
        log.returnToPreparer(run.argument(0), run.parser().value(reason), run.officer()),
        QStringLiteral("returned to its preparer."));
}

ExitCode resolve(CliContext &context, const QStringList &args)
{
    Verb run(context, QStringLiteral("resolve"),
             QStringLiteral("Decide one personal-data hit: redact it, or keep it with a reason."));
    const QCommandLineOption redact(QStringLiteral("redact"),
                                    QStringLiteral("Replace it by the redaction marker."));
    const QCommandLineOption keep(QStringLiteral("keep"),
                                  QStringLiteral("Publish it as it is, for this reason."),
                                  QStringLiteral("REASON"));
    run.parser().addOptions({redact, keep});
    run.parser().addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The case."));
    run.parser().addPositionalArgument(QStringLiteral("HIT"),
                                       QStringLiteral("The hit, as \"show\" lists it (reply-2)."));
    ExitCode exit = ExitCode::Success;
    if (!run.parse(args, 2, QStringLiteral("the case and the hit (REF HIT)"), &exit))
        return exit;
    if (run.parser().isSet(redact) == run.parser().isSet(keep))
        return context.usageError(run.name(),
                                  QStringLiteral("give either --redact or --keep REASON."));
    if (run.parser().isSet(keep) && run.parser().value(keep).trimmed().isEmpty())
        return context.usageError(run.name(), QStringLiteral("--keep needs a reason."));
    auto store = run.open(core::CaseStore::OpenMode::ReadWrite);
    if (!store)
        return ExitCode::Usage;
    core::DisclosureLogService log(store->repositories());
    const bool kept = run.parser().isSet(keep);
    return run.report(
        log.resolve(run.argument(0), run.argument(1),
                    kept ? core::HitDecision::Keep : core::HitDecision::Redact,
                    run.parser().value(keep), run.officer()),
        QStringLiteral("hit %1 %2.")
            .arg(run.argument(1), kept ? QStringLiteral("kept") : QStringLiteral("redacted")));
}

ExitCode show(CliContext &context, const QStringList &args)
{
    Verb run(context, QStringLiteral("show"),
             QStringLiteral("The case's disclosure log versions and their personal-data hits."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Each version as its stored JSON, one a line."));
    run.parser().addOption(json);
    run.parser().addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The case."));
    ExitCode exit = ExitCode::Success;
    if (!run.parse(args, 1, QStringLiteral("the case by its reference"), &exit))
        return exit;
    auto store = run.open(core::CaseStore::OpenMode::ReadOnly);
    if (!store)
        return ExitCode::Usage;
    core::DisclosureLogService log(store->repositories());
    const auto versions = log.versions(run.argument(0));
    if (!versions)
        return run.refused(versions.error());
    QTextStream &out = context.out();
    for (const core::DisclosureLogEntry &entry : *versions) {
        if (run.parser().isSet(json)) {
            out << QString::fromUtf8(core::DisclosureLogRegister::toJson(entry)) << "\n";
            continue;
        }
        out << "Version " << entry.version << ": " << core::disclosureLogStatusCode(entry.status)
            << " (prepared by " << entry.preparedBy << ")\n";
        for (const core::PersonalDataHit &hit : entry.hits)
            out << "  " << hit.id << "  " << core::personalDataKindCode(hit.kind) << "  "
                << core::hitDecisionCode(hit.decision)
                << (hit.text.isEmpty() ? QString()
                                       : QStringLiteral("  \"%1\"").arg(hit.text.simplified()))
                << (hit.reason.isEmpty() ? QString() : QStringLiteral("  (%1)").arg(hit.reason))
                << "\n";
    }
    if (versions->isEmpty())
        out << "Case " << run.argument(0) << " has no disclosure log entry.\n";
    return ExitCode::Success;
}

ExitCode exportLog(CliContext &context, const QStringList &args)
{
    Verb run(context, QStringLiteral("export"),
             QStringLiteral("Write the published disclosure log: HTML pages, CSV or JSON."));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QStringLiteral("The folder to write into (made if missing)."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  QStringLiteral("Entries first published or amended from this "
                                                 "day."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("... to this day."),
                                QStringLiteral("DATE"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("html (default), csv or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("html"));
    run.parser().addOptions({out, from, to, format});
    ExitCode exit = ExitCode::Success;
    if (!run.parse(args, 0, QStringLiteral("no arguments, only options"), &exit))
        return exit;
    if (run.parser().value(out).trimmed().isEmpty())
        return context.usageError(run.name(), QStringLiteral("--out DIR is required."));
    const auto kind = core::DisclosureLogExport::formatNamed(run.parser().value(format));
    if (!kind)
        return context.usageError(run.name(),
                                  QStringLiteral("--format must be html, csv or json."));
    QDate first, last;
    for (const auto &[option, day] : {std::pair{&from, &first}, std::pair{&to, &last}}) {
        if (!run.parser().isSet(*option))
            continue;
        const std::optional<QDate> typed = run.date(*option);
        if (!typed)
            return ExitCode::Usage;
        *day = *typed;
    }
    if (first.isValid() && last.isValid() && last < first)
        return context.usageError(run.name(), QStringLiteral("--to is before --from: give the "
                                                             "first day of the period first."));
    auto store = run.open(core::CaseStore::OpenMode::ReadOnly);
    if (!store)
        return ExitCode::Usage;
    core::DisclosureLogService log(store->repositories());
    const auto entries = log.publishedLog(first, last);
    if (!entries)
        return run.refused(entries.error());
    core::AttachmentService attachments(store->repositories(),
                                        StoreAccess::attachmentFolder(context, *store));
    const auto written = core::DisclosureLogExport::write(
        *entries, *kind, run.parser().value(out), [&](const core::PublishedFile &file) {
            core::Attachment attachment;
            attachment.sha256 = file.sha256;
            return attachments.copyPath(attachment);
        });
    if (!written)
        return run.refused(written.error());
    context.out() << entries->size() << (entries->size() == 1 ? " entry" : " entries")
                  << " written to " << QDir::toNativeSeparators(run.parser().value(out)) << "\n";
    return ExitCode::Success;
}

ExitCode runDisclosureLog(CliContext &context, const QStringList &args)
{
    using Run = std::function<ExitCode(CliContext &, const QStringList &)>;
    static const std::map<QString, Run> verbs{
        {QStringLiteral("prepare"), prepare}, {QStringLiteral("show"), show},
        {QStringLiteral("resolve"), resolve}, {QStringLiteral("submit"), submit},
        {QStringLiteral("approve"), approve}, {QStringLiteral("return"), returnEntry},
        {QStringLiteral("publish"), publish}, {QStringLiteral("export"), exportLog}};
    const QString verb = args.value(0);
    const auto it = verbs.find(verb);
    if (it != verbs.end())
        return it->second(context, args.mid(1));
    context.err() << "Usage: foi-workbench-cli disclosure-log VERB ...\n"
                  << "  prepare REF [--on DATE]       a new version of a closed case's entry\n"
                  << "  show REF [--json]             its versions and personal-data hits\n"
                  << "  resolve REF HIT --redact | --keep REASON\n"
                  << "  submit REF                    for a second officer's approval\n"
                  << "  approve REF [--on DATE]       by an officer other than the preparer\n"
                  << "  return REF --reason TEXT      back to the preparer\n"
                  << "  publish REF [--on DATE]\n"
                  << "  export --out DIR [--from DATE --to DATE] [--format html|csv|json]\n"
                  << "Each VERB takes --help.\n";
    context.err().flush();
    return verb == QLatin1String("--help") || verb == QLatin1String("-h") ? ExitCode::Success
                                                                          : ExitCode::Usage;
}

} // namespace

CliCommand disclosureLogCommand()
{
    const QString summary = QStringLiteral("The disclosure log: prepare, resolve personal data, "
                                           "approve, publish and export entries.");
    return {commandName, summary, &runDisclosureLog};
}

} // namespace foi::app
