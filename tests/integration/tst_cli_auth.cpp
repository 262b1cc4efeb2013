// keyway-cli authorize / discover / forget, run as the real executable against the real peers (oidc-provider, the
// FastAPI resource server) with the real Secret Service (a throwaway gnome-keyring, tests/common/KeyringSession.h).
// Exit statuses, the summary, --json and where the secrets went are the contract (issue 3 and 4).

#include "../common/KeyringSession.h"
#include "../common/PeerProcess.h"
#include "OAuthTestSupport.h"

#include "auth/CredentialManager.h"
#include "net/HttpClient.h"
#include "openapi/DocumentLoader.h"
#include "storage/CredentialStore.h"
#include "storage/KeychainSecretStore.h"
#include "storage/SecretScan.h"
#include "storage/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTest>

#include <memory>

using namespace keyway;
using keyway::auth::CredentialManager;
using keyway::test::KeyringSession;
using keyway::test::PeerProcess;

namespace {

constexpr int kRunLimitMs = 120000;
constexpr int kWaitMs = 30000;

const QString kConfidentialSecret = QStringLiteral("keyway-confidential-secret");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString describe() const
    {
        return QStringLiteral("exit %1\n--- stdout\n%2\n--- stderr\n%3").arg(exitCode).arg(QString::fromUtf8(out), QString::fromUtf8(err));
    }
};

} // namespace

class TestCliAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void usageErrors_data();
    void usageErrors();
    void badDocumentExitsTwo();
    void discoverText();
    void discoverJson();
    void discoverFailures();
    void clientCredentialsStoresWithoutPrinting();
    void printTokenJsonThenForget();
    void wrongSecretExitsThree();
    void passwordFlow();
    void refreshWithoutTokensExitsThree();
    void staticSchemes();
    void keychainUnavailableKeepsInMemory();

private:
    Run run(const QStringList &args, const QList<QPair<QString, QString>> &env = {}, const KeyringSession *session = nullptr) const;
    QString documentUrl() const { return m_resource.url(QStringLiteral("/openapi.json")).toString(); }
    // Reads what keyway-cli stored, in this process, as a later Keyway window would: new objects on the same
    // workspace file and keychain.
    struct Reader
    {
        explicit Reader(const QString &file)
            : settings(file, QSettings::IniFormat),
              workspace(&settings),
              credentials(&keychain, &workspace),
              manager(&http, &credentials, &workspace)
        { }
        QSettings settings;
        storage::Workspace workspace;
        storage::KeychainSecretStore keychain;
        storage::CredentialStore credentials;
        net::HttpClient http;
        CredentialManager manager;
    };
    std::unique_ptr<Reader> read();

    std::unique_ptr<KeyringSession> m_keyring;
    PeerProcess m_op;
    PeerProcess m_resource;
    net::HttpClient m_http;
    openapi::DocumentPtr m_document;
};

void TestCliAuth::initTestCase()
{
    m_keyring = std::make_unique<KeyringSession>(KeyringSession::Mode::Unlocked);
    if (const QString error = m_keyring->start(); !error.isEmpty())
        QFAIL(qPrintable(error));
    m_keyring->applyToThisProcess();
    if (const QString error = m_op.startOpenIdProvider(); !error.isEmpty())
        QFAIL(qPrintable(error));
    if (const QString error = m_resource.startResourceServer(m_op.issuer()); !error.isEmpty())
        QFAIL(qPrintable(error));
    const auto answer = test::callJson(m_http, "GET", QUrl(documentUrl()));
    QCOMPARE(answer.status, 200);
    auto loaded = openapi::loadDocumentBytes(answer.body, QUrl(documentUrl()), documentUrl());
    QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().toString()));
    m_document = loaded.value();
}

void TestCliAuth::cleanupTestCase()
{
    m_resource.stop();
    m_op.stop();
    m_keyring.reset();
}

void TestCliAuth::cleanup()
{
    m_op.printLogIfFailed();
    m_resource.printLogIfFailed();
}

