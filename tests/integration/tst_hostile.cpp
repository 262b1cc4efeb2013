// Hostile servers on 127.0.0.1: each misbehaviour must end in a clear error (never a hang, a crash or a
// silently truncated answer), and the TLS refusal must name the certificate so that a per-host exception
// can be chosen, kept, and revoked.

#include "auth/Jwk.h"
#include "auth/JwksCache.h"
#include "auth/TokenEndpoint.h"
#include "net/CertificateTrustStore.h"
#include "net/HttpClient.h"

#include "../common/LocalHttpServer.h"

#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>

#include <memory>
#include <optional>

using namespace keyway;
using namespace keyway::net;
using keyway::test::CannedResponse;
using keyway::test::LocalHttpServer;

namespace {

constexpr qint64 kGigabyte = 1024LL * 1024 * 1024;

template<typename Pred> bool waitUntil(Pred done, int timeoutMs)
{
    return QTest::qWaitFor(done, timeoutMs);
}

// A TCP server whose every connection is handed to a script once the request head has arrived (or at once,
// without reading anything, when `readRequest` is false).
class ScriptedServer final : public QTcpServer
{
public:
    using Script = std::function<void(QTcpSocket *socket)>;

    ScriptedServer(Script script, bool readRequest = true) : m_script(std::move(script)), m_readRequest(readRequest)
    {
        listen(QHostAddress::LocalHost, 0);
    }
    QUrl url(const QString &path) const { return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path)); }
    int connections() const { return m_connections; }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        ++m_connections;
        if (!m_readRequest) {
            m_silent.append(socket); // accepted, never read, never answered
            return;
        }
        auto head = std::make_shared<QByteArray>();
        auto started = std::make_shared<bool>(false);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, head, started] {
            head->append(socket->readAll());
            if (*started || !head->contains("\r\n\r\n"))
                return;
            *started = true;
            m_script(socket);
        });
    }

private:
    Script m_script;
    bool m_readRequest;
    int m_connections = 0;
    QList<QTcpSocket *> m_silent;
};

// Sends a reset (RST) instead of an orderly close.
void sendReset(QTcpSocket *socket)
{
    const linger hard{1, 0};
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    socket->abort();
}

// Streams up to 1 GB as fast as the client takes it; `sent` counts what was written.
void streamGigabyte(QTcpSocket *socket, const QByteArray &framing, std::shared_ptr<qint64> sent)
{
    QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n";
    if (framing == "announced")
        head += "Content-Length: " + QByteArray::number(kGigabyte) + "\r\n";
    else if (framing == "chunked")
        head += "Transfer-Encoding: chunked\r\n";
    head += "Connection: close\r\n\r\n";
    socket->write(head);
    const QByteArray block(64 * 1024, 'x');
    const QByteArray chunk = framing == "chunked" ? QByteArray::number(block.size(), 16) + "\r\n" + block + "\r\n" : block;
    QPointer<QTcpSocket> guard(socket);
    auto pump = [guard, chunk, sent] {
        while (guard && guard->state() == QAbstractSocket::ConnectedState && guard->bytesToWrite() < 512 * 1024 && *sent < kGigabyte) {
            if (guard->write(chunk) <= 0)
                return;
            *sent += chunk.size();
        }
        if (guard && *sent >= kGigabyte)
            guard->disconnectFromHost();
    };
    QObject::connect(socket, &QTcpSocket::bytesWritten, socket, pump);
    pump();
}

HttpResult fetch(HttpClient &client, const QByteArray &verb, QNetworkRequest request, const QByteArray &body = {},
                 const RequestInfo &info = {}, int timeoutMs = 30000)
{
    std::optional<HttpResult> out;
    int calls = 0;
    client.send(verb, request, body, info, [&](const HttpResult &r) {
        out = r;
        ++calls;
    });
    if (!waitUntil([&] { return out.has_value(); }, timeoutMs))
        qFatal("no answer in time");
    QTest::qWait(20);
    if (calls != 1)
        qFatal("callback ran %d times", calls);
    return *out;
}

