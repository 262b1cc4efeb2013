// Authorization code + PKCE and implicit, end to end: against oidc-provider (tests/peers/oidc), with this test
// playing the browser (a cookie-keeping HTTP client that follows the provider's redirects until they reach the
// loopback redirect URI, then calls it), and against a small fake provider (LocalHttpServer) whose token
// endpoint answers crafted ID tokens signed with a test key.

#include "../common/LocalHttpServer.h"
#include "../common/PeerProcess.h"
#include "../unit/JwtTestSupport.h"
#include "OAuthTestSupport.h"

#include "auth/AuthorizationCodeFlow.h"
#include "auth/Discovery.h"
#include "auth/ImplicitFlow.h"
#include "auth/Pkce.h"
#include "net/HttpClient.h"
#include "net/Timeline.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QUrlQuery>

#include <memory>
#include <optional>

using namespace keyway;
using namespace keyway::auth;
using namespace keyway::test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

using Status = ValidationCheck::Status;

namespace {

constexpr int kFlowTimeoutMs = 30000;

QString queryValue(const QUrl &url, const QString &name)
{
    return QUrlQuery(url).queryItemValue(name, QUrl::FullyDecoded);
}

QString fragmentValue(const QUrl &url, const QString &name)
{
    return QUrlQuery(url.fragment(QUrl::FullyEncoded)).queryItemValue(name, QUrl::FullyDecoded);
}

// A form body's value for `name`, decoded (application/x-www-form-urlencoded).
QString formValue(const QByteArray &body, const QString &name)
{
    return CallbackParameters::parse(body).value(name);
}

struct PageAnswer
{
    int status = 0;
    QUrl location; // resolved, for redirects
    QByteArray body;
    QByteArray contentType;
    QString error;
};

// The test's browser: manual redirects, cookies kept by the QNetworkAccessManager's jar, every wait bounded.
class Browser
{
public:
    PageAnswer request(const QByteArray &verb, const QUrl &url, const QByteArray &body = {}, const QByteArray &contentType = {})
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setTransferTimeout(15000);
        if (!contentType.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        std::unique_ptr<QNetworkReply> reply(m_nam.sendCustomRequest(request, verb, body));
        if (!waitUntil([&] { return reply->isFinished(); }, 20000))
            return {0, {}, {}, {}, QStringLiteral("no answer from %1").arg(url.toDisplayString(QUrl::RemoveQuery))};
        PageAnswer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.body = reply->readAll();
        a.contentType = reply->rawHeader("Content-Type");
        if (reply->hasRawHeader("Location"))
            a.location = url.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
        if (a.status == 0)
            a.error = reply->errorString();
        return a;
    }

    // Follows redirects from `start` until one points at the loopback listener (127.0.0.1/localhost:port); that
    // URL is returned without being called. At most 20 hops.
    std::optional<QUrl> followToLoopback(const QUrl &start, quint16 loopbackPort, QString *why)
    {
        QUrl url = start;
        for (int hop = 0; hop < 20; ++hop) {
            const bool loopbackHost = url.host() == QLatin1String("127.0.0.1") || url.host() == QLatin1String("localhost");
            if (loopbackHost && url.port() == loopbackPort)
                return url;
            const PageAnswer a = request("GET", url);
            if (a.status < 300 || a.status >= 400 || !a.location.isValid()) {
                *why = QStringLiteral("hop %1 (%2) answered %3 %4: %5")
                           .arg(hop)
                           .arg(url.toDisplayString(QUrl::RemoveQuery), QString::number(a.status), a.error,
                                QString::fromUtf8(a.body.left(400)));
                return std::nullopt;
            }
            url = a.location;
        }
        *why = QStringLiteral("more than 20 redirects");
        return std::nullopt;
    }

private:
    QNetworkAccessManager m_nam; // with its default cookie jar
};

// What a flow reported.
struct FlowWatch
{
    std::optional<UserAction> action;
    QStringList progress;
    int succeeded = 0;
    int failed = 0;

    void watch(AuthFlow *flow)
    {
        QObject::connect(flow, &AuthFlow::userActionRequired, flow, [this](const UserAction &a) { action = a; });
        QObject::connect(flow, &AuthFlow::progressMessage, flow, [this](const QString &m) { progress << m; });
        QObject::connect(flow, &AuthFlow::succeeded, flow, [this] { ++succeeded; });
        QObject::connect(flow, &AuthFlow::failed, flow, [this] { ++failed; });
    }
};

// Collects log lines of Keyway's and QtNetworkAuth's categories while installed.
class LogCapture
{
public:
    LogCapture()
    {
        s_lines.clear();
        m_previous = qInstallMessageHandler(&LogCapture::handler);
    }
    ~LogCapture() { qInstallMessageHandler(m_previous); }
    static QStringList lines()
    {
        QMutexLocker lock(&s_mutex);
        return s_lines;
    }

private:
    static void handler(QtMsgType, const QMessageLogContext &context, const QString &message)
    {
        const QByteArray category = context.category ? QByteArray(context.category) : QByteArray();
        if (category.startsWith("keyway.") || category.startsWith("qt.networkauth")) {
            QMutexLocker lock(&s_mutex);
            s_lines << QString::fromLatin1(category) + u": "_s + message;
        }
    }
    static inline QMutex s_mutex;
    static inline QStringList s_lines;
    QtMessageHandler m_previous = nullptr;
};

bool hasExchangeTo(const QList<net::Exchange> &exchanges, const QUrl &url)
{
    for (const net::Exchange &e : exchanges) {
        if (e.url.adjusted(QUrl::RemoveQuery) == url.adjusted(QUrl::RemoveQuery) && !e.isBrowserStep)
            return true;
    }
    return false;
}

} // namespace

Q_DECLARE_METATYPE(keyway::auth::ClientAuthMethod)

class TestAuthCodeFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    // The authorization URL (Qt-built, defects worked around).
    void authorizationUrl_data();
    void authorizationUrl();
    void reservedExtraParameterRefused();

    // Against oidc-provider.
    void codeFlowSucceeds_data();
    void codeFlowSucceeds();
    void forgedOrMissingState_data();
    void forgedOrMissingState();
    void callbackPathMismatchKeepsWaiting();
    void wrongPkceVerifierIsInvalidGrant();
    void accessDenied();
    void tamperedIdTokenFromProvider();
    void timeout();
    void cancelClosesListener();
    void noSecretInLogs();
    void implicitSucceeds();
    void implicitForgedState();

    // Against the fake provider.
    void craftedIdToken_data();
    void craftedIdToken();
    void idTokenMissing();
    void tokenErrorBodyKept();
    void tokenRequestShape_data();
    void tokenRequestShape();
    void scopeKeptWhenOmitted();
    void issuerMismatchInCallback();
    void implicitFragmentParsing_data();
    void implicitFragmentParsing();

private:
    std::unique_ptr<AuthorizationCodeFlow> codeFlow(const ClientConfig &client);
    ClientConfig nativeClient(const QStringList &scopes = {u"openid"_s, u"email"_s, u"read:items"_s}) const;
    bool setProviderConfig(const QJsonObject &settings);
    // Runs the browser part against the OP: follow to the loopback, then GET it. The loopback's answer.
    PageAnswer completeInBrowser(BrowserGrantFlow &flow, QString *why, const std::function<QUrl(QUrl)> &alter = {});

    // Fake provider.
    struct FakeProvider
    {
        LocalHttpServer server;
        testing::PkeyPtr key;
        std::function<QJsonObject(const RecordedRequest &)> tokenResponse;
        int tokenStatus = 200;
        QList<RecordedRequest> tokenRequests;
        ProviderMetadata metadata() const;
    };
    std::unique_ptr<FakeProvider> makeFake();
    // Starts the flow, then calls the loopback with code + the flow's state, as the browser would.
    PageAnswer fakeCallback(AuthorizationCodeFlow &flow, const QByteArray &code = "fake%2Bcode");

    PeerProcess m_op;
    QString m_opError;
    ProviderMetadata m_metadata;
    std::unique_ptr<net::Timeline> m_timeline;
    std::unique_ptr<net::HttpClient> m_http;
    testing::PkeyPtr m_fakeKey;
};

