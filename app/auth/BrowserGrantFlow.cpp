#include "auth/BrowserGrantFlow.h"

#include "auth/JwksCache.h"
#include "auth/Pkce.h"
#include "net/HttpClient.h"
#include "net/Timeline.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QMultiMap>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthOobReplyHandler>
#include <QVariant>

#include <mutex>

namespace keyway::auth {

namespace {

Q_LOGGING_CATEGORY(lcBrowserFlow, "keyway.oauth.browser")

// Qt 6.4's QOAuth2AuthorizationCodeFlow logs "Generated URL: ..." (state and nonce included) at debug level
// in the qt.networkauth categories. Keyway keeps debug and info output of those categories off, whatever the
// logging rules say; warnings still pass. The previous filter (Qt's rules) runs first.
QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

void quietQtNetworkAuth(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (qstrncmp(category->categoryName(), "qt.networkauth", 14) == 0) {
        category->setEnabled(QtDebugMsg, false);
        category->setEnabled(QtInfoMsg, false);
    }
}

void installQtNetworkAuthLogGuard()
{
    static std::once_flag once;
    std::call_once(once, [] { g_previousFilter = QLoggingCategory::installFilter(quietQtNetworkAuth); });
}

// RFC 3986 unreserved characters stay, everything else becomes %XX of its UTF-8 bytes: unambiguous for both
// RFC 3986 query parsers and form decoders (which read '+' as a space).
QString encodeComponent(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

// Only the authorization URL is taken from Qt: the reply handler never listens (the "oob" handler only answers
// callback()), and no token request is ever made by Qt (its token errors are lost in 6.4).
class QtAuthorizationUrlBuilder final : public QOAuth2AuthorizationCodeFlow
{
public:
    QtAuthorizationUrlBuilder() : QOAuth2AuthorizationCodeFlow(static_cast<QNetworkAccessManager *>(nullptr), nullptr)
    {
        setReplyHandler(&m_handler);
    }
    ~QtAuthorizationUrlBuilder() override { setReplyHandler(nullptr); }

    QUrl build(const AuthorizationRequest &request)
    {
        QUrl endpoint = request.endpoint;
        const QByteArray endpointQuery = endpoint.query(QUrl::FullyEncoded).toLatin1();
        endpoint.setQuery(QString());
        setAuthorizationUrl(endpoint);
        setClientIdentifier(request.clientId);
        setScope(request.scopes.join(u' '));
        setState(QString::fromLatin1(request.state)); // never Qt's weak, reused one
        setResponseType(request.responseType);
        setModifyParametersFunction([&request, endpointQuery](Stage stage, QMultiMap<QString, QVariant> *parameters) {
            if (stage != Stage::RequestingAuthorization)
                return;
            QMultiMap<QString, QVariant> encoded;
            // The endpoint's own query items, exactly as they were written.
            for (const QByteArray &item : endpointQuery.split('&')) {
                if (item.isEmpty())
                    continue;
                const qsizetype eq = item.indexOf('=');
                encoded.insert(QString::fromLatin1(eq < 0 ? item : item.left(eq)),
                               QString::fromLatin1(eq < 0 ? QByteArray() : item.mid(eq + 1)));
            }
            const auto add
                = [&encoded](const QString &name, const QString &value) { encoded.insert(encodeComponent(name), encodeComponent(value)); };
            for (auto it = parameters->cbegin(); it != parameters->cend(); ++it) {
                if (it.key() == QLatin1String("redirect_uri") || it.key() == QLatin1String("state") || it.key() == QLatin1String("scope"))
                    continue; // set below from the request, not from Qt
                add(it.key(), it.value().toString());
            }
            add(QStringLiteral("redirect_uri"), request.redirectUri.toString(QUrl::FullyEncoded));
            add(QStringLiteral("state"), QString::fromLatin1(request.state));
            if (!request.scopes.isEmpty())
                add(QStringLiteral("scope"), request.scopes.join(u' '));
            if (!request.codeChallenge.isEmpty()) {
                add(QStringLiteral("code_challenge"), QString::fromLatin1(request.codeChallenge));
                add(QStringLiteral("code_challenge_method"), QString::fromLatin1(Pkce::method()));
            }
            if (!request.nonce.isEmpty())
                add(QStringLiteral("nonce"), QString::fromLatin1(request.nonce));
            for (const auto &extra : request.extraParameters)
                add(extra.first, extra.second);
            *parameters = encoded;
        });
        const QUrl url = buildAuthenticateUrl();
        setModifyParametersFunction(nullptr);
        return url;
    }

private:
    QOAuthOobReplyHandler m_handler;
};

} // namespace

bool isReservedAuthorizationParameter(const QString &name)
{
    static const QStringList reserved{
        QStringLiteral("response_type"), QStringLiteral("client_id"),      QStringLiteral("redirect_uri"),          QStringLiteral("state"),
        QStringLiteral("scope"),         QStringLiteral("code_challenge"), QStringLiteral("code_challenge_method"), QStringLiteral("nonce"),
        QStringLiteral("response_mode")};
    return reserved.contains(name);
}

Result<QUrl> buildAuthorizationUrl(const AuthorizationRequest &request)
{
    const QUrl &endpoint = request.endpoint;
    if (!endpoint.isValid() || endpoint.isRelative() || endpoint.host().isEmpty()
        || (endpoint.scheme() != QLatin1String("https") && endpoint.scheme() != QLatin1String("http")))
        return Error{QObject::tr("The authorization URL \"%1\" is not an absolute http(s) URL.").arg(endpoint.toString()), {}};
    if (!endpoint.fragment().isEmpty())
        return Error{QObject::tr("The authorization URL \"%1\" has a fragment, which RFC 6749 §3.1 forbids.").arg(endpoint.toString()), {}};
    if (request.clientId.isEmpty())
        return Error{QObject::tr("No client id is set."), {}};
    if (request.state.isEmpty())
        return Error{QObject::tr("No state: every authorization request carries one."), {}};
    for (const auto &extra : request.extraParameters) {
        if (extra.first.isEmpty())
            return Error{QObject::tr("An extra parameter has no name."), {}};
        if (isReservedAuthorizationParameter(extra.first))
            return Error{
                QObject::tr("The extra parameter \"%1\" is set by Keyway itself; remove it from the extra parameters.").arg(extra.first),
                {}};
    }
    installQtNetworkAuthLogGuard();
    QtAuthorizationUrlBuilder builder;
    const QUrl url = builder.build(request);
    if (!url.isValid())
        return Error{QObject::tr("The authorization URL could not be built: %1").arg(url.errorString()), {}};
    return url;
}

// BrowserGrantFlow ------------------------------------------------------------------------------------------

BrowserGrantFlow::BrowserGrantFlow(net::HttpClient *http, ProviderMetadata provider, ClientConfig client, QObject *parent)
    : AuthFlow(parent), m_http(http), m_provider(std::move(provider)), m_client(std::move(client))
{ }

BrowserGrantFlow::~BrowserGrantFlow()
{
    if (m_request)
        m_request->cancel();
}

QStringList BrowserGrantFlow::requestedScopes() const
{
    QStringList scopes = m_client.scopes;
    scopes.removeAll(QString());
    scopes.removeDuplicates();
    if (m_client.openId && !scopes.contains(QLatin1String("openid")))
        scopes.prepend(QStringLiteral("openid"));
    return scopes;
}

void BrowserGrantFlow::start()
{
    if (state() != State::Idle)
        return;
    if (flowId().isEmpty() && m_http && m_http->timeline())
        setFlowId(m_http->timeline()->newFlowId());

    if (!m_http)
        return failWith(OAuthError::Kind::Configuration, tr("No HTTP client to run the flow with."));
    if (m_client.clientId.isEmpty())
        return failWith(OAuthError::Kind::Configuration, tr("No client id is set."),
                        tr("Enter the client id registered with the authorization server."));
    if (const QString problem = configurationProblem(); !problem.isEmpty())
        return failWith(OAuthError::Kind::Configuration, problem);

    m_state = randomUrlSafeToken();
    if (m_client.openId)
        m_nonce = randomUrlSafeToken();

    LoopbackOptions options;
    options.host = m_client.redirectHost;
    options.port = m_client.redirectPort;
    options.path = m_client.redirectPath;
    options.timeout = m_callbackTimeout;
    options.mode = responseMode();
    options.requiredParameters = requiredCallbackParameters();
    options.grant = grantName();
    auto *receiver = new LoopbackReceiver(options, this);
    receiver->setExpectedState(m_state);
    const Result<QUrl> listening = receiver->listen();
    if (!listening) {
        delete receiver;
        return failWith(OAuthError::Kind::Configuration, listening.error().message,
                        m_client.redirectPort != 0 ? tr("The provider registered this port: stop the program that uses it, "
                                                        "or finish the other sign-in first.")
                                                   : QString());
    }
    m_receiver = receiver;
    m_redirectUri = *listening;
    connect(receiver, &LoopbackReceiver::callbackReceived, this, &BrowserGrantFlow::onCallbackReceived);
    connect(receiver, &LoopbackReceiver::failed, this, &BrowserGrantFlow::onReceiverFailed);
    connect(receiver, &LoopbackReceiver::requestRefused, this, &BrowserGrantFlow::progressMessage);

    AuthorizationRequest request;
    request.endpoint = m_provider.authorizationEndpoint;
    request.responseType = responseType();
    request.clientId = m_client.clientId;
    request.redirectUri = m_redirectUri;
    request.scopes = requestedScopes();
    request.state = m_state;
    request.nonce = m_nonce;
    request.extraParameters = m_client.extraParameters;
    prepareAuthorization(request);
    const Result<QUrl> url = buildAuthorizationUrl(request);
    if (!url) {
        releaseReceiver();
        return failWith(OAuthError::Kind::Configuration, url.error().message);
    }
    m_authorizationUrl = *url;
    recordAuthorizationRequest();

    qCDebug(lcBrowserFlow) << grantName() << "waiting for the browser at"
                           << m_redirectUri.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveFragment);
    setState(State::WaitingForUser);
    Q_EMIT progressMessage(tr("Waiting for the sign-in in the browser (the answer comes back to %1)…").arg(m_redirectUri.toString()));
    UserAction action;
    action.kind = UserAction::Kind::OpenBrowser;
    action.url = m_authorizationUrl;
    action.expiresInSeconds = int(std::chrono::duration_cast<std::chrono::seconds>(m_callbackTimeout).count());
    Q_EMIT userActionRequired(action);
}

void BrowserGrantFlow::cancel()
{
    if (isFinished())
        return;
    releaseReceiver();
    if (m_request)
        m_request->cancel();
    AuthFlow::cancel();
}

void BrowserGrantFlow::onCallbackReceived(const CallbackParameters &parameters)
{
    recordCallbackExchange();
    releaseReceiver();
    if (isFinished())
        return;
    // RFC 9207: a server that names its issuer in the response must name the one this flow talks to (mix-up).
    const QString iss = parameters.value(QStringLiteral("iss"));
    if (!iss.isEmpty() && !m_provider.issuer.isEmpty() && iss != m_provider.issuer) {
        OAuthError e;
        e.kind = OAuthError::Kind::IssuerMismatch;
        e.message = tr("The authorization response names the issuer \"%1\", not \"%2\".").arg(iss.left(200), m_provider.issuer);
        e.diagnosis = tr("The response came from another authorization server than the one this sign-in started with (an "
                         "authorization server mix-up, RFC 9207), or the configured issuer is wrong. Nothing from the "
                         "response was used.");
        return failWith(e);
    }
    setState(State::Exchanging);
    onCallback(parameters);
}

void BrowserGrantFlow::onReceiverFailed(const OAuthError &error)
{
    recordCallbackExchange();
    releaseReceiver();
    failWith(error);
}

void BrowserGrantFlow::releaseReceiver()
{
    if (!m_receiver)
        return;
    m_receiver->close();
    m_receiver->disconnect(this);
    m_receiver->deleteLater(); // it may be emitting right now
    m_receiver = nullptr;
}

void BrowserGrantFlow::recordAuthorizationRequest()
{
    net::Timeline *timeline = m_http ? m_http->timeline() : nullptr;
    if (!timeline)
        return;
    net::Exchange e;
    e.flowId = flowId();
    e.isBrowserStep = true;
    e.label = tr("Authorization request (opened in the browser)");
    e.startedAt = QDateTime::currentDateTimeUtc();
    e.method = QByteArrayLiteral("GET");
    e.url = m_authorizationUrl;
    e.finalUrl = m_authorizationUrl;
    e.secrets = {m_state};
    if (!m_nonce.isEmpty())
        e.secrets.append(m_nonce);
    timeline->append(std::move(e));
}

void BrowserGrantFlow::recordCallbackExchange()
{
    net::Timeline *timeline = m_http ? m_http->timeline() : nullptr;
    if (!timeline || !m_receiver || m_receiver->callbackExchange().method.isEmpty())
        return;
    net::Exchange e = m_receiver->callbackExchange();
    e.flowId = flowId();
    if (!m_state.isEmpty() && !e.secrets.contains(m_state))
        e.secrets.append(m_state);
    timeline->append(std::move(e));
}

JwksCache *BrowserGrantFlow::jwksCache()
{
    if (m_jwks)
        return m_jwks;
    if (!m_ownJwks)
        m_ownJwks = new JwksCache(m_http, this);
    return m_ownJwks;
}

void BrowserGrantFlow::finishWithTokens(TokenSet tokens, IdTokenContext context)
{
    if (isFinished())
        return;
    if (!m_client.openId)
        return succeed(tokens);
    if (tokens.idToken.isEmpty())
        return failWith(OAuthError::Kind::IdTokenInvalid,
                        tr("The response has no ID token, although the sign-in asked for one (scope openid)."),
                        tr("The server treated the request as plain OAuth 2.0: the client may not be allowed the openid scope, "
                           "or the server does not support OpenID Connect here."));
    if (m_tamperIdToken)
        tokens.idToken = m_tamperIdToken(tokens.idToken);
    if (!context.nonce && !m_nonce.isEmpty())
        context.nonce = QString::fromLatin1(m_nonce);
    Q_EMIT progressMessage(tr("Checking the ID token…"));
    QPointer<BrowserGrantFlow> self(this);
    checkIdToken(jwksCache(), m_provider, m_client, tokens, context, flowId(), [self, tokens](const IdTokenValidation &validation) {
        if (!self || self->isFinished())
            return;
        self->m_idTokenValidation = validation;
        if (!validation.valid())
            return self->failWith(idTokenError(validation));
        self->succeed(tokens);
    });
}

void BrowserGrantFlow::failWith(OAuthError::Kind kind, const QString &message, const QString &diagnosis)
{
    OAuthError e;
    e.kind = kind;
    e.message = message;
    e.diagnosis = diagnosis;
    failWith(e);
}

void BrowserGrantFlow::failWith(const OAuthError &error)
{
    if (isFinished())
        return;
    releaseReceiver();
    if (m_request)
        m_request->cancel();
    qCDebug(lcBrowserFlow) << grantName() << "failed, kind" << int(error.kind) << error.error;
    fail(error);
}

} // namespace keyway::auth
