#pragma once

#include "auth/Jwk.h"
#include "auth/Jwt.h"
#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace keyway::auth {

// What the relying party expects of an ID token (OpenID Connect Core §3.1.3.7, §3.2.2.11, §3.3.2.12).
struct IdTokenExpectations
{
    QString issuer; // exact match, no normalisation (a trailing slash matters)
    QString clientId;
    std::optional<QString> nonce; // the nonce sent in the authorization request, when one was
    qint64 clockSkewSeconds = 60;
    QDateTime now; // the time to validate at; invalid means the current time
    std::optional<qint64> maxAgeSeconds; // max_age sent in the request: auth_time is then required
    bool requireAuthTime = false; // auth_time was requested as an essential claim
    QByteArray accessToken; // issued with the ID token: at_hash is checked when the token carries one
    bool requireAtHash = false; // implicit/hybrid "id_token token": at_hash is mandatory
    QByteArray code; // the authorization code from a hybrid response: c_hash is checked
    bool requireCHash = false; // hybrid "code id_token": c_hash is mandatory
    QList<JwsAlgorithm> allowedAlgorithms{JwsAlgorithm::RS256}; // OIDC's default is RS256
    QList<Jwk> keys; // the issuer's JWKS
    QByteArray clientSecret; // the HMAC key for HS* (only when HS* is allowed)
};

struct ValidationCheck
{
    enum class Status { Passed, Failed, Skipped };
    QString name; // stable: "format", "alg", "signature", "iss", "sub", "aud", "azp", "exp", "nbf", "iat",
                  // "auth_time", "nonce", "at_hash", "c_hash"
    Status status = Status::Skipped;
    QString detail; // one sentence for people, e.g. "expired 5 min ago (2026-11-27 10:00:00 UTC), allowed skew 60 s"
};

struct IdTokenValidation
{
    QList<ValidationCheck> checks; // always every check, in the order above
    std::optional<Jws> token; // when the token could be decoded
    JwsVerification signature;

    // Decoded, signature verified, and no check failed.
    bool valid() const;
    const ValidationCheck *check(QStringView name) const;
    // "exp: expired 5 min ago ..." for each failed check.
    QStringList failures() const;
    // The kid was unknown: fetch the JWKS again (once) and validate again.
    bool shouldRefetchKeys() const { return signature.shouldRefetchKeys(); }
};

class IdTokenValidator final
{
public:
    explicit IdTokenValidator(IdTokenExpectations expectations);

    const IdTokenExpectations &expectations() const { return m_expectations; }
    // After a JWKS refetch.
    void setKeys(QList<Jwk> keys) { m_expectations.keys = std::move(keys); }

    IdTokenValidation validate(QByteArrayView idToken) const;

private:
    IdTokenExpectations m_expectations;
};

// at_hash / c_hash (OIDC Core §3.1.3.6, §3.3.2.11): base64url of the left half of the hash of the ASCII value,
// with the hash of the token's alg (SHA-256 for RS256 and so on; EdDSA: SHA-512 for Ed25519, SHAKE256 with a
// 114-byte output for Ed448 — `curve` says which).
Result<QByteArray> oidcHalfHash(JwsAlgorithm algorithm, const QString &curve, QByteArrayView value);

} // namespace keyway::auth
