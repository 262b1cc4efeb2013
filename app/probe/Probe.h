#pragma once

#include "openapi/DocumentLoader.h"
#include "probe/ExpiredToken.h"
#include "probe/ProbeTypes.h"
#include "probe/TokenBucket.h"
#include "request/RequestBuilder.h"
#include "request/RequestValues.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace keyway::net {
class HttpClient;
class HttpRequestHandle;
} // namespace keyway::net

namespace keyway::probe {

class ScopedTokenProvider;

struct ProbeOptions
{
    bool unsafe = false; // send methods other than GET, HEAD and OPTIONS (for this run)
    int concurrency = 4; // requests under way at once (1..64)
    double ratePerSecond = 20; // requests started per second on average; 0: no limit
    // Globs over operationId and "METHOD /path" ('*', '?'); "!GLOB" excludes; no including glob: every operation.
    QStringList operations;
    QString serverUrl; // overrides the document's servers
    // Parameter values the user gives ([IN:]NAME -> value); otherwise defaults and examples from the document.
    QList<QPair<QString, QString>> parameters;
    std::optional<SigningKey> signingKey; // a key the server trusts, for the expired token
    QString labelPrefix = QStringLiteral("Probe");
};

// The enforcement probe: for each selected operation, requests that should be refused (no credentials, a malformed
// token, an expired one, the credential in the wrong place, too few scopes) and requests that should be accepted
// (valid credentials; public operations without any), each judged against what the document declares.
// Never blocks: requests go through the HttpClient (one Timeline flow per run, one labelled exchange per case) at a
// bounded concurrency and rate; cancel() stops everything; single cells and rows can be run again.
class Probe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Probe)

public:
    // None of these are owned; all must outlive the probe. `credentials` answers for the valid credentials.
    Probe(openapi::DocumentPtr document, net::HttpClient *http, const request::CredentialSource *credentials, QObject *parent = nullptr);
    ~Probe() override;

    void setOptions(const ProbeOptions &options);
    const ProbeOptions &options() const { return m_options; }
    void setScopedTokenProvider(ScopedTokenProvider *provider) { m_scoped = provider; }

    // Whether `operation` is selected: it matches an including glob (or there is none) and no "!" glob.
    static bool matches(const openapi::Operation &operation, const QStringList &globs);

    // Builds the rows from the document and the options (every case Pending or NotApplicable). Cancels a run.
    void plan();
    // Runs every pending case (planning first when nothing is planned).
    void start();
    void rerunCell(int row, CaseKind kind);
    void rerunRow(int row);
    // Stops the run: queued cases become Skipped ("cancelled"), requests under way are aborted.
    void cancel();

    bool isRunning() const { return m_active > 0 || !m_queue.isEmpty(); }
    int activeRequests() const { return m_active; }
    const QList<ProbeRow> &rows() const { return m_rows; }
    ProbeSummary summary() const { return ProbeSummary::of(m_rows); }
    QString flowId() const { return m_flowId; } // the Timeline flow of this run's exchanges
    openapi::DocumentPtr document() const { return m_document; }

Q_SIGNALS:
    void planned();
    void caseChanged(int row, keyway::probe::CaseKind kind);
    void finished(); // nothing is queued or under way any more

private:
    struct Task
    {
        int row = -1;
        CaseKind kind = CaseKind::NoCredentials;
        quint64 generation = 0;
    };
    void enqueue(int row, CaseKind kind);
    void pump();
    void startTask(const Task &task);
    void sendCase(const Task &task, const request::BuildResult &built, const QString &detail);
    void sendBuilt(const Task &task, const request::BuiltRequest &request, bool digestAnswered);
    void finishCase(const Task &task, Verdict verdict, const QString &explanation, int status = 0, bool credentialsMissing = false);
    void judge(const Task &task, int status, const QString &networkError);
    bool isCurrent(const Task &task) const;
    quint64 exchangeIdFor(const QString &label) const;
    QString labelFor(const ProbeRow &row, CaseKind kind) const;

    openapi::DocumentPtr m_document;
    net::HttpClient *m_http;
    const request::CredentialSource *m_credentials;
    ScopedTokenProvider *m_scoped = nullptr;
    ProbeOptions m_options;
    QList<ProbeRow> m_rows;
    QList<request::RequestModel> m_models;
    QList<request::RequestValues> m_values;
    QList<Task> m_queue;
    QHash<quint64, QPointer<net::HttpRequestHandle>> m_inflight; // by cell key
    QHash<quint64, quint64> m_cellGeneration; // cell key -> the generation of its latest run
    quint64 m_nextGeneration = 1;
    int m_active = 0;
    TokenBucket m_bucket;
    QTimer m_wait;
    QString m_flowId;
    bool m_finishPending = false;
    bool m_busy = false; // something was queued since the last finished()
};

} // namespace keyway::probe
