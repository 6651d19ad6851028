#include "app/cli/CheckCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/UserCalendar.h"
#include "core/model/CaseFile.h"
#include "core/rules/CaseChecker.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace foi::app {

namespace {

QString severityCode(core::Severity severity)
{
    return severity == core::Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

qsizetype count(const QList<core::Finding> &findings, core::Severity severity)
{
    return std::count_if(findings.cbegin(), findings.cend(),
                         [severity](const core::Finding &f) { return f.severity == severity; });
}

void printJson(QTextStream &out, const core::Case &theCase, const QList<core::Finding> &findings)
{
    QJsonArray list;
    for (const core::Finding &finding : findings)
        list.append(QJsonObject{{QStringLiteral("code"), finding.code},
                                {QStringLiteral("severity"), severityCode(finding.severity)},
                                {QStringLiteral("provision"), finding.provision},
                                {QStringLiteral("locator"), finding.locator},
                                {QStringLiteral("message"), finding.message}});
    const QJsonObject report{{QStringLiteral("reference"), theCase.reference},
                             {QStringLiteral("errors"), count(findings, core::Severity::Error)},
                             {QStringLiteral("warnings"), count(findings, core::Severity::Warning)},
                             {QStringLiteral("findings"), list}};
    out << QJsonDocument(report).toJson(QJsonDocument::Indented);
}

void printText(QTextStream &out, const core::Case &theCase, const QList<core::Finding> &findings)
{
    const qsizetype errors = count(findings, core::Severity::Error);
    const qsizetype warnings = count(findings, core::Severity::Warning);
    out << theCase.reference << ": " << errors << (errors == 1 ? " error, " : " errors, ")
        << warnings << (warnings == 1 ? " warning" : " warnings") << '\n';
    for (const core::Finding &finding : findings) {
        out << severityCode(finding.severity) << ' ' << finding.code << " [" << finding.provision
            << "] at " << finding.locator << '\n'
            << "    " << finding.message << '\n';
    }
}

ExitCode runCheck(const QString &name, const QString &summary, CliContext &context,
                  const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary);
    parser.addPositionalArgument(QStringLiteral("CASEFILE"),
                                 QStringLiteral("The case file (JSON) to check."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Print the findings as JSON."));
    const QCommandLineOption today(
        QStringLiteral("today"), QStringLiteral("Check as on DATE (YYYY-MM-DD) instead of today."),
        QStringLiteral("DATE"));
    const QCommandLineOption due(
        QStringLiteral("due"),
        QStringLiteral("Take DATE (YYYY-MM-DD) as the due date instead of working it "
                       "out from the case."),
        QStringLiteral("DATE"));
    parser.addOptions({json, today, due});
    bool helpShown = false;
    if (!context.parse(parser, name, args, &helpShown))
        return ExitCode::Usage;
    if (helpShown)
        return ExitCode::Success;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return context.usageError(name, QStringLiteral("needs exactly one case file."));
    core::CheckContext checkContext;
    // The edge of the program: the one place the checker's "today" comes from.
    checkContext.today = context.today();
    for (const auto &[option, target] :
         {std::pair{&today, &checkContext.today}, std::pair{&due, &checkContext.dueDate}}) {
        if (!parser.isSet(*option))
            continue;
        *target = QDate::fromString(parser.value(*option), Qt::ISODate);
        if (!target->isValid())
            return context.usageError(
                name, QStringLiteral("--%1 must be a date written YYYY-MM-DD, not '%2'.")
                          .arg(option->names().constFirst(), parser.value(*option)));
    }
    QFile file(positional.constFirst());
    if (!file.open(QIODevice::ReadOnly)) {
        context.err() << "foi-workbench-cli check: cannot read " << file.fileName() << ": "
                      << file.errorString() << '\n';
        return ExitCode::Usage;
    }
    const core::Result<core::Case> read = core::CaseFile::read(file.readAll());
    if (!read.ok()) {
        context.err() << "foi-workbench-cli check: " << file.fileName()
                      << " is not a valid case file:\n"
                      << read.error().detail << '\n';
        return ExitCode::Usage;
    }
    // The same working days as 'deadline': the built-in holidays or the imported ones.
    const core::CaseChecker checker(core::ExemptionCatalogue::builtIn(),
                                    context.calendar().workingDays(),
                                    core::EnvironmentalTerms::builtIn());
    const QList<core::Finding> findings = checker.check(read.value(), checkContext);
    if (parser.isSet(json))
        printJson(context.out(), read.value(), findings);
    else
        printText(context.out(), read.value(), findings);
    return core::CaseChecker::hasErrors(findings) ? ExitCode::Negative : ExitCode::Success;
}

} // namespace

CliCommand checkCommand()
{
    const QString name = QStringLiteral("check");
    const QString summary =
        QStringLiteral("Check a case file against section 17 and print the findings.");
    return {name, summary, std::bind_front(&runCheck, name, summary)};
}

} // namespace foi::app
