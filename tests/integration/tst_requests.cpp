// Sending authenticated requests through the request core against the real FastAPI resource server (tests/peers),
// which checks bearer JWTs against the real OpenID Provider, and a recorder on a second origin for redirects.
// Every scheme kind, right and wrong credentials, the AND endpoint, alternative choice, Digest end to end, a token
// refresh after 401 invalid_token, and credentials dropped on a cross-origin redirect.

#include "OAuthTestSupport.h"

#include "../common/LocalHttpServer.h"
#include "../common/PeerProcess.h"

#include "net/HttpClient.h"
#include "net/Timeline.h"
#include "openapi/DocumentLoader.h"
#include "request/CredentialSource.h"
#include "request/CurlExport.h"
#include "request/RequestBuilder.h"
#include "request/RequestModel.h"
#include "request/RequestSender.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace keyway;
using namespace keyway::request;
using keyway::test::PeerProcess;
using keyway::test::waitUntil;

namespace {

constexpr int kSendTimeoutMs = 30000;

QJsonObject bodyJson(const RequestOutcome &o)
{
    return QJsonDocument::fromJson(o.body).object();
}

QString describe(const RequestOutcome &o)
{
    return QStringLiteral("%1 [%2] %3").arg(o.summary(), o.explanations.join(QLatin1String("; ")), QString::fromUtf8(o.body.left(300)));
}

} // namespace

class TestRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void publicEndpoint();
    void apiKeys_data();
    void apiKeys();
    void refusedWithoutCredentials_data();
    void refusedWithoutCredentials();
    void missingCredentialsAreNotSent();
    void basic();
    void digestEndToEnd();
    void digestWrongPassword();
    void bearerJwt();
    void oauthScopes();
    void openIdConnectToken();
    void passwordFlowToken();
    void andNeedsBoth();
    void alternativeChoice();
    void anonymousAlternative();
    void crossOriginRedirectDropsCredentials_data();
    void crossOriginRedirectDropsCredentials();
    void sameOriginRedirectKeepsCredentials();
    void refreshAfterInvalidToken();
    void refreshBeforeSendingAnExpiredToken();
    void refreshFailure();
    void timelineAndCurl();
    void cancelAndTimeout();

private:
    RequestOutcome send(const QString &operation, const RequestValues &values, const CredentialSource &creds, BuildOptions options = {},
                        RequestSender::Refresher refresher = {});
    QJsonArray recorded();

    PeerProcess m_op;
    PeerProcess m_resource;
    PeerProcess m_recorder;
    net::Timeline m_timeline;
    net::HttpClient m_http;
    openapi::DocumentPtr m_doc;
    QString m_token; // a client-credentials JWT from the provider: read:items write:items
    QStringList m_tokenScopes;
};

