#include "core/model/RequestOutcome.h"

namespace foi::core {

QString requestOutcomeCode(RequestOutcome outcome)
{
    switch (outcome) {
    case RequestOutcome::NotYetProcessed:
        return QStringLiteral("not-yet-processed");
    case RequestOutcome::GrantedInFull:
        return QStringLiteral("granted-in-full");
    case RequestOutcome::PartlyDisclosedPartlyRefused:
        return QStringLiteral("partly-disclosed-partly-refused");
    case RequestOutcome::PartlyDisclosedPartlyNotHeld:
        return QStringLiteral("partly-disclosed-partly-not-held");
    case RequestOutcome::RefusedNotHeld:
        return QStringLiteral("refused-not-held");
    case RequestOutcome::RefusedInFull:
        return QStringLiteral("refused-in-full");
    case RequestOutcome::LapsedOrWithdrawn:
        return QStringLiteral("lapsed-or-withdrawn");
    }
    return {};
}

QString refusalReasonCode(RefusalReason reason)
{
    switch (reason) {
    case RefusalReason::None:
        return QStringLiteral("none");
    case RefusalReason::Cost:
        return QStringLiteral("cost");
    case RefusalReason::VexatiousOrRepeated:
        return QStringLiteral("vexatious-or-repeated");
    case RefusalReason::OtherExemptions:
        return QStringLiteral("other-exemptions");
    }
    return {};
}

} // namespace foi::core
