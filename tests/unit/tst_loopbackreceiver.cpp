#include "auth/LoopbackReceiver.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFile>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace keyway::auth;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kState = "expected-state-0123456789abcdefghijklmnopqrstu";

struct RawResponse
{
    bool answered = false;
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

// Sends raw bytes to 127.0.0.1:port and collects the answer until the server closes (bounded in time), while
// the event loop keeps running so that the receiver in this thread can answer.
RawResponse exchange(quint16 port, const QByteArray &request, int timeoutMs = 5000)
{
    QTcpSocket socket;
    QByteArray data;
    bool done = false;
    QObject::connect(&socket, &QTcpSocket::connected, &socket, [&] { socket.write(request); });
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { data += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::disconnected, &socket, [&] { done = true; });
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &socket, [&](QAbstractSocket::SocketError) { done = true; });
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    const QDeadlineTimer deadline(timeoutMs);
    while (!done && !deadline.hasExpired())
        QTest::qWait(5);
    data += socket.readAll();
    RawResponse r;
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0)
        return r;
    const QList<QByteArray> lines = data.left(end).split('\n');
    r.status = lines.value(0).split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            r.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    r.body = data.mid(end + 4);
    r.answered = r.status > 0;
    return r;
}

QByteArray getRequest(quint16 port, const QByteArray &target, const QByteArray &host = {})
{
    const QByteArray h = host.isEmpty() ? "127.0.0.1:" + QByteArray::number(port) : host;
    return "GET " + target + " HTTP/1.1\r\nHost: " + h + "\r\nUser-Agent: test\r\nCookie: other-app=secret\r\nConnection: close\r\n\r\n";
}

QByteArray postRequest(quint16 port, const QByteArray &target, const QByteArray &body,
                       const QByteArray &type = "application/x-www-form-urlencoded")
{
    return "POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) + "\r\nContent-Type: " + type
        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

// Whether a TCP connection to address:port is accepted (bounded wait).
bool canConnect(const QHostAddress &address, quint16 port)
{
    QTcpSocket socket;
    bool connected = false;
    bool failed = false;
    QObject::connect(&socket, &QTcpSocket::connected, &socket, [&] { connected = true; });
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &socket, [&](QAbstractSocket::SocketError) { failed = true; });
    socket.connectToHost(address, port);
    const QDeadlineTimer deadline(3000);
    while (!connected && !failed && !deadline.hasExpired())
        QTest::qWait(5);
    socket.abort();
    return connected;
}

// What a receiver emitted.
struct Outcome
{
    int received = 0;
    int failures = 0;
    QStringList refusals;
    CallbackParameters parameters;
    OAuthError error;

    void watch(LoopbackReceiver *receiver)
    {
        QObject::connect(receiver, &LoopbackReceiver::callbackReceived, receiver, [this](const CallbackParameters &p) {
            ++received;
            parameters = p;
        });
        QObject::connect(receiver, &LoopbackReceiver::failed, receiver, [this](const OAuthError &e) {
            ++failures;
            error = e;
        });
        QObject::connect(receiver, &LoopbackReceiver::requestRefused, receiver, [this](const QString &m) { refusals << m; });
    }
};

} // namespace

Q_DECLARE_METATYPE(keyway::auth::OAuthError::Kind)

class TestLoopbackReceiver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bindsLoopbackOnly();
    void redirectHost_data();
    void redirectHost();
    void refusesNonLoopbackHost_data();
    void refusesNonLoopbackHost();
    void fixedPortAndPath();
    void portInUseIsExplained();
    void callbackDecodedOnce();
    void wrongPathIsRefusedAndFlowGoesOn_data();
    void wrongPathIsRefusedAndFlowGoesOn();
    void state_data();
    void state();
    void errorAnswer();
    void missingOrRepeatedParameters_data();
    void missingOrRepeatedParameters();
    void emptyCallbackKeepsWaiting();
    void foreignHostHeaderRefused();
    void oversizedRequestRefused();
    void otherMethodRefused();
    void timeoutClosesListener();
    void closesAfterCallback();
    void answerSurvivesReceiverDeletion();
    void pageEscapesText();
    void callbackExchangeForTimeline();
    void fragmentRelay();
    void fragmentPostRefusedInQueryMode();
    void parse_data();
    void parse();

