#include "app/cli/AuditCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/StoreAccess.h"
#include "core/store/BackupMetadata.h"

namespace foi::app {

namespace {

ExitCode runAudit(const QString &name, const QString &summary, CliContext &context,
                  const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary);
    const QCommandLineOption anchor(
        QStringLiteral("anchor"),
        QStringLiteral("Also check the chain passes through SEQ:HASH (printed by "
                       "'backup' and 'audit verify'). May be repeated."),
        QStringLiteral("SEQ:HASH"));
    const QCommandLineOption backup(QStringLiteral("backup"),
                                    QStringLiteral("Also check against the anchor "
                                                   "recorded with backup FILE."),
                                    QStringLiteral("FILE"));
    parser.addOptions({anchor, backup, StoreAccess::readOnlyOption()});
    parser.addPositionalArgument(QStringLiteral("verify"), QStringLiteral("The action."));
    bool helpShown = false;
    if (!context.parse(parser, name, args, &helpShown))
        return ExitCode::Usage;
    if (helpShown)
        return ExitCode::Success;
    if (parser.positionalArguments() != QStringList{QStringLiteral("verify")})
        return context.usageError(name, QStringLiteral("the only action is 'audit verify'."));
    QList<core::AuditAnchor> anchors;
    for (const QString &text : parser.values(anchor)) {
        auto parsed = core::AuditAnchor::parse(text);
        if (!parsed)
            return context.usageError(name, parsed.error().message);
        anchors.append(*parsed);
    }
    for (const QString &file : parser.values(backup)) {
        auto metadata = core::BackupMetadata::read(file);
        if (!metadata)
            return context.usageError(name, metadata.error().message);
        anchors.append(metadata->auditHead);
    }
    std::unique_ptr<OpenedStore> store = StoreAccess::openToRead(context, name, parser);
    if (!store)
        return ExitCode::Usage;
    // The page-level check of a store file too: opening a large one leaves it to this command.
    // A team store's server keeps its own pages sound; its chain is checked here.
    if (core::CaseStore *file = store->file()) {
        if (core::Status sound = file->checkIntegrity(false); !sound)
            return StoreAccess::failure(context, name, sound.error());
    }
    const core::Result<core::AuditReport> report = store->repositories().verify(anchors);
    if (!report)
        return StoreAccess::failure(context, name, report.error());
    if (!report->intact) {
        context.out() << "Audit trail BROKEN";
        if (report->firstBadSeq > 0)
            context.out() << " at row " << report->firstBadSeq;
        context.out() << ": " << report->problem << ".\n"
                      << "Checked " << report->rowsChecked << " row(s). Keep "
                      << (store->file() ? "this file" : "the database")
                      << " as it is for investigation and compare it with a backup.\n";
        return ExitCode::Negative;
    }
    context.out() << "Audit trail intact: " << report->rowsChecked << " row(s)";
    if (report->anchorChecked)
        context.out() << ", through every anchor given and recorded";
    context.out() << ".\nHead: " << report->head.toString() << '\n';
    return ExitCode::Success;
}

} // namespace

CliCommand auditCommand()
{
    const QString name = QStringLiteral("audit");
    const QString summary = QStringLiteral("audit verify: check the audit trail is intact "
                                           "(exit 0) or name the first bad row (exit 1).");
    return {name, summary, std::bind_front(&runAudit, name, summary)};
}

} // namespace foi::app
