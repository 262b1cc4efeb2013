// Every non-browser grant of Keyway against real servers: oidc-provider (client credentials, device authorization,
// refresh, revocation, introspection, userinfo), the FastAPI resource server (password), and scripted hostile token
// endpoints on 127.0.0.1.

#include "../common/LocalHttpServer.h"
#include "../common/PeerProcess.h"
#include "../unit/JwtTestSupport.h"
#include "OAuthTestSupport.h"

#include "auth/GrantFlows.h"
#include "auth/JwksCache.h"
#include "auth/TokenAdmin.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>

using namespace keyway;
using namespace keyway::auth;
using keyway::test::LocalHttpServer;
using keyway::test::PeerProcess;

Q_DECLARE_METATYPE(keyway::auth::OAuthError::Kind)

class TestOAuthGrants : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void clientCredentials_data();
    void clientCredentials();
    void clientCredentialsRefused_data();
    void clientCredentialsRefused();

    void deviceFlow_data();
    void deviceFlow();
    void deviceFlowExpires();
    void deviceFlowSlowDown();
    void deviceFlowCancel();

    void refreshThenRevoke();
    void introspectOpaqueToken();
    void userInfo();

    void passwordGrant_data();
    void passwordGrant();

    void hostileTokenEndpoint_data();
    void hostileTokenEndpoint();
    void idTokenInGrant_data();
    void idTokenInGrant();

private:
    // Runs a device flow to its end, approving (or denying) on the provider's verification pages.
    struct DeviceRun
    {
        bool finished = false;
        QString userCode;
        int approvalStatus = 0;
    };
    DeviceRun runDevice(DeviceAuthorizationFlow &flow, const QUrl &op, bool approve, int timeoutMs = 30000);

    PeerProcess m_op;
    PeerProcess m_resource;
    net::HttpClient m_http;
    net::Timeline m_timeline;
    ProviderMetadata m_meta;
};

void TestOAuthGrants::initTestCase()
{
    if (const QString error = m_op.startOpenIdProvider({QStringLiteral("--device-interval"), QStringLiteral("1")}); !error.isEmpty())
        QFAIL(qPrintable(error));
    if (const QString error = m_resource.startResourceServer(m_op.issuer()); !error.isEmpty())
        QFAIL(qPrintable(error));
    m_http.setTimeline(&m_timeline);
    QString error;
    const auto found = test::discover(m_http, m_op.issuer(), &error);
    QVERIFY2(found, qPrintable(error));
    m_meta = found->metadata;
    QVERIFY(m_meta.deviceAuthorizationEndpoint.isValid());
    QVERIFY(m_meta.revocationEndpoint.isValid());
    QVERIFY(m_meta.introspectionEndpoint.isValid());
    QVERIFY(m_meta.userinfoEndpoint.isValid());
}

void TestOAuthGrants::cleanup()
{
    m_op.printLogIfFailed();
    m_resource.printLogIfFailed();
}

TestOAuthGrants::DeviceRun TestOAuthGrants::runDevice(DeviceAuthorizationFlow &flow, const QUrl &op, bool approve, int timeoutMs)
{
    DeviceRun run;
    QSignalSpy actions(&flow, &AuthFlow::userActionRequired);
    flow.start();
    if (!test::waitUntil([&] { return !actions.isEmpty() || flow.isFinished(); }, timeoutMs))
        return run;
    if (!actions.isEmpty()) {
        run.userCode = actions.first().first().value<UserAction>().userCode;
        const QUrl control = op.resolved(QUrl(QStringLiteral("/__test/device")));
        run.approvalStatus = test::callJson(m_http, "POST", control,
                                            {{QStringLiteral("user_code"), run.userCode},
                                             {QStringLiteral("approve"), approve},
                                             {QStringLiteral("account"), QStringLiteral("alice")}})
                                 .status;
    }
    run.finished = test::waitUntil([&] { return flow.isFinished(); }, timeoutMs);
    return run;
}

// Client credentials ---------------------------------------------------------------------------------------------------

void TestOAuthGrants::clientCredentials_data()
{
    QTest::addColumn<int>("method");
    QTest::newRow("client_secret_basic") << int(ClientAuthMethod::ClientSecretBasic);
    QTest::newRow("client_secret_post") << int(ClientAuthMethod::ClientSecretPost);
}

