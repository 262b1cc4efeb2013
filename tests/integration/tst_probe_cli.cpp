// keyway-cli probe as a real executable against the FastAPI resource server and the real OpenID Provider, with
// credentials stored by `keyway-cli authorize` in a throwaway gnome-keyring. The provider signs with a key this test
// made (--jwks), so the probe can sign its expired token with a key the server trusts (--signing-key). Checks: each
// broken endpoint is flagged and the correct ones pass (JUnit XML parsed, JSON read), the exit statuses of the
// contract, and that a POST is never sent without --unsafe (proven by the recorder's log).

#include "OAuthTestSupport.h"

#include "../common/KeyringSession.h"
#include "../common/PeerProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#ifndef KEYWAY_CLI_PATH
#error "KEYWAY_CLI_PATH must be defined"
#endif

using namespace keyway;
using keyway::test::KeyringSession;
using keyway::test::PeerProcess;

namespace {

constexpr int kRunLimitMs = 180000;

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

QByteArray b64url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray bn(EVP_PKEY *key, const char *name)
{
    BIGNUM *value = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &value) != 1)
        return {};
    QByteArray bytes(BN_num_bytes(value), Qt::Uninitialized);
    BN_bn2bin(value, reinterpret_cast<unsigned char *>(bytes.data()));
    BN_free(value);
    return b64url(bytes);
}

// An RSA key for the provider: {"keys": [private JWK]} for --jwks and the same key as PEM for --signing-key.
bool writeProviderKey(const QString &jwksPath, const QString &pemPath)
{
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048)), &EVP_PKEY_free);
    if (!key)
        return false;
    QJsonObject jwk{{QStringLiteral("kty"), QStringLiteral("RSA")},
                    {QStringLiteral("kid"), QStringLiteral("probe-test-key")},
                    {QStringLiteral("alg"), QStringLiteral("RS256")},
                    {QStringLiteral("use"), QStringLiteral("sig")}};
    const QList<QPair<const char *, const char *>> params{{"n", OSSL_PKEY_PARAM_RSA_N},          {"e", OSSL_PKEY_PARAM_RSA_E},
                                                          {"d", OSSL_PKEY_PARAM_RSA_D},          {"p", OSSL_PKEY_PARAM_RSA_FACTOR1},
                                                          {"q", OSSL_PKEY_PARAM_RSA_FACTOR2},    {"dp", OSSL_PKEY_PARAM_RSA_EXPONENT1},
                                                          {"dq", OSSL_PKEY_PARAM_RSA_EXPONENT2}, {"qi", OSSL_PKEY_PARAM_RSA_COEFFICIENT1}};
    for (const auto &[member, param] : params)
        jwk.insert(QLatin1String(member), QString::fromLatin1(bn(key.get(), param)));
    QFile jwks(jwksPath);
    if (!jwks.open(QIODevice::WriteOnly))
        return false;
    jwks.write(QJsonDocument(QJsonObject{{QStringLiteral("keys"), QJsonArray{jwk}}}).toJson());
    jwks.close();
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), &BIO_free);
    if (PEM_write_bio_PrivateKey(bio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return false;
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    QFile pem(pemPath);
    if (!pem.open(QIODevice::WriteOnly))
        return false;
    pem.write(data, size);
    return true;
}

// The JUnit file: testsuite name -> testcase name -> "pass" | "failure" | "error" | "skipped".
struct JUnit
{
    bool ok = false;
    QString problem;
    int tests = -1;
    int failures = -1;
    QHash<QString, QHash<QString, QString>> outcome;
};

JUnit readJUnit(const QString &path)
{
    JUnit j;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        j.problem = file.errorString();
        return j;
    }
    QXmlStreamReader xml(&file);
    QString suite;
    QString testcase;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            const QXmlStreamAttributes a = xml.attributes();
            if (name == QLatin1String("testsuites")) {
                j.tests = a.value(QLatin1String("tests")).toInt();
                j.failures = a.value(QLatin1String("failures")).toInt();
            } else if (name == QLatin1String("testsuite")) {
                suite = a.value(QLatin1String("name")).toString();
            } else if (name == QLatin1String("testcase")) {
                testcase = a.value(QLatin1String("name")).toString();
                if (a.value(QLatin1String("classname")) != suite)
                    j.problem = QStringLiteral("testcase %1 has classname %2 in suite %3")
                                    .arg(testcase, a.value(QLatin1String("classname")), suite);
                j.outcome[suite][testcase] = QStringLiteral("pass");
            } else if (name == QLatin1String("failure") || name == QLatin1String("error") || name == QLatin1String("skipped")) {
                j.outcome[suite][testcase] = name.toString();
            }
        }
    }
    if (xml.hasError())
        j.problem = xml.errorString();
    j.ok = j.problem.isEmpty() && j.tests > 0;
    return j;
}

