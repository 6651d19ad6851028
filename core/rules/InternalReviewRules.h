#pragma once

#include "core/law/Regime.h"
#include "core/law/WorkingDayCalendar.h"
#include "core/model/InternalReview.h"
#include "core/rules/Finding.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

namespace foi::core {

// What the internal review rules need from outside the review: the original case's regime and
// date of receipt, the day its reply was sent (none: never answered, as when the review is of a
// failure to reply), the officers who drafted, decided or sent the original reply (from the
// audit trail), and today.
struct InternalReviewContext
{
    Regime regime = Regime::Foia;
    QDate originalReceived;
    std::optional<QDate> replySent;
    QStringList originalParticipants;
    QDate today;
};

// The review's own clock: FOIA (s45 Code of Practice 2018 and ICO guidance) a target of 20
// working days from the review request's receipt and 40 at most, in exceptional circumstances
// with a recorded reason; EIR reg 11(4): 40 working days, no extension. Counted on the effective
// calendar as the Act counts (day 0 is the day of receipt).
struct InternalReviewClock
{
    QDate due;                    // what the review must meet now
    QDate target;                 // day 20 (FOIA), day 40 (EIR)
    std::optional<QDate> maximum; // FOIA only: day 40
};

// Checks one internal review of a case, as the case checker checks a reply: each finding has a
// stable code (docs/findings.md), the provision or guidance it rests on, and the locator of the
// review's field ("internalReviews[0].reviewer"). Pure functions; no I/O.
class InternalReviewRules
{
public:
    static constexpr int foiaTargetDays = 20;    // s45 Code (2018) Part 5; ICO
    static constexpr int foiaMaximumDays = 40;   // ICO: exceptional circumstances only
    static constexpr int eirDays = 40;           // EIR reg 11(4)
    static constexpr int requestWindowDays = 40; // ICO (FOIA); EIR reg 11(2)

    static std::optional<InternalReviewClock> clock(const InternalReview &review, Regime regime,
                                                    const WorkingDayCalendar &calendar);

    static QList<Finding> check(const InternalReview &review, qsizetype index,
                                const InternalReviewContext &context,
                                const WorkingDayCalendar &calendar);

    // Checks what the review's outcome letter will say (FOIA s50; EIR reg 18): `complaintRights`
    // is the paragraph the letter will carry (the review's own, else the authority's standard
    // wording), in English or in Welsh: one call per language the letter is written in. Without
    // the right to apply to the Information Commissioner (Comisiynydd Gwybodaeth), or with a
    // placeholder left unfilled, the letter cannot go; an overturned decision that releases
    // nothing and says nothing about it is a warning.
    static QList<Finding> checkLetter(const InternalReview &review, qsizetype index,
                                      const QString &complaintRights);

    // True when `reviewer` is one of `participants`, compared as people write names (case and
    // surrounding space ignored).
    static bool tookPart(const QString &reviewer, const QStringList &participants);
};

} // namespace foi::core
