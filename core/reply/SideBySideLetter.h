#pragma once

#include "core/reply/ReplyDocument.h"

namespace foi::core {

// A bilingual letter set out side by side (Welsh Language Standards; the authority profile's
// "side_by_side" layout): the Welsh letter in the left column and the English one in the right,
// each paragraph level with its translation. The two letters come from the same case through
// the same composer, so their blocks follow one another alike; they are paired by kind (and a
// question by its number), keeping the order of both, and a block the other letter lacks faces
// a blank. The addresses, the same in both, are written once across the page. Never fails.
class SideBySideLetter
{
public:
    static ReplyDocument combine(const ReplyDocument &welsh, const ReplyDocument &english);
};

} // namespace foi::core
