#include "request/RequestSender.h"

#include "request/DigestAuth.h"

#include "net/Timeline.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTimer>

namespace keyway::request {

namespace {

Q_LOGGING_CATEGORY(lcRequest, "keyway.request")

// The translation context of this file's messages (lupdate reads it from here).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RequestSender)
};

// The app's credentials, with tokens refreshed during this send laid over them.
class OverlaySource final : public CredentialSource
{
public:
    explicit OverlaySource(const CredentialSource *base) : m_base(base) { }
    std::optional<SchemeCredential> credential(const QString &schemeName) const override
    {
        std::optional<SchemeCredential> c = m_base ? m_base->credential(schemeName) : std::nullopt;
        const auto it = m_tokens.constFind(schemeName);
        if (it == m_tokens.constEnd())
            return c;
        if (!c)
            return SchemeCredential::fromTokens(*it);
        c->tokens = *it;
        return c;
    }
    void setTokens(const QString &scheme, const auth::TokenSet &tokens) { m_tokens.insert(scheme, tokens); }

private:
    const CredentialSource *m_base;
    QHash<QString, auth::TokenSet> m_tokens;
};

QByteArray joinedHeader(const net::HeaderList &headers, const QByteArray &name)
{
    QList<QByteArray> values;
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            values.append(h.second);
    }
    return values.join(", ");
}

QString sizeText(qint64 bytes)
{
    if (bytes < 1024)
        return QStringLiteral("%1 B").arg(bytes);
    if (bytes < 1024 * 1024)
        return QStringLiteral("%1 KB").arg(double(bytes) / 1024.0, 0, 'f', 1);
    return QStringLiteral("%1 MB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
}

} // namespace

struct RequestSender::Run
{
    quint64 generation = 0;
    RequestJob job;
    Callback done;
    OverlaySource source{nullptr};
    BuiltRequest built;
    QPointer<net::HttpRequestHandle> handle;
    QElapsedTimer elapsed;
    QString flowId;
    QStringList warnings;
    bool refreshed = false;
    bool digestAnswered = false;
    bool digestAnsweredOnce = false;
    QString digestProblem;
    int exchanges = 0;
};

QByteArray RequestOutcome::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString RequestOutcome::summary() const
{
    switch (status) {
    case Status::Completed: {
        QString text = QString::number(httpStatus);
        if (!reason.isEmpty())
            text += u' ' + QString::fromLatin1(reason);
        return text + QStringLiteral(" · %1 ms · %2").arg(elapsedMs).arg(sizeText(size));
    }
    case Status::NotBuilt:
        return buildError ? buildError->message : Tr::tr("The request could not be built.");
    default:
        return errorString;
    }
}

RequestSender::RequestSender(net::HttpClient *http, QObject *parent) : QObject(parent), m_http(http)
{ }

RequestSender::~RequestSender()
{
    if (m_run && m_run->handle)
        m_run->handle->cancel();
}

QDateTime RequestSender::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void RequestSender::send(RequestJob job, Callback done)
{
    if (m_run)
        cancel();
    auto run = std::make_unique<Run>();
    run->generation = ++m_generation;
    run->job = std::move(job);
    run->done = std::move(done);
    run->source = OverlaySource(run->job.credentials);
    run->elapsed.start();
    if (m_http && m_http->timeline())
        run->flowId = m_http->timeline()->newFlowId();
    m_run = std::move(run);
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation] { start(generation); });
}

void RequestSender::cancel()
{
    if (!m_run)
        return;
    if (m_run->handle)
        m_run->handle->cancel(); // its callback is ignored: the run is gone
    RequestOutcome outcome;
    outcome.status = RequestOutcome::Status::Cancelled;
    outcome.errorString = Tr::tr("Cancelled.");
    finish(std::move(outcome));
}