// A self-signed certificate for 127.0.0.1, made by the openssl command for this test run.
struct TestCertificate
{
    QSslCertificate certificate;
    QSslKey key;
};

std::optional<TestCertificate> makeCertificate(const QString &dir, const QString &name, const QString &commonName)
{
    const QString keyFile = dir + u'/' + name + QStringLiteral(".key");
    const QString certFile = dir + u'/' + name + QStringLiteral(".pem");
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                   QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=%1/O=Keyway Hostile Test").arg(commonName), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"), keyFile, QStringLiteral("-out"), certFile});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
        qWarning("openssl: %s", openssl.readAllStandardError().constData());
        return std::nullopt;
    }
    QFile c(certFile);
    QFile k(keyFile);
    if (!c.open(QIODevice::ReadOnly) || !k.open(QIODevice::ReadOnly))
        return std::nullopt;
    TestCertificate out{QSslCertificate(c.readAll(), QSsl::Pem), QSslKey(k.readAll(), QSsl::Ec, QSsl::Pem)};
    if (out.certificate.isNull() || out.key.isNull())
        return std::nullopt;
    return out;
}

// HTTPS on 127.0.0.1 with a given certificate; answers every request with "secure".
class TlsServer final : public QSslServer
{
public:
    explicit TlsServer(const TestCertificate &cert, quint16 port = 0)
    {
        setCertificate(cert);
        connect(this, &QSslServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                auto head = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket, head] {
                    head->append(socket->readAll());
                    if (!head->contains("\r\n\r\n"))
                        return;
                    ++m_answered;
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 6\r\nConnection: close\r\n\r\nsecure");
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        listen(QHostAddress::LocalHost, port);
    }
    void setCertificate(const TestCertificate &cert)
    {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(cert.certificate);
        config.setPrivateKey(cert.key);
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        setSslConfiguration(config);
    }
    QUrl url() const { return QUrl(QStringLiteral("https://127.0.0.1:%1/secure").arg(serverPort())); }
    int answered() const { return m_answered; }

private:
    int m_answered = 0;
};

} // namespace

class TestHostile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void gigabyteIsCappedWithoutReadingIt_data();
    void gigabyteIsCappedWithoutReadingIt();
    void stallMidBodyTimesOut();
    void acceptedButNeverAnswered();
    void resetConnection_data();
    void resetConnection();
    void crossOriginRedirectLoopNeverCarriesCredentials();
    void redirectKeepingBodyToOtherOriginIsRefused();

    void selfSignedCertificateIsRefusedAndNamed();
    void trustedCertificateIsAcceptedPersistedAndRevocable();
    void trustIsPinnedToCertificateAndHostPort();
    void trustStoreIgnoresDamagedEntries();

    void tokenEndpointNonsense_data();
    void tokenEndpointNonsense();
    void jwksWithMalformedKeys();

private:
    QTemporaryDir m_dir;
    std::optional<TestCertificate> m_cert;
    std::optional<TestCertificate> m_otherCert;
};

void TestHostile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend");
    m_cert = makeCertificate(m_dir.path(), QStringLiteral("one"), QStringLiteral("hostile-one.test"));
    m_otherCert = makeCertificate(m_dir.path(), QStringLiteral("two"), QStringLiteral("hostile-two.test"));
    QVERIFY(m_cert && m_otherCert);
}

void TestHostile::gigabyteIsCappedWithoutReadingIt_data()
{
    QTest::addColumn<QByteArray>("framing");
    QTest::addColumn<QString>("messageHas");
    QTest::newRow("until_close") << QByteArray("close") << QStringLiteral("larger than the limit of 8.0 MB");
    QTest::newRow("chunked") << QByteArray("chunked") << QStringLiteral("larger than the limit of 8.0 MB");
    QTest::newRow("announced_1GB") << QByteArray("announced") << QStringLiteral("announces 1024.0 MB, more than the limit of 8.0 MB");
}