// -------------------------------------------------------------------------------------------------------------

void TestAuthCodeFlow::initTestCase()
{
    m_fakeKey = testing::generateRsa();
    QVERIFY(m_fakeKey);
    m_opError = m_op.startOpenIdProvider();
    if (!m_opError.isEmpty())
        return; // the provider tests fail with this message; the others run
    net::HttpClient http;
    QString why;
    const auto discovered = discover(http, m_op.issuer(), &why);
    QVERIFY2(discovered.has_value(), qPrintable(why));
    m_metadata = discovered->metadata;
    QCOMPARE(m_metadata.issuer, m_op.issuer().toString(QUrl::StripTrailingSlash));
}

void TestAuthCodeFlow::init()
{
    m_timeline = std::make_unique<net::Timeline>();
    m_http = std::make_unique<net::HttpClient>();
    m_http->setTimeline(m_timeline.get());
    const QByteArray function = QTest::currentTestFunction();
    const bool needsOp = !function.startsWith("authorizationUrl") && !function.startsWith("reserved") && !function.startsWith("crafted")
        && !function.startsWith("idTokenMissing") && !function.startsWith("tokenErrorBody") && !function.startsWith("tokenRequestShape")
        && !function.startsWith("scopeKept") && !function.startsWith("issuerMismatch") && !function.startsWith("implicitFragment");
    if (needsOp && !m_opError.isEmpty())
        QFAIL(qPrintable(m_opError));
}

void TestAuthCodeFlow::cleanup()
{
    if (m_op.isRunning()) {
        setProviderConfig({{u"reset"_s, true}});
        m_op.printLogIfFailed();
    }
    m_http.reset();
    m_timeline.reset();
}

ClientConfig TestAuthCodeFlow::nativeClient(const QStringList &scopes) const
{
    ClientConfig c;
    c.clientId = u"keyway-native"_s;
    c.authMethod = ClientAuthMethod::None;
    c.scopes = scopes;
    c.openId = scopes.contains(u"openid"_s);
    return c;
}

std::unique_ptr<AuthorizationCodeFlow> TestAuthCodeFlow::codeFlow(const ClientConfig &client)
{
    auto flow = std::make_unique<AuthorizationCodeFlow>(m_http.get(), m_metadata, client);
    flow->setCallbackTimeout(60s);
    return flow;
}

bool TestAuthCodeFlow::setProviderConfig(const QJsonObject &settings)
{
    net::HttpClient http;
    return callJson(http, "POST", m_op.url(u"/__test/config"_s), settings).status == 200;
}

PageAnswer TestAuthCodeFlow::completeInBrowser(BrowserGrantFlow &flow, QString *why, const std::function<QUrl(QUrl)> &alter)
{
    Browser browser;
    const auto loopback = browser.followToLoopback(flow.authorizationUrl(), quint16(flow.redirectUri().port()), why);
    if (!loopback)
        return {};
    const QUrl target = alter ? alter(*loopback) : *loopback;
    return browser.request("GET", target);
}

// The authorization URL -------------------------------------------------------------------------------------

void TestAuthCodeFlow::authorizationUrl_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<QString>("extraName");
    QTest::addColumn<QString>("extraValue");
    QTest::addColumn<QByteArray>("mustContain"); // in the encoded query
    QTest::addColumn<QByteArray>("mustNotContain");

    QTest::newRow("plus sign in a value is %2B, not a space")
        << u"http://127.0.0.1:9/authorize"_s << QStringList{u"openid"_s} << u"login_hint"_s << u"a+b@keyway.test"_s
        << QByteArray("login_hint=a%2Bb%40keyway.test") << QByteArray("a+b");
    QTest::newRow("percent sign stays literal") << u"http://127.0.0.1:9/authorize"_s << QStringList{} << u"acr_values"_s << u"100%25"_s
                                                << QByteArray("acr_values=100%2525") << QByteArray("acr_values=100%25&");
    QTest::newRow("ampersand and equals inside a value")
        << u"http://127.0.0.1:9/authorize"_s << QStringList{} << u"audience"_s << u"https://api/x?a=1&b=2"_s
        << QByteArray("audience=https%3A%2F%2Fapi%2Fx%3Fa%3D1%26b%3D2") << QByteArray("&b=2");
    QTest::newRow("scopes separated by %20") << u"http://127.0.0.1:9/authorize"_s << QStringList{u"openid"_s, u"read:items"_s} << QString()
                                             << QString() << QByteArray("scope=openid%20read%3Aitems") << QByteArray("scope=openid+");
    QTest::newRow("no scope parameter without scopes") << u"http://127.0.0.1:9/authorize"_s << QStringList{} << QString() << QString()
                                                       << QByteArray("response_type=code") << QByteArray("scope=");
    QTest::newRow("endpoint's own query is kept") << u"http://127.0.0.1:9/authorize?p=B2C_1_signin&ui=a%20b"_s << QStringList{} << QString()
                                                  << QString() << QByteArray("p=B2C_1_signin") << QByteArray("redirect_uri=oob");
    QTest::newRow("non-ASCII value as UTF-8") << u"http://127.0.0.1:9/authorize"_s << QStringList{} << u"ui_locales"_s << u"fr été"_s
                                              << QByteArray("ui_locales=fr%20%C3%A9t%C3%A9") << QByteArray("ui_locales=fr+");
}

void TestAuthCodeFlow::authorizationUrl()
{
    QFETCH(QString, endpoint);
    QFETCH(QStringList, scopes);
    QFETCH(QString, extraName);
    QFETCH(QString, extraValue);
    QFETCH(QByteArray, mustContain);
    QFETCH(QByteArray, mustNotContain);

    AuthorizationRequest request;
    request.endpoint = QUrl(endpoint);
    request.responseType = u"code"_s;
    request.clientId = u"keyway native"_s;
    request.redirectUri = QUrl(u"http://127.0.0.1:5555/callback"_s);
    request.scopes = scopes;
    request.state = randomUrlSafeToken();
    request.codeChallenge = Pkce::generate().challenge();
    request.nonce = randomUrlSafeToken();
    if (!extraName.isEmpty())
        request.extraParameters.append({extraName, extraValue});
    const auto url = buildAuthorizationUrl(request);
    QVERIFY2(url.ok(), url.ok() ? "" : qPrintable(url.error().message));
    const QByteArray query = url->query(QUrl::FullyEncoded).toLatin1();
    QVERIFY2(query.contains(mustContain), query.constData());
    QVERIFY2(!query.contains(mustNotContain), query.constData());

    // Every row: our state, PKCE S256, the nonce, the loopback redirect, the client id with its space as %20.
    const CallbackParameters p = CallbackParameters::parse(query);
    QCOMPARE(p.value(u"state"_s).toLatin1(), request.state);
    QCOMPARE(p.count(u"state"_s), 1);
    QCOMPARE(p.value(u"code_challenge"_s).toLatin1(), request.codeChallenge);
    QCOMPARE(p.value(u"code_challenge_method"_s), u"S256"_s);
    QCOMPARE(p.value(u"nonce"_s).toLatin1(), request.nonce);
    QCOMPARE(p.value(u"redirect_uri"_s), u"http://127.0.0.1:5555/callback"_s);
    QCOMPARE(p.value(u"client_id"_s), u"keyway native"_s);
    QCOMPARE(p.value(u"response_type"_s), u"code"_s);
    if (!extraName.isEmpty())
        QCOMPARE(p.value(extraName), extraValue);
    QCOMPARE(url->path(), QUrl(endpoint).path());
}

