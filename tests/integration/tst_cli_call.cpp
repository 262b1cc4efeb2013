// keyway-cli call as a real executable against the FastAPI resource server (bearer JWTs from the real OpenID
// Provider), with credentials stored by `keyway-cli authorize` in a throwaway gnome-keyring: the exit statuses of the
// contract (0 a 2xx, 4 another status, 3 credentials missing, 2 bad document, 1 usage), --json, alternatives, Digest,
// scopes, profiles and a cross-origin redirect.

#include "OAuthTestSupport.h"

#include "../common/KeyringSession.h"
#include "../common/PeerProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#ifndef KEYWAY_CLI_PATH
#error "KEYWAY_CLI_PATH must be defined"
#endif

using namespace keyway;
using keyway::test::KeyringSession;
using keyway::test::PeerProcess;

namespace {

constexpr int kRunLimitMs = 120000;

struct Run
{
    int exitCode = -2;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QString describe() const
    {
        return QStringLiteral("exit %1\n--- stdout\n%2\n--- stderr\n%3").arg(exitCode).arg(QString::fromUtf8(out), QString::fromUtf8(err));
    }
};

} // namespace

class TestCliCall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void publicOperation();
    void usageAndDocumentErrors_data();
    void usageAndDocumentErrors();
    void missingCredentialsExit3();
    void storedApiKey();
    void wrongKeyExit4WithChallenge();
    void digest();
    void alternativeAndParams();
    void oauthClientCredentials();
    void profiles();
    void crossOriginRedirect();

private:
    Run run(const QStringList &args, const QList<QPair<QString, QString>> &env = {}) const;
    Run authorize(const QString &scheme, const QString &secret, const QStringList &extra = {}) const;
    QString doc() const { return m_resource.url(QStringLiteral("/openapi.json")).toString(); }

    std::unique_ptr<KeyringSession> m_keyring;
    PeerProcess m_op;
    PeerProcess m_resource;
    PeerProcess m_recorder;
};

void TestCliCall::initTestCase()
{
    m_keyring = std::make_unique<KeyringSession>(KeyringSession::Mode::Unlocked);
    if (const QString error = m_keyring->start(); !error.isEmpty())
        QFAIL(qPrintable(error));
    if (const QString e = m_op.startOpenIdProvider(); !e.isEmpty())
        QFAIL(qPrintable(e));
    if (const QString e = m_recorder.startRecorder(); !e.isEmpty())
        QFAIL(qPrintable(e));
    if (const QString e = m_resource.startResourceServer(m_op.issuer(), {QStringLiteral("--other-origin"), m_recorder.origin().toString()});
        !e.isEmpty())
        QFAIL(qPrintable(e));
}

void TestCliCall::cleanup()
{
    m_op.printLogIfFailed();
    m_resource.printLogIfFailed();
}

void TestCliCall::cleanupTestCase()
{
    m_resource.stop();
    m_recorder.stop();
    m_op.stop();
    m_keyring.reset();
}

Run TestCliCall::run(const QStringList &args, const QList<QPair<QString, QString>> &env) const
{
    QProcess p;
    QProcessEnvironment environment = m_keyring->environment();
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

Run TestCliCall::authorize(const QString &scheme, const QString &secret, const QStringList &extra) const
{
    QStringList args{QStringLiteral("authorize"),         doc(), QStringLiteral("--scheme"), scheme, QStringLiteral("--secret-env"),
                     QStringLiteral("KEYWAY_TEST_SECRET")};
    args += extra;
    return run(args, {{QStringLiteral("KEYWAY_TEST_SECRET"), secret}});
}

void TestCliCall::publicOperation()
{
    const Run r = run({QStringLiteral("call"), doc(), QStringLiteral("GET /public")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(r.out.startsWith("HTTP 200 OK"));
    QVERIFY(r.out.contains("{\"public\":true}"));
}

void TestCliCall::usageAndDocumentErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrContains");
    QTest::newRow("no operation") << QStringList{QStringLiteral("call")} << 1 << "a document and an operation are needed";
    QTest::newRow("unknown option") << QStringList{QStringLiteral("call"), QStringLiteral("d"), QStringLiteral("o"),
                                                   QStringLiteral("--nope")}
                                    << 1 << "unknown option --nope";
    QTest::newRow("bad alternative") << QStringList{QStringLiteral("call"), QStringLiteral("d"), QStringLiteral("o"),
                                                    QStringLiteral("--alternative"), QStringLiteral("x")}
                                     << 1 << "--alternative needs an index";
    QTest::newRow("missing document") << QStringList{QStringLiteral("call"), QStringLiteral("/nonexistent/openapi.yaml"),
                                                     QStringLiteral("GET /x")}
                                      << 2 << "openapi.yaml";
}

void TestCliCall::usageAndDocumentErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrContains);
    const Run r = run(args);
    QVERIFY2(r.exitCode == exitCode, qPrintable(r.describe()));
    QVERIFY2(QString::fromUtf8(r.err).contains(stderrContains), qPrintable(r.describe()));
}

