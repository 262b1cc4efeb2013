#include "net/HttpClient.h"

#include "net/CertificateTrustStore.h"
#include "net/Timeline.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrlQuery>

namespace keyway::net {

namespace {

Q_LOGGING_CATEGORY(lcHttp, "keyway.net.http")

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == QLatin1String("https") ? 443 : 80) == b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

QString describeNetworkError(QNetworkReply *reply)
{
    const QUrl url = reply->url();
    const QString where
        = url.host().isEmpty() ? url.toDisplayString() : url.host() + (url.port() > 0 ? u':' + QString::number(url.port()) : QString());
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return QObject::tr("The connection to %1 was refused: is the server running?").arg(where);
    case QNetworkReply::RemoteHostClosedError:
        return QObject::tr("%1 closed the connection before answering.").arg(where);
    case QNetworkReply::HostNotFoundError:
        return QObject::tr("The host %1 was not found.").arg(url.host());
    case QNetworkReply::SslHandshakeFailedError:
        return QObject::tr("The TLS handshake with %1 failed: %2").arg(where, reply->errorString());
    default:
        return reply->errorString();
    }
}

} // namespace

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

HttpClient::HttpClient(QObject *parent) : HttpClient(new QNetworkAccessManager, parent)
{
    m_nam->setParent(this);
}

HttpClient::HttpClient(QNetworkAccessManager *nam, QObject *parent) : QObject(parent), m_nam(nam)
{
    // Redirects are followed by HttpRequestHandle itself, so that credentials never leave their origin.
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

HttpClient::~HttpClient() = default;

void HttpClient::setTrustStore(CertificateTrustStore *store)
{
    m_trustStore = store;
}

CertificateTrustStore *HttpClient::trustStore() const
{
    return m_trustStore;
}

const QList<QByteArray> &HttpClient::alwaysSensitiveHeaders()
{
    static const QList<QByteArray> names{QByteArrayLiteral("authorization"), QByteArrayLiteral("cookie"),
                                         QByteArrayLiteral("proxy-authorization")};
    return names;
}

HttpRequestHandle *HttpClient::get(const QUrl &url, Callback done, ProgressCallback progress)
{
    return send(QByteArrayLiteral("GET"), QNetworkRequest(url), {}, std::move(done), std::move(progress));
}

HttpRequestHandle *HttpClient::send(const QByteArray &verb, QNetworkRequest request, const QByteArray &body, Callback done,
                                    ProgressCallback progress)
{
    return send(verb, std::move(request), body, RequestInfo{}, std::move(done), std::move(progress));
}

HttpRequestHandle *HttpClient::send(const QByteArray &verb, QNetworkRequest request, const QByteArray &body, const RequestInfo &info,
                                    Callback done, ProgressCallback progress)
{
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // Keyway decides which cookies go out (a cookie API key is a credential like any other).
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    auto *handle = new HttpRequestHandle(this, nullptr, std::move(done), std::move(progress), m_limits);
    handle->m_verb = verb;
    handle->m_request = request;
    handle->m_requestBody = body;
    handle->m_originalUrl = request.url();
    handle->m_info = info;
    for (const QByteArray &name : info.sensitiveHeaders)
        handle->addSensitiveHeader(name);
    handle->m_startedAt = QDateTime::currentDateTimeUtc();
    handle->start(request, verb, body);
    return handle;
}

HttpRequestHandle::HttpRequestHandle(HttpClient *client, QNetworkReply *reply, HttpClient::Callback done,
                                     HttpClient::ProgressCallback progress, const HttpLimits &limits)
    : QObject(client), m_reply(reply), m_done(std::move(done)), m_progress(std::move(progress)), m_limits(limits)
{
    m_elapsed.start();
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(int(m_limits.timeout.count()));
    connect(m_timer, &QTimer::timeout, this, [this] {
        finish(HttpResult::Status::Timeout,
               tr("No complete answer from %1 within %2 s.")
                   .arg(m_currentUrl.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery))
                   .arg(double(m_limits.timeout.count()) / 1000.0));
    });
    m_idleTimer = new QTimer(this);
    m_idleTimer->setSingleShot(true);
    m_idleTimer->setInterval(int(m_limits.idleTimeout.count()));
    connect(m_idleTimer, &QTimer::timeout, this, [this] {
        const QString where = m_currentUrl.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
        const double seconds = double(m_limits.idleTimeout.count()) / 1000.0;
        if (!m_receivedAnything) {
            finish(HttpResult::Status::Timeout,
                   tr("%1 sent no answer for %2 s (it stopped sending, or never began).").arg(where, QString::number(seconds)));
            return;
        }
        finish(HttpResult::Status::Timeout,
               tr("%1 stopped sending for %2 s in the middle of its answer (after %3 bytes).")
                   .arg(where, QString::number(seconds), QString::number(m_body.size())));
    });
    m_timer->start();
}

void HttpRequestHandle::addSensitiveHeader(const QByteArray &name)
{
    m_sensitive.append(name.toLower());
}

