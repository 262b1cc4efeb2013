#include "cli/AuthorizeCommand.h"

#include "auth/CredentialManager.h"
#include "auth/IdTokenValidator.h"
#include "cli/CliApp.h"
#include "cli/CliSupport.h"
#include "cli/InspectCommand.h"
#include "net/HttpClient.h"
#include "storage/ApiIdentity.h"
#include "storage/CredentialStore.h"
#include "storage/DegradingSecretStore.h"
#include "storage/KeychainSecretStore.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSettings>

#include <functional>
#include <memory>

namespace keyway::cli {

using auth::AuthFlow;
using auth::AuthorizeOutcome;
using auth::CredentialManager;
using openapi::OAuthFlow;
using openapi::SecurityScheme;

namespace {

// Keychain jobs and HTTP requests have their own timeouts; these only bound the waits should something be missed.
constexpr int kStoreLimitMs = 2 * 60 * 1000; // keychain jobs
constexpr int kDiscoveryLimitMs = 3 * 60 * 1000;
// Browser and device flows bound themselves (callback timeout, the device code's lifetime, a poll cap).
constexpr int kFlowLimitMs = 65 * 60 * 1000;

const QString kRefresh = QStringLiteral("refresh");

std::optional<OAuthFlow::Kind> flowKindFromName(const QString &name)
{
    if (name == QLatin1String("authorizationCode") || name == QLatin1String("accessCode"))
        return OAuthFlow::Kind::AuthorizationCode;
    if (name == QLatin1String("clientCredentials") || name == QLatin1String("application"))
        return OAuthFlow::Kind::ClientCredentials;
    if (name == QLatin1String("password"))
        return OAuthFlow::Kind::Password;
    if (name == QLatin1String("implicit"))
        return OAuthFlow::Kind::Implicit;
    if (name == QLatin1String("deviceCode") || name == QLatin1String("deviceAuthorization"))
        return OAuthFlow::Kind::DeviceAuthorization;
    return std::nullopt;
}

QString cliFlowName(OAuthFlow::Kind kind)
{
    return kind == OAuthFlow::Kind::DeviceAuthorization ? QStringLiteral("deviceCode") : OAuthFlow::kindName(kind);
}

QString schemeKindText(const SecurityScheme &scheme)
{
    if (scheme.type == SecurityScheme::Type::Http)
        return QStringLiteral("http %1").arg(scheme.httpScheme);
    if (scheme.type == SecurityScheme::Type::ApiKey)
        return QStringLiteral("apiKey in %1 \"%2\"").arg(SecurityScheme::inName(scheme.in), scheme.parameterName);
    return SecurityScheme::typeName(scheme.type);
}

QString utcText(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

QString leftText(qint64 seconds)
{
    if (seconds < 120)
        return QStringLiteral("%1 s").arg(seconds);
    if (seconds < 7200)
        return QStringLiteral("%1 min").arg(seconds / 60);
    return QStringLiteral("%1 h").arg(seconds / 3600);
}

QString checkStatusName(auth::ValidationCheck::Status status)
{
    switch (status) {
    case auth::ValidationCheck::Status::Passed:
        return QStringLiteral("passed");
    case auth::ValidationCheck::Status::Failed:
        return QStringLiteral("failed");
    case auth::ValidationCheck::Status::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

QString storageText(const storage::SecretStore *store, bool stored, bool persistent)
{
    if (stored && persistent)
        return QStringLiteral("the system keychain");
    if (stored)
        return QStringLiteral("memory only, for this process (%1)").arg(store->reason().isEmpty() ? store->description() : store->reason());
    return QStringLiteral("nowhere");
}

} // namespace

QString AuthorizeCommand::usageLine()
{
    return QStringLiteral("Usage: keyway-cli authorize DOC --scheme NAME [--profile P]\n"
                          "           [--flow authorizationCode|clientCredentials|password|implicit|deviceCode|refresh]\n"
                          "           [--client-id ID] [--client-secret-env VAR] [--username U] [--secret-env VAR]\n"
                          "           [--scope S]... [--param KEY=VALUE]... [--print-token] [--json]\n");
}

int AuthorizeCommand::usageError(const QString &problem)
{
    m_err << "keyway-cli authorize: " << problem << '\n' << usageLine();
    return ExitUsage;
}

std::optional<QString> AuthorizeCommand::parse(const QStringList &arguments, Options &o)
{
    static const QStringList withValue{QStringLiteral("--scheme"),
                                       QStringLiteral("--profile"),
                                       QStringLiteral("--flow"),
                                       QStringLiteral("--client-id"),
                                       QStringLiteral("--client-secret-env"),
                                       QStringLiteral("--username"),
                                       QStringLiteral("--secret-env"),
                                       QStringLiteral("--scope"),
                                       QStringLiteral("--param")};
    const auto problem = parseOptions(arguments, withValue, [&o](const QString &arg, const QString &value) -> std::optional<QString> {
        if (arg.isEmpty()) {
            if (!o.document.isEmpty())
                return QStringLiteral("only one document at a time");
            o.document = value;
        } else if (arg == QLatin1String("--scheme")) {
            o.scheme = value;
        } else if (arg == QLatin1String("--profile")) {
            o.profile = value;
        } else if (arg == QLatin1String("--flow")) {
            if (value != kRefresh && !flowKindFromName(value))
                return QStringLiteral("unknown flow \"%1\" (authorizationCode, clientCredentials, password, implicit, deviceCode, refresh)")
                    .arg(value);
            o.flow = value;
        } else if (arg == QLatin1String("--client-id")) {
            o.clientId = value;
        } else if (arg == QLatin1String("--client-secret-env")) {
            o.clientSecretEnv = value;
        } else if (arg == QLatin1String("--username")) {
            o.username = value;
        } else if (arg == QLatin1String("--secret-env")) {
            o.secretEnv = value;
        } else if (arg == QLatin1String("--scope")) {
            // "--scope 'a b'" is two scopes, as in the scope parameter itself.
            o.scopes += value.split(u' ', Qt::SkipEmptyParts);
        } else if (arg == QLatin1String("--param")) {
            const qsizetype eq = value.indexOf(u'=');
            if (eq <= 0)
                return QStringLiteral("--param needs KEY=VALUE, not \"%1\"").arg(value);
            o.parameters.append({value.left(eq), value.mid(eq + 1)});
        } else if (arg == QLatin1String("--print-token")) {
            o.printToken = true;
        } else if (arg == QLatin1String("--json")) {
            o.json = true;
        } else if (arg == QLatin1String("--client-secret") || arg == QLatin1String("--secret") || arg == QLatin1String("--password")) {
            return QStringLiteral("%1: secrets are never taken from the command line; use --client-secret-env VAR or --secret-env VAR")
                .arg(arg);
        } else {
            return QStringLiteral("unknown option %1").arg(arg);
        }
        return std::nullopt;
    });
    if (problem)
        return problem;
    if (o.document.isEmpty())
        return QStringLiteral("a document (path or URL) is needed");
    if (o.scheme.isEmpty())
        return QStringLiteral("--scheme NAME is needed");
    if (o.profile) {
        if (auto valid = storage::Workspace::validateProfileName(*o.profile); !valid)
            return valid.error().message;
    }
    return std::nullopt;
}

int AuthorizeCommand::run(const QStringList &arguments)
{
    if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))) {
        m_out << usageLine()
              << "Obtains the credentials of one security scheme of DOC and stores them in the keychain (in memory for\n"
                 "this process only when the keychain is unavailable). OAuth 2.0 / OpenID Connect schemes run the flow\n"
                 "(--flow); apiKey and bearer schemes take --secret-env; basic and digest take --username and --secret-env.\n"
                 "Secrets are read from the environment variables named, never from the command line.\n"
                 "Exit status: 0 done, 1 usage error, 2 the document cannot be loaded, 3 the server refused.\n";
        return ExitOk;
    }
    Options options;
    if (const auto problem = parse(arguments, options))
        return usageError(*problem);
    return execute(options);
}

int AuthorizeCommand::execute(const Options &o)
{
    // Secrets: from the environment only.
    std::optional<QString> clientSecret;
    std::optional<QString> secret;
    for (const auto &[name, target] : {std::pair{o.clientSecretEnv, &clientSecret}, std::pair{o.secretEnv, &secret}}) {
        if (name.isEmpty())
            continue;
        if (!qEnvironmentVariableIsSet(name.toLocal8Bit().constData()))
            return usageError(QStringLiteral("the environment variable %1 is not set").arg(name));
        *target = qEnvironmentVariable(name.toLocal8Bit().constData());
    }

    const auto loaded = loadDocumentOrReport(o.document, m_err);
    if (!loaded)
        return ExitBadDocument;
    const openapi::DocumentPtr document = *loaded;
    const SecurityScheme *scheme = document->scheme(o.scheme);
    if (!scheme) {
        QStringList names;
        for (const SecurityScheme &s : document->schemes)
            names << s.name;
        return usageError(QStringLiteral("%1 has no security scheme named \"%2\" (schemes: %3)")
                              .arg(o.document, o.scheme, names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral(", "))));
    }
    const bool oauth = scheme->type == SecurityScheme::Type::OAuth2 || scheme->type == SecurityScheme::Type::OpenIdConnect;
    if (!oauth) {
        if (!o.flow.isEmpty() || o.clientId || !o.clientSecretEnv.isEmpty() || !o.scopes.isEmpty() || !o.parameters.isEmpty())
            return usageError(QStringLiteral("--flow, --client-id, --client-secret-env, --scope and --param apply to oauth2 and "
                                             "openIdConnect schemes; \"%1\" is %2")
                                  .arg(o.scheme, schemeKindText(*scheme)));
        if (scheme->type == SecurityScheme::Type::MutualTls || scheme->type == SecurityScheme::Type::Unknown)
            return usageError(QStringLiteral("keyway-cli cannot configure a %1 scheme; use Keyway").arg(scheme->typeAsWritten));
        const bool userPassword = scheme->type == SecurityScheme::Type::Http
            && (scheme->httpScheme == QLatin1String("basic") || scheme->httpScheme == QLatin1String("digest"));
        if (userPassword && !o.username)
            return usageError(QStringLiteral("\"%1\" (%2) needs --username and --secret-env").arg(o.scheme, schemeKindText(*scheme)));
        if (!secret)
            return usageError(QStringLiteral("\"%1\" (%2) needs --secret-env VAR").arg(o.scheme, schemeKindText(*scheme)));
    }

