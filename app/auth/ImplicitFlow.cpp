#include "auth/ImplicitFlow.h"

#include <QDateTime>

namespace keyway::auth {

ImplicitFlow::ImplicitFlow(net::HttpClient *http, ProviderMetadata provider, ClientConfig client, QObject *parent)
    : BrowserGrantFlow(http, std::move(provider), std::move(client), parent)
{ }

ImplicitFlow::~ImplicitFlow() = default;

QString ImplicitFlow::advisory()
{
    return tr("The implicit grant is deprecated: RFC 9700 (OAuth 2.0 Security Best Current Practice) advises against it, "
              "because the access token travels in the browser's address and can leak through history, referrers or "
              "injection, and it cannot be bound to this client. Prefer authorization code with PKCE; use implicit only "
              "to test a server that still offers it.");
}

QString ImplicitFlow::responseType() const
{
    return m_client.openId ? QStringLiteral("id_token token") : QStringLiteral("token");
}

QStringList ImplicitFlow::requiredCallbackParameters() const
{
    QStringList required{QStringLiteral("access_token")};
    if (m_client.openId)
        required << QStringLiteral("id_token");
    return required;
}

void ImplicitFlow::prepareAuthorization(AuthorizationRequest &request)
{
    Q_UNUSED(request); // the nonce is set for OpenID clients already (required with id_token, OIDC Core §3.2.2.1)
    Q_EMIT progressMessage(advisory());
}

void ImplicitFlow::onCallback(const CallbackParameters &parameters)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    TokenSet tokens;
    tokens.accessToken = parameters.value(QStringLiteral("access_token"));
    tokens.tokenType = parameters.value(QStringLiteral("token_type")); // any case; missing is read as Bearer
    tokens.idToken = parameters.value(QStringLiteral("id_token"));
    tokens.obtainedAt = now;
    const QString expiresIn = parameters.value(QStringLiteral("expires_in"));
    if (!expiresIn.isEmpty()) {
        bool ok = false;
        const qint64 seconds = expiresIn.trimmed().toLongLong(&ok);
        if (!ok || seconds < 0 || seconds > qint64(10) * 365 * 24 * 3600)
            return failWith(OAuthError::Kind::UnexpectedResponse,
                            tr("The authorization response's expires_in \"%1\" is not a number of seconds.").arg(expiresIn.left(40)),
                            tr("The server sent a malformed implicit response."));
        tokens.expiresAt = now.addSecs(seconds);
    }
    tokens.requestedScopes = requestedScopes();
    const QString scope = parameters.value(QStringLiteral("scope"));
    if (parameters.contains(QStringLiteral("scope"))) {
        tokens.grantedScopes = scope.split(u' ', Qt::SkipEmptyParts);
        tokens.scopesFromResponse = true;
    } else {
        tokens.grantedScopes = tokens.requestedScopes; // RFC 6749 §4.2.2: omitted means as requested
    }
    tokens.issuer = m_provider.issuer.isEmpty()
        ? m_provider.authorizationEndpoint.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
              .toString()
        : m_provider.issuer;
    tokens.clientId = m_client.clientId;
    tokens.grant = grants::implicit;
    // Everything else (session_state, ...) is kept for display unless it looks like a credential. A refresh
    // token must not come this way (RFC 6749 §4.2.2) and is dropped.
    for (const auto &item : parameters.items) {
        static const QStringList known{QStringLiteral("access_token"),  QStringLiteral("token_type"), QStringLiteral("id_token"),
                                       QStringLiteral("expires_in"),    QStringLiteral("scope"),      QStringLiteral("state"),
                                       QStringLiteral("refresh_token"), QStringLiteral("code")};
        if (known.contains(item.first) || item.first.contains(QLatin1String("token")) || item.first.contains(QLatin1String("secret")))
            continue;
        tokens.extra.insert(item.first.left(100), item.second.left(500));
    }

    IdTokenContext context;
    context.requireAtHash = m_client.openId; // "id_token token": at_hash is required (OIDC Core §3.2.2.10)
    finishWithTokens(std::move(tokens), context);
}

} // namespace keyway::auth
