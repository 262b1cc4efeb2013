// CredentialManager end to end: the real OpenID Provider (tests/peers/oidc), the real Secret Service (a throwaway
// gnome-keyring in a private D-Bus session, tests/common/KeyringSession.h), and the workspace in a temporary file.
// "A second manager" is always a new set of objects (settings, workspace, keychain store, credential store, HTTP
// client) on the same keychain and workspace file, as a restarted Keyway would be.

#include "../common/KeyringSession.h"
#include "../common/PeerProcess.h"
#include "OAuthTestSupport.h"

#include "auth/CredentialManager.h"
#include "auth/GrantFlows.h"
#include "net/HttpClient.h"
#include "net/Timeline.h"
#include "openapi/DocumentLoader.h"
#include "storage/CredentialStore.h"
#include "storage/DegradingSecretStore.h"
#include "storage/KeychainSecretStore.h"
#include "storage/MemorySecretStore.h"
#include "storage/SecretScan.h"
#include "storage/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace keyway;
using namespace keyway::auth;
using keyway::openapi::OAuthFlow;
using keyway::test::KeyringSession;
using keyway::test::PeerProcess;
using State = CredentialManager::State;

namespace {

constexpr int kWaitMs = 30000; // the bound of every single wait here

// Everything one Keyway process would have, on a given workspace file and the session's keychain.
struct Stack
{
    explicit Stack(const QString &settingsFile, bool useKeychain = true)
        : settings(settingsFile, QSettings::IniFormat),
          workspace(&settings),
          degrading(&this->keychain),
          credentials(useKeychain ? static_cast<storage::SecretStore *>(&degrading) : static_cast<storage::SecretStore *>(&memory),
                      &workspace),
          manager(&http, &credentials, &workspace)
    {
        http.setTimeline(&timeline);
    }

    QSettings settings;
    storage::Workspace workspace;
    storage::KeychainSecretStore keychain;
    storage::DegradingSecretStore degrading;
    storage::MemorySecretStore memory;
    storage::CredentialStore credentials;
    net::Timeline timeline;
    net::HttpClient http;
    CredentialManager manager;

    bool open(const openapi::DocumentPtr &document)
    {
        manager.setDocument(document);
        return test::waitUntil([&] { return !manager.isLoading(); }, kWaitMs);
    }
};

// One asynchronous call to completion (bounded).
template<typename R> std::optional<R> wait(const std::function<void(std::function<void(R)>)> &start)
{
    std::optional<R> out;
    start([&out](R value) { out.emplace(std::move(value)); });
    test::waitUntil([&] { return out.has_value(); }, kWaitMs);
    return out;
}

std::optional<AuthorizeOutcome> runToEnd(AuthFlow *flow, std::optional<AuthorizeOutcome> &outcome, int timeoutMs = kWaitMs)
{
    if (!flow)
        return std::nullopt;
    flow->start();
    test::waitUntil([&] { return outcome.has_value(); }, timeoutMs);
    return outcome;
}

} // namespace

class TestCredentialManager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void relativeUrlsResolveAgainstTheChosenServer();
    void clientCredentialsPersistAcrossManagers();
    void expiredTokenIsRefreshed();
    void signOutRevokesAndDeletes();
    void profilesKeepSeparateTokens();
    void staticSecretsRoundTrip_data();
    void staticSecretsRoundTrip();
    void forgetApiDeletesEverything();
    void failedFlowSetsFailed();

private:
    openapi::DocumentPtr document(const QString &name) const;
    ClientConfig confidential() const;
    // A device-code sign-in of the openIdConnect scheme, approved through the provider's test control.
    std::optional<AuthorizeOutcome> deviceSignIn(Stack &stack, const QStringList &scopes);
    void setAccessTokenTtl(int seconds);

    std::unique_ptr<KeyringSession> m_keyring;
    PeerProcess m_op;
    ProviderMetadata m_meta;
    net::HttpClient m_http; // for the test's own calls (test control, hand-made refresh)
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_settingsFile;
    int m_counter = 0;
};

void TestCredentialManager::initTestCase()
{
    m_keyring = std::make_unique<KeyringSession>(KeyringSession::Mode::Unlocked);
    if (const QString error = m_keyring->start(); !error.isEmpty())
        QFAIL(qPrintable(error));
    m_keyring->applyToThisProcess(); // before the first keychain job of this process
    if (const QString error = m_op.startOpenIdProvider({QStringLiteral("--device-interval"), QStringLiteral("1")}); !error.isEmpty())
        QFAIL(qPrintable(error));
    QString error;
    const auto found = test::discover(m_http, m_op.issuer(), &error);
    QVERIFY2(found, qPrintable(error));
    m_meta = found->metadata;
}