bool RequestSender::rebuild()
{
    Run &run = *m_run;
    if (!run.job.document) {
        RequestOutcome outcome;
        outcome.status = RequestOutcome::Status::NotBuilt;
        outcome.buildError = BuildError{BuildError::Kind::BadServer, Tr::tr("No document."), {}, {}};
        finish(std::move(outcome));
        return false;
    }
    BuildOptions options = run.job.options;
    if (!options.now.isValid())
        options.now = now();
    if (run.built.alternative >= 0)
        options.alternative = run.built.alternative; // a rebuild keeps the alternative of the first build
    BuildResult result = buildRequest(*run.job.document, run.job.model, run.job.values, run.source, options);
    if (!result) {
        RequestOutcome outcome;
        outcome.status = RequestOutcome::Status::NotBuilt;
        outcome.buildError = result.error();
        finish(std::move(outcome));
        return false;
    }
    run.built = std::move(result.value());
    for (const QString &w : std::as_const(run.built.warnings)) {
        if (!run.warnings.contains(w))
            run.warnings.append(w);
    }
    run.digestAnswered = false;
    return true;
}

void RequestSender::start(quint64 generation)
{
    if (!m_run || m_run->generation != generation)
        return;
    if (!rebuild())
        return;
    // A token that has expired (or is about to) is refreshed before sending, when it can be.
    if (m_refresher) {
        const QDateTime t = now();
        for (const TokenUse &use : std::as_const(m_run->built.tokens)) {
            if (m_policy.shouldRefresh(use.tokens, t)) {
                refresh(use.scheme, use.tokens);
                return;
            }
        }
    }
    sendBuilt(QString());
}

void RequestSender::sendBuilt(const QString &labelSuffix)
{
    Run &run = *m_run;
    ++run.exchanges;
    net::RequestInfo info = run.built.requestInfo(run.flowId);
    if (!labelSuffix.isEmpty())
        info.label += u' ' + labelSuffix;
    const quint64 generation = run.generation;
    qCDebug(lcRequest) << "sending" << run.built.label << "exchange" << run.exchanges;
    // The handle belongs to the HttpClient and may answer after this sender is gone (its destructor cancels it).
    QPointer<RequestSender> self(this);
    run.handle = m_http->send(run.built.method, run.built.toNetworkRequest(), run.built.body, info,
                              [self, generation](const net::HttpResult &result) {
                                  if (self)
                                      self->onResult(generation, result);
                              });
}

void RequestSender::refresh(const QString &scheme, const auth::TokenSet &current)
{
    Run &run = *m_run;
    run.refreshed = true;
    Q_EMIT stageChanged(Tr::tr("Refreshing the token of %1").arg(scheme));
    const quint64 generation = run.generation;
    QPointer<RequestSender> self(this);
    m_refresher(scheme, current, [self, generation, scheme](const Result<auth::TokenSet> &tokens) {
        if (!self)
            return;
        // Later: the refresher may answer from inside the call.
        QTimer::singleShot(0, self, [self, generation, scheme, tokens] {
            if (!self)
                return;
            RequestSender *that = self;
            if (!that->m_run || that->m_run->generation != generation)
                return;
            if (!tokens || tokens->accessToken.isEmpty()) {
                RequestOutcome outcome;
                outcome.status = RequestOutcome::Status::RefreshFailed;
                outcome.errorString = Tr::tr("The token of %1 could not be refreshed: %2")
                                          .arg(scheme, tokens ? Tr::tr("the answer held no access token") : tokens.error().message);
                that->finish(std::move(outcome));
                return;
            }
            that->m_run->source.setTokens(scheme, tokens.value());
            if (!that->rebuild())
                return;
            that->sendBuilt(Tr::tr("(after refreshing the token)"));
        });
    });
}

