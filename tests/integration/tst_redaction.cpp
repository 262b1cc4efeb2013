// The redaction suite: real flows against the real OpenID Provider (client credentials with both client
// authentication methods, authorization code + PKCE through a headless browser, device code, refresh) and against
// the FastAPI resource server (password grant, API keys in a header, the query and a cookie, Basic, Bearer, wrong
// credentials); then the whole timeline, each flow and a selection are exported as HAR and as a reproduction
// bundle, and no secret value used anywhere — raw, percent-encoded, base64 or base64url (storage::SecretScan) — may
// appear in them, while URLs, status codes, labels and claim names must.

#include "OAuthTestSupport.h"

#include "../common/PeerProcess.h"

#include "auth/AuthorizationCodeFlow.h"
#include "auth/GrantFlows.h"
#include "openapi/DocumentLoader.h"
#include "recorder/BundleReader.h"
#include "recorder/BundleWriter.h"
#include "recorder/HarExporter.h"
#include "recorder/HarReader.h"
#include "recorder/WorkspaceSnapshot.h"
#include "request/CredentialSource.h"
#include "request/RequestModel.h"
#include "request/RequestSender.h"
#include "storage/SecretScan.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace keyway;
using namespace keyway::auth;
using namespace keyway::recorder;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using keyway::test::PeerProcess;
using keyway::test::waitUntil;

namespace {

constexpr int kTimeoutMs = 30000;

QString formValue(const QByteArray &body, const QString &name)
{
    return QUrlQuery(QString::fromUtf8(QByteArray(body).replace('+', ' '))).queryItemValue(name, QUrl::FullyDecoded);
}

// A browser for the provider's login pages: cookies kept, redirects followed by hand (at most 20), until the
// loopback redirect URI, which it then calls.
class HeadlessBrowser
{
public:
    std::optional<QUrl> followToLoopback(QUrl url, quint16 port, QString *why)
    {
        for (int hop = 0; hop < 20; ++hop) {
            if (url.host() == u"127.0.0.1" && url.port() == port)
                return url;
            QNetworkRequest request(url);
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
            request.setTransferTimeout(15000);
            std::unique_ptr<QNetworkReply> reply(m_nam.get(request));
            if (!waitUntil([&] { return reply->isFinished(); }, 20000)) {
                *why = u"no answer"_s;
                return std::nullopt;
            }
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status < 300 || status >= 400 || !reply->hasRawHeader("Location")) {
                *why = u"hop %1 answered %2: %3"_s.arg(hop).arg(status).arg(QString::fromUtf8(reply->readAll().left(300)));
                return std::nullopt;
            }
            url = url.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
        }
        *why = u"too many redirects"_s;
        return std::nullopt;
    }

    int get(const QUrl &url)
    {
        std::unique_ptr<QNetworkReply> reply(m_nam.get(QNetworkRequest(url)));
        if (!waitUntil([&] { return reply->isFinished(); }, 20000))
            return 0;
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

private:
    QNetworkAccessManager m_nam;
};

} // namespace

class TestRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    // The flows (each adds the secrets it used to m_secrets).
    void clientCredentials_data();
    void clientCredentials();
    void authorizationCodeWithPkce();
    void deviceCodeThenRefresh();
    void passwordGrant();
    void resourceRequests();

    // The exports.
    void wholeTimelineHar();
    void eachFlowAndSelection();
    void bundle();

private:
    void addSecret(const QString &value) { addSecret(value.toUtf8()); }
    void addSecret(const QByteArray &value);
    // Fails the test when any secret is found in `bytes`, naming the secret by kind (never by value).
    void assertNoSecrets(const QByteArray &bytes, const char *what);
    request::RequestOutcome send(const QString &operation, const request::CredentialSource &creds);
    QString flowOfLabel(const QString &labelStart) const;

    PeerProcess m_op;
    PeerProcess m_resource;
    net::Timeline m_timeline;
    net::HttpClient m_http;
    ProviderMetadata m_meta;
    openapi::DocumentPtr m_doc;
    QList<QByteArray> m_secrets;
    QStringList m_secretNames; // parallel to m_secrets: what each one is
    QString m_currentKind;
    QString m_bearerToken;
    QString m_passwordToken;
    QStringList m_flowIds;
};