void TestRequests::initTestCase()
{
    m_http.setTimeline(&m_timeline);
    if (const QString e = m_op.startOpenIdProvider(); !e.isEmpty())
        QFAIL(qPrintable(e));
    if (const QString e = m_recorder.startRecorder(); !e.isEmpty())
        QFAIL(qPrintable(e));
    if (const QString e = m_resource.startResourceServer(m_op.issuer(), {QStringLiteral("--other-origin"), m_recorder.origin().toString()});
        !e.isEmpty())
        QFAIL(qPrintable(e));

    // The resource server's own document.
    std::optional<net::HttpResult> doc;
    m_http.get(m_resource.url(QStringLiteral("/openapi.json")), [&](const net::HttpResult &r) { doc = r; });
    QVERIFY(waitUntil([&] { return doc.has_value(); }, kSendTimeoutMs));
    QCOMPARE(doc->httpStatus, 200);
    Result<openapi::DocumentPtr> loaded
        = openapi::loadDocumentBytes(doc->body, m_resource.url(QStringLiteral("/openapi.json")), QStringLiteral("resource server"));
    QVERIFY2(loaded.ok(), qPrintable(loaded ? QString() : loaded.error().toString()));
    m_doc = loaded.value();

    // A client-credentials token, with a plain token request (client_secret_basic).
    const test::JsonAnswer discovery
        = test::callJson(m_http, "GET", QUrl(m_op.issuer().toString() + QStringLiteral("/.well-known/openid-configuration")));
    const QUrl tokenEndpoint(discovery.json.value(QStringLiteral("token_endpoint")).toString());
    QVERIFY(tokenEndpoint.isValid());
    QNetworkRequest request(tokenEndpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Authorization", "Basic " + QByteArray("keyway-confidential:keyway-confidential-secret").toBase64());
    std::optional<net::HttpResult> token;
    net::RequestInfo info;
    info.label = QStringLiteral("Test token request");
    info.secrets = {"keyway-confidential-secret"};
    m_http.send("POST", request, "grant_type=client_credentials&scope=read%3Aitems%20write%3Aitems", info,
                [&](const net::HttpResult &r) { token = r; });
    QVERIFY(waitUntil([&] { return token.has_value(); }, kSendTimeoutMs));
    QCOMPARE(token->httpStatus, 200);
    const QJsonObject t = QJsonDocument::fromJson(token->body).object();
    m_token = t.value(QStringLiteral("access_token")).toString();
    m_tokenScopes = t.value(QStringLiteral("scope")).toString().split(u' ', Qt::SkipEmptyParts);
    QVERIFY(m_token.count(u'.') == 2); // a JWT
    QVERIFY(m_tokenScopes.contains(QLatin1String("read:items")));
}

void TestRequests::cleanup()
{
    m_op.printLogIfFailed();
    m_resource.printLogIfFailed();
    m_recorder.printLogIfFailed();
}

void TestRequests::cleanupTestCase()
{
    m_resource.stop();
    m_recorder.stop();
    m_op.stop();
}

RequestOutcome TestRequests::send(const QString &operation, const RequestValues &values, const CredentialSource &creds,
                                  BuildOptions options, RequestSender::Refresher refresher)
{
    const openapi::Operation *op = findOperation(*m_doc, operation);
    if (!op) {
        qWarning("no operation %s", qPrintable(operation));
        return {};
    }
    RequestSender sender(&m_http);
    sender.setRefresher(std::move(refresher));
    RequestJob job;
    job.document = m_doc;
    job.model = buildRequestModel(*m_doc, *op);
    job.values = values;
    job.options = options;
    job.credentials = &creds;
    std::optional<RequestOutcome> outcome;
    sender.send(job, [&](const RequestOutcome &o) { outcome = o; });
    if (!waitUntil([&] { return outcome.has_value(); }, kSendTimeoutMs)) {
        qWarning("no outcome within %d ms", kSendTimeoutMs);
        return {};
    }
    return *outcome;
}

QJsonArray TestRequests::recorded()
{
    const test::JsonAnswer a = test::callJson(m_http, "GET", m_recorder.url(QStringLiteral("/__recorded")));
    return QJsonDocument::fromJson(a.body).array();
}

void TestRequests::publicEndpoint()
{
    const RequestOutcome o = send(QStringLiteral("GET /public"), {}, MemoryCredentialSource{});
    QVERIFY2(o.isHttpSuccess(), qPrintable(describe(o)));
    QCOMPARE(bodyJson(o).value(QStringLiteral("public")).toBool(), true);
    QVERIFY(o.request);
    QVERIFY(o.request->appliedSchemes.isEmpty());
    QCOMPARE(o.request->alternative, -1);
    QCOMPARE(o.reason, QByteArray("OK"));
    QVERIFY(o.elapsedMs >= 0);
    QCOMPARE(o.size, o.body.size());
}

void TestRequests::apiKeys_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("in");
    QTest::newRow("header") << "GET /apikey/header"
                            << "apiKeyHeader"
                            << "keyway-header-key"
                            << "header";
    QTest::newRow("query") << "GET /apikey/query"
                           << "apiKeyQuery"
                           << "keyway-query-key"
                           << "query";
    QTest::newRow("cookie") << "GET /apikey/cookie"
                            << "apiKeyCookie"
                            << "keyway-cookie-key"
                            << "cookie";
}

void TestRequests::apiKeys()
{
    QFETCH(QString, operation);
    QFETCH(QString, scheme);
    QFETCH(QString, key);
    QFETCH(QString, in);
    MemoryCredentialSource creds;
    creds.set(scheme, SchemeCredential::fromApiKey(key));
    const RequestOutcome ok = send(operation, {}, creds);
    QVERIFY2(ok.isHttpSuccess(), qPrintable(describe(ok)));
    QCOMPARE(bodyJson(ok).value(QStringLiteral("in")).toString(), in);
    if (in == QLatin1String("cookie"))
        QCOMPARE(ok.request->header("Cookie"), "keyway_key=" + key.toUtf8()); // a real Cookie header

    creds.set(scheme, SchemeCredential::fromApiKey(key + QStringLiteral("-wrong")));
    const RequestOutcome wrong = send(operation, {}, creds);
    QCOMPARE(wrong.status, RequestOutcome::Status::Completed);
    QCOMPARE(wrong.httpStatus, 401);
    QCOMPARE(wrong.challenges.challenges.size(), 1);
    QVERIFY(wrong.challenges.challenges.first().is(u"APIKey"));
    QCOMPARE(wrong.challenges.challenges.first().param(u"in"), in);
    QVERIFY2(wrong.explanations.first().contains(QStringLiteral("wants an API key in the %1").arg(in)),
             qPrintable(wrong.explanations.first()));
}

