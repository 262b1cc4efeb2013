#include "auth/LoopbackReceiver.h"

#include "auth/Jwt.h"
#include "auth/Pkce.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace keyway::auth {

namespace {

Q_LOGGING_CATEGORY(lcLoopback, "keyway.oauth.loopback")

// Parameters whose values are secrets: masked on the timeline, never logged.
const QStringList &secretParameterNames()
{
    static const QStringList names{QStringLiteral("code"), QStringLiteral("state"), QStringLiteral("access_token"),
                                   QStringLiteral("id_token"), QStringLiteral("refresh_token")};
    return names;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 410:
        return "Gone";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 421:
        return "Misdirected Request";
    case 431:
        return "Request Header Fields Too Large";
    case 501:
        return "Not Implemented";
    }
    return "Error";
}

// A path for a message: printable, short. Never the query (it may carry a code or a token).
QString displayPath(const QByteArray &path)
{
    QString text = QString::fromLatin1(path.left(200));
    if (path.size() > 200)
        text += QStringLiteral("…");
    return text;
}

// The served script posts the fragment back to the same path and shows the answer. Inline, allowed by its
// hash in the page's Content-Security-Policy; nothing else may run or be fetched.
const char kRelayScript[] = "(function () {\n"
                            "  var out = document.getElementById('status');\n"
                            "  var hash = window.location.hash.length > 1 ? window.location.hash.substring(1) : '';\n"
                            "  if (window.history && window.history.replaceState)\n"
                            "    window.history.replaceState(null, '', window.location.pathname);\n"
                            "  if (!hash) {\n"
                            "    out.textContent = 'Keyway: this address carried no sign-in response. You can close this tab.';\n"
                            "    return;\n"
                            "  }\n"
                            "  var request = new XMLHttpRequest();\n"
                            "  request.open('POST', window.location.pathname);\n"
                            "  request.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded');\n"
                            "  request.onload = function () { out.textContent = request.responseText; };\n"
                            "  request.onerror = function () {\n"
                            "    out.textContent = 'Keyway: the sign-in response could not be handed to Keyway (it may have "
                            "stopped waiting). You can close this tab.';\n"
                            "  };\n"
                            "  request.send(hash);\n"
                            "})();\n";

QByteArray relayScriptHash()
{
    return QCryptographicHash::hash(QByteArrayView(kRelayScript), QCryptographicHash::Sha256).toBase64();
}

const char kPageCsp[] = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

} // namespace

// CallbackParameters ------------------------------------------------------------------------------------------

bool CallbackParameters::contains(const QString &name) const
{
    return count(name) > 0;
}

QString CallbackParameters::value(const QString &name) const
{
    for (const auto &item : items) {
        if (item.first == name)
            return item.second;
    }
    return {};
}

int CallbackParameters::count(const QString &name) const
{
    int n = 0;
    for (const auto &item : items)
        n += item.first == name ? 1 : 0;
    return n;
}

CallbackParameters CallbackParameters::parse(QByteArrayView encoded, int maxItems)
{
    const auto decode = [](QByteArrayView part) {
        QByteArray bytes = part.toByteArray();
        bytes.replace('+', ' ');
        // Exactly one decoding step: "%252F" stays "%2F" (Qt 6.4's flow decoded the code twice).
        return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
    };
    CallbackParameters result;
    qsizetype start = 0;
    while (start <= encoded.size() && result.items.size() < maxItems) {
        qsizetype end = encoded.indexOf('&', start);
        if (end < 0)
            end = encoded.size();
        const QByteArrayView piece = encoded.sliced(start, end - start);
        if (!piece.isEmpty()) {
            const qsizetype eq = piece.indexOf('=');
            if (eq < 0)
                result.items.append({decode(piece), QString()});
            else
                result.items.append({decode(piece.first(eq)), decode(piece.sliced(eq + 1))});
        }
        start = end + 1;
    }
    return result;
}

// LoopbackReceiver --------------------------------------------------------------------------------------------

