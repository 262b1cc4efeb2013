#pragma once

#include "auth/GrantFlows.h"
#include "auth/TokenSet.h"
#include "core/Result.h"
#include "net/HttpClient.h"
#include "openapi/DocumentLoader.h"
#include "request/CredentialSource.h"
#include "request/RequestBuilder.h"
#include "request/WwwAuthenticate.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace keyway::request {

// Everything one send needs. The credential source is not owned and must outlive the send.
struct RequestJob
{
    openapi::DocumentPtr document;
    RequestModel model;
    RequestValues values;
    BuildOptions options;
    const CredentialSource *credentials = nullptr;
};

// What came of one send: the HTTP answer (status, reason, time, size, headers, body), or why there was none, with
// the server's challenges parsed and explained, and the request as it was finally sent.
struct RequestOutcome
{
    enum class Status {
        Completed, // an HTTP answer came (any status)
        NotBuilt, // buildError says why (invalid values, missing credentials, no server, ...)
        RefreshFailed, // the token could not be refreshed
        NetworkError,
        Timeout,
        TooLarge,
        Cancelled,
        RedirectRefused,
    };
    Status status = Status::Completed;
    std::optional<BuildError> buildError;
    QString errorString; // for a person, when there was no HTTP answer

    int httpStatus = 0;
    QByteArray reason;
    net::HeaderList headers;
    QByteArray body;
    QUrl finalUrl;
    qint64 elapsedMs = 0; // the whole send, refreshes and digest round trips included
    qint64 size = 0; // body bytes
    bool credentialsDropped = false; // a redirect left the origin: Authorization, API keys and cookies were dropped

    ChallengeParse challenges; // from WWW-Authenticate
    QStringList explanations; // each challenge in plain language
    std::optional<BuiltRequest> request; // as finally sent (holds secrets in memory; mask before showing)
    QStringList warnings; // from building (scopes, token type, conflicts) and sending
    bool refreshed = false; // a token was refreshed during this send
    bool digestAnswered = false;
    QString digestProblem; // why a Digest challenge could not be answered
    int exchanges = 0; // HTTP exchanges made (digest and refresh retries included; the refresh itself not)
    QString flowId; // the timeline flow of the exchanges
    // A TLS certificate that is not trusted refused the connection: what the user may choose to trust for this host.
    std::optional<net::HttpResult> tlsRefusal;

    bool isHttpSuccess() const { return status == Status::Completed && httpStatus >= 200 && httpStatus < 300; }
    bool credentialsMissing() const { return buildError && buildError->kind == BuildError::Kind::MissingCredentials; }
    QByteArray header(const QByteArray &name) const;
    // "200 OK · 35 ms · 1.2 KB", or the error.
    QString summary() const;
};

// Sends requests built from an operation through the HttpClient, never blocking: applies the chosen security
// alternative, answers one Digest challenge, refreshes an OAuth token once (before sending when it has expired, or
// after a 401 invalid_token) when a refresher is set, and reports the outcome exactly once through the callback
// (never from inside send() or cancel()). One send at a time: a new send() cancels the one running.
class RequestSender final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestSender)

public:
    using Clock = std::function<QDateTime()>;
    using RefreshDone = std::function<void(const Result<auth::TokenSet> &tokens)>;
    // Refreshes the tokens of `scheme` (and stores them); calls `done` exactly once.
    using Refresher = std::function<void(const QString &scheme, const auth::TokenSet &current, RefreshDone done)>;
    using Callback = std::function<void(const RequestOutcome &)>;

    explicit RequestSender(net::HttpClient *http, QObject *parent = nullptr);
    ~RequestSender() override;

    void setRefresher(Refresher refresher) { m_refresher = std::move(refresher); }
    void setRefreshPolicy(const auth::RefreshPolicy &policy) { m_policy = policy; }
    void setClock(Clock clock) { m_clock = std::move(clock); }

    void send(RequestJob job, Callback done);
    void cancel();
    bool isBusy() const { return m_run != nullptr; }

Q_SIGNALS:
    // "Refreshing the token of opOAuth2", "Answering the Digest challenge", ... for a status line.
    void stageChanged(const QString &stage);

private:
    struct Run;
    void start(quint64 generation);
    bool rebuild();
    void sendBuilt(const QString &labelSuffix);
    void onResult(quint64 generation, const net::HttpResult &result);
    void refresh(const QString &scheme, const auth::TokenSet &current);
    void finish(RequestOutcome outcome);
    QDateTime now() const;

    net::HttpClient *m_http;
    Refresher m_refresher;
    auth::RefreshPolicy m_policy;
    Clock m_clock;
    std::unique_ptr<Run> m_run;
    quint64 m_generation = 0;
};

} // namespace keyway::request