void TestCliCall::missingCredentialsExit3()
{
    const Run r = run({QStringLiteral("call"), doc(), QStringLiteral("GET /basic")});
    QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
    QVERIFY(r.err.contains("no credentials for httpBasic"));
    QVERIFY(r.out.isEmpty());

    const Run unknown = run({QStringLiteral("call"), doc(), QStringLiteral("GET /nowhere")});
    QVERIFY2(unknown.exitCode == 1, qPrintable(unknown.describe()));
    QVERIFY(unknown.err.contains("has no operation"));
}

void TestCliCall::storedApiKey()
{
    const Run stored = authorize(QStringLiteral("apiKeyHeader"), QStringLiteral("keyway-header-key"));
    QVERIFY2(stored.exitCode == 0, qPrintable(stored.describe()));
    const Run r = run({QStringLiteral("call"), doc(), QStringLiteral("GET /apikey/header")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(r.out.contains("\"authenticated\":\"apiKey\""));
    QVERIFY(!r.out.contains("keyway-header-key"));
    QVERIFY(!r.err.contains("keyway-header-key"));

    const Run j = run({QStringLiteral("call"), doc(), QStringLiteral("GET /apikey/header"), QStringLiteral("--json")});
    QVERIFY2(j.exitCode == 0, qPrintable(j.describe()));
    const QJsonObject o = j.json();
    QCOMPARE(o.value(QStringLiteral("status")).toInt(), 200);
    QCOMPARE(o.value(QStringLiteral("schemes")).toArray(), QJsonArray{QStringLiteral("apiKeyHeader")});
    QCOMPARE(o.value(QStringLiteral("json")).toObject().value(QStringLiteral("in")).toString(), QStringLiteral("header"));
    QCOMPARE(o.value(QStringLiteral("credentialsDropped")).toBool(), false);
}

void TestCliCall::wrongKeyExit4WithChallenge()
{
    QVERIFY(authorize(QStringLiteral("apiKeyQuery"), QStringLiteral("not-the-key")).exitCode == 0);
    const Run r = run({QStringLiteral("call"), doc(), QStringLiteral("GET /apikey/query")});
    QVERIFY2(r.exitCode == 4, qPrintable(r.describe()));
    QVERIFY(r.out.startsWith("HTTP 401"));
    QVERIFY2(r.err.contains("WWW-Authenticate: APIKey: the server wants an API key in the query api_key"), qPrintable(r.describe()));
    const Run j = run({QStringLiteral("call"), doc(), QStringLiteral("GET /apikey/query"), QStringLiteral("--json")});
    QCOMPARE(j.exitCode, 4);
    const QJsonObject o = j.json();
    QCOMPARE(o.value(QStringLiteral("challenges")).toArray().first().toObject().value(QStringLiteral("scheme")).toString(),
             QStringLiteral("APIKey"));
    QVERIFY(o.value(QStringLiteral("url")).toString().contains(QLatin1String("api_key=REDACTED")));
    QVERIFY(!j.out.contains("not-the-key"));
}

void TestCliCall::digest()
{
    const Run stored = authorize(QStringLiteral("httpDigest"), QStringLiteral("digest-secret"),
                                 {QStringLiteral("--username"), QStringLiteral("keyway")});
    QVERIFY2(stored.exitCode == 0, qPrintable(stored.describe()));
    const Run r = run({QStringLiteral("call"), doc(), QStringLiteral("GET /digest"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.json().value(QStringLiteral("digestAnswered")).toBool(), true);
    QVERIFY(!r.out.contains("digest-secret"));
}

void TestCliCall::alternativeAndParams()
{
    QVERIFY(authorize(QStringLiteral("httpBasic"), QStringLiteral("basic-secret"), {QStringLiteral("--username"), QStringLiteral("keyway")})
                .exitCode
            == 0);
    // /either: apiKeyHeader (stored earlier) or httpBasic; the second is chosen by index.
    const Run basic = run({QStringLiteral("call"), doc(), QStringLiteral("GET /either"), QStringLiteral("--alternative"),
                           QStringLiteral("1"), QStringLiteral("--json")});
    QVERIFY2(basic.exitCode == 0, qPrintable(basic.describe()));
    QCOMPARE(basic.json().value(QStringLiteral("json")).toObject().value(QStringLiteral("authenticated")).toString(),
             QStringLiteral("basic"));
    const Run first = run({QStringLiteral("call"), doc(), QStringLiteral("GET /either"), QStringLiteral("--json")});
    QCOMPARE(first.json().value(QStringLiteral("json")).toObject().value(QStringLiteral("authenticated")).toString(),
             QStringLiteral("apiKey"));
    const Run none
        = run({QStringLiteral("call"), doc(), QStringLiteral("GET /either"), QStringLiteral("--alternative"), QStringLiteral("5")});
    QVERIFY2(none.exitCode == 1, qPrintable(none.describe()));

    const Run badParam
        = run({QStringLiteral("call"), doc(), QStringLiteral("GET /public"), QStringLiteral("--param"), QStringLiteral("nope=1")});
    QVERIFY2(badParam.exitCode == 1, qPrintable(badParam.describe()));
    QVERIFY(badParam.err.contains("has no parameter \"nope\""));
}

void TestCliCall::oauthClientCredentials()
{
    const Run stored = run({QStringLiteral("authorize"), doc(), QStringLiteral("--scheme"), QStringLiteral("opOAuth2"),
                            QStringLiteral("--flow"), QStringLiteral("clientCredentials"), QStringLiteral("--client-id"),
                            QStringLiteral("keyway-confidential"), QStringLiteral("--client-secret-env"),
                            QStringLiteral("KEYWAY_TEST_SECRET"), QStringLiteral("--scope"), QStringLiteral("read:items write:items")},
                           {{QStringLiteral("KEYWAY_TEST_SECRET"), QStringLiteral("keyway-confidential-secret")}});
    QVERIFY2(stored.exitCode == 0, qPrintable(stored.describe()));
    const Run items = run({QStringLiteral("call"), doc(), QStringLiteral("GET /items")});
    QVERIFY2(items.exitCode == 0, qPrintable(items.describe()));
    const Run admin = run({QStringLiteral("call"), doc(), QStringLiteral("GET /admin")});
    QVERIFY2(admin.exitCode == 4, qPrintable(admin.describe()));
    QVERIFY(admin.err.contains("warning: opOAuth2: the token lacks admin"));
    QVERIFY(admin.err.contains("insufficient_scope: needs admin"));
}

void TestCliCall::profiles()
{
    const Run other
        = run({QStringLiteral("call"), doc(), QStringLiteral("GET /apikey/header"), QStringLiteral("--profile"), QStringLiteral("ci")});
    QVERIFY2(other.exitCode == 3, qPrintable(other.describe()));
    const Run back = run({QStringLiteral("call"), doc(), QStringLiteral("GET /apikey/header")});
    QVERIFY2(back.exitCode == 0, qPrintable(back.describe())); // --profile was for that run only
}

void TestCliCall::crossOriginRedirect()
{
    const Run r = run({QStringLiteral("call"), doc(), QStringLiteral("GET /redirect-cross"), QStringLiteral("--alternative"),
                       QStringLiteral("0"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.json().value(QStringLiteral("credentialsDropped")).toBool(), true);
    QVERIFY(r.err.contains("another origin"));
}

QTEST_GUILESS_MAIN(TestCliCall)
#include "tst_cli_call.moc"
