// Proves the real test servers under tests/peers start, answer and enforce what the integration tests rely on:
// the OpenID Provider (oidc-provider), the FastAPI resource server and the request recorder, all on 127.0.0.1.
// Plain QNetworkAccessManager on purpose: this checks the peers, not Keyway's own HTTP client.

#include "../common/PeerProcess.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopedPointer>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

using keyway::test::PeerProcess;

namespace {

struct Answer
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QString error;

    QList<QByteArray> headerValues(const QByteArray &name) const
    {
        QList<QByteArray> out;
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                out += h.second;
        }
        return out;
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

QByteArray basicAuth(const QByteArray &user, const QByteArray &password)
{
    return "Basic " + (user + ':' + password).toBase64();
}

QJsonObject jwtPayload(const QByteArray &jwt)
{
    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding)).object();
}

// One "Digest ..." challenge's parameters (values unquoted).
QHash<QByteArray, QByteArray> digestParams(const QByteArray &challenge)
{
    QHash<QByteArray, QByteArray> out;
    static const QRegularExpression re(QStringLiteral("([A-Za-z0-9_-]+)=(\"([^\"]*)\"|[^,\\s]*)"));
    auto it = re.globalMatch(QString::fromLatin1(challenge.mid(challenge.indexOf(' ') + 1)));
    while (it.hasNext()) {
        const auto m = it.next();
        const QString value = m.captured(3).isNull() ? m.captured(2) : m.captured(3);
        out.insert(m.captured(1).toLower().toLatin1(), value.toLatin1());
    }
    return out;
}

} // namespace

class TestPeers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void discoveryIssuerMatches();
    void clientCredentialsBasic();
    void bearerAcceptedAndRefused_data();
    void bearerAcceptedAndRefused();
    void scopeIsEnforced();
    void apiKeys_data();
    void apiKeys();
    void basic_data();
    void basic();
    void digestChallengeAndAnswer();
    void openApiListsEveryScheme();
    void crossOriginRedirectReachesRecorder();

private:
    Answer send(const QUrl &url, const QByteArray &verb = "GET", const QByteArray &body = {},
                const QList<QPair<QByteArray, QByteArray>> &headers = {});
    QByteArray clientCredentialsToken(const QByteArray &scope);

    QNetworkAccessManager m_nam;
    PeerProcess m_op;
    PeerProcess m_resource;
    PeerProcess m_recorder;
    QByteArray m_token; // read:items, from client_credentials
};

Answer TestPeers::send(const QUrl &url, const QByteArray &verb, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    Answer answer;
    if (url.host() != QLatin1String("127.0.0.1")) { // only loopback is ever a target
        answer.error = QStringLiteral("refusing a non-loopback URL: ") + url.toString();
        return answer;
    }
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(10000);
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    QScopedPointer<QNetworkReply, QScopedPointerDeleteLater> reply(m_nam.sendCustomRequest(request, verb, body));
    QEventLoop loop;
    QTimer guard;
    guard.setSingleShot(true);
    connect(&guard, &QTimer::timeout, reply.data(), &QNetworkReply::abort);
    connect(reply.data(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    guard.start(15000);
    if (!reply->isFinished())
        loop.exec();
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.headers = reply->rawHeaderPairs();
    if (answer.status == 0)
        answer.error = reply->errorString();
    return answer;
}

QByteArray TestPeers::clientCredentialsToken(const QByteArray &scope)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("scope"), QString::fromLatin1(scope));
    QUrl tokenUrl = m_op.issuer();
    tokenUrl.setPath(QStringLiteral("/token"));
    const Answer a = send(tokenUrl, "POST", form.toString(QUrl::FullyEncoded).toLatin1(),
                          {{"Content-Type", "application/x-www-form-urlencoded"},
                           {"Authorization", basicAuth("keyway-confidential", "keyway-confidential-secret")}});
    if (a.status != 200)
        qWarning("token endpoint answered %d: %s %s", a.status, a.body.constData(), qPrintable(a.error));
    return a.json().value(QStringLiteral("access_token")).toString().toLatin1();
}

void TestPeers::initTestCase()
{
    if (const QString error = m_op.startOpenIdProvider(); !error.isEmpty())
        QFAIL(qPrintable(error));
    if (const QString error = m_recorder.startRecorder(); !error.isEmpty())
        QFAIL(qPrintable(error));
    const QStringList extra{QStringLiteral("--other-origin"), m_recorder.origin().toString()};
    if (const QString error = m_resource.startResourceServer(m_op.issuer(), extra); !error.isEmpty())
        QFAIL(qPrintable(error));
    QVERIFY(m_op.port() != 0 && m_resource.port() != 0 && m_recorder.port() != 0);
}

