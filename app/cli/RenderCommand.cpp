#include "RenderCommand.h"

#include "CliContext.h"
#include "model/CaseFile.h"
#include "reply/AtomicFile.h"
#include "reply/AuthorityProfileLocator.h"
#include "services/ReplyService.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

namespace foi::app {

namespace {

using core::ReplyService;

const QString name = QStringLiteral("render");

// The authority to sign with: --authority FILE, else the officer's or the system's profile,
// else (with a warning) just the name and kind the case file records.
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

} // namespace

CliCommand renderCommand()
{
    return {
        name, QStringLiteral("Write the reply letter for a case file as PDF/A or ODT."),
        [](CliContext &context, const QStringList &args) {
            QCommandLineParser parser;
            parser.setApplicationDescription(QStringLiteral(
                "Write the reply letter for CASEFILE. A case with checker errors is written "
                "as a DRAFT, watermarked on every page."));
            parser.addPositionalArgument(QStringLiteral("CASEFILE"),
                                         QStringLiteral("The case file (JSON)."));
            const QCommandLineOption out(QStringLiteral("out"),
                                         QStringLiteral("Write the letter to FILE."),
                                         QStringLiteral("FILE"));
            const QCommandLineOption format(QStringLiteral("format"),
                                            QStringLiteral("pdf (default) or odt."),
                                            QStringLiteral("FORMAT"), QStringLiteral("pdf"));
            const QCommandLineOption authority(
                QStringLiteral("authority"),
                QStringLiteral("Sign with the authority profile in FILE (JSON)."),
                QStringLiteral("FILE"));
            const QCommandLineOption date(QStringLiteral("date"),
                                          QStringLiteral("Date the letter YYYY-MM-DD "
                                                         "(default: today)."),
                                          QStringLiteral("DATE"));
            parser.addOptions({out, format, authority, date});
            bool helpShown = false;
            if (!context.parse(parser, name, args, &helpShown))
                return ExitCode::Usage;
            if (helpShown)
                return ExitCode::Success;

            const QStringList files = parser.positionalArguments();
            if (files.size() != 1)
                return context.usageError(name, QStringLiteral("give exactly one case file."));
            if (!parser.isSet(out))
                return context.usageError(name, QStringLiteral("say where to write the letter "
                                                               "with --out FILE."));
            const QString formatName = parser.value(format).toLower();
            if (formatName != QLatin1String("pdf") && formatName != QLatin1String("odt"))
                return context.usageError(name,
                                          QStringLiteral("--format must be pdf or odt, not '%1'.")
                                              .arg(parser.value(format)));
            QDate letterDate = QDate::currentDate();
            if (parser.isSet(date)) {
                letterDate = QDate::fromString(parser.value(date), Qt::ISODate);
                if (!letterDate.isValid())
                    return context.usageError(
                        name, QStringLiteral("--date must be a date as YYYY-MM-DD, not '%1'.")
                                  .arg(parser.value(date)));
            }

            QFile input(files.first());
            if (!input.open(QIODevice::ReadOnly))
                return context.usageError(
                    name,
                    QStringLiteral("cannot read %1: %2.").arg(files.first(), input.errorString()));
            core::Result<core::Case> theCase = core::CaseFile::read(input.readAll());
            if (!theCase)
                return context.usageError(
                    name, QStringLiteral("%1: %2").arg(files.first(), theCase.error().message));
            core::Result<core::AuthorityProfile> profile =
                authorityFor(context, parser.value(authority), *theCase);
            if (!profile)
                return context.usageError(name, profile.error().message);

            const auto rendered = ReplyService::render(*theCase, *profile, letterDate,
                                                       formatName == QLatin1String("odt")
                                                           ? ReplyService::Format::Odt
                                                           : ReplyService::Format::Pdf);
            if (!rendered) {
                context.err() << "foi-workbench-cli render: " << rendered.error().message << '\n';
                return ExitCode::Negative;
            }
            if (const core::Status written =
                    core::AtomicFile::write(parser.value(out), rendered->bytes);
                !written) {
                context.err() << "foi-workbench-cli render: " << written.error().message << '\n';
                return ExitCode::Negative;
            }
            context.out() << "Wrote " << parser.value(out)
                          << (rendered->draft ? " (DRAFT: the checker found errors; run "
                                                "'foi-workbench-cli check' to see them)"
                                              : "")
                          << '\n';
            return ExitCode::Success;
        }};
}

} // namespace foi::app