void TestRedaction::addSecret(const QByteArray &value)
{
    QVERIFY2(!value.isEmpty(), qPrintable(u"empty secret for "_s + m_currentKind));
    if (!m_secrets.contains(value)) {
        m_secrets.append(value);
        m_secretNames.append(m_currentKind);
    }
}

void TestRedaction::assertNoSecrets(const QByteArray &bytes, const char *what)
{
    QVERIFY(!bytes.isEmpty());
    const QList<storage::SecretHit> hits = storage::SecretScan::scan(bytes, m_secrets);
    QStringList found;
    for (const storage::SecretHit &hit : hits)
        found.append(m_secretNames.value(hit.secretIndex) + u" ("_s + hit.encoding + u" at "_s + QString::number(hit.offset) + u')');
    QVERIFY2(hits.isEmpty(), qPrintable(QString::fromLatin1(what) + u": "_s + found.join(u", "_s)));
    // And, independently of SecretScan, the three forms the issue names.
    for (qsizetype i = 0; i < m_secrets.size(); ++i) {
        const QByteArray &s = m_secrets.at(i);
        QVERIFY2(!bytes.contains(s), qPrintable(m_secretNames.at(i) + u" raw in "_s + QLatin1StringView(what)));
        QVERIFY2(!bytes.contains(s.toPercentEncoding()), qPrintable(m_secretNames.at(i) + u" URL-encoded in "_s + QLatin1StringView(what)));
        QVERIFY2(!bytes.contains(s.toBase64(QByteArray::OmitTrailingEquals)),
                 qPrintable(m_secretNames.at(i) + u" base64 in "_s + QLatin1StringView(what)));
    }
}

void TestRedaction::initTestCase()
{
    m_http.setTimeline(&m_timeline);
    if (const QString e = m_op.startOpenIdProvider({u"--device-interval"_s, u"1"_s}); !e.isEmpty())
        QFAIL(qPrintable(e));
    if (const QString e = m_resource.startResourceServer(m_op.issuer()); !e.isEmpty())
        QFAIL(qPrintable(e));
    QString error;
    const auto found = test::discover(m_http, m_op.issuer(), &error);
    QVERIFY2(found, qPrintable(error));
    m_meta = found->metadata;

    std::optional<net::HttpResult> doc;
    net::RequestInfo info;
    info.record = false;
    m_http.send("GET", QNetworkRequest(m_resource.url(u"/openapi.json"_s)), {}, info, [&](const net::HttpResult &r) { doc = r; });
    QVERIFY(waitUntil([&] { return doc.has_value(); }, kTimeoutMs));
    QCOMPARE(doc->httpStatus, 200);
    auto loaded = openapi::loadDocumentBytes(doc->body, m_resource.url(u"/openapi.json"_s), u"resource server"_s);
    QVERIFY2(loaded.ok(), qPrintable(loaded ? QString() : loaded.error().toString()));
    m_doc = loaded.value();
}

void TestRedaction::cleanup()
{
    m_op.printLogIfFailed();
    m_resource.printLogIfFailed();
}

void TestRedaction::cleanupTestCase()
{
    m_resource.stop();
    m_op.stop();
}

QString TestRedaction::flowOfLabel(const QString &labelStart) const
{
    for (const net::Exchange &e : m_timeline.exchanges()) {
        if (e.label.startsWith(labelStart))
            return e.flowId;
    }
    return {};
}

// Flows ----------------------------------------------------------------------------------------------------------

void TestRedaction::clientCredentials_data()
{
    QTest::addColumn<int>("method");
    QTest::newRow("client_secret_basic") << int(ClientAuthMethod::ClientSecretBasic);
    QTest::newRow("client_secret_post") << int(ClientAuthMethod::ClientSecretPost);
}

