// The keychain leak check (issue 4): a whole Keyway session with every file it may write redirected into one
// temporary tree (HOME, XDG_CONFIG_HOME, XDG_CACHE_HOME, XDG_DATA_HOME, XDG_STATE_HOME, XDG_RUNTIME_DIR, TMPDIR)
// and a real Secret Service (a throwaway gnome-keyring on a private bus). keyway-cli signs in with every scheme
// kind — apiKey in header, query and cookie, http basic, digest and bearer, oauth2 client credentials, the password
// grant, authorization code + PKCE on an openIdConnect scheme (discovery, ID token) and a refresh — against the real
// OpenID Provider and the FastAPI resource server, and calls an endpoint with each; then the GUI's own code paths run
// in this process on the same tree (the main window opens the document and finds the credentials, requests are sent
// and kept in the history, OAuth schemes are signed out); then `keyway-cli forget` removes the rest.
//
// Afterwards every file under the tree, the output of every keyway-cli run and every log line of this process (with
// Keyway's debug logging on) is searched for every secret value used — raw, base64 and base64url at any alignment,
// percent-encoded, hex (storage::SecretScan), plus the other URL encodings a query value may take — and must hold
// none. A control plants a secret in that tree and proves the scan finds it. After forget, the Secret Service itself
// holds none of them.

#include "../common/KeyringSession.h"
#include "../common/PeerProcess.h"
#include "OAuthTestSupport.h"

#include "AuthorizeDialog.h"
#include "MainWindow.h"
#include "RecorderExportDialog.h"
#include "RequestEditor.h"
#include "RequestPanel.h"
#include "TokenInspector.h"
#include "auth/CredentialManager.h"
#include "auth/GrantFlows.h"
#include "net/HttpClient.h"
#include "net/Timeline.h"
#include "openapi/DocumentLoader.h"
#include "recorder/WorkspaceSnapshot.h"
#include "request/ManagerCredentialSource.h"
#include "request/RequestHistory.h"
#include "request/RequestModel.h"
#include "request/RequestSender.h"
#include "storage/CredentialStore.h"
#include "storage/DegradingSecretStore.h"
#include "storage/KeychainSecretStore.h"
#include "storage/SecretScan.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>
#include <optional>

#ifndef KEYWAY_CLI_PATH
#error "KEYWAY_CLI_PATH must be defined"
#endif

using namespace keyway;
using keyway::auth::CredentialManager;
using keyway::test::KeyringSession;
using keyway::test::PeerProcess;
using namespace Qt::StringLiterals;

namespace {

constexpr int kRunLimitMs = 120000;
constexpr int kWaitMs = 30000;

// Every log line of this process, for the scan (Keyway's debug categories are switched on).
QMutex g_logMutex;
QByteArray g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        if (g_log.size() < 64 * 1024 * 1024)
            g_log += QByteArray(context.category ? context.category : "default") + ": " + message.toUtf8() + '\n';
    }
    // Keyway's debug lines are only collected; the rest also goes to the test log.
    if (g_previousHandler && type != QtDebugMsg)
        g_previousHandler(type, context, message);
}

struct Run
{
    int exitCode = -2;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    // Never prints a secret: keyway-cli prints none (that is what the scan checks), and a failing check says which.
    QString describe() const
    {
        return QStringLiteral("exit %1\n--- stdout\n%2\n--- stderr\n%3").arg(exitCode).arg(QString::fromUtf8(out), QString::fromUtf8(err));
    }
};

// The test's browser for the authorization code flow: manual redirects, cookies kept, every wait bounded.
class Browser
{
public:
    struct Page
    {
        int status = 0;
        QUrl location;
        QByteArray body;
        QString error;
    };

    Page get(const QUrl &url)
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setTransferTimeout(15000);
        std::unique_ptr<QNetworkReply> reply(m_nam.get(request));
        if (!test::waitUntil([&] { return reply->isFinished(); }, 20000))
            return {0, {}, {}, QStringLiteral("no answer")};
        Page page;
        page.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        page.body = reply->readAll();
        if (reply->hasRawHeader("Location"))
            page.location = url.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
        if (page.status == 0)
            page.error = reply->errorString();
        return page;
    }

    // Follows redirects from `start` (at most 20) until one points at 127.0.0.1:`port`; returns that URL uncalled.
    std::optional<QUrl> followTo(const QUrl &start, int port, QString *why)
    {
        QUrl url = start;
        for (int hop = 0; hop < 20; ++hop) {
            if (url.host() == QLatin1String("127.0.0.1") && url.port() == port)
                return url;
            const Page page = get(url);
            if (page.status < 300 || page.status >= 400 || !page.location.isValid()) {
                *why = QStringLiteral("hop %1 (%2) answered %3 %4")
                           .arg(hop)
                           .arg(url.toDisplayString(QUrl::RemoveQuery))
                           .arg(page.status)
                           .arg(page.error);
                return std::nullopt;
            }
            url = page.location;
        }
        *why = QStringLiteral("more than 20 redirects");
        return std::nullopt;
    }

private:
    QNetworkAccessManager m_nam;
};

const QString kDocScheme = QStringLiteral("opOIDC");

} // namespace

class TestLeakCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    // In this order: the session, then the checks.
    void staticSchemesThroughCli_data();
    void staticSchemesThroughCli();
    void unusualKeyThroughCli();
    void bearerTokenThroughCli();
    void clientCredentialsThroughCli();
    void passwordGrantThroughCli();
    void authorizationCodeAndRefreshThroughCli();
    void guiSession();
    void forgetThroughCli();
    void filesWereWritten();
    void noSecretInAnyFile();
    void scanFindsAPlantedSecret_data();
    void scanFindsAPlantedSecret();
    void noSecretInAnyOutputOrLog();

private:
    QProcessEnvironment environment() const;
    Run run(const QStringList &args, const QList<QPair<QString, QString>> &env = {});
    QString doc() const { return m_resource.url(QStringLiteral("/openapi.json")).toString(); }
    void addSecret(const QString &label, const QString &value);
    QList<QByteArray> secretValues() const;
    QString describeHits(const QList<storage::SecretHit> &hits) const;
    QString secretServiceDump(QString *error) const;

    // Reads what keyway-cli stored, in this process, as a later Keyway window would.
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
    QString m_apiId;
    QList<QPair<QString, QByteArray>> m_secrets; // label (for messages), value
    QByteArray m_cliOutput; // everything every keyway-cli run printed
    int m_cliRuns = 0;
    int m_historyEntries = 0;
};

QProcessEnvironment TestLeakCheck::environment() const
{
    QProcessEnvironment env = m_keyring->environment();
    env.insert(QStringLiteral("XDG_STATE_HOME"), m_keyring->root() + QStringLiteral("/state"));
    env.insert(QStringLiteral("TMPDIR"), m_keyring->root() + QStringLiteral("/tmp"));
    // Keyway's debug lines too: a secret must not reach a log line at any level.
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("keyway.*=true"));
    return env;
}

void TestLeakCheck::initTestCase()
{
    QApplication::setOrganizationName(QStringLiteral("Keyway"));
    QApplication::setApplicationName(QStringLiteral("Keyway"));
    // The peers first, with the ordinary environment: what they write is not Keyway's and stays out of the tree.
    if (const QString e = m_op.startOpenIdProvider(); !e.isEmpty())
        QFAIL(qPrintable(e));
    if (const QString e = m_resource.startResourceServer(m_op.issuer()); !e.isEmpty())
        QFAIL(qPrintable(e));

    m_keyring = std::make_unique<KeyringSession>(KeyringSession::Mode::Unlocked);
    if (const QString error = m_keyring->start(); !error.isEmpty())
        QFAIL(qPrintable(error));
    for (const QString &dir : {QStringLiteral("/state"), QStringLiteral("/tmp")})
        QVERIFY(QDir().mkpath(m_keyring->root() + dir));
    // This process writes into the same tree: before its first QSettings, keychain job or temporary file.
    m_keyring->applyToThisProcess();
    const QProcessEnvironment env = environment();
    for (const QString &name : {QStringLiteral("XDG_STATE_HOME"), QStringLiteral("TMPDIR"), QStringLiteral("QT_LOGGING_RULES")})
        qputenv(name.toLatin1().constData(), env.value(name).toUtf8());
    QLoggingCategory::setFilterRules(QStringLiteral("keyway.*=true"));
    g_previousHandler = qInstallMessageHandler(captureMessage);

    // Every location Qt would hand Keyway lies inside the tree.
    const QString root = QDir(m_keyring->root()).canonicalPath();
    for (const auto location : {QStandardPaths::ConfigLocation, QStandardPaths::AppConfigLocation, QStandardPaths::GenericConfigLocation,
                                QStandardPaths::CacheLocation, QStandardPaths::GenericCacheLocation, QStandardPaths::AppDataLocation,
                                QStandardPaths::GenericDataLocation, QStandardPaths::AppLocalDataLocation, QStandardPaths::TempLocation,
                                QStandardPaths::RuntimeLocation, QStandardPaths::HomeLocation}) {
        const QString path = QDir(QStandardPaths::writableLocation(location)).absolutePath();
        QVERIFY2(path.startsWith(m_keyring->root()) || path.startsWith(root),
                 qPrintable(QStringLiteral("%1: %2").arg(int(location)).arg(path)));
    }
    QVERIFY2(QDir::tempPath().startsWith(m_keyring->root()) || QDir::tempPath().startsWith(root), qPrintable(QDir::tempPath()));
    QVERIFY(storage::Workspace::openDefaultSettings()->fileName().startsWith(m_keyring->root()));

    const auto answer = test::callJson(m_http, "GET", QUrl(doc()));
    QCOMPARE(answer.status, 200);
    auto loaded = openapi::loadDocumentBytes(answer.body, QUrl(doc()), doc());
    QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().toString()));
    m_document = loaded.value();
    m_apiId = storage::ApiIdentity::fromDocument(*m_document).id;
    QVERIFY(!m_apiId.isEmpty());
}

void TestLeakCheck::cleanupTestCase()
{
    qInstallMessageHandler(g_previousHandler);
    m_resource.stop();
    m_op.stop();
    m_keyring.reset();
}

void TestLeakCheck::cleanup()
{
    m_op.printLogIfFailed();
    m_resource.printLogIfFailed();
}

