#include "core/services/ReviewService.h"

#include "core/model/CaseFile.h"
#include "core/reply/AtomicFile.h"
#include "core/review/ReviewBundleFormat.h"
#include "core/review/ReviewErrorCode.h"
#include "core/review/ReviewResponseFormat.h"
#include "core/review/SignedContainer.h"
#include "core/services/ReplyService.h"
#include "core/store/StoreRepositories.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace foi::core {

namespace {

// How the reviewer sees the requester by default: decisions are made without regard to who
// asked (ICO, "Consideration of the applicant's identity or motives").
Requester placeholderRequester()
{
    return Requester{QStringLiteral("[Requester]"), {}, {}};
}

QString commentsJson(const ReviewResponse &response)
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
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("questions"), questions},
                                                       {QStringLiteral("claims"), claims}})
                                 .toJson(QJsonDocument::Compact));
}

Error badComment(const QString &message)
{
    return Error::make(ReviewErrorCode::InvalidContent, message);
}

} // namespace

ReviewService::ReviewService(KeyRing &keys, Clock clock)
    : m_keys(keys)
    , m_clock(std::move(clock))
{}

Result<QByteArray> ReviewService::readFile(const QString &path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(ReviewErrorCode::Unreadable,
                           QStringLiteral("Cannot read %1: %2.").arg(path, file.errorString()));
    if (file.size() > maxBytes)
        return Error::make(ReviewErrorCode::Malformed,
                           QStringLiteral("%1 is larger than a review file can be (%2 MiB).")
                               .arg(path)
                               .arg(maxBytes / (1024 * 1024)));
    return file.read(maxBytes + 1);
}

Status ReviewService::checkSigner(const PublicKey &signer, const QString &what)
{
    Result<KeyRing::Standing> standing = m_keys.standing(signer.bytes);
    if (!standing)
        return standing.error();
    const QString who = signer.name.isEmpty() ? QStringLiteral("someone") : signer.name;
    switch (*standing) {
    case KeyRing::Standing::Own:
    case KeyRing::Standing::Trusted:
        return success();
    case KeyRing::Standing::Revoked:
        return Error::make(ReviewErrorCode::RevokedSigner,
                           QStringLiteral("The %1 is signed by %2 with key %3, which has been "
                                          "revoked. Do not use it; ask %2 to sign it again with "
                                          "their new key.")
                               .arg(what, who, signer.fingerprint()));
    case KeyRing::Standing::Unknown:
        break;
    }
    return Error::make(ReviewErrorCode::UntrustedSigner,
                       QStringLiteral("The %1 is signed by %2 with key %3, which you do not "
                                      "trust. Check the fingerprint with %2 (in person or by "
                                      "phone), then trust their key file "
                                      "('foi-workbench-cli keys trust FILE').")
                           .arg(what, who, signer.fingerprint()));
}

Result<ReviewBundle> ReviewService::buildBundle(StoreRepositories &store,
                                                const ReplyService::Law &law,
                                                const ExportRequest &request)
{
    Result<StoredCase> stored = store.cases().load(request.reference);
    if (!stored)
        return stored.error();
    Result<Case> theCase = CaseFile::read(stored->record.document);
    if (!theCase)
        return theCase.error();
    ReviewBundle bundle;
    bundle.manifest.caseReference = request.reference;
    bundle.manifest.caseDocumentSha256 = AuditTrail::sha256Hex(stored->record.document);
    bundle.manifest.createdAt = m_clock().toUTC().toString(Qt::ISODate);
    bundle.manifest.requesterIncluded = request.includeRequester;
    if (request.reviewer) {
        bundle.manifest.reviewerName = request.reviewer->name;
        bundle.manifest.reviewerFingerprint = request.reviewer->fingerprint();
    }
    const QDate letterDate =
        request.letterDate.isValid() ? request.letterDate : m_clock().toUTC().date();
    AuthorityProfile authority = request.authority;
    if (authority.name.isEmpty()) { // no profile set up: sign with what the case records
        authority.name = theCase->authority.name;
        authority.kind = theCase->authority.kind;
    }
    Result<ReplyService::Rendered> rendered = ReplyService::render(
        *theCase, authority, law, letterDate, ReplyService::Format::Pdf, !request.includeRequester);
    if (!rendered)
        return rendered.error();
    bundle.findings = rendered->findings;
    if (request.renderDraft)
        bundle.draftPdf = rendered->bytes;
    Case shown = *theCase;
    if (!request.includeRequester)
        shown.requester = placeholderRequester();
    bundle.caseFile = CaseFile::write(shown);

    Result<QList<AuditTrail::Row>> rows = store.audit().rowsFor(
        request.reference, {QStringLiteral("case"), QStringLiteral("review")});
    if (!rows)
        return rows.error();
    for (const AuditTrail::Row &row : *rows)
        bundle.auditExcerpt.append({row.seq, row.recordedAt, row.officer, row.action, row.summary,
                                    AuditTrail::rowHash(row)});
    Result<AuditAnchor> head = store.audit().head();
    if (!head)
        return head.error();
    bundle.manifest.auditAnchor = head->toString();
    return bundle;
}

