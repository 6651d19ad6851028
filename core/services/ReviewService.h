#pragma once

#include "core/law/WorkingDayCalendar.h"
#include "core/reply/AuthorityProfile.h"
#include "core/review/CaseDifference.h"
#include "core/review/KeyRing.h"
#include "core/review/ReviewBundle.h"
#include "core/review/ReviewResponse.h"
#include "core/services/ReplyService.h"
#include "core/store/ReviewRegister.h"
#include "core/support/Result.h"

#include <QDate>
#include <QDateTime>

#include <functional>
#include <optional>

namespace foi::core {

class StoreRepositories;

// Offline review as a use case (docs/review-bundle.md): export a case for review as a signed
// (and, for a named reviewer, encrypted) bundle; open a bundle on the reviewer's machine, which
// needs no store; write the reviewer's signed response; import that response into the store the
// case came from. Every refusal is an Error with a ReviewErrorCode and a message that says what
// to do. Nothing in the store changes unless the whole import validates (the signature, the
// signer's standing in the key ring, and, in one transaction, the case, the bundle and the case's
// version). A response to a version that has since changed is refused as stale; differences()
// then shows what changed, field by field.
class ReviewService
{
public:
    struct ExportRequest
    {
        QString reference;
        QString officer;
        std::optional<PublicKey> reviewer; // encrypt for this reviewer
        bool includeRequester = false;     // an explicit, audited choice
        AuthorityProfile authority;
        QDate letterDate;
        bool renderDraft = true;
    };

    struct Exported
    {
        QString bundleSha256;
        bool encrypted = false;
        ReviewManifest manifest;
        // Set when the case was approved, ready to send, before this export: a new bundle asks
        // for a new decision, so that approval no longer counts.
        std::optional<ReviewStatus> withdrawnApproval;
    };

    static constexpr qint64 maxReadBytes = 49 * 1024 * 1024; // a sealed bundle at its largest

    // `clock` dates the bundles and responses made.
    ReviewService(KeyRing &keys, Clock clock);

    // The draft letter and the findings in the bundle are checked with `calendar`, the
    // program's effective one.
    // The bundle's draft letter and findings are made with `law`, the program's effective one.
    [[nodiscard]] Result<Exported> exportCase(StoreRepositories &store,
                                              const ReplyService::Law &law,
                                              const ExportRequest &request, const QString &outPath);
    // The signed file inside a sealed envelope addressed to one of this key ring's keys (NotForYou
    // when it is addressed to another key); `bytes` themselves when they are not sealed.
    [[nodiscard]] Result<QByteArray> unseal(const QByteArray &bytes);
    // Decrypts (when sealed for one of this key ring's keys), decodes and checks the signer.
    [[nodiscard]] Result<ReviewBundle> openBundle(const QByteArray &bytes);
    // Signs the reviewer's answer to `bundle`; the binding fields are filled in here. An approval
    // of a bundle signed with one of this key ring's own keys is refused (SelfApproval): a second
    // officer approves, never the one who exported it. Returning it is allowed. The response to
    // a bundle that arrived encrypted is encrypted for the officer who signed the bundle.
    [[nodiscard]] Result<QByteArray> respond(const ReviewBundle &bundle, const QString &officer,
                                             ReviewResponse answer);
    // Decrypts (when sealed for one of this key ring's keys), decodes and checks the signer.
    [[nodiscard]] Result<ReviewResponse> openResponse(const QByteArray &bytes);
    [[nodiscard]] Result<ReviewStatus>
    importResponse(StoreRepositories &store, const QByteArray &bytes, const QString &officer);
    // What changed in the case between the version the response is about and the stored one.
    [[nodiscard]] Result<QList<FieldDifference>> differences(StoreRepositories &store,
                                                             const ReviewResponse &response);
    // Where the case `reference` stands in review (ReviewRegister::status).
    [[nodiscard]] static Result<ReviewStatus> status(StoreRepositories &store,
                                                     const QString &reference);
    // The reviewer's own log in their store: the reviews they gave of the case `reference`,
    // oldest first, and recording one (ReviewRegister::reviewsGiven, recordReviewGiven).
    [[nodiscard]] static Result<QList<ReviewGivenRecord>> reviewsGiven(StoreRepositories &store,
                                                                       const QString &reference);
    [[nodiscard]] static Status recordReviewGiven(StoreRepositories &store,
                                                  const ReviewGivenRecord &record);

    // Reads a file of at most `maxBytes` (checked before reading).
    [[nodiscard]] static Result<QByteArray> readFile(const QString &path,
                                                     qint64 maxBytes = maxReadBytes);

private:
    [[nodiscard]] Status checkSigner(const PublicKey &signer, const QString &what);
    // Whether the bundle was signed with one of this key ring's own keys.
    [[nodiscard]] Result<bool> signedByMe(const ReviewBundle &bundle);
    [[nodiscard]] Result<ReviewBundle> buildBundle(StoreRepositories &store,
                                                   const ReplyService::Law &law,
                                                   const ExportRequest &request);

    KeyRing &m_keys;
    Clock m_clock;
};

} // namespace foi::core
