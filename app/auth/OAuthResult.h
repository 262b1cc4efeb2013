#pragma once

#include "auth/OAuthTypes.h"

#include <utility>
#include <variant>

namespace keyway::auth {

// Either a value or an OAuthError: what every OAuth endpoint call (token, device authorization,
// revocation, introspection, userinfo, discovery, JWKS) hands back to its callback. Like keyway::Result,
// but the error keeps the server's error code, its body as sent and a diagnosis.
template<typename T> class [[nodiscard]] OAuthResult
{
public:
    OAuthResult(T value) : m_data(std::in_place_index<0>, std::move(value)) { }
    OAuthResult(OAuthError error) : m_data(std::in_place_index<1>, std::move(error)) { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T *operator->() const { return &value(); }
    const T &operator*() const & { return value(); }

    const OAuthError &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, OAuthError> m_data;
};

} // namespace keyway::auth