void TestRedaction::clientCredentials()
{
    QFETCH(int, method);
    ClientConfig client = test::confidentialClient(ClientAuthMethod(method));
    client.scopes = {u"read:items"_s, u"write:items"_s};
    ClientCredentialsFlow flow(&m_http, m_meta, client);
    QVERIFY(test::runFlow(flow));
    QVERIFY2(flow.state() == AuthFlow::State::Succeeded, qPrintable(flow.error().toString()));
    m_currentKind = u"client secret"_s;
    addSecret(client.clientSecret);
    m_currentKind = u"client credentials access token"_s;
    addSecret(flow.tokens().accessToken);
    m_bearerToken = flow.tokens().accessToken;
    m_flowIds.append(flow.flowId());

    // A wrong secret too: refused, and the refusal is on the timeline with its diagnosis.
    ClientConfig wrong = client;
    wrong.clientSecret = u"a-wrong-client-secret-%1"_s.arg(method);
    ClientCredentialsFlow refused(&m_http, m_meta, wrong);
    QVERIFY(test::runFlow(refused));
    QCOMPARE(refused.state(), AuthFlow::State::Failed);
    m_currentKind = u"wrong client secret"_s;
    addSecret(wrong.clientSecret);
}

void TestRedaction::authorizationCodeWithPkce()
{
    ClientConfig client = test::confidentialClient(ClientAuthMethod::ClientSecretBasic);
    client.scopes = {u"openid"_s, u"email"_s, u"offline_access"_s, u"read:items"_s};
    client.openId = true;
    AuthorizationCodeFlow flow(&m_http, m_meta, client);
    flow.setCallbackTimeout(60s);
    flow.start();
    QCOMPARE(flow.state(), AuthFlow::State::WaitingForUser);
    HeadlessBrowser browser;
    QString why;
    const auto loopback = browser.followToLoopback(flow.authorizationUrl(), quint16(flow.redirectUri().port()), &why);
    QVERIFY2(loopback.has_value(), qPrintable(why));
    const QString code = QUrlQuery(*loopback).queryItemValue(u"code"_s, QUrl::FullyDecoded);
    QVERIFY(!code.isEmpty());
    QCOMPARE(browser.get(*loopback), 200);
    QVERIFY(waitUntil([&] { return flow.isFinished(); }, kTimeoutMs));
    QVERIFY2(flow.state() == AuthFlow::State::Succeeded, qPrintable(flow.error().toString()));
    m_flowIds.append(flow.flowId());

    m_currentKind = u"authorization code"_s;
    addSecret(code);
    const QList<net::Exchange> tokenRequests = test::exchangesLabelled(m_timeline, flow.flowId(), u"Token request"_s);
    QVERIFY(!tokenRequests.isEmpty());
    m_currentKind = u"PKCE verifier"_s;
    const QString verifier = formValue(tokenRequests.first().requestBody, u"code_verifier"_s);
    QVERIFY(verifier.size() >= 43);
    addSecret(verifier);
    m_currentKind = u"code flow access token"_s;
    addSecret(flow.tokens().accessToken);
    m_currentKind = u"code flow refresh token"_s;
    addSecret(flow.tokens().refreshToken);
    m_currentKind = u"code flow ID token"_s;
    addSecret(flow.tokens().idToken);
}

void TestRedaction::deviceCodeThenRefresh()
{
    const ClientConfig client = test::deviceClient({u"openid"_s, u"offline_access"_s, u"read:items"_s});
    DeviceAuthorizationFlow device(&m_http, m_meta, client);
    QSignalSpy actions(&device, &AuthFlow::userActionRequired);
    device.start();
    QVERIFY(waitUntil([&] { return !actions.isEmpty() || device.isFinished(); }, kTimeoutMs));
    QVERIFY(!actions.isEmpty());
    const QString userCode = actions.first().first().value<UserAction>().userCode;
    const test::JsonAnswer approved = test::callJson(m_http, "POST", m_op.url(u"/__test/device"_s),
                                                     {{u"user_code"_s, userCode}, {u"approve"_s, true}, {u"account"_s, u"alice"_s}});
    QCOMPARE(approved.status, 200);
    QVERIFY(waitUntil([&] { return device.isFinished(); }, kTimeoutMs));
    QVERIFY2(device.state() == AuthFlow::State::Succeeded, qPrintable(device.error().toString()));
    m_flowIds.append(device.flowId());

    const QList<net::Exchange> polls = test::exchangesLabelled(m_timeline, device.flowId(), u"Token request"_s);
    QVERIFY(!polls.isEmpty());
    m_currentKind = u"device code"_s;
    addSecret(formValue(polls.first().requestBody, u"device_code"_s));
    m_currentKind = u"device access token"_s;
    addSecret(device.tokens().accessToken);
    m_currentKind = u"device refresh token"_s;
    addSecret(device.tokens().refreshToken);
    m_currentKind = u"device ID token"_s;
    addSecret(device.tokens().idToken);

    ClientConfig refreshClient = client;
    refreshClient.scopes.clear();
    RefreshFlow refresh(&m_http, m_meta, refreshClient, device.tokens());
    QVERIFY(test::runFlow(refresh));
    QVERIFY2(refresh.state() == AuthFlow::State::Succeeded, qPrintable(refresh.error().toString()));
    m_flowIds.append(refresh.flowId());
    m_currentKind = u"refreshed access token"_s;
    addSecret(refresh.tokens().accessToken);
    m_currentKind = u"rotated refresh token"_s;
    addSecret(refresh.tokens().refreshToken);
    m_currentKind = u"refreshed ID token"_s;
    addSecret(refresh.tokens().idToken);

    // The old refresh token again: rotated away, so refused (a failed flow for the diagnosis).
    RefreshFlow stale(&m_http, m_meta, refreshClient, device.tokens());
    QVERIFY(test::runFlow(stale));
    QCOMPARE(stale.state(), AuthFlow::State::Failed);
}

