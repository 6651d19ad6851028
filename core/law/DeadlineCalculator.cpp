#include "core/law/DeadlineCalculator.h"

#include <QLocale>

#include <algorithm>
#include <optional>

namespace foi::core {

namespace {

Error dateError(const QString &code, const QString &message)
{
    return Error::make(QStringLiteral("law.deadline.") + code, message);
}

QString outOfRange(const QString &what)
{
    return QStringLiteral("The %1 must be a real date between %2 and %3.")
        .arg(what)
        .arg(BankHolidayCalendar::firstSupportedYear)
        .arg(BankHolidayCalendar::lastSupportedYear);
}

} // namespace

DeadlineCalculator::DeadlineCalculator(const WorkingDayCalendar &calendar)
    : m_calendar(calendar)
{}

std::optional<Error> DeadlineCalculator::check(const DeadlineRequest &request) const
{
    const auto error = [](const char *code, const QString &message) {
        return std::optional<Error>(dateError(QString::fromLatin1(code), message));
    };
    if (!m_calendar.covers(request.received))
        return error("date_out_of_range", outOfRange(QStringLiteral("date of receipt")));
    if (request.clarified && !m_calendar.covers(*request.clarified))
        return error("date_out_of_range", outOfRange(QStringLiteral("clarification date")));
    if (request.clarified && *request.clarified < request.received)
        return error("contradictory_dates",
                     QStringLiteral("The clarification cannot arrive before the request itself."));
    if (request.extensionDays < 0)
        return error(
            "bad_extension",
            QStringLiteral("An extension is a number of further working days, 0 or more."));
    if (request.regime == Regime::Eir && request.extensionDays > eirMaximumExtension)
        return error("bad_extension",
                     QStringLiteral("EIR reg 7 extends the time to 40 working days at "
                                    "most: an extension of %1 further working days "
                                    "is not allowed.")
                         .arg(request.extensionDays));
    if (!request.feeNoticeGiven && !request.feeReceived)
        return std::nullopt;
    if (request.regime == Regime::Eir)
        return error("fees_not_eir",
                     QStringLiteral("The fees pause of FOIA s10(2) does not apply to "
                                    "EIR requests; leave out the fee dates."));
    if (!request.feeNoticeGiven)
        return error("contradictory_dates",
                     QStringLiteral("A fee was received but no fees notice date was given."));
    if (!request.feeReceived)
        return error("fee_unpaid", QStringLiteral("While the fee is unpaid the clock is stopped "
                                                  "(s10(2)), so there is no due date yet. Give the "
                                                  "date the fee arrived."));
    if (!m_calendar.covers(*request.feeNoticeGiven) || !m_calendar.covers(*request.feeReceived))
        return error("date_out_of_range", outOfRange(QStringLiteral("fee dates")));
    if (*request.feeNoticeGiven < request.clarified.value_or(request.received))
        return error("contradictory_dates",
                     QStringLiteral("The fees notice cannot be given before day 0 (the date of "
                                    "receipt, or of the clarification)."));
    if (*request.feeReceived < *request.feeNoticeGiven)
        return error("contradictory_dates",
                     QStringLiteral("The fee cannot arrive before the fees notice was given."));
    return std::nullopt;
}

Result<Deadline> DeadlineCalculator::calculate(const DeadlineRequest &request) const
{
    if (const std::optional<Error> error = check(request))
        return *error;
    Deadline deadline;
    deadline.regime = request.regime;
    deadline.received = request.received;
    deadline.dayZero = request.clarified.value_or(request.received);
    deadline.events.append({request.received, QStringLiteral("Request received: day 0")});
    if (request.clarified)
        deadline.events.append(
            {*request.clarified,
             QStringLiteral("Clarification received: the count restarts, this is "
                            "the new day 0 (s1(3), s10(6))")});
    if (request.feeNoticeGiven) {
        deadline.feeNoticeGiven = request.feeNoticeGiven;
        deadline.feeReceived = request.feeReceived;
        deadline.pausedWorkingDays = m_calendar.workingDaysBetween(
            std::max(*request.feeNoticeGiven, deadline.dayZero.addDays(1)), *request.feeReceived);
        deadline.events.append({*request.feeNoticeGiven,
                                QStringLiteral("Fees notice given: the clock stops (s9, s10(2))")});
        deadline.events.append(
            {*request.feeReceived, QStringLiteral("Fee received: the clock restarts "
                                                  "on the next working day (s10(2))")});
    }
    deadline.workingDays = standardWorkingDays + request.extensionDays;
    deadline.due = countedDay(deadline, deadline.workingDays);
    const QDate twentieth = countedDay(deadline, standardWorkingDays);
    if (!deadline.due.isValid() || !twentieth.isValid())
        return dateError(QStringLiteral("date_out_of_range"),
                         QStringLiteral("The deadline falls after %1, beyond the years the "
                                        "workbench handles.")
                             .arg(BankHolidayCalendar::lastSupportedYear));
    applyRegime(deadline, request.extensionDays, twentieth);
    addWarnings(deadline);
    return deadline;
}

QDate DeadlineCalculator::countedDay(const Deadline &deadline, int n) const
{
    // Working days inside the fees pause do not count (s10(2)); the pause only matters when it
    // starts on or before the day that would otherwise be the n-th.
    QDate date = m_calendar.addWorkingDays(deadline.dayZero, n);
    if (deadline.feeNoticeGiven && date.isValid() && *deadline.feeNoticeGiven <= date)
        date = m_calendar.addWorkingDays(deadline.dayZero, n + deadline.pausedWorkingDays);
    return date;
}

void DeadlineCalculator::applyRegime(Deadline &deadline, int extensionDays, const QDate &twentieth)
{
    if (deadline.regime == Regime::Foia) {
        // s10(3) never extends the s17(1) refusal notice.
        deadline.refusalNoticeDue = twentieth;
        if (extensionDays > 0)
            deadline.events.append(
                {twentieth, QStringLiteral("Refusal notice due, with an estimate of "
                                           "when the public interest decision will "
                                           "be made (s17(1), s17(2))")});
        if (extensionDays > reasonableExtension)
            deadline.warnings.append(
                QStringLiteral(
                    "A public interest extension of %1 further working days goes beyond the "
                    "20 the ICO considers reasonable (s10(3)); record why it is exceptional.")
                    .arg(extensionDays));
        return;
    }
    // EIR reg 7(1) extends the reg 14(2) refusal period too; reg 7(2) needs notice by day 20.
    deadline.refusalNoticeDue = deadline.due;
    if (extensionDays > 0) {
        deadline.extensionNoticeDue = twentieth;
        deadline.events.append(
            {twentieth, QStringLiteral("Last day to tell the applicant of the reg 7 "
                                       "extension (only where complexity and volume "
                                       "make 20 days impracticable)")});
    }
}

void DeadlineCalculator::addWarnings(Deadline &deadline) const
{
    if (deadline.feeNoticeGiven) {
        if (*deadline.feeNoticeGiven >
            m_calendar.addWorkingDays(deadline.dayZero, standardWorkingDays))
            deadline.warnings.append(
                QStringLiteral("The fees notice was given after the 20th working "
                               "day, outside the time for compliance (s9(1))."));
        if (*deadline.feeReceived >= deadline.feeNoticeGiven->addMonths(3))
            deadline.warnings.append(
                QStringLiteral("The fee arrived after the three months allowed by "
                               "s9(2); the authority need not comply."));
    }
    for (int year = deadline.dayZero.year(); year <= deadline.due.year(); ++year) {
        if (m_calendar.isProjected(QDate(year, 1, 1))) {
            deadline.projectedHolidaysUsed = true;
            deadline.warnings.append(
                QStringLiteral("The bank holidays for %1 are projected by rule, not yet published; "
                               "check the date again once they are proclaimed (import an updated "
                               "calendar).")
                    .arg(year));
        }
    }
}

QList<SkippedDay> DeadlineCalculator::skippedDays(const Deadline &deadline) const
{
    QList<SkippedDay> skipped;
    for (QDate date = deadline.dayZero.addDays(1); date <= deadline.due; date = date.addDays(1)) {
        if (!m_calendar.isWorkingDay(date))
            skipped.append({date, m_calendar.reasonNotWorking(date)});
        else if (deadline.feeNoticeGiven && *deadline.feeNoticeGiven <= date &&
                 date <= *deadline.feeReceived)
            skipped.append({date, QStringLiteral("fees pause (s10(2))")});
    }
    return skipped;
}

Result<ReviewDeadline> DeadlineCalculator::internalReview(Regime regime,
                                                          const QDate &requested) const
{
    if (!m_calendar.covers(requested))
        return dateError(QStringLiteral("date_out_of_range"),
                         outOfRange(QStringLiteral("date the review was requested")));
    ReviewDeadline review;
    review.regime = regime;
    review.requested = requested;
    review.latest = m_calendar.addWorkingDays(requested, 40);
    review.target =
        regime == Regime::Eir ? review.latest : m_calendar.addWorkingDays(requested, 20);
    if (!review.latest.isValid())
        return dateError(
            QStringLiteral("date_out_of_range"),
            QStringLiteral("The review deadline falls beyond the years the workbench handles."));
    review.projectedHolidaysUsed =
        m_calendar.isProjected(requested) || m_calendar.isProjected(review.latest);
    return review;
}

QString DeadlineCalculator::formatDate(const QDate &date)
{
    // The C locale: "Sep", not the en_GB "Sept", and the same on every machine.
    static const QLocale english = QLocale::c();
    return english.toString(date, QStringLiteral("d MMM yyyy"));
}

QString DeadlineCalculator::describe(const SkippedDay &day)
{
    return QStringLiteral("%1 - %2").arg(formatDate(day.date), day.reason);
}

} // namespace foi::core