void TestAuthCodeFlow::reservedExtraParameterRefused()
{
    AuthorizationRequest request;
    request.endpoint = QUrl(u"http://127.0.0.1:9/authorize"_s);
    request.responseType = u"code"_s;
    request.clientId = u"c"_s;
    request.redirectUri = QUrl(u"http://127.0.0.1:5555/callback"_s);
    request.state = randomUrlSafeToken();
    for (const QString &name : {u"state"_s, u"redirect_uri"_s, u"code_challenge"_s, u"nonce"_s}) {
        request.extraParameters = {{name, u"x"_s}};
        const auto url = buildAuthorizationUrl(request);
        QVERIFY2(!url.ok(), qPrintable(name));
        QVERIFY(url.error().message.contains(name));
    }
    // And the flow refuses to start with one.
    ClientConfig client = nativeClient();
    client.extraParameters = {{u"state"_s, u"fixed"_s}};
    ProviderMetadata metadata;
    metadata.authorizationEndpoint = QUrl(u"http://127.0.0.1:9/authorize"_s);
    metadata.tokenEndpoint = QUrl(u"http://127.0.0.1:9/token"_s);
    AuthorizationCodeFlow flow(m_http.get(), metadata, client);
    FlowWatch watch;
    watch.watch(&flow);
    flow.start();
    QCOMPARE(flow.state(), AuthFlow::State::Failed);
    QCOMPARE(flow.error().kind, OAuthError::Kind::Configuration);
    QVERIFY(!watch.action.has_value());
    QVERIFY(flow.receiver() == nullptr);
}

// Against oidc-provider ---------------------------------------------------------------------------------------

void TestAuthCodeFlow::codeFlowSucceeds_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<ClientAuthMethod>("method");
    QTest::addColumn<QString>("redirectHost");
    QTest::newRow("public native client, PKCE only") << u"keyway-native"_s << ClientAuthMethod::None << u"127.0.0.1"_s;
    QTest::newRow("confidential client, client_secret_basic")
        << u"keyway-confidential"_s << ClientAuthMethod::ClientSecretBasic << u"127.0.0.1"_s;
    QTest::newRow("public client, redirect host localhost") << u"keyway-native"_s << ClientAuthMethod::None << u"localhost"_s;
}