void TestCredentialManager::cleanupTestCase()
{
    m_op.stop();
    m_keyring.reset();
}

void TestCredentialManager::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settingsFile = m_dir->filePath(QStringLiteral("workspace.ini"));
}

void TestCredentialManager::cleanup()
{
    m_op.printLogIfFailed();
    setAccessTokenTtl(3600);
}

void TestCredentialManager::setAccessTokenTtl(int seconds)
{
    const auto answer
        = test::callJson(m_http, "POST", m_op.url(QStringLiteral("/__test/config")), {{QStringLiteral("accessTokenTtl"), seconds}});
    QCOMPARE(answer.status, 200);
}

// A document (OpenAPI 3.1) with one scheme of each kind against the test provider, under its own URL so that every
// test is another API.
openapi::DocumentPtr TestCredentialManager::document(const QString &name) const
{
    const QString op = m_op.issuer().toString(QUrl::StripTrailingSlash);
    const QJsonObject schemes{
        {QStringLiteral("op"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("oauth2")},
                     {QStringLiteral("flows"),
                      QJsonObject{{QStringLiteral("clientCredentials"),
                                   QJsonObject{{QStringLiteral("tokenUrl"), m_meta.tokenEndpoint.toString()},
                                               {QStringLiteral("scopes"),
                                                QJsonObject{{QStringLiteral("read:items"), QStringLiteral("read")}}}}}}}}},
        {QStringLiteral("oidc"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("openIdConnect")},
                     {QStringLiteral("openIdConnectUrl"), op + QStringLiteral("/.well-known/openid-configuration")}}},
        {QStringLiteral("key"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("apiKey")},
                     {QStringLiteral("in"), QStringLiteral("header")},
                     {QStringLiteral("name"), QStringLiteral("X-API-Key")}}},
        {QStringLiteral("basic"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("http")}, {QStringLiteral("scheme"), QStringLiteral("Basic")}}},
        {QStringLiteral("digest"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("http")}, {QStringLiteral("scheme"), QStringLiteral("digest")}}},
        {QStringLiteral("bearer"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("http")}, {QStringLiteral("scheme"), QStringLiteral("bearer")}}},
        {QStringLiteral("mtls"), QJsonObject{{QStringLiteral("type"), QStringLiteral("mutualTLS")}}},
    };
    const QJsonObject root{
        {QStringLiteral("openapi"), QStringLiteral("3.1.0")},
        {QStringLiteral("info"), QJsonObject{{QStringLiteral("title"), name}, {QStringLiteral("version"), QStringLiteral("1")}}},
        {QStringLiteral("servers"), QJsonArray{QJsonObject{{QStringLiteral("url"), op}}}},
        {QStringLiteral("paths"), QJsonObject{}},
        {QStringLiteral("components"), QJsonObject{{QStringLiteral("securitySchemes"), schemes}}},
    };
    const QUrl source(QStringLiteral("http://127.0.0.1:9/%1.json").arg(name));
    auto loaded = openapi::loadDocumentBytes(QJsonDocument(root).toJson(), source, source.toString());
    if (!loaded) {
        qWarning("test document: %s", qPrintable(loaded.error().toString()));
        return {};
    }
    return loaded.value();
}

ClientConfig TestCredentialManager::confidential() const
{
    ClientConfig c = test::confidentialClient();
    c.scopes = {QStringLiteral("read:items")};
    return c;
}

