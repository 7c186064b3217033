// SPDX-License-Identifier: Apache-2.0
// ApiResult<T>: either a value or an ApiError. No magic values: result.ok() tells which.
#pragma once

#include "core/api/apierror.h"

#include <optional>
#include <utility>

namespace keystage {

// The value of calls that return nothing (204, empty 200).
struct NoContent
{};

template<typename T>
class ApiResult
{
public:
    ApiResult()
        : m_error(ApiError::cancelled())
    {}
    ApiResult(T value)
        : m_value(std::move(value))
    {}
    ApiResult(ApiError error)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    // Only when ok().
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    // Only when !ok().
    const ApiError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    ApiError m_error;
};

} // namespace keystage
