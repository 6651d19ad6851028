#include "core/review/ReviewResponseFormat.h"

#include "core/review/ReviewErrorCode.h"
#include "core/review/SignedContainer.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace foi::core {

namespace {

const QString sectionName = QStringLiteral("response.json");
const QString responseKind = QStringLiteral("foi-review-response");
constexpr int responseVersion = 1;

Error invalidContent(const QString &what)
{
    return Error::make(ReviewErrorCode::InvalidContent,
                       QStringLiteral("The review response is signed but cannot be used: %1. Ask "
                                      "the reviewer to write it again with a current workbench.")
                           .arg(what));
}

bool isSha256(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text) {
        if (!c.isDigit() && !(c >= QLatin1Char('a') && c <= QLatin1Char('f')))
            return false;
    }
    return true;
}

} // namespace

const QByteArray ReviewResponseFormat::magic = QByteArrayLiteral("FOIRVRSP");

QByteArray ReviewResponseFormat::encode(ReviewResponse response, const KeyPair &reviewer)
{
    QJsonArray questions;
    for (const auto &entry : response.questionComments)
        questions.append(QJsonObject{{QStringLiteral("question"), entry.questionId},
                                     {QStringLiteral("comment"), entry.comment}});
    QJsonArray claims;
    for (const auto &entry : response.claimComments)
        claims.append(QJsonObject{{QStringLiteral("claim"), entry.claimIndex},
                                  {QStringLiteral("provision"), entry.provision},
                                  {QStringLiteral("comment"), entry.comment}});
    const QJsonObject object{
        {QStringLiteral("formatVersion"), responseVersion},
        {QStringLiteral("kind"), responseKind},
        {QStringLiteral("caseReference"), response.caseReference},
        {QStringLiteral("bundleSha256"), response.bundleSha256},
        {QStringLiteral("caseDocumentSha256"), response.caseDocumentSha256},
        {QStringLiteral("decision"), ReviewResponse::decisionName(response.decision)},
        {QStringLiteral("comment"), response.comment},
        {QStringLiteral("questionComments"), questions},
        {QStringLiteral("claimComments"), claims},
        {QStringLiteral("reviewer"),
         QJsonObject{{QStringLiteral("name"), reviewer.publicKey().name},
                     {QStringLiteral("fingerprint"), reviewer.publicKey().fingerprint()}}},
        {QStringLiteral("respondedAt"), response.respondedAt}};
    return SignedContainer::encode(
        magic, {{sectionName, QJsonDocument(object).toJson(QJsonDocument::Indented)}}, &reviewer);
}

Result<ReviewResponse> ReviewResponseFormat::decode(const QByteArray &bytes)
{
    if (bytes.size() > maxFileBytes)
        return Error::make(ReviewErrorCode::Malformed,
                           QStringLiteral("The file is larger than a review response can be."));
    Result<SignedContainer> container =
        SignedContainer::decode(bytes, magic, {{sectionName, 1024 * 1024}});
    if (!container)
        return container.error();
    const QJsonDocument document = QJsonDocument::fromJson(*container->section(sectionName));
    const QJsonObject object = document.object();
    if (!document.isObject() ||
        object.value(QStringLiteral("formatVersion")).toInt(-1) != responseVersion ||
        object.value(QStringLiteral("kind")).toString() != responseKind)
        return invalidContent(
            QStringLiteral("it is not a review response of version %1").arg(responseVersion));
    ReviewResponse response;
    response.caseReference = object.value(QStringLiteral("caseReference")).toString();
    response.bundleSha256 = object.value(QStringLiteral("bundleSha256")).toString();
    response.caseDocumentSha256 = object.value(QStringLiteral("caseDocumentSha256")).toString();
    response.comment = object.value(QStringLiteral("comment")).toString();
    response.respondedAt = object.value(QStringLiteral("respondedAt")).toString();
    const QJsonObject reviewer = object.value(QStringLiteral("reviewer")).toObject();
    response.reviewerName = reviewer.value(QStringLiteral("name")).toString();
    response.reviewerFingerprint = reviewer.value(QStringLiteral("fingerprint")).toString();
    const QString decision = object.value(QStringLiteral("decision")).toString();
    if (decision == QLatin1String("approve"))
        response.decision = ReviewResponse::Decision::Approve;
    else if (decision == QLatin1String("return"))
        response.decision = ReviewResponse::Decision::Return;
    else
        return invalidContent(
            QStringLiteral("its decision '%1' is neither approve nor return").arg(decision));
    if (response.caseReference.isEmpty() || !isSha256(response.bundleSha256) ||
        !isSha256(response.caseDocumentSha256) || response.respondedAt.isEmpty() ||
        response.comment.size() > maxCommentLength)
        return invalidContent(QStringLiteral("a required field is missing or malformed"));
    for (const QJsonValue &value : object.value(QStringLiteral("questionComments")).toArray()) {
        const QJsonObject entry = value.toObject();
        response.questionComments.append({entry.value(QStringLiteral("question")).toString(),
                                          entry.value(QStringLiteral("comment")).toString()});
    }
    for (const QJsonValue &value : object.value(QStringLiteral("claimComments")).toArray()) {
        const QJsonObject entry = value.toObject();
        response.claimComments.append({entry.value(QStringLiteral("claim")).toInt(-1),
                                       entry.value(QStringLiteral("provision")).toString(),
                                       entry.value(QStringLiteral("comment")).toString()});
        if (response.claimComments.last().claimIndex < 0)
            return invalidContent(QStringLiteral("a claim comment names no claim"));
    }
    response.signer = PublicKey{response.reviewerName, container->signer->bytes};
    if (PublicKey::normalisedFingerprint(response.reviewerFingerprint) !=
        PublicKey::normalisedFingerprint(response.signer.fingerprint()))
        return Error::make(ReviewErrorCode::Tampered,
                           QStringLiteral("The response names a reviewer other than the key that "
                                          "signed it. Do not use it; ask for it again."));
    response.responseSha256 =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    return response;
}

} // namespace foi::core
