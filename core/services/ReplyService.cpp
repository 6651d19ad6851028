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
                                                     const QDate &letterDate,
                                                     bool withholdRequester)
{
    Result<LetterTemplates> templates = LetterTemplates::load(authority.letterOverrideFolder);
    if (!templates)
        return templates.error();
    const ExemptionCatalogue &catalogue = ExemptionCatalogue::builtIn();

    Rendered rendered;
    CheckContext context;
    context.today = letterDate;
    rendered.findings = CaseChecker(catalogue).check(theCase, context);
    rendered.draft = CaseChecker::hasErrors(rendered.findings);

    Result<ReplyDocument> document =
        ReplyComposer(catalogue, *templates)
            .compose(theCase, authority,
                     ReplyOptions{letterDate, rendered.draft, withholdRequester});
    if (!document)
        return document.error();
    rendered.document = std::move(document).value();
    return rendered;
}

Result<ReplyService::Rendered> ReplyService::render(const Case &theCase,
                                                    const AuthorityProfile &authority,
                                                    const QDate &letterDate, Format format,
                                                    bool withholdRequester)
{
    Result<Rendered> rendered = compose(theCase, authority, letterDate, withholdRequester);
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
ReplyService::standardRightsParagraphs(const Case &theCase, const AuthorityProfile &authority)
{
    Result<LetterTemplates> templates = LetterTemplates::load(authority.letterOverrideFolder);
    if (!templates)
        return templates.error();
    const ReplyComposer composer(ExemptionCatalogue::builtIn(), *templates);
    Result<QString> review = composer.defaultInternalReviewText(theCase, authority);
    if (!review)
        return review.error();
    Result<QString> complaint = composer.defaultComplaintRightsText(theCase);
    if (!complaint)
        return complaint.error();
    return RightsParagraphs{*review, *complaint};
}

} // namespace foi::core
