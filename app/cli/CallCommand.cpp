#include "cli/CallCommand.h"

#include "auth/CredentialManager.h"
#include "cli/CliApp.h"
#include "cli/CliSupport.h"
#include "cli/InspectCommand.h"
#include "net/HttpClient.h"
#include "request/ManagerCredentialSource.h"
#include "request/RequestBuilder.h"
#include "request/RequestHistory.h"
#include "request/RequestModel.h"
#include "request/RequestSender.h"
#include "storage/CredentialStore.h"
#include "storage/DegradingSecretStore.h"
#include "storage/KeychainSecretStore.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStringDecoder>

#include <functional>
#include <memory>

namespace keyway::cli {

using request::ParameterIn;
using request::RequestOutcome;

namespace {

// The request has its own timeout (HttpLimits); this bounds a refresh, a Digest round trip and the request together.
constexpr int kCallLimitMs = 5 * 60 * 1000;
constexpr qint64 kMaxBodyFile = 64LL * 1024 * 1024;

std::optional<ParameterIn> locationFromName(const QString &name)
{
    if (name == QLatin1String("path"))
        return ParameterIn::Path;
    if (name == QLatin1String("query"))
        return ParameterIn::Query;
    if (name == QLatin1String("header"))
        return ParameterIn::Header;
    if (name == QLatin1String("cookie"))
        return ParameterIn::Cookie;
    return std::nullopt;
}

bool isText(const QByteArray &bytes)
{
    if (bytes.contains('\0'))
        return false;
    QStringDecoder decoder(QStringDecoder::Utf8);
    (void)decoder.decode(bytes);
    return !decoder.hasError();
}

QString outcomeStatusName(RequestOutcome::Status status)
{
    switch (status) {
    case RequestOutcome::Status::Completed:
        return QStringLiteral("completed");
    case RequestOutcome::Status::NotBuilt:
        return QStringLiteral("notBuilt");
    case RequestOutcome::Status::RefreshFailed:
        return QStringLiteral("refreshFailed");
    case RequestOutcome::Status::NetworkError:
        return QStringLiteral("networkError");
    case RequestOutcome::Status::Timeout:
        return QStringLiteral("timeout");
    case RequestOutcome::Status::TooLarge:
        return QStringLiteral("tooLarge");
    case RequestOutcome::Status::Cancelled:
        return QStringLiteral("cancelled");
    case RequestOutcome::Status::RedirectRefused:
        return QStringLiteral("redirectRefused");
    }
    return {};
}

} // namespace

QString CallCommand::usageLine()
{
    return QStringLiteral("Usage: keyway-cli call DOC OPERATION [--profile P] [--server URL] [--alternative N]\n"
                          "                       [--param [IN:]NAME=VALUE]... [--body-file F] [--json]\n"
                          "  OPERATION: an operationId or \"METHOD /path\"; IN: path, query, header or cookie\n");
}

int CallCommand::usageError(const QString &problem)
{
    m_err << "keyway-cli call: " << problem << '\n' << usageLine();
    return ExitUsage;
}

std::optional<QString> CallCommand::parse(const QStringList &arguments, Options &o)
{
    static const QStringList withValue{QStringLiteral("--profile"), QStringLiteral("--server"), QStringLiteral("--alternative"),
                                       QStringLiteral("--param"), QStringLiteral("--body-file")};
    QStringList positional;
    const auto problem = parseOptions(arguments, withValue, [&](const QString &arg, const QString &value) -> std::optional<QString> {
        if (arg.isEmpty()) {
            positional.append(value);
        } else if (arg == QLatin1String("--profile")) {
            o.profile = value;
        } else if (arg == QLatin1String("--server")) {
            o.server = value;
        } else if (arg == QLatin1String("--alternative")) {
            bool ok = false;
            o.alternative = value.toInt(&ok);
            if (!ok || o.alternative < 0)
                return QStringLiteral("--alternative needs an index (0 for the first), not \"%1\"").arg(value);
        } else if (arg == QLatin1String("--param")) {
            const qsizetype eq = value.indexOf(u'=');
            if (eq <= 0)
                return QStringLiteral("--param needs NAME=VALUE, not \"%1\"").arg(value);
            o.parameters.append({value.left(eq), value.mid(eq + 1)});
        } else if (arg == QLatin1String("--body-file")) {
            o.bodyFile = value;
        } else if (arg == QLatin1String("--json")) {
            o.json = true;
        } else {
            return QStringLiteral("unknown option %1").arg(arg);
        }
        return std::nullopt;
    });
    if (problem)
        return problem;
    if (positional.size() != 2)
        return positional.size() < 2 ? QStringLiteral("a document and an operation are needed")
                                     : QStringLiteral("unexpected argument \"%1\"").arg(positional.at(2));
    o.document = positional.at(0);
    o.operation = positional.at(1);
    return std::nullopt;
}

int CallCommand::run(const QStringList &arguments)
{
    if (arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"))) {
        m_out << usageLine();
        return ExitOk;
    }
    Options o;
    if (auto problem = parse(arguments, o))
        return usageError(*problem);
    return execute(o);
}

int CallCommand::execute(const Options &o)
{
    if (o.profile) {
        if (auto valid = storage::Workspace::validateProfileName(*o.profile); !valid)
            return usageError(valid.error().message);
    }
    const auto loaded = loadDocumentOrReport(o.document, m_err);
    if (!loaded)
        return ExitBadDocument;
    const openapi::DocumentPtr document = *loaded;
    const openapi::Operation *operation = request::findOperation(*document, o.operation);
    if (!operation)
        return usageError(
            QStringLiteral("%1 has no operation \"%2\" (give an operationId or \"METHOD /path\"; keyway-cli inspect lists them)")
                .arg(o.document, o.operation));

    request::RequestJob job;
    job.document = document;
    job.model = request::buildRequestModel(*document, *operation);
    job.options.alternative = o.alternative;
    job.values.serverUrl = o.server;
    for (const auto &[key, value] : o.parameters) {
        QString name = key;
        std::optional<ParameterIn> in;
        if (const qsizetype colon = key.indexOf(u':'); colon > 0) {
            in = locationFromName(key.left(colon));
            if (in)
                name = key.mid(colon + 1);
        }
        const request::ParameterSpec *spec = nullptr;
        for (const request::ParameterSpec &p : job.model.parameters) {
            const bool sameName = p.in == ParameterIn::Header ? p.name.compare(name, Qt::CaseInsensitive) == 0 : p.name == name;
            if (sameName && (!in || p.in == *in)) {
                spec = &p;
                break;
            }
        }
        if (!spec) {
            QStringList known;
            for (const request::ParameterSpec &p : job.model.parameters)
                known.append(request::parameterInName(p.in) + u':' + p.name);
            return usageError(
                QStringLiteral("%1 has no parameter \"%2\" (parameters: %3)")
                    .arg(job.model.displayName, key, known.isEmpty() ? QStringLiteral("none") : known.join(QLatin1String(", "))));
        }
        job.values.set(spec->name, spec->in, value);
    }
    if (!o.bodyFile.isEmpty()) {
        QFile file;
        const bool stdinBody = o.bodyFile == QLatin1String("-");
        const bool opened
            = stdinBody ? file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(o.bodyFile), file.open(QIODevice::ReadOnly));
        if (!opened)
            return usageError(QStringLiteral("cannot read the body file %1: %2").arg(o.bodyFile, file.errorString()));
        job.values.body = file.read(kMaxBodyFile + 1);
        if (job.values.body.size() > kMaxBodyFile)
            return usageError(QStringLiteral("the body file %1 is larger than 64 MB").arg(o.bodyFile));
        if (!job.model.body.variants.isEmpty())
            job.values.mediaType = job.model.body.variants.first().mediaType;
    }
    // Invalid values are a usage error: said before anything is sent or the keychain is asked.
    if (const QList<request::ValidationIssue> issues = request::validateRequest(job.model, job.values); !issues.isEmpty()) {
        for (const request::ValidationIssue &issue : issues)
            m_err << "keyway-cli call: " << issue.toString() << '\n';
        return ExitUsage;
    }

