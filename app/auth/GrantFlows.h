#pragma once

#include "auth/AuthFlow.h"
#include "auth/IdTokenValidator.h"
#include "auth/OAuthTypes.h"
#include "auth/TokenEndpoint.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QPointer>
#include <QString>

#include <optional>

class QTimer;

namespace keyway::net {
class HttpClient;
}

namespace keyway::auth {

class JwksCache;

// Refreshing "shortly before expiry, or after a 401 with invalid_token" (the request layer asks this).
struct RefreshPolicy
{
    int marginSeconds = 60; // refresh when less than this is left
    bool refreshOnInvalidToken = true;

    // A refresh token exists and the access token expires within the margin.
    bool shouldRefresh(const TokenSet &tokens, const QDateTime &now) const;
    // A resource server answered `httpStatus` with `wwwAuthenticate`: worth one refresh and one retry? True for
    // 401 with a Bearer challenge whose error is invalid_token (RFC 6750 §3.1), or a 401 Bearer challenge without
    // an error when the token is known to be expired.
    bool shouldRefreshAfter(const TokenSet &tokens, int httpStatus, const QByteArray &wwwAuthenticate, const QDateTime &now) const;
};

// The access token expires within `marginSeconds` at `now` and can be refreshed.
bool needsRefresh(const TokenSet &tokens, const QDateTime &now, int marginSeconds = 60);

// The part every grant that ends at the token endpoint shares: the token request, the ID-token check when the
// client is an OpenID one, the timeline's flow id, cancel. Subclasses say what to send.
class TokenGrantFlow : public AuthFlow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenGrantFlow)

public:
    TokenGrantFlow(net::HttpClient *http, ProviderMetadata provider, ClientConfig client, QObject *parent = nullptr);
    ~TokenGrantFlow() override;

    void start() override;
    void cancel() override;

    // Keys for the ID-token check (not owned; without one, a cache of the flow's own is used).
    void setJwksCache(JwksCache *cache) { m_jwks = cache; }
    // Every check of the ID token of this run, once there was one (empty before, or without an ID token).
    const std::optional<IdTokenValidation> &idTokenValidation() const { return m_idToken; }
    const ProviderMetadata &provider() const { return m_provider; }
    const ClientConfig &client() const { return m_client; }

protected:
    // Checks the configuration, then sends the first request (the token request for most grants).
    virtual void begin() = 0;
    // A token request for this grant (endpoint, issuer, scopes, extra parameters, flow id filled in).
    TokenRequest baseRequest() const;
    void sendTokenRequest(const TokenRequest &request);
    // The token response (good or bad). The default: tokens -> ID-token check -> succeed; error -> fail.
    virtual void onTokenResult(const TokenResult &result);
    // Tokens received: check the ID token when there is one and the client is an OpenID client, then succeed.
    void finishWithTokens(TokenSet tokens, const QString &previousSubject = {});
    void failWith(OAuthError::Kind kind, const QString &message, const QString &diagnosis = {});

    net::HttpClient *m_http;
    ProviderMetadata m_provider;
    ClientConfig m_client;
    QPointer<net::HttpRequestHandle> m_request;

private:
    JwksCache *jwksCache();

    JwksCache *m_jwks = nullptr;
    JwksCache *m_ownJwks = nullptr;
    std::optional<IdTokenValidation> m_idToken;
};

// RFC 6749 §4.4: a confidential client's own token (client_secret_basic or client_secret_post).
class ClientCredentialsFlow final : public TokenGrantFlow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientCredentialsFlow)

public:
    using TokenGrantFlow::TokenGrantFlow;
    QString grantName() const override { return grants::clientCredentials; }

protected:
    void begin() override;
};

// RFC 6749 §4.3: the user's username and password, sent by the client. Works, with a caution.
class PasswordFlow final : public TokenGrantFlow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordFlow)

public:
    using TokenGrantFlow::TokenGrantFlow;
    QString grantName() const override { return grants::password; }
    // The caution shown with this grant (RFC 9700 §2.4); also sent as a progressMessage at start.
    static QString advisory();

protected:
    void begin() override;
};

// RFC 6749 §6: a new access token for a refresh token. The refresh token is kept when the answer has no new one
// (RFC 6749 §6 allows either), granted scopes carry over when the answer omits scope, and a new ID token must
// name the same subject (OIDC Core §12.2).
class RefreshFlow final : public TokenGrantFlow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefreshFlow)

public:
    // `previous` holds the refresh token; ClientConfig::scopes, when set, narrows the scope (RFC 6749 §6),
    // otherwise no scope is sent.
    RefreshFlow(net::HttpClient *http, ProviderMetadata provider, ClientConfig client, TokenSet previous, QObject *parent = nullptr);
    QString grantName() const override { return grants::refresh; }

protected:
    void begin() override;
    void onTokenResult(const TokenResult &result) override;

private:
    TokenSet m_previous;
};

// RFC 8628: the device authorization request, the user code shown (UserAction::EnterCodeElsewhere), polling
// the token endpoint at the server's interval (5 s by default), authorization_pending -> go on, slow_down ->
// interval + 5 s (said in a progressMessage), access_denied / expired_token -> fail with the diagnosis. Bounded by
// the code's lifetime (plus one last poll so the server can say expired_token) and by a hard cap on polls and time.
class DeviceAuthorizationFlow final : public TokenGrantFlow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceAuthorizationFlow)

public:
    static constexpr int kDefaultIntervalSeconds = 5;
    static constexpr int kSlowDownStepSeconds = 5;
    static constexpr int kMaxPolls = 720;
    static constexpr int kMaxDurationSeconds = 3600;
    static constexpr int kMaxTransientFailures = 3; // network errors / 5xx in a row before giving up

    using TokenGrantFlow::TokenGrantFlow;
    QString grantName() const override { return grants::deviceCode; }

    // The current polling interval in milliseconds (after slow_down increases).
    int pollIntervalMs() const { return m_intervalMs; }
    int pollCount() const { return m_polls; }
    int slowDownCount() const { return m_slowDowns; }
    // What the server said (valid once the device authorization answered).
    const UserAction &userAction() const { return m_action; }

    // For tests (and impatient debugging): poll every `ms` instead of the server's interval at first. slow_down
    // still adds its 5 s. Not below 50 ms.
    void setInitialIntervalOverrideMs(int ms) { m_intervalOverrideMs = qMax(50, ms); }

protected:
    void begin() override;
    void onTokenResult(const TokenResult &result) override;

private:
    void onDeviceAuthorization(const net::HttpResult &result);
    void schedulePoll();
    void poll();
    void cancelTimers();

    QTimer *m_timer = nullptr;
    UserAction m_action;
    QString m_deviceCode;
    int m_intervalMs = kDefaultIntervalSeconds * 1000;
    std::optional<int> m_intervalOverrideMs;
    int m_polls = 0;
    int m_slowDowns = 0;
    int m_transientFailures = 0;
    QElapsedTimer m_clock;
    qint64 m_deadlineMs = 0; // on m_clock
};

} // namespace keyway::auth
