#include "RenderCommand.h"

#include "CliContext.h"
#include "model/CaseFile.h"
#include "reply/AtomicFile.h"
#include "reply/AuthorityProfileLocator.h"
#include "services/CaseImportService.h"
#include "services/ReplyService.h"
#include "store/ReplyArchive.h"
#include "StoreAccess.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

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
    QDate letterDate = QDate::currentDate();
    bool final = false;
    QString officer;
};

struct CaseSource
{
    core::Result<core::Case> theCase = core::Error{};
    std::unique_ptr<core::CaseStore> store; // set when the case came from the store
    bool storeRefused = false;              // the store said why it could not be opened
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
    source.store = StoreAccess::open(context, name,
                                     options.final ? core::CaseStore::OpenMode::ReadWrite
                                                   : core::CaseStore::OpenMode::ReadOnly);
    if (!source.store) {
        source.storeRefused = true;
        return source;
    }
    core::Result<QByteArray> document =
        core::CaseImportService(*source.store).exportCase(options.source);
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
    parser.addOptions({out, format, authority, date, final, StoreAccess::officerOption()});
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
    } else {
        options.source = sources.first();
        options.out = parser.value(out);
        options.format = formatName == QLatin1String("odt") ? ReplyService::Format::Odt
                                                            : ReplyService::Format::Pdf;
        options.authorityFile = parser.value(authority);
        if (parser.isSet(date))
            options.letterDate = QDate::fromString(parser.value(date), Qt::ISODate);
        options.final = parser.isSet(final);
        options.officer = StoreAccess::officer(parser);
        return options;
    }
    return std::nullopt;
}

// --final: keeps what was sent, byte for byte, as the case's next reply version.
ExitCode recordAsSent(CliContext &context, core::CaseStore &store, const RenderOptions &options,
                      const core::Case &theCase, const QByteArray &bytes)
{
    const QString mediaType = options.format == ReplyService::Format::Odt
                                  ? QStringLiteral("application/vnd.oasis.opendocument.text")
                                  : QStringLiteral("application/pdf");
    const core::Result<core::SentReply> sent = store.replies().record(
        theCase.reference, bytes, QFileInfo(options.out).fileName(), mediaType, options.officer);
    if (!sent)
        return StoreAccess::failure(context, name, sent.error());
    const auto history = store.replies().repliesTo(theCase.reference);
    context.out() << "Recorded as reply version " << (history ? history->size() : 1) << " of "
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
    const core::Case &theCase = *source.theCase;
    const core::Result<core::AuthorityProfile> profile =
        authorityFor(context, options.authorityFile, theCase);
    if (!profile)
        return context.usageError(name, profile.error().message);

    const auto rendered =
        ReplyService::render(theCase, *profile, options.letterDate, options.format);
    if (!rendered) {
        context.err() << "foi-workbench-cli render: " << rendered.error().message << '\n';
        return ExitCode::Negative;
    }
    if (options.final && rendered->draft) {
        context.err() << "foi-workbench-cli render: the checker found errors in "
                      << theCase.reference
                      << ", so its reply cannot be final. See them with 'foi-workbench-cli export "
                      << theCase.reference << "' and 'check', fix them, and try again.\n";
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
    if (options.final)
        return recordAsSent(context, *source.store, options, theCase, rendered->bytes);
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