private:
    std::unique_ptr<LoopbackReceiver> make(LoopbackOptions options = {});
};

std::unique_ptr<LoopbackReceiver> TestLoopbackReceiver::make(LoopbackOptions options)
{
    auto receiver = std::make_unique<LoopbackReceiver>(options);
    receiver->setExpectedState(kState);
    const auto uri = receiver->listen();
    if (!uri.ok())
        qWarning("listen failed: %s", qPrintable(uri.error().message));
    return receiver;
}

// Local addresses (as the kernel writes them in /proc/net/tcp and tcp6) of the sockets listening on `port`.
static QStringList listeningAddresses(quint16 port)
{
    QStringList found;
    for (const QString &table : {QStringLiteral("/proc/net/tcp"), QStringLiteral("/proc/net/tcp6")}) {
        QFile file(table);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> fields = lines[i].simplified().split(' ');
            if (fields.size() < 4 || fields[3] != "0A") // 0A: LISTEN
                continue;
            const QList<QByteArray> local = fields[1].split(':');
            if (local.size() == 2 && local[1].toUShort(nullptr, 16) == port)
                found << QString::fromLatin1(local[0]);
        }
    }
    return found;
}

void TestLoopbackReceiver::bindsLoopbackOnly()
{
    auto receiver = make();
    QVERIFY(receiver->isListening());
    QCOMPARE(receiver->boundAddress(), QHostAddress(QHostAddress::LocalHost));
    const quint16 port = receiver->port();
    QVERIFY(port != 0);
    QCOMPARE(receiver->redirectUri(), QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(port)));

    QVERIFY(canConnect(QHostAddress(QHostAddress::LocalHost), port));
    // Another loopback address of this machine: routed locally, but not bound.
    QVERIFY(!canConnect(QHostAddress(QStringLiteral("127.0.0.2")), port));
    QVERIFY(!canConnect(QHostAddress(QHostAddress::LocalHostIPv6), port));
    // A wide bind would show in the kernel's socket table: the only listening socket on this port must
    // be 127.0.0.1's (read from /proc, without sending anything to a non-loopback address).
    const QStringList listeners = listeningAddresses(port);
    QCOMPARE(listeners, QStringList{QStringLiteral("0100007F")});
    QVERIFY(receiver->isListening()); // connection attempts changed nothing
}

void TestLoopbackReceiver::redirectHost_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("uriHost");
    QTest::addColumn<QString>("bound");
    QTest::newRow("127.0.0.1") << u"127.0.0.1"_s << u"127.0.0.1"_s << u"127.0.0.1"_s;
    QTest::newRow("localhost: named in the URI, bound to 127.0.0.1") << u"localhost"_s << u"localhost"_s << u"127.0.0.1"_s;
    QTest::newRow("LocalHost in another case") << u"LocalHost"_s << u"localhost"_s << u"127.0.0.1"_s;
    QTest::newRow("[::1]") << u"[::1]"_s << u"::1"_s << u"::1"_s;
}

void TestLoopbackReceiver::redirectHost()
{
    QFETCH(QString, host);
    QFETCH(QString, uriHost);
    QFETCH(QString, bound);
    LoopbackOptions options;
    options.host = host;
    LoopbackReceiver receiver(options);
    const auto uri = receiver.listen();
    if (!uri.ok() && bound == QLatin1String("::1"))
        QSKIP("IPv6 loopback is not available here");
    QVERIFY2(uri.ok(), uri.ok() ? "" : qPrintable(uri.error().message));
    QCOMPARE(uri->host(), uriHost);
    QCOMPARE(receiver.boundAddress(), QHostAddress(bound));
    if (bound == QLatin1String("127.0.0.1"))
        QVERIFY(!canConnect(QHostAddress(QHostAddress::LocalHostIPv6), receiver.port()));
}

void TestLoopbackReceiver::refusesNonLoopbackHost_data()
{
    QTest::addColumn<QString>("host");
    QTest::newRow("any address") << u"0.0.0.0"_s;
    QTest::newRow("IPv6 any") << u"::"_s;
    QTest::newRow("private network address") << u"192.168.1.10"_s;
    QTest::newRow("a name") << u"example.test"_s;
    QTest::newRow("empty") << QString();
}

