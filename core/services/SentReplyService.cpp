#include "core/services/SentReplyService.h"

#include "core/reply/AtomicFile.h"
#include "core/reply/CorrectionLetter.h"
#include "core/reply/LetterTemplates.h"
#include "core/reply/PdfReplyWriter.h"
#include "core/review/ReviewErrorCode.h"
#include "core/services/ReleaseGate.h"
#include "core/services/ReplyService.h"
#include "core/services/SentReplyLock.h"
#include "core/store/ReplyArchive.h"
#include "core/store/ReviewRegister.h"
#include "core/store/StoreRepositories.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>

namespace foi::core {

namespace {

QString overriddenStateCode(ReviewStatus::State state)
{
    return state == ReviewStatus::State::Returned ? QStringLiteral("returned")
                                                  : QStringLiteral("awaiting-review");
}

// The correction letter in the case's language of correspondence. A bilingual case gets a Welsh
// and an English correction, each built on the amended reply in its own language and listing
// what changed in the bilingual letter, set out as the authority's bilingual letters are.
Result<ReplyDocument> correctionLetter(const Case &theCase, const AuthorityProfile &authority,
                                       const ReplyService::Law &law, const ReplyDocument &amended,
                                       CorrectionLetter::Facts facts)
{
    const auto inLanguage = [&](LetterLanguage language,
                                const ReplyDocument &reply) -> Result<ReplyDocument> {
        Result<LetterTemplates> templates =
            LetterTemplates::load(language, authority.letterOverrideFolder);
        if (!templates)
            return templates.error();
        return CorrectionLetter::compose(reply, facts, *templates);
    };
    if (theCase.languageOfCorrespondence != LetterLanguage::Bilingual)
        return inLanguage(theCase.languageOfCorrespondence, amended);
    facts.amendedDecision = CorrectionLetter::decisionOf(amended);
    QList<ReplyDocument> versions;
    for (const LetterLanguage language : {LetterLanguage::Welsh, LetterLanguage::English}) {
        Case single = theCase;
        single.languageOfCorrespondence = language;
        Result<ReplyService::Rendered> reply =
            ReplyService::compose(single, authority, law, facts.letterDate);
        if (!reply)
            return reply.error();
        reply->document.draft = amended.draft;
        Result<ReplyDocument> correction = inLanguage(language, reply->document);
        if (!correction)
            return correction.error();
        versions.append(*correction);
    }
    return ReplyService::bilingual(versions.at(0), versions.at(1), authority);
}

} // namespace

SentReplyService::SentReplyService(StoreRepositories &store, const ReplyService::Law &law)
    : m_store(store)
    , m_law(law)
{}

Result<SendReadiness> SentReplyService::readiness(const Case &theCase,
                                                  const Result<AuthorityProfile> &authority,
                                                  const QDate &letterDate)
{
    SendFacts facts;
    if (authority) {
        const Result<ReplyService::Rendered> composed =
            ReplyService::compose(theCase, *authority, m_law, letterDate);
        if (!composed)
            facts.authorityProblem = composed.error();
        else
            facts.findings = composed->findings;
        if (const auto amendment = SentReplyLock::openAmendment(theCase); amendment && composed) {
            for (const SentLetter &sent : theCase.reply.sent) {
                if (sent.version == amendment->amendsVersion)
                    facts.correctionUnchanged =
                        CorrectionLetter::changes(sent.decision,
                                                  CorrectionLetter::decisionOf(composed->document))
                            .isEmpty();
            }
        }
    } else {
        facts.authorityProblem = authority.error();
        // The findings do not depend on who signs: check with the authority the case records.
        AuthorityProfile fallback;
        fallback.name = theCase.authority.name;
        fallback.kind = theCase.authority.kind;
        if (const auto composed = ReplyService::compose(theCase, fallback, m_law, letterDate))
            facts.findings = composed->findings;
    }
    const Result<ReviewStatus> review = m_store.reviews().status(theCase.reference);
    if (review)
        facts.review = *review;
    else if (review.error().code != ReviewErrorCode::NoCase)
        return review.error();
    const Result<QList<SentReply>> sent = history(theCase.reference);
    if (!sent)
        return sent.error();
    facts.versionsSent = static_cast<int>(sent->size());
    const Result<QList<ReleaseFile>> released = m_store.releases().filesOf(theCase.reference);
    if (!released)
        return released.error();
    facts.releaseHolds = ReleaseGate::holds(*released);
    return SendReadiness::assess(theCase, facts);
}

Result<SentReplyService::Sent>
SentReplyService::sendFinal(const Case &theCase, const AuthorityProfile &authority,
                            const QDate &letterDate, const QString &path, const QString &officer,
                            const QString &overrideReason)
{
    const Result<SendReadiness> gate = readiness(theCase, authority, letterDate);
    if (!gate)
        return gate.error();
    const bool overriding =
        !gate->ready() && gate->overridable() && !overrideReason.trimmed().isEmpty();
    if (!gate->ready() && !overriding)
        return gate->error();

    const Result<ReplyService::Rendered> rendered =
        ReplyService::render(theCase, authority, m_law, letterDate, ReplyService::Format::Pdf);
    if (!rendered)
        return rendered.error();
    if (rendered->draft)
        return SendReadiness::assess(theCase, {rendered->findings, {}, {}, 0}).error();

    SentLetter letter;
    letter.sentOn = letterDate;
    letter.version = gate->nextVersion();
    letter.decision = CorrectionLetter::decisionOf(rendered->document);
    QByteArray bytes = rendered->bytes;
    QJsonObject note;
    if (const std::optional<Amendment> amendment = SentReplyLock::openAmendment(theCase)) {
        SentLetter corrected;
        for (const SentLetter &sent : theCase.reply.sent) {
            if (sent.version == amendment->amendsVersion)
                corrected = sent;
        }
        if (CorrectionLetter::changes(corrected.decision, letter.decision).isEmpty())
            return Error::make(
                QStringLiteral("amend.unchanged"),
                QObject::tr("The amended decision reads as the letter sent on "
                            "%1 did, so there is nothing to correct. Change the "
                            "decision first, then send the correction letter.")
                    .arg(QLocale(QLocale::English, QLocale::UnitedKingdom)
                             .toString(corrected.sentOn, QStringLiteral("d MMMM yyyy"))));
        const Result<ReplyDocument> correction =
            correctionLetter(theCase, authority, m_law, rendered->document,
                             {corrected, *amendment, letterDate, letter.version, std::nullopt});
        if (!correction)
            return correction.error();
        Result<QByteArray> pdf = PdfReplyWriter::render(*correction);
        if (!pdf)
            return pdf.error();
        bytes = *pdf;
        letter.correction = true;
        note.insert(QStringLiteral("correction_of"), amendment->amendsVersion);
        note.insert(QStringLiteral("amendment_reason"), amendment->reason);
    }
    if (overriding) {
        note.insert(QStringLiteral("review_override"), overrideReason.trimmed());
        note.insert(QStringLiteral("review_state"),
                    overriddenStateCode(gate->has(QStringLiteral("send.review-returned"))
                                            ? ReviewStatus::State::Returned
                                            : ReviewStatus::State::AwaitingReview));
    }

    // The file first: a reply recorded as sent must be one the officer actually has.
    if (const Status written = AtomicFile::write(path, bytes); !written)
        return Error::make(
            written.error().code,
            QObject::tr("%1 The reply was not recorded as sent.").arg(written.error().message),
            written.error().detail);
    const Result<SentReply> recorded =
        m_store.replies().record(theCase.reference, bytes, QFileInfo(path).fileName(),
                                 QStringLiteral("application/pdf"), officer, note);
    if (!recorded)
        return Error::make(recorded.error().code,
                           QObject::tr("%1 was written, but could not be recorded as sent: %2 "
                                       "Do not send it yet; export the final reply again.")
                               .arg(QFileInfo(path).fileName(), recorded.error().message),
                           recorded.error().detail);
    const Result<QList<SentReply>> sent = history(theCase.reference);
    if (!sent)
        return sent.error();
    letter.version = static_cast<int>(sent->size());
    letter.sha256 = recorded->sha256;
    return Sent{*recorded, letter.version, letter};
}

Result<QList<SentReply>> SentReplyService::history(const QString &reference)
{
    return m_store.replies().repliesTo(reference);
}

Result<QByteArray> SentReplyService::content(const SentReply &reply)
{
    if (reply.erased)
        return Error::make(QStringLiteral("reply.erased"),
                           QObject::tr("The requester's details were erased from this reply, so "
                                       "only its record and SHA-256 remain."));
    return m_store.replies().content(reply.id);
}

} // namespace foi::core
