#include "net/HttpClient.h"
#include "net/Timeline.h"

#include "../common/LocalHttpServer.h"

#include <QSignalSpy>
#include <QTest>

using namespace keyway;
using namespace keyway::net;
using keyway::test::CannedResponse;
using keyway::test::LocalHttpServer;

class TestHttpClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void getReturnsBodyAndHeaders();
    void errorStatusIsAnAnswer();
    void sameOriginRedirectKeepsCredentials();
    void crossOriginRedirectDropsCredentials();
    void crossOriginRedirectDropsSecretQueryValues();
    void redirectLoopStops();
    void responseSizeIsCapped();
    void announcedSizeIsCapped();
    void stalledServerTimesOut();
    void refusedConnectionIsExplained();
    void cancelRunsCallbackOnce();
    void exchangesAreRecordedOnTheTimeline();
};

static HttpResult waitFor(HttpClient &client, QNetworkRequest request, const QByteArray &verb = "GET",
                          HttpRequestHandle **handleOut = nullptr)
{
    std::optional<HttpResult> out;
    int calls = 0;
    HttpRequestHandle *handle = client.send(verb, request, {}, [&](const HttpResult &r) {
        out = r;
        ++calls;
    });
    if (handleOut)
        *handleOut = handle;
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 20000))
        qFatal("no answer in time");
    QTest::qWait(20);
    if (calls != 1)
        qFatal("callback ran %d times", calls);
    return *out;
}

void TestHttpClient::getReturnsBodyAndHeaders()
{
    LocalHttpServer server;
    server.route("/doc", CannedResponse{200, "OK", {{"Content-Type", "application/json"}, {"X-Test", "yes"}}, "{\"a\":1}"});
    HttpClient client;
    const HttpResult r = waitFor(client, QNetworkRequest(server.url("/doc")));
    QVERIFY(r.succeeded());
    QCOMPARE(r.httpStatus, 200);
    QCOMPARE(r.body, QByteArray("{\"a\":1}"));
    QCOMPARE(r.header("x-test"), QByteArray("yes"));
    QCOMPARE(r.finalUrl, server.url("/doc"));
}

void TestHttpClient::errorStatusIsAnAnswer()
{
    LocalHttpServer server;
    server.route("/denied", CannedResponse{401, "Unauthorized", {{"WWW-Authenticate", "Bearer realm=\"api\""}}, "{\"detail\":\"no\"}"});
    HttpClient client;
    const HttpResult r = waitFor(client, QNetworkRequest(server.url("/denied")));
    QVERIFY(r.succeeded());
    QCOMPARE(r.httpStatus, 401);
    QCOMPARE(r.body, QByteArray("{\"detail\":\"no\"}"));
    QCOMPARE(r.header("WWW-Authenticate"), QByteArray("Bearer realm=\"api\""));
}

void TestHttpClient::sameOriginRedirectKeepsCredentials()
{
    LocalHttpServer server;
    server.route("/old", CannedResponse{302, "Found", {{"Location", "/new"}}, {}});
    server.route("/new", CannedResponse{200, "OK", {}, "here"});
    HttpClient client;
    QNetworkRequest request(server.url("/old"));
    request.setRawHeader("Authorization", "Bearer secret-token");
    const HttpResult r = waitFor(client, request);
    QCOMPARE(r.httpStatus, 200);
    QCOMPARE(r.body, QByteArray("here"));
    QVERIFY(!r.credentialsDropped);
    QCOMPARE(server.requests().size(), 2);
    QCOMPARE(server.requests().at(1).header("authorization"), QByteArray("Bearer secret-token"));
}

