// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Error.h"

#include <optional>
#include <utility>
#include <variant>

namespace isms {

/// A value or an Error: the return type of every fallible core API (an expected<T, Error> of our own,
/// because the project targets C++20). Construction from a value or an Error is implicit on purpose,
/// so that `return value;` and `return error;` both read naturally.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) // NOLINT(google-explicit-constructor)
        : m_state(std::in_place_index<0>, std::move(value))
    {}

    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_state(std::in_place_index<1>, std::move(error))
    {}

    bool hasValue() const { return m_state.index() == 0; }

    explicit operator bool() const { return hasValue(); }

    T &value() & { return std::get<0>(m_state); }

    const T &value() const & { return std::get<0>(m_state); }

    // By value, so that `for (x : f().value())` does not iterate a destroyed temporary.
    T value() && { return std::get<0>(std::move(m_state)); }

    T *operator->() { return &value(); }

    const T *operator->() const { return &value(); }

    T &operator*() & { return value(); }

    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;

    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_error(std::move(error))
    {}

    bool hasValue() const { return !m_error.has_value(); }

    explicit operator bool() const { return hasValue(); }

    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace isms