void TestRequests::refusedWithoutCredentials_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("explains");
    QTest::newRow("api key header") << "GET /apikey/header" << 401 << "APIKey"
                                    << "API key";
    QTest::newRow("basic") << "GET /basic" << 401 << "Basic"
                           << "user name and password (realm \"keyway-tests\"), encoded as UTF-8";
    QTest::newRow("digest") << "GET /digest" << 401 << "Digest"
                            << "proven with a SHA-256 hash";
    QTest::newRow("bearer") << "GET /bearer" << 401 << "Bearer"
                            << "wants an access token";
    QTest::newRow("oauth2") << "GET /items" << 401 << "Bearer"
                            << "wants an access token";
    QTest::newRow("combined") << "GET /combined" << 401 << "APIKey"
                              << "API key";
}

void TestRequests::refusedWithoutCredentials()
{
    QFETCH(QString, operation);
    QFETCH(int, status);
    QFETCH(QString, scheme);
    QFETCH(QString, explains);
    BuildOptions options;
    options.withoutCredentials = true;
    const RequestOutcome o = send(operation, {}, MemoryCredentialSource{}, options);
    QCOMPARE(o.httpStatus, status);
    QVERIFY(!o.challenges.challenges.isEmpty());
    QVERIFY2(o.challenges.challenges.first().is(scheme), qPrintable(o.challenges.challenges.first().scheme));
    QVERIFY2(o.explanations.first().contains(explains), qPrintable(o.explanations.join(u'\n')));
    QVERIFY(o.challenges.ok());
    QVERIFY(!o.request->hasHeader("Authorization"));
}

void TestRequests::missingCredentialsAreNotSent()
{
    const int before = int(m_timeline.exchanges().size());
    const RequestOutcome o = send(QStringLiteral("GET /basic"), {}, MemoryCredentialSource{});
    QCOMPARE(o.status, RequestOutcome::Status::NotBuilt);
    QVERIFY(o.credentialsMissing());
    QCOMPARE(o.buildError->schemes, QStringList{QStringLiteral("httpBasic")});
    QVERIFY(o.summary().contains(QLatin1String("no credentials for httpBasic (http basic)")));
    QCOMPARE(o.exchanges, 0);
    QCOMPARE(int(m_timeline.exchanges().size()), before);
}

void TestRequests::basic()
{
    MemoryCredentialSource creds;
    creds.set(QStringLiteral("httpBasic"), SchemeCredential::fromUserPassword(QStringLiteral("keyway"), QStringLiteral("basic-secret")));
    const RequestOutcome ok = send(QStringLiteral("GET /basic"), {}, creds);
    QVERIFY2(ok.isHttpSuccess(), qPrintable(describe(ok)));
    QCOMPARE(bodyJson(ok).value(QStringLiteral("user")).toString(), QStringLiteral("keyway"));
    creds.set(QStringLiteral("httpBasic"), SchemeCredential::fromUserPassword(QStringLiteral("keyway"), QStringLiteral("nope")));
    const RequestOutcome wrong = send(QStringLiteral("GET /basic"), {}, creds);
    QCOMPARE(wrong.httpStatus, 401);
    QVERIFY(wrong.challenges.challenges.first().is(u"Basic"));
    QCOMPARE(wrong.challenges.challenges.first().param(u"realm"), QStringLiteral("keyway-tests"));
}

