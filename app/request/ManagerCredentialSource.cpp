#include "request/ManagerCredentialSource.h"

#include "auth/CredentialManager.h"

#include <QCoreApplication>

namespace keyway::request {

using openapi::OAuthFlow;
using openapi::SecurityScheme;

namespace {

OAuthFlow::Kind kindOfGrant(const QString &grant)
{
    if (grant == QLatin1String("clientCredentials"))
        return OAuthFlow::Kind::ClientCredentials;
    if (grant == QLatin1String("password"))
        return OAuthFlow::Kind::Password;
    if (grant == QLatin1String("deviceCode"))
        return OAuthFlow::Kind::DeviceAuthorization;
    if (grant == QLatin1String("implicit"))
        return OAuthFlow::Kind::Implicit;
    return OAuthFlow::Kind::AuthorizationCode;
}

} // namespace

std::optional<SchemeCredential> ManagerCredentialSource::credential(const QString &schemeName) const
{
    const SecurityScheme *scheme = m_manager ? m_manager->scheme(schemeName) : nullptr;
    if (!scheme)
        return std::nullopt;
    if (scheme->type == SecurityScheme::Type::OAuth2 || scheme->type == SecurityScheme::Type::OpenIdConnect) {
        const auth::TokenSet tokens = m_manager->tokens(schemeName);
        if (tokens.isEmpty())
            return std::nullopt;
        return SchemeCredential::fromTokens(tokens);
    }
    const auth::StaticSecret secret = m_manager->staticSecret(schemeName);
    SchemeCredential c;
    switch (scheme->type) {
    case SecurityScheme::Type::ApiKey:
        c.apiKey = secret.value;
        break;
    case SecurityScheme::Type::Http:
        c.username = secret.username;
        c.password = secret.password;
        c.apiKey = secret.value; // a bearer (or other token-like) scheme's typed-in token
        if (c.apiKey.isEmpty() && scheme->httpScheme != QLatin1String("basic") && scheme->httpScheme != QLatin1String("digest")) {
            const auth::TokenSet tokens = m_manager->tokens(schemeName);
            if (!tokens.isEmpty())
                c.tokens = tokens;
        }
        break;
    case SecurityScheme::Type::MutualTls:
        c.certificate.certificatePath = secret.certificatePath;
        c.certificate.privateKeyPath = secret.privateKeyPath;
        c.certificate.passphrase = secret.passphrase.toUtf8();
        break;
    default:
        return std::nullopt;
    }
    if (!isUsableFor(*scheme, c))
        return std::nullopt;
    return c;
}

RequestSender::Refresher ManagerCredentialSource::refresher(auth::CredentialManager *manager)
{
    QPointer<auth::CredentialManager> guarded(manager);
    return [guarded](const QString &scheme, const auth::TokenSet &current, RequestSender::RefreshDone done) {
        if (!guarded) {
            done(Error{QCoreApplication::translate("ManagerCredentialSource", "The credentials are gone."), {}});
            return;
        }
        guarded->resolveProvider(
            scheme, kindOfGrant(current.grant), [guarded, scheme, done](const auth::OAuthResult<auth::ProviderMetadata> &r) {
                if (!guarded) {
                    done(Error{QCoreApplication::translate("ManagerCredentialSource", "The credentials are gone."), {}});
                    return;
                }
                if (!r) {
                    done(Error{r.error().toString(), {}});
                    return;
                }
                auth::RefreshFlow *flow = guarded->refresh(scheme, [done](const auth::AuthorizeOutcome &outcome) {
                    if (outcome.succeeded)
                        done(outcome.tokens);
                    else
                        done(Error{outcome.error.toString(), {}});
                });
                if (!flow) {
                    done(Error{QCoreApplication::translate("ManagerCredentialSource", "%1 cannot be refreshed.").arg(scheme), {}});
                    return;
                }
                flow->start();
            });
    };
}

} // namespace keyway::request