void TestHttpClient::crossOriginRedirectDropsCredentials()
{
    LocalHttpServer api;
    LocalHttpServer elsewhere; // another port: another origin
    api.route("/go", CannedResponse{307, "Temporary Redirect", {{"Location", elsewhere.origin() + "/landing"}}, {}});
    elsewhere.route("/landing", CannedResponse{200, "OK", {}, "landed"});
    HttpClient client;
    QNetworkRequest request(api.url("/go"));
    request.setRawHeader("Authorization", "Bearer secret-token");
    request.setRawHeader("Cookie", "session=abc");
    request.setRawHeader("X-API-Key", "key-123");
    request.setRawHeader("Accept", "text/plain");
    std::optional<HttpResult> out;
    HttpRequestHandle *handle = client.send("GET", request, {}, [&](const HttpResult &r) { out = r; });
    handle->addSensitiveHeader("X-API-Key");
    QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 20000);
    QCOMPARE(out->httpStatus, 200);
    QVERIFY(out->credentialsDropped);
    QCOMPARE(elsewhere.requests().size(), 1);
    const auto &received = elsewhere.requests().first();
    QVERIFY(!received.hasHeader("authorization"));
    QVERIFY(!received.hasHeader("cookie"));
    QVERIFY(!received.hasHeader("x-api-key"));
    QCOMPARE(received.header("accept"), QByteArray("text/plain"));
}

void TestHttpClient::crossOriginRedirectDropsSecretQueryValues()
{
    LocalHttpServer api;
    LocalHttpServer elsewhere;
    // The API copies the whole query, API key included, into a redirect to another origin.
    api.route("/go", CannedResponse{302, "Found", {{"Location", elsewhere.origin() + "/landing?api_key=key-123&page=2"}}, {}});
    elsewhere.route("/landing", CannedResponse{200, "OK", {}, "landed"});
    HttpClient client;
    RequestInfo info;
    info.secrets = {"key-123"};
    std::optional<HttpResult> out;
    client.send("GET", QNetworkRequest(api.url("/go?api_key=key-123&page=2")), {}, info, [&](const HttpResult &r) { out = r; });
    QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 20000);
    QCOMPARE(out->httpStatus, 200);
    QVERIFY(out->credentialsDropped);
    QCOMPARE(elsewhere.requests().size(), 1);
    QCOMPARE(elsewhere.requests().first().target, QByteArray("/landing?page=2"));
}

void TestHttpClient::redirectLoopStops()
{
    LocalHttpServer server;
    server.route("/a", CannedResponse{302, "Found", {{"Location", "/b"}}, {}});
    server.route("/b", CannedResponse{302, "Found", {{"Location", "/a"}}, {}});
    HttpClient client;
    const HttpResult r = waitFor(client, QNetworkRequest(server.url("/a")));
    QCOMPARE(r.status, HttpResult::Status::RedirectRefused);
    QVERIFY2(r.errorString.contains(QLatin1String("redirect")), qPrintable(r.errorString));
    QCOMPARE(server.requests().size(), client.limits().maxRedirects + 1);
}

void TestHttpClient::responseSizeIsCapped()
{
    LocalHttpServer server;
    // The body arrives in chunks: the cap holds on what is received, not only on what is announced.
    CannedResponse big{200, "OK", {}, QByteArray(300 * 1024, 'x')};
    big.dribbleBytesPerTick = 64 * 1024;
    server.route("/big", big);
    HttpClient client;
    HttpLimits limits;
    limits.maxResponseBytes = 100 * 1024;
    client.setLimits(limits);
    const HttpResult r = waitFor(client, QNetworkRequest(server.url("/big")));
    QCOMPARE(r.status, HttpResult::Status::TooLarge);
    QVERIFY(r.body.isEmpty());
    QVERIFY2(r.errorString.contains(QLatin1String("limit")), qPrintable(r.errorString));
}

void TestHttpClient::announcedSizeIsCapped()
{
    LocalHttpServer server;
    CannedResponse huge{200, "OK", {}, QByteArray(1024, 'x')};
    huge.announcedLength = 1024LL * 1024 * 1024; // "1 GB", then only a trickle
    huge.dribbleBytesPerTick = 512;
    server.route("/huge", huge);
    HttpClient client;
    const HttpResult r = waitFor(client, QNetworkRequest(server.url("/huge")));
    QCOMPARE(r.status, HttpResult::Status::TooLarge);
    QVERIFY2(r.errorString.contains(QLatin1String("1024.0 MB")), qPrintable(r.errorString));
}

