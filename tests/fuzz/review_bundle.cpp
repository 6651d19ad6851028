// Fuzz target for the review formats' readers (docs/review-bundle.md): any bytes must give a
// bundle, a response, an envelope or an Error, never a crash, a hang or an allocation beyond the
// format's limits. A bundle or response that reads must describe the very bytes it came from.
#include "core/review/ReviewBundleFormat.h"
#include "core/review/ReviewResponseFormat.h"
#include "core/review/SignedContainer.h"

#include <QCryptographicHash>

#include <cstdint>
#include <cstdlib>

namespace {

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace foi::core;
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));

    const Result<ReviewBundle> bundle = ReviewBundleFormat::decode(input);
    if (bundle.ok() && (bundle->bundleSha256 != sha256Of(input) ||
                        bundle->theCase.reference != bundle->manifest.caseReference))
        std::abort(); // a bundle that reads must be the one it claims to be

    const Result<ReviewResponse> response = ReviewResponseFormat::decode(input);
    if (response.ok() && (response->responseSha256 != sha256Of(input) ||
                          PublicKey::normalisedFingerprint(response->signer.fingerprint()) !=
                              PublicKey::normalisedFingerprint(response->reviewerFingerprint)))
        std::abort();

    const Result<SealedEnvelope> envelope = SealedEnvelope::decode(input);
    if (envelope.ok() && envelope->box.size() > input.size())
        std::abort();
    return 0;
}
