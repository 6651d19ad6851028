#pragma once

#include <QDate>
#include <QDateTime>

#include <concepts>
#include <functional>
#include <type_traits>

namespace foi::core {

// The program's one source of "now" and "today". The composition roots make one with system()
// and pass it down through constructors; tests make one at a fixed moment with fixedAt(), or
// from any function returning a QDateTime. Clock.cpp is the only file that reads the system
// clock (the layering test checks it), so a date shown, stored or counted from always comes
// from the clock the root chose. It cannot fail.
class Clock
{
public:
    using Now = std::function<QDateTime()>;

    // Any function returning the current moment (e.g. a test's lambda).
    template<typename Function>
    requires std::is_invocable_r_v<QDateTime, Function &> &&
        (!std::same_as<std::remove_cvref_t<Function>, Clock>)
            Clock(Function now) // NOLINT(google-explicit-constructor): a lambda is a clock
        : m_now(std::move(now))
    {}

    // The system's clock: what the programs run on.
    static Clock system();
    // A clock that always answers `moment` (tests, screenshots).
    static Clock fixedAt(const QDateTime &moment);
    // A clock whose day is `day` (at noon, local time), for tests that care only about dates.
    static Clock fixedOn(const QDate &day);

    // The current moment, in UTC.
    QDateTime now() const { return m_now().toUTC(); }
    QDateTime operator()() const { return now(); }
    // The calendar date here (local time) at the current moment.
    QDate today() const { return m_now().toLocalTime().date(); }

private:
    Now m_now;
};

} // namespace foi::core
