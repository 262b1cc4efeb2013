#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace keyway::auth {

// base64url (RFC 4648 §5), as JOSE uses it (RFC 7515 §2): the URL-safe alphabet, no padding.
enum class Base64UrlPadding {
    Forbidden, // JWS compact parts: any '=' is an error
    Accepted, // JWK members: correct trailing padding is tolerated (some publishers add it)
};

// Encodes without padding.
QByteArray base64UrlEncode(QByteArrayView data);

// Strict decoding: only [A-Za-z0-9_-], no whitespace, no impossible length (4n+1), no non-zero bits after
// the last full byte (so every byte string has exactly one accepted encoding). Errors name the offending
// character and its 0-based offset.
Result<QByteArray> base64UrlDecode(QByteArrayView text, Base64UrlPadding padding = Base64UrlPadding::Forbidden);

} // namespace keyway::auth