void TestLeakCheck::addSecret(const QString &label, const QString &value)
{
    QVERIFY2(value.size() >= storage::SecretScan::kMinimumSecretLength, qPrintable(label));
    const QByteArray bytes = value.toUtf8();
    for (const auto &known : std::as_const(m_secrets)) {
        if (known.second == bytes)
            return;
    }
    m_secrets.append({label, bytes});
    // Encodings SecretScan does not derive itself: a query value as URL writers leave it (only what must be escaped
    // is), a form value ('+' for a space), and a JSON or INI string (quotes and backslashes escaped).
    QByteArray form = QUrl::toPercentEncoding(value, " ");
    form.replace(' ', '+');
    QByteArray quoted = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    quoted = quoted.mid(2, quoted.size() - 4); // ["..."]
    const QList<std::pair<QString, QByteArray>> variants{
        {QStringLiteral(" (query value)"), QUrl::toPercentEncoding(value, "!$'()*,;:@/?")},
        {QStringLiteral(" (lenient query)"), QUrl::toPercentEncoding(value, "!$&'()*+,;=:@/?")},
        {QStringLiteral(" (form)"), form},
        {QStringLiteral(" (quoted)"), quoted},
    };
    for (const auto &[suffix, variant] : variants) {
        bool known = variant == QUrl::toPercentEncoding(value);
        for (const auto &secret : std::as_const(m_secrets))
            known = known || secret.second == variant;
        if (!known)
            m_secrets.append({label + suffix, variant});
    }
}

QList<QByteArray> TestLeakCheck::secretValues() const
{
    QList<QByteArray> values;
    for (const auto &secret : m_secrets)
        values.append(secret.second);
    return values;
}

QString TestLeakCheck::describeHits(const QList<storage::SecretHit> &hits) const
{
    QStringList lines;
    for (const storage::SecretHit &hit : hits)
        lines << QStringLiteral("%1: %2").arg(m_secrets.value(hit.secretIndex).first, hit.toString());
    return lines.join(u'\n');
}

Run TestLeakCheck::run(const QStringList &args, const QList<QPair<QString, QString>> &env)
{
    QProcess p;
    QProcessEnvironment environment = this->environment();
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
    Run r{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
    m_cliOutput += r.out + '\n' + r.err + '\n';
    ++m_cliRuns;
    return r;
}

std::unique_ptr<TestLeakCheck::Reader> TestLeakCheck::read()
{
    auto reader = std::make_unique<Reader>(m_keyring->workspaceFile());
    reader->manager.setDocument(m_document);
    if (!test::waitUntil([&] { return !reader->manager.isLoading(); }, kWaitMs))
        return {};
    return reader;
}

QString TestLeakCheck::secretServiceDump(QString *error) const
{
    // Every item of the whole Secret Service, secrets included (secret-tool prints them): read here, never printed.
    QProcess tool;
    tool.setProcessEnvironment(m_keyring->environment());
    tool.setProcessChannelMode(QProcess::MergedChannels);
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("--unlock"), QStringLiteral("server"),
                QStringLiteral("Keyway")});
    if (!tool.waitForFinished(10000)) {
        tool.kill();
        tool.waitForFinished(3000);
        *error = QStringLiteral("secret-tool did not finish");
        return {};
    }
    if (tool.exitStatus() != QProcess::NormalExit) {
        *error = QStringLiteral("secret-tool crashed");
        return {};
    }
    return QString::fromUtf8(tool.readAll());
}

// ---- The session ------------------------------------------------------------------------------------------------

void TestLeakCheck::staticSchemesThroughCli_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("operation");
    QTest::newRow("apiKey in a header") << u"apiKeyHeader"_s << QString() << u"keyway-header-key"_s << u"GET /apikey/header"_s;
    QTest::newRow("apiKey in the query") << u"apiKeyQuery"_s << QString() << u"keyway-query-key"_s << u"GET /apikey/query"_s;
    QTest::newRow("apiKey in a cookie") << u"apiKeyCookie"_s << QString() << u"keyway-cookie-key"_s << u"GET /apikey/cookie"_s;
    QTest::newRow("http basic") << u"httpBasic"_s << u"keyway"_s << u"basic-secret"_s << u"GET /basic"_s;
    QTest::newRow("http digest") << u"httpDigest"_s << u"keyway"_s << u"digest-secret"_s << u"GET /digest"_s;
}

void TestLeakCheck::staticSchemesThroughCli()
{
    QFETCH(QString, scheme);
    QFETCH(QString, username);
    QFETCH(QString, secret);
    QFETCH(QString, operation);
    addSecret(scheme, secret);
    if (!username.isEmpty()) // the basic credentials as they travel (base64 of user:password)
        addSecret(scheme + QStringLiteral(" user:password"), username + u':' + secret);
    QStringList args{QStringLiteral("authorize"),         doc(), QStringLiteral("--scheme"), scheme, QStringLiteral("--secret-env"),
                     QStringLiteral("KEYWAY_TEST_SECRET")};
    if (!username.isEmpty())
        args << QStringLiteral("--username") << username;
    const Run stored = run(args, {{QStringLiteral("KEYWAY_TEST_SECRET"), secret}});
    QVERIFY2(stored.exitCode == 0, qPrintable(stored.describe()));
    QVERIFY2(stored.out.contains("Stored in: the system keychain"), qPrintable(stored.describe()));
    const Run call = run({QStringLiteral("call"), doc(), operation, QStringLiteral("--json")});
    QVERIFY2(call.exitCode == 0, qPrintable(call.describe()));
    QCOMPARE(call.json().value(QStringLiteral("status")).toInt(), 200);
    QCOMPARE(call.json().value(QStringLiteral("schemes")).toArray(), QJsonArray{scheme});
}