QString verdictOf(const QJsonObject &report, const QString &operation, const QString &kase)
{
    for (const QJsonValue &op : report.value(QStringLiteral("operations")).toArray()) {
        if (op[QStringLiteral("operation")].toString() != operation)
            continue;
        for (const QJsonValue &c : op[QStringLiteral("cases")].toArray()) {
            if (c[QStringLiteral("case")].toString() == kase)
                return c[QStringLiteral("verdict")].toString();
        }
        return QStringLiteral("(no case)");
    }
    return QStringLiteral("(no operation)");
}

} // namespace

class TestProbeCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void flagsBrokenEndpointsAndPassesCorrectOnes();
    void correctEndpointsExitZero();
    void missingCredentialsExit3();
    void usageAndDocumentErrors();
    void postIsNotSentWithoutUnsafe();

private:
    Run run(const QStringList &args, const QList<QPair<QString, QString>> &env = {}) const;
    QString doc() const { return m_resource.url(QStringLiteral("/openapi.json")).toString(); }
    QStringList probeArgs(const QString &operations) const
    {
        return {QStringLiteral("probe"),         doc(),
                QStringLiteral("--operations"),  operations,
                QStringLiteral("--signing-key"), m_pem,
                QStringLiteral("--concurrency"), QStringLiteral("4"),
                QStringLiteral("--rate"),        QStringLiteral("50")};
    }

    std::unique_ptr<KeyringSession> m_keyring;
    QTemporaryDir m_dir;
    QString m_pem;
    PeerProcess m_op;
    PeerProcess m_resource;
    PeerProcess m_recorder;
};

void TestProbeCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString jwks = m_dir.filePath(QStringLiteral("jwks.json"));
    m_pem = m_dir.filePath(QStringLiteral("signing-key.pem"));
    QVERIFY(writeProviderKey(jwks, m_pem));
    m_keyring = std::make_unique<KeyringSession>(KeyringSession::Mode::Unlocked);
    if (const QString error = m_keyring->start(); !error.isEmpty())
        QFAIL(qPrintable(error));
    if (const QString e = m_op.startOpenIdProvider({QStringLiteral("--jwks"), jwks}); !e.isEmpty())
        QFAIL(qPrintable(e));
    if (const QString e = m_recorder.startRecorder(); !e.isEmpty())
        QFAIL(qPrintable(e));
    if (const QString e = m_resource.startResourceServer(m_op.issuer()); !e.isEmpty())
        QFAIL(qPrintable(e));

    // Store every credential the document's schemes need, as a user would.
    const QString env = QStringLiteral("KEYWAY_TEST_SECRET");
    auto store = [&](const QStringList &args, const QString &secret) {
        QStringList all{QStringLiteral("authorize"), doc()};
        all += args;
        return run(all, {{env, secret}});
    };
    const QList<QPair<QStringList, QString>> statics{
        {{QStringLiteral("--scheme"), QStringLiteral("apiKeyHeader"), QStringLiteral("--secret-env"), env},
         QStringLiteral("keyway-header-key")},
        {{QStringLiteral("--scheme"), QStringLiteral("apiKeyQuery"), QStringLiteral("--secret-env"), env},
         QStringLiteral("keyway-query-key")},
        {{QStringLiteral("--scheme"), QStringLiteral("apiKeyCookie"), QStringLiteral("--secret-env"), env},
         QStringLiteral("keyway-cookie-key")},
        {{QStringLiteral("--scheme"), QStringLiteral("httpBasic"), QStringLiteral("--username"), QStringLiteral("keyway"),
          QStringLiteral("--secret-env"), env},
         QStringLiteral("basic-secret")},
        {{QStringLiteral("--scheme"), QStringLiteral("httpDigest"), QStringLiteral("--username"), QStringLiteral("keyway"),
          QStringLiteral("--secret-env"), env},
         QStringLiteral("digest-secret")},
        {{QStringLiteral("--scheme"), QStringLiteral("passwordOAuth2"), QStringLiteral("--flow"), QStringLiteral("password"),
          QStringLiteral("--client-id"), QStringLiteral("keyway-tests"), QStringLiteral("--username"), QStringLiteral("alice"),
          QStringLiteral("--secret-env"), env},
         QStringLiteral("alice-password")},
    };
    for (const auto &[args, secret] : statics) {
        const Run r = store(args, secret);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    }
    const Run oauth = run({QStringLiteral("authorize"), doc(), QStringLiteral("--scheme"), QStringLiteral("opOAuth2"),
                           QStringLiteral("--flow"), QStringLiteral("clientCredentials"), QStringLiteral("--client-id"),
                           QStringLiteral("keyway-confidential"), QStringLiteral("--client-secret-env"), env, QStringLiteral("--scope"),
                           QStringLiteral("read:items write:items admin"), QStringLiteral("--print-token"), QStringLiteral("--json")},
                          {{env, QStringLiteral("keyway-confidential-secret")}});
    QVERIFY2(oauth.exitCode == 0, qPrintable(oauth.describe()));
    const QString token = oauth.json().value(QStringLiteral("accessToken")).toString();
    QVERIFY(token.count(u'.') == 2);
    const Run bearer = store({QStringLiteral("--scheme"), QStringLiteral("httpBearer"), QStringLiteral("--secret-env"), env}, token);
    QVERIFY2(bearer.exitCode == 0, qPrintable(bearer.describe()));
}