void TestRedaction::passwordGrant()
{
    ProviderMetadata meta;
    meta.tokenEndpoint = m_resource.url(u"/token"_s);
    ClientConfig client;
    client.clientId = u"keyway-cli"_s;
    client.authMethod = ClientAuthMethod::None;
    client.username = u"alice"_s;
    client.password = u"alice-password"_s;
    PasswordFlow flow(&m_http, meta, client);
    QVERIFY(test::runFlow(flow));
    QVERIFY2(flow.state() == AuthFlow::State::Succeeded, qPrintable(flow.error().toString()));
    m_flowIds.append(flow.flowId());
    m_currentKind = u"password"_s;
    addSecret(client.password);
    m_currentKind = u"password grant access token"_s;
    addSecret(flow.tokens().accessToken);
    m_passwordToken = flow.tokens().accessToken;

    client.password = u"not-alices-password"_s;
    PasswordFlow wrong(&m_http, meta, client);
    QVERIFY(test::runFlow(wrong));
    QCOMPARE(wrong.state(), AuthFlow::State::Failed);
    m_currentKind = u"wrong password"_s;
    addSecret(client.password);
}

request::RequestOutcome TestRedaction::send(const QString &operation, const request::CredentialSource &creds)
{
    const openapi::Operation *op = request::findOperation(*m_doc, operation);
    if (!op)
        return {};
    request::RequestSender sender(&m_http);
    request::RequestJob job;
    job.document = m_doc;
    job.model = request::buildRequestModel(*m_doc, *op);
    job.credentials = &creds;
    std::optional<request::RequestOutcome> outcome;
    sender.send(job, [&](const request::RequestOutcome &o) { outcome = o; });
    if (!waitUntil([&] { return outcome.has_value(); }, kTimeoutMs))
        return {};
    return *outcome;
}

