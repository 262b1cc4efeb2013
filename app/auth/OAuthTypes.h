#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace keyway::auth {

// The endpoints of an authorization server: from the OpenAPI scheme's flow URLs, completed (or replaced)
// by OpenID Connect discovery / RFC 8414 metadata when there is any.
struct ProviderMetadata
{
    QString issuer; // empty for plain OAuth 2.0 without metadata
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl deviceAuthorizationEndpoint;
    QUrl revocationEndpoint;
    QUrl introspectionEndpoint;
    QUrl userinfoEndpoint;
    QUrl jwksUri;
    QUrl endSessionEndpoint;
    QStringList scopesSupported;
    QStringList responseTypesSupported;
    QStringList grantTypesSupported; // advisory only: Keyway never hides a flow because of it
    QStringList tokenEndpointAuthMethodsSupported;
    QStringList codeChallengeMethodsSupported;
    QStringList idTokenSigningAlgValuesSupported;
    QUrl discoveryUrl; // where this came from, if discovered
};

// How the client authenticates at the token endpoint (RFC 6749 §2.3.1, OIDC Core §9).
enum class ClientAuthMethod {
    None, // a public client: client_id in the body only
    ClientSecretBasic, // HTTP Basic with the form-urlencoded id and secret
    ClientSecretPost, // client_id and client_secret in the body
};

// The client Keyway acts as, and what the user asked for. Non-secret parts go to the workspace; the
// client secret and the password go to the secret store only.
struct ClientConfig
{
    QString clientId;
    QString clientSecret; // empty for public clients
    ClientAuthMethod authMethod = ClientAuthMethod::ClientSecretBasic;
    QStringList scopes;
    // Extra authorization / token request parameters the user added (audience, resource, prompt,
    // login_hint, acr_values, ...), in order.
    QList<QPair<QString, QString>> extraParameters;

    // Loopback redirect for authorization code and implicit: host 127.0.0.1 unless the provider
    // registered "localhost"; port 0 = any free port; path as registered.
    QString redirectHost = QStringLiteral("127.0.0.1");
    quint16 redirectPort = 0;
    QString redirectPath = QStringLiteral("/callback");

    // Resource owner password grant.
    QString username;
    QString password;

    bool openId = false; // send a nonce and verify the ID token (scope contains "openid" or the scheme is openIdConnect)
    int clockSkewSeconds = 60;
};

// An OAuth error response (RFC 6749 §5.2, RFC 8628 §3.5) or any other failure of a flow, as sent,
// with a plain-language diagnosis of the likely cause.
struct OAuthError
{
    enum class Kind {
        ServerError, // the server answered with an OAuth error (error / error_description / error_uri)
        UnexpectedResponse, // the server answered something that is not a valid OAuth response
        Network, // unreachable, timeout, TLS, size cap
        StateMismatch, // the callback's state is not the one sent
        Callback, // the browser came back with an error or without a code
        IdTokenInvalid, // the ID token failed a check
        IssuerMismatch, // discovery or the token's issuer is not the expected one
        Cancelled,
        Timeout, // the user did not finish in time (loopback listener, device code)
        Configuration, // something needed is missing (no token URL, no client id)
    };
    Kind kind = Kind::ServerError;
    QString error; // "invalid_grant"
    QString errorDescription;
    QString errorUri;
    int httpStatus = 0;
    QByteArray rawBody; // exactly as received (an empty 403, a bare string, HTML)
    QString message; // one line for a person: what failed
    QString diagnosis; // the likely cause and what to try, in plain language

    QString toString() const; // message, then "error: description", then the diagnosis
};

// Plain-language diagnosis for an OAuth error code in context (which grant, which endpoint), e.g.
// invalid_grant during a code exchange: "the code expired, was used already, or the PKCE verifier or
// redirect_uri does not match the authorization request".
QString diagnoseOAuthError(const QString &error, const QString &errorDescription, const QString &grant, int httpStatus);

} // namespace keyway::auth
