#include "core/model/WholeRequestRefusal.h"

namespace foi::core {

bool WholeRequestRefusal::isWholeRequestGround(const QString &provision)
{
    return provision == u"s12(1)" || provision == u"s12(2)" || provision == u"s14(1)" ||
           provision == u"s14(2)" || provision == u"reg12(4)(b)";
}

WholeRequestRefusal::Ground WholeRequestRefusal::of(const Case &theCase)
{
    for (const ExemptionClaim &claim : theCase.claims) {
        if (!claim.anyOtherInformation || !isWholeRequestGround(claim.provision))
            continue;
        if (claim.provision.startsWith(u"s12"))
            return Ground::Cost;
        if (claim.provision.startsWith(u"s14"))
            return Ground::VexatiousOrRepeated;
        return Ground::ManifestlyUnreasonable;
    }
    for (const Question &question : theCase.questions) {
        switch (question.determination.communication) {
        case Communication::RefusedCost:
            return Ground::Cost;
        case Communication::RefusedVexatious:
        case Communication::RefusedRepeated:
            return Ground::VexatiousOrRepeated;
        case Communication::NotApplicable:
        case Communication::InFull:
        case Communication::InPart:
        case Communication::Withheld:
            break;
        }
    }
    return Ground::None;
}

} // namespace foi::core