void TestLoopbackReceiver::refusesNonLoopbackHost()
{
    QFETCH(QString, host);
    LoopbackOptions options;
    options.host = host;
    LoopbackReceiver receiver(options);
    const auto uri = receiver.listen();
    QVERIFY(!uri.ok());
    QVERIFY2(uri.error().message.contains(QLatin1String("loopback")), qPrintable(uri.error().message));
    QVERIFY(!receiver.isListening());
}

void TestLoopbackReceiver::fixedPortAndPath()
{
    quint16 freePort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        freePort = probe.serverPort();
    }
    LoopbackOptions options;
    options.port = freePort;
    options.path = QStringLiteral("/oauth2/redirect");
    auto receiver = make(options);
    QVERIFY(receiver->isListening());
    QCOMPARE(receiver->port(), freePort);
    QCOMPARE(receiver->redirectUri(), QUrl(QStringLiteral("http://127.0.0.1:%1/oauth2/redirect").arg(freePort)));
}

void TestLoopbackReceiver::portInUseIsExplained()
{
    QTcpServer occupier;
    QVERIFY(occupier.listen(QHostAddress::LocalHost, 0));
    LoopbackOptions options;
    options.port = occupier.serverPort();
    LoopbackReceiver receiver(options);
    const auto uri = receiver.listen();
    QVERIFY(!uri.ok());
    QVERIFY2(uri.error().message.contains(QLatin1String("in use")), qPrintable(uri.error().message));
    QVERIFY2(uri.error().message.contains(QString::number(occupier.serverPort())), qPrintable(uri.error().message));
}

void TestLoopbackReceiver::callbackDecodedOnce()
{
    auto receiver = make();
    Outcome outcome;
    outcome.watch(receiver.get());
    // code "a+b%2F/é" as a server would send it: percent-encoded once. Qt 6.4 decoded it a second time.
    const RawResponse r
        = exchange(receiver->port(),
                   getRequest(receiver->port(), "/callback?code=a%2Bb%252F%2F%C3%A9&state=" + kState + "&iss=http%3A%2F%2F127.0.0.1%3A1"));
    QVERIFY(r.answered);
    QCOMPARE(r.status, 200);
    QCOMPARE(outcome.received, 1);
    QCOMPARE(outcome.failures, 0);
    QCOMPARE(outcome.parameters.value(u"code"_s), QStringLiteral("a+b%2F/é"));
    QCOMPARE(outcome.parameters.value(u"iss"_s), QStringLiteral("http://127.0.0.1:1"));
    QVERIFY(r.body.contains("Keyway: you can close this tab"));
    QCOMPARE(r.header("Cache-Control"), QByteArray("no-store"));
    QCOMPARE(r.header("Referrer-Policy"), QByteArray("no-referrer"));
    QVERIFY(r.header("Content-Security-Policy").startsWith("default-src 'none'"));
    QVERIFY(r.header("Content-Type").startsWith("text/html"));
}

void TestLoopbackReceiver::wrongPathIsRefusedAndFlowGoesOn_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::newRow("longer name with the path as prefix") << QByteArray("/callbackX");
    QTest::newRow("sub-path") << QByteArray("/callback/evil");
    QTest::newRow("trailing slash") << QByteArray("/callback/");
    QTest::newRow("root") << QByteArray("/");
    QTest::newRow("other case") << QByteArray("/Callback");
    QTest::newRow("favicon") << QByteArray("/favicon.ico");
}

