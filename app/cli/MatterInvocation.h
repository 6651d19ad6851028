#pragma once

#include "app/cli/CliContext.h"
#include "app/cli/StoreAccess.h"
#include "app/cli/UserCalendar.h"
#include "core/intake/ReferenceAllocator.h"
#include "core/law/EffectiveCalendar.h"
#include "core/law/RegulatorDeadlineCalculator.h"
#include "core/model/ReviewDecision.h"
#include "core/services/AuthorityMatterService.h"
#include "core/services/CaseEditingService.h"
#include "core/services/MatterService.h"
#include "core/store/CaseStore.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <memory>
#include <optional>

namespace foi::app {

inline const QString matterCommandName = QStringLiteral("matter");

// The store and the services one matter subcommand works with, built once it has parsed its
// command line.
struct MatterSession
{
    std::unique_ptr<OpenedStore> store;
    const core::EffectiveCalendar &calendar;
    core::RegulatorClocks clocks;
    std::unique_ptr<core::CaseEditingService> cases;
    std::unique_ptr<core::RegulatorDeadlineCalculator> regulator;
    std::unique_ptr<core::MatterService> matters;
    std::unique_ptr<core::AuthorityMatterService> authority;

    MatterSession(std::unique_ptr<OpenedStore> opened, const core::EffectiveCalendar &effective,
                  core::RegulatorClocks regulatorClocks, const QString &officer,
                  const CliContext::Today &today)
        : store(std::move(opened))
        , calendar(effective)
        , clocks(std::move(regulatorClocks))
    {
        cases = std::make_unique<core::CaseEditingService>(
            store->repositories(),
            *core::ReferenceAllocator::create(
                QString::fromLatin1(core::ReferenceAllocator::defaultPattern)),
            calendar.workingDays());
        cases->setOfficer(officer);
        regulator =
            std::make_unique<core::RegulatorDeadlineCalculator>(clocks, calendar.holidays());
        matters = std::make_unique<core::MatterService>(store->repositories(), *cases,
                                                        calendar.workingDays(), *regulator, today);
        authority = std::make_unique<core::AuthorityMatterService>(store->repositories(), *cases,
                                                                   calendar.workingDays(), today);
    }
};

// One `matter VERB` invocation: its parser, the options every verb shares, and helpers that
// read dates and codes with messages naming the option.
class MatterInvocation
{
public:
    MatterInvocation(CliContext &context, QString verb, const QString &summary)
        : m_context(context)
        , m_verb(std::move(verb))
    {
        m_parser.setApplicationDescription(summary);
        m_parser.addOptions({StoreAccess::officerOption(), m_json});
    }

    QCommandLineParser &parser() { return m_parser; }
    CliContext &context() { return m_context; }
    QString name() const { return matterCommandName + u' ' + m_verb; }
    bool json() const { return m_parser.isSet(m_json); }

    // Parses; false with `*exit` set when the command should end (help shown, a bad option,
    // not `positionals` arguments).
    bool parse(const QStringList &args, int positionals, const QString &usage, ExitCode *exit)
    {
        bool helpShown = false;
        if (!m_context.parse(m_parser, name(), args, &helpShown)) {
            *exit = ExitCode::Usage;
            return false;
        }
        if (helpShown) {
            *exit = ExitCode::Success;
            return false;
        }
        if (m_parser.positionalArguments().size() != positionals) {
            *exit = m_context.usageError(name(), QStringLiteral("expects %1.").arg(usage));
            return false;
        }
        return true;
    }

    QString argument(int i) const { return m_parser.positionalArguments().at(i); }

    // A YYYY-MM-DD option; invalid QDate when absent. Sets *bad (and reports) when malformed.
    QDate date(const QCommandLineOption &option, bool required, bool *bad)
    {
        const QString name = option.names().constFirst();
        if (!m_parser.isSet(option)) {
            if (required && !*bad) {
                m_context.usageError(this->name(),
                                     QStringLiteral("--%1 YYYY-MM-DD is required.").arg(name));
                *bad = true;
            }
            return {};
        }
        static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QString text = m_parser.value(option);
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if ((!shape.match(text).hasMatch() || !date.isValid()) && !*bad) {
            m_context.usageError(this->name(),
                                 QStringLiteral("--%1 must be a real date written YYYY-MM-DD, "
                                                "not '%2'.")
                                     .arg(name, text));
            *bad = true;
        }
        return date;
    }

    std::unique_ptr<MatterSession> open()
    {
        auto store =
            StoreAccess::openEither(m_context, name(), core::CaseStore::OpenMode::ReadWrite);
        if (!store)
            return {};
        core::Result<core::RegulatorClocks> clocks = core::RegulatorClocks::builtIn();
        if (!clocks) {
            StoreAccess::failure(m_context, name(), clocks.error());
            return {};
        }
        return std::make_unique<MatterSession>(
            std::move(store), m_context.calendar(), std::move(clocks).value(),
            StoreAccess::officer(m_parser), m_context.todayFunction());
    }

    // A refused change: exit 1 when the law or the process says no (a reviewer who took part),
    // 2 when the input is wrong; the message names what to fix.
    ExitCode refused(const core::Error &error)
    {
        m_context.err() << "foi-workbench-cli " << name() << ": " << error.message << '\n';
        m_context.err().flush();
        if (error.code == QLatin1String("matter.not_independent"))
            return ExitCode::Negative;
        if (error.code.startsWith(QLatin1String("matter.")))
            return ExitCode::Usage;
        return StoreAccess::failure(m_context, name(), error);
    }

    void print(const QString &text, const QJsonObject &object)
    {
        if (json())
            m_context.out() << QJsonDocument(object).toJson(QJsonDocument::Indented);
        else
            m_context.out() << text << '\n';
    }

private:
    CliContext &m_context;
    QString m_verb;
    QCommandLineParser m_parser;
    QCommandLineOption m_json{QStringLiteral("json"), QStringLiteral("Print JSON.")};
};

// The officer's short words for a review decision ("maintained"), and the list of them.
std::optional<core::ReviewDecision> reviewDecisionFrom(const QString &text);
QString reviewDecisionWords();

// The verbs on Commissioner matters and the list of clocks (MatterCommissionerVerbs.cpp).
ExitCode recordDecisionNoticeVerb(CliContext &context, const QStringList &args);
ExitCode lodgeAppealVerb(CliContext &context, const QStringList &args);
ExitCode endAppealVerb(CliContext &context, const QStringList &args);
ExitCode completeStepVerb(CliContext &context, const QStringList &args);
ExitCode listClocksVerb(CliContext &context, const QStringList &args);

// Enforcement notices and practice recommendations (MatterAuthorityVerbs.cpp).
ExitCode openAuthorityMatterVerb(CliContext &context, const QStringList &args,
                                 core::AuthorityMatterKind kind);
ExitCode requirementMetVerb(CliContext &context, const QStringList &args);
ExitCode closeAuthorityMatterVerb(CliContext &context, const QStringList &args);
// The outcome letter of an internal review (MatterLetterVerb.cpp).
ExitCode reviewLetterVerb(CliContext &context, const QStringList &args);

} // namespace foi::app