void TestRedaction::resourceRequests()
{
    QVERIFY(!m_bearerToken.isEmpty());
    QVERIFY(!m_passwordToken.isEmpty());
    using request::MemoryCredentialSource;
    using request::SchemeCredential;
    struct Case
    {
        QString operation;
        QString scheme;
        SchemeCredential credential;
        int status;
        QString kind;
        QString secret;
    };
    const QList<Case> cases = {
        {u"GET /apikey/header"_s, u"apiKeyHeader"_s, SchemeCredential::fromApiKey(u"keyway-header-key"_s), 200, u"header API key"_s,
         u"keyway-header-key"_s},
        {u"GET /apikey/query"_s, u"apiKeyQuery"_s, SchemeCredential::fromApiKey(u"keyway-query-key"_s), 200, u"query API key"_s,
         u"keyway-query-key"_s},
        {u"GET /apikey/cookie"_s, u"apiKeyCookie"_s, SchemeCredential::fromApiKey(u"keyway-cookie-key"_s), 200, u"cookie API key"_s,
         u"keyway-cookie-key"_s},
        {u"GET /apikey/query"_s, u"apiKeyQuery"_s, SchemeCredential::fromApiKey(u"wrong query key / with spaces"_s), 401,
         u"wrong query API key"_s, u"wrong query key / with spaces"_s},
        {u"GET /basic"_s, u"httpBasic"_s, SchemeCredential::fromUserPassword(u"keyway"_s, u"basic-secret"_s), 200, u"basic password"_s,
         u"basic-secret"_s},
        {u"GET /bearer"_s, u"httpBearer"_s, SchemeCredential::fromBearerToken(m_bearerToken), 200, u"bearer token"_s, m_bearerToken},
        {u"GET /bearer"_s, u"httpBearer"_s, SchemeCredential::fromBearerToken(u"not-a-valid-bearer-token-123"_s), 401,
         u"invalid bearer token"_s, u"not-a-valid-bearer-token-123"_s},
        {u"GET /password/me"_s, u"passwordOAuth2"_s, SchemeCredential::fromBearerToken(m_passwordToken), 200, u"password grant token"_s,
         m_passwordToken},
    };
    for (const Case &c : cases) {
        MemoryCredentialSource creds;
        creds.set(c.scheme, c.credential);
        const request::RequestOutcome outcome = send(c.operation, creds);
        QVERIFY2(outcome.httpStatus == c.status, qPrintable(c.operation + u": "_s + outcome.summary()));
        m_currentKind = c.kind;
        addSecret(c.secret);
    }
    m_currentKind = u"basic user:password"_s;
    addSecret(QByteArray("keyway:basic-secret"));
}

// Exports --------------------------------------------------------------------------------------------------------

void TestRedaction::wholeTimelineHar()
{
    QVERIFY(m_secrets.size() >= 25);
    HarExporter exporter;
    const auto har = exporter.exportExchanges(m_timeline.exchanges());
    QVERIFY2(har.ok(), har.ok() ? "" : qPrintable(har.error().message));
    assertNoSecrets(har->json, "the HAR of the whole timeline");
    QCOMPARE(har->entryCount, int(m_timeline.exchanges().size()));
    QVERIFY(har->redactionCount >= m_secrets.size());
    QVERIFY(har->tokenCount >= 8);

    // The non-secret parts are all there.
    const QByteArray &json = har->json;
    QVERIFY(json.contains(m_meta.tokenEndpoint.toString().toUtf8()));
    QVERIFY(json.contains(m_resource.url(u"/apikey/header"_s).toString().toUtf8()));
    QVERIFY(json.contains("/apikey/query?api_key=REDACTED-"));
    QVERIFY(json.contains("\"name\": \"X-API-Key\""));
    QVERIFY(json.contains("keyway_key=REDACTED-"));
    QVERIFY(json.contains("Basic REDACTED-"));
    QVERIFY(json.contains("Bearer REDACTED-"));
    QVERIFY(json.contains("code_verifier=REDACTED-"));
    QVERIFY(json.contains("grant_type=client_credentials"));
    QVERIFY(json.contains("client_id=keyway-post"));
    QVERIFY(json.contains("username=alice"));
    QVERIFY(json.contains("\"status\": 401"));
    QVERIFY(json.contains("\"status\": 400"));
    QVERIFY(json.contains("invalid_grant"));
    QVERIFY(json.contains("Token request (client credentials)"));

    // Decoded claims of the JWT access tokens and ID tokens, with the claim names.
    const auto log = HarReader::parse(json);
    QVERIFY2(log.ok(), log.ok() ? "" : qPrintable(log.error().message));
    QSet<QString> claimNames;
    int idTokens = 0;
    for (const HarEntry &entry : log->entries) {
        for (const HarToken &token : entry.tokens) {
            QVERIFY(token.marker.startsWith(u"REDACTED-"_s));
            if (!token.decoded)
                continue;
            const QStringList keys = token.claims.keys();
            for (const QString &k : keys)
                claimNames.insert(k);
            if (token.claims.value(u"aud"_s).toString().startsWith(u"keyway-"_s)) // an ID token: its audience is the client
                ++idTokens;
        }
    }
    for (const char *name : {"iss", "sub", "aud", "exp", "iat", "scope", "client_id"})
        QVERIFY2(claimNames.contains(QLatin1StringView(name)), name);
    QVERIFY(idTokens >= 3); // code flow, device flow, refresh
    QCOMPARE(log->entries.size(), har->entryCount);
}