void TestLoopbackReceiver::wrongPathIsRefusedAndFlowGoesOn()
{
    QFETCH(QByteArray, target);
    auto receiver = make();
    Outcome outcome;
    outcome.watch(receiver.get());
    const quint16 port = receiver->port();
    const RawResponse wrong = exchange(port, getRequest(port, target + "?code=stolen&state=" + kState));
    QCOMPARE(wrong.status, 404);
    QVERIFY2(wrong.body.contains("not the sign-in address"), wrong.body.constData());
    QVERIFY(!wrong.body.contains("stolen")); // the query (a code) is never echoed
    QCOMPARE(outcome.received, 0);
    QCOMPARE(outcome.failures, 0);
    QCOMPARE(outcome.refusals.size(), 1);
    QVERIFY2(outcome.refusals.first().contains(QLatin1String("/callback")), qPrintable(outcome.refusals.first()));
    QVERIFY(!outcome.refusals.first().contains(QLatin1String("stolen")));
    QVERIFY(receiver->isListening());
    // The real callback still works afterwards.
    const RawResponse right = exchange(port, getRequest(port, "/callback?code=good&state=" + kState));
    QCOMPARE(right.status, 200);
    QCOMPARE(outcome.received, 1);
    QCOMPARE(outcome.parameters.value(u"code"_s), u"good"_s);
}

void TestLoopbackReceiver::state_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("missing state") << QByteArray("code=abc") << u"no state"_s;
    QTest::newRow("empty state") << QByteArray("code=abc&state=") << u"not the one"_s;
    QTest::newRow("forged state") << QByteArray("code=abc&state=forged-state-value") << u"not the one"_s;
    QTest::newRow("state in another case") << ("code=abc&state=" + kState.toUpper()) << u"not the one"_s;
    QTest::newRow("state with a suffix") << ("code=abc&state=" + kState + "x") << u"not the one"_s;
    QTest::newRow("state repeated") << ("code=abc&state=" + kState + "&state=" + kState) << u"more than once"_s;
    QTest::newRow("forged state with an error text")
        << QByteArray("error=access_denied&error_description=Call+555-0100&state=forged") << u"not the one"_s;
    QTest::newRow("no state on an error") << QByteArray("error=access_denied") << u"no state"_s;
}

void TestLoopbackReceiver::state()
{
    QFETCH(QByteArray, query);
    QFETCH(QString, messagePart);
    auto receiver = make();
    Outcome outcome;
    outcome.watch(receiver.get());
    const RawResponse r = exchange(receiver->port(), getRequest(receiver->port(), "/callback?" + query));
    QCOMPARE(r.status, 400);
    QCOMPARE(outcome.received, 0);
    QCOMPARE(outcome.failures, 1);
    QCOMPARE(outcome.error.kind, OAuthError::Kind::StateMismatch);
    QVERIFY2(outcome.error.message.contains(messagePart), qPrintable(outcome.error.message));
    QVERIFY(!outcome.error.diagnosis.isEmpty());
    // Nothing from an unverified response reaches the user: not its error text, not its code.
    QVERIFY(outcome.error.errorDescription.isEmpty());
    QVERIFY(!r.body.contains("555-0100"));
    QVERIFY(!receiver->isListening());
}

void TestLoopbackReceiver::errorAnswer()
{
    auto receiver = make();
    Outcome outcome;
    outcome.watch(receiver.get());
    const RawResponse r = exchange(receiver->port(),
                                   getRequest(receiver->port(),
                                              "/callback?error=access_denied&error_description=%3Cscript%3Ealert(1)%3C%2Fscript%3E"
                                              "+%26+%22quoted%22&error_uri=http%3A%2F%2F127.0.0.1%2Fhelp&state="
                                                  + kState));
    QCOMPARE(r.status, 400);
    QCOMPARE(outcome.failures, 1);
    QCOMPARE(outcome.error.kind, OAuthError::Kind::Callback);
    QCOMPARE(outcome.error.error, u"access_denied"_s);
    QCOMPARE(outcome.error.errorDescription, u"<script>alert(1)</script> & \"quoted\""_s);
    QCOMPARE(outcome.error.errorUri, u"http://127.0.0.1/help"_s);
    QVERIFY2(outcome.error.diagnosis.contains(QLatin1String("refused")) || outcome.error.diagnosis.contains(QLatin1String("declined")),
             qPrintable(outcome.error.diagnosis));
    // The page shows the error, escaped.
    QVERIFY(r.body.contains("access_denied"));
    QVERIFY(r.body.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot;"));
    QVERIFY(!r.body.contains("<script>"));
}

void TestLoopbackReceiver::missingOrRepeatedParameters_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("no code") << ("state=" + kState) << u"lacks code"_s;
    QTest::newRow("empty code") << ("code=&state=" + kState) << u"lacks code"_s;
    QTest::newRow("code repeated") << ("code=a&code=b&state=" + kState) << u"more than once"_s;
}

