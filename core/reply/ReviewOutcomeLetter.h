#pragma once

#include "core/model/Case.h"
#include "core/model/InternalReview.h"
#include "core/reply/LetterTemplates.h"
#include "core/reply/ReplyDocument.h"
#include "core/support/Result.h"

#include <QDate>
#include <QString>

namespace foi::core {

class ExemptionCatalogue;

// The letter that tells a requester the outcome of an internal review (FOIA s45 Code of
// Practice, Part 5; EIR reg 11(4)): what was reviewed and when it was asked for, who reviewed it
// and as at which date, the decision on each reviewed item with its reasons, the outcome overall,
// what is now released, and the right to apply to the Information Commissioner (FOIA s50; EIR
// reg 18). It keeps the reply's letterhead, page bands and signature, taken from the reply as the
// composer makes it in the same language, so the two letters read alike. Worded in the language
// of its templates (resources/letters/<language>: review_outcome_*.mustache and the review_*
// terms), with the dates and the provisions' titles in that language too; a bilingual letter is
// composed once in each language and set out as the authority's bilingual letters are (see
// ReviewLetterService). The decision words are the authority's side's plain words, never the
// bare "upheld" (see ReviewOutcomeWording).
class ReviewOutcomeLetter
{
public:
    ReviewOutcomeLetter(const ExemptionCatalogue &catalogue, const LetterTemplates &templates);

    // The standard paragraph on the right to complain for the regime: the letter uses it when
    // the review has none of its own.
    [[nodiscard]] Result<QString> standardComplaintRights(Regime regime) const;

    // Fails only when a letter paragraph cannot be filled (an authority's override that does
    // not parse).
    [[nodiscard]] Result<ReplyDocument> compose(const ReplyDocument &reply, const Case &theCase,
                                                const InternalReview &review,
                                                const QDate &letterDate) const;

    // The heading above the rights paragraph, in the letter's language.
    [[nodiscard]] Result<QString> complaintHeading() const;

private:
    const ExemptionCatalogue &m_catalogue;
    const LetterTemplates &m_templates;
};

} // namespace foi::core
