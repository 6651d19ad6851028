#pragma once

#include "core/law/WorkingDayCalendar.h"
#include "core/model/AuthorityMatter.h"
#include "core/rules/MatterClocks.h"
#include "core/support/Result.h"

#include <QDate>
#include <QString>

#include <functional>

namespace foi::core {

class CaseEditingService;
class StoreRepositories;

// What an officer records of an enforcement notice (s52) or a practice recommendation (s48)
// when it arrives.
struct AuthorityMatterNotice
{
    QString icoReference;
    QDate dated;    // the notice's date
    QDate received; // the day it arrived (invalid: the notice's date)
    QString summary;
    QString officer; // ours, who answers for it; empty: the officer recording it
};

// A requirement as the notice words it: by a date it gives, or within a number of working days
// of the notice (an action plan "within 30 working days").
struct RequirementTerms
{
    QString what;
    QDate due;           // typed from the notice, or
    int workingDays = 0; // counted from the notice's date on the effective calendar
};

// The Commissioner's matters against the authority as a whole, which need no request: open an
// enforcement notice or practice recommendation, add the dated requirements it sets, record each
// met, and close it. Each change is checked first (bad input fails with a "matter.*" code and a
// message naming the field; nothing is saved) and is one audited save in the officer's name.
// Their open requirements join every case's clocks on the Deadlines view and `matter list`
// (MatterService::openClocksInStore).
class AuthorityMatterService
{
public:
    using Today = std::function<QDate()>;

    AuthorityMatterService(StoreRepositories &store, CaseEditingService &cases,
                           const WorkingDayCalendar &calendar, Today today);

    [[nodiscard]] Result<AuthorityMatter> open(AuthorityMatterKind kind,
                                               const AuthorityMatterNotice &notice,
                                               const QList<RequirementTerms> &requirements);
    [[nodiscard]] Result<AuthorityRequirement> addRequirement(const QString &id,
                                                              const RequirementTerms &terms);
    // `index` counts from 0.
    [[nodiscard]] Status meetRequirement(const QString &id, int index, const QDate &on);
    // Refused while a requirement is not met.
    [[nodiscard]] Status close(const QString &id, const QDate &on);

    [[nodiscard]] Result<QList<AuthorityMatter>> all();
    // The open requirements of every open matter, soonest first.
    [[nodiscard]] Result<QList<OpenClock>> openClocks();

    // Whether `id` names an authority-wide matter ("EN1", "PR2") rather than a case's.
    static bool isAuthorityMatterId(const QString &id);

private:
    [[nodiscard]] Result<AuthorityRequirement> requirementFrom(const AuthorityMatter &matter,
                                                               const RequirementTerms &terms) const;
    [[nodiscard]] Result<QString> nextId(AuthorityMatterKind kind);

    StoreRepositories &m_store;
    CaseEditingService &m_cases;
    const WorkingDayCalendar &m_calendar;
    Today m_today;
};

} // namespace foi::core