void TestOAuthGrants::clientCredentials()
{
    QFETCH(int, method);
    ClientConfig client = test::confidentialClient(ClientAuthMethod(method));
    client.scopes = {QStringLiteral("read:items")};
    ClientCredentialsFlow flow(&m_http, m_meta, client);
    QSignalSpy succeeded(&flow, &AuthFlow::succeeded);
    QVERIFY(test::runFlow(flow));
    QVERIFY2(flow.state() == AuthFlow::State::Succeeded, qPrintable(flow.error().toString()));
    QCOMPARE(succeeded.size(), 1);
    const TokenSet &t = flow.tokens();
    QVERIFY(t.isBearer());
    QCOMPARE(t.grantedScopes, QStringList{QStringLiteral("read:items")});
    QVERIFY(t.scopesFromResponse);
    QVERIFY(t.hasExpiry());
    QVERIFY(t.secondsLeft(QDateTime::currentDateTimeUtc()) > 3000);
    QCOMPARE(t.grant, grants::clientCredentials);
    QCOMPARE(t.issuer, m_op.issuer().toString());
    QCOMPARE(t.accessToken.count(u'.'), 2); // a JWT for the test API
    QVERIFY(!flow.idTokenValidation().has_value());

    // The token works at the resource server.
    net::HttpClient plain;
    QNetworkRequest items(m_resource.url(QStringLiteral("/items")));
    items.setRawHeader("Authorization", "Bearer " + t.accessToken.toUtf8());
    std::optional<net::HttpResult> got;
    plain.send("GET", items, {}, [&](const net::HttpResult &r) { got = r; });
    QVERIFY(test::waitUntil([&] { return got.has_value(); }, 10000));
    QCOMPARE(got->httpStatus, 200);

    // The timeline holds the exchange with every secret in it listed.
    const QList<net::Exchange> exchanges
        = test::exchangesLabelled(m_timeline, flow.flowId(), QStringLiteral("Token request (client credentials)"));
    QCOMPARE(exchanges.size(), 1);
    const net::Exchange &e = exchanges.first();
    QCOMPARE(e.status, 200);
    QVERIFY(e.secrets.contains(client.clientSecret.toUtf8()));
    QVERIFY(e.secrets.contains(t.accessToken.toUtf8()));
    if (ClientAuthMethod(method) == ClientAuthMethod::ClientSecretBasic) {
        QVERIFY(test::requestHeader(e, "Authorization").startsWith("Basic "));
        QVERIFY(!e.requestBody.contains("client_secret"));
    } else {
        QVERIFY(test::requestHeader(e, "Authorization").isEmpty());
        QVERIFY(e.requestBody.contains("client_secret=keyway-post-secret"));
    }
}

void TestOAuthGrants::clientCredentialsRefused_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<int>("method");
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("diagnosisHas");

    const int basic = int(ClientAuthMethod::ClientSecretBasic);
    const int post = int(ClientAuthMethod::ClientSecretPost);
    QTest::newRow("basic_wrong_secret") << QStringLiteral("keyway-confidential") << QStringLiteral("wrong") << basic
                                        << QStringList{QStringLiteral("read:items")} << QStringLiteral("invalid_client")
                                        << QStringLiteral("secret is wrong");
    QTest::newRow("post_wrong_secret") << QStringLiteral("keyway-post") << QStringLiteral("wrong") << post
                                       << QStringList{QStringLiteral("read:items")} << QStringLiteral("invalid_client")
                                       << QStringLiteral("secret is wrong");
    QTest::newRow("unknown_client") << QStringLiteral("nobody") << QStringLiteral("x") << basic << QStringList()
                                    << QStringLiteral("invalid_client") << QStringLiteral("client id is unknown");
}

void TestOAuthGrants::clientCredentialsRefused()
{
    QFETCH(QString, clientId);
    QFETCH(QString, secret);
    QFETCH(int, method);
    QFETCH(QStringList, scopes);
    QFETCH(QString, error);
    QFETCH(QString, diagnosisHas);
    ClientConfig client;
    client.clientId = clientId;
    client.clientSecret = secret;
    client.authMethod = ClientAuthMethod(method);
    client.scopes = scopes;
    ClientCredentialsFlow flow(&m_http, m_meta, client);
    QSignalSpy failed(&flow, &AuthFlow::failed);
    QVERIFY(test::runFlow(flow));
    QCOMPARE(flow.state(), AuthFlow::State::Failed);
    QCOMPARE(failed.size(), 1);
    const OAuthError &e = flow.error();
    QCOMPARE(e.kind, OAuthError::Kind::ServerError);
    QCOMPARE(e.error, error);
    QVERIFY(e.httpStatus == 400 || e.httpStatus == 401);
    QVERIFY(!e.rawBody.isEmpty());
    QVERIFY2(e.diagnosis.contains(diagnosisHas), qPrintable(e.diagnosis));
    QVERIFY(flow.tokens().isEmpty());
}

// Device authorization -----------------------------------------------------------------------------------------------

void TestOAuthGrants::deviceFlow_data()
{
    QTest::addColumn<bool>("approve");
    QTest::addColumn<QStringList>("scopes");
    QTest::newRow("approved_openid_api") << true
                                         << QStringList{QStringLiteral("openid"), QStringLiteral("offline_access"),
                                                        QStringLiteral("read:items")};
    QTest::newRow("approved_plain_oauth") << true << QStringList{QStringLiteral("read:items")};
    QTest::newRow("denied") << false << QStringList{QStringLiteral("openid"), QStringLiteral("read:items")};
}

