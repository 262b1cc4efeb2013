#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace keyway::auth {

// What a successful grant produced. Secrets (the tokens) live only here, in the secret store and on
// the wire: never in settings, logs or exports.
struct TokenSet
{
    QString accessToken;
    QString tokenType; // as the server wrote it ("Bearer", "bearer", "DPoP", ...)
    QString refreshToken;
    QString idToken;
    QDateTime obtainedAt; // UTC
    QDateTime expiresAt; // UTC; invalid when the server did not say (no expires_in)
    QStringList grantedScopes; // from the response's `scope`; when absent, the requested ones (RFC 6749 §5.1)
    bool scopesFromResponse = false; // false: grantedScopes were assumed from the request
    QStringList requestedScopes;
    QString issuer; // OIDC issuer or the token endpoint's origin
    QString clientId;
    QString grant; // "authorizationCode", "clientCredentials", "password", "implicit", "deviceCode", "refresh"
    QJsonObject extra; // other response members (non-secret, e.g. "id_token_expires_in"), for display

    bool isEmpty() const { return accessToken.isEmpty(); }
    bool hasExpiry() const { return expiresAt.isValid(); }
    // Expired, or expiring within `marginSeconds`, at `now`.
    bool isExpired(const QDateTime &now, int marginSeconds = 0) const;
    qint64 secondsLeft(const QDateTime &now) const; // negative once expired; 0 without expiry
    // token_type compared case-insensitively (RFC 6749 §5.1): is it a bearer token?
    bool isBearer() const;

    // Serialised for the secret store (the whole set, secrets included: only ever written there).
    QByteArray toSecretJson() const;
    static Result<TokenSet> fromSecretJson(const QByteArray &json);
};

} // namespace keyway::auth