void TestLeakCheck::unusualKeyThroughCli()
{
    // A key with characters that URLs, forms and JSON escape, in a profile of its own, sent in the query (the server
    // refuses it: exit 4, the request went out all the same). Percent-encoding is exercised for real here.
    const QString core = QStringLiteral("UnusualKeyCore7391");
    const QString key = core + QStringLiteral(" odd/with+plus&amp=eq%25\"quote\"\\");
    addSecret(QStringLiteral("unusual query key"), key);
    // Whatever encoding a writer chooses, the unreserved run inside it stays as it is (or base64 of it at some
    // alignment): found even in an encoding nobody listed.
    addSecret(QStringLiteral("unusual key's core"), core);
    const Run stored
        = run({QStringLiteral("authorize"), doc(), QStringLiteral("--scheme"), QStringLiteral("apiKeyQuery"), QStringLiteral("--profile"),
               QStringLiteral("odd"), QStringLiteral("--secret-env"), QStringLiteral("KEYWAY_TEST_SECRET")},
              {{QStringLiteral("KEYWAY_TEST_SECRET"), key}});
    QVERIFY2(stored.exitCode == 0, qPrintable(stored.describe()));
    const Run call = run({QStringLiteral("call"), doc(), QStringLiteral("GET /apikey/query"), QStringLiteral("--profile"),
                          QStringLiteral("odd"), QStringLiteral("--json")});
    QVERIFY2(call.exitCode == 4, qPrintable(call.describe()));
    QCOMPARE(call.json().value(QStringLiteral("status")).toInt(), 401);
    QVERIFY(call.json().value(QStringLiteral("url")).toString().contains(QLatin1String("api_key=REDACTED")));
}

void TestLeakCheck::bearerTokenThroughCli()
{
    // A static bearer token: a JWT of the provider, obtained here (client_secret_post client) and typed into Keyway.
    QString why;
    const auto discovery = test::discover(m_http, m_op.issuer(), &why);
    QVERIFY2(discovery, qPrintable(why));
    auth::ClientConfig client = test::confidentialClient(auth::ClientAuthMethod::ClientSecretPost);
    client.scopes = {QStringLiteral("read:items")};
    auth::ClientCredentialsFlow flow(&m_http, discovery->metadata, client);
    QVERIFY(test::runFlow(flow));
    QCOMPARE(flow.state(), auth::AuthFlow::State::Succeeded);
    const QString token = flow.tokens().accessToken;
    QCOMPARE(token.count(u'.'), 2);
    addSecret(QStringLiteral("static bearer token"), token);

    const Run stored = run({QStringLiteral("authorize"), doc(), QStringLiteral("--scheme"), QStringLiteral("httpBearer"),
                            QStringLiteral("--secret-env"), QStringLiteral("KEYWAY_TEST_SECRET")},
                           {{QStringLiteral("KEYWAY_TEST_SECRET"), token}});
    QVERIFY2(stored.exitCode == 0, qPrintable(stored.describe()));
    const Run call = run({QStringLiteral("call"), doc(), QStringLiteral("GET /bearer"), QStringLiteral("--json")});
    QVERIFY2(call.exitCode == 0, qPrintable(call.describe()));
    QCOMPARE(call.json().value(QStringLiteral("status")).toInt(), 200);
}

void TestLeakCheck::clientCredentialsThroughCli()
{
    const QString clientSecret = QStringLiteral("keyway-confidential-secret");
    addSecret(QStringLiteral("client secret"), clientSecret);
    const Run stored
        = run({QStringLiteral("authorize"), doc(), QStringLiteral("--scheme"), QStringLiteral("opOAuth2"), QStringLiteral("--flow"),
               QStringLiteral("clientCredentials"), QStringLiteral("--client-id"), QStringLiteral("keyway-confidential"),
               QStringLiteral("--client-secret-env"), QStringLiteral("KEYWAY_TEST_SECRET"), QStringLiteral("--scope"),
               QStringLiteral("read:items write:items"), QStringLiteral("--json")},
              {{QStringLiteral("KEYWAY_TEST_SECRET"), clientSecret}});
    QVERIFY2(stored.exitCode == 0, qPrintable(stored.describe()));
    QCOMPARE(stored.json().value(QStringLiteral("storage")).toString(), QStringLiteral("keychain"));
    const Run call = run({QStringLiteral("call"), doc(), QStringLiteral("GET /items"), QStringLiteral("--json")});
    QVERIFY2(call.exitCode == 0, qPrintable(call.describe()));

    auto reader = read();
    QVERIFY(reader);
    const auth::TokenSet tokens = reader->manager.tokens(QStringLiteral("opOAuth2"));
    QVERIFY(!tokens.isEmpty());
    addSecret(QStringLiteral("opOAuth2 access token"), tokens.accessToken);
    QCOMPARE(reader->manager.clientConfig(QStringLiteral("opOAuth2")).clientSecret, clientSecret);
}

