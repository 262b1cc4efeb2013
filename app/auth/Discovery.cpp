#include "auth/Discovery.h"

#include "auth/TokenEndpoint.h"
#include "net/HttpClient.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTimer>

namespace keyway::auth {

namespace {

Q_LOGGING_CATEGORY(lcDiscovery, "keyway.oauth.discovery")

constexpr qsizetype kMaxMetadataBytes = 1024 * 1024;
const QString kOidcSuffix = QStringLiteral("/.well-known/openid-configuration");
const QString kRfc8414Prefix = QStringLiteral("/.well-known/oauth-authorization-server");

QUrl originOf(const QUrl &url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
}

QString withoutTrailingSlash(QString s)
{
    while (s.endsWith(u'/'))
        s.chop(1);
    return s;
}

QString kindName(DiscoveryResult::Kind kind)
{
    return kind == DiscoveryResult::Kind::OpenIdConnect ? QObject::tr("OpenID Connect discovery") : QObject::tr("RFC 8414 metadata");
}

} // namespace

bool isLoopbackUrl(const QUrl &url)
{
    const QString host = url.host().toLower();
    if (host == QLatin1String("localhost") || host.endsWith(QLatin1String(".localhost")))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QList<DiscoveryCandidate> discoveryCandidates(const QUrl &input, const QString &expectedIssuer)
{
    QList<DiscoveryCandidate> list;
    const QUrl clean = input.adjusted(QUrl::RemoveFragment);
    const QString path = clean.path();
    if (path.endsWith(kOidcSuffix)) {
        QUrl issuer = clean.adjusted(QUrl::RemoveQuery);
        issuer.setPath(path.left(path.size() - kOidcSuffix.size()));
        list.append({clean, DiscoveryResult::Kind::OpenIdConnect,
                     expectedIssuer.isEmpty() ? issuer.toString(QUrl::FullyEncoded) : expectedIssuer, expectedIssuer.isEmpty()});
        return list;
    }
    if (path.startsWith(kRfc8414Prefix)) {
        QUrl issuer = originOf(clean);
        issuer.setPath(path.mid(kRfc8414Prefix.size()));
        list.append({clean, DiscoveryResult::Kind::OAuthAuthorizationServer,
                     expectedIssuer.isEmpty() ? issuer.toString(QUrl::FullyEncoded) : expectedIssuer, expectedIssuer.isEmpty()});
        return list;
    }
    // An issuer, as typed: that is what the document must name, exactly.
    const QString issuer = expectedIssuer.isEmpty() ? clean.adjusted(QUrl::RemoveQuery).toString(QUrl::FullyEncoded) : expectedIssuer;
    const QString issuerPath = withoutTrailingSlash(path);
    QUrl oidc = clean.adjusted(QUrl::RemoveQuery);
    oidc.setPath(issuerPath + kOidcSuffix);
    list.append({oidc, DiscoveryResult::Kind::OpenIdConnect, issuer, false});
    QUrl rfc8414 = originOf(clean);
    rfc8414.setPath(kRfc8414Prefix + issuerPath);
    list.append({rfc8414, DiscoveryResult::Kind::OAuthAuthorizationServer, issuer, false});
    return list;
}

OAuthResult<DiscoveryResult> parseProviderMetadata(const QByteArray &json, const QUrl &source, DiscoveryResult::Kind kind,
                                                   const QString &expectedIssuer, bool issuerDerived)
{
    const auto bad = [&](const QString &message, const QString &diagnosis) {
        OAuthError e;
        e.kind = OAuthError::Kind::UnexpectedResponse;
        e.rawBody = json.left(64 * 1024);
        e.message = message;
        e.diagnosis = diagnosis;
        return e;
    };
    if (json.size() > kMaxMetadataBytes)
        return bad(QObject::tr("The metadata at %1 is larger than 1 MB.").arg(source.toDisplayString()),
                   QObject::tr("A metadata document is a few kilobytes; this URL serves something else."));
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        return bad(QObject::tr("The metadata at %1 is not a JSON object%2.")
                       .arg(source.toDisplayString(), doc.isNull() ? QStringLiteral(" (%1)").arg(parseError.errorString()) : QString()),
                   looksLikeHtml(json) ? QObject::tr("An HTML page came back: the URL is a web page, not the discovery document.")
                                       : QObject::tr("Check the discovery URL (it ends in /.well-known/openid-configuration)."));
    }
    DiscoveryResult r;
    r.kind = kind;
    r.document = doc.object();
    const QJsonObject &o = r.document;
    ProviderMetadata &m = r.metadata;
    m.discoveryUrl = source;

    const QJsonValue issuerValue = o.value(QStringLiteral("issuer"));
    if (!issuerValue.isString() || issuerValue.toString().isEmpty())
        return bad(QObject::tr("The metadata at %1 has no issuer.").arg(source.toDisplayString()),
                   QObject::tr("Every %1 document names its issuer; without it, tokens cannot be attributed.").arg(kindName(kind)));
    m.issuer = issuerValue.toString();
    if (m.issuer != expectedIssuer) {
        // OIDC Discovery §4.3 / RFC 8414 §3.3: the issuer must be identical to the one the document was looked up for.
        // One deviation is tolerated, with a warning: the user gave a .well-known URL (so the expected issuer is only
        // derived from it) and the issuer adds a trailing slash (some hosted providers publish exactly that).
        const bool slashOnly = m.issuer == expectedIssuer + u'/';
        if (!(slashOnly && issuerDerived)) {
            OAuthError e;
            e.kind = OAuthError::Kind::IssuerMismatch;
            e.rawBody = json.left(64 * 1024);
            e.message = QObject::tr("Issuer mismatch: expected \"%1\", but the document at %2 says \"%3\".")
                            .arg(expectedIssuer, source.toDisplayString(), m.issuer);
            QString hint;
            if (withoutTrailingSlash(m.issuer) == withoutTrailingSlash(expectedIssuer))
                hint = QObject::tr(" They differ only by a trailing slash, which still makes them different issuers.");
            else if (m.issuer.compare(expectedIssuer, Qt::CaseInsensitive) == 0)
                hint = QObject::tr(" They differ only in letter case; issuers compare exactly.");
            e.diagnosis = QObject::tr("The issuer in the metadata must be exactly the issuer it was fetched for, or an attacker "
                                      "who controls one document could impersonate another provider. Enter the issuer as the "
                                      "provider publishes it, or check for a proxy that rewrites host names.")
                + hint;
            return e;
        }
        r.warnings.append(QObject::tr("The issuer \"%1\" has a trailing slash that the discovery URL does not; accepted.").arg(m.issuer));
    }
    const QUrl issuerUrl(m.issuer);
    if (!issuerUrl.isValid() || issuerUrl.isRelative() || issuerUrl.hasQuery() || issuerUrl.hasFragment())
        r.warnings.append(QObject::tr("The issuer \"%1\" is not an absolute URL without query and fragment.").arg(m.issuer));
    else if (issuerUrl.scheme() != QLatin1String("https") && !isLoopbackUrl(issuerUrl))
        r.warnings.append(QObject::tr("The issuer uses plain http on a host that is not this machine: tokens would travel unencrypted."));

    const auto url = [&](const char *member, QUrl *target) {
        const QString name = QLatin1String(member);
        const QJsonValue v = o.value(name);
        if (v.isUndefined() || v.isNull())
            return;
        const QUrl u(v.toString(), QUrl::StrictMode);
        if (!v.isString() || !u.isValid() || u.isRelative()
            || (u.scheme() != QLatin1String("https") && u.scheme() != QLatin1String("http"))) {
            r.warnings.append(QObject::tr("%1 is not an absolute http(s) URL; ignored.").arg(name));
            return;
        }
        if (u.scheme() == QLatin1String("http") && !isLoopbackUrl(u))
            r.warnings.append(QObject::tr("%1 uses plain http on a host that is not this machine.").arg(name));
        *target = u;
    };
    url("authorization_endpoint", &m.authorizationEndpoint);
    url("token_endpoint", &m.tokenEndpoint);
    url("device_authorization_endpoint", &m.deviceAuthorizationEndpoint);
    url("revocation_endpoint", &m.revocationEndpoint);
    url("introspection_endpoint", &m.introspectionEndpoint);
    url("userinfo_endpoint", &m.userinfoEndpoint);
    url("jwks_uri", &m.jwksUri);
    url("end_session_endpoint", &m.endSessionEndpoint);

    const auto list = [&](const char *member, QStringList *target) {
        const QString name = QLatin1String(member);
        const QJsonValue v = o.value(name);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isArray()) {
            r.warnings.append(QObject::tr("%1 is not an array; ignored.").arg(name));
            return;
        }
        for (const QJsonValue &entry : v.toArray()) {
            if (!entry.isString()) {
                r.warnings.append(QObject::tr("%1 holds something other than strings; ignored.").arg(name));
                target->clear();
                return;
            }
            target->append(entry.toString());
        }
    };
    list("scopes_supported", &m.scopesSupported);
    list("response_types_supported", &m.responseTypesSupported);
    list("grant_types_supported", &m.grantTypesSupported);
    list("token_endpoint_auth_methods_supported", &m.tokenEndpointAuthMethodsSupported);
    list("code_challenge_methods_supported", &m.codeChallengeMethodsSupported);
    list("id_token_signing_alg_values_supported", &m.idTokenSigningAlgValuesSupported);

