#include "cli/CallCommand.h"

#include "auth/CredentialManager.h"
#include "cli/CliApp.h"
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

constexpr int kStoreLimitMs = 2 * 60 * 1000;
// The request has its own timeout (HttpLimits); this bounds a refresh, a Digest round trip and the request together.
constexpr int kCallLimitMs = 5 * 60 * 1000;
constexpr qint64 kMaxBodyFile = 64LL * 1024 * 1024;

bool spinUntil(const std::function<bool()> &done, int limitMs)
{
    const QDeadlineTimer deadline(limitMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

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
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString arg = arguments.at(i);
        QString value;
        bool hasValue = false;
        if (arg.startsWith(QLatin1String("--")) && arg.contains(u'=')) {
            const qsizetype eq = arg.indexOf(u'=');
            value = arg.mid(eq + 1);
            arg = arg.left(eq);
            hasValue = true;
        }
        if (withValue.contains(arg)) {
            if (!hasValue) {
                if (i + 1 >= arguments.size())
                    return QStringLiteral("%1 needs a value").arg(arg);
                value = arguments.at(++i);
            }
            if (value.isEmpty())
                return QStringLiteral("%1 needs a value").arg(arg);
        } else if (hasValue) {
            return QStringLiteral("%1 takes no value").arg(arg);
        }
        if (arg == QLatin1String("--profile")) {
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
        } else if (arg.startsWith(QLatin1String("--"))) {
            return QStringLiteral("unknown option %1").arg(arg);
        } else {
            positional.append(arg);
        }
    }
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
    const auto loaded = loadDocumentBlocking(o.document);
    if (!loaded) {
        SourceLocation where = loaded.error().location;
        if (where.source.isEmpty())
            where.source = o.document;
        m_err << Error{loaded.error().message, where}.toString() << '\n';
        return ExitBadDocument;
    }
    const openapi::DocumentPtr document = loaded.value();
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
    std::unique_ptr<QSettings> ownSettings;
    std::unique_ptr<storage::Workspace> workspace;
    std::unique_ptr<storage::KeychainSecretStore> keychain;
    std::unique_ptr<storage::DegradingSecretStore> degrading;
    std::unique_ptr<storage::CredentialStore> credentialStore;
    std::unique_ptr<auth::CredentialManager> manager;
    std::unique_ptr<request::ManagerCredentialSource> source;
    storage::SecretStore *store = m_store;
    QString apiId;
    QString previousProfile;
    QString profile;
    auto restoreProfile = [&] {
        manager.reset();
        if (workspace && profile != previousProfile)
            (void)workspace->setCurrentProfile(apiId, previousProfile);
        if (workspace)
            workspace->sync();
    };
    if (!job.model.security.alternatives.isEmpty()) {
        QSettings *settings = m_settings;
        if (!settings) {
            ownSettings = storage::Workspace::openDefaultSettings();
            settings = ownSettings.get();
        }
        workspace = std::make_unique<storage::Workspace>(settings);
        if (!store) {
            keychain = std::make_unique<storage::KeychainSecretStore>();
            degrading = std::make_unique<storage::DegradingSecretStore>(keychain.get());
            degrading->start();
            store = degrading.get();
        }
        credentialStore = std::make_unique<storage::CredentialStore>(store, workspace.get());
        manager = std::make_unique<auth::CredentialManager>(&http, credentialStore.get(), workspace.get());
        manager->setDocument(document);
        if (!spinUntil([&] { return !manager->isLoading(); }, kStoreLimitMs)) {
            m_err << "keyway-cli call: the keychain did not answer in time\n";
            return ExitCredentials;
        }
        apiId = manager->api().id;
        previousProfile = workspace->currentProfile(apiId);
        profile = o.profile.value_or(previousProfile);
        if (profile != previousProfile) {
            if (auto set = manager->setProfile(profile); !set) {
                restoreProfile();
                return usageError(set.error().message);
            }
            if (!spinUntil([&] { return !manager->isLoading(); }, kStoreLimitMs)) {
                restoreProfile();
                m_err << "keyway-cli call: the keychain did not answer in time\n";
                return ExitCredentials;
            }
        }
        source = std::make_unique<request::ManagerCredentialSource>(manager.get());
        job.credentials = source.get();
    }

    request::RequestSender sender(&http);
    if (manager)
        sender.setRefresher(request::ManagerCredentialSource::refresher(manager.get()));
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