void TestOAuthGrants::deviceFlow()
{
    QFETCH(bool, approve);
    QFETCH(QStringList, scopes);
    DeviceAuthorizationFlow flow(&m_http, m_meta, test::deviceClient(scopes));
    QSignalSpy actions(&flow, &AuthFlow::userActionRequired);
    const DeviceRun run = runDevice(flow, m_op.issuer(), approve);
    QVERIFY(run.finished);
    QCOMPARE(run.approvalStatus, 200);
    QCOMPARE(actions.size(), 1);
    const UserAction action = actions.first().first().value<UserAction>();
    QCOMPARE(action.kind, UserAction::Kind::EnterCodeElsewhere);
    QCOMPARE(action.url.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(action.urlComplete.toString().contains(QStringLiteral("user_code=")));
    QVERIFY(!action.userCode.isEmpty());
    QCOMPARE(action.expiresInSeconds, 600);
    QCOMPARE(flow.pollIntervalMs(), 1000); // --device-interval 1
    QVERIFY(flow.pollCount() >= 1);

    // The device code is a secret of the device authorization exchange.
    const QList<net::Exchange> authorization = test::exchangesLabelled(m_timeline, flow.flowId(), QStringLiteral("Device authorization"));
    QCOMPARE(authorization.size(), 1);
    const QByteArray deviceCode
        = QJsonDocument::fromJson(authorization.first().responseBody).object().value(QStringLiteral("device_code")).toString().toUtf8();
    QVERIFY(!deviceCode.isEmpty());
    QVERIFY(authorization.first().secrets.contains(deviceCode));
    const QList<net::Exchange> polls = test::exchangesLabelled(m_timeline, flow.flowId(), QStringLiteral("Token request (device code"));
    QCOMPARE(polls.size(), flow.pollCount());
    for (const net::Exchange &p : polls)
        QVERIFY(p.secrets.contains(deviceCode));

    if (!approve) {
        QCOMPARE(flow.state(), AuthFlow::State::Failed);
        QCOMPARE(flow.error().error, QStringLiteral("access_denied"));
        QVERIFY2(flow.error().diagnosis.contains(QStringLiteral("declined")), qPrintable(flow.error().diagnosis));
        return;
    }
    QVERIFY2(flow.state() == AuthFlow::State::Succeeded, qPrintable(flow.error().toString()));
    const TokenSet &t = flow.tokens();
    QCOMPARE(t.grant, grants::deviceCode);
    QVERIFY(t.grantedScopes.contains(QStringLiteral("read:items")));
    QVERIFY(polls.last().secrets.contains(t.accessToken.toUtf8()));
    if (scopes.contains(QStringLiteral("openid"))) {
        QVERIFY(!t.refreshToken.isEmpty());
        QVERIFY(!t.idToken.isEmpty());
        QVERIFY(polls.last().secrets.contains(t.refreshToken.toUtf8()));
        QVERIFY(polls.last().secrets.contains(t.idToken.toUtf8()));
        QVERIFY(flow.idTokenValidation().has_value());
        const IdTokenValidation &v = *flow.idTokenValidation();
        QVERIFY2(v.valid(), qPrintable(v.failures().join(u'\n')));
        for (const char *name : {"signature", "iss", "aud", "exp", "iat"})
            QCOMPARE(v.check(QString::fromLatin1(name))->status, ValidationCheck::Status::Passed);
        QCOMPARE(v.check(u"nonce")->status, ValidationCheck::Status::Skipped); // no nonce in a device flow
        QCOMPARE(test::exchangesLabelled(m_timeline, flow.flowId(), QStringLiteral("JWKS")).size(), 1);
    } else {
        QVERIFY(!flow.idTokenValidation().has_value());
    }
}

void TestOAuthGrants::deviceFlowExpires()
{
    const QUrl config = m_op.url(QStringLiteral("/__test/config"));
    QCOMPARE(test::callJson(m_http, "POST", config, {{QStringLiteral("deviceCodeTtl"), 2}}).status, 200);
    DeviceAuthorizationFlow flow(&m_http, m_meta, test::deviceClient({QStringLiteral("read:items")}));
    QSignalSpy actions(&flow, &AuthFlow::userActionRequired);
    QElapsedTimer clock;
    clock.start();
    const bool finished = test::runFlow(flow, 20000);
    QCOMPARE(test::callJson(m_http, "POST", config, {{QStringLiteral("reset"), true}}).status, 200);
    QVERIFY(finished);
    QCOMPARE(actions.size(), 1);
    QCOMPARE(actions.first().first().value<UserAction>().expiresInSeconds, 2);
    QCOMPARE(flow.state(), AuthFlow::State::Failed);
    const OAuthError &e = flow.error();
    QCOMPARE(e.error, QStringLiteral("expired_token"));
    QCOMPARE(e.kind, OAuthError::Kind::ServerError); // the server said so, on the last poll
    QCOMPARE(e.httpStatus, 400);
    QVERIFY2(e.diagnosis.contains(QStringLiteral("device code expired")), qPrintable(e.diagnosis));
    QVERIFY(flow.pollCount() >= 2 && flow.pollCount() <= 4); // it stopped at expiry, not by a timer of ours
}

void TestOAuthGrants::deviceFlowSlowDown()
{
    // oidc-provider never answers slow_down, so a scripted server does: slow_down, then pending, then tokens.
    LocalHttpServer server;
    QList<qint64> pollTimes;
    QElapsedTimer clock;
    server.route(
        "/device",
        test::CannedResponse{
            200,
            "OK",
            {{"Content-Type", "application/json"}},
            R"({"device_code":"DEV-CODE-1","user_code":"WDJB-MJHT","verification_uri":"http://127.0.0.1/device","expires_in":60,"interval":1})"});
    server.route("/token", [&](const test::RecordedRequest &request) {
        pollTimes.append(clock.elapsed());
        test::CannedResponse r;
        r.headers = {{"Content-Type", "application/json"}};
        if (!request.body.contains("device_code=DEV-CODE-1")
            || !request.body.contains("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code")) {
            r.status = 400;
            r.body = R"({"error":"invalid_request"})";
        } else if (pollTimes.size() == 1) {
            r.status = 400;
            r.body = R"({"error":"slow_down"})";
        } else if (pollTimes.size() == 2) {
            r.status = 400;
            r.body = R"({"error":"authorization_pending"})";
        } else {
            r.body = R"({"access_token":"AT-DEVICE","token_type":"bearer","expires_in":60})";
        }
        return r;
    });
    ProviderMetadata meta;
    meta.deviceAuthorizationEndpoint = server.url("/device");
    meta.tokenEndpoint = server.url("/token");
    DeviceAuthorizationFlow flow(&m_http, meta, test::deviceClient({QStringLiteral("read:items")}));
    flow.setInitialIntervalOverrideMs(100); // poll fast, so that slow_down has something to correct
    QSignalSpy progress(&flow, &AuthFlow::progressMessage);
    clock.start();
    QVERIFY(test::runFlow(flow, 30000));
    QVERIFY2(flow.state() == AuthFlow::State::Succeeded, qPrintable(flow.error().toString()));
    QCOMPARE(flow.tokens().accessToken, QStringLiteral("AT-DEVICE"));
    QCOMPARE(flow.tokens().grantedScopes, QStringList{QStringLiteral("read:items")});
    QCOMPARE(flow.slowDownCount(), 1);
    QCOMPARE(flow.pollCount(), 3);
    QCOMPARE(flow.pollIntervalMs(), 5100);
    QCOMPARE(pollTimes.size(), 3);
    // After slow_down every wait is 5 s longer.
    QVERIFY2(pollTimes[1] - pollTimes[0] >= 5000, qPrintable(QString::number(pollTimes[1] - pollTimes[0])));
    QVERIFY(pollTimes[2] - pollTimes[1] >= 5000);
    bool said = false;
    for (const QList<QVariant> &args : progress)
        said |= args.first().toString().contains(QStringLiteral("slow_down"));
    QVERIFY(said);
}

void TestOAuthGrants::deviceFlowCancel()
{
    DeviceAuthorizationFlow flow(&m_http, m_meta, test::deviceClient({QStringLiteral("read:items")}));
    QSignalSpy actions(&flow, &AuthFlow::userActionRequired);
    QSignalSpy cancelled(&flow, &AuthFlow::cancelled);
    flow.start();
    QVERIFY(test::waitUntil([&] { return !actions.isEmpty(); }, 10000));
    flow.cancel();
    QCOMPARE(flow.state(), AuthFlow::State::Cancelled);
    QCOMPARE(cancelled.size(), 1);
    const int polls = flow.pollCount();
    QTest::qWait(2500); // nothing more is sent
    QCOMPARE(flow.pollCount(), polls);
    QCOMPARE(flow.state(), AuthFlow::State::Cancelled);
}

// Refresh, revocation, introspection, userinfo ------------------------------------------------------------------------

void TestOAuthGrants::refreshThenRevoke()
{
    const ClientConfig client
        = test::deviceClient({QStringLiteral("openid"), QStringLiteral("offline_access"), QStringLiteral("read:items")});
    DeviceAuthorizationFlow device(&m_http, m_meta, client);
    QVERIFY(runDevice(device, m_op.issuer(), true).finished);
    QVERIFY2(device.state() == AuthFlow::State::Succeeded, qPrintable(device.error().toString()));
    const TokenSet first = device.tokens();
    QVERIFY(!first.refreshToken.isEmpty());

    // By hand.
    ClientConfig refreshClient = client;
    refreshClient.scopes.clear(); // keep the granted scopes
    RefreshFlow refresh(&m_http, m_meta, refreshClient, first);
    QVERIFY(test::runFlow(refresh));
    QVERIFY2(refresh.state() == AuthFlow::State::Succeeded, qPrintable(refresh.error().toString()));
    const TokenSet second = refresh.tokens();
    QCOMPARE(second.grant, grants::refresh);
    QVERIFY(second.accessToken != first.accessToken);
    QVERIFY(!second.refreshToken.isEmpty());
    QVERIFY(second.refreshToken != first.refreshToken); // public clients get rotated refresh tokens
    QVERIFY(second.grantedScopes.contains(QStringLiteral("read:items")));
    QVERIFY(refresh.idTokenValidation().has_value());
    QVERIFY2(refresh.idTokenValidation()->valid(), qPrintable(refresh.idTokenValidation()->failures().join(u'\n')));
    QVERIFY(refresh.idTokenValidation()->check(u"sub")->detail.contains(QStringLiteral("same as before")));
    const QList<net::Exchange> refreshExchange
        = test::exchangesLabelled(m_timeline, refresh.flowId(), QStringLiteral("Token request (refresh)"));
    QCOMPARE(refreshExchange.size(), 1);
    QVERIFY(refreshExchange.first().secrets.contains(first.refreshToken.toUtf8()));
    QVERIFY(refreshExchange.first().secrets.contains(second.refreshToken.toUtf8()));

    // Revoke the current refresh token.
    TokenAdmin admin(&m_http, m_meta, client);
    QVERIFY(admin.canRevoke());
    std::optional<OAuthResult<bool>> revoked;
    admin.revoke(second.refreshToken, QStringLiteral("refresh_token"), [&](const OAuthResult<bool> &r) { revoked = r; });
    QVERIFY(test::waitUntil([&] { return revoked.has_value(); }, 10000));
    QVERIFY2(revoked->ok(), revoked->ok() ? "" : qPrintable(revoked->error().toString()));

    // Then refreshing fails, and says why.
    RefreshFlow again(&m_http, m_meta, refreshClient, second);
    QVERIFY(test::runFlow(again));
    QCOMPARE(again.state(), AuthFlow::State::Failed);
    QCOMPARE(again.error().error, QStringLiteral("invalid_grant"));
    QCOMPARE(again.error().httpStatus, 400);
    QVERIFY2(again.error().diagnosis.contains(QStringLiteral("revoked")), qPrintable(again.error().diagnosis));
}

void TestOAuthGrants::introspectOpaqueToken()
{
    PeerProcess op;
    if (const QString error = op.startOpenIdProvider({QStringLiteral("--access-token-format"), QStringLiteral("opaque")}); !error.isEmpty())
        QFAIL(qPrintable(error));
    QString error;
    const auto found = test::discover(m_http, op.issuer(), &error);
    QVERIFY2(found, qPrintable(error));
    ClientConfig client = test::confidentialClient();
    client.scopes = {QStringLiteral("read:items"), QStringLiteral("write:items")};
    ClientCredentialsFlow flow(&m_http, found->metadata, client);
    QVERIFY(test::runFlow(flow));
    QVERIFY2(flow.state() == AuthFlow::State::Succeeded, qPrintable(flow.error().toString()));
    const QString token = flow.tokens().accessToken;
    QCOMPARE(token.count(u'.'), 0); // opaque

    TokenAdmin admin(&m_http, found->metadata, client);
    QVERIFY(admin.canIntrospect());
    const auto introspect = [&]() {
        std::optional<OAuthResult<Introspection>> out;
        admin.introspect(token, QStringLiteral("access_token"), [&](const OAuthResult<Introspection> &r) { out = r; });
        test::waitUntil([&] { return out.has_value(); }, 10000);
        return out;
    };
    const auto active = introspect();
    QVERIFY(active.has_value());
    QVERIFY2(active->ok(), active->ok() ? "" : qPrintable(active->error().toString()));
    QVERIFY(active->value().active);
    QCOMPARE(active->value().clientId, QStringLiteral("keyway-confidential"));
    QCOMPARE(active->value().scopes, (QStringList{QStringLiteral("read:items"), QStringLiteral("write:items")}));
    QCOMPARE(active->value().issuer, op.issuer().toString());
    QVERIFY(active->value().expiresAt > QDateTime::currentDateTimeUtc());
    const QList<net::Exchange> exchanges = test::exchangesLabelled(m_timeline, QString(), QStringLiteral("Token introspection"));
    QVERIFY(!exchanges.isEmpty());
    QVERIFY(exchanges.last().secrets.contains(token.toUtf8()));
    QVERIFY(exchanges.last().secrets.contains(client.clientSecret.toUtf8()));

    std::optional<OAuthResult<bool>> revoked;
    admin.revoke(token, QStringLiteral("access_token"), [&](const OAuthResult<bool> &r) { revoked = r; });
    QVERIFY(test::waitUntil([&] { return revoked.has_value(); }, 10000));
    QVERIFY(revoked->ok());
    const auto inactive = introspect();
    QVERIFY(inactive.has_value() && inactive->ok());
    QVERIFY(!inactive->value().active);

    // Introspection by a client the server does not know.
    ClientConfig stranger = client;
    stranger.clientSecret = QStringLiteral("wrong");
    TokenAdmin wrong(&m_http, found->metadata, stranger);
    std::optional<OAuthResult<Introspection>> refused;
    wrong.introspect(token, {}, [&](const OAuthResult<Introspection> &r) { refused = r; });
    QVERIFY(test::waitUntil([&] { return refused.has_value(); }, 10000));
    QVERIFY(!refused->ok());
    QCOMPARE(refused->error().error, QStringLiteral("invalid_client"));
}

void TestOAuthGrants::userInfo()
{
    DeviceAuthorizationFlow device(&m_http, m_meta,
                                   test::deviceClient({QStringLiteral("openid"), QStringLiteral("email"), QStringLiteral("profile")}));
    QVERIFY(runDevice(device, m_op.issuer(), true).finished);
    QVERIFY2(device.state() == AuthFlow::State::Succeeded, qPrintable(device.error().toString()));
    const QString sub = device.idTokenValidation()->token->claims.value(QStringLiteral("sub")).toString();
    QCOMPARE(sub, QStringLiteral("alice"));

    TokenAdmin admin(&m_http, m_meta, test::deviceClient({}));
    const auto fetch = [&](const QString &token, const QString &expected) {
        std::optional<OAuthResult<UserInfo>> out;
        admin.fetchUserInfo(token, expected, [&](const OAuthResult<UserInfo> &r) { out = r; });
        test::waitUntil([&] { return out.has_value(); }, 10000);
        return out;
    };
    const auto ok = fetch(device.tokens().accessToken, sub);
    QVERIFY(ok.has_value());
    QVERIFY2(ok->ok(), ok->ok() ? "" : qPrintable(ok->error().toString()));
    QCOMPARE(ok->value().subject, QStringLiteral("alice"));
    QCOMPARE(ok->value().claims.value(QStringLiteral("email")).toString(), QStringLiteral("alice@keyway.test"));
    QCOMPARE(ok->value().claims.value(QStringLiteral("name")).toString(), QStringLiteral("Alice Example"));

    const auto otherSubject = fetch(device.tokens().accessToken, QStringLiteral("bob"));
    QVERIFY(otherSubject.has_value() && !otherSubject->ok());
    QVERIFY(otherSubject->error().message.contains(QStringLiteral("\"bob\"")));

    const auto badToken = fetch(QStringLiteral("not-a-token"), {});
    QVERIFY(badToken.has_value() && !badToken->ok());
    QCOMPARE(badToken->error().httpStatus, 401);
    QCOMPARE(badToken->error().error, QStringLiteral("invalid_token"));
    QVERIFY(!badToken->error().diagnosis.isEmpty());
}

// Password (FastAPI) -------------------------------------------------------------------------------------------------

void TestOAuthGrants::passwordGrant_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<QStringList>("granted"); // empty: refused
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("diagnosisHas");
    QTest::addColumn<int>("itemsStatus");

    const QString read = QStringLiteral("read:items");
    const QString write = QStringLiteral("write:items");
    const QString admin = QStringLiteral("admin");
    QTest::newRow("alice_all_scopes_by_default") << QStringLiteral("alice") << QStringLiteral("alice-password") << QStringList()
                                                 << QStringList{read, write, admin} << QString() << QString() << 200;
    QTest::newRow("alice_read_only") << QStringLiteral("alice") << QStringLiteral("alice-password") << QStringList{read}
                                     << QStringList{read} << QString() << QString() << 200;
    QTest::newRow("bob_asks_for_admin") << QStringLiteral("bob") << QStringLiteral("bob-password") << QStringList{read, admin}
                                        << QStringList{read} << QString() << QString() << 200;
    QTest::newRow("alice_write_only") << QStringLiteral("alice") << QStringLiteral("alice-password") << QStringList{write}
                                      << QStringList{write} << QString() << QString() << 403;
    QTest::newRow("wrong_password") << QStringLiteral("alice") << QStringLiteral("nope") << QStringList{read} << QStringList()
                                    << QStringLiteral("invalid_grant") << QStringLiteral("username or password") << 0;
    QTest::newRow("unknown_user") << QStringLiteral("mallory") << QStringLiteral("x") << QStringList() << QStringList()
                                  << QStringLiteral("invalid_grant") << QStringLiteral("username or password") << 0;
    QTest::newRow("unknown_scope") << QStringLiteral("alice") << QStringLiteral("alice-password") << QStringList{QStringLiteral("root")}
                                   << QStringList() << QStringLiteral("invalid_scope") << QStringLiteral("scope") << 0;
}

void TestOAuthGrants::passwordGrant()
{
    QFETCH(QString, username);
    QFETCH(QString, password);
    QFETCH(QStringList, scopes);
    QFETCH(QStringList, granted);
    QFETCH(QString, error);
    QFETCH(QString, diagnosisHas);
    QFETCH(int, itemsStatus);

    ProviderMetadata meta;
    meta.tokenEndpoint = m_resource.url(QStringLiteral("/token"));
    ClientConfig client;
    client.clientId = QStringLiteral("keyway-cli");
    client.authMethod = ClientAuthMethod::None;
    client.username = username;
    client.password = password;
    client.scopes = scopes;
    PasswordFlow flow(&m_http, meta, client);
    QSignalSpy progress(&flow, &AuthFlow::progressMessage);
    QVERIFY(test::runFlow(flow));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.first().first().toString(), PasswordFlow::advisory());
    QVERIFY(PasswordFlow::advisory().contains(QStringLiteral("RFC 9700")));

    const QList<net::Exchange> exchanges = test::exchangesLabelled(m_timeline, flow.flowId(), QStringLiteral("Token request (password)"));
    QCOMPARE(exchanges.size(), 1);
    QVERIFY(exchanges.first().secrets.contains(password.toUtf8()));

    if (granted.isEmpty()) {
        QCOMPARE(flow.state(), AuthFlow::State::Failed);
        QCOMPARE(flow.error().error, error);
        QVERIFY2(flow.error().diagnosis.contains(diagnosisHas), qPrintable(flow.error().diagnosis));
        return;
    }
    QVERIFY2(flow.state() == AuthFlow::State::Succeeded, qPrintable(flow.error().toString()));
    const TokenSet &t = flow.tokens();
    QCOMPARE(t.tokenType, QStringLiteral("bearer")); // FastAPI's spelling, accepted as is
    QVERIFY(t.isBearer());
    QCOMPARE(t.grantedScopes, granted);
    QVERIFY(t.scopesFromResponse);
    QVERIFY(exchanges.first().secrets.contains(t.accessToken.toUtf8()));

    net::HttpClient plain;
    QNetworkRequest items(m_resource.url(QStringLiteral("/password/items")));
    items.setRawHeader("Authorization", "Bearer " + t.accessToken.toUtf8());
    std::optional<net::HttpResult> got;
    plain.send("GET", items, {}, [&](const net::HttpResult &r) { got = r; });
    QVERIFY(test::waitUntil([&] { return got.has_value(); }, 10000));
    QCOMPARE(got->httpStatus, itemsStatus);
}

// Hostile token endpoints ----------------------------------------------------------------------------------------------

void TestOAuthGrants::hostileTokenEndpoint_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("succeeds");
    QTest::addColumn<OAuthError::Kind>("kind");
    QTest::addColumn<QString>("messageHas");
    QTest::addColumn<QString>("diagnosisHas");

    using K = OAuthError::Kind;
    const QByteArray json = "application/json";
    QTest::newRow("html_200") << 200 << QByteArray("text/html") << QByteArray("<!DOCTYPE html><html><body><h1>Sign in</h1></body></html>")
                              << false << K::UnexpectedResponse << QStringLiteral("HTML page") << QStringLiteral("login page");
    QTest::newRow("json_wrong_types") << 200 << json << QByteArray(R"({"access_token":["x"],"token_type":"Bearer","expires_in":"later"})")
                                      << false << K::UnexpectedResponse << QStringLiteral("\"access_token\" is an array")
                                      << QStringLiteral("RFC 6749");
    QTest::newRow("empty_403") << 403 << QByteArray("text/plain") << QByteArray() << false << K::ServerError
                               << QStringLiteral("403 Forbidden with an empty body") << QStringLiteral("gateway");
    QTest::newRow("bare_string_400") << 400 << QByteArray("text/plain") << QByteArray("Client authentication failed") << false
                                     << K::ServerError << QStringLiteral("\"Client authentication failed\"")
                                     << QStringLiteral("as it came");
    QTest::newRow("token_10mb") << 200 << json
                                << (QByteArray(R"({"access_token":")") + QByteArray(10 * 1024 * 1024, 'x') + R"(","token_type":"Bearer"})")
                                << false << K::UnexpectedResponse << QStringLiteral("10.0 MB") << QStringLiteral("few kilobytes");
    QTest::newRow("missing_access_token") << 200 << json << QByteArray(R"({"token_type":"Bearer","expires_in":3600})") << false
                                          << K::UnexpectedResponse << QStringLiteral("without an access_token")
                                          << QStringLiteral("must contain access_token");
    QTest::newRow("lower_case_token_type") << 200 << json
                                           << QByteArray(
                                                  R"({"access_token":"AT","token_type":"bearer","expires_in":60,"scope":"read:items"})")
                                           << true << K::ServerError << QString() << QString();
    QTest::newRow("no_scope_no_expires_in") << 200 << json << QByteArray(R"({"access_token":"AT","token_type":"Bearer"})") << true
                                            << K::ServerError << QString() << QString();
}

void TestOAuthGrants::hostileTokenEndpoint()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(bool, succeeds);
    QFETCH(OAuthError::Kind, kind);
    QFETCH(QString, messageHas);
    QFETCH(QString, diagnosisHas);

    LocalHttpServer server;
    const QByteArray reason = status == 200 ? "OK" : status == 403 ? "Forbidden" : "Bad Request";
    server.route("/token", test::CannedResponse{status, reason, {{"Content-Type", contentType}}, body});
    ProviderMetadata meta;
    meta.tokenEndpoint = server.url("/token");
    ClientConfig client = test::confidentialClient();
    client.scopes = {QStringLiteral("read:items"), QStringLiteral("admin")};
    ClientCredentialsFlow flow(&m_http, meta, client);
    QVERIFY(test::runFlow(flow, 30000));
    QCOMPARE(server.requests().size(), 1);
    QVERIFY(server.requests().first().header("Authorization").startsWith("Basic "));

    if (succeeds) {
        QVERIFY2(flow.state() == AuthFlow::State::Succeeded, qPrintable(flow.error().toString()));
        const TokenSet &t = flow.tokens();
        QCOMPARE(t.accessToken, QStringLiteral("AT"));
        QVERIFY(t.isBearer());
        const bool hasScope = body.contains("\"scope\"");
        QCOMPARE(t.scopesFromResponse, hasScope);
        QCOMPARE(t.grantedScopes, hasScope ? QStringList{QStringLiteral("read:items")} : client.scopes);
        QCOMPARE(t.hasExpiry(), body.contains("expires_in"));
        return;
    }
    QCOMPARE(flow.state(), AuthFlow::State::Failed);
    const OAuthError &e = flow.error();
    QCOMPARE(e.kind, kind);
    QCOMPARE(e.httpStatus, status);
    QVERIFY2(e.message.contains(messageHas), qPrintable(e.message));
    QVERIFY2(e.diagnosis.contains(diagnosisHas), qPrintable(e.diagnosis));
    if (body.size() < 1024 * 1024)
        QCOMPARE(e.rawBody, body); // shown as it came
    else
        QVERIFY(e.rawBody.size() <= 4096);
}