    if (m.tokenEndpoint.isEmpty())
        r.warnings.append(QObject::tr("No token_endpoint: only the implicit flow could work."));
    if (kind == DiscoveryResult::Kind::OpenIdConnect) {
        if (m.authorizationEndpoint.isEmpty())
            r.warnings.append(QObject::tr("No authorization_endpoint (required by OpenID Connect Discovery)."));
        if (m.jwksUri.isEmpty())
            r.warnings.append(QObject::tr("No jwks_uri: ID-token signatures cannot be verified (required by OpenID Connect "
                                          "Discovery)."));
        if (m.idTokenSigningAlgValuesSupported.contains(QLatin1String("none")))
            r.warnings.append(QObject::tr("id_token_signing_alg_values_supported lists \"none\"; Keyway never accepts unsigned "
                                          "ID tokens."));
    }
    if (!m.codeChallengeMethodsSupported.isEmpty() && !m.codeChallengeMethodsSupported.contains(QLatin1String("S256")))
        r.warnings.append(QObject::tr("code_challenge_methods_supported does not list S256; Keyway sends S256 anyway."));
    return r;
}

Discovery::Discovery(net::HttpClient *http, QObject *parent) : QObject(parent), m_http(http)
{ }

Discovery::~Discovery()
{
    if (m_request)
        m_request->cancel();
}

