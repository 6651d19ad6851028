#include "app/cli/ExportCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/StoreAccess.h"
#include "core/reply/AtomicFile.h"
#include "core/services/CaseImportService.h"

#include <QFileInfo>

namespace foi::app {

namespace {

ExitCode runExport(const QString &name, const QString &summary, CliContext &context,
                   const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary);
    const QCommandLineOption out(QStringLiteral("out"),
                                 QStringLiteral("Write to FILE (a new file) instead of "
                                                "standard output."),
                                 QStringLiteral("FILE"));
    parser.addOption(out);
    parser.addOption(StoreAccess::readOnlyOption());
    parser.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The case's reference."));
    auto opened = StoreAccess::parseAndOpenEither(context, name, parser, args,
                                                  QStringLiteral("name one case reference."),
                                                  core::CaseStore::OpenMode::ReadWrite);
    if (const ExitCode *code = std::get_if<ExitCode>(&opened))
        return *code;
    const auto &[reference, store] = std::get<StoreAccess::OpenedEither>(opened);
    core::CaseImportService service(store->repositories(), context.calendar().workingDays());
    core::Result<QByteArray> document = service.exportCase(reference);
    if (!document)
        return StoreAccess::failure(context, name, document.error());
    if (!parser.isSet(out)) {
        context.out().flush();
        context.out() << QString::fromUtf8(*document);
        return ExitCode::Success;
    }
    const QString target = parser.value(out);
    if (QFileInfo::exists(target))
        return context.usageError(
            name, QStringLiteral("%1 already exists; choose a new file.").arg(target));
    if (const core::Status written = core::AtomicFile::write(target, *document); !written)
        return context.usageError(name, written.error().message);
    context.out() << "Wrote case " << reference << " to " << target << ".\n";
    return ExitCode::Success;
}

} // namespace

CliCommand exportCommand()
{
    const QString name = QStringLiteral("export");
    const QString summary = QStringLiteral("Write a case's case file, as stored.");
    return {name, summary, std::bind_front(&runExport, name, summary)};
}

} // namespace foi::app