Run TestCliAuth::run(const QStringList &args, const QList<QPair<QString, QString>> &env, const KeyringSession *session) const
{
    QProcess p;
    QProcessEnvironment environment = (session ? session : m_keyring.get())->environment();
    for (const auto &[name, value] : env)
        environment.insert(name, value);
    p.setProcessEnvironment(environment);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(QStringLiteral(KEYWAY_CLI_PATH), args);
    if (!p.waitForFinished(kRunLimitMs)) {
        p.kill(); // our own child, by its pid
        p.waitForFinished(5000);
        return {};
    }
    return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

std::unique_ptr<TestCliAuth::Reader> TestCliAuth::read()
{
    auto reader = std::make_unique<Reader>(m_keyring->workspaceFile());
    reader->manager.setDocument(m_document);
    if (!test::waitUntil([&] { return !reader->manager.isLoading(); }, kWaitMs))
        return {};
    return reader;
}

// ---------------------------------------------------------------------------------------------------------------------

void TestCliAuth::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString doc = QStringLiteral("DOC");
    QTest::newRow("no document") << QStringList{QStringLiteral("authorize"), QStringLiteral("--scheme"), QStringLiteral("x")}
                                 << QStringLiteral("document");
    QTest::newRow("no scheme") << QStringList{QStringLiteral("authorize"), doc} << QStringLiteral("--scheme");
    QTest::newRow("secret on the command line") << QStringList{
        QStringLiteral("authorize"), doc, QStringLiteral("--scheme"), QStringLiteral("opOAuth2"), QStringLiteral("--client-secret"),
        QStringLiteral("s3cret")} << QStringLiteral("never taken from the command line");
    QTest::newRow("unknown flow") << QStringList{
        QStringLiteral("authorize"), doc, QStringLiteral("--scheme"), QStringLiteral("opOAuth2"), QStringLiteral("--flow"),
        QStringLiteral("magic")} << QStringLiteral("unknown flow");
    QTest::newRow("bad --param") << QStringList{QStringLiteral("authorize"), doc,
                                                QStringLiteral("--scheme"),  QStringLiteral("opOAuth2"),
                                                QStringLiteral("--param"),   QStringLiteral("novalue")}
                                 << QStringLiteral("KEY=VALUE");
    QTest::newRow("unset environment variable") << QStringList{QStringLiteral("authorize"),    doc,
                                                               QStringLiteral("--scheme"),     QStringLiteral("apiKeyHeader"),
                                                               QStringLiteral("--secret-env"), QStringLiteral("KEYWAY_TEST_NOT_SET")}
                                                << QStringLiteral("KEYWAY_TEST_NOT_SET is not set");
    QTest::newRow("unknown scheme") << QStringList{QStringLiteral("authorize"), doc, QStringLiteral("--scheme"), QStringLiteral("nope")}
                                    << QStringLiteral("no security scheme named");
    QTest::newRow("flow for an apiKey") << QStringList{
        QStringLiteral("authorize"), doc, QStringLiteral("--scheme"), QStringLiteral("apiKeyHeader"), QStringLiteral("--flow"),
        QStringLiteral("password")} << QStringLiteral("apply to oauth2");
    QTest::newRow("basic without user") << QStringList{QStringLiteral("authorize"),    doc,
                                                       QStringLiteral("--scheme"),     QStringLiteral("httpBasic"),
                                                       QStringLiteral("--secret-env"), QStringLiteral("KEYWAY_TEST_SECRET")}
                                        << QStringLiteral("--username");
    QTest::newRow("several flows") << QStringList{QStringLiteral("authorize"),   doc,
                                                  QStringLiteral("--scheme"),    QStringLiteral("opOIDC"),
                                                  QStringLiteral("--client-id"), QStringLiteral("keyway-native")}
                                   << QStringLiteral("--flow");
    QTest::newRow("discover: not a URL") << QStringList{QStringLiteral("discover"), QStringLiteral("not a url")}
                                         << QStringLiteral("absolute");
    QTest::newRow("discover: nothing") << QStringList{QStringLiteral("discover")} << QStringLiteral("URL is needed");
}

void TestCliAuth::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    for (QString &arg : args) {
        if (arg == QLatin1String("DOC"))
            arg = documentUrl();
    }
    const Run r = run(args, {{QStringLiteral("KEYWAY_TEST_SECRET"), QStringLiteral("x")}});
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(message.toUtf8()), qPrintable(r.describe()));
    QVERIFY2(!r.err.contains("s3cret"), qPrintable(r.describe()));
}