void TestRequests::digestEndToEnd()
{
    MemoryCredentialSource creds;
    creds.set(QStringLiteral("httpDigest"), SchemeCredential::fromUserPassword(QStringLiteral("keyway"), QStringLiteral("digest-secret")));
    RequestValues values;
    const RequestOutcome o = send(QStringLiteral("GET /digest"), values, creds);
    QVERIFY2(o.isHttpSuccess(), qPrintable(describe(o) + u' ' + o.digestProblem));
    QVERIFY(o.digestAnswered);
    QCOMPARE(o.exchanges, 2);
    QCOMPARE(bodyJson(o).value(QStringLiteral("authenticated")).toString(), QStringLiteral("digest"));
    QVERIFY(o.header("Authentication-Info").startsWith("rspauth="));
    const QByteArray authorization = o.request->header("Authorization");
    QVERIFY(authorization.startsWith("Digest username=\"keyway\""));
    QVERIFY(authorization.contains("algorithm=SHA-256")); // the stronger of the two challenges
    QVERIFY(authorization.contains("qop=auth"));
    // Both exchanges are on the timeline, in one flow; the password is never in them.
    const QList<net::Exchange> flow = m_timeline.flow(o.flowId);
    QCOMPARE(flow.size(), 2);
    QCOMPARE(flow.at(0).status, 401);
    QCOMPARE(flow.at(1).status, 200);
    for (const net::Exchange &e : flow) {
        for (const auto &h : e.requestHeaders)
            QVERIFY(!h.second.contains("digest-secret"));
    }
}

void TestRequests::digestWrongPassword()
{
    MemoryCredentialSource creds;
    creds.set(QStringLiteral("httpDigest"), SchemeCredential::fromUserPassword(QStringLiteral("keyway"), QStringLiteral("wrong")));
    const RequestOutcome o = send(QStringLiteral("GET /digest"), {}, creds);
    QCOMPARE(o.httpStatus, 401);
    QVERIFY(o.digestAnswered);
    QCOMPARE(o.exchanges, 2); // answered once, not again
    QCOMPARE(o.challenges.challenges.size(), 2);
    QVERIFY(o.challenges.challenges.at(0).is(u"Digest"));
    QVERIFY(o.challenges.challenges.at(1).is(u"Digest"));
}

void TestRequests::bearerJwt()
{
    MemoryCredentialSource creds;
    creds.set(QStringLiteral("httpBearer"), SchemeCredential::fromBearerToken(m_token));
    const RequestOutcome ok = send(QStringLiteral("GET /bearer"), {}, creds);
    QVERIFY2(ok.isHttpSuccess(), qPrintable(describe(ok)));
    QCOMPARE(bodyJson(ok).value(QStringLiteral("client_id")).toString(), QStringLiteral("keyway-confidential"));

    creds.set(QStringLiteral("httpBearer"), SchemeCredential::fromBearerToken(QStringLiteral("not-a-jwt")));
    const RequestOutcome wrong = send(QStringLiteral("GET /bearer"), {}, creds);
    QCOMPARE(wrong.httpStatus, 401);
    QCOMPARE(wrong.challenges.challenges.first().param(u"error"), QStringLiteral("invalid_token"));
    QVERIFY2(wrong.explanations.first().startsWith(
                 QString::fromUtf8("invalid_token: the token is expired or revoked \u2014 refresh or sign in again")),
             qPrintable(wrong.explanations.first()));
}

void TestRequests::oauthScopes()
{
    auth::TokenSet tokens;
    tokens.accessToken = m_token;
    tokens.tokenType = QStringLiteral("Bearer");
    tokens.grantedScopes = m_tokenScopes;
    tokens.scopesFromResponse = true;
    MemoryCredentialSource creds;
    creds.set(QStringLiteral("opOAuth2"), SchemeCredential::fromTokens(tokens));
    const RequestOutcome items = send(QStringLiteral("GET /items"), {}, creds);
    QVERIFY2(items.isHttpSuccess(), qPrintable(describe(items)));
    QVERIFY(items.request->scopeWarnings.isEmpty());
    const RequestOutcome created = send(QStringLiteral("POST /items"), {}, creds);
    QCOMPARE(created.httpStatus, 201);

    // /admin needs a scope the token lacks: known before sending, and the server agrees.
    const RequestOutcome admin = send(QStringLiteral("GET /admin"), {}, creds);
    QCOMPARE(admin.request->scopeWarnings.size(), 1);
    QCOMPARE(admin.request->scopeWarnings.first().missing, QStringList{QStringLiteral("admin")});
    QVERIFY(admin.warnings.first().contains(QLatin1String("lacks admin")));
    QCOMPARE(admin.httpStatus, 403);
    QVERIFY2(admin.explanations.first().startsWith(QLatin1String("insufficient_scope: needs admin")),
             qPrintable(admin.explanations.first()));
}

