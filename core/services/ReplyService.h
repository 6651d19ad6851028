#pragma once

#include "core/law/EnvironmentalTerms.h"
#include "core/law/ExemptionCatalogue.h"
#include "core/law/WorkingDayCalendar.h"
#include "core/model/Case.h"
#include "core/reply/AuthorityProfile.h"
#include "core/reply/ReplyDocument.h"
#include "core/rules/Finding.h"
#include "core/support/Result.h"

#include <QByteArray>
#include <QDate>

namespace foi::core {

// The reply as a use case: check the case, compose its letter with the authority's wording, and
// render it. A case the checker finds errors in can always be previewed, but only ever as a
// DRAFT: the watermark is decided here, from the findings, not by the caller.
class ReplyService
{
public:
    enum class Format {
        Pdf,
        Odt,
    };

    struct Rendered
    {
        ReplyDocument document;
        QByteArray bytes;
        QList<Finding> findings;
        bool draft = false;
    };

    // The law a letter is checked and worded with: the program's effective exemption
    // catalogue, working-day calendar and environmental word list, as the composition root made
    // them (never the built-in data behind the caller's back). The referred objects outlive it.
    struct Law
    {
        const ExemptionCatalogue &catalogue;
        const WorkingDayCalendar &calendar;
        const EnvironmentalTerms &environmentalTerms;
    };

    // The letter as a document with the checker's findings, without rendering its bytes. The
    // checker counts the due date with the law's calendar, the program's effective one, so a
    // letter is late (S10-LATE-WITHOUT-APOLOGY) exactly when the case list says the case is
    // overdue; it flags environmental words from the law's list, as the Findings panel does.
    [[nodiscard]] static Result<Rendered> compose(const Case &theCase,
                                                  const AuthorityProfile &authority, const Law &law,
                                                  const QDate &letterDate,
                                                  bool withholdRequester = false);
    [[nodiscard]] static Result<Rendered> render(const Case &theCase,
                                                 const AuthorityProfile &authority, const Law &law,
                                                 const QDate &letterDate, Format format,
                                                 bool withholdRequester = false);

    // A bilingual letter from its Welsh and English letters, set out as the authority profile
    // says (Welsh first then English, or side by side). Fails only when an override of the
    // "other language version" heading cannot be filled.
    [[nodiscard]] static Result<ReplyDocument> bilingual(const ReplyDocument &welsh,
                                                         const ReplyDocument &english,
                                                         const AuthorityProfile &authority);

    // The authority's standard s17(7) paragraphs for the case (EIR: reg 11 and reg 18), for
    // the officer to start from when the case has none of its own.
    struct RightsParagraphs
    {
        QString internalReview;
        QString complaint;
        QString internalReviewWelsh; // the same in Welsh, for a Welsh or bilingual letter
        QString complaintWelsh;
    };
    // Fails (authority.review-contact-missing) when the profile gives nowhere to write for a
    // review, rather than leaving a gap in the sentence.
    [[nodiscard]] static Result<RightsParagraphs>
    standardRightsParagraphs(const Case &theCase, const AuthorityProfile &authority,
                             const ExemptionCatalogue &catalogue);

    // The rights paragraphs the case should have under the profile as it is now. A paragraph
    // that is the standard wording filled in with other values (an earlier profile's contact,
    // or none) becomes the wording for this profile; an empty one stays empty (the letter uses
    // the standard wording); one the officer edited is kept, and when the edited review
    // paragraph no longer gives the profile's review contact `reviewEditedOutOfDate` says so,
    // for the officer to be offered the refresh.
    struct RightsRefresh
    {
        RightsParagraphs paragraphs;
        bool changed = false;
        bool reviewEditedOutOfDate = false;
    };
    [[nodiscard]] static Result<RightsRefresh>
    refreshedRightsParagraphs(const Case &theCase, const AuthorityProfile &authority,
                              const ExemptionCatalogue &catalogue);
};

} // namespace foi::core