void TestCliAuth::badDocumentExitsTwo()
{
    const Run r = run({QStringLiteral("authorize"), m_resource.url(QStringLiteral("/no-such-document.json")).toString(),
                       QStringLiteral("--scheme"), QStringLiteral("x")});
    QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
}

void TestCliAuth::discoverText()
{
    const QString issuer = m_op.issuer().toString();
    const Run r = run({QStringLiteral("discover"), issuer});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(QStringLiteral("Issuer: ")), qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("token_endpoint: ")));
    QVERIFY(out.contains(QStringLiteral("device_authorization_endpoint: ")));
    QVERIFY(out.contains(QStringLiteral("JWKS: ")));
    QVERIFY(out.contains(QStringLiteral("issuer: passed")));
    QVERIFY(out.contains(QStringLiteral("jwks: passed")));
    QVERIFY(out.contains(QStringLiteral("pkce: passed")));
    // A .well-known URL works as well.
    const Run wellKnown = run({QStringLiteral("discover"), m_op.url(QStringLiteral("/.well-known/openid-configuration")).toString()});
    QVERIFY2(wellKnown.exitCode == 0, qPrintable(wellKnown.describe()));
}

void TestCliAuth::discoverJson()
{
    const Run r = run({QStringLiteral("discover"), m_op.issuer().toString(), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QVERIFY2(doc.isObject(), qPrintable(error.errorString()));
    const QJsonObject o = doc.object();
    QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(QUrl(o.value(QStringLiteral("issuer")).toString()).port(), m_op.port());
    QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("openid-configuration"));
    QVERIFY(o.value(QStringLiteral("endpoints")).toObject().contains(QStringLiteral("token_endpoint")));
    QVERIFY(o.value(QStringLiteral("metadata")).toObject().contains(QStringLiteral("jwks_uri")));
    const QJsonArray keys = o.value(QStringLiteral("jwks")).toObject().value(QStringLiteral("keys")).toArray();
    QVERIFY(keys.size() >= 1);
    QVERIFY(!keys.first().toObject().value(QStringLiteral("kid")).toString().isEmpty());
    QStringList checks;
    for (const QJsonValue &check : o.value(QStringLiteral("checks")).toArray())
        checks << check.toObject().value(QStringLiteral("name")).toString() + u'='
                + check.toObject().value(QStringLiteral("status")).toString();
    QVERIFY2(checks.contains(QStringLiteral("issuer=passed")), qPrintable(checks.join(u' ')));
    QVERIFY2(checks.contains(QStringLiteral("jwks=passed")), qPrintable(checks.join(u' ')));
}

void TestCliAuth::discoverFailures()
{
    // Nothing listens on port 1.
    const Run unreachable = run({QStringLiteral("discover"), QStringLiteral("http://127.0.0.1:1")});
    QVERIFY2(unreachable.exitCode == 3, qPrintable(unreachable.describe()));
    QVERIFY(!unreachable.err.isEmpty());
    // A server that is not an authorization server.
    const Run notAnIssuer = run({QStringLiteral("discover"), m_resource.origin().toString(), QStringLiteral("--json")});
    QVERIFY2(notAnIssuer.exitCode == 3, qPrintable(notAnIssuer.describe()));
    QVERIFY(QJsonDocument::fromJson(notAnIssuer.out).isObject());
    QCOMPARE(QJsonDocument::fromJson(notAnIssuer.out).object().value(QStringLiteral("ok")).toBool(true), false);
}

void TestCliAuth::clientCredentialsStoresWithoutPrinting()
{
    const Run r = run({QStringLiteral("authorize"), documentUrl(), QStringLiteral("--scheme"), QStringLiteral("opOAuth2"),
                       QStringLiteral("--flow"), QStringLiteral("clientCredentials"), QStringLiteral("--client-id"),
                       QStringLiteral("keyway-confidential"), QStringLiteral("--client-secret-env"),
                       QStringLiteral("KEYWAY_TEST_CLIENT_SECRET"), QStringLiteral("--scope"), QStringLiteral("read:items")},
                      {{QStringLiteral("KEYWAY_TEST_CLIENT_SECRET"), kConfidentialSecret}});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(QStringLiteral("Authorized scheme \"opOAuth2\"")), qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("clientCredentials")));
    QVERIFY(out.contains(QStringLiteral("Token type:     Bearer")));
    QVERIFY(out.contains(QStringLiteral("Scopes granted: read:items")));
    QVERIFY(out.contains(QStringLiteral("Expires:        ")));
    QVERIFY(out.contains(QStringLiteral("Stored in:      the system keychain")));
    QVERIFY(!out.contains(QStringLiteral("Access token")));

    // A later Keyway finds the token; it was printed nowhere, and the workspace file holds no secret.
    auto reader = read();
    QVERIFY(reader);
    QCOMPARE(reader->manager.state(QStringLiteral("opOAuth2")), CredentialManager::State::Authorized);
    const QString token = reader->manager.tokens(QStringLiteral("opOAuth2")).accessToken;
    QVERIFY(token.count(u'.') == 2);
    QVERIFY(!r.out.contains(token.toUtf8()) && !r.err.contains(token.toUtf8()));
    QVERIFY(!r.out.contains(kConfidentialSecret.toUtf8()) && !r.err.contains(kConfidentialSecret.toUtf8()));
    QCOMPARE(reader->manager.clientConfig(QStringLiteral("opOAuth2")).clientId, QStringLiteral("keyway-confidential"));
    QVERIFY(storage::SecretScan::scanFiles({m_keyring->configHome()}, {token.toUtf8(), kConfidentialSecret.toUtf8()}).isEmpty());

    // And the refresh verb says why it cannot (client credentials give no refresh token) — with exit 3.
    const Run refresh = run({QStringLiteral("authorize"), documentUrl(), QStringLiteral("--scheme"), QStringLiteral("opOAuth2"),
                             QStringLiteral("--flow"), QStringLiteral("refresh")});
    QVERIFY2(refresh.exitCode == 3, qPrintable(refresh.describe()));
    QVERIFY2(refresh.err.contains("refresh token"), qPrintable(refresh.describe()));
}