    // The stores: the shared workspace file and the keychain, falling back to memory for this process; --profile
    // chooses the identity for this run only (the GUI's current profile is put back at the end).
    net::HttpClient http;
    CredentialSession session(&http, m_store, m_settings);
    if (auto failure = session.open(document, o.profile)) {
        if (failure->exitCode == ExitUsage)
            return usageError(failure->message);
        m_err << "keyway-cli authorize: " << failure->message << '\n';
        return failure->exitCode;
    }
    CredentialManager *manager = session.manager();
    storage::SecretStore *store = session.store();
    storage::Workspace &workspace = *session.workspace();
    const QString apiId = session.apiId();
    const QString profile = session.profile();
    auto restoreProfile = [&session] { session.restore(); };
    if (store->status() == storage::SecretStore::Status::Unavailable) {
        m_err << "keyway-cli authorize: the keychain is unavailable: " << store->reason()
              << "\nWhat this run obtains is kept in memory for this process only, and is gone when it ends.\n";
    }

    // Non-OAuth schemes: the secret typed in is the credential.
    if (!oauth) {
        auth::StaticSecret value;
        if (scheme->type == SecurityScheme::Type::Http
            && (scheme->httpScheme == QLatin1String("basic") || scheme->httpScheme == QLatin1String("digest"))) {
            value.username = *o.username;
            value.password = *secret;
        } else {
            value.value = *secret;
        }
        std::optional<Result<storage::Done>> stored;
        manager->setStaticSecret(o.scheme, value, [&stored](Result<storage::Done> r) { stored.emplace(std::move(r)); });
        const bool finished = spinUntil([&] { return stored.has_value(); }, kStoreLimitMs);
        const bool ok = finished && stored->ok();
        const bool persistent = ok && store->isPersistent();
        const QString problem
            = !finished ? QStringLiteral("the keychain did not answer in time") : (!ok ? stored->error().message : QString());
        restoreProfile();
        if (o.json) {
            QJsonObject j{{QStringLiteral("scheme"), o.scheme},
                          {QStringLiteral("schemeType"), SecurityScheme::typeName(scheme->type)},
                          {QStringLiteral("profile"), profile},
                          {QStringLiteral("stored"), ok},
                          {QStringLiteral("persistent"), persistent},
                          {QStringLiteral("storage"), persistent ? QStringLiteral("keychain") : QStringLiteral("memory")}};
            if (o.username)
                j.insert(QStringLiteral("username"), *o.username);
            if (!problem.isEmpty())
                j.insert(QStringLiteral("storeProblem"), problem);
            m_out << QJsonDocument(j).toJson(QJsonDocument::Indented);
        } else {
            m_out << "Configured scheme \"" << o.scheme << "\" (" << schemeKindText(*scheme) << "), profile \"" << profile << "\".\n";
            if (o.username)
                m_out << "  User:      " << *o.username << '\n';
            m_out << "  Stored in: " << storageText(store, ok, persistent) << '\n';
        }
        if (!ok) {
            m_err << "keyway-cli authorize: the secret could not be stored: " << problem << '\n';
            return ExitCredentials;
        }
        return ExitOk;
    }