    net::HttpClient http;
    request::MemoryCredentialSource none;
    job.credentials = &none;

    // Credentials only when the operation has a security requirement.
    CredentialSession session(&http, m_store, m_settings);
    std::unique_ptr<request::ManagerCredentialSource> source;
    auth::CredentialManager *manager = nullptr;
    if (!job.model.security.alternatives.isEmpty()) {
        if (auto failure = session.open(document, o.profile)) {
            if (failure->exitCode == ExitUsage)
                return usageError(failure->message);
            m_err << "keyway-cli call: " << failure->message << '\n';
            return failure->exitCode;
        }
        manager = session.manager();
        source = std::make_unique<request::ManagerCredentialSource>(manager);
        job.credentials = source.get();
    }
    storage::SecretStore *store = session.store();
    auto restoreProfile = [&] {
        source.reset();
        session.restore();
    };

    request::RequestSender sender(&http);
    if (manager)
        sender.setRefresher(request::ManagerCredentialSource::refresher(manager));
    std::optional<RequestOutcome> outcome;
    sender.send(job, [&](const RequestOutcome &r) { outcome = r; });
    if (!spinUntil([&] { return outcome.has_value(); }, kCallLimitMs)) {
        sender.cancel();
        spinUntil([&] { return outcome.has_value(); }, 5000);
    }
    const bool keychainUnavailable = store && store->status() == storage::SecretStore::Status::Unavailable;
    const QString keychainReason = store ? store->reason() : QString();
    restoreProfile();
    if (!outcome) {
        m_err << "keyway-cli call: no outcome\n";
        return ExitHttpStatus;
    }
    const RequestOutcome &r = *outcome;