void TestCliAuth::printTokenJsonThenForget()
{
    const Run r = run({QStringLiteral("authorize"), documentUrl(), QStringLiteral("--scheme=opOAuth2"),
                       QStringLiteral("--flow=clientCredentials"), QStringLiteral("--client-id"), QStringLiteral("keyway-confidential"),
                       QStringLiteral("--client-secret-env"), QStringLiteral("KEYWAY_TEST_CLIENT_SECRET"), QStringLiteral("--scope"),
                       QStringLiteral("read:items write:items"), QStringLiteral("--print-token"), QStringLiteral("--json")},
                      {{QStringLiteral("KEYWAY_TEST_CLIENT_SECRET"), kConfidentialSecret}});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("scheme")).toString(), QStringLiteral("opOAuth2"));
    QCOMPARE(o.value(QStringLiteral("tokenType")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(o.value(QStringLiteral("storage")).toString(), QStringLiteral("keychain"));
    QCOMPARE(o.value(QStringLiteral("persistent")).toBool(), true);
    QVERIFY(o.value(QStringLiteral("expiresIn")).toInt() > 60);
    QCOMPARE(o.value(QStringLiteral("scopes")).toArray().size(), 2);
    const QString token = o.value(QStringLiteral("accessToken")).toString();
    QCOMPARE(token.count(u'.'), 2);

    auto reader = read();
    QVERIFY(reader);
    QCOMPARE(reader->manager.tokens(QStringLiteral("opOAuth2")).accessToken, token);
    const QString apiId = reader->manager.api().id;
    reader.reset();

    // keyway-cli forget removes it: a second read (no authorize) finds nothing.
    const Run forget = run({QStringLiteral("forget"), documentUrl()});
    QVERIFY2(forget.exitCode == 0, qPrintable(forget.describe()));
    QVERIFY2(forget.out.contains("Deleted"), qPrintable(forget.describe()));
    auto after = read();
    QVERIFY(after);
    QVERIFY(after->manager.tokens(QStringLiteral("opOAuth2")).isEmpty());
    QVERIFY(after->manager.state(QStringLiteral("opOAuth2")) != CredentialManager::State::Authorized);
    QVERIFY(after->manager.clientConfig(QStringLiteral("opOAuth2")).clientSecret.isEmpty());
    for (const QString &key : m_keyring->storedKeys())
        QVERIFY2(!key.contains(apiId), qPrintable(key));
}

void TestCliAuth::wrongSecretExitsThree()
{
    const Run r
        = run({QStringLiteral("authorize"), documentUrl(), QStringLiteral("--scheme"), QStringLiteral("opOAuth2"), QStringLiteral("--flow"),
               QStringLiteral("clientCredentials"), QStringLiteral("--client-id"), QStringLiteral("keyway-confidential"),
               QStringLiteral("--client-secret-env"), QStringLiteral("KEYWAY_TEST_CLIENT_SECRET")},
              {{QStringLiteral("KEYWAY_TEST_CLIENT_SECRET"), QStringLiteral("definitely-wrong-secret")}});
    QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
    QVERIFY2(r.err.contains("invalid_client"), qPrintable(r.describe()));
    QVERIFY2(r.err.contains("Client authentication failed"), qPrintable(r.describe())); // the diagnosis
    QVERIFY(!r.out.contains("Authorized"));
    QVERIFY(!r.err.contains("definitely-wrong-secret") && !r.out.contains("definitely-wrong-secret"));
}

void TestCliAuth::passwordFlow()
{
    const Run r = run({QStringLiteral("authorize"), documentUrl(), QStringLiteral("--scheme"), QStringLiteral("passwordOAuth2"),
                       QStringLiteral("--client-id"), QStringLiteral("keyway-cli"), QStringLiteral("--username"), QStringLiteral("alice"),
                       QStringLiteral("--secret-env"), QStringLiteral("KEYWAY_TEST_PASSWORD"), QStringLiteral("--scope"),
                       QStringLiteral("read:items"), QStringLiteral("--json")},
                      {{QStringLiteral("KEYWAY_TEST_PASSWORD"), QStringLiteral("alice-password")}});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("flow")).toString(), QStringLiteral("password"));
    QCOMPARE(o.value(QStringLiteral("scopes")).toArray(), QJsonArray{QStringLiteral("read:items")});
    QVERIFY(!o.contains(QStringLiteral("accessToken")));
    QVERIFY(r.err.contains("RFC 9700")); // the advisory
    QVERIFY(!r.out.contains("alice-password") && !r.err.contains("alice-password"));

    // bob has no write:items... and a wrong password is refused by the server.
    const Run wrong = run({QStringLiteral("authorize"), documentUrl(), QStringLiteral("--scheme"), QStringLiteral("passwordOAuth2"),
                           QStringLiteral("--client-id"), QStringLiteral("keyway-cli"), QStringLiteral("--username"),
                           QStringLiteral("alice"), QStringLiteral("--secret-env"), QStringLiteral("KEYWAY_TEST_PASSWORD")},
                          {{QStringLiteral("KEYWAY_TEST_PASSWORD"), QStringLiteral("not-her-password")}});
    QVERIFY2(wrong.exitCode == 3, qPrintable(wrong.describe()));
    QVERIFY2(wrong.err.contains("invalid_grant"), qPrintable(wrong.describe()));
}