Result<ReviewService::Exported> ReviewService::exportCase(StoreRepositories &store,
                                                          const ReplyService::Law &law,
                                                          const ExportRequest &request,
                                                          const QString &outPath)
{
    Result<KeyPair> exporter = m_keys.ownKey(request.officer);
    if (!exporter)
        return exporter.error();
    Result<ReviewBundle> bundle = buildBundle(store, law, request);
    if (!bundle)
        return bundle.error();
    Result<ReviewStatus> before = store.reviews().status(request.reference);
    if (!before)
        return before.error();
    const QByteArray signedBundle = ReviewBundleFormat::encode(*bundle, *exporter);
    Exported exported;
    exported.bundleSha256 = AuditTrail::sha256Hex(signedBundle);
    exported.manifest = bundle->manifest;
    exported.manifest.exporterName = exporter->publicKey().name;
    exported.manifest.exporterFingerprint = exporter->publicKey().fingerprint();
    QByteArray fileBytes = signedBundle;
    if (request.reviewer) {
        Result<QByteArray> sealed = SealedEnvelope::seal(signedBundle, *request.reviewer);
        if (!sealed)
            return sealed.error();
        fileBytes = *sealed;
        exported.encrypted = true;
    }
    if (Status written = AtomicFile::write(outPath, fileBytes); !written)
        return written.error();
    ReviewExportRecord record{request.reference,
                              exported.bundleSha256,
                              bundle->manifest.caseDocumentSha256,
                              bundle->manifest.createdAt,
                              request.officer,
                              exporter->publicKey().fingerprint(),
                              request.reviewer ? request.reviewer->name : QString(),
                              request.includeRequester};
    if (Status recorded = store.reviews().recordExport(record); !recorded) {
        QFile::remove(outPath); // a bundle the store does not know of could never be imported
        return recorded.error();
    }
    if (before->state == ReviewStatus::State::ReadyToSend)
        exported.withdrawnApproval = *before;
    return exported;
}

Result<QByteArray> ReviewService::unseal(const QByteArray &bytes)
{
    if (!SealedEnvelope::looksSealed(bytes))
        return bytes;
    Result<SealedEnvelope> envelope = SealedEnvelope::decode(bytes);
    if (!envelope)
        return envelope.error();
    Result<std::optional<KeyPair>> pair = m_keys.keyPairFor(envelope->recipient.bytes);
    if (!pair)
        return pair.error();
    if (!pair->has_value())
        return Error::make(ReviewErrorCode::NotForYou,
                           QStringLiteral("This file is encrypted for the key %1, which is not "
                                          "yours. Ask the sender to write it for your key.")
                               .arg(envelope->recipient.fingerprint()));
    return (*pair)->open(envelope->box);
}

Result<ReviewBundle> ReviewService::openBundle(const QByteArray &bytes)
{
    Result<QByteArray> plain = unseal(bytes);
    if (!plain)
        return plain.error();
    Result<ReviewBundle> bundle = ReviewBundleFormat::decode(*plain);
    if (!bundle)
        return bundle;
    bundle->arrivedSealed = SealedEnvelope::looksSealed(bytes);
    if (Status trusted = checkSigner(bundle->signer, QStringLiteral("review bundle")); !trusted)
        return trusted.error();
    return bundle;
}

Result<bool> ReviewService::signedByMe(const ReviewBundle &bundle)
{
    Result<std::optional<KeyPair>> own = m_keys.keyPairFor(bundle.signer.bytes);
    if (!own)
        return own.error();
    return own->has_value();
}

