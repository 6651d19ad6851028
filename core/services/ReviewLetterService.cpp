#include "core/services/ReviewLetterService.h"

#include "core/law/ExemptionCatalogue.h"
#include "core/reply/LetterTemplates.h"
#include "core/reply/PdfReplyWriter.h"
#include "core/reply/ReplyComposer.h"
#include "core/reply/ReviewOutcomeLetter.h"
#include "core/rules/CaseChecker.h"
#include "core/services/CaseEditingService.h"
#include "core/services/MatterService.h"

#include <algorithm>

namespace foi::core {

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

    Result<LetterTemplates> templates = LetterTemplates::load(authority.letterOverrideFolder);
    if (!templates)
        return templates.error();
    const ReviewOutcomeLetter letter(m_catalogue, *templates);
    QString rights = review->complaintRights;
    if (rights.trimmed().isEmpty()) {
        Result<QString> standard = letter.standardComplaintRights(theCase.regime);
        if (!standard)
            return standard.error();
        rights = *standard;
    }

    Rendered rendered;
    rendered.findings = m_matters.reviewFindings(theCase, index) +
                        InternalReviewRules::checkLetter(*review, index, rights);
    const bool undecided =
        std::any_of(review->items.cbegin(), review->items.cend(), [](const ReviewedItem &item) {
            return item.decision == ReviewDecision::Undecided;
        });
    rendered.draft = undecided || CaseChecker::hasErrors(rendered.findings);

    // The letterhead and signature as the reply has them.
    Result<ReplyDocument> reply = ReplyComposer(m_catalogue, *templates)
                                      .compose(theCase, authority, ReplyOptions{letterDate});
    if (!reply)
        return reply.error();
    reply->draft = rendered.draft;
    Result<ReplyDocument> document = letter.compose(*reply, theCase, *review, letterDate);
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
