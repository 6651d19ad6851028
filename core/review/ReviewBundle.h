#pragma once

#include "core/model/Case.h"
#include "core/review/PublicKey.h"
#include "core/rules/Finding.h"

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QMap>
#include <QString>

namespace foi::core {

// What a review bundle's manifest says (docs/review-bundle.md): which case, at which version
// (the SHA-256 of its stored case document, to tell later whether it changed), who exported it
// when, for whom, whether the requester's details are in it, the store's audit chain head at
// export, and the SHA-256 of every other section.
struct ReviewManifest
{
    QString caseReference;
    QString caseDocumentSha256;
    QString createdAt;
    QString exporterName;
    QString exporterFingerprint;
    QString reviewerName; // empty when not addressed to one reviewer
    QString reviewerFingerprint;
    QString auditAnchor; // "SEQ:HASH"
    bool requesterIncluded = false;
    QMap<QString, QString> files; // section name -> SHA-256 hex
};

// One row of the case's audit trail as the bundle carries it: what was done to the case, by
// whom and when, with the row's hash so it can be matched against the store.
struct ReviewAuditRow
{
    qint64 seq = 0;
    QString recordedAt;
    QString officer;
    QString action;
    QString summary;
    QString rowHash;

    friend bool operator==(const ReviewAuditRow &, const ReviewAuditRow &) = default;
};

// A review bundle's content: the case as the reviewer sees it (the requester shown as a
// placeholder unless the exporter chose to include them), the draft reply, the checker's
// findings and the case's audit excerpt.
struct ReviewBundle
{
    ReviewManifest manifest;
    QByteArray caseFile; // as CaseFile wrote it
    Case theCase;        // caseFile, read
    QByteArray draftPdf; // may be empty (a bundle without a rendered draft)
    QList<Finding> findings;
    QList<ReviewAuditRow> auditExcerpt;

    // Set when a bundle is read: the signer's key, and the SHA-256 of the signed bundle (the
    // value a response binds to; the same whether or not it travelled encrypted).
    PublicKey signer;
    QString bundleSha256;
    // Set when the bundle travelled encrypted: the response then goes back encrypted too.
    bool arrivedSealed = false;
};

} // namespace foi::core
