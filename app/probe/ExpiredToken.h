#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <memory>

namespace keyway::probe {

// A private key the probe may sign test tokens with: one the server under test trusts (the test provider's key,
// say). RSA keys sign RS256, P-256 keys ES256. Held in memory only.
class SigningKey final
{
public:
    // PEM (PKCS#8 or traditional), unencrypted. The error says what is wrong with it, never its content.
    static Result<SigningKey> fromPem(const QByteArray &pem);
    QString algorithm() const { return m_algorithm; } // "RS256" or "ES256"
    // The JWS signature of `input` (ES256: raw R || S, as JOSE wants it); empty on failure.
    QByteArray sign(const QByteArray &input) const;

private:
    std::shared_ptr<void> m_key; // EVP_PKEY
    QString m_algorithm;
};

// A well-formed JWT whose `exp` lies in the past.
struct ExpiredToken
{
    QByteArray token;
    bool signedWithTrustedKey = false;
    QString detail; // for the case's detail: how it was made
};

// Makes an expired JWT. The header (kid, typ) and the claims (iss, aud, sub, scope, client_id, ...) are copied
// from `templateToken` when it is a JWT, so that only `exp` is wrong; iat/nbf/exp are set an hour or more before
// `now` and jti is new. Signed with `key` when there is one (its algorithm replaces the template's), otherwise
// unsigned (the signature part is empty).
ExpiredToken makeExpiredToken(const QString &templateToken, const SigningKey *key, const QDateTime &now);

// A malformed token: not a JWT, not even token68 (random, so that no two runs send the same bytes).
QByteArray garbledToken();

} // namespace keyway::probe