void TestProbeCli::cleanup()
{
    m_op.printLogIfFailed();
    m_resource.printLogIfFailed();
}

void TestProbeCli::cleanupTestCase()
{
    m_resource.stop();
    m_recorder.stop();
    m_op.stop();
    m_keyring.reset();
}

Run TestProbeCli::run(const QStringList &args, const QList<QPair<QString, QString>> &env) const
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

void TestProbeCli::flagsBrokenEndpointsAndPassesCorrectOnes()
{
    const QString junitPath = m_dir.filePath(QStringLiteral("probe.xml"));
    QStringList args = probeArgs(QStringLiteral("!*/redirect-cross,!GET /oidc/me"));
    args << QStringLiteral("--junit") << junitPath << QStringLiteral("--json");
    const Run r = run(args);
    QVERIFY2(r.exitCode == 5, qPrintable(r.describe()));
    const QJsonObject report = r.json();

    // Exactly the broken behaviour is flagged, each in its own cell.
    const QList<QPair<QString, QString>> broken{
        {QStringLiteral("GET /broken/no-check"), QStringLiteral("noCredentials")},
        {QStringLiteral("GET /broken/no-check"), QStringLiteral("malformedToken")},
        {QStringLiteral("GET /broken/no-check"), QStringLiteral("expiredToken")},
        {QStringLiteral("GET /broken/no-check"), QStringLiteral("wrongPlace")},
        {QStringLiteral("GET /broken/ignores-scope"), QStringLiteral("insufficientScope")},
        {QStringLiteral("GET /broken/accepts-expired"), QStringLiteral("expiredToken")},
        {QStringLiteral("GET /broken/public-demands-token"), QStringLiteral("noCredentials")},
    };
    for (const auto &[operation, kase] : broken)
        QVERIFY2(verdictOf(report, operation, kase) == QLatin1String("fail"), qPrintable(operation + u' ' + kase + u'\n' + r.describe()));

    // The JUnit file says the same, parsed as XML.
    const JUnit junit = readJUnit(junitPath);
    QVERIFY2(junit.ok, qPrintable(junit.problem));
    QCOMPARE(junit.failures, int(broken.size()));
    for (const auto &[operation, kase] : broken)
        QCOMPARE(junit.outcome.value(operation).value(kase), QStringLiteral("failure"));

    // Every other case that was sent passed; POSTs were skipped.
    int passes = 0;
    for (auto suite = junit.outcome.cbegin(); suite != junit.outcome.cend(); ++suite) {
        for (auto c = suite->cbegin(); c != suite->cend(); ++c) {
            if (broken.contains({suite.key(), c.key()}))
                continue;
            if (suite.key().startsWith(QLatin1String("POST ")))
                QVERIFY2(c.value() == QLatin1String("skipped"), qPrintable(suite.key() + u' ' + c.key() + u' ' + c.value()));
            else
                QVERIFY2(c.value() == QLatin1String("pass"),
                         qPrintable(suite.key() + u' ' + c.key() + u' ' + c.value() + u'\n' + r.describe()));
            passes += c.value() == QLatin1String("pass");
        }
    }
    QVERIFY(passes > 40);
    // The cases the test servers make possible were all made: scopes narrowed, Digest answered, keys moved.
    QCOMPARE(verdictOf(report, QStringLiteral("GET /admin"), QStringLiteral("insufficientScope")), QStringLiteral("pass"));
    QCOMPARE(verdictOf(report, QStringLiteral("GET /password/items"), QStringLiteral("insufficientScope")), QStringLiteral("pass"));
    QCOMPARE(verdictOf(report, QStringLiteral("GET /digest"), QStringLiteral("validCredentials")), QStringLiteral("pass"));
    QCOMPARE(verdictOf(report, QStringLiteral("GET /apikey/cookie"), QStringLiteral("wrongPlace")), QStringLiteral("pass"));
    QCOMPARE(verdictOf(report, QStringLiteral("GET /public"), QStringLiteral("noCredentials")), QStringLiteral("pass"));
    QCOMPARE(verdictOf(report, QStringLiteral("GET /optional"), QStringLiteral("noCredentials")), QStringLiteral("pass"));
    QCOMPARE(verdictOf(report, QStringLiteral("GET /public"), QStringLiteral("validCredentials")), QStringLiteral("(no case)"));
    // The expired token was signed with the provider's key: the detail says so.
    for (const QJsonValue &op : report.value(QStringLiteral("operations")).toArray()) {
        if (op[QStringLiteral("operation")] != QLatin1String("GET /broken/accepts-expired"))
            continue;
        for (const QJsonValue &c : op[QStringLiteral("cases")].toArray()) {
            if (c[QStringLiteral("case")] == QLatin1String("expiredToken"))
                QVERIFY2(c[QStringLiteral("detail")].toString().contains(QLatin1String("Signed (RS256)")),
                         qPrintable(c[QStringLiteral("detail")].toString()));
        }
    }
    // No secret the probe sent is printed.
    QVERIFY(!r.out.contains("keyway-header-key"));
    QVERIFY(!r.err.contains("keyway-header-key"));
}

