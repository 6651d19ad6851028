#include "core/services/AuthorityMatterService.h"

#include "core/rules/AuthorityClocks.h"
#include "core/services/CaseEditingService.h"
#include "core/store/AuthorityMatterRegister.h"
#include "core/store/StoreRepositories.h"

#include <QRegularExpression>

namespace foi::core {

namespace {

Error invalid(const char *code, const QString &message)
{
    return Error::make(QStringLiteral("matter.%1").arg(QLatin1String(code)), message);
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

AuthorityMatterService::AuthorityMatterService(StoreRepositories &store, CaseEditingService &cases,
                                               const WorkingDayCalendar &calendar, Today today)
    : m_store(store)
    , m_cases(cases)
    , m_calendar(calendar)
    , m_today(std::move(today))
{}

bool AuthorityMatterService::isAuthorityMatterId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^(EN|PR)[0-9]+$"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern.match(id).hasMatch();
}

Result<QString> AuthorityMatterService::nextId(AuthorityMatterKind kind)
{
    Result<QList<AuthorityMatter>> existing = m_store.authorityMatters().all(false);
    if (!existing)
        return existing.error();
    const QString prefix = kind == AuthorityMatterKind::EnforcementNotice ? QStringLiteral("EN")
                                                                          : QStringLiteral("PR");
    int highest = 0;
    for (const AuthorityMatter &matter : *existing) {
        if (matter.id.startsWith(prefix))
            highest = std::max(highest, matter.id.mid(prefix.size()).toInt());
    }
    return prefix + QString::number(highest + 1);
}

Result<AuthorityRequirement>
AuthorityMatterService::requirementFrom(const AuthorityMatter &matter,
                                        const RequirementTerms &terms) const
{
    if (terms.what.trimmed().isEmpty())
        return invalid("requirement_what_missing",
                       QStringLiteral("Say what the requirement is (\"Action plan\")."));
    if (terms.due.isValid() == (terms.workingDays > 0))
        return invalid("requirement_due_missing",
                       QStringLiteral("Give the requirement \"%1\" either the date the notice "
                                      "sets or a number of working days from the notice "
                                      "(\"%1@2025-06-30\" or \"%1@30wd\").")
                           .arg(terms.what.trimmed()));
    AuthorityRequirement requirement;
    requirement.what = terms.what.trimmed();
    requirement.workingDays = terms.workingDays;
    requirement.due = terms.workingDays > 0
                          ? m_calendar.addWorkingDays(matter.dated, terms.workingDays)
                          : terms.due;
    if (!requirement.due.isValid())
        return invalid("requirement_outside_calendar",
                       QStringLiteral("%1 working days from %2 fall outside the calendar's "
                                      "years; give the date instead.")
                           .arg(terms.workingDays)
                           .arg(isoDate(matter.dated)));
    if (requirement.due < matter.dated)
        return invalid("requirement_before_notice",
                       QStringLiteral("The requirement \"%1\" is due (%2) before the notice's "
                                      "date (%3). Check the date.")
                           .arg(requirement.what, isoDate(requirement.due), isoDate(matter.dated)));
    return requirement;
}

Result<AuthorityMatter> AuthorityMatterService::open(AuthorityMatterKind kind,
                                                     const AuthorityMatterNotice &notice,
                                                     const QList<RequirementTerms> &requirements)
{
    if (!notice.dated.isValid())
        return invalid("notice_date_missing",
                       QStringLiteral("Give the date of the notice or recommendation (--dated "
                                      "YYYY-MM-DD): its requirements count from it."));
    if (notice.dated > m_today())
        return invalid("notice_in_future",
                       QStringLiteral("The notice is dated %1, after today. Check its date.")
                           .arg(isoDate(notice.dated)));
    const QDate received = notice.received.isValid() ? notice.received : notice.dated;
    if (received < notice.dated || received > m_today())
        return invalid("received_out_of_order",
                       QStringLiteral("It arrived (%1) before its date (%2) or after today. "
                                      "Check --received.")
                           .arg(isoDate(received), isoDate(notice.dated)));
    if (notice.icoReference.trimmed().isEmpty())
        return invalid("ico_reference_missing",
                       QStringLiteral("Give the ICO's reference on the notice (--ico-reference)."));
    Result<QString> id = nextId(kind);
    if (!id)
        return id.error();
    AuthorityMatter matter;
    matter.id = *id;
    matter.kind = kind;
    matter.icoReference = notice.icoReference.trimmed();
    matter.dated = notice.dated;
    matter.received = received;
    matter.summary = notice.summary.trimmed();
    matter.officer =
        notice.officer.trimmed().isEmpty() ? m_cases.officer() : notice.officer.trimmed();
    for (const RequirementTerms &terms : requirements) {
        Result<AuthorityRequirement> requirement = requirementFrom(matter, terms);
        if (!requirement)
            return requirement.error();
        matter.requirements.append(*requirement);
    }
    if (Status saved = m_store.authorityMatters().save(
            matter, m_cases.officer(), QStringLiteral("open-authority-matter"),
            QStringLiteral("%1 %2 recorded").arg(authorityMatterKindName(kind), matter.id));
        !saved)
        return saved.error();
    return matter;
}

Result<AuthorityRequirement> AuthorityMatterService::addRequirement(const QString &id,
                                                                    const RequirementTerms &terms)
{
    Result<AuthorityMatter> matter = m_store.authorityMatters().load(id.trimmed().toUpper());
    if (!matter)
        return matter.error();
    if (matter->closed)
        return invalid(
            "matter_closed",
            QStringLiteral("%1 was closed on %2.").arg(matter->id, isoDate(*matter->closed)));
    Result<AuthorityRequirement> requirement = requirementFrom(*matter, terms);
    if (!requirement)
        return requirement.error();
    matter->requirements.append(*requirement);
    if (Status saved = m_store.authorityMatters().save(*matter, m_cases.officer(),
                                                       QStringLiteral("update-authority-matter"),
                                                       QStringLiteral("requirement %1 of %2 added")
                                                           .arg(matter->requirements.size())
                                                           .arg(matter->id));
        !saved)
        return saved.error();
    return requirement;
}

Status AuthorityMatterService::meetRequirement(const QString &id, int index, const QDate &on)
{
    Result<AuthorityMatter> matter = m_store.authorityMatters().load(id.trimmed().toUpper());
    if (!matter)
        return matter.error();
    if (index < 0 || index >= matter->requirements.size())
        return invalid("no_requirement", QStringLiteral("%1 has no requirement %2 (it has %3).")
                                             .arg(matter->id)
                                             .arg(index + 1)
                                             .arg(matter->requirements.size()));
    if (!on.isValid() || on < matter->dated || on > m_today())
        return invalid("met_out_of_order",
                       QStringLiteral("A requirement is met on or after the notice's date (%1) "
                                      "and not after today. Check --on.")
                           .arg(isoDate(matter->dated)));
    matter->requirements[index].met = on;
    return m_store.authorityMatters().save(*matter, m_cases.officer(),
                                           QStringLiteral("update-authority-matter"),
                                           QStringLiteral("requirement %1 of %2 met on %3")
                                               .arg(index + 1)
                                               .arg(matter->id, isoDate(on)));
}

Status AuthorityMatterService::close(const QString &id, const QDate &on)
{
    Result<AuthorityMatter> matter = m_store.authorityMatters().load(id.trimmed().toUpper());
    if (!matter)
        return matter.error();
    for (int i = 0; i < matter->requirements.size(); ++i) {
        if (!matter->requirements.at(i).met)
            return invalid("requirement_outstanding",
                           QStringLiteral("Requirement %1 of %2 (%3) is not met yet; record it "
                                          "met first.")
                               .arg(i + 1)
                               .arg(matter->id, matter->requirements.at(i).what));
    }
    if (!on.isValid() || on < matter->dated)
        return invalid("closed_before_notice",
                       QStringLiteral("%1 closes on or after its date (%2).")
                           .arg(matter->id, isoDate(matter->dated)));
    matter->closed = on;
    return m_store.authorityMatters().save(
        *matter, m_cases.officer(), QStringLiteral("close-authority-matter"),
        QStringLiteral("%1 closed on %2").arg(matter->id, isoDate(on)));
}

Result<QList<AuthorityMatter>> AuthorityMatterService::all()
{
    return m_store.authorityMatters().all(false);
}

Result<QList<OpenClock>> AuthorityMatterService::openClocks()
{
    Result<QList<AuthorityMatter>> open = m_store.authorityMatters().all(true);
    if (!open)
        return open.error();
    return AuthorityClocks::of(*open, m_today());
}

} // namespace foi::core