std::optional<AuthorizeOutcome> TestCredentialManager::deviceSignIn(Stack &stack, const QStringList &scopes)
{
    const auto resolved = wait<OAuthResult<ProviderMetadata>>(
        [&](auto done) { stack.manager.resolveProvider(QStringLiteral("oidc"), OAuthFlow::Kind::DeviceAuthorization, done); });
    if (!resolved || !*resolved) {
        qWarning("resolveProvider: %s", resolved ? qPrintable(resolved->error().toString()) : "no answer");
        return std::nullopt;
    }
    if (resolved->value().issuer != m_op.issuer().toString(QUrl::StripTrailingSlash)
        && resolved->value().issuer != m_op.issuer().toString())
        qWarning("unexpected issuer %s", qPrintable(resolved->value().issuer));
    const auto configured = wait<Result<storage::Done>>(
        [&](auto done) { stack.manager.setClientConfig(QStringLiteral("oidc"), test::deviceClient(scopes), done); });
    if (!configured || !configured->ok())
        return std::nullopt;

    std::optional<AuthorizeOutcome> outcome;
    AuthFlow *flow = stack.manager.authorize(QStringLiteral("oidc"), OAuthFlow::Kind::DeviceAuthorization,
                                             [&outcome](const AuthorizeOutcome &o) { outcome = o; });
    auto *device = qobject_cast<DeviceAuthorizationFlow *>(flow);
    if (!device)
        return std::nullopt;
    device->setInitialIntervalOverrideMs(200);
    QObject::connect(device, &AuthFlow::userActionRequired, device, [this](const UserAction &action) {
        // The user enters the code on "another device": the provider's own verification pages, driven headlessly.
        const QUrl control = m_op.url(QStringLiteral("/__test/device"));
        QMetaObject::invokeMethod(
            &m_http,
            [this, control, code = action.userCode] {
                test::callJson(m_http, "POST", control,
                               {{QStringLiteral("user_code"), code},
                                {QStringLiteral("approve"), true},
                                {QStringLiteral("account"), QStringLiteral("alice")}});
            },
            Qt::QueuedConnection);
    });
    return runToEnd(flow, outcome);
}

// ---------------------------------------------------------------------------------------------------------------------

void TestCredentialManager::relativeUrlsResolveAgainstTheChosenServer()
{
    const QByteArray yaml = "openapi: 3.0.3\n"
                            "info: {title: Relative, version: '1'}\n"
                            "servers:\n"
                            "  - url: http://127.0.0.1:{port}/v1/\n"
                            "    variables: {port: {default: '8000'}}\n"
                            "  - url: http://127.0.0.1:7000/other/\n"
                            "paths: {}\n"
                            "components:\n"
                            "  securitySchemes:\n"
                            "    pw:\n"
                            "      type: oauth2\n"
                            "      flows:\n"
                            "        password: {tokenUrl: token, refreshUrl: refresh, scopes: {read: r}}\n";
    auto loaded
        = openapi::loadDocumentBytes(yaml, QUrl(QStringLiteral("http://127.0.0.1:9/relative.yaml")), QStringLiteral("relative.yaml"));
    QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().toString()));
    Stack stack(m_settingsFile, false);
    QVERIFY(stack.open(loaded.value()));
    QCOMPARE(stack.manager.provider(QStringLiteral("pw"), OAuthFlow::Kind::Password).tokenEndpoint,
             QUrl(QStringLiteral("http://127.0.0.1:8000/v1/token")));
    stack.manager.setServer(&loaded.value()->servers.at(0), {{QStringLiteral("port"), QStringLiteral("8443")}});
    QCOMPARE(stack.manager.provider(QStringLiteral("pw"), OAuthFlow::Kind::Password).tokenEndpoint,
             QUrl(QStringLiteral("http://127.0.0.1:8443/v1/token")));
    QCOMPARE(stack.manager.provider(QStringLiteral("pw"), OAuthFlow::Kind::Password).scopesSupported, QStringList{QStringLiteral("read")});
    stack.manager.setServer(&loaded.value()->servers.at(1));
    QCOMPARE(stack.manager.provider(QStringLiteral("pw"), OAuthFlow::Kind::Password).tokenEndpoint,
             QUrl(QStringLiteral("http://127.0.0.1:7000/other/token")));
    QCOMPARE(stack.manager.availableFlows(QStringLiteral("pw")), QList<OAuthFlow::Kind>{OAuthFlow::Kind::Password});
    QCOMPARE(stack.manager.state(QStringLiteral("pw")), State::Unconfigured);

    // The chosen server is remembered for the next session.
    Stack again(m_settingsFile, false);
    QVERIFY(again.open(loaded.value()));
    QCOMPARE(again.manager.server()->urlTemplate, QStringLiteral("http://127.0.0.1:7000/other/"));
    QCOMPARE(again.manager.provider(QStringLiteral("pw"), OAuthFlow::Kind::Password).tokenEndpoint,
             QUrl(QStringLiteral("http://127.0.0.1:7000/other/token")));
}