void TestLeakCheck::passwordGrantThroughCli()
{
    const QString password = QStringLiteral("alice-password");
    addSecret(QStringLiteral("alice's password"), password);
    const Run stored = run({QStringLiteral("authorize"), doc(), QStringLiteral("--scheme"), QStringLiteral("passwordOAuth2"),
                            QStringLiteral("--client-id"), QStringLiteral("keyway-cli"), QStringLiteral("--username"),
                            QStringLiteral("alice"), QStringLiteral("--secret-env"), QStringLiteral("KEYWAY_TEST_SECRET"),
                            QStringLiteral("--scope"), QStringLiteral("read:items"), QStringLiteral("--json")},
                           {{QStringLiteral("KEYWAY_TEST_SECRET"), password}});
    QVERIFY2(stored.exitCode == 0, qPrintable(stored.describe()));
    const Run call = run({QStringLiteral("call"), doc(), QStringLiteral("GET /password/items"), QStringLiteral("--json")});
    QVERIFY2(call.exitCode == 0, qPrintable(call.describe()));

    auto reader = read();
    QVERIFY(reader);
    const auth::TokenSet tokens = reader->manager.tokens(QStringLiteral("passwordOAuth2"));
    QVERIFY(!tokens.isEmpty());
    addSecret(QStringLiteral("password-grant access token"), tokens.accessToken);
    if (!tokens.refreshToken.isEmpty())
        addSecret(QStringLiteral("password-grant refresh token"), tokens.refreshToken);
}

void TestLeakCheck::authorizationCodeAndRefreshThroughCli()
{
    // keyway-cli prints the URL to open and waits for the loopback callback; this test is the browser.
    QProcess cli;
    cli.setProcessEnvironment(environment());
    cli.setStandardInputFile(QProcess::nullDevice());
    cli.start(QStringLiteral(KEYWAY_CLI_PATH),
              {QStringLiteral("authorize"), doc(), QStringLiteral("--scheme"), kDocScheme, QStringLiteral("--flow"),
               QStringLiteral("authorizationCode"), QStringLiteral("--client-id"), QStringLiteral("keyway-native"),
               QStringLiteral("--scope"), QStringLiteral("openid offline_access read:items")});
    QVERIFY(cli.waitForStarted(10000));
    QByteArray out;
    QUrl authorizationUrl;
    const QByteArray prompt = "Open this URL in a browser to sign in:\n";
    const bool prompted = test::waitUntil(
        [&] {
            out += cli.readAllStandardOutput();
            const qsizetype at = out.indexOf(prompt);
            if (at >= 0 && out.indexOf('\n', at + prompt.size()) > 0) {
                const qsizetype start = at + prompt.size();
                authorizationUrl = QUrl::fromEncoded(out.mid(start, out.indexOf('\n', start) - start).trimmed());
                return true;
            }
            return cli.state() != QProcess::Running;
        },
        kWaitMs);
    QVERIFY2(prompted && authorizationUrl.isValid(), out.constData());
    const QUrl redirect(QUrlQuery(authorizationUrl).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));

    Browser browser;
    QString why;
    const auto callback = browser.followTo(authorizationUrl, redirect.port(), &why);
    QVERIFY2(callback, qPrintable(why));
    const QString code = QUrlQuery(*callback).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    QVERIFY(!code.isEmpty());
    addSecret(QStringLiteral("authorization code"), code);
    const Browser::Page page = browser.get(*callback);
    QCOMPARE(page.status, 200);
    QVERIFY(test::waitUntil([&] { return cli.state() == QProcess::NotRunning; }, kRunLimitMs));
    out += cli.readAllStandardOutput();
    const QByteArray err = cli.readAllStandardError();
    m_cliOutput += out + '\n' + err + '\n';
    ++m_cliRuns;
    QVERIFY2(cli.exitStatus() == QProcess::NormalExit && cli.exitCode() == 0, (out + err).constData());
    QVERIFY2(out.contains("ID token:       valid"), out.constData());
    QVERIFY2(out.contains("Stored in:      the system keychain"), out.constData());

    auto reader = read();
    QVERIFY(reader);
    const auth::TokenSet first = reader->manager.tokens(kDocScheme);
    QVERIFY(!first.accessToken.isEmpty() && !first.refreshToken.isEmpty() && !first.idToken.isEmpty());
    addSecret(QStringLiteral("code-flow access token"), first.accessToken);
    addSecret(QStringLiteral("code-flow refresh token"), first.refreshToken);
    addSecret(QStringLiteral("code-flow ID token"), first.idToken);
    reader.reset();

    const Run call = run({QStringLiteral("call"), doc(), QStringLiteral("GET /oidc/me"), QStringLiteral("--json")});
    QVERIFY2(call.exitCode == 0, qPrintable(call.describe()));

    const Run refresh = run({QStringLiteral("authorize"), doc(), QStringLiteral("--scheme"), kDocScheme, QStringLiteral("--flow"),
                             QStringLiteral("refresh"), QStringLiteral("--json")});
    QVERIFY2(refresh.exitCode == 0, qPrintable(refresh.describe()));
    auto after = read();
    QVERIFY(after);
    const auth::TokenSet second = after->manager.tokens(kDocScheme);
    QVERIFY(!second.accessToken.isEmpty());
    QVERIFY(second.accessToken != first.accessToken);
    addSecret(QStringLiteral("refreshed access token"), second.accessToken);
    if (!second.refreshToken.isEmpty())
        addSecret(QStringLiteral("rotated refresh token"), second.refreshToken);
    if (!second.idToken.isEmpty())
        addSecret(QStringLiteral("refreshed ID token"), second.idToken);
    after.reset();
    const Run again = run({QStringLiteral("call"), doc(), QStringLiteral("GET /oidc/me"), QStringLiteral("--json")});
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
}

