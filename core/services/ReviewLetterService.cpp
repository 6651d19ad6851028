#include "core/services/ReviewLetterService.h"

#include "core/law/ExemptionCatalogue.h"
#include "core/reply/LetterTemplates.h"
#include "core/reply/PdfReplyWriter.h"
#include "core/reply/ReplyComposer.h"
#include "core/reply/ReviewOutcomeLetter.h"
#include "core/rules/CaseChecker.h"
#include "core/services/CaseEditingService.h"
#include "core/services/MatterService.h"
#include "core/services/ReplyService.h"

#include <algorithm>

namespace foi::core {

namespace {

// The letters a case in `language` gets: one, or the Welsh then the English of a bilingual one.
QList<LetterLanguage> lettersFor(LetterLanguage language)
{
    if (language == LetterLanguage::Bilingual)
        return {LetterLanguage::Welsh, LetterLanguage::English};
    return {language};
}

} // namespace

ReviewLetterService::ReviewLetterService(CaseEditingService &cases, MatterService &matters,
                                         const ExemptionCatalogue &catalogue)
    : m_cases(cases)
    , m_matters(matters)
    , m_catalogue(catalogue)
{}

Result<QString>
ReviewLetterService::standardComplaintRights(Regime regime, const AuthorityProfile &authority) const
{
    Result<LetterTemplates> templates = LetterTemplates::load(authority.letterOverrideFolder);
    if (!templates)
        return templates.error();
    return ReviewOutcomeLetter(m_catalogue, *templates).standardComplaintRights(regime);
}

Result<ReplyDocument> ReviewLetterService::compose(const Case &theCase,
                                                   const InternalReview &review,
                                                   const AuthorityProfile &authority,
                                                   const ExemptionCatalogue &catalogue,
                                                   const QDate &letterDate, bool draft)
{
    QList<ReplyDocument> versions;
    for (const LetterLanguage language : lettersFor(theCase.languageOfCorrespondence)) {
        Result<LetterTemplates> templates =
            LetterTemplates::load(language, authority.letterOverrideFolder);
        if (!templates)
            return templates.error();
        // The letterhead and signature as the reply in this language has them.
        Result<ReplyDocument> reply = ReplyComposer(catalogue, *templates)
                                          .compose(theCase, authority, ReplyOptions{letterDate});
        if (!reply)
            return reply.error();
        reply->draft = draft;
        Result<ReplyDocument> letter =
            ReviewOutcomeLetter(catalogue, *templates).compose(*reply, theCase, review, letterDate);
        if (!letter)
            return letter.error();
        versions.append(std::move(letter).value());
    }
    if (versions.size() == 1)
        return versions.constFirst();
    return ReplyService::bilingual(versions.at(0), versions.at(1), authority);
}

Result<ReviewLetterService::Rendered> ReviewLetterService::render(const QString &reference,
                                                                  const QString &reviewId,
                                                                  const AuthorityProfile &authority,
                                                                  const QDate &letterDate)
{
    Result<Case> loaded = m_cases.open(reference);
    if (!loaded)
        return loaded.error();
    const Case &theCase = *loaded;
    const auto review =
        std::find_if(theCase.internalReviews.cbegin(), theCase.internalReviews.cend(),
                     [&reviewId](const InternalReview &r) {
                         return r.id.compare(reviewId, Qt::CaseInsensitive) == 0;
                     });
    if (review == theCase.internalReviews.cend())
        return Error::make(
            QStringLiteral("matter.no_review"),
            QStringLiteral("Case %1 has no internal review %2.").arg(reference, reviewId));
    const qsizetype index = review - theCase.internalReviews.cbegin();

    // Each language's letter carries the review's own rights paragraph, else that language's
    // standard one: every paragraph the letter will carry is checked.
    QStringList rights;
    if (!review->complaintRights.trimmed().isEmpty()) {
        rights.append(review->complaintRights);
    } else {
        for (const LetterLanguage language : lettersFor(theCase.languageOfCorrespondence)) {
            Result<LetterTemplates> templates =
                LetterTemplates::load(language, authority.letterOverrideFolder);
            if (!templates)
                return templates.error();
            Result<QString> standard = ReviewOutcomeLetter(m_catalogue, *templates)
                                           .standardComplaintRights(theCase.regime);
            if (!standard)
                return standard.error();
            rights.append(*standard);
        }
    }

    Rendered rendered;
    rendered.findings = m_matters.reviewFindings(theCase, index);
    for (const QString &paragraph : rights) {
        for (const Finding &finding : InternalReviewRules::checkLetter(*review, index, paragraph)) {
            if (!rendered.findings.contains(finding))
                rendered.findings.append(finding);
        }
    }
    const bool undecided =
        std::any_of(review->items.cbegin(), review->items.cend(), [](const ReviewedItem &item) {
            return item.decision == ReviewDecision::Undecided;
        });
    rendered.draft = undecided || CaseChecker::hasErrors(rendered.findings);

    Result<ReplyDocument> document =
        compose(theCase, *review, authority, m_catalogue, letterDate, rendered.draft);
    if (!document)
        return document.error();
    rendered.document = std::move(document).value();
    Result<QByteArray> bytes = PdfReplyWriter::render(rendered.document);
    if (!bytes)
        return bytes.error();
    rendered.bytes = std::move(bytes).value();
    return rendered;
}

} // namespace foi::core
