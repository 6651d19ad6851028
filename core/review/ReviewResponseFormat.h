#pragma once

#include "core/review/KeyPair.h"
#include "core/review/ReviewResponse.h"
#include "core/support/Result.h"

#include <QByteArray>

namespace foi::core {

// Writes and reads a review response file: a SignedContainer with magic "FOIRVRSP" and one
// section, response.json (at most 1 MiB), signed by the reviewer. decode() checks structure,
// signature, that the reviewer named is the signer, and every field; trust is the caller's.
class ReviewResponseFormat
{
public:
    static const QByteArray magic;
    static constexpr qint64 maxFileBytes = 1024 * 1024 + 1024;
    static constexpr qsizetype maxCommentLength = 20000;

    static QByteArray encode(ReviewResponse response, const KeyPair &reviewer);
    [[nodiscard]] static Result<ReviewResponse> decode(const QByteArray &bytes);
};

} // namespace foi::core