void HttpRequestHandle::start(const QNetworkRequest &request, const QByteArray &verb, const QByteArray &body)
{
    auto *client = static_cast<HttpClient *>(parent());
    m_currentUrl = request.url();
    m_body.clear();
    m_receivedAnything = false;
    QNetworkReply *reply = body.isEmpty() && verb == "GET" ? client->networkAccessManager()->get(request)
                                                           : client->networkAccessManager()->sendCustomRequest(request, verb, body);
    m_reply = reply;
    m_idleTimer->start();
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
        if (reply != m_reply || m_finished)
            return;
        m_idleTimer->start();
        m_receivedAnything = true;
        const QByteArray chunk = reply->readAll();
        if (m_body.size() + chunk.size() > m_limits.maxResponseBytes) {
            finish(HttpResult::Status::TooLarge,
                   tr("The response from %1 is larger than the limit of %2 MB; it was cut off.")
                       .arg(m_currentUrl.host())
                       .arg(double(m_limits.maxResponseBytes) / (1024.0 * 1024.0), 0, 'f', 1));
            return;
        }
        m_body.append(chunk);
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this, reply](qint64 received, qint64 total) {
        if (reply != m_reply || m_finished)
            return;
        m_idleTimer->start();
        if (total > m_limits.maxResponseBytes) {
            finish(HttpResult::Status::TooLarge,
                   tr("The response from %1 announces %2 MB, more than the limit of %3 MB.")
                       .arg(m_currentUrl.host())
                       .arg(double(total) / (1024.0 * 1024.0), 0, 'f', 1)
                       .arg(double(m_limits.maxResponseBytes) / (1024.0 * 1024.0), 0, 'f', 1));
            return;
        }
        if (m_progress)
            m_progress(received, total);
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        if (reply != m_reply || m_finished)
            return;
        m_idleTimer->start();
        m_receivedAnything = true;
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        if (reply != m_reply || m_finished)
            return;
        onReplyFinished();
    });
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError> &errors) {
        if (reply != m_reply || m_finished)
            return;
        QSslCertificate leaf = reply->sslConfiguration().peerCertificate();
        for (qsizetype i = 0; leaf.isNull() && i < errors.size(); ++i)
            leaf = errors.at(i).certificate();
        const quint16 port = quint16(m_currentUrl.port(443));
        auto *owner = static_cast<HttpClient *>(parent());
        // Only the exact certificate the user trusted, only on the host and port it was trusted for.
        if (owner->trustStore() && owner->trustStore()->isTrusted(m_currentUrl.host(), port, leaf)) {
            qCDebug(lcHttp) << "TLS errors ignored for a trusted certificate of" << m_currentUrl.host() << port;
            reply->ignoreSslErrors(errors);
            return;
        }
        m_untrustedCertificate = leaf;
        m_sslErrors = errors;
    });
}