void TestCredentialManager::clientCredentialsPersistAcrossManagers()
{
    const auto doc = document(QStringLiteral("persist"));
    QVERIFY(doc);
    QString accessToken;
    {
        Stack stack(m_settingsFile);
        QVERIFY(stack.open(doc));
        QCOMPARE(stack.manager.state(QStringLiteral("op")), State::Unconfigured);
        const auto configured
            = wait<Result<storage::Done>>([&](auto done) { stack.manager.setClientConfig(QStringLiteral("op"), confidential(), done); });
        QVERIFY(configured && configured->ok());
        QCOMPARE(stack.manager.state(QStringLiteral("op")), State::Configured);

        QSignalSpy states(&stack.manager, &CredentialManager::stateChanged);
        std::optional<AuthorizeOutcome> outcome;
        QPointer<AuthFlow> flow = stack.manager.authorize(QStringLiteral("op"), OAuthFlow::Kind::ClientCredentials,
                                                          [&outcome](const AuthorizeOutcome &o) { outcome = o; });
        QVERIFY(flow);
        QCOMPARE(flow->grantName(), grants::clientCredentials);
        const QString flowId = flow->flowId();
        QVERIFY(!flowId.isEmpty());
        QVERIFY(runToEnd(flow, outcome));
        QVERIFY2(outcome->succeeded, qPrintable(outcome->error.toString()));
        QVERIFY2(outcome->stored && outcome->persistent, qPrintable(outcome->storeProblem));
        QCOMPARE(outcome->tokens.grantedScopes, QStringList{QStringLiteral("read:items")});
        QCOMPARE(stack.manager.state(QStringLiteral("op")), State::Authorized);
        QVERIFY(states.count() >= 1);
        QCOMPARE(states.last().first().toString(), QStringLiteral("op"));
        QVERIFY(stack.manager.stateDetail(QStringLiteral("op")).contains(QStringLiteral("read:items")));
        QVERIFY(stack.manager.isKeychainPersistent());
        QCOMPARE(stack.manager.keychainStatus(), storage::SecretStore::Status::Available);
        QVERIFY(stack.manager.keychainReason().isEmpty());
        // The flow is the manager's, and goes once its outcome is reported.
        QTRY_VERIFY_WITH_TIMEOUT(flow.isNull(), 5000);
        // The exchange is on the timeline under the flow's id.
        QVERIFY(!stack.timeline.flow(flowId).isEmpty());
        accessToken = stack.manager.tokens(QStringLiteral("op")).accessToken;
        QCOMPARE(accessToken, outcome->tokens.accessToken);
    }

    // A new process, in effect: new objects on the same keychain and workspace file.
    Stack again(m_settingsFile);
    QVERIFY(again.open(doc));
    QCOMPARE(again.manager.state(QStringLiteral("op")), State::Authorized);
    QCOMPARE(again.manager.tokens(QStringLiteral("op")).accessToken, accessToken);
    const ClientConfig client = again.manager.clientConfig(QStringLiteral("op"));
    QCOMPARE(client.clientId, QStringLiteral("keyway-confidential"));
    QCOMPARE(client.clientSecret, QStringLiteral("keyway-confidential-secret"));
    QCOMPARE(client.authMethod, ClientAuthMethod::ClientSecretBasic);
    QCOMPARE(client.scopes, QStringList{QStringLiteral("read:items")});

    // The keychain holds them (a second opinion through secret-tool), the workspace file does not.
    const QStringList keys = m_keyring->storedKeys();
    bool tokensKey = false;
    for (const QString &key : keys)
        tokensKey = tokensKey
            || (key.contains(again.manager.api().id) && key.contains(QStringLiteral("scheme=op/"))
                && key.endsWith(QStringLiteral("kind=tokens")));
    QVERIFY2(tokensKey, qPrintable(keys.join(u'\n')));
    again.settings.sync();
    const auto hits
        = storage::SecretScan::scanFiles({m_settingsFile}, {accessToken.toUtf8(), QByteArrayLiteral("keyway-confidential-secret")});
    QVERIFY2(hits.isEmpty(), qPrintable(hits.isEmpty() ? QString() : hits.first().toString()));
}

