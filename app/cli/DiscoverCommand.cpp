#include "cli/DiscoverCommand.h"

#include "auth/JwksCache.h"
#include "auth/Jwt.h"
#include "cli/CliApp.h"
#include "net/HttpClient.h"
#include "storage/SecretStore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace keyway::cli {

using namespace auth;

namespace {

// Each request has the HttpClient's own timeout; this only bounds the whole run should something be missed.
constexpr int kOverallLimitMs = 3 * 60 * 1000;

using JwksOutcome = std::optional<OAuthResult<JwkSet>>;

QString kindName(DiscoveryResult::Kind kind)
{
    return kind == DiscoveryResult::Kind::OpenIdConnect ? QStringLiteral("openid-configuration")
                                                        : QStringLiteral("oauth-authorization-server");
}

QList<QPair<QString, QUrl>> endpoints(const ProviderMetadata &m)
{
    return {
        {QStringLiteral("authorization_endpoint"), m.authorizationEndpoint},
        {QStringLiteral("token_endpoint"), m.tokenEndpoint},
        {QStringLiteral("device_authorization_endpoint"), m.deviceAuthorizationEndpoint},
        {QStringLiteral("revocation_endpoint"), m.revocationEndpoint},
        {QStringLiteral("introspection_endpoint"), m.introspectionEndpoint},
        {QStringLiteral("userinfo_endpoint"), m.userinfoEndpoint},
        {QStringLiteral("jwks_uri"), m.jwksUri},
        {QStringLiteral("end_session_endpoint"), m.endSessionEndpoint},
    };
}

QList<QPair<QString, QStringList>> supportedLists(const ProviderMetadata &m)
{
    return {
        {QStringLiteral("scopes_supported"), m.scopesSupported},
        {QStringLiteral("response_types_supported"), m.responseTypesSupported},
        {QStringLiteral("grant_types_supported"), m.grantTypesSupported},
        {QStringLiteral("token_endpoint_auth_methods_supported"), m.tokenEndpointAuthMethodsSupported},
        {QStringLiteral("code_challenge_methods_supported"), m.codeChallengeMethodsSupported},
        {QStringLiteral("id_token_signing_alg_values_supported"), m.idTokenSigningAlgValuesSupported},
    };
}

QJsonObject keyToJson(const Jwk &key)
{
    QJsonObject o{
        {QStringLiteral("kid"), key.kid},   {QStringLiteral("kty"), key.typeName()},
        {QStringLiteral("alg"), key.alg},   {QStringLiteral("use"), key.use},
        {QStringLiteral("bits"), key.bits}, {QStringLiteral("thumbprint"), QString::fromLatin1(key.thumbprint())},
    };
    if (!key.curve.isEmpty())
        o.insert(QStringLiteral("crv"), key.curve);
    return o;
}

} // namespace