void TestCliAuth::refreshWithoutTokensExitsThree()
{
    const Run r = run({QStringLiteral("authorize"), documentUrl(), QStringLiteral("--scheme"), QStringLiteral("opOIDC"),
                       QStringLiteral("--profile"), QStringLiteral("nobody"), QStringLiteral("--flow"), QStringLiteral("refresh")});
    QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
    QVERIFY2(r.err.contains("no stored tokens"), qPrintable(r.describe()));
    // --profile chose the identity for that run only.
    auto reader = read();
    QVERIFY(reader);
    QCOMPARE(reader->manager.currentProfile(), QStringLiteral("default"));
}

void TestCliAuth::staticSchemes()
{
    const Run key
        = run({QStringLiteral("authorize"), documentUrl(), QStringLiteral("--scheme"), QStringLiteral("apiKeyHeader"),
               QStringLiteral("--secret-env"), QStringLiteral("KEYWAY_TEST_KEY"), QStringLiteral("--profile"), QStringLiteral("ci")},
              {{QStringLiteral("KEYWAY_TEST_KEY"), QStringLiteral("keyway-header-key")}});
    QVERIFY2(key.exitCode == 0, qPrintable(key.describe()));
    QVERIFY2(key.out.contains("Stored in: the system keychain"), qPrintable(key.describe()));
    QVERIFY(!key.out.contains("keyway-header-key"));
    const Run basic
        = run({QStringLiteral("authorize"), documentUrl(), QStringLiteral("--scheme"), QStringLiteral("httpBasic"),
               QStringLiteral("--username"), QStringLiteral("keyway"), QStringLiteral("--secret-env"),
               QStringLiteral("KEYWAY_TEST_PASSWORD"), QStringLiteral("--profile"), QStringLiteral("ci"), QStringLiteral("--json")},
              {{QStringLiteral("KEYWAY_TEST_PASSWORD"), QStringLiteral("basic-secret")}});
    QVERIFY2(basic.exitCode == 0, qPrintable(basic.describe()));
    QCOMPARE(QJsonDocument::fromJson(basic.out).object().value(QStringLiteral("persistent")).toBool(), true);

    auto reader = read();
    QVERIFY(reader);
    QCOMPARE(reader->manager.currentProfile(), QStringLiteral("default"));
    QVERIFY(reader->manager.staticSecret(QStringLiteral("apiKeyHeader")).isEmpty()); // stored for "ci" only
    QVERIFY(reader->manager.setProfile(QStringLiteral("ci")));
    QVERIFY(test::waitUntil([&] { return !reader->manager.isLoading(); }, kWaitMs));
    QCOMPARE(reader->manager.staticSecret(QStringLiteral("apiKeyHeader")).value, QStringLiteral("keyway-header-key"));
    QCOMPARE(reader->manager.staticSecret(QStringLiteral("httpBasic")).username, QStringLiteral("keyway"));
    QCOMPARE(reader->manager.staticSecret(QStringLiteral("httpBasic")).password, QStringLiteral("basic-secret"));
    QCOMPARE(reader->manager.state(QStringLiteral("httpBasic")), CredentialManager::State::Authorized);
    QVERIFY(reader->manager.setProfile(QStringLiteral("default")));
    reader.reset();

    const Run forget = run({QStringLiteral("forget"), documentUrl(), QStringLiteral("--profile"), QStringLiteral("ci")});
    QVERIFY2(forget.exitCode == 0, qPrintable(forget.describe()));
    QVERIFY2(forget.out.contains("Deleted 2 secrets"), qPrintable(forget.describe()));
}