struct LoopbackReceiver::Request
{
    QByteArray method;
    QByteArray target;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QDateTime receivedAt;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

struct LoopbackReceiver::Response
{
    int status = 200;
    QByteArray contentType = "text/html; charset=utf-8";
    QByteArray body;
    QByteArray contentSecurityPolicy = kPageCsp;
};

LoopbackReceiver::LoopbackReceiver(LoopbackOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_server(new QTcpServer(this)), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &LoopbackReceiver::onTimeout);
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackReceiver::onNewConnection);
}

LoopbackReceiver::~LoopbackReceiver() = default;

Result<QUrl> LoopbackReceiver::listen()
{
    if (m_server->isListening())
        return m_redirectUri;
    if (m_finished)
        return Error{tr("This loopback listener has already received its callback; start a new one."), {}};

    QString host = m_options.host.trimmed();
    QHostAddress address;
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) {
        host = QStringLiteral("localhost");
        address = QHostAddress(QHostAddress::LocalHost); // the URL says localhost; the socket is 127.0.0.1 only
    } else if (host == QLatin1String("127.0.0.1")) {
        address = QHostAddress(QHostAddress::LocalHost);
    } else if (host == QLatin1String("::1") || host == QLatin1String("[::1]")) {
        host = QStringLiteral("::1");
        address = QHostAddress(QHostAddress::LocalHostIPv6);
    } else {
        return Error{tr("The redirect host \"%1\" is not allowed: a loopback redirect uses 127.0.0.1, localhost or [::1] "
                        "(RFC 8252 §7.3), so that no other machine can reach the listener.")
                         .arg(host),
                     {}};
    }
    const QString path = m_options.path.isEmpty() ? QStringLiteral("/") : m_options.path;
    if (!path.startsWith(u'/') || path.contains(u'?') || path.contains(u'#'))
        return Error{tr("The redirect path \"%1\" must start with \"/\" and contain no query or fragment.").arg(path), {}};

    if (!m_server->listen(address, m_options.port)) {
        const QString why = m_server->serverError() == QAbstractSocket::AddressInUseError
            ? tr("the port is in use (another program, or another sign-in, is listening there)")
            : m_server->errorString();
        return Error{tr("Cannot listen for the sign-in callback on %1 port %2: %3.")
                         .arg(address.toString())
                         .arg(m_options.port == 0 ? tr("(any)") : QString::number(m_options.port))
                         .arg(why),
                     {}};
    }

    QUrl uri;
    uri.setScheme(QStringLiteral("http"));
    uri.setHost(host);
    uri.setPort(m_server->serverPort());
    uri.setPath(path);
    m_redirectUri = uri;
    m_encodedPath = uri.path(QUrl::FullyEncoded).toLatin1();
    m_timer->start(m_options.timeout);
    qCDebug(lcLoopback) << "listening on" << address.toString() << "port" << m_server->serverPort() << "path" << path;
    return m_redirectUri;
}

void LoopbackReceiver::close()
{
    m_timer->stop();
    if (m_server->isListening()) {
        m_server->close();
        qCDebug(lcLoopback) << "closed";
    }
}

bool LoopbackReceiver::isListening() const
{
    return m_server->isListening();
}

QHostAddress LoopbackReceiver::boundAddress() const
{
    return m_server->serverAddress();
}

quint16 LoopbackReceiver::port() const
{
    return m_server->isListening() ? m_server->serverPort() : quint16(m_redirectUri.port(0));
}

