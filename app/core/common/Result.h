#pragma once

#include "AuthError.h"

#include <optional>
#include <utility>
#include <variant>

namespace lc {

// Success carrying a value, or an AuthError. Never a bare bool plus a log line.
template<typename T> class Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {
    }
    Result(AuthError error)
        : m_state(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const AuthError &error() const { return std::get<AuthError>(m_state); }

private:
    std::variant<T, AuthError> m_state;
};

// For operations that produce nothing but can fail.
struct Done
{
};
using Status = Result<Done>;

} // namespace lc