// ID tokens in a grant's answer --------------------------------------------------------------------------------------

void TestOAuthGrants::idTokenInGrant_data()
{
    QTest::addColumn<QString>("signingKid"); // the kid in the token's header
    QTest::addColumn<bool>("signWithPublishedKey");
    QTest::addColumn<QString>("audience");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("jwksFetches");
    QTest::addColumn<QStringList>("failedChecks");

    QTest::newRow("valid") << QStringLiteral("published") << true << QStringLiteral("keyway-confidential") << true << 1 << QStringList();
    QTest::newRow("wrong_audience") << QStringLiteral("published") << true << QStringLiteral("someone-else") << false << 1
                                    << QStringList{QStringLiteral("aud")};
    QTest::newRow("unknown_kid_refetched_once") << QStringLiteral("rotated-away") << false << QStringLiteral("keyway-confidential") << false
                                                << 2 << QStringList{QStringLiteral("signature"), QStringLiteral("jwks_refetch")};
    QTest::newRow("forged_with_published_kid") << QStringLiteral("published") << false << QStringLiteral("keyway-confidential") << false
                                               << 1 << QStringList{QStringLiteral("signature")};
}

void TestOAuthGrants::idTokenInGrant()
{
    QFETCH(QString, signingKid);
    QFETCH(bool, signWithPublishedKey);
    QFETCH(QString, audience);
    QFETCH(bool, valid);
    QFETCH(int, jwksFetches);
    QFETCH(QStringList, failedChecks);

    const auto published = testing::generateRsa();
    const auto other = testing::generateRsa();
    LocalHttpServer server;
    const QString issuer = QString::fromLatin1(server.origin());
    server.route("/jwks",
                 test::CannedResponse{200,
                                      "OK",
                                      {{"Content-Type", "application/json"}},
                                      testing::compact({{QStringLiteral("keys"),
                                                         QJsonArray{testing::publicJwk(published.get(), QStringLiteral("published"))}}})});
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QByteArray idToken = testing::signToken({{QStringLiteral("alg"), QStringLiteral("RS256")}, {QStringLiteral("kid"), signingKid}},
                                                  {{QStringLiteral("iss"), issuer},
                                                   {QStringLiteral("sub"), QStringLiteral("alice")},
                                                   {QStringLiteral("aud"), audience},
                                                   {QStringLiteral("iat"), now},
                                                   {QStringLiteral("exp"), now + 300}},
                                                  signWithPublishedKey ? published.get() : other.get());
    server.route("/token",
                 test::CannedResponse{200,
                                      "OK",
                                      {{"Content-Type", "application/json"}},
                                      R"({"access_token":"AT","token_type":"Bearer","id_token":")" + idToken + R"("})"});
    ProviderMetadata meta;
    meta.issuer = issuer;
    meta.tokenEndpoint = server.url("/token");
    meta.jwksUri = server.url("/jwks");
    ClientConfig client = test::confidentialClient();
    client.openId = true;
    JwksCache cache(&m_http);
    cache.setMinimumRefetchIntervalSeconds(0);
    ClientCredentialsFlow flow(&m_http, meta, client);
    flow.setJwksCache(&cache);
    QVERIFY(test::runFlow(flow));
    QCOMPARE(cache.fetchCount(meta.jwksUri), jwksFetches);
    QVERIFY(flow.idTokenValidation().has_value());
    const IdTokenValidation &v = *flow.idTokenValidation();
    QCOMPARE(v.valid(), valid);
    QStringList failed;
    for (const ValidationCheck &c : v.checks) {
        if (c.status == ValidationCheck::Status::Failed)
            failed.append(c.name);
    }
    QCOMPARE(failed, failedChecks);
    if (valid) {
        QCOMPARE(flow.state(), AuthFlow::State::Succeeded);
        QCOMPARE(flow.tokens().idToken, QString::fromLatin1(idToken));
        return;
    }
    QCOMPARE(flow.state(), AuthFlow::State::Failed);
    QCOMPARE(flow.error().kind, OAuthError::Kind::IdTokenInvalid);
    for (const QString &name : failedChecks)
        QVERIFY2(flow.error().diagnosis.contains(name + QStringLiteral(": ")), qPrintable(flow.error().diagnosis));
    if (jwksFetches == 2)
        QVERIFY(flow.error().diagnosis.contains(QStringLiteral("even after fetching it again")));
}

QTEST_GUILESS_MAIN(TestOAuthGrants)
#include "tst_oauthgrants.moc"