    if (r.status == RequestOutcome::Status::NotBuilt) {
        m_err << "keyway-cli call: " << (r.buildError ? r.buildError->message : QStringLiteral("the request could not be built")) << '\n';
        if (r.credentialsMissing()) {
            if (keychainUnavailable)
                m_err << "The keychain is unavailable (" << keychainReason << "): stored credentials cannot be read.\n";
            m_err << "Store them first: keyway-cli authorize " << o.document << " --scheme NAME\n";
            return ExitCredentials;
        }
        if (r.buildError && r.buildError->kind == request::BuildError::Kind::UndefinedScheme)
            return ExitBadDocument;
        return ExitUsage;
    }
    if (r.status == RequestOutcome::Status::RefreshFailed) {
        m_err << "keyway-cli call: " << r.errorString << "\nSign in again: keyway-cli authorize " << o.document << " --scheme NAME\n";
        return ExitCredentials;
    }
    for (const QString &w : r.warnings)
        m_err << "warning: " << w << '\n';
    if (!r.digestProblem.isEmpty())
        m_err << "warning: the Digest challenge could not be answered: " << r.digestProblem << '\n';

    const QString url
        = r.request ? request::RequestHistory::maskedUrl(r.request->url, r.request->secretQueryNames, r.request->secrets) : QString();
    if (o.json) {
        QJsonObject j;
        j.insert(QStringLiteral("operation"), job.model.displayName);
        j.insert(QStringLiteral("outcome"), outcomeStatusName(r.status));
        j.insert(QStringLiteral("url"), url);
        if (r.request) {
            j.insert(QStringLiteral("method"), QString::fromLatin1(r.request->method));
            j.insert(QStringLiteral("alternative"), r.request->alternative);
            j.insert(QStringLiteral("schemes"), QJsonArray::fromStringList(r.request->appliedSchemes));
        }
        j.insert(QStringLiteral("status"), r.httpStatus);
        j.insert(QStringLiteral("reason"), QString::fromLatin1(r.reason));
        j.insert(QStringLiteral("elapsedMs"), r.elapsedMs);
        j.insert(QStringLiteral("size"), r.size);
        if (r.finalUrl.isValid() && r.request) // masked as the request URL is: a query key may have followed a redirect
            j.insert(QStringLiteral("finalUrl"),
                     request::RequestHistory::maskedUrl(r.finalUrl, r.request->secretQueryNames, r.request->secrets));
        QJsonArray headers;
        for (const auto &h : r.headers)
            headers.append(QJsonArray{QString::fromLatin1(h.first), QString::fromUtf8(h.second)});
        j.insert(QStringLiteral("headers"), headers);
        if (isText(r.body)) {
            j.insert(QStringLiteral("body"), QString::fromUtf8(r.body));
        } else {
            j.insert(QStringLiteral("body"), QString::fromLatin1(r.body.toBase64()));
            j.insert(QStringLiteral("bodyEncoding"), QStringLiteral("base64"));
        }
        QJsonParseError parseError{};
        const QJsonDocument bodyJson = QJsonDocument::fromJson(r.body, &parseError);
        if (parseError.error == QJsonParseError::NoError && !r.body.isEmpty())
            j.insert(QStringLiteral("json"), bodyJson.isArray() ? QJsonValue(bodyJson.array()) : QJsonValue(bodyJson.object()));
        j.insert(QStringLiteral("credentialsDropped"), r.credentialsDropped);
        j.insert(QStringLiteral("refreshed"), r.refreshed);
        j.insert(QStringLiteral("digestAnswered"), r.digestAnswered);
        QJsonArray challenges;
        for (qsizetype i = 0; i < r.challenges.challenges.size(); ++i) {
            const request::AuthChallenge &c = r.challenges.challenges.at(i);
            QJsonObject params;
            for (const auto &p : c.params)
                params.insert(p.first, p.second);
            QJsonObject cj{{QStringLiteral("scheme"), c.scheme},
                           {QStringLiteral("params"), params},
                           {QStringLiteral("explanation"), r.explanations.value(i)}};
            if (!c.token68.isEmpty())
                cj.insert(QStringLiteral("token68"), c.token68);
            challenges.append(cj);
        }
        j.insert(QStringLiteral("challenges"), challenges);
        j.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings));
        if (!r.errorString.isEmpty())
            j.insert(QStringLiteral("error"), r.errorString);
        m_out << QJsonDocument(j).toJson(QJsonDocument::Indented);
    } else if (r.status == RequestOutcome::Status::Completed) {
        m_out << "HTTP " << r.summary() << '\n';
        for (const auto &h : r.headers)
            m_out << QString::fromLatin1(h.first) << ": " << QString::fromUtf8(h.second) << '\n';
        m_out << '\n';
        if (isText(r.body)) {
            m_out << QString::fromUtf8(r.body);
            if (!r.body.isEmpty() && !r.body.endsWith('\n'))
                m_out << '\n';
        } else {
            m_out << "(" << r.body.size() << " bytes of binary data)\n";
        }
    }
    for (const QString &e : r.explanations)
        m_err << "WWW-Authenticate: " << e << '\n';
    if (r.credentialsDropped)
        m_err << "note: a redirect led to another origin; Authorization, API keys and cookies were not sent there\n";
    m_out.flush();
    if (r.status != RequestOutcome::Status::Completed) {
        m_err << "keyway-cli call: " << (url.isEmpty() ? QString() : url + QStringLiteral(": ")) << r.errorString << '\n';
        return ExitHttpStatus;
    }
    return r.isHttpSuccess() ? ExitOk : ExitHttpStatus;
}

} // namespace keyway::cli
