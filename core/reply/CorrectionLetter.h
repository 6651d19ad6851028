#pragma once

#include "core/model/Reply.h"
#include "core/reply/LetterTemplates.h"
#include "core/reply/ReplyDocument.h"
#include "core/support/Result.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace foi::core {

// The letter that corrects a reply already sent. It refers to the letter it corrects (its date,
// its version and the case reference), gives the reason for the change, sets what that letter
// said beside what it should have said, and keeps the amended reply's letterhead, the
// requester's rights and the signature. Built from the amended reply as the composer made it,
// so addresses, rights and signature read exactly as in a reply, and worded in the language of
// its templates (resources/letters/<language>: correction_*.mustache and the correction_* terms),
// the dates in that language too. Fails only when an authority's override of one of those
// paragraphs cannot be filled.
class CorrectionLetter
{
public:
    // What a letter's decision says, one entry per paragraph, list or answer, in reading order:
    // everything after the salutation but the signature. Kept with a sent letter so a later
    // correction can say what changed. A side-by-side letter: its Welsh column, then its
    // English one, as a letter set out Welsh first reads.
    static QStringList decisionOf(const ReplyDocument &letter);

    struct Changes
    {
        QStringList said;    // in the letter sent, no longer true
        QStringList nowSays; // in the amended decision, not in the letter sent
        bool isEmpty() const { return said.isEmpty() && nowSays.isEmpty(); }
    };
    // The paragraphs that differ between the letter sent and the amended decision.
    static Changes changes(const QStringList &sent, const QStringList &amended);

    struct Facts
    {
        SentLetter corrected; // the letter being corrected
        Amendment amendment;  // why
        QDate letterDate;     // the date the correction bears
        int version = 0;      // the correction's own version among the letters sent
        // What the amended letter says, when the amended reply given is only one language of
        // a bilingual letter; unset: decisionOf(amendedReply).
        std::optional<QStringList> amendedDecision;
    };
    [[nodiscard]] static Result<ReplyDocument> compose(const ReplyDocument &amendedReply,
                                                       const Facts &facts,
                                                       const LetterTemplates &templates);
};

} // namespace foi::core
