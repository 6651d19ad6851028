#include "app/cli/MatterInvocation.h"

#include <map>

namespace foi::app {

std::optional<core::ReviewDecision> reviewDecisionFrom(const QString &text)
{
    // Short forms for the officer; the stored codes are the long ones.
    static const std::map<QString, core::ReviewDecision> words{
        {QStringLiteral("maintained"), core::ReviewDecision::OriginalMaintained},
        {QStringLiteral("partly-maintained"), core::ReviewDecision::OriginalPartlyMaintained},
        {QStringLiteral("overturned"), core::ReviewDecision::OriginalOverturned},
        {QStringLiteral("withdrawn"), core::ReviewDecision::Withdrawn},
        {QStringLiteral("closed-otherwise"), core::ReviewDecision::ClosedOtherwise}};
    const auto it = words.find(text);
    return it == words.end() ? std::nullopt : std::optional(it->second);
}

QString reviewDecisionWords()
{
    return QStringLiteral(
        "maintained, partly-maintained, overturned, withdrawn or closed-otherwise");
}

} // namespace foi::app
