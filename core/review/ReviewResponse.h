#pragma once

#include "core/review/PublicKey.h"

#include <QList>
#include <QString>

namespace foi::core {

// A reviewer's signed answer to one review bundle: approve or return, an overall comment and
// comments on single questions and claims. It binds to the bundle by the bundle's SHA-256 and
// names the case and the case document's SHA-256 it saw, so the exporting store can refuse a
// response to another case or to a version that has changed since.
struct ReviewResponse
{
    enum class Decision { Approve, Return };

    struct QuestionComment
    {
        QString questionId;
        QString comment;
        friend bool operator==(const QuestionComment &, const QuestionComment &) = default;
    };

    struct ClaimComment
    {
        int claimIndex = 0; // position in the case's claims
        QString provision;  // the claim's provision, to read the comment without the case
        QString comment;
        friend bool operator==(const ClaimComment &, const ClaimComment &) = default;
    };

    QString caseReference;
    QString bundleSha256;
    QString caseDocumentSha256;
    Decision decision = Decision::Return;
    QString comment;
    QList<QuestionComment> questionComments;
    QList<ClaimComment> claimComments;
    QString reviewerName;
    QString reviewerFingerprint;
    QString respondedAt;

    // Set when a response is read: the key that signed it and the SHA-256 of the file.
    PublicKey signer;
    QString responseSha256;

    static QString decisionName(Decision decision)
    {
        return decision == Decision::Approve ? QStringLiteral("approve") : QStringLiteral("return");
    }
};

} // namespace foi::core
