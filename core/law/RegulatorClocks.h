#pragma once

#include "core/law/RegulatorClock.h"
#include "core/support/Result.h"

#include <QByteArray>
#include <QList>

namespace foi::core {

// The clocks that run after the reply, from the ICO's decision notice to the tribunal, as data
// (resources/law/regulator-clocks.json, resource ":/law/regulator-clocks.json"). fromJson()
// validates every field and fails with code "law.clocks.invalid" naming the JSON path at fault
// ("clocks[1].calendar_days"); both clocks the calculator needs must be present.
class RegulatorClocks
{
public:
    static constexpr const char *decisionNoticeSteps = "decision-notice-steps";
    static constexpr const char *tribunalAppeal = "tribunal-appeal";

    [[nodiscard]] static Result<RegulatorClocks> fromJson(const QByteArray &json);
    // The built-in data; fails only when the build lost its resource.
    [[nodiscard]] static Result<RegulatorClocks> builtIn();

    const RegulatorClock &decisionNoticeStepsClock() const { return m_steps; }
    const RegulatorClock &tribunalAppealClock() const { return m_appeal; }

private:
    RegulatorClock m_steps;
    RegulatorClock m_appeal;
};

} // namespace foi::core
