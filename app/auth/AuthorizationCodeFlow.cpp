#include "auth/AuthorizationCodeFlow.h"

#include "net/HttpClient.h"

namespace keyway::auth {

AuthorizationCodeFlow::AuthorizationCodeFlow(net::HttpClient *http, ProviderMetadata provider, ClientConfig client, QObject *parent)
    : BrowserGrantFlow(http, std::move(provider), std::move(client), parent)
{ }

AuthorizationCodeFlow::~AuthorizationCodeFlow() = default;

QString AuthorizationCodeFlow::configurationProblem() const
{
    const QUrl &token = m_provider.tokenEndpoint;
    if (!token.isValid() || token.isRelative() || (token.scheme() != QLatin1String("https") && token.scheme() != QLatin1String("http")))
        return tr("The token URL \"%1\" is not an absolute http(s) URL: the code cannot be exchanged.").arg(token.toString());
    if (m_client.authMethod != ClientAuthMethod::None && m_client.clientSecret.isEmpty())
        return tr("The client authenticates with a secret, but none is set: enter it, or mark the client as public.");
    return {};
}

void AuthorizationCodeFlow::prepareAuthorization(AuthorizationRequest &request)
{
    // S256 always, even when the metadata does not list it: servers that lack PKCE ignore the parameters.
    m_pkce = Pkce::generate();
    request.codeChallenge = m_pkce->challenge();
}

void AuthorizationCodeFlow::onCallback(const CallbackParameters &parameters)
{
    const QByteArray code = parameters.value(QStringLiteral("code")).toUtf8();
    const QByteArray verifier = m_verifierOverride.isEmpty() ? m_pkce->verifier() : m_verifierOverride;

    TokenRequest request;
    request.tokenEndpoint = m_provider.tokenEndpoint;
    request.grant = grants::authorizationCode;
    request.parameters = {
        {QStringLiteral("code"), QString::fromUtf8(code)},
        {QStringLiteral("redirect_uri"), redirectUri().toString(QUrl::FullyEncoded)},
        {QStringLiteral("code_verifier"), QString::fromLatin1(verifier)},
    };
    // No scope in the code exchange (RFC 6749 §4.1.3): the scope was fixed by the authorization request.
    request.issuer = m_provider.issuer;
    request.label = tr("Token request (authorization code)");
    request.flowId = flowId();
    request.secrets = {code, verifier};

    Q_EMIT progressMessage(tr("Exchanging the authorization code at the token endpoint…"));
    QPointer<AuthorizationCodeFlow> self(this);
    m_request = TokenEndpoint(m_http).requestToken(request, m_client, [self, code](const TokenResult &result) {
        if (!self)
            return;
        self->m_request = nullptr;
        self->onTokenResult(result, code);
    });
}

void AuthorizationCodeFlow::onTokenResult(const TokenResult &result, const QByteArray &code)
{
    if (isFinished())
        return;
    if (!result)
        return failWith(result.error());
    TokenSet tokens = *result;
    if (!tokens.scopesFromResponse) {
        // Qt 6.4 wiped the scope here; the requested scopes are what was granted (RFC 6749 §5.1).
        tokens.grantedScopes = requestedScopes();
    }
    tokens.requestedScopes = requestedScopes();
    IdTokenContext context;
    context.code = code; // c_hash, when the ID token carries one
    finishWithTokens(std::move(tokens), context);
}

} // namespace keyway::auth
