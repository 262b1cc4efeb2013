#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QUrl>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QTimer;

namespace keyway::net {

// Limits that every request of Keyway honours.
struct HttpLimits
{
    std::chrono::milliseconds timeout{30'000}; // whole exchange, including the body
    std::chrono::milliseconds idleTimeout{15'000}; // no byte received for this long
    qint64 maxResponseBytes = 64LL * 1024 * 1024;
    int maxRedirects = 10;
};

// What came back (or why nothing did).
struct HttpResult
{
    enum class Status { Ok, NetworkError, Timeout, TooLarge, Cancelled, RedirectRefused };
    Status status = Status::Ok;
    int httpStatus = 0;
    QByteArray reason;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QUrl finalUrl;
    QString errorString; // for a person: what failed and why
    qint64 elapsedMs = 0;
    bool credentialsDropped = false; // a redirect left the origin and Authorization/API keys were removed
    // TLS verification failed (status NetworkError): the server's certificate and why it was refused, so that
    // the user can be offered a per-host exception (CertificateTrustStore). Null / empty otherwise.
    QSslCertificate untrustedCertificate;
    QList<QSslError> sslErrors;
    QString tlsHost; // host and port the certificate was presented for
    quint16 tlsPort = 0;

    bool succeeded() const { return status == Status::Ok; }
    bool certificateUntrusted() const { return !untrustedCertificate.isNull(); }
    QByteArray header(const QByteArray &name) const; // case-insensitive, first match
};

class CertificateTrustStore;
class HttpRequestHandle;
class Timeline;

// How a request appears on the timeline, and what in it is secret.
struct RequestInfo
{
    QString label; // "Token request (client credentials)"; defaults to "METHOD path"
    QString flowId; // groups a flow's exchanges; empty for a stand-alone request
    QList<QByteArray> secrets; // values in this request (or expected in its answer) to mask
    QList<QByteArray> sensitiveHeaders; // API-key header names to drop on a cross-origin redirect
    bool record = true; // false: not put on the timeline (the timeline's own fetches, say)
};

// The one HTTP client of Keyway: every request goes through it so that every request has a timeout, a
// response-size cap and a redirect policy that never forwards credentials to another origin.
class HttpClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpClient)

public:
    explicit HttpClient(QObject *parent = nullptr);
    HttpClient(QNetworkAccessManager *nam, QObject *parent);
    ~HttpClient() override;

    HttpLimits limits() const { return m_limits; }
    void setLimits(const HttpLimits &limits) { m_limits = limits; }
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

    using Callback = std::function<void(const HttpResult &)>;
    using ProgressCallback = std::function<void(qint64 received, qint64 total)>;

    // Records every finished exchange there (not owned; may be null; must outlive the client).
    void setTimeline(Timeline *timeline) { m_timeline = timeline; }
    Timeline *timeline() const { return m_timeline; }

    // TLS exceptions the user chose (not owned; may be null: then every verification failure is refused; must
    // outlive the client).
    void setTrustStore(CertificateTrustStore *store);
    CertificateTrustStore *trustStore() const;

    // Sends a request; `done` runs exactly once on this object's thread (also after cancel()).
    HttpRequestHandle *send(const QByteArray &verb, QNetworkRequest request, const QByteArray &body, Callback done,
                            ProgressCallback progress = {});
    HttpRequestHandle *send(const QByteArray &verb, QNetworkRequest request, const QByteArray &body, const RequestInfo &info, Callback done,
                            ProgressCallback progress = {});
    HttpRequestHandle *get(const QUrl &url, Callback done, ProgressCallback progress = {});

    // Headers that carry credentials and are dropped when a redirect changes origin. Authorization,
    // Cookie and Proxy-Authorization always; API-key header names are added per request.
    static const QList<QByteArray> &alwaysSensitiveHeaders();

private:
    QNetworkAccessManager *m_nam;
    HttpLimits m_limits;
    Timeline *m_timeline = nullptr;
    CertificateTrustStore *m_trustStore = nullptr;
};

// A request under way. Deletes itself after the callback ran.
class HttpRequestHandle final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpRequestHandle)

public:
    void cancel();
    // Extra header names (API keys) to strip on a cross-origin redirect.
    void addSensitiveHeader(const QByteArray &name);

private:
    friend class HttpClient;
    HttpRequestHandle(HttpClient *client, QNetworkReply *reply, HttpClient::Callback done, HttpClient::ProgressCallback progress,
                      const HttpLimits &limits);
    void start(const QNetworkRequest &request, const QByteArray &verb, const QByteArray &body);
    void onReplyFinished();
    void finish(HttpResult::Status status, const QString &error);

    QPointer<QNetworkReply> m_reply;
    HttpClient::Callback m_done;
    HttpClient::ProgressCallback m_progress;
    HttpLimits m_limits;
    QByteArray m_body;
    QList<QByteArray> m_sensitive;
    RequestInfo m_info;
    QDateTime m_startedAt;
    QUrl m_originalUrl;
    QUrl m_currentUrl;
    QNetworkRequest m_request;
    QByteArray m_verb;
    QByteArray m_requestBody;
    int m_redirects = 0;
    bool m_credentialsDropped = false;
    bool m_finished = false;
    bool m_receivedAnything = false; // this hop: headers or body bytes
    QSslCertificate m_untrustedCertificate;
    QList<QSslError> m_sslErrors;
    QElapsedTimer m_elapsed;
    QTimer *m_timer = nullptr;
    QTimer *m_idleTimer = nullptr;
};

} // namespace keyway::net