void TestRedaction::eachFlowAndSelection()
{
    QVERIFY(m_flowIds.size() >= 5);
    for (const QString &flowId : std::as_const(m_flowIds)) {
        const QList<net::Exchange> exchanges = HarExporter::selectFlow(m_timeline, flowId);
        QVERIFY(!exchanges.isEmpty());
        HarExporter exporter;
        const auto har = exporter.exportExchanges(exchanges);
        QVERIFY2(har.ok(), har.ok() ? "" : qPrintable(har.error().message));
        assertNoSecrets(har->json, qPrintable(u"the HAR of "_s + flowId));
        QCOMPARE(har->entryCount, exchanges.size());
    }
    // The code flow alone: the browser step with the code in its callback, the token request, the same marker
    // for the access token in the token response wherever else it appears in the flow.
    const QString codeFlow = m_flowIds.at(2); // clientCredentials ran twice (two rows), then the code flow
    const QList<net::Exchange> flow = HarExporter::selectFlow(m_timeline, codeFlow);
    HarExporter exporter(HarExportOptions{QByteArray(32, 'k')});
    const auto har = exporter.exportExchanges(flow);
    QVERIFY(har.ok());
    QVERIFY(har->json.contains("code_verifier=REDACTED-"));
    QVERIFY(har->json.contains("code=REDACTED-"));
    QVERIFY(har->json.contains("code_challenge")); // derived from the verifier, kept

    // A selection across flows: the resource requests only.
    QList<quint64> ids;
    for (const net::Exchange &e : m_timeline.exchanges()) {
        if (e.url.port() == m_resource.origin().port() && e.url.path() != u"/token")
            ids.append(e.id);
    }
    QVERIFY(ids.size() >= 8);
    HarExporter selection;
    const auto picked = selection.exportExchanges(HarExporter::selectIds(m_timeline, ids));
    QVERIFY(picked.ok());
    QCOMPARE(picked->entryCount, ids.size());
    assertNoSecrets(picked->json, "the HAR of the selected resource requests");
}

void TestRedaction::bundle()
{
    WorkspaceSnapshot workspace;
    workspace.apiId = u"0123456789abcdef"_s;
    workspace.title = m_doc->title;
    workspace.source = u"url:"_s + m_resource.url(u"/openapi.json"_s).toString();
    workspace.serverTemplate = m_resource.origin().toString();
    workspace.profiles = {u"default"_s};
    workspace.currentProfile = u"default"_s;
    storage::SchemeSettings settings;
    settings.flow = u"clientCredentials"_s;
    settings.clientId = u"keyway-confidential"_s;
    settings.authMethod = u"client_secret_basic"_s;
    settings.scopes = {u"read:items"_s};
    settings.issuer = m_op.issuer().toString();
    workspace.schemes = {{u"opOAuth2"_s, settings}};

    BundleInput input;
    input.exchanges = m_timeline.exchanges();
    input.workspace = workspace;
    input.diagnoses = {{QString(), u"Sign-in failed"_s, u"The client secret is wrong (diagnosis shown to the user)."_s}};
    const auto out = BundleWriter::write(input);
    QVERIFY2(out.ok(), out.ok() ? "" : qPrintable(out.error().message));
    assertNoSecrets(out->bytes, "the bundle");

    const auto read = BundleReader::parse(out->bytes);
    QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
    QCOMPARE(read->har.entries.size(), m_timeline.exchanges().size());
    QVERIFY(read->workspace.has_value());
    QCOMPARE(read->workspace->schemes.at(0).second.clientId, u"keyway-confidential"_s);
    QCOMPARE(read->versions.qtRuntime, QString::fromLatin1(qVersion()));
    // The caller's diagnosis and one per failed exchange (the wrong client secrets, the wrong password, the stale
    // refresh token, the refused resource requests).
    QVERIFY(read->diagnoses.size() >= 7);
    bool invalidClient = false;
    for (const FlowDiagnosis &d : read->diagnoses)
        invalidClient = invalidClient || d.text.contains(u"invalid_client"_s);
    QVERIFY(invalidClient);
}

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
