#include "core/services/ReplyService.h"

#include "core/law/ExemptionCatalogue.h"
#include "core/reply/LetterTemplates.h"
#include "core/reply/OdtReplyWriter.h"
#include "core/reply/PdfReplyWriter.h"
#include "core/reply/ReplyComposer.h"
#include "core/reply/SideBySideLetter.h"
#include "core/rules/CaseChecker.h"

namespace foi::core {

namespace {

Result<ReplyDocument> composeLetter(const Case &theCase, const AuthorityProfile &authority,
                                    const ExemptionCatalogue &catalogue,
                                    const ReplyOptions &options)
{
    Result<LetterTemplates> english =
        LetterTemplates::load(LetterLanguage::English, authority.letterOverrideFolder);
    if (!english)
        return english.error();
    const LetterLanguage language = theCase.languageOfCorrespondence;
    if (language == LetterLanguage::English)
        return ReplyComposer(catalogue, *english).compose(theCase, authority, options);
    Result<LetterTemplates> welsh =
        LetterTemplates::load(LetterLanguage::Welsh, authority.letterOverrideFolder);
    if (!welsh)
        return welsh.error();
    Result<ReplyDocument> inWelsh =
        ReplyComposer(catalogue, *welsh).compose(theCase, authority, options);
    if (!inWelsh || language == LetterLanguage::Welsh)
        return inWelsh;
    Result<ReplyDocument> inEnglish =
        ReplyComposer(catalogue, *english).compose(theCase, authority, options);
    if (!inEnglish)
        return inEnglish.error();
    return ReplyService::bilingual(*inWelsh, *inEnglish, authority);
}

} // namespace

Result<ReplyService::Rendered> ReplyService::compose(const Case &theCase,
                                                     const AuthorityProfile &authority,
                                                     const Law &law, const QDate &letterDate,
                                                     bool withholdRequester)
{
    Rendered rendered;
    CheckContext context;
    context.today = letterDate;
    // The letter's own check reads the same law as the Findings panel's checker.
    rendered.findings =
        CaseChecker(law.catalogue, law.calendar, law.environmentalTerms).check(theCase, context);
    rendered.draft = CaseChecker::hasErrors(rendered.findings);

    Result<ReplyDocument> document =
        composeLetter(theCase, authority, law.catalogue,
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

Result<ReplyDocument> ReplyService::bilingual(const ReplyDocument &welsh,
                                              const ReplyDocument &english,
                                              const AuthorityProfile &authority)
{
    if (authority.bilingualLayout == BilingualLayout::SideBySide)
        return SideBySideLetter::combine(welsh, english);
    Result<LetterTemplates> welshWords =
        LetterTemplates::load(LetterLanguage::Welsh, authority.letterOverrideFolder);
    if (!welshWords)
        return welshWords.error();
    Result<LetterTemplates> englishWords =
        LetterTemplates::load(LetterLanguage::English, authority.letterOverrideFolder);
    if (!englishWords)
        return englishWords.error();
    const QString name = QStringLiteral("term.other_language_version");
    Result<QString> welshName = welshWords->render(name, {});
    Result<QString> englishName = englishWords->render(name, {});
    if (!welshName)
        return welshName.error();
    if (!englishName)
        return englishName.error();
    return ReplyComposer::welshFirst(welsh, english,
                                     *welshName + QStringLiteral(" / ") + *englishName);
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
    Result<LetterTemplates> welshTemplates =
        LetterTemplates::load(LetterLanguage::Welsh, authority.letterOverrideFolder);
    if (!welshTemplates)
        return welshTemplates.error();
    const ReplyComposer welsh(catalogue, *welshTemplates);
    Result<QString> welshReview = welsh.defaultInternalReviewText(theCase, authority);
    if (!welshReview)
        return welshReview.error();
    Result<QString> welshComplaint = welsh.defaultComplaintRightsText(theCase);
    if (!welshComplaint)
        return welshComplaint.error();
    return RightsParagraphs{*review, *complaint, *welshReview, *welshComplaint};
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
    refresh.paragraphs = {theCase.reply.internalReviewProcedure, theCase.reply.complaintRights,
                          theCase.reply.internalReviewProcedureWelsh,
                          theCase.reply.complaintRightsWelsh};
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
