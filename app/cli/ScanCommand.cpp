#include "app/cli/ScanCommand.h"

#include "app/cli/CliContext.h"
#include "core/release/ReleaseScanner.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace foi::app {

namespace {

// One file's outcome: its findings, or why it could not be opened.
struct FileScan
{
    QString path;
    core::ReleaseFindings findings;
    QString openError;

    bool unreadable() const
    {
        if (!openError.isEmpty())
            return true;
        for (const core::ReleaseFinding &finding : findings)
            if (finding.preventsScan())
                return true;
        return false;
    }
};

QJsonObject toJson(const FileScan &scan)
{
    QJsonArray findings;
    for (const core::ReleaseFinding &finding : scan.findings)
        findings.append(QJsonObject{{QStringLiteral("code"), finding.code},
                                    {QStringLiteral("location"), finding.location},
                                    {QStringLiteral("message"), finding.message}});
    QJsonObject object{{QStringLiteral("file"), scan.path},
                       {QStringLiteral("readable"), !scan.unreadable()},
                       {QStringLiteral("findings"), findings}};
    if (!scan.openError.isEmpty())
        object.insert(QStringLiteral("error"), scan.openError);
    return object;
}

void printText(QTextStream &out, const FileScan &scan)
{
    if (!scan.openError.isEmpty()) {
        out << scan.path << ": cannot be read: " << scan.openError << '\n';
        return;
    }
    if (scan.findings.isEmpty()) {
        out << scan.path << ": clean\n";
        return;
    }
    out << scan.path << ": " << scan.findings.size()
        << (scan.findings.size() == 1 ? " finding\n" : " findings\n");
    for (const core::ReleaseFinding &finding : scan.findings)
        out << "  " << finding.code << " at " << finding.location << '\n'
            << "      " << finding.message << '\n';
}

ExitCode runScan(CliContext &context, const QString &name, const QString &summary,
                 const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary);
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("A file to be released (.xlsx, .docx, .ods, .odt, "
                                                ".pdf, .csv); several may be given."),
                                 QStringLiteral("FILE..."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Print the findings as JSON."));
    parser.addOption(json);
    bool helpShown = false;
    if (!context.parse(parser, name, args, &helpShown))
        return ExitCode::Usage;
    if (helpShown)
        return ExitCode::Success;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        return context.usageError(name, QStringLiteral("needs at least one file to scan."));

    // The edge of the program: the one place the scan's limits are chosen.
    const core::ReleaseScanner scanner(core::ScanLimits::standard());
    QList<FileScan> scans;
    for (const QString &path : paths) {
        const core::Result<core::ReleaseFindings> result = scanner.scan(path);
        scans.append(result.ok() ? FileScan{path, result.value(), {}}
                                 : FileScan{path, {}, result.error().message});
    }
    bool anyFinding = false;
    bool anyUnreadable = false;
    QJsonArray files;
    for (const FileScan &scan : std::as_const(scans)) {
        anyFinding = anyFinding || !scan.findings.isEmpty();
        anyUnreadable = anyUnreadable || scan.unreadable();
        if (parser.isSet(json))
            files.append(toJson(scan));
        else
            printText(context.out(), scan);
    }
    if (parser.isSet(json))
        context.out() << QJsonDocument(QJsonObject{{QStringLiteral("files"), files}})
                             .toJson(QJsonDocument::Indented);
    if (anyUnreadable)
        return ExitCode::Usage;
    return anyFinding ? ExitCode::Negative : ExitCode::Success;
}

} // namespace

CliCommand scanCommand()
{
    const QString name = QStringLiteral("scan");
    const QString summary = QStringLiteral(
        "Scan files to be released for hidden data, metadata and failed redactions.");
    return {name, summary, [name, summary](CliContext &context, const QStringList &args) {
                return runScan(context, name, summary, args);
            }};
}

} // namespace foi::app
