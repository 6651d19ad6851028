#pragma once

#include "core/support/Result.h"

#include <QByteArray>
#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

namespace foi::core {

// What the Act asks of the officer at one step of the case workspace, in one line, with the
// provision it comes from ("s1(1)(a)": "say whether the information is held").
struct StepNeed
{
    QString step;      // the workspace step's name ("heldStep")
    QString provision; // the section, as shown before the line
    QString text;      // the line, in our own words
    QString source;    // where the reading comes from
    // The same in Welsh ("adran 1(1)(a)"), for the Welsh interface (issue 23); empty when the
    // data has no Welsh, and then the English is shown.
    QString provisionWelsh;
    QString textWelsh;

    // The provision and the line in the language of `locale`: Welsh for a Welsh locale when
    // there is Welsh, else English.
    QString provisionIn(const QLocale &locale) const;
    QString textIn(const QLocale &locale) const;
};

// The one-line "what the Act needs here" of each workspace step, as data
// (resources/law/step-guidance.json, resource ":/law/step-guidance.json"). fromJson() checks
// every field and fails with code "law.steps.invalid" naming the JSON path at fault
// ("steps[2].provision"); a step named twice is refused. "provision_cy" and "text_cy", the Welsh,
// may be absent, but not blank, and come together.
class StepGuidance
{
public:
    [[nodiscard]] static Result<StepGuidance> fromJson(const QByteArray &json);
    // The built-in data; fails only when the build lost its resource.
    [[nodiscard]] static Result<StepGuidance> builtIn();

    // The line for the step with that name; none when the data has no line for it.
    std::optional<StepNeed> forStep(const QString &step) const;
    const QList<StepNeed> &needs() const { return m_needs; }

private:
    QList<StepNeed> m_needs;
};

} // namespace foi::core
