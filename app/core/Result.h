#pragma once

#include "core/SourceLocation.h"

#include <QMetaType>
#include <QString>

#include <utility>
#include <variant>

namespace keyway {

// An error as a value: what went wrong, in words a person can act on, and where (when it is known).
struct Error
{
    QString message;
    SourceLocation location;

    // "file:line:column: message", or just the message when there is no location.
    QString toString() const;
};

// Either a value or an Error (in the spirit of std::expected, which C++20 lacks).
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) { }
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

} // namespace keyway

Q_DECLARE_METATYPE(keyway::Error)