void TestLoopbackReceiver::missingOrRepeatedParameters()
{
    QFETCH(QByteArray, query);
    QFETCH(QString, messagePart);
    auto receiver = make();
    Outcome outcome;
    outcome.watch(receiver.get());
    const RawResponse r = exchange(receiver->port(), getRequest(receiver->port(), "/callback?" + query));
    QCOMPARE(r.status, 400);
    QCOMPARE(outcome.received, 0);
    QCOMPARE(outcome.failures, 1);
    QCOMPARE(outcome.error.kind, OAuthError::Kind::Callback);
    QVERIFY2(outcome.error.message.contains(messagePart), qPrintable(outcome.error.message));
}

void TestLoopbackReceiver::emptyCallbackKeepsWaiting()
{
    auto receiver = make();
    Outcome outcome;
    outcome.watch(receiver.get());
    const RawResponse r = exchange(receiver->port(), getRequest(receiver->port(), "/callback"));
    QCOMPARE(r.status, 400);
    QVERIFY(r.body.contains("still waiting"));
    QCOMPARE(outcome.failures, 0);
    QCOMPARE(outcome.refusals.size(), 1);
    QVERIFY(receiver->isListening());
}

void TestLoopbackReceiver::foreignHostHeaderRefused()
{
    auto receiver = make();
    Outcome outcome;
    outcome.watch(receiver.get());
    const quint16 port = receiver->port();
    // A DNS-rebinding page would reach 127.0.0.1 under its own name.
    const RawResponse r
        = exchange(port, getRequest(port, "/callback?code=x&state=" + kState, "rebind.example:" + QByteArray::number(port)));
    QCOMPARE(r.status, 421);
    QCOMPARE(outcome.received, 0);
    QCOMPARE(outcome.failures, 0);
    QVERIFY(receiver->isListening());
    // localhost with the right port is fine.
    const RawResponse ok = exchange(port, getRequest(port, "/callback?code=x&state=" + kState, "localhost:" + QByteArray::number(port)));
    QCOMPARE(ok.status, 200);
    QCOMPARE(outcome.received, 1);
}

void TestLoopbackReceiver::oversizedRequestRefused()
{
    LoopbackOptions options;
    options.maxRequestBytes = 4096;
    auto receiver = make(options);
    Outcome outcome;
    outcome.watch(receiver.get());
    const quint16 port = receiver->port();
    const RawResponse head = exchange(port, getRequest(port, "/callback?pad=" + QByteArray(5000, 'a') + "&state=" + kState));
    QCOMPARE(head.status, 431);
    const RawResponse body
        = exchange(port, "POST /callback HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) + "\r\nContent-Length: 100000\r\n\r\n");
    QCOMPARE(body.status, 413);
    QCOMPARE(outcome.received, 0);
    QCOMPARE(outcome.failures, 0);
    QVERIFY(receiver->isListening());
}

void TestLoopbackReceiver::otherMethodRefused()
{
    auto receiver = make();
    Outcome outcome;
    outcome.watch(receiver.get());
    const quint16 port = receiver->port();
    const RawResponse r = exchange(
        port, "DELETE /callback?code=x&state=" + kState + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) + "\r\n\r\n");
    QCOMPARE(r.status, 405);
    const RawResponse garbage = exchange(port, "hello\r\n\r\n");
    QCOMPARE(garbage.status, 400);
    QCOMPARE(outcome.received, 0);
    QCOMPARE(outcome.failures, 0);
    QVERIFY(receiver->isListening());
}

void TestLoopbackReceiver::timeoutClosesListener()
{
    LoopbackOptions options;
    options.timeout = 300ms;
    auto receiver = make(options);
    Outcome outcome;
    outcome.watch(receiver.get());
    const quint16 port = receiver->port();
    QVERIFY(canConnect(QHostAddress(QHostAddress::LocalHost), port));
    QTRY_COMPARE_WITH_TIMEOUT(outcome.failures, 1, 5000);
    QCOMPARE(outcome.error.kind, OAuthError::Kind::Timeout);
    QVERIFY2(outcome.error.message.contains(receiver->redirectUri().toString()), qPrintable(outcome.error.message));
    QVERIFY(!outcome.error.diagnosis.isEmpty());
    QVERIFY(!receiver->isListening());
    QVERIFY(receiver->isFinished());
    QVERIFY(!canConnect(QHostAddress(QHostAddress::LocalHost), port));
    QTest::qWait(400); // no second report
    QCOMPARE(outcome.failures, 1);
    QCOMPARE(outcome.received, 0);
}

