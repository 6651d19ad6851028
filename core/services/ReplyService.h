#pragma once

#include "model/Case.h"
#include "reply/AuthorityProfile.h"
#include "reply/ReplyDocument.h"
#include "rules/Finding.h"
#include "support/Result.h"

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

    // The letter as a document with the checker's findings, without rendering its bytes.
    [[nodiscard]] static Result<Rendered> compose(const Case &theCase,
                                                  const AuthorityProfile &authority,
                                                  const QDate &letterDate,
                                                  bool withholdRequester = false);
    [[nodiscard]] static Result<Rendered> render(const Case &theCase,
                                                 const AuthorityProfile &authority,
                                                 const QDate &letterDate, Format format,
                                                 bool withholdRequester = false);

    // The authority's standard s17(7) paragraphs for the case (EIR: reg 11 and reg 18), for
    // the officer to start from when the case has none of its own.
    struct RightsParagraphs
    {
        QString internalReview;
        QString complaint;
    };
    [[nodiscard]] static Result<RightsParagraphs>
    standardRightsParagraphs(const Case &theCase, const AuthorityProfile &authority);
};

} // namespace foi::core
