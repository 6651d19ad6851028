#include "app/cli/SearchCommand.h"

#include "app/cli/CaseSummaryPrinter.h"
#include "app/cli/CliContext.h"
#include "app/cli/StoreAccess.h"

#include <QJsonDocument>

namespace foi::app {

namespace {

ExitCode runSearch(const QString &name, const QString &summary, CliContext &context,
                   const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary);
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print a JSON array."));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   QStringLiteral("Show at most N cases (default 20)."),
                                   QStringLiteral("N"), QStringLiteral("20"));
    parser.addOptions({json, limit, StoreAccess::readOnlyOption()});
    parser.addPositionalArgument(QStringLiteral("TEXT"), QStringLiteral("Words to find."),
                                 QStringLiteral("TEXT..."));
    bool helpShown = false;
    if (!context.parse(parser, name, args, &helpShown))
        return ExitCode::Usage;
    if (helpShown)
        return ExitCode::Success;
    bool numeric = false;
    const int count = parser.value(limit).toInt(&numeric);
    if (!numeric || count < 1)
        return context.usageError(name, QStringLiteral("--limit needs a positive number."));
    const QString text = parser.positionalArguments().join(QLatin1Char(' '));
    if (text.trimmed().isEmpty())
        return context.usageError(name, QStringLiteral("give the words to search for."));
    std::unique_ptr<OpenedStore> store = StoreAccess::openToRead(context, name, parser);
    if (!store)
        return ExitCode::Usage;
    auto found = store->repositories().search().search(text, count);
    if (!found)
        return StoreAccess::failure(context, name, found.error());
    if (parser.isSet(json))
        context.out() << QJsonDocument(CaseSummaryPrinter::toJson(*found, true)).toJson();
    else if (found->isEmpty())
        context.out() << "No case matches '" << text << "'.\n";
    else
        CaseSummaryPrinter::printTable(context.out(), *found, true);
    return ExitCode::Success;
}

} // namespace

CliCommand searchCommand()
{
    const QString name = QStringLiteral("search");
    const QString summary = QStringLiteral("Find cases by reference, requester or wording, best "
                                           "match first.");
    return {name, summary, std::bind_front(&runSearch, name, summary)};
}

} // namespace foi::app