void TestHostile::gigabyteIsCappedWithoutReadingIt()
{
    QFETCH(QByteArray, framing);
    QFETCH(QString, messageHas);
    auto sent = std::make_shared<qint64>(0);
    ScriptedServer server([&](QTcpSocket *s) { streamGigabyte(s, framing, sent); });
    HttpClient client;
    HttpLimits limits;
    limits.maxResponseBytes = 8 * 1024 * 1024;
    client.setLimits(limits);
    const HttpResult r = fetch(client, "GET", QNetworkRequest(server.url(QStringLiteral("/huge"))));
    QCOMPARE(r.status, HttpResult::Status::TooLarge);
    QVERIFY(r.body.isEmpty());
    QVERIFY2(r.errorString.contains(messageHas), qPrintable(r.errorString));
    QVERIFY2(r.errorString.contains(QLatin1String("127.0.0.1")), qPrintable(r.errorString));
    QTest::qWait(200); // let the server notice the abort
    // The client stopped reading: far less than the gigabyte left the server (socket buffers hold a few MB).
    QVERIFY2(*sent < 128LL * 1024 * 1024, qPrintable(QString::number(*sent)));
}

void TestHostile::stallMidBodyTimesOut()
{
    ScriptedServer server([](QTcpSocket *s) {
        s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n");
        s->write(QByteArray(1000, ' ')); // then nothing, connection kept open
    });
    HttpClient client;
    HttpLimits limits;
    limits.idleTimeout = std::chrono::milliseconds(400);
    limits.timeout = std::chrono::milliseconds(20000);
    client.setLimits(limits);
    const HttpResult r = fetch(client, "GET", QNetworkRequest(server.url(QStringLiteral("/half"))));
    QCOMPARE(r.status, HttpResult::Status::Timeout);
    QVERIFY(r.body.isEmpty());
    QVERIFY2(r.errorString.contains(QLatin1String("stopped sending for 0.4 s in the middle of its answer (after 1000 bytes)")),
             qPrintable(r.errorString));
}

void TestHostile::acceptedButNeverAnswered()
{
    ScriptedServer server({}, false);
    HttpClient client;
    HttpLimits limits;
    limits.idleTimeout = std::chrono::milliseconds(400);
    limits.timeout = std::chrono::milliseconds(20000);
    client.setLimits(limits);
    const HttpResult r = fetch(client, "GET", QNetworkRequest(server.url(QStringLiteral("/silence"))));
    QCOMPARE(server.connections(), 1);
    QCOMPARE(r.status, HttpResult::Status::Timeout);
    QVERIFY2(r.errorString.contains(QLatin1String("sent no answer for 0.4 s")), qPrintable(r.errorString));

    // The overall limit holds too, when the idle limit is longer.
    limits.idleTimeout = std::chrono::milliseconds(60000);
    limits.timeout = std::chrono::milliseconds(500);
    client.setLimits(limits);
    const HttpResult r2 = fetch(client, "GET", QNetworkRequest(server.url(QStringLiteral("/silence"))));
    QCOMPARE(r2.status, HttpResult::Status::Timeout);
    QVERIFY2(r2.errorString.contains(QLatin1String("No complete answer")), qPrintable(r2.errorString));
}

void TestHostile::resetConnection_data()
{
    QTest::addColumn<bool>("midBody");
    QTest::addColumn<QString>("messageHas");
    QTest::newRow("before_answer") << false << QStringLiteral("closed the connection before answering");
    QTest::newRow("mid_body") << true << QStringLiteral("broke off the connection in the middle of its answer (after 1000 bytes");
}

void TestHostile::resetConnection()
{
    QFETCH(bool, midBody);
    QFETCH(QString, messageHas);
    ScriptedServer server([midBody](QTcpSocket *s) {
        if (!midBody) {
            sendReset(s);
            return;
        }
        s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n");
        s->write(QByteArray(1000, '{'));
        s->flush();
        QPointer<QTcpSocket> guard(s);
        QTimer::singleShot(200, s, [guard] {
            if (guard)
                sendReset(guard);
        });
    });
    HttpClient client;
    const HttpResult r = fetch(client, "GET", QNetworkRequest(server.url(QStringLiteral("/reset"))));
    QCOMPARE(r.status, HttpResult::Status::NetworkError);
    QVERIFY(r.body.isEmpty()); // a cut-short body is never passed on as an answer
    QVERIFY2(r.errorString.contains(messageHas), qPrintable(r.errorString));
}