    // OAuth 2.0 / OpenID Connect.
    const storage::SchemeSettings remembered = workspace.schemeSettings(apiId, o.scheme);
    const QList<OAuthFlow::Kind> available = manager->availableFlows(o.scheme);
    QString flowName = o.flow;
    if (flowName.isEmpty()) {
        if (flowKindFromName(remembered.flow))
            flowName = remembered.flow;
        else if (available.size() == 1)
            flowName = cliFlowName(available.constFirst());
    }
    if (flowName.isEmpty()) {
        QStringList names;
        for (const OAuthFlow::Kind kind : available)
            names << cliFlowName(kind);
        restoreProfile();
        return usageError(
            QStringLiteral("\"%1\" offers several flows: choose one with --flow (%2)").arg(o.scheme, names.join(QStringLiteral(", "))));
    }
    const bool refresh = flowName == kRefresh;
    const OAuthFlow::Kind kind = refresh ? OAuthFlow::Kind::AuthorizationCode : *flowKindFromName(flowName);
    if (!refresh && !available.contains(kind) && !o.json)
        m_err << "keyway-cli authorize: note: the document does not declare the " << flowName << " flow for \"" << o.scheme
              << "\"; trying it anyway.\n";

    if (refresh && manager->tokens(o.scheme).isEmpty()) {
        restoreProfile();
        m_err << "keyway-cli authorize: there are no stored tokens to refresh for \"" << o.scheme << "\", profile \"" << profile
              << "\".\nSign in with another --flow first.\n";
        return ExitCredentials;
    }
    if (refresh && manager->tokens(o.scheme).refreshToken.isEmpty()) {
        const QString grant = manager->tokens(o.scheme).grant;
        restoreProfile();
        m_err << "keyway-cli authorize: the stored tokens of \"" << o.scheme << "\", profile \"" << profile
              << "\", have no refresh token (the server issued none for the " << grant << " grant).\nSign in again with another --flow.\n";
        return ExitCredentials;
    }