void TestProbeCli::correctEndpointsExitZero()
{
    const Run r = run(
        probeArgs(QStringLiteral("GET /public,GET /apikey/*,GET /basic,GET /digest,GET /bearer,GET /items,GET /admin,GET /combined")));
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(r.out.contains("GET /admin"));
    QVERIFY(r.out.contains("PASS"));
    QVERIFY(!r.out.contains("FAIL"));

    // Without the signing key, the expired token is unsigned: still refused by a correct server, and said so.
    const Run unsigned_
        = run({QStringLiteral("probe"), doc(), QStringLiteral("--operations"), QStringLiteral("GET /bearer"), QStringLiteral("--json")});
    QVERIFY2(unsigned_.exitCode == 0, qPrintable(unsigned_.describe()));
    QVERIFY(unsigned_.out.contains("Unsigned"));
}

void TestProbeCli::missingCredentialsExit3()
{
    const Run r = run({QStringLiteral("probe"), doc(), QStringLiteral("--profile"), QStringLiteral("nobody"),
                       QStringLiteral("--operations"), QStringLiteral("GET /apikey/header")});
    QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
    QVERIFY(r.err.contains("authorize"));
    // The cases that need no stored credentials still ran and passed.
    QVERIFY2(r.out.contains("PASS    noCredentials"), qPrintable(r.describe()));
}

void TestProbeCli::usageAndDocumentErrors()
{
    const Run missing = run({QStringLiteral("probe"), m_dir.filePath(QStringLiteral("no-such-document.yaml"))});
    QVERIFY2(missing.exitCode == 2, qPrintable(missing.describe()));
    const Run garbled = [&] {
        QFile f(m_dir.filePath(QStringLiteral("garbled.json")));
        f.open(QIODevice::WriteOnly);
        f.write("{\"openapi\": \"3.0.0\", \"paths\": [");
        f.close();
        return run({QStringLiteral("probe"), f.fileName()});
    }();
    QVERIFY2(garbled.exitCode == 2, qPrintable(garbled.describe()));
    for (const QStringList &args :
         QList<QStringList>{{QStringLiteral("probe")},
                            {QStringLiteral("probe"), doc(), QStringLiteral("--concurrency"), QStringLiteral("0")},
                            {QStringLiteral("probe"), doc(), QStringLiteral("--rate"), QStringLiteral("fast")},
                            {QStringLiteral("probe"), doc(), QStringLiteral("--bogus")},
                            {QStringLiteral("probe"), doc(), QStringLiteral("--operations"), QStringLiteral("GET /nothing-here")}}) {
        const Run r = run(args);
        QVERIFY2(r.exitCode == 1, qPrintable(args.join(u' ') + u'\n' + r.describe()));
    }
    const Run help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("probe DOC [--server URL] [--profile P] [--operations GLOB] [--unsafe]"));
}