void TestCredentialManager::expiredTokenIsRefreshed()
{
    const auto doc = document(QStringLiteral("expiry"));
    QVERIFY(doc);
    setAccessTokenTtl(2);
    Stack stack(m_settingsFile);
    QVERIFY(stack.open(doc));
    const auto outcome = deviceSignIn(stack, {QStringLiteral("openid"), QStringLiteral("offline_access"), QStringLiteral("read:items")});
    QVERIFY(outcome);
    QVERIFY2(outcome->succeeded, qPrintable(outcome->error.toString()));
    QVERIFY(outcome->stored && outcome->persistent);
    QVERIFY(!outcome->tokens.refreshToken.isEmpty());
    QVERIFY(outcome->idToken.has_value());
    QVERIFY2(outcome->idToken->valid(), qPrintable(outcome->idToken->failures().join(u'\n')));
    QCOMPARE(stack.manager.discovery(QStringLiteral("oidc"))->metadata.issuer, m_meta.issuer);
    const TokenSet first = outcome->tokens;
    QVERIFY(first.secondsLeft(QDateTime::currentDateTimeUtc()) <= 2);
    setAccessTokenTtl(3600);

    // Expiry turns the state without anyone asking.
    QSignalSpy states(&stack.manager, &CredentialManager::stateChanged);
    QTRY_COMPARE_WITH_TIMEOUT(stack.manager.state(QStringLiteral("oidc")), State::Expired, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!states.isEmpty(), 5000);
    QVERIFY(stack.manager.stateDetail(QStringLiteral("oidc")).contains(QStringLiteral("refreshed")));

    // A second manager sees the expired token too.
    {
        Stack other(m_settingsFile);
        QVERIFY(other.open(doc));
        QCOMPARE(other.manager.state(QStringLiteral("oidc")), State::Expired);
        QCOMPARE(other.manager.tokens(QStringLiteral("oidc")).refreshToken, first.refreshToken);
    }

    // ensureFresh refreshes once for callers that ask together.
    std::optional<OAuthResult<TokenSet>> a;
    std::optional<OAuthResult<TokenSet>> b;
    stack.manager.ensureFresh(QStringLiteral("oidc"), [&a](const OAuthResult<TokenSet> &r) { a = r; });
    stack.manager.ensureFresh(QStringLiteral("oidc"), [&b](const OAuthResult<TokenSet> &r) { b = r; });
    QVERIFY(test::waitUntil([&] { return a.has_value() && b.has_value(); }, kWaitMs));
    QVERIFY2(a->ok(), a->ok() ? "" : qPrintable(a->error().toString()));
    QVERIFY(b->ok());
    QCOMPARE(a->value().accessToken, b->value().accessToken);
    QVERIFY(a->value().accessToken != first.accessToken);
    QCOMPARE(a->value().grant, grants::refresh);
    QVERIFY(a->value().secondsLeft(QDateTime::currentDateTimeUtc()) > 600);
    QCOMPARE(stack.manager.state(QStringLiteral("oidc")), State::Authorized);

    // Fresh tokens are handed back as they are.
    std::optional<OAuthResult<TokenSet>> c;
    stack.manager.ensureFresh(QStringLiteral("oidc"), [&c](const OAuthResult<TokenSet> &r) { c = r; });
    QVERIFY(test::waitUntil([&] { return c.has_value(); }, kWaitMs));
    QVERIFY(c->ok());
    QCOMPARE(c->value().accessToken, a->value().accessToken);

    // The refreshed tokens replaced the stored ones.
    Stack later(m_settingsFile);
    QVERIFY(later.open(doc));
    QCOMPARE(later.manager.state(QStringLiteral("oidc")), State::Authorized);
    QCOMPARE(later.manager.tokens(QStringLiteral("oidc")).accessToken, a->value().accessToken);

    // The injectable clock: two hours on, the token reads expired and ensureFresh refreshes again.
    later.manager.setClock([] { return QDateTime::currentDateTimeUtc().addSecs(7200); });
    QCOMPARE(later.manager.state(QStringLiteral("oidc")), State::Expired);
}

void TestCredentialManager::signOutRevokesAndDeletes()
{
    const auto doc = document(QStringLiteral("signout"));
    QVERIFY(doc);
    Stack stack(m_settingsFile);
    QVERIFY(stack.open(doc));
    // OpenID scopes only: an opaque access token, which oidc-provider can revoke as well.
    const auto outcome = deviceSignIn(stack, {QStringLiteral("openid"), QStringLiteral("offline_access")});
    QVERIFY(outcome);
    QVERIFY2(outcome->succeeded, qPrintable(outcome->error.toString()));
    const TokenSet tokens = outcome->tokens;
    QVERIFY(!tokens.refreshToken.isEmpty());
    QCOMPARE(stack.manager.state(QStringLiteral("oidc")), State::Authorized);

    const auto report = wait<SignOutReport>([&](auto done) { stack.manager.signOut(QStringLiteral("oidc"), done); });
    QVERIFY(report);
    QVERIFY(report->revocationAttempted);
    QVERIFY2(report->revoked.contains(QStringLiteral("refresh_token")), qPrintable(report->summary()));
    QVERIFY2(report->revoked.contains(QStringLiteral("access_token")), qPrintable(report->summary()));
    QVERIFY2(report->ok(), qPrintable(report->summary()));
    QCOMPARE(report->revoked.first(), QStringLiteral("refresh_token")); // refresh token first
    QVERIFY(report->forget.deleted.size() >= 1);
    QCOMPARE(report->profile, QStringLiteral("default"));
    QVERIFY(stack.manager.tokens(QStringLiteral("oidc")).isEmpty());
    QCOMPARE(stack.manager.state(QStringLiteral("oidc")), State::Configured);
    QVERIFY(!report->summary().contains(tokens.refreshToken));

    // The refresh token no longer works at the server.
    ClientConfig client = test::deviceClient({});
    RefreshFlow again(&m_http, m_meta, client, tokens);
    QVERIFY(test::runFlow(again));
    QCOMPARE(again.state(), AuthFlow::State::Failed);
    QCOMPARE(again.error().error, QStringLiteral("invalid_grant"));

    // Nothing of it is left in the keychain.
    Stack other(m_settingsFile);
    QVERIFY(other.open(doc));
    QVERIFY(other.manager.tokens(QStringLiteral("oidc")).isEmpty());
    QVERIFY(other.manager.state(QStringLiteral("oidc")) != State::Authorized);
    for (const QString &key : m_keyring->storedKeys())
        QVERIFY2(!(key.contains(other.manager.api().id) && key.contains(QStringLiteral("scheme=oidc/"))), qPrintable(key));
}