QString DiscoveryCheck::statusName(Status status)
{
    switch (status) {
    case Status::Passed:
        return QStringLiteral("passed");
    case Status::Warning:
        return QStringLiteral("warning");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

QString DiscoverCommand::usageLine()
{
    return QStringLiteral("Usage: keyway-cli discover URL [--json]\n");
}

int DiscoverCommand::usageError(const QString &problem)
{
    m_err << "keyway-cli discover: " << problem << '\n' << usageLine();
    return ExitUsage;
}

QList<DiscoveryCheck> DiscoverCommand::checks(const DiscoveryResult &discovery, const JwksOutcome &jwks)
{
    using S = DiscoveryCheck::Status;
    const ProviderMetadata &m = discovery.metadata;
    QList<DiscoveryCheck> list;
    // Discovery refuses a document whose issuer is not the expected one, so a result means this passed.
    list.append({QStringLiteral("issuer"), S::Passed,
                 QStringLiteral("\"%1\" is the issuer the metadata at %2 belongs to").arg(m.issuer, m.discoveryUrl.toString())});

    QStringList missing;
    if (!m.tokenEndpoint.isValid())
        missing << QStringLiteral("token_endpoint");
    if (!m.authorizationEndpoint.isValid())
        missing << QStringLiteral("authorization_endpoint");
    if (discovery.kind == DiscoveryResult::Kind::OpenIdConnect && !m.jwksUri.isValid())
        missing << QStringLiteral("jwks_uri");
    list.append(missing.isEmpty() ? DiscoveryCheck{QStringLiteral("endpoints"), S::Passed,
                                                   QStringLiteral("authorization and token endpoints present; https or loopback only")}
                                  : DiscoveryCheck{QStringLiteral("endpoints"), S::Warning,
                                                   QStringLiteral("missing: %1").arg(missing.join(QStringLiteral(", ")))});

    if (!jwks) {
        list.append({QStringLiteral("jwks"), discovery.kind == DiscoveryResult::Kind::OpenIdConnect ? S::Failed : S::Skipped,
                     QStringLiteral("no jwks_uri")});
    } else if (!*jwks) {
        list.append({QStringLiteral("jwks"), S::Failed, jwks->error().toString()});
    } else {
        const JwkSet &set = jwks->value();
        int signing = 0;
        for (const Jwk &key : set.keys) {
            if (key.use.isEmpty() || key.use == QLatin1String("sig"))
                ++signing;
        }
        QString detail = QStringLiteral("%1 usable key(s), %2 for signatures").arg(set.keys.size()).arg(signing);
        for (const JwkProblem &problem : set.problems)
            detail += QStringLiteral("; ") + problem.toString();
        list.append({QStringLiteral("jwks"), signing > 0 ? (set.problems.isEmpty() ? S::Passed : S::Warning) : S::Failed, detail});
    }

    if (m.codeChallengeMethodsSupported.isEmpty())
        list.append(
            {QStringLiteral("pkce"), S::Warning, QStringLiteral("code_challenge_methods_supported is absent (Keyway sends S256 anyway)")});
    else if (m.codeChallengeMethodsSupported.contains(QStringLiteral("S256")))
        list.append({QStringLiteral("pkce"), S::Passed, QStringLiteral("S256 supported")});
    else
        list.append({QStringLiteral("pkce"), S::Warning, QStringLiteral("S256 is not advertised")});

    if (discovery.kind == DiscoveryResult::Kind::OpenIdConnect) {
        const QStringList &algs = m.idTokenSigningAlgValuesSupported;
        QStringList usable;
        for (const QString &alg : algs) {
            if (jwsAlgorithmFromName(alg))
                usable << alg;
        }
        if (algs.contains(QStringLiteral("none")))
            list.append({QStringLiteral("id_token_algorithms"), S::Warning,
                         QStringLiteral("\"none\" is advertised (Keyway always refuses unsigned ID tokens)")});
        else if (usable.isEmpty())
            list.append({QStringLiteral("id_token_algorithms"), S::Warning,
                         algs.isEmpty() ? QStringLiteral("none advertised (RS256 assumed)")
                                        : QStringLiteral("none Keyway can verify: %1").arg(algs.join(QStringLiteral(", ")))});
        else
            list.append({QStringLiteral("id_token_algorithms"), S::Passed, usable.join(QStringLiteral(", "))});
    }
    return list;
}

QJsonObject DiscoverCommand::toJson(const DiscoveryResult &discovery, const JwksOutcome &jwks)
{
    const ProviderMetadata &m = discovery.metadata;
    QJsonArray tried;
    for (const QUrl &url : discovery.tried)
        tried.append(url.toString());
    QJsonObject endpointObject;
    for (const auto &[name, url] : endpoints(m)) {
        if (url.isValid())
            endpointObject.insert(name, url.toString());
    }
    QJsonArray checkArray;
    bool ok = true;
    for (const DiscoveryCheck &check : checks(discovery, jwks)) {
        ok = ok && check.status != DiscoveryCheck::Status::Failed;
        checkArray.append(QJsonObject{{QStringLiteral("name"), check.name},
                                      {QStringLiteral("status"), DiscoveryCheck::statusName(check.status)},
                                      {QStringLiteral("detail"), check.detail}});
    }
    QJsonObject jwksObject{{QStringLiteral("uri"), m.jwksUri.isValid() ? QJsonValue(m.jwksUri.toString()) : QJsonValue(QJsonValue::Null)}};
    if (jwks && *jwks) {
        QJsonArray keys;
        for (const Jwk &key : jwks->value().keys)
            keys.append(keyToJson(key));
        QJsonArray problems;
        for (const JwkProblem &problem : jwks->value().problems)
            problems.append(problem.toString());
        jwksObject.insert(QStringLiteral("keys"), keys);
        jwksObject.insert(QStringLiteral("problems"), problems);
    } else if (jwks) {
        jwksObject.insert(QStringLiteral("error"), jwks->error().toString());
    }
    return QJsonObject{
        {QStringLiteral("ok"), ok},
        {QStringLiteral("issuer"), m.issuer},
        {QStringLiteral("discoveryUrl"), m.discoveryUrl.toString()},
        {QStringLiteral("kind"), kindName(discovery.kind)},
        {QStringLiteral("tried"), tried},
        {QStringLiteral("endpoints"), endpointObject},
        {QStringLiteral("metadata"), discovery.document},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(discovery.warnings)},
        {QStringLiteral("jwks"), jwksObject},
        {QStringLiteral("checks"), checkArray},
    };
}

void DiscoverCommand::printText(const DiscoveryResult &discovery, const JwksOutcome &jwks)
{
    const ProviderMetadata &m = discovery.metadata;
    m_out << "Issuer: " << m.issuer << '\n'
          << "Metadata: " << m.discoveryUrl.toString() << " ("
          << (discovery.kind == DiscoveryResult::Kind::OpenIdConnect ? "OpenID Connect Discovery"
                                                                     : "RFC 8414 authorization server metadata")
          << ")\n";
    m_out << "Endpoints:\n";
    for (const auto &[name, url] : endpoints(m)) {
        if (url.isValid())
            m_out << "  " << name << ": " << url.toString() << '\n';
    }
    for (const auto &[name, values] : supportedLists(m)) {
        if (!values.isEmpty())
            m_out << "  " << name << ": " << values.join(QStringLiteral(", ")) << '\n';
    }
    if (jwks && *jwks) {
        m_out << "JWKS: " << m.jwksUri.toString() << " (" << jwks->value().keys.size() << " key(s))\n";
        for (const Jwk &key : jwks->value().keys) {
            m_out << "  " << key.describe();
            if (!key.alg.isEmpty())
                m_out << ", alg " << key.alg;
            if (!key.use.isEmpty())
                m_out << ", use " << key.use;
            m_out << ", thumbprint " << QString::fromLatin1(key.thumbprint()) << '\n';
        }
    }
    m_out << "Checks:\n";
    for (const DiscoveryCheck &check : checks(discovery, jwks))
        m_out << "  " << check.name << ": " << DiscoveryCheck::statusName(check.status) << " — " << check.detail << '\n';
    if (!discovery.warnings.isEmpty()) {
        m_out << "Warnings:\n";
        for (const QString &warning : discovery.warnings)
            m_out << "  " << warning << '\n';
    }
}

int DiscoverCommand::run(const QStringList &arguments)
{
    bool json = false;
    QString input;
    for (const QString &arg : arguments) {
        if (arg == QLatin1String("--json")) {
            json = true;
        } else if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            m_out << usageLine()
                  << "Fetches the OpenID Connect discovery document (or RFC 8414 metadata) of URL — an issuer or a\n"
                     ".well-known URL —, checks its issuer, fetches its JWKS, and prints the endpoints, the keys and every check.\n"
                     "Exit status: 0 found and checked, 1 usage error, 3 discovery or the JWKS failed.\n";
            return ExitOk;
        } else if (arg.startsWith(QLatin1String("--"))) {
            return usageError(QStringLiteral("unknown option %1").arg(arg));
        } else if (input.isEmpty()) {
            input = arg;
        } else {
            return usageError(QStringLiteral("only one URL at a time"));
        }
    }
    if (input.isEmpty())
        return usageError(QStringLiteral("an issuer or .well-known URL is needed"));
    const QUrl url(input, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        || url.host().isEmpty())
        return usageError(QStringLiteral("\"%1\" is not an absolute http(s) URL").arg(input));

    net::HttpClient http;
    Discovery discovery(&http);
    using DiscoveryOutcome = OAuthResult<DiscoveryResult>;
    const auto found = storage::waitForCallback<DiscoveryOutcome>(
        [&](std::function<void(DiscoveryOutcome)> done) {
            discovery.discover(url, {}, {}, [done](const DiscoveryOutcome &result) { done(result); });
        },
        kOverallLimitMs);
    if (!found) {
        m_err << "keyway-cli discover: no answer within " << kOverallLimitMs / 1000 << " s\n";
        return ExitCredentials;
    }
    if (!*found) {
        m_err << "keyway-cli discover: " << found->error().toString() << '\n';
        if (json)
            m_out << QJsonDocument(QJsonObject{{QStringLiteral("ok"), false}, {QStringLiteral("error"), found->error().toString()}})
                         .toJson(QJsonDocument::Indented);
        return ExitCredentials;
    }
    const DiscoveryResult &result = found->value();

    JwksOutcome jwks;
    if (result.metadata.jwksUri.isValid()) {
        JwksCache cache(&http);
        jwks = storage::waitForCallback<OAuthResult<JwkSet>>(
            [&](std::function<void(OAuthResult<JwkSet>)> done) {
                cache.keys(result.metadata.jwksUri, {}, [done](const OAuthResult<JwkSet> &keys) { done(keys); });
            },
            kOverallLimitMs);
        if (!jwks) {
            OAuthError timeout;
            timeout.kind = OAuthError::Kind::Timeout;
            timeout.message = QStringLiteral("The JWKS did not arrive in time.");
            jwks.emplace(timeout);
        }
    }

    bool failed = false;
    for (const DiscoveryCheck &check : checks(result, jwks))
        failed = failed || check.status == DiscoveryCheck::Status::Failed;
    if (json)
        m_out << QJsonDocument(toJson(result, jwks)).toJson(QJsonDocument::Indented);
    else
        printText(result, jwks);
    if (failed) {
        if (jwks && !*jwks)
            m_err << "keyway-cli discover: the JWKS could not be used: " << jwks->error().toString() << '\n';
        else
            m_err << "keyway-cli discover: a check failed (see above)\n";
        return ExitCredentials;
    }
    return ExitOk;
}

} // namespace keyway::cli
