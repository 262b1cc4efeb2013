// OpenID Connect discovery / RFC 8414 metadata and the JWKS cache, against the real oidc-provider and scripted servers.

#include "../common/LocalHttpServer.h"
#include "../common/PeerProcess.h"
#include "../unit/JwtTestSupport.h"
#include "OAuthTestSupport.h"

#include "auth/Discovery.h"
#include "auth/IdTokenCheck.h"
#include "auth/JwksCache.h"

#include <QJsonArray>
#include <QTcpServer>

using namespace keyway;
using namespace keyway::auth;
using keyway::test::LocalHttpServer;
using keyway::test::PeerProcess;

Q_DECLARE_METATYPE(keyway::auth::OAuthError::Kind)
Q_DECLARE_METATYPE(keyway::auth::DiscoveryResult::Kind)

class TestDiscovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void candidates_data();
    void candidates();
    void metadataChecks_data();
    void metadataChecks();

    void discoverProvider_data();
    void discoverProvider();
    void discoverScripted_data();
    void discoverScripted();

    void jwksFetchedAndCached();
    void unknownKidRefetchedOnceThenFails();
    void jwksFailures_data();
    void jwksFailures();

private:
    OAuthResult<DiscoveryResult> runDiscovery(const QUrl &input, const QString &expectedIssuer);
    QString flowId() const { return QStringLiteral("discovery-test"); }

    PeerProcess m_op;
    net::HttpClient m_http;
    net::Timeline m_timeline;
};

void TestDiscovery::initTestCase()
{
    if (const QString error = m_op.startOpenIdProvider(); !error.isEmpty())
        QFAIL(qPrintable(error));
    m_http.setTimeline(&m_timeline);
}

void TestDiscovery::cleanup()
{
    m_op.printLogIfFailed();
}

OAuthResult<DiscoveryResult> TestDiscovery::runDiscovery(const QUrl &input, const QString &expectedIssuer)
{
    Discovery discovery(&m_http);
    std::optional<OAuthResult<DiscoveryResult>> out;
    discovery.discover(input, expectedIssuer, flowId(), [&](const OAuthResult<DiscoveryResult> &r) { out = r; });
    if (!test::waitUntil([&] { return out.has_value(); }, 30000)) {
        OAuthError e;
        e.kind = OAuthError::Kind::Timeout;
        e.message = QStringLiteral("discovery never finished");
        return e;
    }
    return *out;
}

void TestDiscovery::candidates_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("urls");
    QTest::addColumn<QString>("issuer");

    QTest::newRow("issuer") << QStringLiteral("https://id.example/")
                            << QStringList{QStringLiteral("https://id.example/.well-known/openid-configuration"),
                                           QStringLiteral("https://id.example/.well-known/oauth-authorization-server")}
                            << QStringLiteral("https://id.example/");
    QTest::newRow("issuer_with_path") << QStringLiteral("https://id.example/realms/dev")
                                      << QStringList{QStringLiteral("https://id.example/realms/dev/.well-known/openid-configuration"),
                                                     QStringLiteral("https://id.example/.well-known/oauth-authorization-server/realms/dev")}
                                      << QStringLiteral("https://id.example/realms/dev");
    QTest::newRow("oidc_well_known") << QStringLiteral("https://id.example/t1/.well-known/openid-configuration")
                                     << QStringList{QStringLiteral("https://id.example/t1/.well-known/openid-configuration")}
                                     << QStringLiteral("https://id.example/t1");
    QTest::newRow("rfc8414_well_known") << QStringLiteral("http://127.0.0.1:9/.well-known/oauth-authorization-server/t1")
                                        << QStringList{QStringLiteral("http://127.0.0.1:9/.well-known/oauth-authorization-server/t1")}
                                        << QStringLiteral("http://127.0.0.1:9/t1");
}

void TestDiscovery::candidates()
{
    QFETCH(QString, input);
    QFETCH(QStringList, urls);
    QFETCH(QString, issuer);
    const QList<DiscoveryCandidate> list = discoveryCandidates(QUrl(input));
    QStringList got;
    for (const DiscoveryCandidate &c : list) {
        got.append(c.url.toString());
        QCOMPARE(c.expectedIssuer, issuer);
        QCOMPARE(c.issuerDerived, urls.size() == 1); // a .well-known URL: the issuer is only derived from it
    }
    QCOMPARE(got, urls);
    const DiscoveryCandidate given = discoveryCandidates(QUrl(input), QStringLiteral("https://other")).first();
    QCOMPARE(given.expectedIssuer, QStringLiteral("https://other"));
    QVERIFY(!given.issuerDerived);
}

