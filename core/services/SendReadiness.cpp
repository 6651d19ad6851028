#include "core/services/SendReadiness.h"

#include "core/services/SentReplyLock.h"
#include "core/support/CoreText.h"

#include <QCoreApplication>
#include <QLocale>

namespace foi::core {

namespace {

QString tr(const char *text)
{
    return coreText("foi::core::SendReadiness", text);
}

QString longDate(const QDate &date)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom)
        .toString(date, QStringLiteral("d MMMM yyyy"));
}

QString findingList(const ReleaseFindings &findings)
{
    QStringList items;
    for (const ReleaseFinding &finding : findings)
        items.append(finding.location.isEmpty()
                         ? finding.code
                         : QStringLiteral("%1 (%2)").arg(finding.code, finding.location));
    return items.join(QStringLiteral("; "));
}

SendReadiness::Reason releaseReason(const ReleaseHold &hold)
{
    switch (hold.kind) {
    case ReleaseHold::Kind::NotScanned:
        return {QStringLiteral("release.not-scanned"),
                tr("%1 is to be released with the reply but has not been scanned for hidden "
                   "data: scan it under Released files.")
                    .arg(hold.fileName),
                false};
    case ReleaseHold::Kind::Changed:
        return {QStringLiteral("release.changed"),
                tr("%1 has changed since it was scanned (its SHA-256 differs): scan it again "
                   "under Released files.")
                    .arg(hold.fileName),
                false};
    case ReleaseHold::Kind::UncheckedType:
        return {QStringLiteral("release.unchecked-type"),
                tr("%1 is of a type the scan cannot read: check it by hand and record why it is "
                   "safe, or take it out of the release and release it as PDF or CSV.")
                    .arg(hold.fileName),
                false};
    case ReleaseHold::Kind::Unreadable:
        return {QStringLiteral("release.unreadable"),
                tr("%1 could not be checked (%2): take it out of the release and release a copy "
                   "that opens.")
                    .arg(hold.fileName, findingList(hold.findings)),
                false};
    case ReleaseHold::Kind::Findings:
        break;
    }
    const QString message =
        hold.findings.size() == 1
            ? tr("%1 holds hidden data or metadata not yet dealt with: %2. Take the file out of "
                 "the release, or keep it with a reason.")
                  .arg(hold.fileName, findingList(hold.findings))
            : tr("%1 holds %2 findings not yet dealt with: %3. Take the file out of the "
                 "release, or keep each with a reason.")
                  .arg(hold.fileName, QString::number(hold.findings.size()),
                       findingList(hold.findings));
    return {QStringLiteral("release.findings"), message, false};
}

} // namespace

SendReadiness SendReadiness::assess(const Case &theCase, const SendFacts &facts)
{
    SendReadiness readiness;
    readiness.m_nextVersion = facts.versionsSent + 1;
    readiness.m_correction = SentReplyLock::openAmendment(theCase).has_value();
    QList<Reason> &reasons = readiness.m_reasons;

    if (const std::optional<LifecycleEvent> closure = theCase.closure()) {
        reasons.append({QStringLiteral("send.closed"),
                        tr("%1 was %2 on %3, so no reply is owed and none can be sent. If the "
                           "request is live again, reopen it (Case, Reopen) with the reason first.")
                            .arg(theCase.reference,
                                 closure->kind == LifecycleKind::Lapsed ? tr("closed as lapsed")
                                                                        : tr("withdrawn"),
                                 longDate(closure->on)),
                        false});
    }
    if (SentReplyLock::isLocked(theCase)) {
        const SentLetter sent = *SentReplyLock::lastSent(theCase);
        reasons.append({QStringLiteral("send.already-sent"),
                        tr("Reply version %1 was sent on %2 and is a fact: it cannot be sent "
                           "again or replaced. To change the decision, use \"Amend after "
                           "sending\", give the reason, and send the correction letter.")
                            .arg(sent.version)
                            .arg(longDate(sent.sentOn)),
                        false});
    }
    if (readiness.m_correction && facts.correctionUnchanged) {
        reasons.append({QStringLiteral("amend.unchanged"),
                        tr("The amended decision still reads as the letter sent, so there is "
                           "nothing to correct yet: change the decision first."),
                        false});
    }
    int errors = 0;
    for (const Finding &finding : facts.findings)
        errors += finding.severity == Severity::Error ? 1 : 0;
    if (errors > 0) {
        reasons.append({QStringLiteral("reply.draft"),
                        tr("The checker still finds %1 in %2, so its reply can only be a DRAFT. "
                           "Fix them (the findings panel takes you to each), then export the "
                           "final reply.")
                            .arg(errors == 1 ? tr("1 error") : tr("%1 errors").arg(errors))
                            .arg(theCase.reference),
                        false});
    }
    if (facts.authorityProblem) {
        reasons.append({QStringLiteral("send.no-authority"),
                        tr("The letter needs the authority's profile (its address and review "
                           "contact), which cannot be used: %1 Set it up in Settings, "
                           "Authority.")
                            .arg(facts.authorityProblem->message),
                        false});
    }
    for (const ReleaseHold &hold : facts.releaseHolds)
        reasons.append(releaseReason(hold));
    const QString reviewer =
        facts.review.reviewer.isEmpty() ? tr("the reviewer") : facts.review.reviewer;
    if (facts.review.state == ReviewStatus::State::Returned) {
        reasons.append({QStringLiteral("send.review-returned"),
                        tr("The last review returned the case (%1): answer the review and "
                           "export it for review again, or send it anyway with a reason, which "
                           "is recorded.")
                            .arg(reviewer),
                        true});
    } else if (facts.review.state == ReviewStatus::State::AwaitingReview) {
        reasons.append({QStringLiteral("send.review-awaiting"),
                        tr("The case was exported for review and no response has been "
                           "imported: wait for the review (Review, Import response), or send it "
                           "anyway with a reason, which is recorded."),
                        true});
    }
    return readiness;
}

bool SendReadiness::overridable() const
{
    if (m_reasons.isEmpty())
        return false;
    for (const Reason &reason : m_reasons) {
        if (!reason.overridable)
            return false;
    }
    return true;
}

bool SendReadiness::has(const QString &code) const
{
    for (const Reason &reason : m_reasons) {
        if (reason.code == code)
            return true;
    }
    return false;
}

QString SendReadiness::explain() const
{
    QStringList lines;
    for (const Reason &reason : m_reasons)
        lines.append(reason.message);
    return lines.join(QLatin1Char('\n'));
}

Error SendReadiness::error() const
{
    if (m_reasons.isEmpty())
        return Error::make(QStringLiteral("send.ready"), tr("The reply is ready to send."));
    return Error::make(m_reasons.constFirst().code, explain());
}

} // namespace foi::core