void TestPeers::cleanup()
{
    m_op.printLogIfFailed();
    m_resource.printLogIfFailed();
    m_recorder.printLogIfFailed();
}

void TestPeers::cleanupTestCase()
{
    m_resource.stop();
    m_recorder.stop();
    m_op.stop();
    QVERIFY(!m_op.isRunning() && !m_resource.isRunning() && !m_recorder.isRunning());
}

void TestPeers::discoveryIssuerMatches()
{
    QUrl url = m_op.issuer();
    url.setPath(QStringLiteral("/.well-known/openid-configuration"));
    const Answer a = send(url);
    QCOMPARE(a.status, 200);
    const QJsonObject doc = a.json();
    QCOMPARE(doc.value(QStringLiteral("issuer")).toString(), m_op.issuer().toString());
    QVERIFY(doc.value(QStringLiteral("code_challenge_methods_supported")).toArray().contains(QStringLiteral("S256")));
    QVERIFY(doc.contains(QStringLiteral("device_authorization_endpoint")));
}

void TestPeers::clientCredentialsBasic()
{
    m_token = clientCredentialsToken("read:items");
    QVERIFY(!m_token.isEmpty());
    const QJsonObject claims = jwtPayload(m_token);
    QCOMPARE(claims.value(QStringLiteral("iss")).toString(), m_op.issuer().toString());
    QCOMPARE(claims.value(QStringLiteral("aud")).toString(), QStringLiteral("http://127.0.0.1/api"));
    QCOMPARE(claims.value(QStringLiteral("scope")).toString(), QStringLiteral("read:items"));
}

void TestPeers::bearerAcceptedAndRefused_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("challengeError");

    QTest::newRow("provider_jwt_accepted") << QByteArray("TOKEN") << 200 << QByteArray();
    QTest::newRow("no_token_refused") << QByteArray() << 401 << QByteArray();
    QTest::newRow("garbage_refused") << QByteArray("Bearer not-a-jwt") << 401 << QByteArray("invalid_token");
    QTest::newRow("tampered_refused") << QByteArray("TAMPERED") << 401 << QByteArray("invalid_token");
}

void TestPeers::bearerAcceptedAndRefused()
{
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    QFETCH(QByteArray, challengeError);
    if (m_token.isEmpty())
        m_token = clientCredentialsToken("read:items");
    QVERIFY(!m_token.isEmpty());
    if (authorization == "TOKEN")
        authorization = "Bearer " + m_token;
    if (authorization == "TAMPERED") {
        QByteArray t = m_token;
        t[t.size() - 5] = t.at(t.size() - 5) == 'A' ? 'B' : 'A';
        authorization = "Bearer " + t;
    }
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    const Answer a = send(m_resource.url(QStringLiteral("/bearer")), "GET", {}, headers);
    QCOMPARE(a.status, status);
    if (status == 200) {
        QCOMPARE(a.json().value(QStringLiteral("sub")).toString(), QStringLiteral("keyway-confidential"));
        return;
    }
    const QList<QByteArray> challenges = a.headerValues("WWW-Authenticate");
    QCOMPARE(challenges.size(), 1);
    QVERIFY2(challenges.first().startsWith("Bearer "), challenges.first().constData());
    if (!challengeError.isEmpty())
        QVERIFY(challenges.first().contains("error=\"" + challengeError + '"'));
}

void TestPeers::scopeIsEnforced()
{
    const QByteArray readOnly = clientCredentialsToken("read:items");
    const QByteArray admin = clientCredentialsToken("read:items admin");
    QVERIFY(!readOnly.isEmpty() && !admin.isEmpty());
    const QUrl url = m_resource.url(QStringLiteral("/admin"));
    const Answer refused = send(url, "GET", {}, {{"Authorization", "Bearer " + readOnly}});
    QCOMPARE(refused.status, 403);
    QVERIFY(refused.headerValues("WWW-Authenticate").value(0).contains("error=\"insufficient_scope\""));
    QCOMPARE(send(url, "GET", {}, {{"Authorization", "Bearer " + admin}}).status, 200);
    // The deliberately broken twin accepts the read-only token although its document demands admin.
    QCOMPARE(send(m_resource.url(QStringLiteral("/broken/ignores-scope")), "GET", {}, {{"Authorization", "Bearer " + readOnly}}).status,
             200);
}