Result<QByteArray> ReviewService::respond(const ReviewBundle &bundle, const QString &officer,
                                          ReviewResponse answer)
{
    if (answer.decision == ReviewResponse::Decision::Approve) {
        Result<bool> mine = signedByMe(bundle);
        if (!mine)
            return mine.error();
        if (*mine)
            return Error::make(
                ReviewErrorCode::SelfApproval,
                QStringLiteral("You cannot approve case %1: it was exported for "
                               "review with your own key (%2). A second officer "
                               "must approve it; you can still return it with "
                               "comments.")
                    .arg(bundle.manifest.caseReference, bundle.signer.fingerprint()));
    }
    if (answer.decision == ReviewResponse::Decision::Return && answer.comment.trimmed().isEmpty())
        return badComment(QStringLiteral("Say why the case goes back: a return needs a comment."));
    if (answer.comment.size() > ReviewResponseFormat::maxCommentLength)
        return badComment(QStringLiteral("The comment is too long (at most %1 characters).")
                              .arg(ReviewResponseFormat::maxCommentLength));
    for (const auto &entry : answer.questionComments) {
        if (bundle.theCase.indexOfQuestion(entry.questionId) < 0)
            return badComment(
                QStringLiteral("The case has no question %1 to comment on.").arg(entry.questionId));
    }
    for (auto &entry : answer.claimComments) {
        if (entry.claimIndex < 0 || entry.claimIndex >= bundle.theCase.claims.size())
            return badComment(QStringLiteral("The case has no claim %1 to comment on.")
                                  .arg(entry.claimIndex + 1));
        entry.provision = bundle.theCase.claims.at(entry.claimIndex).provision;
    }
    Result<KeyPair> reviewer = m_keys.ownKey(officer);
    if (!reviewer)
        return reviewer.error();
    answer.caseReference = bundle.manifest.caseReference;
    answer.bundleSha256 = bundle.bundleSha256;
    answer.caseDocumentSha256 = bundle.manifest.caseDocumentSha256;
    answer.respondedAt = m_clock().toUTC().toString(Qt::ISODate);
    const QByteArray signedResponse = ReviewResponseFormat::encode(answer, *reviewer);
    if (!bundle.arrivedSealed)
        return signedResponse;
    return SealedEnvelope::seal(signedResponse, bundle.signer);
}

Result<ReviewResponse> ReviewService::openResponse(const QByteArray &bytes)
{
    Result<QByteArray> plain = unseal(bytes);
    if (!plain)
        return plain.error();
    Result<ReviewResponse> response = ReviewResponseFormat::decode(*plain);
    if (!response)
        return response;
    if (Status trusted = checkSigner(response->signer, QStringLiteral("review response")); !trusted)
        return trusted.error();
    return response;
}

Result<ReviewStatus> ReviewService::importResponse(StoreRepositories &store,
                                                   const QByteArray &bytes, const QString &officer)
{
    Result<ReviewResponse> response = openResponse(bytes);
    if (!response)
        return response.error();
    ReviewDecisionRecord record;
    record.reference = response->caseReference;
    record.bundleSha256 = response->bundleSha256;
    record.responseSha256 = response->responseSha256;
    record.caseDocumentSha256 = response->caseDocumentSha256;
    record.decision = ReviewResponse::decisionName(response->decision);
    record.reviewer = response->reviewerName;
    record.reviewerFingerprint = response->signer.fingerprint();
    record.comment = response->comment;
    record.commentsJson = commentsJson(*response);
    record.respondedAt = response->respondedAt;
    record.importedAt = m_clock().toUTC().toString(Qt::ISODateWithMs);
    record.importedBy = officer;
    return store.reviews().recordDecision(record);
}

Result<ReviewStatus> ReviewService::status(StoreRepositories &store, const QString &reference)
{
    return store.reviews().status(reference);
}

Result<QList<ReviewGivenRecord>> ReviewService::reviewsGiven(StoreRepositories &store,
                                                             const QString &reference)
{
    return store.reviews().reviewsGiven(reference);
}

Status ReviewService::recordReviewGiven(StoreRepositories &store, const ReviewGivenRecord &record)
{
    return store.reviews().recordReviewGiven(record);
}

Result<QList<FieldDifference>> ReviewService::differences(StoreRepositories &store,
                                                          const ReviewResponse &response)
{
    Result<StoredCase> stored = store.cases().load(response.caseReference);
    if (!stored)
        return stored.error();
    Result<QByteArray> reviewed = store.audit().snapshot(response.caseDocumentSha256);
    if (!reviewed)
        return reviewed.error();
    return CaseDifference::between(*reviewed, stored->record.document);
}

} // namespace foi::core