void TestAuthCodeFlow::codeFlowSucceeds()
{
    QFETCH(QString, clientId);
    QFETCH(ClientAuthMethod, method);
    QFETCH(QString, redirectHost);

    ClientConfig client = method == ClientAuthMethod::None ? nativeClient() : confidentialClient(method);
    client.clientId = clientId;
    client.scopes = {u"openid"_s, u"email"_s, u"read:items"_s};
    client.openId = true;
    client.redirectHost = redirectHost;
    auto flow = codeFlow(client);
    FlowWatch watch;
    watch.watch(flow.get());
    flow->start();
    QCOMPARE(flow->state(), AuthFlow::State::WaitingForUser);
    QVERIFY(watch.action.has_value());
    QCOMPARE(watch.action->kind, UserAction::Kind::OpenBrowser);
    QCOMPARE(watch.action->url, flow->authorizationUrl());

    // The listener: 127.0.0.1 only, whatever the URL's host says.
    QVERIFY(flow->receiver() != nullptr);
    QCOMPARE(flow->receiver()->boundAddress(), QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(flow->redirectUri().host(), redirectHost);
    QCOMPARE(flow->redirectUri().path(), u"/callback"_s);

    // The authorization request: PKCE S256, a 256-bit state (not Qt's 8 characters), a nonce.
    const QUrl authUrl = flow->authorizationUrl();
    const QString state = queryValue(authUrl, u"state"_s);
    QCOMPARE(state.size(), 43);
    QCOMPARE(queryValue(authUrl, u"code_challenge_method"_s), u"S256"_s);
    QCOMPARE(queryValue(authUrl, u"code_challenge"_s).toLatin1(), flow->codeChallenge());
    QCOMPARE(queryValue(authUrl, u"nonce"_s).size(), 43);
    QCOMPARE(queryValue(authUrl, u"redirect_uri"_s), flow->redirectUri().toString());
    QCOMPARE(queryValue(authUrl, u"scope"_s), u"openid email read:items"_s);

    QString why;
    const PageAnswer page = completeInBrowser(*flow, &why);
    QVERIFY2(page.status == 200, qPrintable(why + page.error + QString::fromUtf8(page.body.left(500))));
    QVERIFY(page.body.contains("Keyway: you can close this tab"));
    QVERIFY2(runFlow(*flow, kFlowTimeoutMs), "the flow did not finish");
    QVERIFY2(flow->state() == AuthFlow::State::Succeeded, qPrintable(flow->error().toString()));
    QCOMPARE(watch.succeeded, 1);
    QCOMPARE(watch.failed, 0);

    const TokenSet &t = flow->tokens();
    QVERIFY(!t.accessToken.isEmpty());
    QVERIFY(t.isBearer());
    QVERIFY2(!t.refreshToken.isEmpty(), "no refresh token");
    QVERIFY(!t.idToken.isEmpty());
    QVERIFY(t.expiresAt.isValid());
    QCOMPARE(t.grant, grants::authorizationCode);
    QCOMPARE(t.clientId, clientId);
    // oidc-provider's `scope` is that of the access token: the API scope (the OpenID ones went into the ID token).
    QVERIFY(t.scopesFromResponse);
    QVERIFY2(t.grantedScopes.contains(u"read:items"_s), qPrintable(t.grantedScopes.join(u' ')));
    QCOMPARE(t.requestedScopes, (QStringList{u"openid"_s, u"email"_s, u"read:items"_s}));

    // Every ID-token check ran, and the ones that apply passed.
    QVERIFY(flow->idTokenValidation().has_value());
    const IdTokenValidation &v = *flow->idTokenValidation();
    QVERIFY2(v.valid(), qPrintable(v.failures().join(u'\n')));
    for (const char *name : {"format", "alg", "signature", "iss", "sub", "aud", "exp", "iat", "nonce"}) {
        const ValidationCheck *c = v.check(QString::fromLatin1(name));
        QVERIFY2(c, name);
        QVERIFY2(c->status == Status::Passed, qPrintable(QString::fromLatin1(name) + u": "_s + c->detail));
    }
    for (const char *name : {"azp", "nbf", "at_hash", "c_hash"}) {
        const ValidationCheck *c = v.check(QString::fromLatin1(name));
        QVERIFY2(c, name);
        QVERIFY2(c->status != Status::Failed, qPrintable(QString::fromLatin1(name) + u": "_s + c->detail));
    }

    // The listener is gone.
    QVERIFY(flow->receiver() == nullptr);
    QTest::qWait(20);

    // The timeline: the browser steps, then the token request with the verifier that hashes to the challenge.
    const QList<net::Exchange> exchanges = m_timeline->flow(flow->flowId());
    QVERIFY(exchanges.size() >= 4);
    QVERIFY(exchanges[0].isBrowserStep);
    QCOMPARE(exchanges[0].url, authUrl);
    QVERIFY(exchanges[0].secrets.contains(state.toLatin1()));
    QVERIFY(exchanges[1].isBrowserStep);
    QCOMPARE(exchanges[1].status, 200);
    QCOMPARE(exchanges[1].url.path(), u"/callback"_s);
    const QString code = queryValue(exchanges[1].url, u"code"_s);
    QVERIFY(!code.isEmpty());
    QVERIFY(exchanges[1].secrets.contains(code.toLatin1()));
    const net::Exchange &token = exchanges[2];
    QVERIFY(!token.isBrowserStep);
    QCOMPARE(token.method, QByteArray("POST"));
    QCOMPARE(token.url, m_metadata.tokenEndpoint);
    QCOMPARE(token.status, 200);
    QCOMPARE(formValue(token.requestBody, u"grant_type"_s), u"authorization_code"_s);
    QCOMPARE(formValue(token.requestBody, u"code"_s), code);
    QCOMPARE(formValue(token.requestBody, u"redirect_uri"_s), flow->redirectUri().toString());
    const QByteArray verifier = formValue(token.requestBody, u"code_verifier"_s).toLatin1();
    QVERIFY(Pkce::isValidVerifier(verifier));
    QCOMPARE(Pkce::s256Challenge(verifier), flow->codeChallenge());
    QVERIFY(token.secrets.contains(verifier));
    QVERIFY(token.secrets.contains(code.toLatin1()));
    if (method == ClientAuthMethod::ClientSecretBasic) {
        QVERIFY(requestHeader(token, "Authorization").startsWith("Basic "));
        QVERIFY(formValue(token.requestBody, u"client_secret"_s).isEmpty());
    } else {
        QVERIFY(requestHeader(token, "Authorization").isEmpty());
        QCOMPARE(formValue(token.requestBody, u"client_id"_s), clientId);
    }
    QVERIFY(!exchangesLabelled(*m_timeline, flow->flowId(), u"JWKS"_s).isEmpty() || hasExchangeTo(exchanges, m_metadata.jwksUri));
}

void TestAuthCodeFlow::forgedOrMissingState_data()
{
    QTest::addColumn<QString>("replacement"); // the state sent back; "<none>" removes it
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("forged state") << u"forged-Zm9yZ2VkLXN0YXRlLXZhbHVlLWZvci10ZXN0cw"_s << u"not the one"_s;
    QTest::newRow("missing state") << u"<none>"_s << u"no state"_s;
}

void TestAuthCodeFlow::forgedOrMissingState()
{
    QFETCH(QString, replacement);
    QFETCH(QString, messagePart);
    auto flow = codeFlow(nativeClient());
    flow->start();
    QString why;
    const PageAnswer page = completeInBrowser(*flow, &why, [&](QUrl url) {
        QUrlQuery q(url);
        q.removeAllQueryItems(u"state"_s);
        if (replacement != QLatin1String("<none>"))
            q.addQueryItem(u"state"_s, replacement);
        url.setQuery(q);
        return url;
    });
    QVERIFY2(page.status == 400, qPrintable(why + QString::number(page.status)));
    QVERIFY(page.body.contains("state"));
    QVERIFY(runFlow(*flow, kFlowTimeoutMs));
    QCOMPARE(flow->state(), AuthFlow::State::Failed);
    QCOMPARE(flow->error().kind, OAuthError::Kind::StateMismatch);
    QVERIFY2(flow->error().message.contains(messagePart), qPrintable(flow->error().message));
    QVERIFY(flow->tokens().isEmpty());
    // No token request was sent: the code was not used.
    QTest::qWait(100);
    const QList<net::Exchange> exchanges = m_timeline->flow(flow->flowId());
    QVERIFY(!hasExchangeTo(exchanges, m_metadata.tokenEndpoint));
    for (const net::Exchange &e : exchanges)
        QVERIFY2(e.isBrowserStep, qPrintable(e.label));
    QCOMPARE(exchanges.size(), 2); // the authorization request and the refused callback
    QCOMPARE(exchanges[1].status, 400);
    QVERIFY(flow->receiver() == nullptr);
}

void TestAuthCodeFlow::callbackPathMismatchKeepsWaiting()
{
    auto flow = codeFlow(nativeClient());
    FlowWatch watch;
    watch.watch(flow.get());
    flow->start();
    Browser browser;
    QString why;
    const auto loopback = browser.followToLoopback(flow->authorizationUrl(), quint16(flow->redirectUri().port()), &why);
    QVERIFY2(loopback.has_value(), qPrintable(why));
    QCOMPARE(loopback->path(), u"/callback"_s);

    // The same response on another path (Qt 6.4 matched the path as a prefix): refused, and the flow waits on.
    for (const QString &path : {u"/callback/evil"_s, u"/callbackx"_s, u"/"_s}) {
        QUrl wrong = *loopback;
        wrong.setPath(path);
        const PageAnswer refused = browser.request("GET", wrong);
        QCOMPARE(refused.status, 404);
        QVERIFY(refused.body.contains("not the sign-in address"));
        QCOMPARE(flow->state(), AuthFlow::State::WaitingForUser);
    }
    QCOMPARE(watch.progress.filter(u"was refused"_s).size(), 3);
    QVERIFY(!hasExchangeTo(m_timeline->flow(flow->flowId()), m_metadata.tokenEndpoint));

    // The right path still completes the sign-in.
    QCOMPARE(browser.request("GET", *loopback).status, 200);
    QVERIFY(runFlow(*flow, kFlowTimeoutMs));
    QVERIFY2(flow->state() == AuthFlow::State::Succeeded, qPrintable(flow->error().toString()));
}

void TestAuthCodeFlow::wrongPkceVerifierIsInvalidGrant()
{
    auto flow = codeFlow(nativeClient());
    flow->setCodeVerifierOverrideForTesting(Pkce::generate().verifier());
    flow->start();
    QString why;
    QVERIFY2(completeInBrowser(*flow, &why).status == 200, qPrintable(why));
    QVERIFY(runFlow(*flow, kFlowTimeoutMs));
    QCOMPARE(flow->state(), AuthFlow::State::Failed);
    const OAuthError &e = flow->error();
    QCOMPARE(e.kind, OAuthError::Kind::ServerError);
    QCOMPARE(e.error, u"invalid_grant"_s);
    QCOMPARE(e.httpStatus, 400);
    QVERIFY(e.rawBody.contains("invalid_grant"));
    QVERIFY2(e.diagnosis.contains(u"PKCE"_s), qPrintable(e.diagnosis));
    QVERIFY(flow->tokens().isEmpty());
}

void TestAuthCodeFlow::accessDenied()
{
    QVERIFY(setProviderConfig({{u"denyConsent"_s, true}}));
    auto flow = codeFlow(nativeClient());
    flow->start();
    QString why;
    const PageAnswer page = completeInBrowser(*flow, &why);
    QVERIFY2(page.status == 400, qPrintable(why + QString::number(page.status)));
    QVERIFY(page.body.contains("access_denied"));
    QVERIFY(runFlow(*flow, kFlowTimeoutMs));
    QCOMPARE(flow->state(), AuthFlow::State::Failed);
    const OAuthError &e = flow->error();
    QCOMPARE(e.kind, OAuthError::Kind::Callback);
    QCOMPARE(e.error, u"access_denied"_s);
    QVERIFY(!e.diagnosis.isEmpty());
    QVERIFY(!hasExchangeTo(m_timeline->flow(flow->flowId()), m_metadata.tokenEndpoint));
}

void TestAuthCodeFlow::tamperedIdTokenFromProvider()
{
    auto flow = codeFlow(nativeClient());
    // Change one claim of the real ID token, keeping the provider's signature.
    flow->setIdTokenTamperForTesting([](const QString &token) {
        QStringList parts = token.split(u'.');
        if (parts.size() != 3)
            return token;
        const auto payload = base64UrlDecode(parts[1].toLatin1());
        if (!payload)
            return token;
        QJsonObject claims = QJsonDocument::fromJson(*payload).object();
        claims.insert(u"sub"_s, u"mallory"_s);
        parts[1] = QString::fromLatin1(base64UrlEncode(QJsonDocument(claims).toJson(QJsonDocument::Compact)));
        return parts.join(u'.');
    });
    flow->start();
    QString why;
    QVERIFY2(completeInBrowser(*flow, &why).status == 200, qPrintable(why));
    QVERIFY(runFlow(*flow, kFlowTimeoutMs));
    QCOMPARE(flow->state(), AuthFlow::State::Failed);
    QCOMPARE(flow->error().kind, OAuthError::Kind::IdTokenInvalid);
    QVERIFY(flow->idTokenValidation().has_value());
    QCOMPARE(flow->idTokenValidation()->check(u"signature")->status, Status::Failed);
    QCOMPARE(flow->idTokenValidation()->check(u"nonce")->status, Status::Passed); // only the signature is wrong
    QVERIFY(flow->tokens().isEmpty());
}

void TestAuthCodeFlow::timeout()
{
    auto flow = codeFlow(nativeClient());
    flow->setCallbackTimeout(300ms);
    flow->start();
    QCOMPARE(flow->state(), AuthFlow::State::WaitingForUser);
    const quint16 port = quint16(flow->redirectUri().port());
    QVERIFY(waitUntil([&] { return flow->isFinished(); }, 5000));
    QCOMPARE(flow->state(), AuthFlow::State::Failed);
    QCOMPARE(flow->error().kind, OAuthError::Kind::Timeout);
    QVERIFY(flow->receiver() == nullptr);
    // Nothing listens there any more.
    Browser browser;
    QUrl url = flow->redirectUri();
    url.setQuery(u"code=late&state=late"_s);
    const PageAnswer late = browser.request("GET", url);
    QCOMPARE(late.status, 0);
    QVERIFY(port != 0);
}

void TestAuthCodeFlow::cancelClosesListener()
{
    auto flow = codeFlow(nativeClient());
    FlowWatch watch;
    watch.watch(flow.get());
    int cancelled = 0;
    connect(flow.get(), &AuthFlow::cancelled, this, [&] { ++cancelled; });
    flow->start();
    QVERIFY(flow->receiver() != nullptr);
    flow->cancel();
    QCOMPARE(flow->state(), AuthFlow::State::Cancelled);
    QCOMPARE(cancelled, 1);
    QVERIFY(flow->receiver() == nullptr);
    Browser browser;
    QUrl url = flow->redirectUri();
    url.setQuery(u"code=late&state=late"_s);
    QCOMPARE(browser.request("GET", url).status, 0);
    QCOMPARE(watch.failed, 0);
    QCOMPARE(watch.succeeded, 0);
}

void TestAuthCodeFlow::noSecretInLogs()
{
    // Everything on, Qt's own OAuth categories included: nothing secret may appear in any line.
    QLoggingCategory::setFilterRules(u"keyway.*=true\nqt.networkauth*=true"_s);
    LogCapture capture;
    auto flow = codeFlow(nativeClient());
    flow->start();
    QString why;
    QVERIFY2(completeInBrowser(*flow, &why).status == 200, qPrintable(why));
    QVERIFY(runFlow(*flow, kFlowTimeoutMs));
    QLoggingCategory::setFilterRules(QString());
    QVERIFY2(flow->state() == AuthFlow::State::Succeeded, qPrintable(flow->error().toString()));

    const QList<net::Exchange> exchanges = m_timeline->flow(flow->flowId());
    QVERIFY(exchanges.size() >= 3);
    QStringList secrets{queryValue(flow->authorizationUrl(), u"state"_s),
                        queryValue(flow->authorizationUrl(), u"nonce"_s),
                        queryValue(exchanges[1].url, u"code"_s),
                        formValue(exchanges[2].requestBody, u"code_verifier"_s),
                        flow->tokens().accessToken,
                        flow->tokens().refreshToken,
                        flow->tokens().idToken};
    const QStringList lines = LogCapture::lines();
    QVERIFY2(!lines.isEmpty(), "no log line was captured: the check would prove nothing");
    for (const QString &secret : secrets) {
        QVERIFY(secret.size() >= 20);
        for (const QString &line : lines)
            QVERIFY2(!line.contains(secret), qPrintable(u"a secret in the log: "_s + line.left(200)));
    }
}

void TestAuthCodeFlow::implicitSucceeds()
{
    ClientConfig client;
    client.clientId = u"keyway-implicit"_s;
    client.authMethod = ClientAuthMethod::None;
    client.scopes = {u"openid"_s, u"email"_s};
    client.openId = true;
    ImplicitFlow flow(m_http.get(), m_metadata, client);
    flow.setCallbackTimeout(60s);
    FlowWatch watch;
    watch.watch(&flow);
    flow.start();
    QCOMPARE(flow.state(), AuthFlow::State::WaitingForUser);
    QVERIFY(ImplicitFlow::advisory().contains(u"RFC 9700"_s));
    QVERIFY(watch.progress.contains(ImplicitFlow::advisory()));
    QCOMPARE(queryValue(flow.authorizationUrl(), u"response_type"_s), u"id_token token"_s);
    QCOMPARE(queryValue(flow.authorizationUrl(), u"nonce"_s).size(), 43);
    QCOMPARE(flow.receiver()->boundAddress(), QHostAddress(QHostAddress::LocalHost));

    Browser browser;
    QString why;
    const auto loopback = browser.followToLoopback(flow.authorizationUrl(), quint16(flow.redirectUri().port()), &why);
    QVERIFY2(loopback.has_value(), qPrintable(why));
    QVERIFY2(!fragmentValue(*loopback, u"access_token"_s).isEmpty(), "the tokens should come in the fragment");
    QVERIFY(queryValue(*loopback, u"access_token"_s).isEmpty());

    // The browser loads the page (never sending the fragment), and its script posts the fragment back.
    const PageAnswer page = browser.request("GET", loopback->adjusted(QUrl::RemoveFragment));
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("location.hash"));
    QCOMPARE(flow.state(), AuthFlow::State::WaitingForUser);
    const PageAnswer posted = browser.request("POST", loopback->adjusted(QUrl::RemoveFragment),
                                              loopback->fragment(QUrl::FullyEncoded).toLatin1(), "application/x-www-form-urlencoded");
    QCOMPARE(posted.status, 200);
    QVERIFY(posted.body.contains("close this tab"));

    QVERIFY(runFlow(flow, kFlowTimeoutMs));
    QVERIFY2(flow.state() == AuthFlow::State::Succeeded, qPrintable(flow.error().toString()));
    const TokenSet &t = flow.tokens();
    QCOMPARE(t.accessToken, fragmentValue(*loopback, u"access_token"_s));
    QVERIFY(!t.idToken.isEmpty());
    QVERIFY(t.isBearer());
    QVERIFY(t.refreshToken.isEmpty());
    QVERIFY(t.expiresAt.isValid());
    QCOMPARE(t.grant, grants::implicit);
    QVERIFY(flow.idTokenValidation().has_value());
    const IdTokenValidation &v = *flow.idTokenValidation();
    QVERIFY2(v.valid(), qPrintable(v.failures().join(u'\n')));
    QCOMPARE(v.check(u"at_hash")->status, Status::Passed); // required with "id_token token"
    QCOMPARE(v.check(u"nonce")->status, Status::Passed);
    QCOMPARE(v.check(u"signature")->status, Status::Passed);
    QCOMPARE(v.check(u"aud")->status, Status::Passed);

    // The timeline has the browser steps, the posted fragment among them, and no token endpoint call.
    QTest::qWait(20);
    const QList<net::Exchange> exchanges = m_timeline->flow(flow.flowId());
    QVERIFY(exchanges.size() >= 2);
    QVERIFY(exchanges[0].isBrowserStep);
    QVERIFY(exchanges[1].isBrowserStep);
    QCOMPARE(exchanges[1].method, QByteArray("POST"));
    QVERIFY(exchanges[1].secrets.contains(t.accessToken.toUtf8()));
    QVERIFY(!hasExchangeTo(exchanges, m_metadata.tokenEndpoint));
}

