#include "app/cli/ImportCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/StoreAccess.h"
#include "core/services/CaseImportService.h"

namespace foi::app {

namespace {

ExitCode runImport(const QString &name, const QString &summary, CliContext &context,
                   const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary);
    parser.addOption(StoreAccess::officerOption());
    parser.addPositionalArgument(QStringLiteral("CASEFILE"),
                                 QStringLiteral("Case files (JSON) to import."),
                                 QStringLiteral("CASEFILE..."));
    bool helpShown = false;
    if (!context.parse(parser, name, args, &helpShown))
        return ExitCode::Usage;
    if (helpShown)
        return ExitCode::Success;
    if (parser.positionalArguments().isEmpty())
        return context.usageError(name, QStringLiteral("name at least one case file."));
    // A store file is made when missing; a team store is made by 'store init' only.
    auto store = StoreAccess::openEither(context, name, core::CaseStore::OpenMode::CreateIfMissing);
    if (!store)
        return ExitCode::Usage;
    core::CaseImportService service(store->repositories(), context.calendar().workingDays());
    core::Result<core::ImportReport> report =
        service.importFiles(parser.positionalArguments(), StoreAccess::officer(parser));
    if (!report)
        return StoreAccess::failure(context, name, report.error());
    if (!report->ok()) {
        for (const QString &problem : report->problems)
            context.err() << problem << '\n';
        context.err() << "Nothing was imported: correct the files above and run the "
                         "import again.\n";
        return ExitCode::Usage;
    }
    context.out() << "Imported " << report->created << " new, " << report->updated << " changed, "
                  << report->unchanged << " unchanged case(s) into "
                  << StoreAccess::storeName(context) << ".\n";
    return ExitCode::Success;
}

} // namespace

CliCommand importCommand()
{
    const QString name = QStringLiteral("import");
    const QString summary = QStringLiteral("Import case files into the store (creating it if "
                                           "needed); every change is audited.");
    return {name, summary, std::bind_front(&runImport, name, summary)};
}

} // namespace foi::app
