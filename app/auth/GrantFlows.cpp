#include "auth/GrantFlows.h"

#include "auth/IdTokenCheck.h"
#include "auth/JwksCache.h"
#include "auth/Jwt.h"
#include "net/HttpClient.h"
#include "net/Timeline.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimer>

namespace keyway::auth {

namespace {

Q_LOGGING_CATEGORY(lcGrant, "keyway.oauth.grant")

QString tokenLabel(const QString &grant)
{
    if (grant == grants::clientCredentials)
        return QObject::tr("Token request (client credentials)");
    if (grant == grants::password)
        return QObject::tr("Token request (password)");
    if (grant == grants::refresh)
        return QObject::tr("Token request (refresh)");
    if (grant == grants::deviceCode)
        return QObject::tr("Token request (device code)");
    if (grant == grants::authorizationCode)
        return QObject::tr("Token request (authorization code)");
    return QObject::tr("Token request (%1)").arg(grant);
}

// The subject of an ID token, read without verifying it (it was verified when it was received).
QString subjectOf(const QString &idToken)
{
    if (idToken.isEmpty())
        return {};
    const Result<Jws> jws = parseJws(idToken.toUtf8());
    return jws ? jws->claims.value(QStringLiteral("sub")).toString() : QString();
}

// The Bearer challenge's error parameter (RFC 6750 §3), or empty.
QByteArray bearerError(const QByteArray &wwwAuthenticate)
{
    const qsizetype bearer = wwwAuthenticate.toLower().indexOf("bearer");
    if (bearer < 0)
        return {};
    const qsizetype at = wwwAuthenticate.indexOf("error=", bearer);
    if (at < 0 || (at > 0 && wwwAuthenticate.at(at - 1) == '_'))
        return {};
    qsizetype start = at + 6;
    const bool quoted = start < wwwAuthenticate.size() && wwwAuthenticate.at(start) == '"';
    if (quoted)
        ++start;
    qsizetype end = start;
    while (end < wwwAuthenticate.size() && wwwAuthenticate.at(end) != (quoted ? '"' : ',') && (quoted || wwwAuthenticate.at(end) != ' '))
        ++end;
    return wwwAuthenticate.mid(start, end - start);
}

} // namespace

// RefreshPolicy ----------------------------------------------------------------------------------------------------

bool needsRefresh(const TokenSet &tokens, const QDateTime &now, int marginSeconds)
{
    return !tokens.refreshToken.isEmpty() && tokens.hasExpiry() && tokens.isExpired(now, marginSeconds);
}

bool RefreshPolicy::shouldRefresh(const TokenSet &tokens, const QDateTime &now) const
{
    return needsRefresh(tokens, now, marginSeconds);
}

bool RefreshPolicy::shouldRefreshAfter(const TokenSet &tokens, int httpStatus, const QByteArray &wwwAuthenticate,
                                       const QDateTime &now) const
{
    if (!refreshOnInvalidToken || httpStatus != 401 || tokens.refreshToken.isEmpty())
        return false;
    if (!wwwAuthenticate.toLower().contains("bearer"))
        return false;
    const QByteArray error = bearerError(wwwAuthenticate);
    if (error == "invalid_token")
        return true;
    return error.isEmpty() && tokens.isExpired(now);
}

// TokenGrantFlow ---------------------------------------------------------------------------------------------------

TokenGrantFlow::TokenGrantFlow(net::HttpClient *http, ProviderMetadata provider, ClientConfig client, QObject *parent)
    : AuthFlow(parent), m_http(http), m_provider(std::move(provider)), m_client(std::move(client))
{ }

TokenGrantFlow::~TokenGrantFlow()
{
    if (m_request)
        m_request->cancel();
}

void TokenGrantFlow::start()
{
    if (state() != State::Idle)
        return;
    if (flowId().isEmpty() && m_http && m_http->timeline())
        setFlowId(m_http->timeline()->newFlowId());
    setState(State::Exchanging);
    // Later, so that a caller who connects after start() still hears every signal, and failures are never
    // reported from inside start().
    QTimer::singleShot(0, this, [this] {
        if (!isFinished())
            begin();
    });
}

void TokenGrantFlow::cancel()
{
    if (isFinished())
        return;
    if (m_request)
        m_request->cancel();
    AuthFlow::cancel();
}

JwksCache *TokenGrantFlow::jwksCache()
{
    if (m_jwks)
        return m_jwks;
    if (!m_ownJwks)
        m_ownJwks = new JwksCache(m_http, this);
    return m_ownJwks;
}

TokenRequest TokenGrantFlow::baseRequest() const
{
    TokenRequest r;
    r.tokenEndpoint = m_provider.tokenEndpoint;
    r.grant = grantName();
    r.scopes = m_client.scopes;
    r.extraParameters = m_client.extraParameters;
    r.issuer = m_provider.issuer;
    r.label = tokenLabel(r.grant);
    r.flowId = flowId();
    return r;
}

void TokenGrantFlow::sendTokenRequest(const TokenRequest &request)
{
    QPointer<TokenGrantFlow> self(this);
    if (state() != State::Polling)
        setState(State::Exchanging);
    m_request = TokenEndpoint(m_http).requestToken(request, m_client, [self](const TokenResult &result) {
        if (!self || self->isFinished())
            return;
        self->m_request = nullptr;
        self->onTokenResult(result);
    });
}

void TokenGrantFlow::onTokenResult(const TokenResult &result)
{
    if (!result) {
        fail(result.error());
        return;
    }
    finishWithTokens(result.value());
}

void TokenGrantFlow::finishWithTokens(TokenSet tokens, const QString &previousSubject)
{
    if (!m_client.openId || tokens.idToken.isEmpty()) {
        succeed(tokens);
        return;
    }
    Q_EMIT progressMessage(tr("Checking the ID token…"));
    IdTokenContext context;
    context.previousSubject = previousSubject;
    QPointer<TokenGrantFlow> self(this);
    checkIdToken(jwksCache(), m_provider, m_client, tokens, context, flowId(), [self, tokens](const IdTokenValidation &validation) {
        if (!self || self->isFinished())
            return;
        self->m_idToken = validation;
        if (validation.valid())
            self->succeed(tokens);
        else
            self->fail(idTokenError(validation));
    });
}

void TokenGrantFlow::failWith(OAuthError::Kind kind, const QString &message, const QString &diagnosis)
{
    OAuthError e;
    e.kind = kind;
    e.message = message;
    e.diagnosis = diagnosis;
    fail(e);
}

// Client credentials -------------------------------------------------------------------------------------------------

void ClientCredentialsFlow::begin()
{
    if (m_client.authMethod == ClientAuthMethod::None || m_client.clientSecret.isEmpty()) {
        failWith(OAuthError::Kind::Configuration, tr("The client-credentials grant needs a confidential client (a client secret)."),
                 tr("Enter the client secret and choose client_secret_basic or client_secret_post."));
        return;
    }
    sendTokenRequest(baseRequest());
}

// Password -----------------------------------------------------------------------------------------------------------

QString PasswordFlow::advisory()
{
    return tr("The resource owner password grant hands the user's password to the client; RFC 9700 (OAuth 2.0 Security "
              "Best Current Practice) says it must not be used. Keyway supports it for testing APIs that still offer it.");
}

void PasswordFlow::begin()
{
    Q_EMIT progressMessage(advisory());
    if (m_client.username.isEmpty()) {
        failWith(OAuthError::Kind::Configuration, tr("The password grant needs a username."));
        return;
    }
    TokenRequest r = baseRequest();
    r.parameters = {{QStringLiteral("username"), m_client.username}, {QStringLiteral("password"), m_client.password}};
    r.secrets = {m_client.password.toUtf8()};
    sendTokenRequest(r);
}

// Refresh ------------------------------------------------------------------------------------------------------------

RefreshFlow::RefreshFlow(net::HttpClient *http, ProviderMetadata provider, ClientConfig client, TokenSet previous, QObject *parent)
    : TokenGrantFlow(http, std::move(provider), std::move(client), parent), m_previous(std::move(previous))
{ }

void RefreshFlow::begin()
{
    if (m_previous.refreshToken.isEmpty()) {
        failWith(OAuthError::Kind::Configuration, tr("There is no refresh token to refresh with."),
                 tr("The server issued none (it issues them only for some grants or with the offline_access scope). Sign in "
                    "again instead."));
        return;
    }
    TokenRequest r = baseRequest();
    r.parameters = {{QStringLiteral("refresh_token"), m_previous.refreshToken}};
    r.secrets = {m_previous.refreshToken.toUtf8()};
    sendTokenRequest(r);
}

void RefreshFlow::onTokenResult(const TokenResult &result)
{
    if (!result) {
        fail(result.error());
        return;
    }
    TokenSet t = result.value();
    // RFC 6749 §6: the server may keep the refresh token; then the old one stays valid.
    if (t.refreshToken.isEmpty())
        t.refreshToken = m_previous.refreshToken;
    if (m_client.scopes.isEmpty()) {
        t.requestedScopes = m_previous.requestedScopes;
        if (!t.scopesFromResponse) {
            t.grantedScopes = m_previous.grantedScopes;
            t.scopesFromResponse = m_previous.scopesFromResponse;
        }
    }
    const QString previousSubject = subjectOf(m_previous.idToken);
    if (t.idToken.isEmpty()) {
        t.idToken = m_previous.idToken; // still the record of the sign-in (and the id_token_hint for logout)
        succeed(t);
        return;
    }
    finishWithTokens(t, previousSubject);
}

// Device authorization -----------------------------------------------------------------------------------------------

void DeviceAuthorizationFlow::cancelTimers()
{
    if (m_timer)
        m_timer->stop();
}

void DeviceAuthorizationFlow::begin()
{
    const QUrl endpoint = m_provider.deviceAuthorizationEndpoint;
    if (!endpoint.isValid() || endpoint.isRelative()) {
        failWith(OAuthError::Kind::Configuration, tr("No device authorization endpoint is known."),
                 tr("Discover the provider's metadata (device_authorization_endpoint) or enter the URL."));
        return;
    }
    if (m_client.clientId.isEmpty()) {
        failWith(OAuthError::Kind::Configuration, tr("No client id is set."));
        return;
    }
    QNetworkRequest request(endpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    FormParameters body;
    if (!m_client.scopes.isEmpty())
        body.append({QStringLiteral("scope"), m_client.scopes.join(u' ')});
    net::RequestInfo info;
    info.label = tr("Device authorization request");
    info.flowId = flowId();
    applyClientAuthentication(m_client, request, body, info.secrets);
    body += m_client.extraParameters;
    QPointer<DeviceAuthorizationFlow> self(this);
    m_request = m_http->send(QByteArrayLiteral("POST"), request, formUrlEncode(body), info, [self](const net::HttpResult &result) {
        if (!self || self->isFinished())
            return;
        self->m_request = nullptr;
        self->onDeviceAuthorization(result);
    });
}

void DeviceAuthorizationFlow::onDeviceAuthorization(const net::HttpResult &result)
{
    const QString endpointName = tr("device authorization endpoint");
    if (!result.succeeded() || result.httpStatus < 200 || result.httpStatus >= 300) {
        fail(errorFromResponse(result, grants::deviceAuthorization, endpointName));
        return;
    }
    const auto bad = [&](const QString &message) {
        OAuthError e;
        e.kind = OAuthError::Kind::UnexpectedResponse;
        e.httpStatus = result.httpStatus;
        e.rawBody = result.body;
        e.message = message;
        e.diagnosis = tr("A device authorization response is a JSON object with device_code, user_code, verification_uri "
                         "and expires_in (RFC 8628 §3.2). Check the URL.");
        fail(e);
    };
    const QJsonDocument doc = QJsonDocument::fromJson(result.body);
    if (!doc.isObject()) {
        bad(tr("The device authorization endpoint answered %1 with something that is not a JSON object.").arg(result.httpStatus));
        return;
    }
    const QJsonObject o = doc.object();
    const QJsonValue deviceCode = o.value(QStringLiteral("device_code"));
    const QJsonValue userCode = o.value(QStringLiteral("user_code"));
    QJsonValue verification = o.value(QStringLiteral("verification_uri"));
    if (verification.isUndefined())
        verification = o.value(QStringLiteral("verification_url")); // an early draft's name, still served by some
    if (!deviceCode.isString() || deviceCode.toString().isEmpty()) {
        bad(tr("The device authorization response has no device_code."));
        return;
    }
    if (!userCode.isString() || userCode.toString().isEmpty()) {
        bad(tr("The device authorization response has no user_code."));
        return;
    }
    const QUrl verificationUri(verification.toString());
    if (!verification.isString() || !verificationUri.isValid() || verificationUri.isRelative()) {
        bad(tr("The device authorization response has no usable verification_uri."));
        return;
    }
    const auto seconds = [&](const QString &name, int fallback) {
        const QJsonValue v = o.value(name);
        bool ok = v.isDouble();
        double value = v.toDouble();
        if (v.isString())
            value = v.toString().toDouble(&ok);
        return ok && value > 0 ? int(qMin(value, 86400.0)) : fallback;
    };
    m_deviceCode = deviceCode.toString();
    addSecretsToRecordedExchange(m_http->timeline(), flowId(), result.body, {m_deviceCode.toUtf8()});

    m_action.kind = UserAction::Kind::EnterCodeElsewhere;
    m_action.url = verificationUri;
    m_action.urlComplete = QUrl(o.value(QStringLiteral("verification_uri_complete")).toString());
    m_action.userCode = userCode.toString();
    m_action.expiresInSeconds = seconds(QStringLiteral("expires_in"), 600);
    const int interval = seconds(QStringLiteral("interval"), kDefaultIntervalSeconds);
    m_intervalMs = m_intervalOverrideMs.value_or(interval * 1000);
    m_clock.start();
    // The code's lifetime plus one interval, so that the last poll lets the server say expired_token itself.
    m_deadlineMs = qint64(qMin(m_action.expiresInSeconds, kMaxDurationSeconds)) * 1000 + qMax(interval * 1000, 2000);
    qCDebug(lcGrant) << "device authorization: expires in" << m_action.expiresInSeconds << "s, interval" << m_intervalMs << "ms";

    setState(State::WaitingForUser);
    Q_EMIT userActionRequired(m_action);
    if (isFinished())
        return;
    setState(State::Polling);
    Q_EMIT progressMessage(tr("Waiting for the code %1 to be entered at %2 (polling every %3 s)…")
                               .arg(m_action.userCode, m_action.url.toDisplayString())
                               .arg(double(m_intervalMs) / 1000.0));
    schedulePoll();
}

void DeviceAuthorizationFlow::schedulePoll()
{
    if (isFinished())
        return;
    if (m_polls >= kMaxPolls) {
        failWith(OAuthError::Kind::Timeout, tr("Stopped polling after %1 attempts.").arg(kMaxPolls),
                 tr("The user did not finish on the verification page."));
        return;
    }
    if (m_clock.elapsed() + m_intervalMs > m_deadlineMs) {
        OAuthError e;
        e.kind = OAuthError::Kind::Timeout;
        e.error = QStringLiteral("expired_token");
        e.message = tr("The device code expired after %1 s before the user approved the request.").arg(m_action.expiresInSeconds);
        e.diagnosis = diagnoseOAuthError(e.error, QString(), grants::deviceCode, 0);
        fail(e);
        return;
    }
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        // A coarse timer may fire up to 5 % early; RFC 8628 §3.5 asks the client to wait at least the interval.
        m_timer->setTimerType(Qt::PreciseTimer);
        connect(m_timer, &QTimer::timeout, this, &DeviceAuthorizationFlow::poll);
    }
    m_timer->start(m_intervalMs);
}

void DeviceAuthorizationFlow::poll()
{
    if (isFinished())
        return;
    ++m_polls;
    TokenRequest r = baseRequest();
    r.scopes.clear(); // RFC 8628 §3.4: the scope went with the device authorization request
    r.extraParameters.clear();
    r.parameters = {{QStringLiteral("device_code"), m_deviceCode}};
    r.secrets = {m_deviceCode.toUtf8()};
    r.label = tr("Token request (device code, poll %1)").arg(m_polls);
    sendTokenRequest(r);
}

void DeviceAuthorizationFlow::onTokenResult(const TokenResult &result)
{
    if (result) {
        cancelTimers();
        TokenSet t = result.value();
        t.requestedScopes = m_client.scopes;
        if (!t.scopesFromResponse)
            t.grantedScopes = m_client.scopes;
        finishWithTokens(t);
        return;
    }
    const OAuthError &e = result.error();
    if (e.error == QLatin1String("authorization_pending")) {
        m_transientFailures = 0;
        schedulePoll();
        return;
    }
    if (e.error == QLatin1String("slow_down")) {
        m_transientFailures = 0;
        ++m_slowDowns;
        m_intervalMs += kSlowDownStepSeconds * 1000; // RFC 8628 §3.5: for this and all later requests
        Q_EMIT progressMessage(tr("The server asked to slow down (slow_down): polling every %1 s now.").arg(double(m_intervalMs) / 1000.0));
        schedulePoll();
        return;
    }
    const bool transient = e.kind == OAuthError::Kind::Network || e.error == QLatin1String("temporarily_unavailable")
        || (e.error.isEmpty() && e.httpStatus >= 500);
    if (transient && ++m_transientFailures <= kMaxTransientFailures) {
        Q_EMIT progressMessage(tr("Polling failed (%1); trying again.").arg(e.message));
        schedulePoll();
        return;
    }
    cancelTimers();
    fail(e);
}

} // namespace keyway::auth