void TestCredentialManager::profilesKeepSeparateTokens()
{
    const auto doc = document(QStringLiteral("profiles"));
    QVERIFY(doc);
    Stack stack(m_settingsFile);
    QVERIFY(stack.open(doc));
    QCOMPARE(stack.manager.currentProfile(), QStringLiteral("default"));

    auto signIn = [&]() -> QString {
        const auto configured
            = wait<Result<storage::Done>>([&](auto done) { stack.manager.setClientConfig(QStringLiteral("op"), confidential(), done); });
        if (!configured || !configured->ok())
            return {};
        std::optional<AuthorizeOutcome> outcome;
        runToEnd(stack.manager.authorize(QStringLiteral("op"), OAuthFlow::Kind::ClientCredentials,
                                         [&outcome](const AuthorizeOutcome &o) { outcome = o; }),
                 outcome);
        return outcome && outcome->succeeded && outcome->stored ? outcome->tokens.accessToken : QString();
    };
    const QString defaultToken = signIn();
    QVERIFY(!defaultToken.isEmpty());

    QSignalSpy profileChanged(&stack.manager, &CredentialManager::profileChanged);
    QVERIFY(stack.manager.setProfile(QStringLiteral("admin")));
    QCOMPARE(profileChanged.count(), 1);
    QCOMPARE(profileChanged.first().first().toString(), QStringLiteral("admin"));
    QVERIFY(test::waitUntil([&] { return !stack.manager.isLoading(); }, kWaitMs));
    QCOMPARE(stack.manager.currentProfile(), QStringLiteral("admin"));
    QVERIFY(stack.manager.profiles().contains(QStringLiteral("admin")));
    QVERIFY(stack.manager.tokens(QStringLiteral("op")).isEmpty());
    // The client id is the scheme's; its secret is the profile's.
    QCOMPARE(stack.manager.state(QStringLiteral("op")), State::Configured);
    QVERIFY(stack.manager.clientConfig(QStringLiteral("op")).clientSecret.isEmpty());
    const QString adminToken = signIn();
    QVERIFY(!adminToken.isEmpty());
    QVERIFY(adminToken != defaultToken);

    QVERIFY(stack.manager.setProfile(QStringLiteral("default")));
    QVERIFY(test::waitUntil([&] { return !stack.manager.isLoading(); }, kWaitMs));
    QCOMPARE(stack.manager.tokens(QStringLiteral("op")).accessToken, defaultToken);

    // Another manager starts on the profile last chosen, and finds each profile's own tokens.
    QVERIFY(stack.manager.setProfile(QStringLiteral("admin")));
    Stack other(m_settingsFile);
    QVERIFY(other.open(doc));
    QCOMPARE(other.manager.currentProfile(), QStringLiteral("admin"));
    QCOMPARE(other.manager.tokens(QStringLiteral("op")).accessToken, adminToken);
    // A profile switched from outside (the Workspace) is followed too.
    QVERIFY(other.workspace.setCurrentProfile(other.manager.api().id, QStringLiteral("default")));
    QVERIFY(test::waitUntil([&] { return !other.manager.isLoading(); }, kWaitMs));
    QCOMPARE(other.manager.currentProfile(), QStringLiteral("default"));
    QCOMPARE(other.manager.tokens(QStringLiteral("op")).accessToken, defaultToken);

    // Signing out of one profile leaves the other alone.
    const auto report = wait<SignOutReport>([&](auto done) { other.manager.signOut(QStringLiteral("op"), done); });
    QVERIFY(report && report->forget.ok());
    QVERIFY(!report->revocationAttempted); // this scheme's provider (no discovery) advertises no revocation endpoint
    QVERIFY(other.manager.tokens(QStringLiteral("op")).isEmpty());
    QVERIFY(other.manager.setProfile(QStringLiteral("admin")));
    QVERIFY(test::waitUntil([&] { return !other.manager.isLoading(); }, kWaitMs));
    QCOMPARE(other.manager.tokens(QStringLiteral("op")).accessToken, adminToken);

    QVERIFY(!stack.manager.setProfile(QStringLiteral("bad/name\nx")));
}