void TestAuthCodeFlow::implicitForgedState()
{
    ClientConfig client;
    client.clientId = u"keyway-implicit"_s;
    client.authMethod = ClientAuthMethod::None;
    client.scopes = {u"openid"_s};
    client.openId = true;
    ImplicitFlow flow(m_http.get(), m_metadata, client);
    flow.start();
    Browser browser;
    QString why;
    const auto loopback = browser.followToLoopback(flow.authorizationUrl(), quint16(flow.redirectUri().port()), &why);
    QVERIFY2(loopback.has_value(), qPrintable(why));
    QUrlQuery fragment(loopback->fragment(QUrl::FullyEncoded));
    fragment.removeAllQueryItems(u"state"_s);
    fragment.addQueryItem(u"state"_s, u"forged"_s);
    const PageAnswer posted = browser.request("POST", loopback->adjusted(QUrl::RemoveFragment),
                                              fragment.query(QUrl::FullyEncoded).toLatin1(), "application/x-www-form-urlencoded");
    QCOMPARE(posted.status, 400);
    QVERIFY(runFlow(flow, kFlowTimeoutMs));
    QCOMPARE(flow.state(), AuthFlow::State::Failed);
    QCOMPARE(flow.error().kind, OAuthError::Kind::StateMismatch);
    QVERIFY(flow.tokens().isEmpty());
    QVERIFY(!flow.idTokenValidation().has_value()); // nothing from the response was looked at
}