void Discovery::discover(const QUrl &input, const QString &expectedIssuer, const QString &flowId, Callback done)
{
    cancel();
    m_done = std::move(done);
    m_flowId = flowId;
    m_tried.clear();
    m_failures.clear();
    m_next = 0;
    m_candidates.clear();
    if (!input.isValid() || input.isRelative() || (input.scheme() != QLatin1String("https") && input.scheme() != QLatin1String("http"))) {
        OAuthError e;
        e.kind = OAuthError::Kind::Configuration;
        e.message = tr("\"%1\" is not an issuer or discovery URL (an absolute http(s) URL).").arg(input.toString());
        QTimer::singleShot(0, this, [this, e] { finish(e); });
        return;
    }
    m_candidates = discoveryCandidates(input, expectedIssuer);
    QTimer::singleShot(0, this, [this] { tryNext(); });
}

void Discovery::cancel()
{
    if (m_request)
        m_request->cancel(); // its callback runs later and finds m_done gone
    m_request = nullptr;
    m_done = nullptr;
}

void Discovery::tryNext()
{
    if (!m_done)
        return;
    if (m_next >= m_candidates.size()) {
        OAuthError e;
        e.kind = OAuthError::Kind::UnexpectedResponse;
        if (!m_failures.isEmpty()) {
            e = m_failures.last();
            for (const OAuthError &f : std::as_const(m_failures)) {
                if (f.kind == OAuthError::Kind::Network) // unreachable beats "not found" as the reason
                    e = f;
            }
        }
        QStringList lines;
        for (qsizetype i = 0; i < m_failures.size() && i < m_tried.size(); ++i)
            lines.append(QStringLiteral("%1: %2").arg(m_tried.at(i).toDisplayString(), m_failures.at(i).message));
        e.message = tr("No usable metadata was found:\n%1").arg(lines.join(u'\n'));
        if (e.diagnosis.isEmpty())
            e.diagnosis = tr("Check the issuer URL; providers publish their metadata at issuer + /.well-known/openid-configuration.");
        finish(e);
        return;
    }
    const DiscoveryCandidate candidate = m_candidates.at(m_next++);
    m_tried.append(candidate.url);
    QNetworkRequest request(candidate.url);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    net::RequestInfo info;
    info.label = candidate.kind == DiscoveryResult::Kind::OpenIdConnect ? tr("Discovery (OpenID Connect)") : tr("Discovery (RFC 8414)");
    info.flowId = m_flowId;
    qCDebug(lcDiscovery) << "trying" << candidate.url.toDisplayString();
    QPointer<Discovery> self(this);
    m_request = m_http->send(QByteArrayLiteral("GET"), request, {}, info, [self, candidate](const net::HttpResult &result) {
        if (!self || !self->m_done)
            return;
        self->m_request = nullptr;
        if (!result.succeeded() || result.httpStatus < 200 || result.httpStatus >= 300) {
            self->m_failures.append(errorFromResponse(result, grants::discovery, tr("discovery endpoint")));
            self->tryNext();
            return;
        }
        OAuthResult<DiscoveryResult> parsed
            = parseProviderMetadata(result.body, candidate.url, candidate.kind, candidate.expectedIssuer, candidate.issuerDerived);
        if (!parsed) {
            OAuthError e = parsed.error();
            e.httpStatus = result.httpStatus;
            if (e.kind == OAuthError::Kind::IssuerMismatch) { // final: another URL would not make it right
                self->finish(e);
                return;
            }
            self->m_failures.append(e);
            self->tryNext();
            return;
        }
        DiscoveryResult r = std::move(parsed).value();
        r.tried = self->m_tried;
        self->finish(r);
    });
}

void Discovery::finish(const OAuthResult<DiscoveryResult> &result)
{
    Callback done = std::exchange(m_done, nullptr);
    if (done)
        done(result);
}

} // namespace keyway::auth