void TestProbeCli::postIsNotSentWithoutUnsafe()
{
    // A document whose server is the recorder: it answers 200 to everything and keeps what it received.
    const QString path = m_dir.filePath(QStringLiteral("recorded.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    const QJsonObject security{{QStringLiteral("security"), QJsonArray{QJsonObject{{QStringLiteral("key"), QJsonArray{}}}}},
                               {QStringLiteral("responses"),
                                QJsonObject{{QStringLiteral("200"), QJsonObject{{QStringLiteral("description"), QStringLiteral("ok")}}}}}};
    const QJsonObject docJson{
        {QStringLiteral("openapi"), QStringLiteral("3.0.3")},
        {QStringLiteral("info"),
         QJsonObject{{QStringLiteral("title"), QStringLiteral("recorded")}, {QStringLiteral("version"), QStringLiteral("1")}}},
        {QStringLiteral("servers"), QJsonArray{QJsonObject{{QStringLiteral("url"), m_recorder.origin().toString()}}}},
        {QStringLiteral("components"),
         QJsonObject{{QStringLiteral("securitySchemes"),
                      QJsonObject{{QStringLiteral("key"),
                                   QJsonObject{{QStringLiteral("type"), QStringLiteral("apiKey")},
                                               {QStringLiteral("in"), QStringLiteral("header")},
                                               {QStringLiteral("name"), QStringLiteral("X-Key")}}}}}}},
        {QStringLiteral("paths"),
         QJsonObject{{QStringLiteral("/thing"), QJsonObject{{QStringLiteral("get"), security}, {QStringLiteral("post"), security}}}}}};
    f.write(QJsonDocument(docJson).toJson());
    f.close();

    net::HttpClient http;
    auto recorded = [&] {
        QStringList methods;
        const auto answer = test::callJson(http, "GET", m_recorder.url(QStringLiteral("/__recorded")));
        for (const QJsonValue &v : answer.json.value(QStringLiteral("records")).toArray())
            methods << v[QStringLiteral("method")].toString();
        if (methods.isEmpty()) {
            for (const QJsonValue &v : QJsonDocument::fromJson(answer.body).array())
                methods << v[QStringLiteral("method")].toString();
        }
        return methods;
    };
    QVERIFY(test::callJson(http, "DELETE", m_recorder.url(QStringLiteral("/__recorded"))).status < 300);

    const Run safe = run({QStringLiteral("probe"), path, QStringLiteral("--json")});
    QVERIFY2(safe.exitCode == 5, qPrintable(safe.describe())); // the recorder accepts anything: the GET fails the probe
    QCOMPARE(verdictOf(safe.json(), QStringLiteral("POST /thing"), QStringLiteral("noCredentials")), QStringLiteral("skipped"));
    QStringList methods = recorded();
    QVERIFY2(methods.contains(QLatin1String("GET")), qPrintable(methods.join(u' ')));
    QVERIFY2(!methods.contains(QLatin1String("POST")), qPrintable(methods.join(u' ')));

    QVERIFY(test::callJson(http, "DELETE", m_recorder.url(QStringLiteral("/__recorded"))).status < 300);
    const Run unsafe = run({QStringLiteral("probe"), path, QStringLiteral("--unsafe"), QStringLiteral("--json")});
    QVERIFY2(unsafe.exitCode == 5, qPrintable(unsafe.describe()));
    QCOMPARE(verdictOf(unsafe.json(), QStringLiteral("POST /thing"), QStringLiteral("noCredentials")), QStringLiteral("fail"));
    methods = recorded();
    QVERIFY2(methods.contains(QLatin1String("POST")), qPrintable(methods.join(u' ')));
}

QTEST_GUILESS_MAIN(TestProbeCli)
#include "tst_probe_cli.moc"
