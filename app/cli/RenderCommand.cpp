#include "app/cli/RenderCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/StoreAccess.h"
#include "core/model/CaseFile.h"
#include "core/reply/AtomicFile.h"
#include "core/reply/AuthorityProfileLocator.h"
#include "core/reply/CorrectionLetter.h"
#include "core/services/CaseImportService.h"
#include "core/services/CaseRecordMapper.h"
#include "core/services/ReplyService.h"
#include "core/services/SentReplyLock.h"
#include "core/services/SentReplyService.h"
#include "core/store/CaseStore.h"
#include "core/store/ReplyArchive.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace foi::app {

namespace {

using core::ReplyService;

const QString name = QStringLiteral("render");

struct RenderOptions
{
    QString source; // a case file, or a reference in the store
    QString out;
    ReplyService::Format format = ReplyService::Format::Pdf;
    QString authorityFile;
    QDate letterDate; // the context's today unless --date says otherwise
    bool final = false;
    QString overrideReview; // --override-review REASON
    QString officer;
    std::optional<core::LetterLanguage> language; // --language; unset: the case's own
};

struct CaseSource
{
    core::Result<core::Case> theCase = core::Error{};
    std::unique_ptr<OpenedStore> store; // set when the case came from the store
    bool storeRefused = false;          // the store said why it could not be opened
};

// The authority to sign with: --authority FILE, else the officer's or the system's profile,
// else (with a warning) just the name and kind the case records.
core::Result<core::AuthorityProfile> authorityFor(CliContext &context, const QString &file,
                                                  const core::Case &theCase)
{
    if (!file.isEmpty())
        return core::AuthorityProfileLocator::loadFile(file);
    core::Result<core::AuthorityProfile> located = core::AuthorityProfileLocator::load();
    if (located || located.error().code != QLatin1String("authority.none"))
        return located;
    context.err() << "warning: " << located.error().message << '\n';
    core::AuthorityProfile fallback;
    fallback.name = theCase.authority.name;
    fallback.kind = theCase.authority.kind;
    return fallback;
}

// A file on disk, or anything written like a path, is a case file; anything else is a case
// reference in the store (references have no slashes).
bool namesACaseFile(const QString &source)
{
    return QFileInfo(source).isFile() || source.contains(QLatin1Char('/')) ||
           source.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
}

CaseSource loadCase(CliContext &context, const RenderOptions &options)
{
    CaseSource source;
    if (namesACaseFile(options.source)) {
        QFile input(options.source);
        if (!input.open(QIODevice::ReadOnly)) {
            source.theCase = core::Error::make(
                QStringLiteral("render.unreadable"),
                QStringLiteral("cannot read %1: %2.").arg(options.source, input.errorString()));
            return source;
        }
        core::Result<core::Case> read = core::CaseFile::read(input.readAll());
        source.theCase =
            read ? std::move(read)
                 : core::Result<core::Case>(core::Error::make(
                       read.error().code,
                       QStringLiteral("%1: %2").arg(options.source, read.error().message)));
        return source;
    }
    source.store = StoreAccess::openEither(context, name,
                                           options.final ? core::CaseStore::OpenMode::ReadWrite
                                                         : core::CaseStore::OpenMode::ReadOnly);
    if (!source.store) {
        source.storeRefused = true;
        return source;
    }
    core::Result<QByteArray> document =
        core::CaseImportService(source.store->repositories(), context.calendar().workingDays())
            .exportCase(options.source);
    source.theCase =
        document ? core::CaseFile::read(*document) : core::Result<core::Case>(document.error());
    return source;
}

// Reads the options; on a problem writes it and returns nothing.
std::optional<RenderOptions> parseOptions(CliContext &context, const QStringList &args,
                                          bool *helpShown)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Write the reply letter for a case file, or for a case in the store. A case with checker "
        "errors is written as a DRAFT, watermarked on every page."));
    parser.addPositionalArgument(
        QStringLiteral("CASEFILE|REF"),
        QStringLiteral("A case file (JSON), or the reference of a case in the store."));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Write the letter to FILE."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("pdf (default) or odt."),
                                    QStringLiteral("FORMAT"), QStringLiteral("pdf"));
    const QCommandLineOption authority(QStringLiteral("authority"),
                                       QStringLiteral("Sign with the authority profile in FILE."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption date(QStringLiteral("date"),
                                  QStringLiteral("Date the letter YYYY-MM-DD (default: today)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption final(
        QStringLiteral("final"),
        QStringLiteral("The reply as sent: refused while the checker finds errors; keeps its bytes "
                       "and SHA-256 with the case in the store as the next reply version."));
    const QCommandLineOption overrideReview(
        QStringLiteral("override-review"),
        QStringLiteral("With --final: send although the review returned the case or it awaits "
                       "review, for REASON, which is recorded in the case's history."),
        QStringLiteral("REASON"));
    const QCommandLineOption language(
        QStringLiteral("language"),
        QStringLiteral("Write the letter in en (English), cy (Welsh) or bilingual (Welsh first, "
                       "then English). Default: the case's language of correspondence. With "
                       "--final, the case records it as its language of correspondence."),
        QStringLiteral("LANGUAGE"));
    parser.addOptions({out, format, authority, date, final, overrideReview, language,
                       StoreAccess::officerOption()});
    if (!context.parse(parser, name, args, helpShown) || *helpShown)
        return std::nullopt;

    RenderOptions options;
    const QStringList sources = parser.positionalArguments();
    const QString formatName = parser.value(format).toLower();
    if (sources.size() != 1) {
        context.usageError(name, QStringLiteral("give exactly one case file or case reference."));
    } else if (!parser.isSet(out)) {
        context.usageError(name, QStringLiteral("say where to write the letter with --out FILE."));
    } else if (formatName != QLatin1String("pdf") && formatName != QLatin1String("odt")) {
        context.usageError(
            name,
            QStringLiteral("--format must be pdf or odt, not '%1'.").arg(parser.value(format)));
    } else if (parser.isSet(date) &&
               !QDate::fromString(parser.value(date), Qt::ISODate).isValid()) {
        context.usageError(name, QStringLiteral("--date must be a date as YYYY-MM-DD, not '%1'.")
                                     .arg(parser.value(date)));
    } else if (parser.isSet(language) &&
               !core::letterLanguageFromCode(parser.value(language).toLower())) {
        context.usageError(name, QStringLiteral("--language must be en, cy or bilingual, not '%1'.")
                                     .arg(parser.value(language)));
    } else {
        options.source = sources.first();
        if (parser.isSet(language))
            options.language = core::letterLanguageFromCode(parser.value(language).toLower());
        options.out = parser.value(out);
        options.format = formatName == QLatin1String("odt") ? ReplyService::Format::Odt
                                                            : ReplyService::Format::Pdf;
        options.authorityFile = parser.value(authority);
        options.letterDate = parser.isSet(date) ? QDate::fromString(parser.value(date), Qt::ISODate)
                                                : context.today();
        options.final = parser.isSet(final);
        options.overrideReview = parser.value(overrideReview).trimmed();
        options.officer = StoreAccess::officer(parser);
        return options;
    }
    return std::nullopt;
}

// --final: asks the one readiness answer the GUI asks too, then keeps what was sent, byte for
// byte, as the case's next reply version (a PDF while an amendment is open is the correction
// letter), and records it in the case, whose decision is then locked.
ExitCode sendFinal(CliContext &context, core::StoreRepositories &store,
                   const RenderOptions &options, const core::Case &theCase,
                   const core::AuthorityProfile &profile)
{
    const core::WorkingDayCalendar &calendar = context.calendar().workingDays();
    core::SentReplyService sentReplies(store, context.replyLaw());
    const auto readiness = sentReplies.readiness(theCase, profile, options.letterDate);
    if (!readiness)
        return StoreAccess::failure(context, name, readiness.error());
    const bool overriding = readiness->overridable() && !options.overrideReview.isEmpty();
    if (!readiness->ready() && !overriding) {
        context.err() << "foi-workbench-cli render: the reply of " << theCase.reference
                      << " cannot be sent as final:\n";
        for (const core::SendReadiness::Reason &reason : readiness->reasons())
            context.err() << "  " << reason.code << ": " << reason.message << '\n';
        if (readiness->overridable())
            context.err() << "To send it anyway, give the reason with --override-review "
                             "REASON.\n";
        return ExitCode::Negative;
    }
    core::SentLetter letter;
    core::Result<core::SentReply> sent = core::Error{};
    if (options.format == ReplyService::Format::Pdf) {
        const auto done = sentReplies.sendFinal(theCase, profile, options.letterDate, options.out,
                                                options.officer, options.overrideReview);
        if (!done) {
            context.err() << "foi-workbench-cli render: " << done.error().message << '\n';
            return ExitCode::Negative;
        }
        letter = done->letter;
        sent = done->reply;
    } else {
        if (readiness->isCorrection())
            return context.usageError(name, QStringLiteral("a correction letter is sent as PDF; "
                                                           "leave out --format odt."));
        const auto rendered = ReplyService::render(theCase, profile, context.replyLaw(),
                                                   options.letterDate, ReplyService::Format::Odt);
        if (!rendered) {
            context.err() << "foi-workbench-cli render: " << rendered.error().message << '\n';
            return ExitCode::Negative;
        }
        if (const core::Status written = core::AtomicFile::write(options.out, rendered->bytes);
            !written) {
            context.err() << "foi-workbench-cli render: " << written.error().message << '\n';
            return ExitCode::Negative;
        }
        QJsonObject note;
        if (overriding)
            note.insert(QStringLiteral("review_override"), options.overrideReview);
        sent = store.replies().record(
            theCase.reference, rendered->bytes, QFileInfo(options.out).fileName(),
            QStringLiteral("application/vnd.oasis.opendocument.text"), options.officer, note);
        if (!sent)
            return StoreAccess::failure(context, name, sent.error());
        const auto history = store.replies().repliesTo(theCase.reference);
        letter = {history ? static_cast<int>(history->size()) : readiness->nextVersion(),
                  options.letterDate, sent->sha256, false,
                  core::CorrectionLetter::decisionOf(rendered->document)};
    }
    context.out() << "Wrote " << options.out << '\n';
    const core::Case recorded = core::SentReplyLock::recordSent(theCase, letter);
    if (const auto saved = store.cases().save(core::CaseRecordMapper::toRecord(recorded, calendar),
                                              options.officer);
        !saved)
        return StoreAccess::failure(context, name, saved.error());
    context.out() << "Recorded as reply version " << letter.version
                  << (letter.correction ? " (a correction letter)" : "") << " of "
                  << theCase.reference << " (SHA-256 " << sent->sha256 << ")\n";
    return ExitCode::Success;
}

ExitCode run(CliContext &context, const RenderOptions &options)
{
    CaseSource source = loadCase(context, options);
    if (source.storeRefused)
        return ExitCode::Usage;
    if (!source.theCase)
        return source.store ? StoreAccess::failure(context, name, source.theCase.error())
                            : context.usageError(name, source.theCase.error().message);
    if (options.final && !source.store)
        return context.usageError(name, QStringLiteral("--final records the reply in the store: "
                                                       "name the case by its reference."));
    if (options.language)
        source.theCase->languageOfCorrespondence = *options.language;
    const core::Case &theCase = *source.theCase;
    const core::Result<core::AuthorityProfile> profile =
        authorityFor(context, options.authorityFile, theCase);
    if (!profile)
        return context.usageError(name, profile.error().message);
    if (options.final)
        return sendFinal(context, source.store->repositories(), options, theCase, *profile);

    const auto rendered = ReplyService::render(theCase, *profile, context.replyLaw(),
                                               options.letterDate, options.format);
    if (!rendered) {
        context.err() << "foi-workbench-cli render: " << rendered.error().message << '\n';
        return ExitCode::Negative;
    }
    if (const core::Status written = core::AtomicFile::write(options.out, rendered->bytes);
        !written) {
        context.err() << "foi-workbench-cli render: " << written.error().message << '\n';
        return ExitCode::Negative;
    }
    context.out() << "Wrote " << options.out
                  << (rendered->draft ? " (DRAFT: the checker found errors; run "
                                        "'foi-workbench-cli check' to see them)"
                                      : "")
                  << '\n';
    return ExitCode::Success;
}

} // namespace

CliCommand renderCommand()
{
    return {name, QStringLiteral("Write the reply letter for a case as PDF/A or ODT."),
            [](CliContext &context, const QStringList &args) {
                bool helpShown = false;
                const std::optional<RenderOptions> options =
                    parseOptions(context, args, &helpShown);
                if (helpShown)
                    return ExitCode::Success;
                return options ? run(context, *options) : ExitCode::Usage;
            }};
}

} // namespace foi::app