void TestLoopbackReceiver::closesAfterCallback()
{
    auto receiver = make();
    Outcome outcome;
    outcome.watch(receiver.get());
    const quint16 port = receiver->port();
    QCOMPARE(exchange(port, getRequest(port, "/callback?code=x&state=" + kState)).status, 200);
    QCOMPARE(outcome.received, 1);
    QVERIFY(!receiver->isListening());
    QVERIFY(!canConnect(QHostAddress(QHostAddress::LocalHost), port));
    // The timeout no longer fires after the callback.
    QCOMPARE(outcome.failures, 0);
}

void TestLoopbackReceiver::answerSurvivesReceiverDeletion()
{
    // A flow deletes its receiver (deleteLater) as soon as the callback is reported: the browser must still get
    // the whole page, not a reset connection.
    QPointer<LoopbackReceiver> receiver = make().release();
    int received = 0;
    connect(receiver.data(), &LoopbackReceiver::callbackReceived, receiver.data(), [&] {
        ++received;
        receiver->deleteLater();
    });
    const quint16 port = receiver->port();
    const RawResponse r = exchange(port, getRequest(port, "/callback?code=x&state=" + kState));
    QCOMPARE(received, 1);
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.contains("</html>"));
    QCOMPARE(r.header("Content-Length").toInt(), r.body.size());
    QTRY_VERIFY(receiver.isNull());
}

void TestLoopbackReceiver::pageEscapesText()
{
    const QByteArray page = LoopbackReceiver::resultPage(false, u"<b>bold</b> & \"q\""_s, u"<img src=x onerror=alert(1)>"_s);
    QVERIFY(page.contains("Keyway: you can close this tab"));
    QVERIFY(page.contains("&lt;b&gt;bold&lt;/b&gt; &amp; &quot;q&quot;"));
    QVERIFY(page.contains("&lt;img src=x onerror=alert(1)&gt;"));
    QVERIFY(!page.contains("<b>"));
    QVERIFY(!page.contains("<img"));
    QVERIFY(!page.contains("<script"));
}

void TestLoopbackReceiver::callbackExchangeForTimeline()
{
    auto receiver = make();
    Outcome outcome;
    outcome.watch(receiver.get());
    QVERIFY(receiver->callbackExchange().method.isEmpty());
    const quint16 port = receiver->port();
    QCOMPARE(exchange(port, getRequest(port, "/callback?code=the-code&state=" + kState)).status, 200);
    const keyway::net::Exchange &e = receiver->callbackExchange();
    QVERIFY(e.isBrowserStep);
    QCOMPARE(e.method, QByteArray("GET"));
    QCOMPARE(e.status, 200);
    QCOMPARE(e.url.path(), u"/callback"_s);
    QCOMPARE(e.url.port(), int(port));
    QVERIFY(e.secrets.contains("the-code"));
    QVERIFY(e.secrets.contains(kState));
    for (const auto &h : e.requestHeaders)
        QVERIFY2(h.first.compare("cookie", Qt::CaseInsensitive) != 0, "a cookie of another program was recorded");
    QVERIFY(!e.responseBody.isEmpty());
}