void TestPeers::apiKeys_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("headerName");
    QTest::addColumn<QByteArray>("headerValue");
    QTest::addColumn<int>("status");

    QTest::newRow("header_right") << QStringLiteral("/apikey/header") << QByteArray("X-API-Key") << QByteArray("keyway-header-key") << 200;
    QTest::newRow("header_wrong") << QStringLiteral("/apikey/header") << QByteArray("X-API-Key") << QByteArray("nope") << 401;
    QTest::newRow("header_missing") << QStringLiteral("/apikey/header") << QByteArray() << QByteArray() << 401;
    QTest::newRow("query_right") << QStringLiteral("/apikey/query?api_key=keyway-query-key") << QByteArray() << QByteArray() << 200;
    QTest::newRow("query_wrong") << QStringLiteral("/apikey/query?api_key=nope") << QByteArray() << QByteArray() << 401;
    QTest::newRow("cookie_right") << QStringLiteral("/apikey/cookie") << QByteArray("Cookie") << QByteArray("keyway_key=keyway-cookie-key")
                                  << 200;
    QTest::newRow("cookie_wrong") << QStringLiteral("/apikey/cookie") << QByteArray("Cookie") << QByteArray("keyway_key=nope") << 401;
    QTest::newRow("header_key_in_query_refused")
        << QStringLiteral("/apikey/header?X-API-Key=keyway-header-key") << QByteArray() << QByteArray() << 401;
}

void TestPeers::apiKeys()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, headerName);
    QFETCH(QByteArray, headerValue);
    QFETCH(int, status);
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!headerName.isEmpty())
        headers.append({headerName, headerValue});
    const Answer a = send(m_resource.url(path), "GET", {}, headers);
    QCOMPARE(a.status, status);
    if (status == 401)
        QVERIFY(!a.headerValues("WWW-Authenticate").isEmpty());
}

void TestPeers::basic_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");
    QTest::newRow("right") << basicAuth("keyway", "basic-secret") << 200;
    QTest::newRow("wrong_password") << basicAuth("keyway", "nope") << 401;
    QTest::newRow("missing") << QByteArray() << 401;
}

void TestPeers::basic()
{
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    const Answer a = send(m_resource.url(QStringLiteral("/basic")), "GET", {}, headers);
    QCOMPARE(a.status, status);
    if (status == 401)
        QVERIFY(a.headerValues("WWW-Authenticate").value(0).startsWith("Basic realm=\"keyway-tests\""));
}

void TestPeers::digestChallengeAndAnswer()
{
    const QUrl url = m_resource.url(QStringLiteral("/digest"));
    const Answer challenge = send(url);
    QCOMPARE(challenge.status, 401);
    QByteArray sha256Challenge;
    for (const QByteArray &c : challenge.headerValues("WWW-Authenticate")) {
        if (c.startsWith("Digest ") && c.contains("algorithm=SHA-256"))
            sha256Challenge = c;
    }
    QVERIFY2(!sha256Challenge.isEmpty(), "no SHA-256 Digest challenge");
    const auto p = digestParams(sha256Challenge);
    QCOMPARE(p.value("qop"), QByteArray("auth"));
    QCOMPARE(p.value("realm"), QByteArray("keyway-tests"));
    QVERIFY(!p.value("nonce").isEmpty());

    // Answer it (RFC 7616, SHA-256, qop=auth) to prove the scheme end to end.
    const auto h = [](const QByteArray &s) { return QCryptographicHash::hash(s, QCryptographicHash::Sha256).toHex(); };
    const QByteArray cnonce = QByteArray::number(QRandomGenerator::system()->generate64(), 16);
    const QByteArray nc = "00000001";
    const QByteArray uri = "/digest";
    const QByteArray ha1 = h("keyway:" + p.value("realm") + ":digest-secret");
    const QByteArray ha2 = h("GET:" + uri);
    const QByteArray response = h(ha1 + ':' + p.value("nonce") + ':' + nc + ':' + cnonce + ":auth:" + ha2);
    const QByteArray authorization = "Digest username=\"keyway\", realm=\"" + p.value("realm") + "\", nonce=\"" + p.value("nonce")
        + "\", uri=\"" + uri + "\", algorithm=SHA-256, qop=auth, nc=" + nc + ", cnonce=\"" + cnonce + "\", response=\"" + response
        + "\", opaque=\"" + p.value("opaque") + '"';
    const Answer ok = send(url, "GET", {}, {{"Authorization", authorization}});
    QCOMPARE(ok.status, 200);
    QVERIFY(ok.headerValues("Authentication-Info").value(0).contains("rspauth="));
    // The same nonce count again is a replay.
    QCOMPARE(send(url, "GET", {}, {{"Authorization", authorization}}).status, 401);
}

