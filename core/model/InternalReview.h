#pragma once

#include "core/model/OriginalDecisionSnapshot.h"
#include "core/model/ReviewDecision.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace foi::core {

// The decision on one reviewed item: the key names the question and the claim reviewed
// (see ReviewItemKey), `reasons` says why, in words the review letter can use.
struct ReviewedItem
{
    ReviewItemKey key;
    ReviewDecision decision = ReviewDecision::Undecided;
    QString reasons;

    friend bool operator==(const ReviewedItem &, const ReviewedItem &) = default;
};

// An internal review of a request already answered: a matter of the original case, never a
// case of its own. The s45 Code of Practice (2018, Part 5) and the ICO expect a fresh decision
// on the facts as they stood at the date of the request, by someone who took no part in the
// original one, within 20 working days of receiving the review request (40 in exceptional
// circumstances, which need a reason); under the EIR, reg 11 makes the review a duty with 40
// working days and no extension. `original` is the frozen snapshot of what was decided; later
// edits of the case never change it. A plain value; the checker (InternalReviewRules) says
// what is wrong.
struct InternalReview
{
    QString id;                   // "IR1": unique within the case
    QDate requestReceived;        // the day the request for review arrived (day 0 of its clock)
    QDate logged;                 // when it was entered; never used to count
    QDate basisDate;              // the review decides as at this date: the original request's
    QString reviewer;             // who decides the review
    QString independenceOverride; // why a reviewer who took part in the original may decide
    bool exceptionalCircumstances = false; // FOIA: 40 working days instead of 20
    QString exceptionalReason;
    OriginalDecisionSnapshot original;
    // Who drafted, decided or sent the original reply, from the audit trail when the review
    // opened: frozen with the decision, so the independence rule reads the same later.
    QStringList originalDecisionMakers;
    QList<ReviewedItem> items;
    // More was released because circumstances changed since the request: not an overturning
    // (ICO: "You are not obliged to do this"), so it never changes the outcome.
    bool releasedOnChangedCircumstances = false;
    // What the outcome letter tells the requester is now released (or where to find it), in the
    // officer's words; empty when nothing is.
    QString releasedNow;
    // The outcome letter's paragraph on the right to apply to the Information Commissioner
    // (FOIA s50; EIR reg 18). Filled with the standard wording when the review is decided unless
    // the officer wrote one; a letter without it is an error (IR-LETTER-NO-COMPLAINT-RIGHT).
    QString complaintRights;
    std::optional<QDate> decided; // the date the outcome was sent

    friend bool operator==(const InternalReview &, const InternalReview &) = default;
};

} // namespace foi::core
