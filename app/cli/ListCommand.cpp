#include "app/cli/ListCommand.h"

#include "app/cli/CaseSummaryPrinter.h"
#include "app/cli/CliContext.h"
#include "app/cli/StoreAccess.h"

#include <QJsonDocument>

namespace foi::app {

namespace {

ExitCode runList(const QString &name, const QString &summary, CliContext &context,
                 const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary);
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print a JSON array."));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   QStringLiteral("Show at most N cases (default 50)."),
                                   QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption status(QStringLiteral("status"),
                                    QStringLiteral("Only cases that are open or closed."),
                                    QStringLiteral("open|closed"));
    const QCommandLineOption mine(QStringLiteral("mine"),
                                  QStringLiteral("Only the cases allocated to the "
                                                 "officer (--officer)."));
    const QCommandLineOption unallocated(QStringLiteral("unallocated"),
                                         QStringLiteral("Only the cases allocated to nobody yet."));
    parser.addOptions({json, limit, status, mine, unallocated, StoreAccess::officerOption(),
                       StoreAccess::readOnlyOption()});
    bool helpShown = false;
    if (!context.parse(parser, name, args, &helpShown))
        return ExitCode::Usage;
    if (helpShown)
        return ExitCode::Success;
    bool numeric = false;
    core::CaseListQuery query;
    query.limit = parser.value(limit).toInt(&numeric);
    if (!numeric || query.limit < 1)
        return context.usageError(name, QStringLiteral("--limit needs a positive number."));
    query.status = parser.value(status);
    if (parser.isSet(mine) && parser.isSet(unallocated))
        return context.usageError(
            name, QStringLiteral("--mine and --unallocated exclude each other: give one."));
    if (parser.isSet(mine)) {
        query.allocation = core::CaseAllocation::AllocatedTo;
        query.allocatedTo = StoreAccess::officer(parser);
    } else if (parser.isSet(unallocated)) {
        query.allocation = core::CaseAllocation::Unallocated;
    }
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(name, QStringLiteral("takes no arguments."));
    std::unique_ptr<OpenedStore> store = StoreAccess::openToRead(context, name, parser);
    if (!store)
        return ExitCode::Usage;
    core::Result<core::CasePage> page = store->repositories().caseList().page(query);
    if (!page)
        return StoreAccess::failure(context, name, page.error());
    if (parser.isSet(json))
        context.out() << QJsonDocument(CaseSummaryPrinter::toJson(page->cases, false)).toJson();
    else
        CaseSummaryPrinter::printTable(context.out(), page->cases, false);
    return ExitCode::Success;
}

} // namespace

CliCommand listCommand()
{
    const QString name = QStringLiteral("list");
    const QString summary = QStringLiteral("List the cases, newest first.");
    return {name, summary, std::bind_front(&runList, name, summary)};
}

} // namespace foi::app