void TestHostile::crossOriginRedirectLoopNeverCarriesCredentials()
{
    // Two origins bouncing the request between them: stops at the limit, and once the credentials were
    // dropped on the way out they never come back, not even on the return to the first origin.
    LocalHttpServer a;
    LocalHttpServer b;
    a.route("/loop", CannedResponse{302, "Found", {{"Location", b.origin() + "/loop"}}, {}});
    b.route("/loop", CannedResponse{307, "Temporary Redirect", {{"Location", a.origin() + "/loop"}}, {}});
    HttpClient client;
    QNetworkRequest request(a.url("/loop"));
    request.setRawHeader("Authorization", "Bearer top-secret");
    request.setRawHeader("X-Api-Key", "k-1");
    RequestInfo info;
    info.sensitiveHeaders = {"X-Api-Key"};
    info.secrets = {"top-secret", "k-1"};
    const HttpResult r = fetch(client, "GET", request, {}, info);
    QCOMPARE(r.status, HttpResult::Status::RedirectRefused);
    QVERIFY2(r.errorString.contains(QLatin1String("Stopped after 10 redirects")), qPrintable(r.errorString));
    QVERIFY(r.credentialsDropped);
    QCOMPARE(a.requests().size() + b.requests().size(), client.limits().maxRedirects + 1);
    QVERIFY(a.requests().size() >= 2);
    QCOMPARE(a.requests().first().header("authorization"), QByteArray("Bearer top-secret"));
    for (qsizetype i = 1; i < a.requests().size(); ++i) {
        QVERIFY(!a.requests().at(i).hasHeader("authorization"));
        QVERIFY(!a.requests().at(i).hasHeader("x-api-key"));
    }
    for (const auto &seen : b.requests()) {
        QVERIFY(!seen.hasHeader("authorization"));
        QVERIFY(!seen.hasHeader("x-api-key"));
    }
}

void TestHostile::redirectKeepingBodyToOtherOriginIsRefused()
{
    // A 307 keeps method and body: a token request's client secret must not be re-posted to another origin.
    LocalHttpServer api;
    LocalHttpServer elsewhere;
    api.route("/token", CannedResponse{307, "Temporary Redirect", {{"Location", elsewhere.origin() + "/steal"}}, {}});
    elsewhere.route("/steal", CannedResponse{200, "OK", {}, "{}"});
    HttpClient client;
    QNetworkRequest request(api.url("/token"));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    RequestInfo info;
    info.secrets = {"s3cr3t&x"};
    const HttpResult r = fetch(client, "POST", request, "grant_type=client_credentials&client_secret=s3cr3t%26x", info);
    QCOMPARE(r.status, HttpResult::Status::RedirectRefused);
    QVERIFY2(r.errorString.contains(QLatin1String("Refused to resend the request body")), qPrintable(r.errorString));
    QVERIFY2(r.errorString.contains(QLatin1String("(307)")), qPrintable(r.errorString));
    QCOMPARE(elsewhere.requests().size(), 0);

    // Without a secret in it the body may follow (a public form post).
    const HttpResult plain = fetch(client, "POST", request, "q=1", RequestInfo{});
    QCOMPARE(plain.status, HttpResult::Status::Ok);
    QCOMPARE(elsewhere.requests().size(), 1);
    QCOMPARE(elsewhere.requests().first().body, QByteArray("q=1"));
}