void TestLeakCheck::guiSession()
{
    // The GUI's wiring (app/main.cpp) in this process, on the same tree and keychain.
    QSettings settings; // Keyway/Keyway.conf in XDG_CONFIG_HOME
    QVERIFY2(settings.fileName().startsWith(m_keyring->root()), qPrintable(settings.fileName()));
    std::unique_ptr<QSettings> workspaceSettings = storage::Workspace::openDefaultSettings();
    net::Timeline timeline;
    net::HttpClient http;
    http.setTimeline(&timeline);
    storage::Workspace workspace(workspaceSettings.get());
    storage::KeychainSecretStore keychain;
    storage::DegradingSecretStore secrets(&keychain);
    secrets.start();
    storage::CredentialStore credentialStore(&secrets, &workspace);
    CredentialManager credentials(&http, &credentialStore, &workspace);
    {
        ui::MainWindow window(&settings, &http, &timeline, &credentials);
        window.show();
        QSignalSpy loaded(&window, &ui::MainWindow::documentLoaded);
        window.openInput(doc());
        QVERIFY(loaded.wait(kWaitMs) || loaded.count() > 0);
        QVERIFY(test::waitUntil([&] { return !credentials.isLoading(); }, kWaitMs));
        QVERIFY(credentials.isKeychainPersistent());
        // The window found what keyway-cli stored.
        for (const QString &scheme : {QStringLiteral("apiKeyHeader"), QStringLiteral("httpBasic"), QStringLiteral("httpBearer"),
                                      QStringLiteral("opOAuth2"), QStringLiteral("passwordOAuth2"), kDocScheme})
            QVERIFY2(credentials.state(scheme) == CredentialManager::State::Authorized, qPrintable(scheme));

        window.setTimelineVisible(true);
        QVERIFY(window.selectOperation(QStringLiteral("GET /items")));
        QVERIFY(window.showScheme(kDocScheme));
        QVERIFY(window.openAuthorize(kDocScheme));
        QVERIFY(window.openTokenInspector(kDocScheme, true));

        // Requests as the request editor sends them, each kept in the history (saved in the application settings).
        request::SettingsHistoryStorage historyStorage(&settings);
        request::RequestHistory history(&historyStorage, credentials.api().id);
        request::ManagerCredentialSource source(&credentials);
        request::RequestSender sender(&http);
        sender.setRefresher(request::ManagerCredentialSource::refresher(&credentials));
        for (const QString &operation :
             {QStringLiteral("GET /apikey/header"), QStringLiteral("GET /apikey/query"), QStringLiteral("GET /apikey/cookie"),
              QStringLiteral("GET /basic"), QStringLiteral("GET /digest"), QStringLiteral("GET /bearer"), QStringLiteral("GET /items"),
              QStringLiteral("GET /password/items"), QStringLiteral("GET /oidc/me"), QStringLiteral("GET /combined")}) {
            const openapi::Operation *op = request::findOperation(*window.document(), operation);
            QVERIFY2(op, qPrintable(operation));
            request::RequestJob job;
            job.document = window.document();
            job.model = request::buildRequestModel(*window.document(), *op);
            job.credentials = &source;
            std::optional<request::RequestOutcome> outcome;
            sender.send(job, [&](const request::RequestOutcome &o) { outcome = o; });
            QVERIFY2(test::waitUntil([&] { return outcome.has_value(); }, kWaitMs), qPrintable(operation));
            QVERIFY2(outcome->isHttpSuccess(), qPrintable(operation + QStringLiteral(": ") + outcome->summary()));
            QVERIFY(outcome->request);
            history.add(
                request::RequestHistory::entryFor(job.model.displayName, *outcome->request, outcome->httpStatus, outcome->elapsedMs));
            ++m_historyEntries;
        }
        QVERIFY(!timeline.exchanges().isEmpty());

        // The request editor itself: sends through the Request page (kept in its history), an edit with a secret typed
        // into a header autosaved (without it), and the whole timeline exported as HAR and as a bundle into the tree.
        window.showPage(ui::MainWindow::Page::Request);
        for (const QString &operation : {QStringLiteral("GET /apikey/query"), QStringLiteral("GET /basic"), QStringLiteral("GET /items")}) {
            QVERIFY2(window.selectOperation(operation), qPrintable(operation));
            QVERIFY(test::waitUntil([&] { return window.requestPanel()->editor()->hasOperation(); }, kWaitMs));
            QSignalSpy finished(window.requestPanel(), &ui::RequestPanel::finished);
            window.requestPanel()->send();
            QVERIFY(finished.count() > 0 || finished.wait(kWaitMs));
            const std::optional<request::RequestOutcome> &outcome = window.requestPanel()->lastOutcome();
            QVERIFY2(outcome && outcome->isHttpSuccess(), qPrintable(operation + (outcome ? outcome->summary() : QString())));
            ++m_historyEntries;
        }
        auto *extraHeaders = window.requestPanel()->editor()->findChild<QPlainTextEdit *>(QStringLiteral("extraHeadersEdit"));
        QVERIFY(extraHeaders);
        extraHeaders->setPlainText(QStringLiteral("X-Trace: 1\nAuthorization: Basic ")
                                   + QString::fromLatin1(QByteArrayLiteral("keyway:basic-secret").toBase64()));
        window.autosaveNow();
        QVERIFY(settings.contains(QStringLiteral("autosave/request")));
        {
            // The autosave is gone after a normal close, so it is searched now, while it is on disk.
            QFile saved(settings.fileName());
            QVERIFY(saved.open(QIODevice::ReadOnly));
            const QByteArray bytes = saved.readAll();
            QVERIFY(bytes.contains("X-Trace"));
            const auto autosaveHits = storage::SecretScan::scan(bytes, secretValues());
            QVERIFY2(autosaveHits.isEmpty(), qPrintable(describeHits(autosaveHits)));
        }
        QList<quint64> everything;
        for (const net::Exchange &exchange : timeline.exchanges())
            everything.append(exchange.id);
        ui::RecorderExportDialog exporter(&timeline);
        exporter.setSelection(everything);
        exporter.setWholeFlow(false);
        exporter.setWorkspace(recorder::WorkspaceSnapshot::capture(workspace, credentials.api().id));
        exporter.setFormat(ui::RecorderExportDialog::Format::Har);
        const QString harPath = QDir(m_keyring->root()).filePath(QStringLiteral("exports/session.har"));
        QVERIFY(QDir().mkpath(QFileInfo(harPath).absolutePath()));
        const Result<bool> harSaved = exporter.saveTo(harPath);
        QVERIFY2(harSaved, qPrintable(harSaved ? QString() : harSaved.error().message));
        exporter.setFormat(ui::RecorderExportDialog::Format::Bundle);
        const Result<bool> bundleSaved = exporter.saveTo(QDir(m_keyring->root()).filePath(QStringLiteral("exports/session.keyway-bundle")));
        QVERIFY2(bundleSaved, qPrintable(bundleSaved ? QString() : bundleSaved.error().message));
        QVERIFY(QFileInfo(harPath).size() > 1000);

        // Sign out (what the Authorize dialog's button does) of every OAuth scheme: revocation where the server
        // offers it, then deletion of the scheme's secrets.
        for (const QString &scheme : {kDocScheme, QStringLiteral("opOAuth2"), QStringLiteral("passwordOAuth2")}) {
            std::optional<auth::SignOutReport> report;
            credentials.signOut(scheme, [&](const auth::SignOutReport &r) { report = r; });
            QVERIFY2(test::waitUntil([&] { return report.has_value(); }, kWaitMs), qPrintable(scheme));
            QVERIFY2(report->forget.ok(), qPrintable(report->summary()));
            QVERIFY2(!report->forget.deleted.isEmpty(), qPrintable(report->summary()));
            QVERIFY(credentials.tokens(scheme).isEmpty());
        }
        window.close(); // saves the window state
    }
    settings.sync();
    workspace.sync();
    QCOMPARE(settings.status(), QSettings::NoError);
}

