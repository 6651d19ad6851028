#include "app/cli/SimilarCommand.h"

#include "app/cli/CaseSummaryPrinter.h"
#include "app/cli/CliContext.h"
#include "app/cli/StoreAccess.h"

#include <QJsonDocument>

namespace foi::app {

namespace {

ExitCode runSimilar(const QString &name, const QString &summary, CliContext &context,
                    const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary);
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print a JSON array."));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   QStringLiteral("Show at most N cases (default 10)."),
                                   QStringLiteral("N"), QStringLiteral("10"));
    parser.addOptions({json, limit, StoreAccess::readOnlyOption()});
    parser.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The case's reference."));
    bool helpShown = false;
    if (!context.parse(parser, name, args, &helpShown))
        return ExitCode::Usage;
    if (helpShown)
        return ExitCode::Success;
    bool numeric = false;
    const int count = parser.value(limit).toInt(&numeric);
    if (!numeric || count < 1)
        return context.usageError(name, QStringLiteral("--limit needs a positive number."));
    if (parser.positionalArguments().size() != 1)
        return context.usageError(name, QStringLiteral("name one case reference."));
    std::unique_ptr<OpenedStore> store = StoreAccess::openToRead(context, name, parser);
    if (!store)
        return ExitCode::Usage;
    const QString reference = parser.positionalArguments().constFirst();
    auto similar = store->repositories().search().similarTo(reference, count);
    if (!similar)
        return StoreAccess::failure(context, name, similar.error());
    if (parser.isSet(json))
        context.out() << QJsonDocument(CaseSummaryPrinter::toJson(*similar, true)).toJson();
    else if (similar->isEmpty())
        context.out() << "No earlier case is worded like " << reference << ".\n";
    else
        CaseSummaryPrinter::printTable(context.out(), *similar, true);
    return ExitCode::Success;
}

} // namespace

CliCommand similarCommand()
{
    const QString name = QStringLiteral("similar");
    const QString summary = QStringLiteral("Show earlier cases worded like a case, with what was "
                                           "decided (keep NCND consistent, spot round robins).");
    return {name, summary, std::bind_front(&runSimilar, name, summary)};
}

} // namespace foi::app
