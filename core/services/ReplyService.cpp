#include "ReplyService.h"

#include "law/ExemptionCatalogue.h"
#include "reply/LetterTemplates.h"
#include "reply/OdtReplyWriter.h"
#include "reply/PdfReplyWriter.h"
#include "reply/ReplyComposer.h"
#include "rules/CaseChecker.h"

namespace foi::core {

Result<ReplyService::Rendered> ReplyService::compose(const Case &theCase,
                                                     const AuthorityProfile &authority,
                                                     const Law &law, const QDate &letterDate,
                                                     bool withholdRequester)
{
    Result<LetterTemplates> templates = LetterTemplates::load(authority.letterOverrideFolder);
    if (!templates)
        return templates.error();
    Rendered rendered;
    CheckContext context;
    context.today = letterDate;
    // The letter's own check reads the same law as the Findings panel's checker.
    rendered.findings =
        CaseChecker(law.catalogue, law.calendar, law.environmentalTerms).check(theCase, context);
    rendered.draft = CaseChecker::hasErrors(rendered.findings);

    Result<ReplyDocument> document =
        ReplyComposer(law.catalogue, *templates)
            .compose(theCase, authority,
                     ReplyOptions{letterDate, rendered.draft, withholdRequester});
    if (!document)
        return document.error();
    rendered.document = std::move(document).value();
    return rendered;
}

Result<ReplyService::Rendered> ReplyService::render(const Case &theCase,
                                                    const AuthorityProfile &authority,
                                                    const Law &law, const QDate &letterDate,
                                                    Format format, bool withholdRequester)
{
    Result<Rendered> rendered = compose(theCase, authority, law, letterDate, withholdRequester);
    if (!rendered)
        return rendered.error();
    Result<QByteArray> bytes = format == Format::Pdf ? PdfReplyWriter::render(rendered->document)
                                                     : OdtReplyWriter::render(rendered->document);
    if (!bytes)
        return bytes.error();
    rendered->bytes = std::move(bytes).value();
    return rendered;
}

Result<ReplyService::RightsParagraphs>
ReplyService::standardRightsParagraphs(const Case &theCase, const AuthorityProfile &authority,
                                       const ExemptionCatalogue &catalogue)
{
    if (ReplyComposer::internalReviewContact(authority).isEmpty())
        return Error::make(QStringLiteral("authority.review-contact-missing"),
                           QObject::tr("The authority profile says nowhere to write for an "
                                       "internal review. Fill in the review contact (or the FOI "
                                       "unit's email) in Settings, Authority, then use the "
                                       "standard paragraphs again."));
    Result<LetterTemplates> templates = LetterTemplates::load(authority.letterOverrideFolder);
    if (!templates)
        return templates.error();
    const ReplyComposer composer(catalogue, *templates);
    Result<QString> review = composer.defaultInternalReviewText(theCase, authority);
    if (!review)
        return review.error();
    Result<QString> complaint = composer.defaultComplaintRightsText(theCase);
    if (!complaint)
        return complaint.error();
    return RightsParagraphs{*review, *complaint};
}

Result<ReplyService::RightsRefresh>
ReplyService::refreshedRightsParagraphs(const Case &theCase, const AuthorityProfile &authority,
                                        const ExemptionCatalogue &catalogue)
{
    Result<RightsParagraphs> standard = standardRightsParagraphs(theCase, authority, catalogue);
    if (!standard)
        return standard.error();
    Result<LetterTemplates> templates = LetterTemplates::load(authority.letterOverrideFolder);
    if (!templates)
        return templates.error();
    RightsRefresh refresh;
    refresh.paragraphs = {theCase.reply.internalReviewProcedure, theCase.reply.complaintRights};
    const auto follow = [&](QString &paragraph, const QString &key, const QString &wording) {
        if (paragraph.trimmed().isEmpty() || paragraph.trimmed() == wording.trimmed())
            return false;
        if (!templates->valuesIn(key, paragraph))
            return false;
        paragraph = wording;
        return true;
    };
    const bool review = follow(refresh.paragraphs.internalReview,
                               ReplyComposer::internalReviewKey(theCase), standard->internalReview);
    const bool complaint = follow(refresh.paragraphs.complaint,
                                  ReplyComposer::complaintRightsKey(theCase), standard->complaint);
    refresh.changed = review || complaint;
    const QString edited = refresh.paragraphs.internalReview;
    refresh.reviewEditedOutOfDate =
        !edited.trimmed().isEmpty() && edited.trimmed() != standard->internalReview.trimmed() &&
        !edited.contains(ReplyComposer::internalReviewContact(authority), Qt::CaseInsensitive);
    return refresh;
}

} // namespace foi::core
