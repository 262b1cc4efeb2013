// Enforcement probe throughput: requests per second at concurrency 1, 8 and 32 against the FastAPI resource server
// (tests/peers/resource, started here on 127.0.0.1 and stopped at the end), and Keyway's own CPU time per request
// (getrusage of this process: the server runs in its own process and is not counted).
//
//   keyway-bench-probe [--requests N]     at least N requests per concurrency level (default 600, at most 20000)
//
// Each level repeats whole probe runs over the API-key, Basic and public operations (17 requests a run, every case
// but the token ones) until N requests were sent or 120 s passed. No rate limit: the bucket is off.

#include "../common/PeerProcess.h"

#include "net/HttpClient.h"
#include "net/Timeline.h"
#include "openapi/DocumentLoader.h"
#include "probe/Probe.h"
#include "request/CredentialSource.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <cstdio>

#include <sys/resource.h>

namespace {

using namespace keyway;

constexpr int kLevelLimitMs = 120000;

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// Waits in an event loop that sleeps between events (so that the CPU time measured is the probe's own work).
bool spin(const std::function<bool()> &done, int limitMs)
{
    const QDeadlineTimer deadline(limitMs);
    if (done())
        return true;
    QEventLoop loop;
    QTimer check;
    check.setInterval(5);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done() || deadline.hasExpired())
            loop.quit();
    });
    check.start();
    loop.exec();
    return done();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int wanted = 600;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--requests")); i > 0 && i + 1 < args.size())
        wanted = qBound(17, args.at(i + 1).toInt(), 20000);

    test::PeerProcess server;
    if (const QString error = server.startResourceServer(QUrl()); !error.isEmpty()) {
        std::fprintf(stderr, "cannot start the resource server: %s\n", qPrintable(error));
        return 1;
    }
    net::Timeline timeline;
    timeline.setMaxExchanges(500);
    net::HttpClient http;
    http.setTimeline(&timeline);

    std::optional<net::HttpResult> fetched;
    http.get(server.url(QStringLiteral("/openapi.json")), [&fetched](const net::HttpResult &r) { fetched = r; });
    if (!spin([&] { return fetched.has_value(); }, 30000) || fetched->httpStatus != 200) {
        std::fprintf(stderr, "cannot fetch the document\n");
        return 1;
    }
    const QUrl docUrl = server.url(QStringLiteral("/openapi.json"));
    auto document = openapi::loadDocumentBytes(fetched->body, docUrl, docUrl.toString());
    if (!document) {
        std::fprintf(stderr, "%s\n", qPrintable(document.error().toString()));
        return 1;
    }

    request::MemoryCredentialSource credentials;
    credentials.set(QStringLiteral("apiKeyHeader"), request::SchemeCredential::fromApiKey(QStringLiteral("keyway-header-key")));
    credentials.set(QStringLiteral("apiKeyQuery"), request::SchemeCredential::fromApiKey(QStringLiteral("keyway-query-key")));
    credentials.set(QStringLiteral("apiKeyCookie"), request::SchemeCredential::fromApiKey(QStringLiteral("keyway-cookie-key")));
    credentials.set(QStringLiteral("httpBasic"),
                    request::SchemeCredential::fromUserPassword(QStringLiteral("keyway"), QStringLiteral("basic-secret")));

    std::printf("probe throughput against the FastAPI resource server (uvicorn, one worker) on 127.0.0.1\n");
    std::printf("%-12s %10s %10s %10s %14s %16s %8s\n", "concurrency", "requests", "wall s", "req/s", "Keyway CPU s", "CPU us/request",
                "fails");
    for (const int concurrency : {1, 8, 32}) {
        probe::Probe runner(document.value(), &http, &credentials);
        probe::ProbeOptions options;
        options.concurrency = concurrency;
        options.ratePerSecond = 0;
        options.operations = {QStringLiteral("GET /apikey/*"), QStringLiteral("GET /basic"), QStringLiteral("GET /public")};
        runner.setOptions(options);
        bool finished = false;
        QObject::connect(&runner, &probe::Probe::finished, &runner, [&finished] { finished = true; });

        int requests = 0;
        int unexpected = 0;
        QElapsedTimer wall;
        wall.start();
        const double cpuBefore = cpuSeconds();
        while (requests < wanted && wall.elapsed() < kLevelLimitMs) {
            finished = false;
            runner.start();
            if (!spin([&finished] { return finished; }, kLevelLimitMs)) {
                runner.cancel();
                spin([&finished] { return finished; }, 10000);
                std::fprintf(stderr, "a run did not finish in time\n");
                return 1;
            }
            const probe::ProbeSummary s = runner.summary();
            requests += s.pass + s.fail + s.unknown;
            unexpected += s.fail + s.unknown;
        }
        const double seconds = double(wall.nsecsElapsed()) / 1e9;
        const double cpu = cpuSeconds() - cpuBefore;
        std::printf("%-12d %10d %10.2f %10.1f %14.3f %16.1f %8d\n", concurrency, requests, seconds, double(requests) / seconds, cpu,
                    cpu * 1e6 / double(qMax(1, requests)), unexpected);
        std::fflush(stdout);
    }
    server.stop();
    return 0;
}