void LoopbackReceiver::onNewConnection()
{
    // Bounded by QTcpServer's pending-connection limit.
    while (m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        if (!socket)
            break;
        if (m_connections >= m_options.maxConnections || m_finished) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        ++m_connections;
        connect(socket, &QObject::destroyed, this, [this] { --m_connections; });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        // Every connection ends within the timeout, answered or not.
        QTimer::singleShot(m_options.connectionTimeout, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
        // One request per connection (answers say Connection: close); `done` once it has been answered.
        struct Pending
        {
            QByteArray buffer;
            bool done = false;
        };
        auto pending = std::make_shared<Pending>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, pending] {
            if (pending->done) {
                socket->readAll(); // discarded
                return;
            }
            QByteArray *buffer = &pending->buffer;
            buffer->append(socket->read(m_options.maxRequestBytes + 1 - buffer->size()));
            const qsizetype headEnd = buffer->indexOf("\r\n\r\n");
            if (headEnd < 0) {
                if (buffer->size() > m_options.maxRequestBytes) {
                    pending->done = true;
                    refuse(socket, 431, tr("The request is too large."), tr("An oversized request was refused."));
                }
                return;
            }
            // From here on, every path answers once.
            pending->done = true;
            Request request;
            request.receivedAt = QDateTime::currentDateTimeUtc();
            const LoopbackRequestHead head = LoopbackRequestHead::parse(QByteArrayView(*buffer).first(headEnd));
            if (head.refusalStatus == 501) {
                refuse(socket, 501, tr("Chunked requests are not accepted here."), tr("A chunked request was refused."));
                return;
            }
            if (head.refusalStatus != 0) {
                refuse(socket, 400, tr("The request is not understood."), tr("A malformed request was refused."));
                return;
            }
            request.method = head.method;
            request.target = head.target;
            request.headers = head.headers;
            const qint64 contentLength = head.contentLength;
            if (contentLength > m_options.maxRequestBytes - (headEnd + 4)) {
                refuse(socket, 413, tr("The request is too large."), tr("An oversized request was refused."));
                return;
            }
            if (buffer->size() - (headEnd + 4) < contentLength) {
                pending->done = false; // more to come
                return;
            }
            request.body = buffer->mid(headEnd + 4, contentLength);
            buffer->fill('\0');
            buffer->clear();
            handle(socket, request);
        });
    }
}

LoopbackRequestHead LoopbackRequestHead::parse(QByteArrayView headBytes)
{
    LoopbackRequestHead head;
    const QList<QByteArray> lines = headBytes.toByteArray().split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    if (first.size() != 3 || !first[1].startsWith('/') || !first[2].startsWith("HTTP/1.")) {
        head.refusalStatus = 400;
        return head;
    }
    head.method = first[0];
    head.target = first[1];
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        head.headers.append({name, value});
        if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            head.contentLength = value.toLongLong(&ok);
            if (!ok || head.contentLength < 0) {
                head.refusalStatus = 400;
                return head;
            }
        } else if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0) {
            head.refusalStatus = 501;
            return head;
        }
    }
    return head;
}

bool LoopbackReceiver::hostAllowed(const QByteArray &hostHeader) const
{
    const QByteArray host = hostHeader.trimmed().toLower();
    const QByteArray port = QByteArray::number(m_server->serverPort());
    for (const QByteArray &name : {QByteArray("127.0.0.1"), QByteArray("localhost"), QByteArray("[::1]")}) {
        if (host == name + ':' + port)
            return true;
        if (port == "80" && host == name)
            return true;
    }
    return false;
}