    // Discovery when the scheme needs it (openIdConnect, or an oauth2 scheme whose document lacks an endpoint).
    OAuthFlow::Kind providerKind = kind;
    if (refresh)
        providerKind = flowKindFromName(manager->tokens(o.scheme).grant).value_or(kind);
    std::optional<auth::OAuthResult<auth::ProviderMetadata>> provider;
    manager->resolveProvider(o.scheme, providerKind,
                             [&provider](const auth::OAuthResult<auth::ProviderMetadata> &r) { provider.emplace(r); });
    if (!spinUntil([&] { return provider.has_value(); }, kDiscoveryLimitMs)) {
        restoreProfile();
        m_err << "keyway-cli authorize: discovery did not finish in time\n";
        return ExitCredentials;
    }
    if (!*provider) {
        restoreProfile();
        m_err << "keyway-cli authorize: " << provider->error().toString() << '\n';
        return provider->error().kind == auth::OAuthError::Kind::Configuration ? ExitUsage : ExitCredentials;
    }

    // The client: what the workspace and keychain hold, with what the command line says on top.
    auth::ClientConfig client = manager->clientConfig(o.scheme);
    if (o.clientId && *o.clientId != client.clientId) {
        client.clientId = *o.clientId;
        // The stored secret belongs to the other client.
        client.clientSecret.clear();
        client.password.clear();
    }
    if (clientSecret) {
        client.clientSecret = *clientSecret;
        if (client.authMethod == auth::ClientAuthMethod::None)
            client.authMethod = auth::ClientAuthMethod::ClientSecretBasic;
    } else if (client.clientSecret.isEmpty()) {
        client.authMethod = auth::ClientAuthMethod::None;
    }
    if (o.username)
        client.username = *o.username;
    if (secret)
        client.password = *secret;
    if (!o.scopes.isEmpty())
        client.scopes = o.scopes;
    if (!o.parameters.isEmpty())
        client.extraParameters = o.parameters;
    if (client.clientId.isEmpty()) {
        restoreProfile();
        return usageError(QStringLiteral("no client id is configured for \"%1\": give --client-id").arg(o.scheme));
    }
    if (kind == OAuthFlow::Kind::Password && !refresh && (client.username.isEmpty() || client.password.isEmpty())) {
        restoreProfile();
        return usageError(QStringLiteral("the password flow needs --username and --secret-env"));
    }
    std::optional<Result<storage::Done>> configured;
    manager->setClientConfig(o.scheme, client, [&configured](Result<storage::Done> r) { configured.emplace(std::move(r)); });
    if (!spinUntil([&] { return configured.has_value(); }, kStoreLimitMs) || !configured->ok()) {
        m_err << "keyway-cli authorize: note: the client configuration could not be stored"
              << (configured ? QStringLiteral(": ") + configured->error().message : QString()) << '\n';
    }

