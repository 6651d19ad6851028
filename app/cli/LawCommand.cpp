#include "app/cli/LawCommand.h"

#include "app/cli/CliContext.h"
#include "core/law/ExemptionCatalogue.h"
#include "core/law/ProvisionCodes.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace foi::app {

namespace {

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject toJson(const core::Provision &p)
{
    QJsonArray availableTo;
    for (const core::AuthorityKind kind : p.availableTo)
        availableTo.append(core::authorityKindCode(kind));
    return QJsonObject{
        {QStringLiteral("regime"), core::regimeCode(p.regime)},
        {QStringLiteral("provision"), p.id},
        {QStringLiteral("kind"), core::provisionKindCode(p.kind)},
        {QStringLiteral("citation"), p.citation},
        {QStringLiteral("title"), p.title},
        {QStringLiteral("description"), p.description},
        {QStringLiteral("absolute"), p.absolute},
        {QStringLiteral("test"), core::testKindCode(p.test)},
        {QStringLiteral("prejudice_based"), p.prejudiceBased},
        {QStringLiteral("relieves"), core::dutyCode(p.relieves)},
        {QStringLiteral("ncnd_provision"), orNull(p.ncndProvision)},
        {QStringLiteral("parent"), orNull(p.parent)},
        {QStringLiteral("requires_qualified_person"), p.requiresQualifiedPerson},
        {QStringLiteral("available_to"), availableTo},
        {QStringLiteral("certificate"), orNull(p.certificate)},
        {QStringLiteral("historical_record_years"), p.historicalRecordYears},
        {QStringLiteral("mutually_exclusive_with"),
         QJsonArray::fromStringList(p.mutuallyExclusiveWith)},
        {QStringLiteral("source"), p.source},
    };
}

void printTable(QTextStream &out, const QList<core::Provision> &provisions)
{
    out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
               .arg(QStringLiteral("Provision"), -28)
               .arg(QStringLiteral("Abs/Q"), -6)
               .arg(QStringLiteral("Test"), -20)
               .arg(QStringLiteral("NCND"), -14)
               .arg(QStringLiteral("QP"), -3)
               .arg(QStringLiteral("Title"));
    for (const core::Provision &p : provisions) {
        const QString status = p.absolute        ? QStringLiteral("Abs")
                               : p.isQualified() ? QStringLiteral("Q")
                                                 : QStringLiteral("-");
        out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(p.id, -28)
                   .arg(status, -6)
                   .arg(core::testKindCode(p.test), -20)
                   .arg(p.ncndProvision.isEmpty() ? QStringLiteral("-") : p.ncndProvision, -14)
                   .arg(p.requiresQualifiedPerson ? QStringLiteral("yes") : QStringLiteral("-"), -3)
                   .arg(p.title);
    }
}

ExitCode runLaw(const QString &name, const QString &summary, CliContext &context,
                const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary);
    const QCommandLineOption regimeOption(QStringLiteral("regime"),
                                          QStringLiteral("Only the provisions of FOIA or EIR."),
                                          QStringLiteral("FOIA|EIR"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print a JSON array."));
    parser.addOption(regimeOption);
    parser.addOption(json);
    bool helpShown = false;
    if (!context.parse(parser, name, args, &helpShown))
        return ExitCode::Usage;
    if (helpShown)
        return ExitCode::Success;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(name, QStringLiteral("takes no arguments, but was given '%1'.")
                                            .arg(parser.positionalArguments().join(u' ')));

    const core::ExemptionCatalogue &catalogue = core::ExemptionCatalogue::builtIn();
    QList<core::Provision> provisions = catalogue.all();
    if (parser.isSet(regimeOption)) {
        const std::optional<core::Regime> regime = core::regimeFromCode(parser.value(regimeOption));
        if (!regime)
            return context.usageError(name,
                                      QStringLiteral("--regime must be FOIA or EIR, not '%1'.")
                                          .arg(parser.value(regimeOption)));
        provisions = catalogue.forRegime(*regime);
    }
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const core::Provision &p : provisions)
            array.append(toJson(p));
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else {
        printTable(context.out(), provisions);
    }
    return ExitCode::Success;
}

} // namespace

CliCommand lawCommand()
{
    const QString name = QStringLiteral("law");
    const QString summary =
        QStringLiteral("List the FOIA exemptions, procedural grounds and EIR exceptions.");
    return {name, summary, std::bind_front(&runLaw, name, summary)};
}

} // namespace foi::app