void LoopbackReceiver::handle(QTcpSocket *socket, const Request &request)
{
    if (!hostAllowed(request.header("Host"))) {
        refuse(socket, 421, tr("This request named another host; Keyway only answers requests for its own loopback address."),
               tr("A request for another host name was refused (its Host header does not name this loopback listener)."));
        return;
    }
    QByteArray path = request.target;
    QByteArray query;
    if (const qsizetype hash = path.indexOf('#'); hash >= 0)
        path.truncate(hash);
    if (const qsizetype q = path.indexOf('?'); q >= 0) {
        query = path.mid(q + 1);
        path.truncate(q);
    }
    if (path != m_encodedPath) {
        refuse(socket, 404,
               tr("This is not the sign-in address: Keyway waits for the sign-in response at %1, and this request went to %2. "
                  "The sign-in goes on; you can close this tab.")
                   .arg(QString::fromLatin1(m_encodedPath), displayPath(path)),
               tr("A request to %1 was refused: the redirect path is %2 (matched exactly). Still waiting for the callback.")
                   .arg(displayPath(path), QString::fromLatin1(m_encodedPath)));
        return;
    }
    if (m_finished) {
        refuse(socket, 410, tr("This sign-in is over; you can close this tab."),
               tr("A request arrived after the callback and was refused."));
        return;
    }
    const bool fragmentMode = m_options.mode == LoopbackOptions::ResponseMode::Fragment;
    if (request.method == "GET") {
        if (!query.isEmpty()) {
            handleCallback(socket, request, CallbackParameters::parse(query));
            return;
        }
        if (fragmentMode) {
            Response response;
            response.body = relayPage();
            response.contentSecurityPolicy = "default-src 'none'; script-src 'sha256-" + relayScriptHash()
                + "'; connect-src 'self'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
            respond(socket, response);
            return;
        }
        refuse(socket, 400,
               tr("This address waits for the sign-in response of the authorization server, and this request carried none. "
                  "Keyway is still waiting."),
               tr("A request without any response parameters reached the callback address and was refused. Still waiting."));
        return;
    }
    if (request.method == "POST" && fragmentMode) {
        const QByteArray type = request.header("Content-Type").toLower();
        if (!type.startsWith("application/x-www-form-urlencoded") && !type.startsWith("text/plain")) {
            refuse(socket, 415, tr("The response must be posted form-encoded."),
                   tr("A POST with an unexpected content type reached the callback address and was refused."));
            return;
        }
        handleCallback(socket, request, CallbackParameters::parse(request.body));
        return;
    }
    refuse(socket, 405, tr("This address only accepts the sign-in response."),
           tr("A %1 request to the callback address was refused.").arg(QString::fromLatin1(request.method.left(16))));
}