    // The flow.
    std::optional<AuthorizeOutcome> outcome;
    auto onDone = [&outcome](const AuthorizeOutcome &result) { outcome = result; };
    QPointer<AuthFlow> flow
        = refresh ? static_cast<AuthFlow *>(manager->refresh(o.scheme, onDone)) : manager->authorize(o.scheme, kind, onDone);
    if (!flow) {
        restoreProfile();
        return usageError(QStringLiteral("\"%1\" cannot run the %2 flow").arg(o.scheme, flowName));
    }
    QTextStream &prompt = o.json ? m_err : m_out;
    QObject::connect(flow, &AuthFlow::userActionRequired, flow, [&prompt](const auth::UserAction &action) {
        if (action.kind == auth::UserAction::Kind::OpenBrowser) {
            prompt << "Open this URL in a browser to sign in:\n  " << action.url.toString(QUrl::FullyEncoded) << '\n'
                   << "Waiting for the browser to come back…\n";
        } else {
            prompt << "On any device, open " << action.url.toString() << " and enter the code " << action.userCode << '\n';
            if (action.urlComplete.isValid())
                prompt << "  (or open " << action.urlComplete.toString() << ")\n";
            prompt << "Waiting for the sign-in";
            if (action.expiresInSeconds > 0)
                prompt << " (the code expires in " << leftText(action.expiresInSeconds) << ")";
            prompt << "…\n";
        }
        prompt.flush();
    });
    QObject::connect(flow, &AuthFlow::progressMessage, flow, [this](const QString &message) {
        m_err << message << '\n';
        m_err.flush();
    });
    flow->start();
    if (!spinUntil([&] { return outcome.has_value(); }, kFlowLimitMs)) {
        if (flow)
            flow->cancel();
        spinUntil([&] { return outcome.has_value(); }, 5000);
        restoreProfile();
        m_err << "keyway-cli authorize: the flow did not finish in time\n";
        return ExitCredentials;
    }
    const bool persistent = outcome->persistent;
    restoreProfile();

    if (!outcome->succeeded) {
        const auth::OAuthError &error = outcome->error;
        m_err << "keyway-cli authorize: " << flowName << " for \"" << o.scheme << "\" failed\n" << error.toString() << '\n';
        if (error.error.isEmpty() && error.httpStatus > 0)
            m_err << "The server answered HTTP " << error.httpStatus << ": "
                  << (error.rawBody.isEmpty() ? QStringLiteral("(empty body)") : QString::fromUtf8(error.rawBody.left(500))) << '\n';
        if (o.json) {
            m_out << QJsonDocument(QJsonObject{{QStringLiteral("scheme"), o.scheme},
                                               {QStringLiteral("flow"), flowName},
                                               {QStringLiteral("profile"), profile},
                                               {QStringLiteral("ok"), false},
                                               {QStringLiteral("error"), error.error},
                                               {QStringLiteral("errorDescription"), error.errorDescription},
                                               {QStringLiteral("httpStatus"), error.httpStatus},
                                               {QStringLiteral("message"), error.message},
                                               {QStringLiteral("diagnosis"), error.diagnosis}})
                         .toJson(QJsonDocument::Indented);
        }
        return error.kind == auth::OAuthError::Kind::Configuration ? ExitUsage : ExitCredentials;
    }