void TestLeakCheck::forgetThroughCli()
{
    // Before: the Secret Service holds Keyway's secrets (so the check after means something).
    QString error;
    const QString before = secretServiceDump(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(!storage::SecretScan::scan(before.toUtf8(), secretValues()).isEmpty(), "the keychain held none of the secrets before forget");
    QVERIFY(!m_keyring->storedKeys().isEmpty());

    const Run forget = run({QStringLiteral("forget"), doc()});
    QVERIFY2(forget.exitCode == 0, qPrintable(forget.describe()));
    QVERIFY2(forget.out.contains("Deleted"), qPrintable(forget.describe()));

    // After: no item of this API is left, and no secret value anywhere in the Secret Service.
    const QStringList keys = m_keyring->storedKeys();
    for (const QString &key : keys)
        QVERIFY2(!key.contains(m_apiId), qPrintable(key));
    const QString after = secretServiceDump(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto hits = storage::SecretScan::scan(after.toUtf8(), secretValues());
    QVERIFY2(hits.isEmpty(), qPrintable(describeHits(hits)));
    // A later Keyway finds nothing.
    auto reader = read();
    QVERIFY(reader);
    for (const QString &scheme : reader->manager.schemeNames()) {
        QVERIFY2(reader->manager.tokens(scheme).isEmpty(), qPrintable(scheme));
        QVERIFY2(reader->manager.staticSecret(scheme).isEmpty(), qPrintable(scheme));
    }
}

// ---- The checks -------------------------------------------------------------------------------------------------

void TestLeakCheck::filesWereWritten()
{
    // Not vacuous: the session did write its workspace, settings and history into the tree.
    QSettings workspace(m_keyring->workspaceFile(), QSettings::IniFormat);
    QVERIFY2(QFileInfo(m_keyring->workspaceFile()).size() > 0, qPrintable(m_keyring->workspaceFile()));
    QVERIFY(!workspace.allKeys().isEmpty());
    QVERIFY2(workspace.allKeys().join(u'\n').contains(QStringLiteral("opOAuth2")), qPrintable(workspace.allKeys().join(u'\n')));
    QSettings settings;
    QVERIFY(QFileInfo(settings.fileName()).size() > 0);
    request::SettingsHistoryStorage storage(&settings);
    request::RequestHistory history(&storage, m_apiId);
    int entries = 0;
    for (const QString &operation : history.operations())
        entries += int(history.entries(operation).size());
    QVERIFY(m_historyEntries >= 10);
    QCOMPARE(entries, m_historyEntries);
    QVERIFY(settings.contains(QStringLiteral("mainWindow/geometry")) || !settings.childGroups().isEmpty());
    QVERIFY(m_cliRuns >= 20);
    QVERIFY(QFileInfo(QDir(m_keyring->root()).filePath(QStringLiteral("exports/session.har"))).size() > 1000);
    QVERIFY(QFileInfo(QDir(m_keyring->root()).filePath(QStringLiteral("exports/session.keyway-bundle"))).size() > 1000);
    QVERIFY(m_secrets.size() >= 15);
}

void TestLeakCheck::noSecretInAnyFile()
{
    QStringList files;
    QDirIterator it(m_keyring->root(), QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(m_keyring->root()).relativeFilePath(it.next());
    qInfo("%lld files under the tree:\n  %s", qlonglong(files.size()), qPrintable(files.join(QStringLiteral("\n  "))));
    QVERIFY(files.size() >= 2);

    const auto hits = storage::SecretScan::scanFiles({m_keyring->root()}, secretValues());
    QVERIFY2(hits.isEmpty(), qPrintable(describeHits(hits)));
}

void TestLeakCheck::scanFindsAPlantedSecret_data()
{
    QTest::addColumn<QString>("secretLabel");
    QTest::addColumn<QString>("encoding");
    QTest::newRow("refresh token, raw") << u"code-flow refresh token"_s << u"raw"_s;
    QTest::newRow("ID token, base64 inside a blob") << u"code-flow ID token"_s << u"base64"_s;
    QTest::newRow("client secret, base64url") << u"client secret"_s << u"base64url"_s;
    QTest::newRow("unusual key, percent-encoded") << u"unusual query key"_s << u"percent"_s;
    QTest::newRow("basic credentials, hex") << u"httpBasic user:password"_s << u"hex"_s;
}

void TestLeakCheck::scanFindsAPlantedSecret()
{
    QFETCH(QString, secretLabel);
    QFETCH(QString, encoding);
    qsizetype index = -1;
    for (qsizetype i = 0; i < m_secrets.size(); ++i) {
        if (m_secrets.at(i).first == secretLabel)
            index = i;
    }
    QVERIFY2(index >= 0, qPrintable(secretLabel));
    const QByteArray secret = m_secrets.at(index).second;
    QByteArray planted;
    if (encoding == QLatin1String("raw"))
        planted = secret;
    else if (encoding == QLatin1String("base64")) // at an odd offset inside a larger encoded value
        planted = (QByteArrayLiteral("x:") + secret + QByteArrayLiteral(";y")).toBase64();
    else if (encoding == QLatin1String("base64url"))
        planted = (QByteArrayLiteral("\xff\xfe") + secret).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    else if (encoding == QLatin1String("percent"))
        planted = QUrl::toPercentEncoding(QString::fromUtf8(secret));
    else
        planted = secret.toHex();

    // Deep inside the tree, among Keyway's own files.
    const QString dir = m_keyring->root() + QStringLiteral("/cache/Keyway/planted");
    QVERIFY(QDir().mkpath(dir));
    const QString path = dir + QStringLiteral("/control.log");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("some log line before\nvalue=" + planted + "\nand after\n");
    }
    const auto hits = storage::SecretScan::scanFiles({m_keyring->root()}, secretValues());
    bool found = false;
    for (const storage::SecretHit &hit : hits)
        found = found || (hit.secretIndex == index && hit.file == QFileInfo(path).absoluteFilePath());
    QVERIFY2(found, qPrintable(describeHits(hits)));
    for (const storage::SecretHit &hit : hits)
        QCOMPARE(QFileInfo(hit.file).absoluteFilePath(), QFileInfo(path).absoluteFilePath()); // nothing else hit

    QVERIFY(QDir(dir).removeRecursively());
    const auto after = storage::SecretScan::scanFiles({m_keyring->root()}, secretValues());
    QVERIFY2(after.isEmpty(), qPrintable(describeHits(after)));
}

void TestLeakCheck::noSecretInAnyOutputOrLog()
{
    // keyway-cli's stdout and stderr (its log lines, debug included) and this process's log.
    QVERIFY(m_cliOutput.size() > 1000);
    const auto cliHits = storage::SecretScan::scan(m_cliOutput, secretValues());
    QVERIFY2(cliHits.isEmpty(), qPrintable(describeHits(cliHits)));
    QByteArray log;
    {
        QMutexLocker lock(&g_logMutex);
        log = g_log;
    }
    const auto logHits = storage::SecretScan::scan(log, secretValues());
    QVERIFY2(logHits.isEmpty(), qPrintable(describeHits(logHits)));
    QVERIFY(!log.isEmpty());
    qInfo("searched for %lld secret values (with their encodings) in the tree, the output of %d keyway-cli runs (%lld bytes) "
          "and %lld bytes of this process's log",
          qlonglong(m_secrets.size()), m_cliRuns, qlonglong(m_cliOutput.size()), qlonglong(log.size()));
}

QTEST_MAIN(TestLeakCheck)
#include "tst_leakcheck.moc"
