#pragma once

#include "core/law/Regime.h"
#include "core/model/Case.h"
#include "core/model/InternalReview.h"
#include "core/reply/AuthorityProfile.h"
#include "core/reply/ReplyDocument.h"
#include "core/rules/Finding.h"
#include "core/support/Result.h"

#include <QByteArray>
#include <QDate>
#include <QString>

namespace foi::core {

class CaseEditingService;
class ExemptionCatalogue;
class MatterService;

// The outcome letter of an internal review as a use case: check the review and what its letter
// will say, compose the letter with the authority's wording (ReviewOutcomeLetter, with the
// reply's letterhead and signature) in the case's language of correspondence (English, Welsh, or
// both, set out as the authority profile sets out bilingual letters), and render it as PDF/A
// like the reply, declaring its language. A review with an error finding, or an item still
// undecided, can always be previewed, but only as a DRAFT: the watermark is decided here, not by
// the caller.
class ReviewLetterService
{
public:
    ReviewLetterService(CaseEditingService &cases, MatterService &matters,
                        const ExemptionCatalogue &catalogue);

    struct Rendered
    {
        ReplyDocument document;
        QByteArray bytes; // PDF
        QList<Finding> findings;
        bool draft = false;
    };

    // The authority's standard paragraph on the right to complain for the regime: what the
    // letter carries when the review has none of its own.
    [[nodiscard]] Result<QString> standardComplaintRights(Regime regime,
                                                          const AuthorityProfile &authority) const;

    // The letter as a document for `review` of `theCase`: what render() writes, without the
    // check. Fails when a letter paragraph (or an authority's override of one) cannot be filled.
    [[nodiscard]] static Result<ReplyDocument>
    compose(const Case &theCase, const InternalReview &review, const AuthorityProfile &authority,
            const ExemptionCatalogue &catalogue, const QDate &letterDate, bool draft);

    [[nodiscard]] Result<Rendered> render(const QString &reference, const QString &reviewId,
                                          const AuthorityProfile &authority,
                                          const QDate &letterDate);

private:
    CaseEditingService &m_cases;
    MatterService &m_matters;
    const ExemptionCatalogue &m_catalogue;
};

} // namespace foi::core
