#pragma once

#include <QString>

namespace foi::core {

// What the sender wrote in a reply, without the earlier messages their mail program quoted
// below it: lines led by ">", and everything from a quotation's opening line on ("On ... wrote:",
// "-----Original Message-----", Outlook's "From: " block, a line of underscores). Our own reply,
// quoted back, speaks of internal reviews and complaints; only the new words say what the
// requester wants now. Never fails; text with no quotation comes back trimmed.
class QuotedReply
{
public:
    static QString newText(const QString &body);
};

} // namespace foi::core