void TestHostile::selfSignedCertificateIsRefusedAndNamed()
{
    TlsServer server(*m_cert);
    QVERIFY(server.isListening());
    HttpClient client;
    CertificateTrustStore store(nullptr);
    client.setTrustStore(&store);
    const HttpResult r = fetch(client, "GET", QNetworkRequest(server.url()));
    QCOMPARE(r.status, HttpResult::Status::NetworkError);
    QVERIFY(r.certificateUntrusted());
    QCOMPARE(r.untrustedCertificate, m_cert->certificate);
    QCOMPARE(r.tlsHost, QStringLiteral("127.0.0.1"));
    QCOMPARE(r.tlsPort, server.serverPort());
    QVERIFY(!r.sslErrors.isEmpty());
    const QString fp = CertificateTrustStore::fingerprint(m_cert->certificate);
    QCOMPARE(fp.size(), 95);
    const QString &m = r.errorString;
    QVERIFY2(m.contains(QStringLiteral("The TLS certificate of 127.0.0.1:%1 is not trusted").arg(server.serverPort())), qPrintable(m));
    QVERIFY2(m.contains(QLatin1String("subject \"CN=hostile-one.test, O=Keyway Hostile Test\"")), qPrintable(m));
    QVERIFY2(m.contains(QLatin1String("issued by \"CN=hostile-one.test, O=Keyway Hostile Test\"")), qPrintable(m));
    QVERIFY2(m.contains(QLatin1String("SHA-256 fingerprint ") + fp), qPrintable(m));
    QVERIFY2(m.contains(QLatin1String("self-signed"), Qt::CaseInsensitive), qPrintable(m));
    QCOMPARE(server.answered(), 0);
}

void TestHostile::trustedCertificateIsAcceptedPersistedAndRevocable()
{
    TlsServer server(*m_cert);
    const QString ini = m_dir.path() + QStringLiteral("/trust.ini");
    HttpResult refused;
    {
        QSettings settings(ini, QSettings::IniFormat);
        CertificateTrustStore store(&settings);
        QSignalSpy changed(&store, &CertificateTrustStore::changed);
        HttpClient client;
        client.setTrustStore(&store);
        refused = fetch(client, "GET", QNetworkRequest(server.url()));
        QVERIFY(refused.certificateUntrusted());
        // The user's explicit choice, for this host and port.
        store.trust(refused.tlsHost, refused.tlsPort, refused.untrustedCertificate, refused.sslErrors);
        QCOMPARE(changed.size(), 1);
        const HttpResult ok = fetch(client, "GET", QNetworkRequest(server.url()));
        QVERIFY2(ok.succeeded(), qPrintable(ok.errorString));
        QCOMPARE(ok.body, QByteArray("secure"));
        QVERIFY(!ok.certificateUntrusted());
    }
    {
        // Persisted in the non-secret settings: a new session trusts it too.
        QSettings settings(ini, QSettings::IniFormat);
        CertificateTrustStore store(&settings);
        QCOMPARE(store.entries().size(), 1);
        const TrustedCertificate e = store.entries().first();
        QCOMPARE(e.hostPort(), QStringLiteral("127.0.0.1:%1").arg(server.serverPort()));
        QCOMPARE(e.fingerprint, CertificateTrustStore::fingerprint(m_cert->certificate));
        QCOMPARE(e.subject, QStringLiteral("CN=hostile-one.test, O=Keyway Hostile Test"));
        QVERIFY(!e.acceptedErrors.isEmpty());
        QVERIFY(e.trustedAt.isValid());
        HttpClient client;
        client.setTrustStore(&store);
        const HttpResult ok = fetch(client, "GET", QNetworkRequest(server.url()));
        QVERIFY2(ok.succeeded(), qPrintable(ok.errorString));

        // Revoked: refused again, and gone from the settings.
        QVERIFY(store.revoke(QStringLiteral("127.0.0.1"), server.serverPort()));
        QVERIFY(!store.revoke(QStringLiteral("127.0.0.1"), server.serverPort()));
        HttpClient fresh;
        fresh.setTrustStore(&store);
        const HttpResult again = fetch(fresh, "GET", QNetworkRequest(server.url()));
        QVERIFY(again.certificateUntrusted());
    }
    QSettings settings(ini, QSettings::IniFormat);
    CertificateTrustStore reopened(&settings);
    QVERIFY(reopened.entries().isEmpty());
    QFile file(ini);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(CertificateTrustStore::fingerprint(m_cert->certificate).toLatin1()));
}

