#pragma once

#include "auth/BrowserGrantFlow.h"
#include "auth/TokenEndpoint.h"

namespace keyway::auth {

// RFC 6749 §4.2 (and OIDC Core §3.2 when ClientConfig::openId: response_type "id_token token", nonce required,
// at_hash required): the tokens come back in the redirect URI's fragment, which browsers never send to a
// server. The loopback page therefore serves a tiny script that posts location.hash back to the same exact
// path (LoopbackOptions::ResponseMode::Fragment); state is checked before anything else, then the ID token
// (signature, iss, aud, azp, exp/nbf/iat, nonce, at_hash). No token endpoint, no refresh token.
//
// Works, and says that it should not be used (advisory()).
class ImplicitFlow final : public BrowserGrantFlow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImplicitFlow)

public:
    ImplicitFlow(net::HttpClient *http, ProviderMetadata provider, ClientConfig client, QObject *parent = nullptr);
    ~ImplicitFlow() override;

    QString grantName() const override { return grants::implicit; }

    // The caution shown with this grant (RFC 9700 §2.1.2); also sent as a progressMessage at start.
    static QString advisory();

protected:
    LoopbackOptions::ResponseMode responseMode() const override { return LoopbackOptions::ResponseMode::Fragment; }
    QString responseType() const override;
    QStringList requiredCallbackParameters() const override;
    void prepareAuthorization(AuthorizationRequest &request) override;
    void onCallback(const CallbackParameters &parameters) override;
};

} // namespace keyway::auth