// Against the fake provider -----------------------------------------------------------------------------------

ProviderMetadata TestAuthCodeFlow::FakeProvider::metadata() const
{
    ProviderMetadata m;
    m.issuer = QString::fromLatin1(server.origin());
    m.authorizationEndpoint = server.url("/authorize");
    m.tokenEndpoint = server.url("/token");
    m.jwksUri = server.url("/jwks");
    m.idTokenSigningAlgValuesSupported = {u"RS256"_s};
    return m;
}

std::unique_ptr<TestAuthCodeFlow::FakeProvider> TestAuthCodeFlow::makeFake()
{
    auto fake = std::make_unique<FakeProvider>();
    fake->key = m_fakeKey;
    QJsonObject jwk = testing::publicJwk(m_fakeKey.get(), u"fake-1"_s);
    jwk.insert(u"alg"_s, u"RS256"_s);
    jwk.insert(u"use"_s, u"sig"_s);
    CannedResponse jwks;
    jwks.headers = {{"Content-Type", "application/json"}};
    jwks.body = QJsonDocument(QJsonObject{{u"keys"_s, QJsonArray{jwk}}}).toJson(QJsonDocument::Compact);
    fake->server.route("/jwks", jwks);
    FakeProvider *raw = fake.get();
    fake->server.route("/token", [raw](const RecordedRequest &request) {
        raw->tokenRequests.append(request);
        CannedResponse r;
        r.status = raw->tokenStatus;
        r.reason = raw->tokenStatus == 200 ? "OK" : "Bad Request";
        r.headers = {{"Content-Type", "application/json"}, {"Cache-Control", "no-store"}};
        r.body = QJsonDocument(raw->tokenResponse ? raw->tokenResponse(request) : QJsonObject()).toJson(QJsonDocument::Compact);
        return r;
    });
    return fake;
}

PageAnswer TestAuthCodeFlow::fakeCallback(AuthorizationCodeFlow &flow, const QByteArray &code)
{
    flow.start();
    if (flow.state() != AuthFlow::State::WaitingForUser)
        return {};
    QUrl callback = flow.redirectUri();
    callback.setQuery(QString::fromLatin1("code=" + code + "&state=" + queryValue(flow.authorizationUrl(), u"state"_s).toLatin1()));
    Browser browser;
    return browser.request("GET", callback);
}

void TestAuthCodeFlow::craftedIdToken_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("failedCheck"); // empty: the token is valid
    QTest::newRow("valid token (control)") << QString() << QString();
    QTest::newRow("wrong audience") << u"aud=someone-else"_s << u"aud"_s;
    QTest::newRow("audience list without this client") << u"aud=list"_s << u"aud"_s;
    QTest::newRow("nonce mismatch") << u"nonce=other"_s << u"nonce"_s;
    QTest::newRow("nonce missing") << u"nonce=remove"_s << u"nonce"_s;
    QTest::newRow("tampered signature") << u"tamper"_s << u"signature"_s;
    QTest::newRow("signed by another key") << u"otherkey"_s << u"signature"_s;
    QTest::newRow("alg none") << u"none"_s << u"alg"_s;
    QTest::newRow("expired beyond the skew") << u"exp=-600"_s << u"exp"_s;
    QTest::newRow("issued in the future") << u"iat=+600"_s << u"iat"_s;
    QTest::newRow("not yet valid") << u"nbf=+600"_s << u"nbf"_s;
    QTest::newRow("wrong issuer") << u"iss=http://127.0.0.1:1"_s << u"iss"_s;
    QTest::newRow("at_hash of another token") << u"at_hash=wrong"_s << u"at_hash"_s;
}