void RequestSender::onResult(quint64 generation, const net::HttpResult &result)
{
    if (!m_run || m_run->generation != generation)
        return;
    Run &run = *m_run;
    run.handle = nullptr;
    RequestOutcome outcome;
    switch (result.status) {
    case net::HttpResult::Status::Ok:
        break;
    case net::HttpResult::Status::Timeout:
        outcome.status = RequestOutcome::Status::Timeout;
        break;
    case net::HttpResult::Status::TooLarge:
        outcome.status = RequestOutcome::Status::TooLarge;
        break;
    case net::HttpResult::Status::Cancelled:
        outcome.status = RequestOutcome::Status::Cancelled;
        break;
    case net::HttpResult::Status::RedirectRefused:
        outcome.status = RequestOutcome::Status::RedirectRefused;
        break;
    case net::HttpResult::Status::NetworkError:
        outcome.status = RequestOutcome::Status::NetworkError;
        if (result.certificateUntrusted()) {
            net::HttpResult refusal;
            refusal.status = result.status;
            refusal.untrustedCertificate = result.untrustedCertificate;
            refusal.sslErrors = result.sslErrors;
            refusal.tlsHost = result.tlsHost;
            refusal.tlsPort = result.tlsPort;
            refusal.errorString = result.errorString;
            outcome.tlsRefusal = std::move(refusal);
        }
        break;
    }
    const QByteArray wwwAuthenticate = joinedHeader(result.headers, "WWW-Authenticate");
    if (result.status == net::HttpResult::Status::Ok && result.httpStatus == 401) {
        const ChallengeParse parsed = parseWwwAuthenticate(wwwAuthenticate);
        if (run.built.digest && !run.digestAnswered) {
            Result<DigestAuth::Challenge> challenge = DigestAuth::choose(parsed.challenges);
            if (challenge) {
                DigestAuth::Input input;
                input.username = run.built.digest->username;
                input.password = run.built.digest->password;
                input.method = run.built.method;
                input.uri = run.built.requestTarget();
                input.body = run.built.body;
                input.cnonce = DigestAuth::newClientNonce();
                input.nc = 1;
                const QByteArray header = DigestAuth::authorization(*challenge, input);
                run.built.secrets.append(DigestAuth::response(*challenge, input));
                run.built.setHeader(QByteArrayLiteral("Authorization"), header);
                run.digestAnswered = true;
                run.digestAnsweredOnce = true;
                Q_EMIT stageChanged(Tr::tr("Answering the Digest challenge of %1").arg(run.built.digest->scheme));
                sendBuilt(Tr::tr("(Digest answer)"));
                return;
            }
            run.digestProblem = challenge.error().message;
        }
        if (!run.refreshed && m_refresher) {
            const QDateTime t = now();
            for (const TokenUse &use : std::as_const(run.built.tokens)) {
                if (m_policy.shouldRefreshAfter(use.tokens, 401, wwwAuthenticate, t)) {
                    refresh(use.scheme, use.tokens);
                    return;
                }
            }
        }
    }
    if (outcome.status != RequestOutcome::Status::Completed)
        outcome.errorString = result.errorString;
    outcome.httpStatus = result.httpStatus;
    outcome.reason = result.reason;
    outcome.headers = result.headers;
    outcome.body = result.body;
    outcome.finalUrl = result.finalUrl;
    outcome.size = result.body.size();
    outcome.credentialsDropped = result.credentialsDropped;
    if (!wwwAuthenticate.isEmpty()) {
        outcome.challenges = parseWwwAuthenticate(wwwAuthenticate);
        outcome.explanations = explainChallenges(outcome.challenges.challenges);
    }
    if (result.credentialsDropped)
        run.warnings.append(
            Tr::tr("A redirect led to another origin (%1): Authorization, API keys and cookies were not sent there.")
                .arg(result.finalUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
                         .toDisplayString()));
    finish(std::move(outcome));
}

void RequestSender::finish(RequestOutcome outcome)
{
    if (!m_run)
        return;
    std::unique_ptr<Run> run = std::move(m_run);
    outcome.elapsedMs = run->elapsed.elapsed();
    outcome.refreshed = run->refreshed;
    outcome.digestAnswered = run->digestAnsweredOnce;
    outcome.digestProblem = run->digestProblem;
    outcome.exchanges = run->exchanges;
    outcome.flowId = run->flowId;
    outcome.warnings = run->warnings;
    if (outcome.status != RequestOutcome::Status::NotBuilt && !run->built.method.isEmpty())
        outcome.request = run->built;
    Callback done = std::move(run->done);
    QTimer::singleShot(0, this, [done = std::move(done), outcome = std::move(outcome)] {
        if (done)
            done(outcome);
    });
}

} // namespace keyway::request