void LoopbackReceiver::handleCallback(QTcpSocket *socket, const Request &request, const CallbackParameters &parameters)
{
    const bool fragmentPost = request.method == "POST";
    OAuthError error;
    bool ok = false;
    const int stateCount = parameters.count(QStringLiteral("state"));
    const QByteArray state = parameters.value(QStringLiteral("state")).toUtf8();

    // state first: until it matches, nothing in the response (not even an error text) can be trusted.
    if (stateCount == 0 || stateCount > 1 || m_expectedState.isEmpty() || !constantTimeEquals(state, m_expectedState)) {
        error.kind = OAuthError::Kind::StateMismatch;
        error.error = QStringLiteral("state_mismatch");
        if (stateCount == 0) {
            error.message = tr("The authorization response was refused: it carried no state.");
            error.diagnosis = tr("Keyway sends a random state with every sign-in and accepts only a response that returns it. "
                                 "A response without one did not come from this sign-in (a forged or replayed link), or the "
                                 "server drops the parameter. Nothing from the response was used; start the sign-in again.");
        } else {
            error.message = stateCount > 1 ? tr("The authorization response was refused: it carried the state more than once.")
                                           : tr("The authorization response was refused: its state is not the one Keyway sent.");
            error.diagnosis = tr("The response does not belong to the sign-in Keyway started: it comes from an older browser tab or "
                                 "an earlier attempt, or it was forged (cross-site request forgery). Nothing from the response "
                                 "was used; start the sign-in again.");
        }
    } else if (const auto repeated = std::find_if(parameters.items.cbegin(), parameters.items.cend(),
                                                  [&](const auto &item) { return parameters.count(item.first) > 1; });
               repeated != parameters.items.cend()) {
        error.kind = OAuthError::Kind::Callback;
        error.error = QStringLiteral("invalid_request");
        error.message = tr("The authorization response carried the parameter \"%1\" more than once.").arg(repeated->first.left(64));
        error.diagnosis = tr("RFC 6749 §3.1 forbids repeated parameters; a response with two values for one name is ambiguous "
                             "and was not used. A proxy or a misconfigured server may have added one. Start the sign-in again.");
    } else if (parameters.contains(QStringLiteral("error"))) {
        error.kind = OAuthError::Kind::Callback;
        error.error = parameters.value(QStringLiteral("error"));
        error.errorDescription = parameters.value(QStringLiteral("error_description"));
        error.errorUri = parameters.value(QStringLiteral("error_uri"));
        error.message = tr("The authorization server refused the sign-in: %1.").arg(error.error.left(200));
        error.diagnosis = diagnoseOAuthError(error.error, error.errorDescription, m_options.grant, 0);
    } else {
        QStringList missing;
        for (const QString &name : m_options.requiredParameters) {
            if (parameters.value(name).isEmpty())
                missing << name;
        }
        if (!missing.isEmpty()) {
            error.kind = OAuthError::Kind::Callback;
            error.error = QStringLiteral("invalid_request");
            error.message = tr("The authorization response lacks %1.").arg(missing.join(QStringLiteral(", ")));
            error.diagnosis = tr("The server redirected back without the parameters this grant needs: the response type may "
                                 "not be supported for this client, or the response went to the query instead of the "
                                 "fragment (or the other way round).");
        } else {
            ok = true;
        }
    }

    Response response;
    if (fragmentPost) {
        response.contentType = "text/plain; charset=utf-8";
        response.status = ok ? 200 : 400;
        response.body = ok
            ? tr("Keyway: the sign-in response was received. You can close this tab.").toUtf8()
            : (tr("Keyway: the sign-in failed. %1").arg(error.toString().left(2000)) + u' ' + tr("You can close this tab.")).toUtf8();
    } else if (ok) {
        response.body = resultPage(true, tr("Keyway received the sign-in response."),
                                   tr("Keyway finishes the sign-in and shows the result in its own window."));
    } else {
        response.status = 400;
        QString detail = error.error.isEmpty() || error.kind == OAuthError::Kind::StateMismatch
            ? QString()
            : (error.errorDescription.isEmpty() ? error.error : error.error + QStringLiteral(": ") + error.errorDescription);
        response.body = resultPage(false, error.message, (detail.left(1000) + u' ' + error.diagnosis).trimmed());
    }
    respond(socket, response);
    recordCallback(request, response, parameters);

    m_finished = true;
    close();
    if (ok)
        qCDebug(lcLoopback) << "callback accepted";
    else
        qCDebug(lcLoopback) << "callback refused:" << error.message;
    if (ok)
        Q_EMIT callbackReceived(parameters);
    else
        Q_EMIT failed(error);
}

void LoopbackReceiver::respond(QTcpSocket *socket, const Response &response)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    head += "Content-Type: " + response.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    head += "Cache-Control: no-store\r\nPragma: no-cache\r\nReferrer-Policy: no-referrer\r\n";
    head += "X-Content-Type-Options: nosniff\r\nX-Frame-Options: DENY\r\n";
    head += "Content-Security-Policy: " + response.contentSecurityPolicy + "\r\n";
    head += "Connection: close\r\n\r\n";
    socket->write(head);
    socket->write(response.body);
    // An answered connection outlives the receiver (which its owner may delete as soon as the callback is
    // reported): deleting the socket with it would reset the connection before the page is flushed. It is
    // deleted once closed, or by its own connection timeout at the latest.
    socket->setParent(nullptr);
    socket->disconnectFromHost();
}

void LoopbackReceiver::refuse(QTcpSocket *socket, int status, const QString &message, const QString &logMessage)
{
    Response response;
    response.status = status;
    response.body = resultPage(false, message, QString());
    respond(socket, response);
    qCDebug(lcLoopback) << "refused a request with" << status;
    Q_EMIT requestRefused(logMessage);
}

