#pragma once

#include "core/reply/ReplyDocument.h"

class QTextDocument;

namespace foi::core {

// Lays a ReplyDocument out as rich text: one QTextDocument that the PDF writer paginates, the
// ODT writer saves and the preview shows. Every string goes in through QTextCursor::insertText,
// so a requester's name full of markup stays text.
class ReplyTextLayout
{
public:
    // Fills `target` (cleared first). The caller sets the target's paint device and page size.
    static void build(const ReplyDocument &reply, QTextDocument &target);
};

} // namespace foi::core
