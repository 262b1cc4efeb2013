#pragma once

#include "auth/IdTokenValidator.h"
#include "auth/OAuthTypes.h"
#include "auth/TokenSet.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

namespace keyway::auth {

class JwksCache;

// What a flow knows when it checks the ID token it received.
struct IdTokenContext
{
    std::optional<QString> nonce; // the nonce sent in the authorization request, if any
    QByteArray code; // hybrid flows only: the code, for c_hash
    bool requireAtHash = false; // implicit "id_token token"
    bool requireCHash = false;
    // Refresh (OIDC Core §12.2): the subject of the ID token issued first; a refreshed ID token must name it.
    QString previousSubject;
    QDateTime now; // invalid: the current time
};

// The JWS algorithms an ID token of `provider` may use: its advertised id_token_signing_alg_values_supported
// that Keyway implements (RS256 when it advertises none), HS* only when the client has a secret; never "none".
QList<JwsAlgorithm> allowedIdTokenAlgorithms(const ProviderMetadata &provider, const ClientConfig &client);

// Verifies `tokens.idToken` (signature with the issuer's JWKS — fetched through `cache`, refetched once on an
// unknown kid —, iss, aud, azp, exp/nbf/iat with the client's clock skew, nonce, at_hash with the access token,
// c_hash). `done` gets every check; a refetch adds the check "jwks_refetch" saying so, a subject change on
// refresh fails the check "sub". Asynchronous only when the keys must be fetched.
void checkIdToken(JwksCache *cache, const ProviderMetadata &provider, const ClientConfig &client, const TokenSet &tokens,
                  const IdTokenContext &context, const QString &flowId, std::function<void(const IdTokenValidation &)> done);

// The OAuthError for an ID token that failed (Kind::IdTokenInvalid), listing each failed check in the diagnosis.
OAuthError idTokenError(const IdTokenValidation &validation);

} // namespace keyway::auth