void TestAuthCodeFlow::craftedIdToken()
{
    QFETCH(QString, change);
    QFETCH(QString, failedCheck);
    auto fake = makeFake();
    ClientConfig client = nativeClient({u"openid"_s});
    client.clockSkewSeconds = 60;
    AuthorizationCodeFlow flow(m_http.get(), fake->metadata(), client);
    const QString issuer = fake->metadata().issuer;
    testing::PkeyPtr otherKey = change == QLatin1String("otherkey") ? testing::generateRsa() : nullptr;

    fake->tokenResponse = [&](const RecordedRequest &) {
        const QString accessToken = u"fake-access-token-0123456789"_s;
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QJsonObject claims{
            {u"iss"_s, issuer},
            {u"sub"_s, u"alice"_s},
            {u"aud"_s, u"keyway-native"_s},
            {u"exp"_s, now + 300},
            {u"iat"_s, now},
            {u"nonce"_s, queryValue(flow.authorizationUrl(), u"nonce"_s)},
            {u"at_hash"_s,
             QString::fromLatin1(base64UrlEncode(QCryptographicHash::hash(accessToken.toLatin1(), QCryptographicHash::Sha256).left(16)))}};
        QJsonObject header{{u"alg"_s, u"RS256"_s}, {u"typ"_s, u"JWT"_s}, {u"kid"_s, u"fake-1"_s}};
        if (change == QLatin1String("aud=someone-else"))
            claims.insert(u"aud"_s, u"someone-else"_s);
        else if (change == QLatin1String("aud=list"))
            claims.insert(u"aud"_s, QJsonArray{u"a"_s, u"b"_s});
        else if (change == QLatin1String("nonce=other"))
            claims.insert(u"nonce"_s, u"other-nonce"_s);
        else if (change == QLatin1String("nonce=remove"))
            claims.remove(u"nonce"_s);
        else if (change == QLatin1String("exp=-600"))
            claims.insert(u"exp"_s, now - 600);
        else if (change == QLatin1String("iat=+600"))
            claims.insert(u"iat"_s, now + 600);
        else if (change == QLatin1String("nbf=+600"))
            claims.insert(u"nbf"_s, now + 600);
        else if (change.startsWith(QLatin1String("iss=")))
            claims.insert(u"iss"_s, change.mid(4));
        else if (change == QLatin1String("at_hash=wrong"))
            claims.insert(u"at_hash"_s, u"AAAAAAAAAAAAAAAAAAAAAA"_s);
        else if (change == QLatin1String("otherkey"))
            header.insert(u"kid"_s, u"rotated-away"_s);
        QByteArray idToken;
        if (change == QLatin1String("none")) {
            header.insert(u"alg"_s, u"none"_s);
            idToken = testing::b64(testing::compact(header)) + '.' + testing::b64(testing::compact(claims)) + '.';
        } else {
            idToken = testing::signToken(header, claims, (otherKey ? otherKey : fake->key).get());
        }
        if (change == QLatin1String("tamper")) {
            QList<QByteArray> parts = idToken.split('.');
            claims.insert(u"sub"_s, u"mallory"_s);
            parts[1] = testing::b64(testing::compact(claims));
            idToken = parts.join('.');
        }
        return QJsonObject{{u"access_token"_s, accessToken},
                           {u"token_type"_s, u"bearer"_s},
                           {u"expires_in"_s, 300},
                           {u"id_token"_s, QString::fromLatin1(idToken)}};
    };

    const PageAnswer page = fakeCallback(flow);
    QCOMPARE(page.status, 200);
    QVERIFY(runFlow(flow, kFlowTimeoutMs));
    QCOMPARE(fake->tokenRequests.size(), 1);
    QVERIFY(flow.idTokenValidation().has_value());
    const IdTokenValidation &v = *flow.idTokenValidation();
    if (failedCheck.isEmpty()) {
        QVERIFY2(flow.state() == AuthFlow::State::Succeeded, qPrintable(flow.error().toString()));
        QVERIFY(v.valid());
        QCOMPARE(v.check(u"at_hash")->status, Status::Passed);
        QCOMPARE(flow.tokens().tokenType, u"bearer"_s); // as sent, lower case accepted
        return;
    }
    QCOMPARE(flow.state(), AuthFlow::State::Failed);
    QCOMPARE(flow.error().kind, OAuthError::Kind::IdTokenInvalid);
    QVERIFY(flow.tokens().isEmpty());
    const ValidationCheck *c = v.check(failedCheck);
    QVERIFY2(c, qPrintable(failedCheck));
    QVERIFY2(c->status == Status::Failed, qPrintable(failedCheck + u": "_s + c->detail));
    QVERIFY2(flow.error().diagnosis.contains(failedCheck), qPrintable(flow.error().diagnosis));
}

void TestAuthCodeFlow::idTokenMissing()
{
    auto fake = makeFake();
    AuthorizationCodeFlow flow(m_http.get(), fake->metadata(), nativeClient({u"openid"_s}));
    fake->tokenResponse = [](const RecordedRequest &) { return QJsonObject{{u"access_token"_s, u"at"_s}, {u"token_type"_s, u"Bearer"_s}}; };
    QCOMPARE(fakeCallback(flow).status, 200);
    QVERIFY(runFlow(flow, kFlowTimeoutMs));
    QCOMPARE(flow.state(), AuthFlow::State::Failed);
    QCOMPARE(flow.error().kind, OAuthError::Kind::IdTokenInvalid);
    QVERIFY2(flow.error().message.contains(u"no ID token"_s), qPrintable(flow.error().message));
}

void TestAuthCodeFlow::tokenErrorBodyKept()
{
    // Qt 6.4 logged a warning and lost this body; here it reaches the user with a diagnosis.
    auto fake = makeFake();
    AuthorizationCodeFlow flow(m_http.get(), fake->metadata(), nativeClient({u"read:items"_s}));
    fake->tokenStatus = 400;
    fake->tokenResponse = [](const RecordedRequest &) {
        return QJsonObject{{u"error"_s, u"invalid_grant"_s}, {u"error_description"_s, u"PKCE verification failed"_s}};
    };
    QCOMPARE(fakeCallback(flow).status, 200);
    QVERIFY(runFlow(flow, kFlowTimeoutMs));
    QCOMPARE(flow.state(), AuthFlow::State::Failed);
    const OAuthError &e = flow.error();
    QCOMPARE(e.kind, OAuthError::Kind::ServerError);
    QCOMPARE(e.error, u"invalid_grant"_s);
    QCOMPARE(e.errorDescription, u"PKCE verification failed"_s);
    QCOMPARE(e.httpStatus, 400);
    QVERIFY(e.rawBody.contains("PKCE verification failed"));
    QVERIFY2(e.diagnosis.contains(u"code_verifier"_s), qPrintable(e.diagnosis));
}

void TestAuthCodeFlow::tokenRequestShape_data()
{
    QTest::addColumn<ClientAuthMethod>("method");
    QTest::newRow("public client") << ClientAuthMethod::None;
    QTest::newRow("client_secret_basic") << ClientAuthMethod::ClientSecretBasic;
    QTest::newRow("client_secret_post") << ClientAuthMethod::ClientSecretPost;
}

void TestAuthCodeFlow::tokenRequestShape()
{
    QFETCH(ClientAuthMethod, method);
    auto fake = makeFake();
    ClientConfig client = nativeClient({u"read:items"_s});
    if (method != ClientAuthMethod::None) {
        client.clientId = u"confidential"_s;
        client.clientSecret = u"s3cret:with/odd+chars"_s;
    }
    client.authMethod = method;
    client.redirectPath = u"/oauth/cb"_s;
    AuthorizationCodeFlow flow(m_http.get(), fake->metadata(), client);
    fake->tokenResponse = [](const RecordedRequest &) { return QJsonObject{{u"access_token"_s, u"at"_s}, {u"token_type"_s, u"Bearer"_s}}; };
    // The code as a server sends it, percent-encoded once: "fake+code/%".
    QCOMPARE(fakeCallback(flow, "fake%2Bcode%2F%25").status, 200);
    QVERIFY(runFlow(flow, kFlowTimeoutMs));
    QVERIFY2(flow.state() == AuthFlow::State::Succeeded, qPrintable(flow.error().toString()));
    QCOMPARE(fake->tokenRequests.size(), 1);
    const RecordedRequest &r = fake->tokenRequests.first();
    QCOMPARE(r.method, QByteArray("POST"));
    QVERIFY(r.header("Content-Type").startsWith("application/x-www-form-urlencoded"));
    QCOMPARE(formValue(r.body, u"grant_type"_s), u"authorization_code"_s);
    QCOMPARE(formValue(r.body, u"code"_s), u"fake+code/%"_s); // decoded once, encoded once
    QCOMPARE(formValue(r.body, u"redirect_uri"_s), flow.redirectUri().toString());
    QVERIFY(flow.redirectUri().toString().endsWith(u"/oauth/cb"_s));
    QCOMPARE(Pkce::s256Challenge(formValue(r.body, u"code_verifier"_s).toLatin1()),
             queryValue(flow.authorizationUrl(), u"code_challenge"_s).toLatin1());
    QVERIFY(!CallbackParameters::parse(r.body).contains(u"scope"_s));
    const CallbackParameters body = CallbackParameters::parse(r.body);
    switch (method) {
    case ClientAuthMethod::None:
        QCOMPARE(body.value(u"client_id"_s), u"keyway-native"_s);
        QVERIFY(!r.hasHeader("Authorization"));
        break;
    case ClientAuthMethod::ClientSecretBasic:
        QCOMPARE(r.header("Authorization"), "Basic " + QByteArray("confidential:s3cret%3Awith%2Fodd%2Bchars").toBase64());
        QVERIFY(!body.contains(u"client_secret"_s));
        break;
    case ClientAuthMethod::ClientSecretPost:
        QCOMPARE(body.value(u"client_secret"_s), u"s3cret:with/odd+chars"_s);
        QVERIFY(!r.hasHeader("Authorization"));
        break;
    }
}