void TestRequests::openIdConnectToken()
{
    MemoryCredentialSource creds;
    creds.set(QStringLiteral("opOIDC"), SchemeCredential::fromBearerToken(m_token));
    const RequestOutcome o = send(QStringLiteral("GET /oidc/me"), {}, creds);
    QVERIFY2(o.isHttpSuccess(), qPrintable(describe(o)));
    QCOMPARE(bodyJson(o).value(QStringLiteral("authenticated")).toString(), QStringLiteral("openIdConnect"));
}

void TestRequests::passwordFlowToken()
{
    // The resource server's own password grant (its document says tokenUrl: token, relative).
    const openapi::SecurityScheme *scheme = m_doc->scheme(QStringLiteral("passwordOAuth2"));
    QVERIFY(scheme);
    const QUrl tokenUrl = m_doc->resolveUrl(scheme->flows.first().tokenUrl, &m_doc->servers.first());
    QCOMPARE(tokenUrl, m_resource.url(QStringLiteral("/token")));
    QNetworkRequest request(tokenUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    std::optional<net::HttpResult> token;
    net::RequestInfo info;
    info.secrets = {"bob-password"};
    m_http.send("POST", request, "grant_type=password&username=bob&password=bob-password", info,
                [&](const net::HttpResult &r) { token = r; });
    QVERIFY(waitUntil([&] { return token.has_value(); }, kSendTimeoutMs));
    QCOMPARE(token->httpStatus, 200);
    auth::TokenSet tokens;
    tokens.accessToken = QJsonDocument::fromJson(token->body).object().value(QStringLiteral("access_token")).toString();
    tokens.tokenType = QStringLiteral("bearer");
    tokens.grantedScopes = {QStringLiteral("read:items")};
    tokens.scopesFromResponse = true;
    MemoryCredentialSource creds;
    creds.set(QStringLiteral("passwordOAuth2"), SchemeCredential::fromTokens(tokens));
    QVERIFY(send(QStringLiteral("GET /password/items"), {}, creds).isHttpSuccess());
    const RequestOutcome write = send(QStringLiteral("POST /password/items"), {}, creds);
    QCOMPARE(write.request->scopeWarnings.size(), 1);
    QCOMPARE(write.httpStatus, 403);
}

void TestRequests::andNeedsBoth()
{
    MemoryCredentialSource creds;
    creds.set(QStringLiteral("httpBearer"), SchemeCredential::fromBearerToken(m_token));
    const RequestOutcome half = send(QStringLiteral("GET /combined"), {}, creds);
    QVERIFY(half.credentialsMissing());
    QCOMPARE(half.buildError->schemes, QStringList{QStringLiteral("apiKeyHeader")});

    creds.set(QStringLiteral("apiKeyHeader"), SchemeCredential::fromApiKey(QStringLiteral("keyway-header-key")));
    const RequestOutcome both = send(QStringLiteral("GET /combined"), {}, creds);
    QVERIFY2(both.isHttpSuccess(), qPrintable(describe(both)));
    QCOMPARE(bodyJson(both).value(QStringLiteral("authenticated")).toArray().size(), 2);
    QCOMPARE(both.request->appliedSchemes, (QStringList{QStringLiteral("apiKeyHeader"), QStringLiteral("httpBearer")}));

    // Each half alone is refused by the server too.
    creds.set(QStringLiteral("apiKeyHeader"), SchemeCredential::fromApiKey(QStringLiteral("wrong")));
    QCOMPARE(send(QStringLiteral("GET /combined"), {}, creds).httpStatus, 401);
    creds.set(QStringLiteral("apiKeyHeader"), SchemeCredential::fromApiKey(QStringLiteral("keyway-header-key")));
    creds.set(QStringLiteral("httpBearer"), SchemeCredential::fromBearerToken(QStringLiteral("bad")));
    QCOMPARE(send(QStringLiteral("GET /combined"), {}, creds).httpStatus, 401);
}

void TestRequests::alternativeChoice()
{
    const openapi::Operation *either = findOperation(*m_doc, QStringLiteral("GET /either"));
    QVERIFY(either);
    QCOMPARE(either->security.alternatives.size(), 2);
    MemoryCredentialSource creds;
    creds.set(QStringLiteral("httpBasic"), SchemeCredential::fromUserPassword(QStringLiteral("keyway"), QStringLiteral("basic-secret")));
    QCOMPARE(pickAlternative(*m_doc, either->security, creds), 1);
    const RequestOutcome viaBasic = send(QStringLiteral("GET /either"), {}, creds);
    QVERIFY2(viaBasic.isHttpSuccess(), qPrintable(describe(viaBasic)));
    QCOMPARE(bodyJson(viaBasic).value(QStringLiteral("authenticated")).toString(), QStringLiteral("basic"));

    creds.set(QStringLiteral("apiKeyHeader"), SchemeCredential::fromApiKey(QStringLiteral("keyway-header-key")));
    QCOMPARE(pickAlternative(*m_doc, either->security, creds), 0);
    const RequestOutcome viaKey = send(QStringLiteral("GET /either"), {}, creds);
    QCOMPARE(bodyJson(viaKey).value(QStringLiteral("authenticated")).toString(), QStringLiteral("apiKey"));
    QVERIFY(!viaKey.request->hasHeader("Authorization")); // only the chosen alternative is applied
    BuildOptions second;
    second.alternative = 1;
    const RequestOutcome chosen = send(QStringLiteral("GET /either"), {}, creds, second);
    QCOMPARE(bodyJson(chosen).value(QStringLiteral("authenticated")).toString(), QStringLiteral("basic"));
    QVERIFY(!chosen.request->hasHeader("X-API-Key"));
}

void TestRequests::anonymousAlternative()
{
    const RequestOutcome anon = send(QStringLiteral("GET /optional"), {}, MemoryCredentialSource{});
    QVERIFY2(anon.isHttpSuccess(), qPrintable(describe(anon)));
    QVERIFY(bodyJson(anon).value(QStringLiteral("authenticated")).isNull());
    QCOMPARE(anon.request->alternative, 0);
    MemoryCredentialSource creds;
    creds.set(QStringLiteral("apiKeyHeader"), SchemeCredential::fromApiKey(QStringLiteral("keyway-header-key")));
    const RequestOutcome keyed = send(QStringLiteral("GET /optional"), {}, creds);
    QCOMPARE(keyed.request->alternative, 1);
    QCOMPARE(bodyJson(keyed).value(QStringLiteral("authenticated")).toString(), QStringLiteral("apiKey"));
}

void TestRequests::crossOriginRedirectDropsCredentials_data()
{
    QTest::addColumn<int>("alternative");
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QByteArray>("header");
    QTest::newRow("api key header") << 0 << "apiKeyHeader" << QByteArray("x-api-key");
    QTest::newRow("bearer") << 1 << "httpBearer" << QByteArray("authorization");
    QTest::newRow("basic") << 2 << "httpBasic" << QByteArray("authorization");
}

void TestRequests::crossOriginRedirectDropsCredentials()
{
    QFETCH(int, alternative);
    QFETCH(QString, scheme);
    QFETCH(QByteArray, header);
    test::callJson(m_http, "DELETE", m_recorder.url(QStringLiteral("/__recorded")));
    MemoryCredentialSource creds;
    creds.set(QStringLiteral("apiKeyHeader"), SchemeCredential::fromApiKey(QStringLiteral("keyway-header-key")));
    creds.set(QStringLiteral("httpBearer"), SchemeCredential::fromBearerToken(m_token));
    creds.set(QStringLiteral("httpBasic"), SchemeCredential::fromUserPassword(QStringLiteral("keyway"), QStringLiteral("basic-secret")));
    BuildOptions options;
    options.alternative = alternative;
    const RequestOutcome o = send(QStringLiteral("GET /redirect-cross"), {}, creds, options);
    QVERIFY2(o.isHttpSuccess(), qPrintable(describe(o)));
    QCOMPARE(o.request->appliedSchemes, QStringList{scheme});
    QVERIFY(o.request->hasHeader(header)); // it was sent to the API...
    QVERIFY(o.credentialsDropped); // ...and dropped on the way to the recorder
    QCOMPARE(o.finalUrl.port(), int(m_recorder.port()));
    QVERIFY(o.warnings.join(u'\n').contains(QLatin1String("another origin")));

    const QJsonArray records = recorded();
    QCOMPARE(records.size(), 1);
    const QJsonObject r = records.first().toObject();
    QCOMPARE(r.value(QStringLiteral("path")).toString(), QStringLiteral("/landing"));
    for (const QJsonValue &h : r.value(QStringLiteral("headers")).toArray()) {
        const QString name = h.toArray().at(0).toString().toLower();
        const QString value = h.toArray().at(1).toString();
        QVERIFY2(name != QLatin1String("authorization") && name != QLatin1String("x-api-key") && name != QLatin1String("cookie"),
                 qPrintable(name));
        QVERIFY(!value.contains(QLatin1String("keyway-header-key")));
        QVERIFY(!value.contains(m_token));
    }
}

void TestRequests::sameOriginRedirectKeepsCredentials()
{
    MemoryCredentialSource creds;
    creds.set(QStringLiteral("apiKeyHeader"), SchemeCredential::fromApiKey(QStringLiteral("keyway-header-key")));
    const RequestOutcome o = send(QStringLiteral("GET /redirect-same"), {}, creds);
    QVERIFY2(o.isHttpSuccess(), qPrintable(describe(o)));
    QVERIFY(!o.credentialsDropped);
    QCOMPARE(o.finalUrl.path(), QStringLiteral("/apikey/header"));
    QCOMPARE(bodyJson(o).value(QStringLiteral("in")).toString(), QStringLiteral("header"));
}

void TestRequests::refreshAfterInvalidToken()
{
    auth::TokenSet stale;
    stale.accessToken = QStringLiteral("revoked-token");
    stale.tokenType = QStringLiteral("Bearer");
    stale.refreshToken = QStringLiteral("refresh-me");
    stale.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600); // not known to be expired: only the 401 tells
    MemoryCredentialSource creds;
    creds.set(QStringLiteral("opOAuth2"), SchemeCredential::fromTokens(stale));
    int refreshes = 0;
    QString refreshedScheme;
    auto refresher = [&](const QString &scheme, const auth::TokenSet &current, RequestSender::RefreshDone done) {
        ++refreshes;
        refreshedScheme = scheme;
        QCOMPARE(current.refreshToken, QStringLiteral("refresh-me"));
        auth::TokenSet fresh = current;
        fresh.accessToken = m_token;
        done(fresh); // answers from inside the call: the sender copes
    };
    const RequestOutcome o = send(QStringLiteral("GET /items"), {}, creds, {}, refresher);
    QVERIFY2(o.isHttpSuccess(), qPrintable(describe(o)));
    QCOMPARE(refreshes, 1);
    QCOMPARE(refreshedScheme, QStringLiteral("opOAuth2"));
    QVERIFY(o.refreshed);
    QCOMPARE(o.exchanges, 2);
    QCOMPARE(o.request->header("Authorization"), "Bearer " + m_token.toUtf8());
    const QList<net::Exchange> flow = m_timeline.flow(o.flowId);
    QCOMPARE(flow.size(), 2);
    QCOMPARE(flow.first().status, 401);
    QVERIFY(flow.last().label.contains(QLatin1String("after refreshing")));

    // A second 401 after the refresh is the answer: no loop.
    refreshes = 0;
    auto useless = [&](const QString &, const auth::TokenSet &current, RequestSender::RefreshDone done) {
        ++refreshes;
        done(current);
    };
    const RequestOutcome again = send(QStringLiteral("GET /items"), {}, creds, {}, useless);
    QCOMPARE(again.httpStatus, 401);
    QCOMPARE(refreshes, 1);
    QCOMPARE(again.exchanges, 2);
}

