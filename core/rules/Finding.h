#pragma once

#include <QString>

namespace foi::core {

// An error blocks sending the reply; a warning informs the officer and the reviewer.
enum class Severity {
    Error,
    Warning,
};

// One thing the checker found wrong with a case. `code` is stable ("S17-PIT-MISSING") so tests,
// the GUI and the letter's readiness state speak the same language; `provision` is what the law
// calls it ("s17(3)"); `message` names the provision and says what to do; `locator` is the JSON
// path of the part of the case concerned, as in the case file without the leading "$."
// ("claims[1].publicInterest.conclusion").
struct Finding
{
    QString code;
    Severity severity = Severity::Error;
    QString provision;
    QString message;
    QString locator;

    static Finding error(QString code, QString provision, QString locator, QString message)
    {
        return {std::move(code), Severity::Error, std::move(provision), std::move(message),
                std::move(locator)};
    }
    static Finding warning(QString code, QString provision, QString locator, QString message)
    {
        return {std::move(code), Severity::Warning, std::move(provision), std::move(message),
                std::move(locator)};
    }

    friend bool operator==(const Finding &, const Finding &) = default;
};

} // namespace foi::core
