#pragma once

#include "auth/OAuthTypes.h"
#include "core/Result.h"
#include "net/Exchange.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>

class QTcpServer;
class QTcpSocket;
class QTimer;

namespace keyway::auth {

// The redirect listener of a browser-based grant (RFC 8252 §7.3: a loopback redirect for native apps).
//
// Why not QOAuthHttpServerReplyHandler (Qt 6.4): its default constructor listens on every interface; it hands
// over only the decoded query items, never the path, and matches the path as a prefix, so the exact redirect
// path cannot be enforced; it answers a wrong path with a bare disconnect and every callback with one fixed
// page, whatever the result; it reads no request body, so the fragment of an implicit response cannot come
// back; it has no size limits or per-connection timeouts; and its callback() always says 127.0.0.1 even when
// the provider registered "localhost". This listener is small, bounded and does all of that itself.
//
// What it does:
// - binds 127.0.0.1 only (::1 only when the redirect host is [::1]), on the given port or an ephemeral one;
//   a redirect host "localhost" is written in the redirect URI but the listener still binds 127.0.0.1;
// - accepts the exact registered path only: another path gets a 404 page saying so, and the listener goes
//   on waiting (a favicon request or a mistyped address must not end a sign-in in progress); the refusal is
//   reported through requestRefused();
// - refuses requests whose Host header is not a loopback name with this port (DNS rebinding);
// - decodes the query (or, for an implicit grant, the fragment that the served page posts back) exactly once;
// - checks `state` before anything else (missing, repeated or different: StateMismatch, and nothing from the
//   callback is used); then an `error` answer (Callback, with a diagnosis); then the parameters the grant needs;
// - answers the browser with a short "Keyway: you can close this tab" page, the result or the error
//   HTML-escaped, no-store, no-referrer and with a restrictive Content-Security-Policy;
// - stops listening after the callback (whatever its result) or after the timeout (default 5 min).
//
// Exactly one of callbackReceived() and failed() is emitted per listen(). Do not delete the receiver from a
// slot connected to them; use deleteLater().
struct LoopbackOptions
{
    enum class ResponseMode {
        Query, // authorization code: the response is in the redirect's query
        Fragment, // implicit: the response is in the fragment; a served script posts it back
    };

    // The redirect URI's host as the provider registered it: 127.0.0.1 (default), localhost or [::1].
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0; // 0: any free port
    QString path = QStringLiteral("/callback"); // matched exactly
    std::chrono::milliseconds timeout{std::chrono::minutes(5)};
    ResponseMode mode = ResponseMode::Query;
    // Parameters an accepted callback must carry besides `state` ("code"; "access_token").
    QStringList requiredParameters{QStringLiteral("code")};
    // The grant, for the diagnosis of an `error` answer ("authorizationCode", "implicit").
    QString grant = QStringLiteral("authorizationCode");

    // Bounds on what a browser (or anything else on this machine) may send.
    qsizetype maxRequestBytes = 64 * 1024; // request line, headers and body together
    int maxConnections = 16;
    std::chrono::milliseconds connectionTimeout{10'000};
};

// The parameters of a callback, each decoded exactly once (application/x-www-form-urlencoded: '+' is a space,
// %XX a byte, UTF-8), in the order received.
struct CallbackParameters
{
    QList<QPair<QString, QString>> items;

    bool contains(const QString &name) const;
    QString value(const QString &name) const; // the first value; empty when absent
    int count(const QString &name) const;

    // Parses a query string or a form body. At most `maxItems` items are kept (the rest is dropped).
    static CallbackParameters parse(QByteArrayView encoded, int maxItems = 100);
};

// The head of one HTTP request as the listener reads it (request line and headers, up to the blank line), or
// why it is refused. Pure, so that it can be tested and fuzzed alone.
struct LoopbackRequestHead
{
    int refusalStatus = 0; // 0: understood; 400 malformed, 501 chunked
    QByteArray method;
    QByteArray target;
    QList<QPair<QByteArray, QByteArray>> headers;
    qint64 contentLength = 0;

    static LoopbackRequestHead parse(QByteArrayView head);
};

class LoopbackReceiver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackReceiver)

public:
    explicit LoopbackReceiver(LoopbackOptions options, QObject *parent = nullptr);
    ~LoopbackReceiver() override;

    const LoopbackOptions &options() const { return m_options; }

    // The `state` the callback must carry (a secret: never logged). Set it before the browser is sent off.
    void setExpectedState(const QByteArray &state) { m_expectedState = state; }

    // Binds and starts the timeout. The redirect URI (http://HOST:PORT/PATH) on success; a configuration error
    // (the host is not a loopback name, the path is not absolute) or the reason the port cannot be bound.
    Result<QUrl> listen();
    void close(); // stops listening and the timeout; connections being answered still get their page

    bool isListening() const;
    QHostAddress boundAddress() const;
    quint16 port() const;
    QUrl redirectUri() const { return m_redirectUri; }
    bool isFinished() const { return m_finished; }

    // The request that decided the outcome (the callback, or the fragment posted back) as a browser-step
    // exchange for the timeline, with the page it was answered with; empty before that.
    const net::Exchange &callbackExchange() const { return m_callbackExchange; }

    // The pages, exposed for tests and previews: `message` and `detail` are plain text (escaped here).
    static QByteArray resultPage(bool success, const QString &message, const QString &detail);
    static QByteArray relayPage();

Q_SIGNALS:
    // state matched, no error, every required parameter present.
    void callbackReceived(const keyway::auth::CallbackParameters &parameters);
    // StateMismatch, Callback (an error answer, a missing or repeated parameter) or Timeout.
    void failed(const keyway::auth::OAuthError &error);
    // A request that was refused while the listener goes on waiting (wrong path, method or host). No secrets.
    void requestRefused(const QString &message);

private:
    struct Request;
    struct Response;

    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void handle(QTcpSocket *socket, const Request &request);
    void handleCallback(QTcpSocket *socket, const Request &request, const CallbackParameters &parameters);
    void respond(QTcpSocket *socket, const Response &response);
    void refuse(QTcpSocket *socket, int status, const QString &message, const QString &logMessage);
    void recordCallback(const Request &request, const Response &response, const CallbackParameters &parameters);
    void finishWith(const OAuthError &error);
    void onTimeout();
    bool hostAllowed(const QByteArray &hostHeader) const;

    LoopbackOptions m_options;
    QByteArray m_expectedState;
    QTcpServer *m_server = nullptr;
    QTimer *m_timer = nullptr;
    QUrl m_redirectUri;
    QByteArray m_encodedPath;
    bool m_finished = false;
    int m_connections = 0;
    net::Exchange m_callbackExchange;
};

} // namespace keyway::auth
