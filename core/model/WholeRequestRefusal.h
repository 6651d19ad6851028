#pragma once

#include "core/model/Case.h"

namespace foi::core {

// A refusal of the whole request rather than of some of its questions: under s12 (cost; ICO: the
// limit applies to the request, so it is refused as a whole), s14 (vexatious or repeated, which
// is about the request, not the information), or EIR reg 12(4)(b) (manifestly unreasonable)
// claimed for the whole request. It covers every question, so no question needs its own
// held/not-held decision. Recorded as a question refused on that ground (FOIA s12/s14, the
// Communication of any question) or as a claim under s12(1), s12(2), s14(1), s14(2) or
// reg12(4)(b) that covers "any other information" (the whole request).
class WholeRequestRefusal
{
public:
    enum class Ground {
        None,
        Cost,                   // s12
        VexatiousOrRepeated,    // s14(1), s14(2)
        ManifestlyUnreasonable, // EIR reg 12(4)(b)
    };

    // The ground of the whole-request refusal, or None. Linear in questions and claims.
    static Ground of(const Case &theCase);
    // True when `provision` is one of the grounds above.
    static bool isWholeRequestGround(const QString &provision);
};

} // namespace foi::core
