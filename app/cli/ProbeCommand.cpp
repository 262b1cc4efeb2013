#include "cli/ProbeCommand.h"

#include "auth/CredentialManager.h"
#include "cli/CliApp.h"
#include "cli/CliSupport.h"
#include "net/HttpClient.h"
#include "net/Timeline.h"
#include "probe/ManagerScopedTokens.h"
#include "probe/Probe.h"
#include "probe/ProbeReport.h"
#include "request/ManagerCredentialSource.h"
#include "storage/SecretStore.h"
#include "storage/Workspace.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

#include <memory>

namespace keyway::cli {

using probe::Verdict;

namespace {

// Every request has its own timeout (HttpLimits); this bounds a whole run should something be missed.
constexpr int kRunLimitMs = 30 * 60 * 1000;
constexpr int kRefreshLimitMs = 2 * 60 * 1000;
constexpr qint64 kMaxKeyFile = 64 * 1024;

QString verdictLabel(Verdict v)
{
    return probe::verdictName(v).toUpper();
}

bool writeFile(const QString &path, const QByteArray &bytes, QString &error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

QString ProbeCommand::usageLine()
{
    return QStringLiteral("Usage: keyway-cli probe DOC [--server URL] [--profile P] [--operations GLOB]... [--unsafe]\n"
                          "                        [--concurrency N] [--rate PER_SECOND] [--junit FILE] [--json]\n"
                          "                        [--param [IN:]NAME=VALUE]... [--signing-key FILE] [--csv FILE]\n"
                          "  GLOB: over operationIds and \"METHOD /path\" ('*', '?'; several with commas or repeated)\n");
}

int ProbeCommand::usageError(const QString &problem)
{
    m_err << "keyway-cli probe: " << problem << '\n' << usageLine();
    return ExitUsage;
}

std::optional<QString> ProbeCommand::parse(const QStringList &arguments, Options &o)
{
    static const QStringList withValue{QStringLiteral("--server"),      QStringLiteral("--profile"),     QStringLiteral("--operations"),
                                       QStringLiteral("--concurrency"), QStringLiteral("--rate"),        QStringLiteral("--junit"),
                                       QStringLiteral("--param"),       QStringLiteral("--signing-key"), QStringLiteral("--csv")};
    QStringList positional;
    const auto problem = parseOptions(arguments, withValue, [&](const QString &name, const QString &value) -> std::optional<QString> {
        if (name.isEmpty()) {
            positional.append(value);
        } else if (name == QLatin1String("--server")) {
            o.server = value;
        } else if (name == QLatin1String("--profile")) {
            o.profile = value;
        } else if (name == QLatin1String("--operations")) {
            o.operations += value.split(u',', Qt::SkipEmptyParts);
        } else if (name == QLatin1String("--unsafe")) {
            o.unsafe = true;
        } else if (name == QLatin1String("--concurrency")) {
            bool ok = false;
            o.concurrency = value.toInt(&ok);
            if (!ok || o.concurrency < 1 || o.concurrency > 64)
                return QStringLiteral("--concurrency needs a number from 1 to 64, not \"%1\"").arg(value);
        } else if (name == QLatin1String("--rate")) {
            bool ok = false;
            o.rate = value.toDouble(&ok);
            if (!ok || o.rate < 0 || o.rate > 10000)
                return QStringLiteral("--rate needs requests per second from 0 (no limit) to 10000, not \"%1\"").arg(value);
        } else if (name == QLatin1String("--junit")) {
            o.junitFile = value;
        } else if (name == QLatin1String("--csv")) {
            o.csvFile = value;
        } else if (name == QLatin1String("--signing-key")) {
            o.signingKeyFile = value;
        } else if (name == QLatin1String("--param")) {
            const qsizetype eq = value.indexOf(u'=');
            if (eq <= 0)
                return QStringLiteral("--param needs NAME=VALUE, not \"%1\"").arg(value);
            o.parameters.append({value.left(eq), value.mid(eq + 1)});
        } else if (name == QLatin1String("--json")) {
            o.json = true;
        } else {
            return QStringLiteral("unknown option %1").arg(name);
        }
        return std::nullopt;
    });
    if (problem)
        return problem;
    if (positional.isEmpty())
        return QStringLiteral("a document (path or URL) is needed");
    if (positional.size() > 1)
        return QStringLiteral("unexpected argument \"%1\"").arg(positional.at(1));
    o.document = positional.first();
    if (o.profile) {
        if (auto valid = storage::Workspace::validateProfileName(*o.profile); !valid)
            return valid.error().message;
    }
    return std::nullopt;
}

int ProbeCommand::run(const QStringList &arguments)
{
    if (arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"))) {
        m_out << usageLine()
              << "Checks that the API enforces the security its document declares. For each operation that declares\n"
                 "security: no credentials, a malformed token, an expired token, the credential in the wrong place,\n"
                 "a token with too few scopes (must be refused) and the stored credentials (must be accepted); public\n"
                 "operations must answer without credentials. Only GET, HEAD and OPTIONS are sent unless --unsafe.\n"
                 "--signing-key: a PEM private key the server trusts, to sign the expired token (unsigned otherwise).\n"
                 "Exit status: 0 every case met its expectation, 5 a case failed or ended without a conclusion,\n"
                 "3 credentials a case needs are missing, 2 the document cannot be loaded, 1 usage error.\n";
        return ExitOk;
    }
    Options o;
    if (auto problem = parse(arguments, o))
        return usageError(*problem);
    return execute(o);
}

int ProbeCommand::execute(const Options &o)
{
    std::optional<probe::SigningKey> signingKey;
    if (!o.signingKeyFile.isEmpty()) {
        QFile file(o.signingKeyFile);
        if (!file.open(QIODevice::ReadOnly))
            return usageError(QStringLiteral("cannot read the signing key %1: %2").arg(o.signingKeyFile, file.errorString()));
        auto key = probe::SigningKey::fromPem(file.read(kMaxKeyFile));
        if (!key)
            return usageError(QStringLiteral("%1: %2").arg(o.signingKeyFile, key.error().message));
        signingKey = key.value();
    }
    const auto document = loadDocumentOrReport(o.document, m_err);
    if (!document)
        return ExitBadDocument;
    bool matched = false;
    bool secured = false;
    for (const openapi::Operation &op : (*document)->operations) {
        if (probe::Probe::matches(op, o.operations)) {
            matched = true;
            secured = secured || !op.security.isPublic();
        }
    }
    if (!matched)
        return usageError(o.operations.isEmpty()
                              ? QStringLiteral("%1 has no operations").arg(o.document)
                              : QStringLiteral("no operation of %1 matches %2").arg(o.document, o.operations.join(QLatin1String(", "))));

    net::Timeline timeline;
    net::HttpClient http;
    http.setTimeline(&timeline);
    request::MemoryCredentialSource none;
    const request::CredentialSource *source = &none;
    CredentialSession session(&http, m_store, m_settings);
    std::unique_ptr<request::ManagerCredentialSource> managerSource;
    std::unique_ptr<probe::ManagerScopedTokens> scoped;
    if (secured) {
        if (auto failure = session.open(*document, o.profile)) {
            if (failure->exitCode == ExitUsage)
                return usageError(failure->message);
            m_err << "keyway-cli probe: " << failure->message << '\n';
            return failure->exitCode;
        }
        auth::CredentialManager *manager = session.manager();
        // Tokens that expired are refreshed first (and stored), as `call` would, so that "valid" means valid.
        for (const QString &scheme : manager->schemeNames()) {
            const auth::TokenSet tokens = manager->tokens(scheme);
            if (tokens.isEmpty() || tokens.refreshToken.isEmpty() || !tokens.isExpired(manager->now(), 60))
                continue;
            bool refreshed = false;
            manager->ensureFresh(scheme, [&refreshed, this, scheme](const auth::OAuthResult<auth::TokenSet> &r) {
                refreshed = true;
                if (!r)
                    m_err << "keyway-cli probe: warning: the token of " << scheme << " could not be refreshed: " << r.error().toString()
                          << '\n';
            });
            spinUntil([&refreshed] { return refreshed; }, kRefreshLimitMs);
        }
        if (session.store() && session.store()->status() == storage::SecretStore::Status::Unavailable)
            m_err << "keyway-cli probe: warning: the keychain is unavailable (" << session.store()->reason()
                  << "): stored credentials cannot be read\n";
        managerSource = std::make_unique<request::ManagerCredentialSource>(manager);
        source = managerSource.get();
        scoped = std::make_unique<probe::ManagerScopedTokens>(manager);
    }

    probe::Probe runner(*document, &http, source);
    probe::ProbeOptions options;
    options.unsafe = o.unsafe;
    options.concurrency = o.concurrency;
    options.ratePerSecond = o.rate;
    options.operations = o.operations;
    options.serverUrl = o.server;
    options.parameters = o.parameters;
    options.signingKey = signingKey;
    runner.setOptions(options);
    runner.setScopedTokenProvider(scoped.get());
    bool done = false;
    QObject::connect(&runner, &probe::Probe::finished, &runner, [&done] { done = true; });
    runner.start();
    if (!spinUntil([&done] { return done; }, kRunLimitMs)) {
        runner.cancel();
        spinUntil([&done] { return done; }, 10000);
        m_err << "keyway-cli probe: the run did not finish in time and was cancelled\n";
    }
    const QList<probe::ProbeRow> rows = runner.rows();
    scoped.reset();
    managerSource.reset();
    session.restore();

    const probe::ProbeReportInfo info{o.document, (*document)->title, o.server, runner.flowId()};
    if (o.json) {
        m_out << QJsonDocument(probe::probeJson(rows, info)).toJson(QJsonDocument::Indented);
    } else {
        for (const probe::ProbeRow &row : rows) {
            m_out << row.displayName << "  (" << (row.security.isEmpty() ? QStringLiteral("public") : row.security) << ")\n";
            for (const probe::ProbeCase &c : row.cases) {
                if (c.verdict == Verdict::NotApplicable)
                    continue;
                m_out << "  " << verdictLabel(c.verdict).leftJustified(8) << probe::caseKindName(c.kind).leftJustified(19)
                      << (c.status ? QString::number(c.status) : QStringLiteral("-")).leftJustified(5) << c.explanation << '\n';
            }
        }
    }
    const probe::ProbeSummary s = probe::ProbeSummary::of(rows);
    m_err << "keyway-cli probe: " << rows.size() << " operation(s): " << s.pass << " passed, " << s.fail << " failed, " << s.unknown
          << " unknown (" << s.credentialsMissing << " for lack of credentials), " << s.skipped << " skipped\n";
    QString error;
    if (!o.junitFile.isEmpty() && !writeFile(o.junitFile, probe::probeJUnit(rows, info), error)) {
        m_err << "keyway-cli probe: cannot write " << o.junitFile << ": " << error << '\n';
        return ExitUsage;
    }
    if (!o.csvFile.isEmpty() && !writeFile(o.csvFile, probe::probeCsv(rows), error)) {
        m_err << "keyway-cli probe: cannot write " << o.csvFile << ": " << error << '\n';
        return ExitUsage;
    }
    m_out.flush();
    if (s.fail > 0)
        return ExitProbeFailed;
    if (s.credentialsMissing > 0) {
        m_err << "keyway-cli probe: store the missing credentials first: keyway-cli authorize " << o.document << " --scheme NAME\n";
        return ExitCredentials;
    }
    if (s.unknown > 0 || s.pending > 0)
        return ExitProbeFailed;
    return ExitOk;
}

} // namespace keyway::cli