void TestRequests::refreshBeforeSendingAnExpiredToken()
{
    auth::TokenSet expired;
    expired.accessToken = QStringLiteral("old");
    expired.tokenType = QStringLiteral("Bearer");
    expired.refreshToken = QStringLiteral("r");
    expired.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-10);
    MemoryCredentialSource creds;
    creds.set(QStringLiteral("httpBearer"), SchemeCredential::fromTokens(expired));
    int refreshes = 0;
    auto refresher = [&](const QString &, const auth::TokenSet &current, RequestSender::RefreshDone done) {
        ++refreshes;
        auth::TokenSet fresh = current;
        fresh.accessToken = m_token;
        fresh.expiresAt = QDateTime::currentDateTimeUtc().addSecs(600);
        QTimer::singleShot(10, [done, fresh] { done(fresh); });
    };
    const RequestOutcome o = send(QStringLiteral("GET /bearer"), {}, creds, {}, refresher);
    QVERIFY2(o.isHttpSuccess(), qPrintable(describe(o)));
    QCOMPARE(refreshes, 1);
    QCOMPARE(o.exchanges, 1); // refreshed first, sent once
}

void TestRequests::refreshFailure()
{
    auth::TokenSet expired;
    expired.accessToken = QStringLiteral("old");
    expired.refreshToken = QStringLiteral("r");
    expired.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-10);
    MemoryCredentialSource creds;
    creds.set(QStringLiteral("opOAuth2"), SchemeCredential::fromTokens(expired));
    auto failing = [](const QString &, const auth::TokenSet &, RequestSender::RefreshDone done) {
        done(Error{QStringLiteral("invalid_grant: the refresh token expired"), {}});
    };
    const RequestOutcome o = send(QStringLiteral("GET /items"), {}, creds, {}, failing);
    QCOMPARE(o.status, RequestOutcome::Status::RefreshFailed);
    QVERIFY(o.errorString.contains(QLatin1String("invalid_grant")));
    QCOMPARE(o.exchanges, 0);
}