void TestCredentialManager::staticSecretsRoundTrip_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("certificate");
    QTest::newRow("apiKey") << QStringLiteral("key") << QStringLiteral("keyway-header-key") << QString() << QString() << QString();
    QTest::newRow("http bearer") << QStringLiteral("bearer") << QStringLiteral("a.b.c-bearer-token") << QString() << QString() << QString();
    QTest::newRow("http basic") << QStringLiteral("basic") << QString() << QStringLiteral("keyway") << QStringLiteral("basic-secret")
                                << QString();
    QTest::newRow("http digest") << QStringLiteral("digest") << QString() << QStringLiteral("keyway") << QStringLiteral("digest-secret: ü")
                                 << QString();
    QTest::newRow("mutualTLS") << QStringLiteral("mtls") << QString() << QString() << QStringLiteral("p12-pass-Zq9w")
                               << QStringLiteral("/tmp/client.p12");
}

void TestCredentialManager::staticSecretsRoundTrip()
{
    QFETCH(QString, scheme);
    QFETCH(QString, value);
    QFETCH(QString, username);
    QFETCH(QString, password);
    QFETCH(QString, certificate);
    const auto doc = document(QStringLiteral("static-") + scheme);
    QVERIFY(doc);
    StaticSecret secret;
    secret.value = value;
    secret.username = username;
    if (certificate.isEmpty()) {
        secret.password = password;
    } else {
        secret.certificatePath = certificate;
        secret.passphrase = password;
    }
    {
        Stack stack(m_settingsFile);
        QVERIFY(stack.open(doc));
        QCOMPARE(stack.manager.state(scheme), State::Unconfigured);
        const auto stored = wait<Result<storage::Done>>([&](auto done) { stack.manager.setStaticSecret(scheme, secret, done); });
        QVERIFY(stored);
        QVERIFY2(stored->ok(), stored->ok() ? "" : qPrintable(stored->error().message));
        QCOMPARE(stack.manager.state(scheme), State::Authorized);
        // Not an OAuth scheme: no flow.
        QVERIFY(!stack.manager.authorize(scheme, OAuthFlow::Kind::ClientCredentials));
    }
    Stack again(m_settingsFile);
    QVERIFY(again.open(doc));
    QCOMPARE(again.manager.state(scheme), State::Authorized);
    const StaticSecret read = again.manager.staticSecret(scheme);
    QCOMPARE(read.value, secret.value);
    QCOMPARE(read.username, secret.username);
    QCOMPARE(read.password, secret.password);
    QCOMPARE(read.certificatePath, secret.certificatePath);
    QCOMPARE(read.passphrase, secret.passphrase);
    again.settings.sync();
    QList<QByteArray> secrets;
    for (const QString &s : {value, password}) {
        if (!s.isEmpty())
            secrets << s.toUtf8();
    }
    QVERIFY(storage::SecretScan::scanFiles({m_settingsFile}, secrets).isEmpty());

    // Clearing deletes the stored secret.
    const auto cleared = wait<Result<storage::Done>>([&](auto done) { again.manager.setStaticSecret(scheme, StaticSecret{}, done); });
    QVERIFY(cleared && cleared->ok());
    QCOMPARE(again.manager.state(scheme), State::Unconfigured);
    Stack third(m_settingsFile);
    QVERIFY(third.open(doc));
    QCOMPARE(third.manager.state(scheme), State::Unconfigured);
    QVERIFY(third.manager.staticSecret(scheme).isEmpty());
}