void TestAuthCodeFlow::scopeKeptWhenOmitted()
{
    auto fake = makeFake();
    AuthorizationCodeFlow flow(m_http.get(), fake->metadata(), nativeClient({u"read:items"_s, u"write:items"_s}));
    fake->tokenResponse = [](const RecordedRequest &) {
        return QJsonObject{{u"access_token"_s, u"at"_s}, {u"token_type"_s, u"bearer"_s}, {u"expires_in"_s, u"120"_s}};
    };
    QCOMPARE(fakeCallback(flow).status, 200);
    QVERIFY(runFlow(flow, kFlowTimeoutMs));
    QVERIFY2(flow.state() == AuthFlow::State::Succeeded, qPrintable(flow.error().toString()));
    const TokenSet &t = flow.tokens();
    QCOMPARE(t.grantedScopes, (QStringList{u"read:items"_s, u"write:items"_s}));
    QVERIFY(!t.scopesFromResponse);
    QCOMPARE(t.requestedScopes, (QStringList{u"read:items"_s, u"write:items"_s}));
    QVERIFY(t.isBearer());
    QVERIFY(!flow.idTokenValidation().has_value()); // not an OpenID client
}

void TestAuthCodeFlow::issuerMismatchInCallback()
{
    // RFC 9207: a response naming another issuer is a mix-up; the code goes nowhere.
    auto fake = makeFake();
    AuthorizationCodeFlow flow(m_http.get(), fake->metadata(), nativeClient({u"read:items"_s}));
    QCOMPARE(fakeCallback(flow, "abc&iss=http%3A%2F%2F127.0.0.1%3A1").status, 200);
    QVERIFY(runFlow(flow, kFlowTimeoutMs));
    QCOMPARE(flow.state(), AuthFlow::State::Failed);
    QCOMPARE(flow.error().kind, OAuthError::Kind::IssuerMismatch);
    QVERIFY(flow.error().message.contains(u"http://127.0.0.1:1"_s));
    QVERIFY(fake->tokenRequests.isEmpty());
    // The right issuer passes.
    auto fake2 = makeFake();
    AuthorizationCodeFlow flow2(m_http.get(), fake2->metadata(), nativeClient({u"read:items"_s}));
    fake2->tokenResponse = [](const RecordedRequest &) {
        return QJsonObject{{u"access_token"_s, u"at"_s}, {u"token_type"_s, u"Bearer"_s}};
    };
    const QByteArray iss = QUrl::toPercentEncoding(fake2->metadata().issuer);
    QCOMPARE(fakeCallback(flow2, "abc&iss=" + iss).status, 200);
    QVERIFY(runFlow(flow2, kFlowTimeoutMs));
    QVERIFY2(flow2.state() == AuthFlow::State::Succeeded, qPrintable(flow2.error().toString()));
    QCOMPARE(fake2->tokenRequests.size(), 1);
}

void TestAuthCodeFlow::implicitFragmentParsing_data()
{
    QTest::addColumn<QByteArray>("fragment"); // without state
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QStringList>("grantedScopes");
    QTest::addColumn<int>("expiresIn"); // -1: no expiry
    QTest::newRow("all members, scope narrowed") << QByteArray("access_token=at%2B1&token_type=bearer&expires_in=3600&scope=read%3Aitems")
                                                 << true << QStringList{u"read:items"_s} << 3600;
    QTest::newRow("scope and expires_in omitted")
        << QByteArray("access_token=at&token_type=Bearer") << true << QStringList{u"read:items"_s, u"write:items"_s} << -1;
    QTest::newRow("token_type omitted") << QByteArray("access_token=at") << true << QStringList{u"read:items"_s, u"write:items"_s} << -1;
    QTest::newRow("refresh token dropped") << QByteArray("access_token=at&token_type=Bearer&refresh_token=rt") << true
                                           << QStringList{u"read:items"_s, u"write:items"_s} << -1;
    QTest::newRow("expires_in not a number") << QByteArray("access_token=at&token_type=Bearer&expires_in=soon") << false << QStringList{}
                                             << -1;
    QTest::newRow("no access token") << QByteArray("token_type=Bearer") << false << QStringList{} << -1;
}

void TestAuthCodeFlow::implicitFragmentParsing()
{
    QFETCH(QByteArray, fragment);
    QFETCH(bool, ok);
    QFETCH(QStringList, grantedScopes);
    QFETCH(int, expiresIn);
    auto fake = makeFake();
    ClientConfig client = nativeClient({u"read:items"_s, u"write:items"_s});
    ImplicitFlow flow(m_http.get(), fake->metadata(), client);
    flow.start();
    QCOMPARE(flow.state(), AuthFlow::State::WaitingForUser);
    QCOMPARE(queryValue(flow.authorizationUrl(), u"response_type"_s), u"token"_s);
    QVERIFY(queryValue(flow.authorizationUrl(), u"code_challenge"_s).isEmpty());
    Browser browser;
    const QByteArray state = queryValue(flow.authorizationUrl(), u"state"_s).toLatin1();
    const PageAnswer posted
        = browser.request("POST", flow.redirectUri(), fragment + "&state=" + state, "application/x-www-form-urlencoded");
    QVERIFY(runFlow(flow, kFlowTimeoutMs));
    if (!ok) {
        QCOMPARE(flow.state(), AuthFlow::State::Failed);
        QVERIFY(flow.tokens().isEmpty());
        QVERIFY(!flow.error().message.isEmpty());
        return;
    }
    QCOMPARE(posted.status, 200);
    QVERIFY2(flow.state() == AuthFlow::State::Succeeded, qPrintable(flow.error().toString()));
    const TokenSet &t = flow.tokens();
    QCOMPARE(t.accessToken, CallbackParameters::parse(fragment).value(u"access_token"_s));
    QVERIFY(t.isBearer());
    QVERIFY(t.refreshToken.isEmpty());
    QCOMPARE(t.grantedScopes, grantedScopes);
    if (expiresIn < 0) {
        QVERIFY(!t.expiresAt.isValid());
    } else {
        QVERIFY(t.expiresAt.isValid());
        QVERIFY(qAbs(t.obtainedAt.secsTo(t.expiresAt) - expiresIn) <= 1);
    }
    QVERIFY(fake->tokenRequests.isEmpty());
}

QTEST_GUILESS_MAIN(TestAuthCodeFlow)
#include "tst_authcodeflow.moc"
