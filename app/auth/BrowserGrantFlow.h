#pragma once

#include "auth/AuthFlow.h"
#include "auth/IdTokenCheck.h"
#include "auth/IdTokenValidator.h"
#include "auth/LoopbackReceiver.h"
#include "auth/OAuthTypes.h"
#include "auth/TokenSet.h"
#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

namespace keyway::net {
class HttpClient;
class HttpRequestHandle;
} // namespace keyway::net

namespace keyway::auth {

class JwksCache;

// The front-channel request of a browser-based grant (RFC 6749 §4.1.1 and §4.2.1, OIDC Core §3.1.2.1).
struct AuthorizationRequest
{
    QUrl endpoint; // its own query (a policy name, say) is kept
    QString responseType; // "code", "id_token token", "token"
    QString clientId;
    QUrl redirectUri;
    QStringList scopes; // sent space-separated; no `scope` when empty
    QByteArray state;
    QByteArray nonce; // empty: none sent
    QByteArray codeChallenge; // S256; empty: no PKCE parameters
    QList<QPair<QString, QString>> extraParameters; // the user's, in order
};

// The parameters Keyway sets itself; ClientConfig::extraParameters may not name them.
bool isReservedAuthorizationParameter(const QString &name);

// The authorization URL, built by QOAuth2AuthorizationCodeFlow (Qt 6.4), with its defects worked around: each
// name and value is percent-encoded here first (Qt leaves '+', '%' and '&'-like bytes such that servers decode
// them wrongly), the endpoint's own query is put back (Qt replaces it), the state is ours rather than Qt's
// 8-character one, Qt's "oob" redirect_uri is replaced by the loopback one, an empty scope is left out, and
// Qt's debug line that prints the whole URL (state and nonce included) is kept quiet.
Result<QUrl> buildAuthorizationUrl(const AuthorizationRequest &request);

// What authorization code + PKCE and implicit share: a loopback listener (LoopbackReceiver) bound to 127.0.0.1,
// a fresh 256-bit state (and nonce for OpenID) per run, the authorization URL handed to whoever opens the
// browser (UserAction::OpenBrowser), the browser steps on the timeline (isBrowserStep), the RFC 9207 `iss`
// check of the callback, and the ID-token check (JWKS through JwksCache) before success.
//
// Lifecycle: start() -> WaitingForUser (userActionRequired) -> the browser comes back -> Exchanging ->
// Succeeded or Failed; or Failed with Kind::Timeout when the browser does not come back in time; cancel() at
// any point closes the listener and stops any request.
class BrowserGrantFlow : public AuthFlow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrowserGrantFlow)

public:
    BrowserGrantFlow(net::HttpClient *http, ProviderMetadata provider, ClientConfig client, QObject *parent = nullptr);
    ~BrowserGrantFlow() override;

    void start() final;
    void cancel() override;

    // How long the loopback listener waits for the browser (default 5 min). Set before start().
    void setCallbackTimeout(std::chrono::milliseconds timeout) { m_callbackTimeout = timeout; }
    std::chrono::milliseconds callbackTimeout() const { return m_callbackTimeout; }
    // Keys for the ID-token check (not owned; without one, the flow uses a cache of its own).
    void setJwksCache(JwksCache *cache) { m_jwks = cache; }

    const ProviderMetadata &provider() const { return m_provider; }
    const ClientConfig &client() const { return m_client; }
    // Valid once started: the loopback redirect URI, and the URL the browser opens (it carries the state and
    // nonce: show it, never log it).
    QUrl redirectUri() const { return m_redirectUri; }
    QUrl authorizationUrl() const { return m_authorizationUrl; }
    // The listener while the flow waits for the browser (null before and after).
    const LoopbackReceiver *receiver() const { return m_receiver; }
    // Every check of the ID token of this run, once there was one.
    const std::optional<IdTokenValidation> &idTokenValidation() const { return m_idTokenValidation; }

    // For tests only: changes the ID token before it is checked (to prove that a tampered one is refused).
    void setIdTokenTamperForTesting(std::function<QString(const QString &)> tamper) { m_tamperIdToken = std::move(tamper); }

protected:
    virtual LoopbackOptions::ResponseMode responseMode() const = 0;
    virtual QString responseType() const = 0;
    // What an accepted callback must carry besides state.
    virtual QStringList requiredCallbackParameters() const = 0;
    // A problem with the configuration for this grant (no token URL, ...), or empty.
    virtual QString configurationProblem() const { return {}; }
    // Adds grant-specific parameters (PKCE) to the request before the URL is built.
    virtual void prepareAuthorization(AuthorizationRequest &request) { Q_UNUSED(request); }
    // The browser came back with a matching state, no error, and the required parameters.
    virtual void onCallback(const CallbackParameters &parameters) = 0;

    // Checks the ID token (OpenID clients) and then succeeds, or fails with Kind::IdTokenInvalid.
    void finishWithTokens(TokenSet tokens, IdTokenContext context);
    void failWith(OAuthError::Kind kind, const QString &message, const QString &diagnosis = {});
    void failWith(const OAuthError &error);

    QByteArray nonce() const { return m_nonce; }
    QStringList requestedScopes() const; // ClientConfig::scopes, plus "openid" for an OpenID client

    net::HttpClient *m_http;
    ProviderMetadata m_provider;
    ClientConfig m_client;
    QPointer<net::HttpRequestHandle> m_request;

private:
    void onCallbackReceived(const CallbackParameters &parameters);
    void onReceiverFailed(const OAuthError &error);
    void recordCallbackExchange();
    void recordAuthorizationRequest();
    void releaseReceiver();
    JwksCache *jwksCache();

    std::chrono::milliseconds m_callbackTimeout{std::chrono::minutes(5)};
    QPointer<LoopbackReceiver> m_receiver;
    QUrl m_redirectUri;
    QUrl m_authorizationUrl;
    QByteArray m_state;
    QByteArray m_nonce;
    JwksCache *m_jwks = nullptr;
    JwksCache *m_ownJwks = nullptr;
    std::optional<IdTokenValidation> m_idTokenValidation;
    std::function<QString(const QString &)> m_tamperIdToken;
};

} // namespace keyway::auth
