#include "core/model/OriginalDecisionSnapshot.h"

#include "core/model/Case.h"
#include "core/model/Codes.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace foi::core {

OriginalDecisionSnapshot OriginalDecisionSnapshot::of(const Case &theCase)
{
    OriginalDecisionSnapshot snapshot;
    for (const Question &question : theCase.questions)
        snapshot.m_questions.append({question.id, question.text, question.determination.holding,
                                     question.determination.communication,
                                     question.determination.answer});
    for (const ExemptionClaim &claim : theCase.claims)
        snapshot.m_claims.append(
            {claim.provision, claim.relieves, claim.questions, claim.anyOtherInformation});
    return snapshot;
}

OriginalDecisionSnapshot OriginalDecisionSnapshot::fromParts(QList<QuestionDecision> questions,
                                                             QList<ClaimDecision> claims)
{
    OriginalDecisionSnapshot snapshot;
    snapshot.m_questions = std::move(questions);
    snapshot.m_claims = std::move(claims);
    return snapshot;
}

QList<ReviewItemKey> OriginalDecisionSnapshot::items() const
{
    QList<ReviewItemKey> keys;
    for (const QuestionDecision &question : m_questions) {
        if (question.holding == Holding::NotRequired)
            continue; // the requester's own condition removed it: nothing was decided
        keys.append({question.id, {}, Duty::Communicate});
        for (const ClaimDecision &claim : m_claims) {
            if (claim.questions.contains(question.id))
                keys.append({question.id, claim.provision, claim.relieves});
        }
    }
    for (const ClaimDecision &claim : m_claims) {
        if (claim.anyOtherInformation)
            keys.append({{}, claim.provision, claim.relieves});
    }
    return keys;
}

bool OriginalDecisionSnapshot::hasItem(const ReviewItemKey &key) const
{
    return items().contains(key);
}

QByteArray OriginalDecisionSnapshot::canonicalJson() const
{
    // QJsonObject keeps its keys sorted and Compact writes no white space: the same snapshot
    // always gives the same bytes.
    QJsonArray questions;
    for (const QuestionDecision &question : m_questions)
        questions.append(
            QJsonObject{{QStringLiteral("id"), question.id},
                        {QStringLiteral("text"), question.text},
                        {QStringLiteral("holding"), toCode(question.holding)},
                        {QStringLiteral("communication"), toCode(question.communication)},
                        {QStringLiteral("answer"), question.answer}});
    QJsonArray claims;
    for (const ClaimDecision &claim : m_claims)
        claims.append(
            QJsonObject{{QStringLiteral("provision"), claim.provision},
                        {QStringLiteral("relieves"), toCode(claim.relieves)},
                        {QStringLiteral("questions"), QJsonArray::fromStringList(claim.questions)},
                        {QStringLiteral("anyOtherInformation"), claim.anyOtherInformation}});
    return QJsonDocument(QJsonObject{{QStringLiteral("questions"), questions},
                                     {QStringLiteral("claims"), claims}})
        .toJson(QJsonDocument::Compact);
}

QString OriginalDecisionSnapshot::sha256() const
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalJson(), QCryptographicHash::Sha256).toHex());
}

} // namespace foi::core