    const auth::TokenSet &t = outcome->tokens;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (o.json) {
        QJsonObject j{
            {QStringLiteral("scheme"), o.scheme},
            {QStringLiteral("schemeType"), SecurityScheme::typeName(scheme->type)},
            {QStringLiteral("flow"), flowName},
            {QStringLiteral("profile"), profile},
            {QStringLiteral("ok"), true},
            {QStringLiteral("tokenType"), t.tokenType},
            {QStringLiteral("scopes"), QJsonArray::fromStringList(t.grantedScopes)},
            {QStringLiteral("scopesFromResponse"), t.scopesFromResponse},
            {QStringLiteral("expiresAt"),
             t.hasExpiry() ? QJsonValue(t.expiresAt.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("expiresIn"), t.hasExpiry() ? QJsonValue(t.secondsLeft(now)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("refreshToken"), !t.refreshToken.isEmpty()},
            {QStringLiteral("issuer"), t.issuer},
            {QStringLiteral("clientId"), t.clientId},
            {QStringLiteral("stored"), outcome->stored},
            {QStringLiteral("persistent"), persistent},
            {QStringLiteral("storage"), persistent ? QStringLiteral("keychain") : QStringLiteral("memory")},
        };
        if (!outcome->storeProblem.isEmpty())
            j.insert(QStringLiteral("storeProblem"), outcome->storeProblem);
        if (outcome->idToken) {
            QJsonArray checks;
            for (const auth::ValidationCheck &check : outcome->idToken->checks)
                checks.append(QJsonObject{{QStringLiteral("name"), check.name},
                                          {QStringLiteral("status"), checkStatusName(check.status)},
                                          {QStringLiteral("detail"), check.detail}});
            j.insert(QStringLiteral("idToken"),
                     QJsonObject{{QStringLiteral("valid"), outcome->idToken->valid()}, {QStringLiteral("checks"), checks}});
        } else {
            j.insert(QStringLiteral("idToken"), QJsonValue(QJsonValue::Null));
        }
        if (o.printToken)
            j.insert(QStringLiteral("accessToken"), t.accessToken);
        m_out << QJsonDocument(j).toJson(QJsonDocument::Indented);
    } else {
        m_out << "Authorized scheme \"" << o.scheme << "\" (" << schemeKindText(*scheme) << ") with " << flowName << ", profile \""
              << profile << "\".\n";
        m_out << "  Token type:     " << (t.tokenType.isEmpty() ? QStringLiteral("(not stated)") : t.tokenType) << '\n';
        m_out << "  Scopes granted: " << (t.grantedScopes.isEmpty() ? QStringLiteral("(none)") : t.grantedScopes.join(u' '));
        if (!t.scopesFromResponse && !t.grantedScopes.isEmpty())
            m_out << " (not stated by the server: assumed as requested)";
        m_out << '\n';
        m_out << "  Expires:        "
              << (t.hasExpiry() ? QStringLiteral("%1 (in %2)").arg(utcText(t.expiresAt), leftText(t.secondsLeft(now)))
                                : QStringLiteral("(not stated)"))
              << '\n';
        m_out << "  Refresh token:  " << (t.refreshToken.isEmpty() ? "none" : "received") << '\n';
        if (outcome->idToken) {
            m_out << "  ID token:       " << (outcome->idToken->valid() ? "valid" : "INVALID") << '\n';
            for (const auth::ValidationCheck &check : outcome->idToken->checks)
                m_out << "    " << check.name << ": " << checkStatusName(check.status)
                      << (check.detail.isEmpty() ? QString() : QStringLiteral(" — ") + check.detail) << '\n';
        } else if (!t.idToken.isEmpty()) {
            m_out << "  ID token:       received, not checked\n";
        } else {
            m_out << "  ID token:       none\n";
        }
        m_out << "  Stored in:      " << storageText(store, outcome->stored, persistent) << '\n';
        if (o.printToken)
            m_out << "Access token: " << t.accessToken << '\n';
    }
    if (!outcome->stored)
        m_err << "keyway-cli authorize: the tokens could not be stored: " << outcome->storeProblem << '\n';
    return ExitOk;
}

} // namespace keyway::cli
