#pragma once

#include "common/error.h"

#include <utility>
#include <variant>

namespace Skybeam {

/// A value or an Error, in the spirit of std::expected (C++23), for C++17.
template<typename T> class Expected final
{
public:
    Expected(T value)
        : m_data(std::move(value))
    {
    }
    Expected(Error error)
        : m_data(std::move(error))
    {
    }

    bool hasValue() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return hasValue(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    /// The error; a default (no-error) Error when there is a value.
    Error error() const { return hasValue() ? Error() : std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

} // namespace Skybeam
