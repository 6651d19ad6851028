#pragma once

#include "core/model/Reply.h"
#include "core/reply/ReplyDocument.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace foi::core {

// The letter that corrects a reply already sent. It refers to the letter it corrects (its date,
// its version and the case reference), gives the reason for the change, sets what that letter
// said beside what it should have said, and keeps the amended reply's letterhead, the
// requester's rights and the signature. Built from the amended reply as the composer made it,
// so addresses, rights and signature read exactly as in a reply. Never fails.
class CorrectionLetter
{
public:
    // What a letter's decision says, one entry per paragraph, list or answer, in reading order:
    // everything after the salutation but the signature. Kept with a sent letter so a later
    // correction can say what changed.
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
    };
    static ReplyDocument compose(const ReplyDocument &amendedReply, const Facts &facts);
};

} // namespace foi::core