void HttpRequestHandle::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_body.append(reply->readAll());
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QUrl location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    if (status >= 300 && status < 400 && status != 304 && location.isValid()) {
        if (++m_redirects > m_limits.maxRedirects) {
            finish(HttpResult::Status::RedirectRefused,
                   tr("Stopped after %1 redirects (a redirect loop?), last at %2.")
                       .arg(m_limits.maxRedirects)
                       .arg(m_currentUrl.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)));
            return;
        }
        const QUrl target = m_currentUrl.resolved(location);
        if (target.scheme() != QLatin1String("http") && target.scheme() != QLatin1String("https")) {
            finish(HttpResult::Status::RedirectRefused, tr("Refused a redirect to the non-HTTP URL %1.").arg(target.toDisplayString()));
            return;
        }
        QNetworkRequest next = m_request;
        next.setUrl(target);
        if (!sameOrigin(m_originalUrl, target)) {
            // A server may copy the query (and an API key in it) into its Location: never carry a secret
            // value to another origin, wherever it sits in the URL.
            QUrlQuery query(target);
            bool strippedQuery = false;
            const auto items = query.queryItems(QUrl::FullyDecoded);
            for (const auto &item : items) {
                if (m_info.secrets.contains(item.second.toUtf8())) {
                    query.removeAllQueryItems(item.first);
                    strippedQuery = true;
                }
            }
            if (strippedQuery) {
                QUrl stripped = target;
                stripped.setQuery(query);
                next.setUrl(stripped);
                m_credentialsDropped = true;
            }
            // Credentials belong to the origin they were meant for: drop them on the way elsewhere.
            QList<QByteArray> names = HttpClient::alwaysSensitiveHeaders();
            names += m_sensitive;
            for (const QByteArray &name : std::as_const(names)) {
                for (const QByteArray &present : next.rawHeaderList()) {
                    if (present.compare(name, Qt::CaseInsensitive) == 0) {
                        next.setRawHeader(present, QByteArray());
                        m_credentialsDropped = true;
                    }
                }
            }
        }
        QByteArray verb = m_verb;
        QByteArray body = m_requestBody;
        if (status == 303 || ((status == 301 || status == 302) && verb == "POST")) {
            verb = QByteArrayLiteral("GET");
            body.clear();
            next.setHeader(QNetworkRequest::ContentTypeHeader, QVariant());
        }
        if (!body.isEmpty() && !sameOrigin(m_originalUrl, target)) {
            // 307/308 resend the body: a client secret, password or code in it must not reach another origin.
            for (const QByteArray &secret : std::as_const(m_info.secrets)) {
                if (!secret.isEmpty() && (body.contains(secret) || body.contains(QUrl::toPercentEncoding(QString::fromUtf8(secret))))) {
                    finish(HttpResult::Status::RedirectRefused,
                           tr("Refused to resend the request body to %1: the server redirected (%2) to another origin, and the body "
                              "holds credentials.")
                               .arg(target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery), QString::number(status)));
                    return;
                }
            }
        }
        m_verb = verb;
        m_requestBody = body;
        m_request = next;
        qCDebug(lcHttp) << "redirect" << status << "to" << target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
        reply->disconnect(this);
        reply->deleteLater();
        start(next, verb, body);
        return;
    }
    if (status == 0 && !m_untrustedCertificate.isNull()) {
        const QString where = m_currentUrl.host() + u':' + QString::number(m_currentUrl.port(443));
        finish(HttpResult::Status::NetworkError,
               tr("The TLS certificate of %1 is not trusted, so Keyway did not connect. %2 Trust this certificate for %1 only if "
                  "you can confirm its fingerprint with the server's owner.")
                   .arg(where, CertificateTrustStore::describe(m_untrustedCertificate, m_sslErrors)));
        return;
    }
    if (status == 0 && reply->error() != QNetworkReply::NoError) {
        finish(HttpResult::Status::NetworkError, describeNetworkError(reply));
        return;
    }
    // Headers arrived, then the connection broke (reset, closed early, malformed framing): the body is cut
    // short, and a cut-short body is not an answer.
    const QNetworkReply::NetworkError error = reply->error();
    if (status != 0
        && ((error > QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied) || error == QNetworkReply::ProtocolFailure)) {
        finish(HttpResult::Status::NetworkError,
               tr("%1 broke off the connection in the middle of its answer (after %2 bytes of the body): %3")
                   .arg(m_currentUrl.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery), QString::number(m_body.size()),
                        reply->errorString()));
        return;
    }
    finish(HttpResult::Status::Ok, QString());
}

void HttpRequestHandle::cancel()
{
    finish(HttpResult::Status::Cancelled, tr("Cancelled."));
}

void HttpRequestHandle::finish(HttpResult::Status status, const QString &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer->stop();
    m_idleTimer->stop();
    HttpResult result;
    result.status = status;
    result.errorString = error;
    result.finalUrl = m_currentUrl;
    result.credentialsDropped = m_credentialsDropped;
    if (status != HttpResult::Status::Ok && !m_untrustedCertificate.isNull()) {
        result.untrustedCertificate = m_untrustedCertificate;
        result.sslErrors = m_sslErrors;
        result.tlsHost = m_currentUrl.host();
        result.tlsPort = quint16(m_currentUrl.port(443));
    }
    result.elapsedMs = m_elapsed.elapsed();
    if (QNetworkReply *reply = m_reply) {
        result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
        result.headers = reply->rawHeaderPairs();
        reply->disconnect(this);
        if (reply->isRunning())
            reply->abort();
        reply->deleteLater();
    }
    auto *client = static_cast<HttpClient *>(parent());
    if (client->timeline() && m_info.record) {
        // The exchange as it finally went: the last request after redirects, and what came back.
        constexpr qsizetype kMaxRecordedBody = 2 * 1024 * 1024;
        Exchange e;
        e.flowId = m_info.flowId;
        e.label = m_info.label.isEmpty() ? QString::fromLatin1(m_verb) + u' ' + m_originalUrl.path() : m_info.label;
        e.startedAt = m_startedAt;
        e.elapsedMs = result.elapsedMs;
        e.method = m_verb;
        e.url = m_originalUrl;
        e.finalUrl = m_currentUrl;
        for (const QByteArray &name : m_request.rawHeaderList())
            e.requestHeaders.append({name, m_request.rawHeader(name)});
        e.requestBody = m_requestBody;
        e.status = result.httpStatus;
        e.reason = result.reason;
        e.responseHeaders = result.headers;
        e.responseBody = m_body.left(kMaxRecordedBody);
        e.responseBodyTruncated = m_body.size() > kMaxRecordedBody || status == HttpResult::Status::TooLarge;
        e.error = status == HttpResult::Status::Ok ? QString() : error;
        e.credentialsDropped = m_credentialsDropped;
        e.secrets = m_info.secrets;
        client->timeline()->append(std::move(e));
    }
    if (status == HttpResult::Status::Ok)
        result.body = std::move(m_body);
    m_body.clear();
    // Run the callback later, so that cancel() from inside a caller's code never re-enters it.
    QTimer::singleShot(0, this, [this, result = std::move(result)] {
        if (m_done)
            m_done(result);
        deleteLater();
    });
}

} // namespace keyway::net
