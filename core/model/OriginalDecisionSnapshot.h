#pragma once

#include "core/law/Provision.h"
#include "core/model/Determination.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace foi::core {

struct Case;

// One reviewable item of an original decision: a question's answer (provision empty) or one
// claim as it applies to a question; `questionId` empty means the claim's "any other
// information" (an NCND that covers what the questions did not ask).
struct ReviewItemKey
{
    QString questionId;
    QString provision;
    Duty relieves = Duty::Communicate;

    friend bool operator==(const ReviewItemKey &, const ReviewItemKey &) = default;
};

// What the original reply decided, frozen when a review opens: each question's text, holding,
// communication and answer, and each claim's provision, duty and coverage. Reasons and working
// are not copied: the review decides afresh, and the sent letter (kept with its SHA-256) holds
// the wording. The canonical JSON (keys sorted, no white space) and its SHA-256 identify the
// snapshot in the audit trail, so the same decision always hashes the same.
class OriginalDecisionSnapshot
{
public:
    struct QuestionDecision
    {
        QString id;
        QString text;
        Holding holding = Holding::Undecided;
        Communication communication = Communication::NotApplicable;
        QString answer;
        friend bool operator==(const QuestionDecision &, const QuestionDecision &) = default;
    };
    struct ClaimDecision
    {
        QString provision;
        Duty relieves = Duty::Communicate;
        QStringList questions;
        bool anyOtherInformation = false;
        friend bool operator==(const ClaimDecision &, const ClaimDecision &) = default;
    };

    static OriginalDecisionSnapshot of(const Case &theCase);
    // As a case file stores it (see MatterFileReader).
    static OriginalDecisionSnapshot fromParts(QList<QuestionDecision> questions,
                                              QList<ClaimDecision> claims);

    const QList<QuestionDecision> &questions() const { return m_questions; }
    const QList<ClaimDecision> &claims() const { return m_claims; }

    // Every item a review decides, in the order of the reply: for each question its answer,
    // then each claim applied to it; then the claims over "any other information".
    QList<ReviewItemKey> items() const;
    bool hasItem(const ReviewItemKey &key) const;

    QByteArray canonicalJson() const;
    QString sha256() const; // 64 lower-case hexadecimal digits

    bool isEmpty() const { return m_questions.isEmpty() && m_claims.isEmpty(); }

    friend bool operator==(const OriginalDecisionSnapshot &,
                           const OriginalDecisionSnapshot &) = default;

private:
    QList<QuestionDecision> m_questions;
    QList<ClaimDecision> m_claims;
};

} // namespace foi::core
