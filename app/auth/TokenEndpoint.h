#pragma once

#include "auth/OAuthResult.h"
#include "auth/OAuthTypes.h"
#include "auth/TokenSet.h"
#include "net/HttpClient.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QNetworkRequest>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace keyway::auth {

using TokenResult = OAuthResult<TokenSet>;
using FormParameters = QList<QPair<QString, QString>>;

// Keyway's grant names (TokenSet::grant, AuthFlow::grantName(), the context of diagnoseOAuthError).
namespace grants {
inline const QString authorizationCode = QStringLiteral("authorizationCode");
inline const QString implicit = QStringLiteral("implicit");
inline const QString clientCredentials = QStringLiteral("clientCredentials");
inline const QString password = QStringLiteral("password");
inline const QString refresh = QStringLiteral("refresh");
inline const QString deviceCode = QStringLiteral("deviceCode");
// Contexts that are not grants, for diagnoses of the other endpoints.
inline const QString deviceAuthorization = QStringLiteral("deviceAuthorization");
inline const QString revocation = QStringLiteral("revocation");
inline const QString introspection = QStringLiteral("introspection");
inline const QString userinfo = QStringLiteral("userinfo");
inline const QString discovery = QStringLiteral("discovery");
inline const QString jwks = QStringLiteral("jwks");
} // namespace grants

// The RFC 6749 / RFC 8628 grant_type value for a Keyway grant name ("refresh" -> "refresh_token",
// "deviceCode" -> "urn:ietf:params:oauth:grant-type:device_code"); empty for implicit and unknown names.
QString grantTypeFor(const QString &grant);

// A token response larger than this is refused before it is parsed (a token is a few KB at most).
inline constexpr qsizetype kMaxTokenResponseBytes = 1024 * 1024;

// One request to the token endpoint (RFC 6749 §3.2), for any grant.
struct TokenRequest
{
    QUrl tokenEndpoint;
    QString grant; // Keyway's name (grants::...): the TokenSet's grant, the diagnosis context
    QString grantType; // empty: grantTypeFor(grant)
    // The grant's own parameters in order (code, redirect_uri, code_verifier, username, password,
    // refresh_token, device_code, ...). Client authentication and grant_type are added by TokenEndpoint.
    FormParameters parameters;
    QStringList scopes; // sent as one space-separated `scope` when not empty
    FormParameters extraParameters; // the user's additions (audience, resource, ...), sent last
    QString issuer; // for the TokenSet: the OIDC issuer, or empty (then the token endpoint's origin)
    // Timeline.
    QString label; // "Token request (client credentials)"; empty: derived from the grant
    QString flowId;
    QList<QByteArray> secrets; // secret values among `parameters` (code, verifier, password, refresh token...)
};

// The HTTP request a TokenRequest becomes, before it is sent (exposed for tests and for the curl export).
struct PreparedRequest
{
    QNetworkRequest request;
    QByteArray body; // application/x-www-form-urlencoded
    QList<QByteArray> secrets; // every secret value in the request: client secret, the Basic credentials, the request's own
};

// application/x-www-form-urlencoded encoding of one value (HTML / RFC 6749 Appendix B): [A-Za-z0-9*-._] kept,
// space as '+', everything else as %XX of its UTF-8 bytes.
QByteArray formUrlEncode(const QString &value);
// "a=1&b=x+y" from pairs, in order.
QByteArray formUrlEncode(const FormParameters &parameters);

// Adds client authentication (RFC 6749 §2.3.1) to a request to the token, device authorization, revocation
// or introspection endpoint: Basic with the form-urlencoded id and secret (ClientSecretBasic), client_id and
// client_secret in the body (ClientSecretPost), or client_id alone (None). The secret and the Basic
// credentials are appended to `secrets`.
void applyClientAuthentication(const ClientConfig &client, QNetworkRequest &request, FormParameters &body, QList<QByteArray> &secrets);

// Builds the POST for a token request: grant_type, the grant's parameters, scope, client authentication,
// the extra parameters; Content-Type form-urlencoded, Accept JSON.
PreparedRequest prepareTokenRequest(const TokenRequest &request, const ClientConfig &client);

// Reads a token endpoint's answer. Tolerant where real servers deviate harmlessly: token_type in any case
// (or missing), scope missing (then the requested scopes, scopesFromResponse = false), refresh_token and
// expires_in missing, expires_in as a number or a numeric string; other members kept in TokenSet::extra
// unless they look secret. Strict where it matters: a 2xx without access_token, a 2xx that is not a JSON
// object (an HTML login page, say), members of the wrong type, a body over kMaxTokenResponseBytes — each an
// UnexpectedResponse saying exactly what is wrong. Error answers become errorFromResponse().
TokenResult parseTokenResponse(const net::HttpResult &result, const QString &grant, const QStringList &requestedScopes,
                               const QString &issuer, const QString &clientId, const QDateTime &now);

// Any failed answer of an OAuth endpoint (token, device authorization, revocation, introspection, userinfo,
// discovery) as an OAuthError: the RFC 6749 §5.2 members when the body has them, otherwise the body exactly as
// it came (an empty 403, a bare string, an HTML page); a network failure, timeout or size cap as Kind::Network;
// always with a diagnosis for the context (`grant` is a grants:: name). `endpointName` is for the message
// ("token endpoint").
OAuthError errorFromResponse(const net::HttpResult &result, const QString &grant, const QString &endpointName);

// True when the body is (or starts like) an HTML document.
bool looksLikeHtml(const QByteArray &body);

// Marks `secrets` (tokens received, a device code) as secret in the timeline exchange that carried `body`
// in flow `flowId` (the last matching one), since RequestInfo::secrets can only list what was known at send
// time. False when no timeline or no such exchange.
bool addSecretsToRecordedExchange(net::Timeline *timeline, const QString &flowId, const QByteArray &body, const QList<QByteArray> &secrets);

// Sends token requests through the one HttpClient (timeouts, size caps, timeline) and parses the answers.
// Cheap to construct; holds no state but the client.
class TokenEndpoint final
{
public:
    explicit TokenEndpoint(net::HttpClient *http) : m_http(http) { }

    using Callback = std::function<void(const TokenResult &)>;

    // Sends `request` with `client`'s authentication; `done` runs exactly once (also after cancelling the
    // returned handle, with Kind::Cancelled). On success the received tokens are added to the timeline
    // exchange's secrets. Configuration errors (no endpoint, no client id) are reported through `done` too,
    // and the handle is then null.
    QPointer<net::HttpRequestHandle> requestToken(const TokenRequest &request, const ClientConfig &client, Callback done) const;

    net::HttpClient *httpClient() const { return m_http; }

private:
    net::HttpClient *m_http;
};

} // namespace keyway::auth