void TestHostile::trustIsPinnedToCertificateAndHostPort()
{
    TlsServer server(*m_cert);
    TlsServer other(*m_cert); // same certificate, another port
    CertificateTrustStore store(nullptr);
    store.trust(QStringLiteral("127.0.0.1"), server.serverPort(), m_cert->certificate);
    QVERIFY(store.isTrusted(QStringLiteral("127.0.0.1"), server.serverPort(), m_cert->certificate));
    QVERIFY(!store.isTrusted(QStringLiteral("localhost"), server.serverPort(), m_cert->certificate));
    {
        HttpClient client;
        client.setTrustStore(&store);
        QVERIFY(fetch(client, "GET", QNetworkRequest(server.url())).succeeded());
    }
    {
        HttpClient client;
        client.setTrustStore(&store);
        const HttpResult r = fetch(client, "GET", QNetworkRequest(other.url()));
        QVERIFY(r.certificateUntrusted());
        QCOMPARE(other.answered(), 0);
    }
    {
        // The server now presents another certificate at the trusted host:port: refused, and the new one is named.
        server.setCertificate(*m_otherCert);
        HttpClient client;
        client.setTrustStore(&store);
        const HttpResult r = fetch(client, "GET", QNetworkRequest(server.url()));
        QVERIFY(r.certificateUntrusted());
        QCOMPARE(r.untrustedCertificate, m_otherCert->certificate);
        QVERIFY2(r.errorString.contains(CertificateTrustStore::fingerprint(m_otherCert->certificate)), qPrintable(r.errorString));
        QVERIFY2(r.errorString.contains(QLatin1String("hostile-two.test")), qPrintable(r.errorString));
    }
    // Without a store nothing is ever trusted.
    HttpClient bare;
    QVERIFY(fetch(bare, "GET", QNetworkRequest(other.url())).certificateUntrusted());
}

void TestHostile::trustStoreIgnoresDamagedEntries()
{
    const QString ini = m_dir.path() + QStringLiteral("/damaged.ini");
    {
        QSettings settings(ini, QSettings::IniFormat);
        settings.beginWriteArray(QStringLiteral("certificateTrust"), 3);
        settings.setArrayIndex(0);
        settings.setValue(QStringLiteral("host"), QStringLiteral("127.0.0.1"));
        settings.setValue(QStringLiteral("port"), 443);
        settings.setValue(QStringLiteral("sha256"), QString()); // empty pin: must never match anything
        settings.setArrayIndex(1);
        settings.setValue(QStringLiteral("host"), QString());
        settings.setValue(QStringLiteral("port"), 443);
        settings.setValue(QStringLiteral("sha256"), CertificateTrustStore::fingerprint(m_cert->certificate));
        settings.setArrayIndex(2);
        settings.setValue(QStringLiteral("host"), QStringLiteral("127.0.0.1"));
        settings.setValue(QStringLiteral("port"), 8443);
        settings.setValue(QStringLiteral("sha256"), CertificateTrustStore::fingerprint(m_cert->certificate).toLower());
        settings.endArray();
    }
    QSettings settings(ini, QSettings::IniFormat);
    CertificateTrustStore store(&settings);
    QCOMPARE(store.entries().size(), 1);
    QVERIFY(!store.isTrusted(QStringLiteral("127.0.0.1"), 443, m_cert->certificate));
    QVERIFY(!store.isTrusted(QStringLiteral("127.0.0.1"), 443, QSslCertificate()));
    QVERIFY(store.isTrusted(QStringLiteral("127.0.0.1"), 8443, m_cert->certificate));
}

void TestHostile::tokenEndpointNonsense_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<auth::OAuthError::Kind>("kind");
    QTest::addColumn<QString>("messageHas");
    using K = auth::OAuthError::Kind;
    QTest::newRow("html_page") << QByteArray("text/html") << QByteArray("<!DOCTYPE html><html><body>Please sign in</body></html>")
                               << K::UnexpectedResponse << QStringLiteral("HTML");
    QTest::newRow("wrong_types") << QByteArray("application/json")
                                 << QByteArray(R"({"access_token":["a"],"token_type":7,"expires_in":{"s":1}})") << K::UnexpectedResponse
                                 << QStringLiteral("\"access_token\"");
    QTest::newRow("ten_megabyte_token") << QByteArray("application/json")
                                        << QByteArray(R"({"access_token":")") + QByteArray(10 * 1024 * 1024, 'A')
            + QByteArray(R"(","token_type":"Bearer"})")
                                        << K::UnexpectedResponse << QStringLiteral("10.0 MB");
}