void TestLoopbackReceiver::fragmentRelay()
{
    LoopbackOptions options;
    options.mode = LoopbackOptions::ResponseMode::Fragment;
    options.requiredParameters = {u"access_token"_s};
    options.grant = u"implicit"_s;
    auto receiver = make(options);
    Outcome outcome;
    outcome.watch(receiver.get());
    const quint16 port = receiver->port();

    // The browser loads the redirect URI without the fragment: the relay page comes back.
    const RawResponse page = exchange(port, getRequest(port, "/callback"));
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("location.hash"));
    QVERIFY(page.body.contains("XMLHttpRequest"));
    // Its script, and only that script, may run: the CSP names its hash.
    const qsizetype open = page.body.indexOf("<script>") + 8;
    const qsizetype close = page.body.indexOf("</script>");
    QVERIFY(open > 8 && close > open);
    const QByteArray hash = QCryptographicHash::hash(page.body.mid(open, close - open), QCryptographicHash::Sha256).toBase64();
    QVERIFY2(page.header("Content-Security-Policy").contains("script-src 'sha256-" + hash + "'"), page.header("Content-Security-Policy"));
    QVERIFY(page.header("Content-Security-Policy").contains("connect-src 'self'"));
    QCOMPARE(outcome.received, 0);
    QVERIFY(receiver->isListening());

    // The script posts the fragment back to the same path.
    const RawResponse posted
        = exchange(port, postRequest(port, "/callback", "access_token=tok%2Ben&token_type=Bearer&expires_in=60&state=" + kState));
    QCOMPARE(posted.status, 200);
    QVERIFY(posted.header("Content-Type").startsWith("text/plain"));
    QVERIFY(posted.body.contains("close this tab"));
    QCOMPARE(outcome.received, 1);
    QCOMPARE(outcome.parameters.value(u"access_token"_s), u"tok+en"_s);
    QCOMPARE(receiver->callbackExchange().method, QByteArray("POST"));
    QVERIFY(receiver->callbackExchange().secrets.contains("tok+en"));
    QVERIFY(!receiver->isListening());
}

void TestLoopbackReceiver::fragmentPostRefusedInQueryMode()
{
    auto receiver = make();
    Outcome outcome;
    outcome.watch(receiver.get());
    const quint16 port = receiver->port();
    QCOMPARE(exchange(port, postRequest(port, "/callback", "code=x&state=" + kState)).status, 405);
    QCOMPARE(outcome.received, 0);
    QVERIFY(receiver->isListening());
}

void TestLoopbackReceiver::parse_data()
{
    QTest::addColumn<QByteArray>("encoded");
    QTest::addColumn<QStringList>("pairs"); // name, value, name, value...
    QTest::newRow("plain") << QByteArray("a=1&b=2") << QStringList{u"a"_s, u"1"_s, u"b"_s, u"2"_s};
    QTest::newRow("plus is a space") << QByteArray("d=two+words") << QStringList{u"d"_s, u"two words"_s};
    QTest::newRow("encoded plus") << QByteArray("c=a%2Bb") << QStringList{u"c"_s, u"a+b"_s};
    QTest::newRow("double-encoded stays encoded once") << QByteArray("c=%252F") << QStringList{u"c"_s, u"%2F"_s};
    QTest::newRow("UTF-8") << QByteArray("n=%C3%A9t%C3%A9") << QStringList{u"n"_s, QStringLiteral("été")};
    QTest::newRow("no value") << QByteArray("flag&x=") << QStringList{u"flag"_s, QString(), u"x"_s, QString()};
    QTest::newRow("empty pieces") << QByteArray("&&a=1&") << QStringList{u"a"_s, u"1"_s};
    QTest::newRow("equals in value") << QByteArray("t=a=b") << QStringList{u"t"_s, u"a=b"_s};
    QTest::newRow("encoded name") << QByteArray("error%5Fdescription=x") << QStringList{u"error_description"_s, u"x"_s};
    QTest::newRow("empty") << QByteArray() << QStringList{};
}

void TestLoopbackReceiver::parse()
{
    QFETCH(QByteArray, encoded);
    QFETCH(QStringList, pairs);
    const CallbackParameters p = CallbackParameters::parse(encoded);
    QCOMPARE(p.items.size(), pairs.size() / 2);
    for (qsizetype i = 0; i < p.items.size(); ++i) {
        QCOMPARE(p.items[i].first, pairs[2 * i]);
        QCOMPARE(p.items[i].second, pairs[2 * i + 1]);
    }
    // Bounded.
    QCOMPARE(CallbackParameters::parse(QByteArray("a=1&").repeated(500), 100).items.size(), 100);
}

QTEST_GUILESS_MAIN(TestLoopbackReceiver)
#include "tst_loopbackreceiver.moc"