void TestRequests::timelineAndCurl()
{
    MemoryCredentialSource creds;
    creds.set(QStringLiteral("apiKeyQuery"), SchemeCredential::fromApiKey(QStringLiteral("keyway-query-key")));
    const RequestOutcome o = send(QStringLiteral("GET /apikey/query"), {}, creds);
    QVERIFY(o.isHttpSuccess());
    const QList<net::Exchange> flow = m_timeline.flow(o.flowId);
    QCOMPARE(flow.size(), 1);
    QCOMPARE(flow.first().label, QStringLiteral("GET /apikey/query"));
    QVERIFY(flow.first().secrets.contains("keyway-query-key"));
    const QString curl = toCurl(*o.request);
    QVERIFY(!curl.contains(QLatin1String("keyway-query-key")));
    QVERIFY(curl.contains(QLatin1String("api_key=<redacted:")));
    CurlOptions reveal;
    reveal.revealSecrets = true;
    QVERIFY(toCurl(*o.request, reveal).contains(QLatin1String("api_key=keyway-query-key")));
}

void TestRequests::cancelAndTimeout()
{
    test::LocalHttpServer stalling;
    test::CannedResponse stall;
    stall.stall = true;
    stalling.route("/public", stall);
    RequestValues values;
    values.serverUrl = QString::fromLatin1(stalling.origin());

    const openapi::Operation *op = findOperation(*m_doc, QStringLiteral("GET /public"));
    RequestJob job;
    job.document = m_doc;
    job.model = buildRequestModel(*m_doc, *op);
    job.values = values;
    MemoryCredentialSource none;
    job.credentials = &none;

    RequestSender sender(&m_http);
    std::optional<RequestOutcome> cancelled;
    sender.send(job, [&](const RequestOutcome &o) { cancelled = o; });
    QVERIFY(sender.isBusy());
    QVERIFY(waitUntil([&] { return !stalling.requests().isEmpty(); }, 10000));
    sender.cancel();
    QVERIFY(!cancelled.has_value()); // never from inside cancel()
    QVERIFY(waitUntil([&] { return cancelled.has_value(); }, 5000));
    QCOMPARE(cancelled->status, RequestOutcome::Status::Cancelled);
    QVERIFY(!sender.isBusy());

    net::HttpClient quick;
    net::HttpLimits limits;
    limits.timeout = std::chrono::milliseconds(300);
    quick.setLimits(limits);
    RequestSender impatient(&quick);
    std::optional<RequestOutcome> timedOut;
    impatient.send(job, [&](const RequestOutcome &o) { timedOut = o; });
    QVERIFY(waitUntil([&] { return timedOut.has_value(); }, 10000));
    QCOMPARE(timedOut->status, RequestOutcome::Status::Timeout);
    QVERIFY(!timedOut->errorString.isEmpty());

    // A sender destroyed while its request is under way: the late answer finds nobody, and nothing breaks.
    bool called = false;
    auto *doomed = new RequestSender(&m_http);
    doomed->send(job, [&](const RequestOutcome &) { called = true; });
    const qsizetype seen = stalling.requests().size();
    QVERIFY(waitUntil([&] { return stalling.requests().size() > seen; }, 10000));
    delete doomed;
    QTest::qWait(200);
    QVERIFY(!called);

    // A second send replaces the first, which ends as cancelled.
    std::optional<RequestOutcome> first;
    std::optional<RequestOutcome> second;
    RequestJob publicJob = job;
    publicJob.values = RequestValues{};
    sender.send(job, [&](const RequestOutcome &o) { first = o; });
    sender.send(publicJob, [&](const RequestOutcome &o) { second = o; });
    QVERIFY(waitUntil([&] { return first.has_value() && second.has_value(); }, 10000));
    QCOMPARE(first->status, RequestOutcome::Status::Cancelled);
    QVERIFY(second->isHttpSuccess());
}

QTEST_GUILESS_MAIN(TestRequests)
#include "tst_requests.moc"