void TestHostile::tokenEndpointNonsense()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(auth::OAuthError::Kind, kind);
    QFETCH(QString, messageHas);
    LocalHttpServer server;
    server.route("/token", CannedResponse{200, "OK", {{"Content-Type", contentType}}, body});
    HttpClient http;
    auth::TokenEndpoint endpoint(&http);
    auth::TokenRequest request;
    request.tokenEndpoint = server.url("/token");
    request.grant = auth::grants::clientCredentials;
    auth::ClientConfig client;
    client.clientId = QStringLiteral("hostile-client");
    client.clientSecret = QStringLiteral("hostile-secret");
    std::optional<auth::TokenResult> out;
    endpoint.requestToken(request, client, [&](const auth::TokenResult &r) { out = r; });
    QVERIFY(waitUntil([&] { return out.has_value(); }, 30000));
    QVERIFY(!out->ok());
    QCOMPARE(out->error().kind, kind);
    const QString text = out->error().message + u'\n' + out->error().diagnosis;
    QVERIFY2(text.contains(messageHas), qPrintable(text));
    QVERIFY(!out->error().message.contains(QLatin1String("hostile-secret")));
    QVERIFY(text.size() < 4000); // the 10 MB never ends up in the message
}

void TestHostile::jwksWithMalformedKeys()
{
    // One usable key among broken ones: each broken entry skipped with its reason, the good one kept.
    LocalHttpServer server;
    const QByteArray jwks = R"({"keys":[
        {"kty":"RSA","kid":"bad-n","n":"!!!not base64!!!","e":"AQAB"},
        {"kty":"EC","kid":"short-x","crv":"P-256","x":"AAAA","y":"AAAA"},
        {"kty":42,"kid":"numeric-kty"},
        "not an object",
        {"kty":"EC","kid":"good","crv":"P-256","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"}
    ]})";
    server.route("/jwks", CannedResponse{200, "OK", {{"Content-Type", "application/json"}}, jwks});
    HttpClient http;
    auth::JwksCache cache(&http);
    std::optional<auth::OAuthResult<auth::JwkSet>> out;
    cache.keys(server.url("/jwks"), QString(), [&](const auth::OAuthResult<auth::JwkSet> &r) { out = r; });
    QVERIFY(waitUntil([&] { return out.has_value(); }, 20000));
    QVERIFY2(out->ok(), out->ok() ? "" : qPrintable(out->error().toString()));
    QCOMPARE((*out)->keys.size(), 1);
    QCOMPARE((*out)->keys.first().kid, QStringLiteral("good"));
    QStringList problems;
    for (const auth::JwkProblem &p : (*out)->problems)
        problems.append(p.toString());
    const QString all = problems.join(u'\n');
    QVERIFY2(problems.size() >= 4, qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("bad-n")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("short-x")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("numeric-kty")), qPrintable(all));

    // Only broken keys: the set arrives empty (nothing to verify with), and says why each key was skipped.
    LocalHttpServer broken;
    broken.route("/jwks",
                 CannedResponse{200, "OK", {{"Content-Type", "application/json"}}, R"({"keys":[{"kty":"RSA","kid":"x","n":"","e":""}]})"});
    auth::JwksCache cache2(&http);
    out.reset();
    cache2.keys(broken.url("/jwks"), QString(), [&](const auth::OAuthResult<auth::JwkSet> &r) { out = r; });
    QVERIFY(waitUntil([&] { return out.has_value(); }, 20000));
    QVERIFY(out->ok());
    QVERIFY((*out)->keys.isEmpty());
    QCOMPARE((*out)->problems.size(), 1);
    const QString why = (*out)->problems.first().toString();
    QVERIFY2(why.contains(QLatin1String("skipped")) && why.contains(QLatin1String("\"x\"")), qPrintable(why));
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