void TestPeers::openApiListsEveryScheme()
{
    const Answer a = send(m_resource.url(QStringLiteral("/openapi.json")));
    QCOMPARE(a.status, 200);
    const QJsonObject doc = a.json();
    const QJsonObject schemes = doc.value(QStringLiteral("components")).toObject().value(QStringLiteral("securitySchemes")).toObject();
    const QList<QPair<QString, QString>> expected{
        {QStringLiteral("apiKeyHeader"), QStringLiteral("apiKey")},   {QStringLiteral("apiKeyQuery"), QStringLiteral("apiKey")},
        {QStringLiteral("apiKeyCookie"), QStringLiteral("apiKey")},   {QStringLiteral("httpBasic"), QStringLiteral("http")},
        {QStringLiteral("httpDigest"), QStringLiteral("http")},       {QStringLiteral("httpBearer"), QStringLiteral("http")},
        {QStringLiteral("opOAuth2"), QStringLiteral("oauth2")},       {QStringLiteral("opOIDC"), QStringLiteral("openIdConnect")},
        {QStringLiteral("passwordOAuth2"), QStringLiteral("oauth2")},
    };
    for (const auto &[name, type] : expected)
        QVERIFY2(schemes.value(name).toObject().value(QStringLiteral("type")).toString() == type, qPrintable(name));
    QCOMPARE(schemes.size(), expected.size());
    QCOMPARE(schemes.value(QStringLiteral("apiKeyCookie")).toObject().value(QStringLiteral("in")).toString(), QStringLiteral("cookie"));
    QCOMPARE(schemes.value(QStringLiteral("opOIDC")).toObject().value(QStringLiteral("openIdConnectUrl")).toString(),
             m_op.issuer().toString() + QStringLiteral("/.well-known/openid-configuration"));

    const QJsonObject paths = doc.value(QStringLiteral("paths")).toObject();
    const auto security = [&](const QString &path, const QString &method) {
        return paths.value(path).toObject().value(method).toObject().value(QStringLiteral("security")).toArray();
    };
    // AND: one requirement object holding both schemes.
    const QJsonArray combined = security(QStringLiteral("/combined"), QStringLiteral("get"));
    QCOMPARE(combined.size(), 1);
    QCOMPARE(combined.at(0).toObject().keys(), (QStringList{QStringLiteral("apiKeyHeader"), QStringLiteral("httpBearer")}));
    // OR: two requirement objects; {} makes anonymous one of the alternatives.
    QCOMPARE(security(QStringLiteral("/either"), QStringLiteral("get")).size(), 2);
    QCOMPARE(security(QStringLiteral("/optional"), QStringLiteral("get")).at(0).toObject().size(), 0);
    // Scopes on oauth2 requirements.
    QCOMPARE(security(QStringLiteral("/admin"), QStringLiteral("get")).at(0).toObject().value(QStringLiteral("opOAuth2")).toArray(),
             QJsonArray{QStringLiteral("admin")});
    // Declared public, with an empty list (not merely absent).
    QVERIFY(paths.value(QStringLiteral("/public")).toObject().value(QStringLiteral("get")).toObject().contains(QStringLiteral("security")));
    QVERIFY(security(QStringLiteral("/public"), QStringLiteral("get")).isEmpty());
    QVERIFY(security(QStringLiteral("/broken/public-demands-token"), QStringLiteral("get")).isEmpty());
    QCOMPARE(send(m_resource.url(QStringLiteral("/broken/public-demands-token"))).status, 401);
}

void TestPeers::crossOriginRedirectReachesRecorder()
{
    const Answer redirect
        = send(m_resource.url(QStringLiteral("/redirect-cross?probe=1")), "GET", {}, {{"X-API-Key", "keyway-header-key"}});
    QCOMPARE(redirect.status, 307);
    const QUrl target(QString::fromLatin1(redirect.headerValues("Location").value(0)));
    QCOMPARE(target.port(), int(m_recorder.port()));
    QCOMPARE(target.host(), QStringLiteral("127.0.0.1"));

    QCOMPARE(send(m_recorder.url(QStringLiteral("/__recorded")), "DELETE").status, 200);
    QCOMPARE(send(target, "GET", {}, {{"X-Probe", "yes"}}).status, 200);
    const QJsonArray recorded = QJsonDocument::fromJson(send(m_recorder.url(QStringLiteral("/__recorded"))).body).array();
    QCOMPARE(recorded.size(), 1);
    const QJsonObject r = recorded.at(0).toObject();
    QCOMPARE(r.value(QStringLiteral("path")).toString(), QStringLiteral("/landing?probe=1"));
    bool sawProbe = false;
    for (const auto &h : r.value(QStringLiteral("headers")).toArray()) {
        const QJsonArray pair = h.toArray();
        sawProbe |= pair.at(0).toString().compare(QStringLiteral("x-probe"), Qt::CaseInsensitive) == 0;
    }
    QVERIFY(sawProbe);
}

QTEST_GUILESS_MAIN(TestPeers)
#include "tst_peers.moc"