void TestDiscovery::metadataChecks_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expectedIssuer");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<OAuthError::Kind>("kind");
    QTest::addColumn<QString>("textHas"); // in the error message + diagnosis, or in the warnings
    QTest::addColumn<bool>("derived"); // the expected issuer was derived from a .well-known URL

    using K = OAuthError::Kind;
    const QString iss = QStringLiteral("https://id.example");
    QTest::newRow("minimal_ok_with_warnings") << QByteArray(
        R"({"issuer":"https://id.example","token_endpoint":"https://id.example/token"})")
                                              << iss << true << K::ServerError << QStringLiteral("No jwks_uri") << false;
    QTest::newRow("issuer_mismatch") << QByteArray(R"({"issuer":"https://evil.example"})") << iss << false << K::IssuerMismatch
                                     << QStringLiteral("\"https://evil.example\"") << false;
    QTest::newRow("issuer_trailing_slash") << QByteArray(R"({"issuer":"https://id.example/"})") << iss << false << K::IssuerMismatch
                                           << QStringLiteral("trailing slash") << false;
    QTest::newRow("issuer_trailing_slash_derived_from_well_known")
        << QByteArray(R"({"issuer":"https://id.example/"})") << iss << true << K::ServerError << QStringLiteral("trailing slash") << true;
    QTest::newRow("issuer_case") << QByteArray(R"({"issuer":"https://ID.example"})") << iss << false << K::IssuerMismatch
                                 << QStringLiteral("letter case") << false;
    QTest::newRow("no_issuer") << QByteArray(R"({"token_endpoint":"https://id.example/token"})") << iss << false << K::UnexpectedResponse
                               << QStringLiteral("has no issuer") << false;
    QTest::newRow("not_json") << QByteArray("<html>hello</html>") << iss << false << K::UnexpectedResponse << QStringLiteral("HTML page")
                              << false;
    QTest::newRow("alg_none_listed") << QByteArray(
        R"({"issuer":"https://id.example","id_token_signing_alg_values_supported":["none","RS256"]})")
                                     << iss << true << K::ServerError << QStringLiteral("never accepts unsigned") << false;
    QTest::newRow("wrong_types") << QByteArray(R"({"issuer":"https://id.example","token_endpoint":42,"scopes_supported":"openid"})") << iss
                                 << true << K::ServerError << QStringLiteral("scopes_supported is not an array") << false;
    QTest::newRow("plain_http_elsewhere") << QByteArray(R"({"issuer":"https://id.example","token_endpoint":"http://id.example/token"})")
                                          << iss << true << K::ServerError << QStringLiteral("token_endpoint uses plain http") << false;
}

void TestDiscovery::metadataChecks()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expectedIssuer);
    QFETCH(bool, ok);
    QFETCH(OAuthError::Kind, kind);
    QFETCH(QString, textHas);
    QFETCH(bool, derived);
    const OAuthResult<DiscoveryResult> r
        = parseProviderMetadata(json, QUrl(QStringLiteral("https://id.example/.well-known/openid-configuration")),
                                DiscoveryResult::Kind::OpenIdConnect, expectedIssuer, derived);
    QCOMPARE(r.ok(), ok);
    if (ok) {
        QVERIFY2(r->warnings.join(u'\n').contains(textHas), qPrintable(r->warnings.join(u'\n')));
        return;
    }
    QCOMPARE(r.error().kind, kind);
    const QString text = r.error().message + u'\n' + r.error().diagnosis;
    QVERIFY2(text.contains(textHas), qPrintable(text));
}

void TestDiscovery::discoverProvider_data()
{
    QTest::addColumn<QString>("input"); // ISSUER is replaced by the provider's issuer
    QTest::addColumn<QString>("expectedIssuer");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("messageHas");

    QTest::newRow("from_issuer") << QStringLiteral("ISSUER") << QString() << true << QString();
    QTest::newRow("from_well_known_url") << QStringLiteral("ISSUER/.well-known/openid-configuration") << QString() << true << QString();
    QTest::newRow("issuer_mismatch_expected_other")
        << QStringLiteral("ISSUER/.well-known/openid-configuration") << QStringLiteral("https://login.example.com") << false
        << QStringLiteral("expected \"https://login.example.com\"");
    QTest::newRow("issuer_typed_with_trailing_slash")
        << QStringLiteral("ISSUER/") << QString() << false << QStringLiteral("Issuer mismatch");
}

void TestDiscovery::discoverProvider()
{
    QFETCH(QString, input);
    QFETCH(QString, expectedIssuer);
    QFETCH(bool, ok);
    QFETCH(QString, messageHas);
    const QString issuer = m_op.issuer().toString();
    input.replace(QStringLiteral("ISSUER"), issuer);
    const qsizetype before = m_timeline.flow(flowId()).size();
    const OAuthResult<DiscoveryResult> r = runDiscovery(QUrl(input), expectedIssuer);
    QCOMPARE(m_timeline.flow(flowId()).size(), before + 1); // one GET, on the timeline
    QCOMPARE(m_timeline.flow(flowId()).last().label, QStringLiteral("Discovery (OpenID Connect)"));
    if (!ok) {
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, OAuthError::Kind::IssuerMismatch);
        QVERIFY2(r.error().message.contains(messageHas), qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(issuer));
        QVERIFY(!r.error().diagnosis.isEmpty());
        return;
    }
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
    const ProviderMetadata &m = r->metadata;
    QCOMPARE(r->kind, DiscoveryResult::Kind::OpenIdConnect);
    QCOMPARE(m.issuer, issuer);
    QCOMPARE(m.tokenEndpoint.host(), QStringLiteral("127.0.0.1"));
    for (const QUrl &u : {m.authorizationEndpoint, m.tokenEndpoint, m.deviceAuthorizationEndpoint, m.revocationEndpoint,
                          m.introspectionEndpoint, m.userinfoEndpoint, m.jwksUri, m.endSessionEndpoint})
        QVERIFY2(u.isValid() && u.toString().startsWith(issuer), qPrintable(u.toString()));
    QVERIFY(m.scopesSupported.contains(QStringLiteral("openid")));
    QVERIFY(m.grantTypesSupported.contains(QStringLiteral("client_credentials")));
    QVERIFY(m.codeChallengeMethodsSupported.contains(QStringLiteral("S256")));
    QVERIFY(m.tokenEndpointAuthMethodsSupported.contains(QStringLiteral("client_secret_basic")));
    QVERIFY(m.idTokenSigningAlgValuesSupported.contains(QStringLiteral("RS256")));
    QCOMPARE(m.discoveryUrl.toString(), issuer + QStringLiteral("/.well-known/openid-configuration"));
    QCOMPARE(r->tried.size(), 1);
    QVERIFY(r->warnings.isEmpty()); // http is fine on 127.0.0.1
}

void TestDiscovery::discoverScripted_data()
{
    QTest::addColumn<QByteArray>("route"); // where the scripted server answers; empty: nowhere
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body"); // ISSUER is replaced by the server's origin
    QTest::addColumn<bool>("ok");
    QTest::addColumn<DiscoveryResult::Kind>("kind");
    QTest::addColumn<OAuthError::Kind>("errorKind");
    QTest::addColumn<int>("requests");
    QTest::addColumn<QString>("messageHas");

    using K = OAuthError::Kind;
    const QByteArray doc = R"({"issuer":"ISSUER","token_endpoint":"ISSUER/token","jwks_uri":"ISSUER/jwks"})";
    QTest::newRow("rfc8414_fallback") << QByteArray("/.well-known/oauth-authorization-server") << 200 << doc << true
                                      << DiscoveryResult::Kind::OAuthAuthorizationServer << K::ServerError << 2 << QString();
    QTest::newRow("oidc_first") << QByteArray("/.well-known/openid-configuration") << 200 << doc << true
                                << DiscoveryResult::Kind::OpenIdConnect << K::ServerError << 1 << QString();
    QTest::newRow("nothing_anywhere") << QByteArray() << 404 << QByteArray() << false << DiscoveryResult::Kind::OpenIdConnect
                                      << K::ServerError << 2 << QStringLiteral("oauth-authorization-server");
    QTest::newRow("html_instead") << QByteArray("/.well-known/openid-configuration") << 200
                                  << QByteArray("<!doctype html><html>login</html>") << false << DiscoveryResult::Kind::OpenIdConnect
                                  << K::ServerError << 2 << QStringLiteral("not a JSON object");
    QTest::newRow("mismatch_is_final") << QByteArray("/.well-known/openid-configuration") << 200
                                       << QByteArray(R"({"issuer":"http://127.0.0.1:1"})") << false << DiscoveryResult::Kind::OpenIdConnect
                                       << K::IssuerMismatch << 1 << QStringLiteral("Issuer mismatch");
    QTest::newRow("unreachable") << QByteArray("CLOSED") << 0 << QByteArray() << false << DiscoveryResult::Kind::OpenIdConnect << K::Network
                                 << 0 << QStringLiteral("could not be reached");
}

void TestDiscovery::discoverScripted()
{
    QFETCH(QByteArray, route);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(DiscoveryResult::Kind, kind);
    QFETCH(OAuthError::Kind, errorKind);
    QFETCH(int, requests);
    QFETCH(QString, messageHas);

    LocalHttpServer server;
    QUrl issuer = server.url("");
    if (route == "CLOSED") {
        // A port nobody listens on: take one, then free it.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        issuer = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort()));
        probe.close();
    } else if (!route.isEmpty()) {
        server.route(route,
                     test::CannedResponse{status, "OK", {{"Content-Type", "application/json"}}, body.replace("ISSUER", server.origin())});
    }
    issuer.setPath(QString());
    const OAuthResult<DiscoveryResult> r = runDiscovery(issuer, {});
    QCOMPARE(int(server.requests().size()), requests);
    QCOMPARE(r.ok(), ok);
    if (ok) {
        QCOMPARE(r->kind, kind);
        QCOMPARE(r->metadata.issuer, QString::fromLatin1(server.origin()));
        QCOMPARE(r->metadata.tokenEndpoint, server.url("/token"));
        QCOMPARE(r->tried.size(), requests);
        return;
    }
    QCOMPARE(r.error().kind, errorKind);
    QVERIFY2(r.error().message.contains(messageHas), qPrintable(r.error().message));
    QVERIFY(!r.error().diagnosis.isEmpty());
}

void TestDiscovery::jwksFetchedAndCached()
{
    QString error;
    const auto found = test::discover(m_http, m_op.issuer(), &error);
    QVERIFY2(found, qPrintable(error));
    const QUrl jwksUri = found->metadata.jwksUri;
    JwksCache cache(&m_http);
    std::optional<OAuthResult<JwkSet>> first;
    cache.keys(jwksUri, flowId(), [&](const OAuthResult<JwkSet> &r) { first = r; });
    QVERIFY(!first.has_value()); // never synchronous
    QVERIFY(test::waitUntil([&] { return first.has_value(); }, 10000));
    QVERIFY2(first->ok(), first->ok() ? "" : qPrintable(first->error().toString()));
    QCOMPARE(first->value().keys.size(), 2); // the provider's RS256 and ES256 keys
    QVERIFY(first->value().problems.isEmpty());
    QCOMPARE(cache.fetchCount(jwksUri), 1);
    QVERIFY(cache.cached(jwksUri));

    // Cached: no second request, even when asked twice at once.
    int answered = 0;
    cache.keys(jwksUri, flowId(), [&](const OAuthResult<JwkSet> &r) { answered += r.ok(); });
    cache.keys(jwksUri, flowId(), [&](const OAuthResult<JwkSet> &r) { answered += r.ok(); });
    QVERIFY(test::waitUntil([&] { return answered == 2; }, 10000));
    QCOMPARE(cache.fetchCount(jwksUri), 1);

    // Concurrent fetches of an uncached URI share one request.
    cache.clear();
    answered = 0;
    cache.keys(jwksUri, flowId(), [&](const OAuthResult<JwkSet> &r) { answered += r.ok(); });
    cache.keys(jwksUri, flowId(), [&](const OAuthResult<JwkSet> &r) { answered += r.ok(); });
    QVERIFY(test::waitUntil([&] { return answered == 2; }, 10000));
    QCOMPARE(cache.fetchCount(jwksUri), 1); // the entry was cleared (count and all), then fetched once
}

void TestDiscovery::unknownKidRefetchedOnceThenFails()
{
    QString error;
    const auto found = test::discover(m_http, m_op.issuer(), &error);
    QVERIFY2(found, qPrintable(error));
    const ProviderMetadata &meta = found->metadata;

    // An ID token that looks like the provider's, but signed by a key it never published.
    const auto forger = testing::generateRsa();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    TokenSet tokens;
    tokens.accessToken = QStringLiteral("opaque");
    tokens.idToken = QString::fromLatin1(
        testing::signToken({{QStringLiteral("alg"), QStringLiteral("RS256")}, {QStringLiteral("kid"), QStringLiteral("forged-kid")}},
                           {{QStringLiteral("iss"), meta.issuer},
                            {QStringLiteral("sub"), QStringLiteral("alice")},
                            {QStringLiteral("aud"), QStringLiteral("keyway-native")},
                            {QStringLiteral("iat"), now},
                            {QStringLiteral("exp"), now + 300}},
                           forger.get()));
    ClientConfig client;
    client.clientId = QStringLiteral("keyway-native");
    client.authMethod = ClientAuthMethod::None;
    client.openId = true;

    JwksCache cache(&m_http);
    const auto check = [&]() {
        std::optional<IdTokenValidation> out;
        checkIdToken(&cache, meta, client, tokens, {}, flowId(), [&](const IdTokenValidation &v) { out = v; });
        test::waitUntil([&] { return out.has_value(); }, 10000);
        return out;
    };
    const qsizetype jwksBefore = test::exchangesLabelled(m_timeline, flowId(), QStringLiteral("JWKS")).size();
    const auto v = check();
    QVERIFY(v.has_value());
    QVERIFY(!v->valid());
    QCOMPARE(cache.fetchCount(meta.jwksUri), 2); // fetched, then fetched once more for the unknown kid
    QCOMPARE(test::exchangesLabelled(m_timeline, flowId(), QStringLiteral("JWKS")).size(), jwksBefore + 2);
    QCOMPARE(v->check(u"signature")->status, ValidationCheck::Status::Failed);
    QCOMPARE(v->signature.status, JwsVerifyStatus::UnknownKeyId);
    QCOMPARE(v->check(u"jwks_refetch")->status, ValidationCheck::Status::Failed);
    QVERIFY(v->check(u"jwks_refetch")->detail.contains(QStringLiteral("forged-kid")));
    QCOMPARE(v->check(u"iss")->status, ValidationCheck::Status::Passed); // the other checks still ran
    const OAuthError e = idTokenError(*v);
    QCOMPARE(e.kind, OAuthError::Kind::IdTokenInvalid);
    QVERIFY2(e.diagnosis.contains(QStringLiteral("does not publish")), qPrintable(e.diagnosis));

    // Right away again: the refetch is rate-limited, so a stream of forged kids cannot hammer the provider.
    const auto again = check();
    QVERIFY(again.has_value() && !again->valid());
    QCOMPARE(cache.fetchCount(meta.jwksUri), 2);
}

void TestDiscovery::jwksFailures_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<OAuthError::Kind>("kind");
    QTest::addColumn<QString>("messageHas");

    using K = OAuthError::Kind;
    QTest::newRow("not_found") << 404 << QByteArray("nope") << K::ServerError << QStringLiteral("404");
    QTest::newRow("html") << 200 << QByteArray("<html><body>login</body></html>") << K::UnexpectedResponse << QStringLiteral("not usable");
    QTest::newRow("no_keys_member") << 200 << QByteArray(R"({"kys":[]})") << K::UnexpectedResponse << QStringLiteral("not usable");
    QTest::newRow("too_large") << 200 << (QByteArray(R"({"keys":[],"pad":")") + QByteArray(2 * 1024 * 1024, 'x') + R"("})")
                               << K::UnexpectedResponse << QStringLiteral("larger than");
}

void TestDiscovery::jwksFailures()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(OAuthError::Kind, kind);
    QFETCH(QString, messageHas);
    LocalHttpServer server;
    server.route("/jwks", test::CannedResponse{status, status == 200 ? "OK" : "Not Found", {{"Content-Type", "application/json"}}, body});
    JwksCache cache(&m_http);
    std::optional<OAuthResult<JwkSet>> out;
    cache.keys(server.url("/jwks"), flowId(), [&](const OAuthResult<JwkSet> &r) { out = r; });
    QVERIFY(test::waitUntil([&] { return out.has_value(); }, 10000));
    QVERIFY(!out->ok());
    QCOMPARE(out->error().kind, kind);
    QVERIFY2(out->error().message.contains(messageHas), qPrintable(out->error().message));
    QVERIFY(!out->error().diagnosis.isEmpty());
    QVERIFY(!cache.cached(server.url("/jwks")));
}

QTEST_GUILESS_MAIN(TestDiscovery)
#include "tst_discovery.moc"