void TestCliAuth::keychainUnavailableKeepsInMemory()
{
    KeyringSession dead(KeyringSession::Mode::DeadBus);
    if (const QString error = dead.start(); !error.isEmpty())
        QFAIL(qPrintable(error));
    const Run r
        = run({QStringLiteral("authorize"), documentUrl(), QStringLiteral("--scheme"), QStringLiteral("opOAuth2"), QStringLiteral("--flow"),
               QStringLiteral("clientCredentials"), QStringLiteral("--client-id"), QStringLiteral("keyway-confidential"),
               QStringLiteral("--client-secret-env"), QStringLiteral("KEYWAY_TEST_CLIENT_SECRET")},
              {{QStringLiteral("KEYWAY_TEST_CLIENT_SECRET"), kConfidentialSecret}}, &dead);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.err.contains("keychain is unavailable"), qPrintable(r.describe()));
    QVERIFY2(r.out.contains("memory only, for this process"), qPrintable(r.describe()));
    // Nothing secret reached the disk: the workspace (settings only) and the rest of that session's folders.
    QVERIFY(storage::SecretScan::scanFiles({dead.root()}, {kConfidentialSecret.toUtf8()}).isEmpty());
}

QTEST_GUILESS_MAIN(TestCliAuth)
#include "tst_cli_auth.moc"
