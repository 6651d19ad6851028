#pragma once

#include "core/model/Case.h"
#include "core/reply/AuthorityProfile.h"
#include "core/reply/LetterTemplates.h"
#include "core/reply/ReplyDocument.h"
#include "core/support/Result.h"

#include <QDate>

namespace foi::core {

class ExemptionCatalogue;

// What a reply is for, beyond the case itself.
struct ReplyOptions
{
    QDate letterDate;   // the date the letter bears
    bool draft = false; // watermark every page (the checker found errors, or not yet sent)
    bool withholdRequester = false; // review bundles: decide without regard to who asked
};

// Builds the reply to a case in the order a reader needs it: letterhead, the request restated
// question by question, the answer to each, then for every refusal the provision at subsection
// level and why it applies, the harm, the public-interest test for each duty, the no-inference
// statement for NCND, the cost estimate and advice for s12, and the internal review and
// Information Commissioner rights (s17(7)); EIR replies follow reg 14 and reg 11.
// Fails only when a letter paragraph cannot be filled (an authority's override using an unknown
// name) or a claim names a provision the catalogue does not know.
class ReplyComposer
{
public:
    ReplyComposer(const ExemptionCatalogue &catalogue, const LetterTemplates &templates);

    // The longest run of characters without a space or line break a letter takes
    // (README, "Nothing a case file holds can stall the tool"): no line breaks inside it, and one
    // run of millions of characters takes minutes. A URL or a reference is far shorter. Above it,
    // compose() refuses with "reply.unbreakable-text", naming where the run is.
    static constexpr qsizetype maxUnbrokenRun = 10000;

    [[nodiscard]] Result<ReplyDocument> compose(const Case &theCase,
                                                const AuthorityProfile &authority,
                                                const ReplyOptions &options) const;

    // The paragraphs a case's reply uses for the s17(7) rights unless the officer edits them.
    [[nodiscard]] Result<QString>
    defaultInternalReviewText(const Case &theCase, const AuthorityProfile &authority) const;
    [[nodiscard]] Result<QString> defaultComplaintRightsText(const Case &theCase) const;
    // Where the letter tells the requester to ask for a review: the profile's review contact,
    // else the FOI unit's email, else the authority's name; empty when the profile has none.
    static QString internalReviewContact(const AuthorityProfile &authority);
    // The letter paragraph keys of the two rights paragraphs for the case's regime.
    static QString internalReviewKey(const Case &theCase);
    static QString complaintRightsKey(const Case &theCase);

    // A bilingual letter, Welsh first (Welsh Language Standards): the Welsh letter whole, then,
    // under the heading `separator`, the English letter from its salutation on (the letterhead,
    // date and reference are not repeated). It declares Welsh as its language.
    static ReplyDocument welshFirst(const ReplyDocument &welsh, const ReplyDocument &english,
                                    const QString &separator);

private:
    const ExemptionCatalogue &m_catalogue;
    const LetterTemplates &m_templates;
};

} // namespace foi::core
