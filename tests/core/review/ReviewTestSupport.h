#pragma once

#include "core/model/Case.h"
#include "core/model/CaseFile.h"
#include "core/review/KeyRing.h"
#include "core/review/ReviewBundle.h"
#include "core/review/ReviewBundleFormat.h"

#include <QDateTime>
#include <QTest>

// Small cases, key rings and bundles for the review tests: a bundle of a tiny case without a
// rendered draft keeps the byte-by-byte tests quick.
namespace reviewtest {

inline QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC);
}

inline foi::core::Clock fixedClock()
{
    return foi::core::Clock::fixedAt(fixedNow());
}

inline foi::core::KeyRing keyRing(const QString &folder)
{
    return foi::core::KeyRing(folder, [] { return fixedNow(); });
}

inline foi::core::Case tinyCase(const QString &reference = QStringLiteral("RV-1"))
{
    const QByteArray json =
        QStringLiteral(
            R"({"formatVersion":1,"reference":"%1","regime":"FOIA",)"
            R"("authority":{"name":"Test Constabulary","kind":"police"},)"
            R"("dateOfReceipt":"2026-02-02","requester":{"name":"Ada Asker","email":"ada@example.org"},)"
            R"("requestText":"How many drones?","questions":[{"id":"Q1","text":"How many drones?"}]})")
            .arg(reference)
            .toUtf8();
    auto theCase = foi::core::CaseFile::read(json);
    if (!theCase)
        qFatal("tiny case does not read: %s", qPrintable(theCase.error().message));
    return *theCase;
}

// A bundle of the tiny case as ReviewService would build it, without a draft PDF.
inline foi::core::ReviewBundle tinyBundle(const QString &reference = QStringLiteral("RV-1"))
{
    foi::core::ReviewBundle bundle;
    foi::core::Case theCase = tinyCase(reference);
    theCase.requester = foi::core::Requester{QStringLiteral("[Requester]"), {}, {}};
    bundle.caseFile = foi::core::CaseFile::write(theCase);
    bundle.manifest.caseReference = reference;
    bundle.manifest.caseDocumentSha256 = QString(64, QLatin1Char('a'));
    bundle.manifest.createdAt = QStringLiteral("2026-03-02T09:30:00Z");
    bundle.manifest.auditAnchor = QStringLiteral("1:") + QString(64, QLatin1Char('b'));
    bundle.findings.append(
        foi::core::Finding::warning(QStringLiteral("TEST-W"), QStringLiteral("s1"),
                                    QStringLiteral("questions[0]"), QStringLiteral("a warning")));
    bundle.auditExcerpt.append({1, QStringLiteral("2026-03-01T10:00:00.000Z"),
                                QStringLiteral("Jo Officer"), QStringLiteral("create-case"),
                                QStringLiteral("case created"), QString(64, QLatin1Char('c'))});
    return bundle;
}

} // namespace reviewtest
