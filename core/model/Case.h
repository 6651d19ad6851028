#pragma once

#include "core/law/Regime.h"
#include "core/model/Authority.h"
#include "core/model/Channel.h"
#include "core/model/ClockChange.h"
#include "core/model/CommissionerMatter.h"
#include "core/model/CostEstimate.h"
#include "core/model/ExemptionClaim.h"
#include "core/model/InternalReview.h"
#include "core/model/LetterLanguage.h"
#include "core/model/LifecycleEvent.h"
#include "core/model/Outcome.h"
#include "core/model/Question.h"
#include "core/model/Reply.h"
#include "core/model/Requester.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace foi::core {

// One request for information and everything decided about it, shaped as the Act shapes it:
// who asked (s8), when it was received (s10), the questions with their determinations (s1), the
// exemption claims that support refusals (Part II, s17), the cost estimate (s12), the reasons
// for a s14 refusal, the advice and assistance given (s16) and the reply's own obligations
// (s17(7)). A plain value: no I/O, no validation; the checker (core/rules) says what is wrong.
struct Case
{
    QString reference;
    // The subject, in the officer's words: the list's Title column, the letter's subject line.
    QString title;
    Regime regime = Regime::Foia;
    Authority authority;
    QDate dateOfReceipt;
    Channel channel = Channel::Email;
    Requester requester;
    QString requestText;
    // What the reply is written in (Welsh Language Standards): the officer confirms it on the
    // Request step; a file without it is English.
    LetterLanguage languageOfCorrespondence = LetterLanguage::English;
    QList<ClockChange> clockChanges;
    QList<Question> questions;
    QList<ExemptionClaim> claims;
    QString ncndHarm; // the "overall harm" of confirming or denying, for an NCND reply
    std::optional<CostEstimate> costEstimate;
    QString vexatiousReasons;    // why s14 applies
    QString adviceAndAssistance; // what was offered under s16 (how to bring a request in limit)
    Reply reply;
    std::optional<Outcome>
        outcomeOverride; // when the derived outcome does not fit (lapsed, withdrawn)
    // The case's life after the reply: matters of this case, never cases of their own.
    QList<InternalReview> internalReviews;
    QList<CommissionerMatter> commissionerMatters;
    // Withdrawn, lapsed and reopened, oldest first (CaseLifecycle changes it).
    QList<LifecycleEvent> lifecycle;

    // The withdrawal or lapse that closed the request without a reply, when the last change of
    // its lifecycle is one (a reopening ends it).
    std::optional<LifecycleEvent> closure() const;

    // -1 when no question has that id.
    qsizetype indexOfQuestion(const QString &id) const;

    // True when the requester's own condition on the question has failed ("if no, disregard"),
    // so the question needs no answer. A gating question that is not held counts as "no"; one
    // that is neither confirmed nor denied, or not yet decided, leaves the condition open.
    // Linear in the number of questions; for every question at once use ConditionGraph.
    bool conditionFailed(qsizetype index) const;

    // The ids of the questions with a search that cites the file of this SHA-256, in order.
    QStringList questionsCitingEvidence(const QString &sha256) const;

    friend bool operator==(const Case &, const Case &) = default;
};

} // namespace foi::core
