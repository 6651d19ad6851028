#pragma once

#include "core/review/KeyPair.h"
#include "core/review/ReviewBundle.h"
#include "core/support/Result.h"

#include <QByteArray>

namespace foi::core {

// Writes and reads the signed review bundle (the plain, unencrypted form; SealedEnvelope wraps
// it for one reviewer). A SignedContainer with magic "FOIRVBND" and the sections
// manifest.json, case.json, findings.json, audit.json and optionally draft.pdf, each bounded.
// decode() checks, in order: structure and limits, signature (unsigned / tampered), the manifest
// (every section listed with its SHA-256 and nothing else, exporter = signer), then the content
// (the case file reads, the findings and audit rows are well-formed). Whether the signer is
// trusted is checked by the caller (ReviewService) against its KeyRing.
class ReviewBundleFormat
{
public:
    static const QByteArray magic;
    static constexpr qint64 maxFileBytes = 48 * 1024 * 1024;

    static QByteArray encode(ReviewBundle bundle, const KeyPair &exporter);
    [[nodiscard]] static Result<ReviewBundle> decode(const QByteArray &bytes);

    static QByteArray findingsJson(const QList<Finding> &findings);
    static QByteArray auditJson(const QList<ReviewAuditRow> &rows);
};

} // namespace foi::core