void LoopbackReceiver::recordCallback(const Request &request, const Response &response, const CallbackParameters &parameters)
{
    net::Exchange e;
    e.isBrowserStep = true;
    e.label = request.method == "POST" ? tr("Authorization response (fragment posted back to the loopback)")
                                       : tr("Authorization response (browser redirect to the loopback)");
    e.startedAt = request.receivedAt;
    e.method = request.method;
    QUrl base = m_redirectUri;
    base.setPath(QString());
    e.url = QUrl::fromEncoded(base.toEncoded() + request.target, QUrl::TolerantMode);
    e.finalUrl = e.url;
    for (const auto &h : request.headers) {
        // Cookies a browser sends to 127.0.0.1 belong to other local programs: not ours to record.
        if (h.first.compare("cookie", Qt::CaseInsensitive) != 0)
            e.requestHeaders.append(h);
    }
    e.requestBody = request.body;
    e.status = response.status;
    e.reason = reasonPhrase(response.status);
    e.responseHeaders = {{"Content-Type", response.contentType}, {"Cache-Control", "no-store"}, {"Referrer-Policy", "no-referrer"}};
    e.responseBody = response.body;
    for (const auto &item : parameters.items) {
        if (!secretParameterNames().contains(item.first) || item.second.isEmpty())
            continue;
        const QByteArray value = item.second.toUtf8();
        e.secrets.append(value);
        const QByteArray encoded = QUrl::toPercentEncoding(item.second);
        if (encoded != value)
            e.secrets.append(encoded);
    }
    m_callbackExchange = std::move(e);
}

void LoopbackReceiver::finishWith(const OAuthError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    close();
    Q_EMIT failed(error);
}

void LoopbackReceiver::onTimeout()
{
    if (m_finished)
        return;
    OAuthError error;
    error.kind = OAuthError::Kind::Timeout;
    const qint64 seconds = std::chrono::duration_cast<std::chrono::seconds>(m_options.timeout).count();
    error.message = tr("No sign-in response reached %1 within %2; the loopback listener is closed.")
                        .arg(m_redirectUri.toString(), describeDuration(seconds));
    error.diagnosis = tr("The browser did not come back: the sign-in was not finished in time, the browser was not opened, or "
                         "the authorization server redirected elsewhere (check that the registered redirect URI is %1, "
                         "port included when the server compares it). Start the sign-in again.")
                          .arg(m_redirectUri.toString());
    finishWith(error);
}

QByteArray LoopbackReceiver::resultPage(bool success, const QString &message, const QString &detail)
{
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                                  "<meta name=\"viewport\" content=\"width=device-width\"><title>");
    html += tr("Keyway: you can close this tab").toHtmlEscaped();
    html += QStringLiteral("</title><style>body{font-family:sans-serif;margin:3em auto;max-width:40em;padding:0 1em;color:#222}"
                           "h1{font-size:1.3em}.ok{color:#1a6e1a}.fail{color:#a40000}</style></head><body><h1>");
    html += tr("Keyway: you can close this tab").toHtmlEscaped();
    html += QStringLiteral("</h1><p class=\"%1\">").arg(success ? QStringLiteral("ok") : QStringLiteral("fail"));
    html += message.toHtmlEscaped();
    html += QStringLiteral("</p>");
    if (!detail.isEmpty())
        html += QStringLiteral("<p>") + detail.toHtmlEscaped() + QStringLiteral("</p>");
    html += QStringLiteral("</body></html>\n");
    return html.toUtf8();
}

QByteArray LoopbackReceiver::relayPage()
{
    QByteArray html = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                      "<meta name=\"viewport\" content=\"width=device-width\"><title>";
    html += tr("Keyway: you can close this tab").toHtmlEscaped().toUtf8();
    html += "</title><style>body{font-family:sans-serif;margin:3em auto;max-width:40em;padding:0 1em;color:#222}</style>"
            "</head><body><p id=\"status\">";
    html += tr("Keyway is reading the sign-in response…").toHtmlEscaped().toUtf8();
    html += "</p><noscript><p>";
    html += tr("This page needs JavaScript to hand the sign-in response (in the address, after #) to Keyway.").toHtmlEscaped().toUtf8();
    html += "</p></noscript><script>";
    html += kRelayScript;
    html += "</script></body></html>\n";
    return html;
}

} // namespace keyway::auth
