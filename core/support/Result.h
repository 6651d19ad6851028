#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace foi::core {

// What went wrong, said twice: once for the officer (message) and once for the log (detail).
// `code` is stable so tests and the UI can react to a kind of failure without parsing text.
struct Error
{
    QString code;
    QString message;
    QString detail;

    static Error make(QString code, QString message, QString detail = {})
    {
        return Error{std::move(code), std::move(message), std::move(detail)};
    }
};

// The value of a call that can fail. Core never throws across its public API;
// it returns a Result and the caller decides how to tell the person.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {}
    Result(Error error)
        : m_state(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// For calls that succeed with nothing to return.
struct Done
{
};
using Status = Result<Done>;

inline Status success()
{
    return Done{};
}

} // namespace foi::core