void TestCredentialManager::forgetApiDeletesEverything()
{
    const auto doc = document(QStringLiteral("forget"));
    QVERIFY(doc);
    Stack stack(m_settingsFile);
    QVERIFY(stack.open(doc));
    StaticSecret key;
    key.value = QStringLiteral("keyway-header-key");
    QVERIFY(wait<Result<storage::Done>>([&](auto done) { stack.manager.setStaticSecret(QStringLiteral("key"), key, done); })->ok());
    StaticSecret basic;
    basic.username = QStringLiteral("keyway");
    basic.password = QStringLiteral("basic-secret");
    QVERIFY(stack.manager.setProfile(QStringLiteral("second")));
    QVERIFY(test::waitUntil([&] { return !stack.manager.isLoading(); }, kWaitMs));
    QVERIFY(wait<Result<storage::Done>>([&](auto done) { stack.manager.setStaticSecret(QStringLiteral("basic"), basic, done); })->ok());
    QVERIFY(
        wait<Result<storage::Done>>([&](auto done) { stack.manager.setClientConfig(QStringLiteral("op"), confidential(), done); })->ok());
    std::optional<AuthorizeOutcome> outcome;
    QVERIFY(runToEnd(stack.manager.authorize(QStringLiteral("op"), OAuthFlow::Kind::ClientCredentials,
                                             [&outcome](const AuthorizeOutcome &o) { outcome = o; }),
                     outcome));
    QVERIFY(outcome->succeeded && outcome->stored);

    const auto report = wait<storage::ForgetReport>([&](auto done) { stack.manager.forgetApi(done); });
    QVERIFY(report);
    QVERIFY2(report->ok(), qPrintable(report->storeProblem));
    QCOMPARE(report->deleted.size(), 4); // api key (default); basic, client secret, tokens (second)
    QCOMPARE(stack.manager.state(QStringLiteral("op")), State::Configured);
    QCOMPARE(stack.manager.state(QStringLiteral("basic")), State::Unconfigured);
    for (const QString &k : m_keyring->storedKeys())
        QVERIFY2(!k.contains(stack.manager.api().id), qPrintable(k));

    Stack other(m_settingsFile);
    QVERIFY(other.open(doc));
    QVERIFY(other.manager.tokens(QStringLiteral("op")).isEmpty());
    QVERIFY(other.manager.staticSecret(QStringLiteral("basic")).isEmpty());
}

void TestCredentialManager::failedFlowSetsFailed()
{
    const auto doc = document(QStringLiteral("failed"));
    QVERIFY(doc);
    Stack stack(m_settingsFile);
    QVERIFY(stack.open(doc));
    ClientConfig wrong = confidential();
    wrong.clientSecret = QStringLiteral("not-the-secret");
    QVERIFY(wait<Result<storage::Done>>([&](auto done) { stack.manager.setClientConfig(QStringLiteral("op"), wrong, done); })->ok());
    std::optional<AuthorizeOutcome> outcome;
    QVERIFY(runToEnd(stack.manager.authorize(QStringLiteral("op"), OAuthFlow::Kind::ClientCredentials,
                                             [&outcome](const AuthorizeOutcome &o) { outcome = o; }),
                     outcome));
    QVERIFY(!outcome->succeeded);
    QCOMPARE(outcome->error.error, QStringLiteral("invalid_client"));
    QVERIFY(!outcome->stored);
    QCOMPARE(stack.manager.state(QStringLiteral("op")), State::Failed);
    QVERIFY(stack.manager.stateDetail(QStringLiteral("op")).contains(QStringLiteral("invalid_client")));
    QVERIFY(!stack.manager.stateDetail(QStringLiteral("op")).contains(QStringLiteral("not-the-secret")));

    // The openIdConnect scheme without discovery cannot run; resolveProvider discovers.
    const auto provider = wait<OAuthResult<ProviderMetadata>>(
        [&](auto done) { stack.manager.resolveProvider(QStringLiteral("oidc"), OAuthFlow::Kind::AuthorizationCode, done); });
    QVERIFY(provider && provider->ok());
    QCOMPARE(provider->value().issuer, m_meta.issuer);
    QVERIFY(provider->value().revocationEndpoint.isValid());
    // An unknown scheme, or a non-OAuth one, has no provider.
    const auto none = wait<OAuthResult<ProviderMetadata>>(
        [&](auto done) { stack.manager.resolveProvider(QStringLiteral("key"), OAuthFlow::Kind::AuthorizationCode, done); });
    QVERIFY(none && !none->ok());
    QCOMPARE(none->error().kind, OAuthError::Kind::Configuration);
}

QTEST_GUILESS_MAIN(TestCredentialManager)
#include "tst_credentialmanager.moc"