void TestHttpClient::stalledServerTimesOut()
{
    LocalHttpServer server;
    CannedResponse stall;
    stall.stall = true;
    server.route("/stall", stall);
    HttpClient client;
    HttpLimits limits;
    limits.idleTimeout = std::chrono::milliseconds(300);
    limits.timeout = std::chrono::milliseconds(2000);
    client.setLimits(limits);
    const HttpResult r = waitFor(client, QNetworkRequest(server.url("/stall")));
    QCOMPARE(r.status, HttpResult::Status::Timeout);
    QVERIFY(r.elapsedMs < 1900);
    QVERIFY2(r.errorString.contains(QLatin1String("stopped sending")), qPrintable(r.errorString));
}

void TestHttpClient::refusedConnectionIsExplained()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    HttpClient client;
    const HttpResult r = waitFor(client, QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(port))));
    QCOMPARE(r.status, HttpResult::Status::NetworkError);
    QVERIFY2(r.errorString.contains(QLatin1String("refused")), qPrintable(r.errorString));
}

void TestHttpClient::cancelRunsCallbackOnce()
{
    LocalHttpServer server;
    CannedResponse stall;
    stall.stall = true;
    server.route("/stall", stall);
    HttpClient client;
    int calls = 0;
    HttpResult last;
    HttpRequestHandle *handle = client.get(server.url("/stall"), [&](const HttpResult &r) {
        ++calls;
        last = r;
    });
    QTest::qWait(100);
    handle->cancel();
    handle->cancel();
    QTRY_COMPARE(calls, 1);
    QTest::qWait(100);
    QCOMPARE(calls, 1);
    QCOMPARE(last.status, HttpResult::Status::Cancelled);
}

void TestHttpClient::exchangesAreRecordedOnTheTimeline()
{
    LocalHttpServer server;
    server.route("/token", CannedResponse{400, "Bad Request", {{"Content-Type", "application/json"}}, "{\"error\":\"invalid_grant\"}"});
    Timeline timeline;
    HttpClient client;
    client.setTimeline(&timeline);
    QNetworkRequest request(server.url("/token"));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    RequestInfo info;
    info.label = QStringLiteral("Token request");
    info.flowId = timeline.newFlowId();
    info.secrets = {"s3cret"};
    std::optional<HttpResult> out;
    client.send("POST", request, "grant_type=client_credentials&client_secret=s3cret", info, [&](const HttpResult &r) { out = r; });
    QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 20000);
    QCOMPARE(timeline.exchanges().size(), 1);
    const Exchange &e = timeline.exchanges().first();
    QVERIFY(e.id > 0);
    QCOMPARE(e.label, QStringLiteral("Token request"));
    QCOMPARE(e.flowId, info.flowId);
    QCOMPARE(e.method, QByteArray("POST"));
    QCOMPARE(e.status, 400);
    QCOMPARE(e.responseBody, QByteArray("{\"error\":\"invalid_grant\"}"));
    QCOMPARE(e.requestBody, QByteArray("grant_type=client_credentials&client_secret=s3cret"));
    QCOMPARE(e.secrets, QList<QByteArray>{"s3cret"});
    QVERIFY(e.startedAt.isValid());
    QCOMPARE(timeline.flow(info.flowId).size(), 1);

    // Not recorded when asked not to be.
    RequestInfo quiet;
    quiet.record = false;
    out.reset();
    client.send("GET", QNetworkRequest(server.url("/token")), {}, quiet, [&](const HttpResult &r) { out = r; });
    QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 20000);
    QCOMPARE(timeline.exchanges().size(), 1);
}

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
