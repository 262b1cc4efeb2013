#pragma once

#include "auth/BrowserGrantFlow.h"
#include "auth/Pkce.h"
#include "auth/TokenEndpoint.h"

#include <QByteArray>

#include <optional>

namespace keyway::auth {

// RFC 6749 §4.1 with PKCE S256 (RFC 7636) always, and OpenID Connect's code flow when ClientConfig::openId:
// the system browser signs the user in, the loopback listener (127.0.0.1 only) takes the code, and the code is
// exchanged at the token endpoint through TokenEndpoint (the one HttpClient: timeouts, size caps, timeline).
//
// How QtNetworkAuth 6.4 is used, and why no more: QOAuth2AuthorizationCodeFlow builds the authorization URL
// (buildAuthorizationUrl(), with its encoding fixed); its PKCE-less, state-reusing, error-swallowing token
// request is never made, and QOAuthHttpServerReplyHandler is not used at all (see LoopbackReceiver for why).
// What the Qt 6.4 defects become here:
// - wide bind: LoopbackReceiver binds 127.0.0.1 (or ::1) only, even for a "localhost" redirect URI;
// - no PKCE: a fresh verifier (32 bytes of QRandomGenerator::system()) per run, code_challenge S256 in the URL,
//   code_verifier in the token request;
// - swallowed token errors: the token request and its answer are ours (TokenEndpoint), errors come with the
//   server's body and a diagnosis;
// - double-encoded code: the callback is decoded exactly once (CallbackParameters::parse);
// - weak, reused state: 32 random bytes, base64url, new for every run, compared in constant time;
// - scope wiped: when the token response omits `scope`, the requested scopes are kept (RFC 6749 §5.1);
// - malformed refresh: refresh is RefreshFlow's job (TokenEndpoint), never Qt's.
//
// A caller: construct with the provider's endpoints and the client, connect userActionRequired (open the URL
// in the browser, or print it), succeeded and failed; start(). A callback on another path is refused with a
// page saying so and the flow keeps waiting; a forged or missing state fails it (StateMismatch) without a
// token request; so does an `error` answer (Callback, with a diagnosis), or the timeout (Timeout).
class AuthorizationCodeFlow final : public BrowserGrantFlow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthorizationCodeFlow)

public:
    AuthorizationCodeFlow(net::HttpClient *http, ProviderMetadata provider, ClientConfig client, QObject *parent = nullptr);
    ~AuthorizationCodeFlow() override;

    QString grantName() const override { return grants::authorizationCode; }

    // The S256 challenge sent with this run (public; the verifier stays inside).
    QByteArray codeChallenge() const { return m_pkce ? m_pkce->challenge() : QByteArray(); }

    // For tests only: send this code_verifier instead of the right one (to prove the server's PKCE check).
    void setCodeVerifierOverrideForTesting(const QByteArray &verifier) { m_verifierOverride = verifier; }

protected:
    LoopbackOptions::ResponseMode responseMode() const override { return LoopbackOptions::ResponseMode::Query; }
    QString responseType() const override { return QStringLiteral("code"); }
    QStringList requiredCallbackParameters() const override { return {QStringLiteral("code")}; }
    QString configurationProblem() const override;
    void prepareAuthorization(AuthorizationRequest &request) override;
    void onCallback(const CallbackParameters &parameters) override;

private:
    void onTokenResult(const TokenResult &result, const QByteArray &code);

    std::optional<Pkce> m_pkce;
    QByteArray m_verifierOverride;
};

} // namespace keyway::auth
