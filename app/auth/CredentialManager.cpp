#include "auth/CredentialManager.h"

#include "auth/AuthorizationCodeFlow.h"
#include "auth/ImplicitFlow.h"
#include "auth/JwksCache.h"
#include "auth/TokenAdmin.h"
#include "net/HttpClient.h"
#include "net/Timeline.h"
#include "storage/SecretAddress.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>
#include <QUuid>

#include <memory>

namespace keyway::auth {

Q_LOGGING_CATEGORY(lcCredentials, "keyway.credentials")

using openapi::OAuthFlow;
using openapi::SecurityScheme;
using storage::Done;
using storage::DoneCallback;
using storage::SecretAddress;
using storage::SecretKind;
using storage::SecureBytes;

namespace {

// mutualTLS schemes have no OAuth parameters: their certificate paths (non-secret) ride in the scheme's
// SchemeSettings::extraParameters under these names.
const QString kCertificatePathKey = QStringLiteral("keyway.certificatePath");
const QString kPrivateKeyPathKey = QStringLiteral("keyway.privateKeyPath");

bool isOAuth(const SecurityScheme &scheme)
{
    return scheme.type == SecurityScheme::Type::OAuth2 || scheme.type == SecurityScheme::Type::OpenIdConnect;
}

// The kind of the secret a non-OAuth scheme keeps, if any.
std::optional<SecretKind> staticKind(const SecurityScheme &scheme)
{
    switch (scheme.type) {
    case SecurityScheme::Type::ApiKey:
        return SecretKind::ApiKey;
    case SecurityScheme::Type::Http:
        if (scheme.httpScheme == QLatin1String("basic"))
            return SecretKind::HttpBasic;
        if (scheme.httpScheme == QLatin1String("digest"))
            return SecretKind::HttpDigest;
        return SecretKind::BearerToken; // bearer and other token-like schemes
    case SecurityScheme::Type::MutualTls:
        return SecretKind::Pkcs12Passphrase;
    case SecurityScheme::Type::OAuth2:
    case SecurityScheme::Type::OpenIdConnect:
    case SecurityScheme::Type::Unknown:
        break;
    }
    return std::nullopt;
}

QString grantOf(OAuthFlow::Kind kind)
{
    switch (kind) {
    case OAuthFlow::Kind::AuthorizationCode:
        return grants::authorizationCode;
    case OAuthFlow::Kind::Implicit:
        return grants::implicit;
    case OAuthFlow::Kind::Password:
        return grants::password;
    case OAuthFlow::Kind::ClientCredentials:
        return grants::clientCredentials;
    case OAuthFlow::Kind::DeviceAuthorization:
        return grants::deviceCode;
    }
    return {};
}

std::optional<OAuthFlow::Kind> kindOfGrant(const QString &grant)
{
    for (const auto kind : {OAuthFlow::Kind::AuthorizationCode, OAuthFlow::Kind::Implicit, OAuthFlow::Kind::Password,
                            OAuthFlow::Kind::ClientCredentials, OAuthFlow::Kind::DeviceAuthorization}) {
        if (grantOf(kind) == grant || OAuthFlow::kindName(kind) == grant)
            return kind;
    }
    return std::nullopt;
}

QString issuerKey(const ProviderMetadata &provider)
{
    if (!provider.issuer.isEmpty())
        return provider.issuer;
    if (provider.tokenEndpoint.isValid() && !provider.tokenEndpoint.isRelative())
        return SecretAddress::originOf(provider.tokenEndpoint);
    if (provider.authorizationEndpoint.isValid() && !provider.authorizationEndpoint.isRelative())
        return SecretAddress::originOf(provider.authorizationEndpoint);
    return {};
}

QString durationText(qint64 seconds)
{
    // Each count goes through a variable: Qt 6.4's lupdate never returns on a call in translate()'s count.
    seconds = qAbs(seconds);
    if (seconds < 120) {
        const int count = int(seconds);
        return QCoreApplication::translate("CredentialManager", "%n s", nullptr, count);
    }
    if (seconds < 2 * 3600) {
        const int minutes = int(seconds / 60);
        return QCoreApplication::translate("CredentialManager", "%n min", nullptr, minutes);
    }
    if (seconds < 2 * 86400) {
        const int hours = int(seconds / 3600);
        return QCoreApplication::translate("CredentialManager", "%n h", nullptr, hours);
    }
    const int days = int(seconds / 86400);
    return QCoreApplication::translate("CredentialManager", "%n days", nullptr, days);
}

QString extraValue(const storage::SchemeSettings &settings, const QString &name)
{
    for (const auto &[key, value] : settings.extraParameters) {
        if (key == name)
            return value;
    }
    return {};
}

void setExtraValue(storage::SchemeSettings &settings, const QString &name, const QString &value)
{
    for (qsizetype i = 0; i < settings.extraParameters.size(); ++i) {
        if (settings.extraParameters.at(i).first == name) {
            if (value.isEmpty())
                settings.extraParameters.removeAt(i);
            else
                settings.extraParameters[i].second = value;
            return;
        }
    }
    if (!value.isEmpty())
        settings.extraParameters.append({name, value});
}

// Runs asynchronous steps one after the other; the first failure ends the run.
using Step = std::function<void(DoneCallback)>;
void runSteps(QList<Step> steps, DoneCallback done)
{
    if (steps.isEmpty()) {
        if (done)
            done(Done{});
        return;
    }
    Step first = steps.takeFirst();
    first([steps = std::move(steps), done](Result<Done> result) mutable {
        if (!result.ok()) {
            if (done)
                done(std::move(result));
            return;
        }
        runSteps(std::move(steps), std::move(done));
    });
}

// Revokes each (token, hint) in turn, collecting what the server said, then runs `then`.
void revokeEach(TokenAdmin *admin, QList<QPair<QString, QString>> queue, std::shared_ptr<SignOutReport> report, std::function<void()> then)
{
    if (queue.isEmpty()) {
        admin->deleteLater();
        then();
        return;
    }
    const QPair<QString, QString> item = queue.takeFirst();
    const QString hint = item.second;
    admin->revoke(item.first, hint, [admin, queue, report, then, hint](const OAuthResult<bool> &revoked) {
        if (revoked)
            report->revoked << hint;
        else
            report->revocationErrors << revoked.error();
        revokeEach(admin, queue, report, then);
    });
}

OAuthError configurationError(const QString &message, const QString &diagnosis = {})
{
    OAuthError error;
    error.kind = OAuthError::Kind::Configuration;
    error.message = message;
    error.diagnosis = diagnosis;
    return error;
}

} // namespace

QString SignOutReport::summary() const
{
    QStringList lines;
    if (revocationAttempted) {
        if (!revoked.isEmpty())
            lines << QCoreApplication::translate("CredentialManager", "Revoked at the server: %1.").arg(revoked.join(QStringLiteral(", ")));
        for (const OAuthError &error : revocationErrors)
            lines << QCoreApplication::translate("CredentialManager", "Revocation failed: %1").arg(error.toString());
    } else {
        lines << QCoreApplication::translate("CredentialManager",
                                             "Nothing was revoked (no tokens, or the server advertises no revocation endpoint).");
    }
    if (forget.deleted.isEmpty())
        lines << QCoreApplication::translate("CredentialManager", "No stored secret was found.");
    else {
        const int deleted = int(forget.deleted.size());
        lines << QCoreApplication::translate("CredentialManager", "Deleted %n stored secret(s).", nullptr, deleted);
    }
    for (const auto &[address, reason] : forget.failed)
        lines << QCoreApplication::translate("CredentialManager", "Could not delete %1: %2").arg(address.describe(), reason);
    if (!forget.storeProblem.isEmpty())
        lines << forget.storeProblem;
    return lines.join(u'\n');
}

CredentialManager::CredentialManager(net::HttpClient *http, storage::CredentialStore *store, storage::Workspace *workspace, QObject *parent)
    : QObject(parent),
      m_http(http),
      m_store(store),
      m_workspace(workspace),
      m_jwks(new JwksCache(http, this)),
      m_clock([] { return QDateTime::currentDateTimeUtc(); }),
      m_expiryTimer(new QTimer(this))
{
    m_expiryTimer->setSingleShot(true);
    connect(m_expiryTimer, &QTimer::timeout, this, &CredentialManager::updateAllStates);
    connect(m_store->secretStore(), &storage::SecretStore::statusChanged, this, &CredentialManager::keychainStatusChanged);
    connect(m_workspace, &storage::Workspace::currentProfileChanged, this, [this](const QString &apiId, const QString &) {
        if (m_document && apiId == m_api.id)
            applyProfile();
    });
    connect(m_workspace, &storage::Workspace::profilesChanged, this, [this](const QString &apiId) {
        if (m_document && apiId == m_api.id)
            Q_EMIT profilesChanged();
    });
}

CredentialManager::~CredentialManager() = default;

void CredentialManager::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); });
    updateAllStates();
}

QDateTime CredentialManager::now() const
{
    return m_clock();
}

template<typename F> void CredentialManager::later(F &&f)
{
    QMetaObject::invokeMethod(this, std::forward<F>(f), Qt::QueuedConnection);
}

// Document and server ------------------------------------------------------------------------------------------------

void CredentialManager::setDocument(openapi::DocumentPtr document)
{
    ++m_generation;
    m_pendingLoads = 0;
    m_schemes.clear();
    m_document = std::move(document);
    m_api = {};
    m_loadedProfile.clear();
    m_serverIndex = 0;
    m_serverVariables.clear();
    if (m_document) {
        m_api = storage::ApiIdentity::fromDocument(*m_document);
        m_workspace->rememberApi(m_api);
        const QString chosen = m_workspace->serverTemplate(m_api.id);
        for (qsizetype i = 0; i < m_document->servers.size(); ++i) {
            if (m_document->servers.at(i).urlTemplate == chosen) {
                m_serverIndex = int(i);
                m_serverVariables = m_workspace->serverVariables(m_api.id);
                break;
            }
        }
        m_workspace->sync();
        m_loadedProfile = m_workspace->currentProfile(m_api.id);
        for (const SecurityScheme &scheme : m_document->schemes)
            m_schemes.insert(scheme.name, SchemeData{});
    }
    Q_EMIT documentChanged();
    updateAllStates();
    loadAll();
}

void CredentialManager::setServer(const openapi::Server *server, const QHash<QString, QString> &variables)
{
    if (!m_document)
        return;
    m_serverIndex = 0;
    if (server) {
        for (qsizetype i = 0; i < m_document->servers.size(); ++i) {
            if (m_document->servers.at(i).urlTemplate == server->urlTemplate) {
                m_serverIndex = int(i);
                break;
            }
        }
    }
    m_serverVariables = variables;
    if (const openapi::Server *chosen = this->server()) {
        m_workspace->setServer(m_api.id, chosen->urlTemplate, variables);
        m_workspace->sync();
    }
}

const openapi::Server *CredentialManager::server() const
{
    if (!m_document || m_document->servers.isEmpty())
        return nullptr;
    return &m_document->servers.at(qBound(0, m_serverIndex, int(m_document->servers.size()) - 1));
}

openapi::Server CredentialManager::effectiveServer() const
{
    const openapi::Server *chosen = server();
    if (!chosen)
        return {};
    // Document::resolveUrl substitutes defaults: the chosen values become the defaults of a copy.
    openapi::Server copy = *chosen;
    for (openapi::ServerVariable &variable : copy.variables) {
        if (m_serverVariables.contains(variable.name))
            variable.defaultValue = m_serverVariables.value(variable.name);
    }
    return copy;
}

QUrl CredentialManager::resolve(const QString &written) const
{
    if (!m_document || written.trimmed().isEmpty())
        return {};
    const openapi::Server chosen = effectiveServer();
    return m_document->resolveUrl(written, server() ? &chosen : nullptr);
}

// Schemes and states -------------------------------------------------------------------------------------------------

QStringList CredentialManager::schemeNames() const
{
    QStringList names;
    if (m_document) {
        for (const SecurityScheme &scheme : m_document->schemes)
            names << scheme.name;
    }
    return names;
}

const SecurityScheme *CredentialManager::scheme(const QString &name) const
{
    return m_document ? m_document->scheme(name) : nullptr;
}

CredentialManager::SchemeData &CredentialManager::data(const QString &scheme)
{
    return m_schemes[scheme];
}

const CredentialManager::SchemeData *CredentialManager::dataOf(const QString &scheme) const
{
    const auto it = m_schemes.constFind(scheme);
    return it == m_schemes.constEnd() ? nullptr : &it.value();
}

QString CredentialManager::stateName(State state)
{
    switch (state) {
    case State::Unconfigured:
        return QStringLiteral("unconfigured");
    case State::Configured:
        return QStringLiteral("configured");
    case State::Authorized:
        return QStringLiteral("authorized");
    case State::Expired:
        return QStringLiteral("expired");
    case State::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

std::pair<CredentialManager::State, QString> CredentialManager::computeState(const QString &name) const
{
    const SecurityScheme *s = scheme(name);
    const SchemeData *d = dataOf(name);
    if (!s || !d)
        return {State::Unconfigured, tr("No such scheme in the document.")};
    const storage::SchemeSettings settings = m_workspace->schemeSettings(m_api.id, name);
    if (isOAuth(*s)) {
        const TokenSet &t = d->tokens;
        if (!t.isEmpty()) {
            const QDateTime at = now();
            if (t.hasExpiry() && t.isExpired(at)) {
                const QString ago = tr("Expired %1 ago.").arg(durationText(t.secondsLeft(at)));
                if (!d->failure.isEmpty())
                    return {State::Failed, ago + u' ' + d->failure};
                return {State::Expired,
                        ago + u' '
                            + (t.refreshToken.isEmpty() ? tr("There is no refresh token: sign in again.") : tr("It can be refreshed."))};
            }
            QString detail = t.tokenType.isEmpty() ? tr("Token") : tr("%1 token").arg(t.tokenType);
            if (!t.grantedScopes.isEmpty())
                detail += tr(", scopes %1").arg(t.grantedScopes.join(u' '));
            detail += t.hasExpiry() ? tr(", expires in %1").arg(durationText(t.secondsLeft(at))) : tr(", no expiry given");
            if (!t.refreshToken.isEmpty())
                detail += tr(", refreshable");
            detail += u'.';
            if (!d->failure.isEmpty())
                detail += u' ' + tr("The last attempt failed: %1").arg(d->failure);
            return {State::Authorized, detail};
        }
        if (!d->failure.isEmpty())
            return {State::Failed, d->failure};
        if (!settings.clientId.isEmpty())
            return {State::Configured, tr("Client %1; not signed in.").arg(settings.clientId)};
        return {State::Unconfigured, tr("No client configured.")};
    }
    const auto kind = staticKind(*s);
    if (!kind)
        return {State::Unconfigured, tr("Keyway cannot use a scheme of type \"%1\".").arg(s->typeAsWritten)};
    const StaticSecret &secret = d->staticSecret;
    const QString certificate = extraValue(settings, kCertificatePathKey);
    bool present = false;
    QString detail;
    switch (*kind) {
    case SecretKind::ApiKey:
        present = !secret.value.isEmpty();
        detail = tr("API key set.");
        break;
    case SecretKind::BearerToken:
        present = !secret.value.isEmpty();
        detail = tr("Token set.");
        break;
    case SecretKind::HttpBasic:
    case SecretKind::HttpDigest:
        present = !secret.username.isEmpty() || !secret.password.isEmpty();
        detail = tr("User %1.").arg(secret.username);
        break;
    default: // mutualTLS
        present = !certificate.isEmpty();
        detail = tr("Client certificate %1.").arg(certificate);
        break;
    }
    if (present)
        return {State::Authorized, detail};
    if (!d->failure.isEmpty())
        return {State::Failed, d->failure};
    return {State::Unconfigured, tr("No credentials set.")};
}

CredentialManager::State CredentialManager::state(const QString &scheme) const
{
    return computeState(scheme).first;
}

QString CredentialManager::stateDetail(const QString &scheme) const
{
    return computeState(scheme).second;
}

void CredentialManager::updateState(const QString &scheme)
{
    auto it = m_schemes.find(scheme);
    if (it == m_schemes.end())
        return;
    const auto [state, detail] = computeState(scheme);
    if (state != it->lastState || detail != it->lastDetail) {
        it->lastState = state;
        it->lastDetail = detail;
        Q_EMIT stateChanged(scheme);
    }
    scheduleExpiryCheck();
}

void CredentialManager::updateAllStates()
{
    const QStringList names = m_schemes.keys();
    for (const QString &name : names)
        updateState(name);
    scheduleExpiryCheck();
}

void CredentialManager::scheduleExpiryCheck()
{
    // One timer for the earliest expiry ahead, so that Authorized turns into Expired without anyone asking.
    const QDateTime at = now();
    qint64 nearestMs = -1;
    for (const SchemeData &d : std::as_const(m_schemes)) {
        if (d.tokens.isEmpty() || !d.tokens.hasExpiry())
            continue;
        const qint64 ms = at.msecsTo(d.tokens.expiresAt);
        if (ms >= 0 && (nearestMs < 0 || ms < nearestMs))
            nearestMs = ms;
    }
    if (nearestMs < 0) {
        m_expiryTimer->stop();
        return;
    }
    constexpr qint64 kMaxWaitMs = 3600 * 1000; // checked again hourly at least (clock changes, sleep)
    m_expiryTimer->start(int(qBound<qint64>(250, nearestMs + 250, kMaxWaitMs)));
}

// Profiles -----------------------------------------------------------------------------------------------------------

QString CredentialManager::currentProfile() const
{
    return m_document ? m_workspace->currentProfile(m_api.id) : storage::Workspace::defaultProfileName();
}

QStringList CredentialManager::profiles() const
{
    return m_document ? m_workspace->profiles(m_api.id) : QStringList{storage::Workspace::defaultProfileName()};
}

Result<Done> CredentialManager::setProfile(const QString &profile)
{
    if (!m_document)
        return Error{tr("No document is open."), {}};
    if (auto valid = storage::Workspace::validateProfileName(profile); !valid)
        return valid;
    if (!m_workspace->profiles(m_api.id).contains(profile)) {
        if (auto added = m_workspace->addProfile(m_api.id, profile); !added)
            return added;
    }
    if (auto set = m_workspace->setCurrentProfile(m_api.id, profile); !set)
        return set;
    m_workspace->sync();
    applyProfile(); // also reached through Workspace::currentProfileChanged; the second call finds nothing to do
    return Done{};
}

void CredentialManager::applyProfile()
{
    const QString profile = m_workspace->currentProfile(m_api.id);
    if (profile == m_loadedProfile)
        return;
    m_loadedProfile = profile;
    ++m_generation;
    m_pendingLoads = 0;
    for (SchemeData &d : m_schemes) {
        std::optional<DiscoveryResult> discovery = std::move(d.discovery);
        d = SchemeData{.discovery = std::move(discovery), .lastState = d.lastState, .lastDetail = d.lastDetail};
    }
    Q_EMIT profileChanged(profile);
    updateAllStates();
    loadAll();
}

CredentialManager::StoreTarget CredentialManager::currentTarget() const
{
    return {m_api.id, m_loadedProfile};
}

bool CredentialManager::isCurrent(const StoreTarget &target) const
{
    return m_document && target.apiId == m_api.id && target.profile == m_loadedProfile;
}

// Loading ------------------------------------------------------------------------------------------------------------

void CredentialManager::loadAll()
{
    if (!m_document) {
        later([this] { Q_EMIT loadingFinished(); });
        return;
    }
    const int generation = m_generation;
    beginLoad(); // held until every read is issued, so that quick answers cannot finish the load early
    for (const SecurityScheme &scheme : m_document->schemes)
        loadScheme(scheme, generation);
    later([this, generation] { endLoad(generation); });
}

void CredentialManager::endLoad(int generation)
{
    if (generation != m_generation || m_pendingLoads <= 0)
        return;
    if (--m_pendingLoads == 0) {
        qCDebug(lcCredentials) << "secrets loaded for API" << m_api.id << "profile" << m_loadedProfile;
        updateAllStates();
        Q_EMIT loadingFinished();
    }
}

void CredentialManager::loadScheme(const SecurityScheme &s, int generation)
{
    const QString name = s.name;
    const StoreTarget target = currentTarget();
    QPointer<CredentialManager> self(this);
    // Each read ends with endLoad; `apply` runs only while this load is still the current one.
    auto guard = [self, generation, name](auto apply) {
        return [self, generation, name, apply](auto result) mutable {
            if (!self || generation != self->m_generation)
                return;
            if (!result.ok())
                self->data(name).failure = tr("The keychain could not be read: %1").arg(result.error().message);
            else
                apply(self->data(name), std::move(result).value());
            self->endLoad(generation);
        };
    };
    const storage::SchemeSettings settings = m_workspace->schemeSettings(m_api.id, name);
    if (isOAuth(s)) {
        const QString issuer = addressIssuer(name);
        if (settings.clientId.isEmpty() || issuer.isEmpty())
            return;
        beginLoad();
        m_store->loadTokens(clientAddress(target, name, issuer, settings.clientId, SecretKind::OAuthTokens),
                            guard([issuer, clientId = settings.clientId](SchemeData &d, std::optional<TokenSet> tokens) {
                                d.tokens = tokens.value_or(TokenSet{});
                                d.tokensIssuer = issuer;
                                d.tokensClientId = clientId;
                            }));
        beginLoad();
        m_store->load(
            clientAddress(target, name, issuer, settings.clientId, SecretKind::ClientSecret),
            guard([](SchemeData &d, std::optional<SecureBytes> value) { d.clientSecret = value ? value->toUtf8String() : QString(); }));
        beginLoad();
        m_store->load(
            clientAddress(target, name, issuer, settings.clientId, SecretKind::ResourceOwnerPassword),
            guard([](SchemeData &d, std::optional<SecureBytes> value) { d.password = value ? value->toUtf8String() : QString(); }));
        return;
    }
    const auto kind = staticKind(s);
    if (!kind)
        return;
    beginLoad();
    switch (*kind) {
    case SecretKind::HttpBasic:
    case SecretKind::HttpDigest:
        m_store->loadUserPassword(address(target, name, *kind), guard([](SchemeData &d, std::optional<storage::UserPassword> credentials) {
                                      d.staticSecret.username = credentials ? credentials->username : QString();
                                      d.staticSecret.password = credentials ? credentials->password.toUtf8String() : QString();
                                  }));
        break;
    case SecretKind::Pkcs12Passphrase:
        m_store->load(address(target, name, *kind), guard([](SchemeData &d, std::optional<SecureBytes> value) {
                          d.staticSecret.passphrase = value ? value->toUtf8String() : QString();
                      }));
        break;
    default:
        m_store->load(address(target, name, *kind), guard([](SchemeData &d, std::optional<SecureBytes> value) {
                          d.staticSecret.value = value ? value->toUtf8String() : QString();
                      }));
        break;
    }
}

// Addresses ----------------------------------------------------------------------------------------------------------

QString CredentialManager::derivedIssuer(const QString &name) const
{
    const SecurityScheme *s = scheme(name);
    if (!s)
        return {};
    if (const SchemeData *d = dataOf(name); d && d->discovery)
        return d->discovery->metadata.issuer;
    if (s->type == SecurityScheme::Type::OpenIdConnect) {
        const QList<DiscoveryCandidate> candidates = discoveryCandidates(resolve(s->openIdConnectUrl));
        return candidates.isEmpty() ? QString() : candidates.constFirst().expectedIssuer;
    }
    const QList<OAuthFlow::Kind> kinds = availableFlows(name);
    for (const OAuthFlow::Kind kind : kinds) {
        if (const QString key = issuerKey(provider(name, kind)); !key.isEmpty())
            return key;
    }
    return {};
}

QString CredentialManager::addressIssuer(const QString &name) const
{
    const QString remembered = m_workspace->schemeSettings(m_api.id, name).issuer;
    return remembered.isEmpty() ? derivedIssuer(name) : remembered;
}

SecretAddress CredentialManager::address(const StoreTarget &target, const QString &scheme, SecretKind kind) const
{
    return SecretAddress::forScheme(target.apiId, scheme, target.profile, kind);
}

SecretAddress CredentialManager::clientAddress(const StoreTarget &target, const QString &scheme, const QString &issuer,
                                               const QString &clientId, SecretKind kind) const
{
    return SecretAddress::forClient(target.apiId, scheme, target.profile, issuer, clientId, kind);
}

void CredentialManager::storeSecret(const SecretAddress &address, const QString &value, DoneCallback done)
{
    if (!done)
        done = [](Result<storage::Done>) {}; // the stores call back unconditionally
    if (value.isEmpty())
        m_store->remove(address, std::move(done));
    else
        m_store->store(address, SecureBytes::fromUtf8(value), std::move(done));
}

QString CredentialManager::newFlowId() const
{
    if (net::Timeline *timeline = m_http->timeline())
        return timeline->newFlowId();
    return QStringLiteral("flow-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

// OAuth --------------------------------------------------------------------------------------------------------------

QList<OAuthFlow::Kind> CredentialManager::availableFlows(const QString &name) const
{
    const SecurityScheme *s = scheme(name);
    if (!s)
        return {};
    if (s->type == SecurityScheme::Type::OpenIdConnect) {
        return {OAuthFlow::Kind::AuthorizationCode, OAuthFlow::Kind::DeviceAuthorization, OAuthFlow::Kind::ClientCredentials,
                OAuthFlow::Kind::Implicit, OAuthFlow::Kind::Password};
    }
    QList<OAuthFlow::Kind> kinds;
    if (s->type == SecurityScheme::Type::OAuth2) {
        for (const OAuthFlow &flow : s->flows) {
            if (!kinds.contains(flow.kind))
                kinds << flow.kind;
        }
    }
    return kinds;
}

ProviderMetadata CredentialManager::provider(const QString &name, OAuthFlow::Kind kind) const
{
    ProviderMetadata p;
    const SecurityScheme *s = scheme(name);
    if (!s || !isOAuth(*s))
        return p;
    const SchemeData *d = dataOf(name);
    if (d && d->discovery)
        p = d->discovery->metadata;
    // The document's URLs first (the flow of this kind, else any flow that has one: one authorization server),
    // discovery filling what the document leaves out.
    auto pick = [&](QString OAuthFlow::*field) -> QUrl {
        if (const OAuthFlow *flow = s->flow(kind); flow && !(flow->*field).isEmpty())
            return resolve(flow->*field);
        for (const OAuthFlow &flow : s->flows) {
            if (!(flow.*field).isEmpty())
                return resolve(flow.*field);
        }
        return {};
    };
    if (const QUrl url = pick(&OAuthFlow::authorizationUrl); url.isValid())
        p.authorizationEndpoint = url;
    if (const QUrl url = pick(&OAuthFlow::tokenUrl); url.isValid())
        p.tokenEndpoint = url;
    if (const QUrl url = pick(&OAuthFlow::deviceAuthorizationUrl); url.isValid())
        p.deviceAuthorizationEndpoint = url;
    if (p.scopesSupported.isEmpty()) {
        for (const openapi::Scope &scope : s->allScopes())
            p.scopesSupported << scope.name;
    }
    return p;
}

const DiscoveryResult *CredentialManager::discovery(const QString &scheme) const
{
    const SchemeData *d = dataOf(scheme);
    return d && d->discovery ? &*d->discovery : nullptr;
}

void CredentialManager::discover(const QString &name, DiscoveryCallback done)
{
    const SecurityScheme *s = scheme(name);
    if (!s || !isOAuth(*s)) {
        later([done] { done(configurationError(tr("Only oauth2 and openIdConnect schemes have a provider to discover."))); });
        return;
    }
    if (s->type == SecurityScheme::Type::OpenIdConnect) {
        const QUrl url = resolve(s->openIdConnectUrl);
        if (!url.isValid()) {
            later([done, written = s->openIdConnectUrl] {
                done(configurationError(tr("The openIdConnectUrl \"%1\" cannot be resolved.").arg(written),
                                        tr("A relative URL needs a document loaded from a URL, or a server with an absolute URL.")));
            });
            return;
        }
        runDiscovery(name, url, {}, false, std::move(done));
        return;
    }
    if (!s->oauth2MetadataUrl.isEmpty()) {
        if (const QUrl url = resolve(s->oauth2MetadataUrl); url.isValid()) {
            runDiscovery(name, url, {}, true, std::move(done));
            return;
        }
    }
    const QString remembered = m_workspace->schemeSettings(m_api.id, name).issuer;
    const QUrl issuer(remembered);
    if (remembered.isEmpty() || !issuer.isValid() || issuer.isRelative()) {
        later([done] {
            done(configurationError(tr("There is nothing to discover from."),
                                    tr("Enter the authorization server's issuer URL to discover its endpoints.")));
        });
        return;
    }
    runDiscovery(name, issuer, {}, true, std::move(done));
}

void CredentialManager::discover(const QString &name, const QUrl &issuerOrWellKnown, DiscoveryCallback done)
{
    const SecurityScheme *s = scheme(name);
    if (!s || !isOAuth(*s)) {
        later([done] { done(configurationError(tr("Only oauth2 and openIdConnect schemes have a provider to discover."))); });
        return;
    }
    if (!issuerOrWellKnown.isValid() || issuerOrWellKnown.isRelative()) {
        later([done] { done(configurationError(tr("The issuer must be an absolute http(s) URL."))); });
        return;
    }
    runDiscovery(name, issuerOrWellKnown, {}, true, std::move(done));
}

void CredentialManager::runDiscovery(const QString &name, const QUrl &input, const QString &expectedIssuer, bool remember,
                                     DiscoveryCallback done)
{
    auto *discovery = new Discovery(m_http, this);
    QPointer<CredentialManager> self(this);
    const QString apiId = m_api.id;
    discovery->discover(input, expectedIssuer, newFlowId(),
                        [self, discovery, name, apiId, remember, done](const OAuthResult<DiscoveryResult> &result) {
                            discovery->deleteLater();
                            if (self && self->m_document && self->m_api.id == apiId && self->m_schemes.contains(name)) {
                                if (result) {
                                    self->data(name).discovery = result.value();
                                    if (remember) {
                                        storage::SchemeSettings settings = self->m_workspace->schemeSettings(apiId, name);
                                        if (settings.issuer != result->metadata.issuer) {
                                            settings.issuer = result->metadata.issuer;
                                            self->m_workspace->setSchemeSettings(apiId, name, settings);
                                            self->m_workspace->sync();
                                        }
                                    }
                                    Q_EMIT self->discoveryFinished(name);
                                    self->updateState(name);
                                }
                            }
                            if (done)
                                done(result);
                        });
}

void CredentialManager::resolveProvider(const QString &name, OAuthFlow::Kind kind, ProviderCallback done)
{
    const SecurityScheme *s = scheme(name);
    if (!s || !isOAuth(*s)) {
        later([done] { done(configurationError(tr("Only oauth2 and openIdConnect schemes have a provider."))); });
        return;
    }
    const ProviderMetadata known = provider(name, kind);
    bool needed = false;
    if (!discovery(name)) {
        if (s->type == SecurityScheme::Type::OpenIdConnect) {
            needed = true;
        } else {
            const bool browser = kind == OAuthFlow::Kind::AuthorizationCode || kind == OAuthFlow::Kind::Implicit;
            needed = (browser && !known.authorizationEndpoint.isValid())
                || (kind != OAuthFlow::Kind::Implicit && !known.tokenEndpoint.isValid())
                || (kind == OAuthFlow::Kind::DeviceAuthorization && !known.deviceAuthorizationEndpoint.isValid());
        }
    }
    if (!needed) {
        later([done, known] { done(known); });
        return;
    }
    QPointer<CredentialManager> self(this);
    discover(name, [self, name, kind, done](const OAuthResult<DiscoveryResult> &result) {
        if (!result) {
            done(result.error());
            return;
        }
        done(self ? self->provider(name, kind) : result->metadata);
    });
}

ClientConfig CredentialManager::clientConfig(const QString &name) const
{
    ClientConfig config;
    config.clockSkewSeconds = m_clockSkewSeconds;
    const SecurityScheme *s = scheme(name);
    if (!s || !isOAuth(*s))
        return config;
    m_workspace->schemeSettings(m_api.id, name).applyTo(config);
    if (const SchemeData *d = dataOf(name)) {
        config.clientSecret = d->clientSecret;
        config.password = d->password;
    }
    if (config.clientSecret.isEmpty() && m_workspace->schemeSettings(m_api.id, name).authMethod.isEmpty())
        config.authMethod = ClientAuthMethod::None;
    config.openId = s->type == SecurityScheme::Type::OpenIdConnect || config.scopes.contains(QStringLiteral("openid"));
    config.clockSkewSeconds = m_clockSkewSeconds; // Preferences: how far the clocks may disagree for token times
    return config;
}

void CredentialManager::setClientConfig(const QString &name, const ClientConfig &config, DoneCallback done)
{
    const SecurityScheme *s = scheme(name);
    if (!s || !isOAuth(*s)) {
        later([done] {
            if (done)
                done(Error{tr("Only oauth2 and openIdConnect schemes have a client configuration."), {}});
        });
        return;
    }
    const storage::SchemeSettings previous = m_workspace->schemeSettings(m_api.id, name);
    storage::SchemeSettings settings = storage::SchemeSettings::fromClientConfig(config);
    settings.flow = previous.flow;
    settings.issuer = previous.issuer.isEmpty() ? derivedIssuer(name) : previous.issuer;
    m_workspace->setSchemeSettings(m_api.id, name, settings);
    m_workspace->sync();

    SchemeData &d = data(name);
    d.clientSecret = config.clientSecret;
    d.password = config.password;
    d.failure.clear();
    updateState(name);

    const StoreTarget target = currentTarget();
    if (settings.clientId.isEmpty() || settings.issuer.isEmpty()) {
        later([done, secret = !config.clientSecret.isEmpty() || !config.password.isEmpty()] {
            if (!done)
                return;
            if (secret)
                done(Error{tr("The secrets are held in memory only until a client id is set and the issuer is known."), {}});
            else
                done(Done{});
        });
        return;
    }
    const SecretAddress secretAddress = clientAddress(target, name, settings.issuer, settings.clientId, SecretKind::ClientSecret);
    const SecretAddress passwordAddress
        = clientAddress(target, name, settings.issuer, settings.clientId, SecretKind::ResourceOwnerPassword);
    QPointer<CredentialManager> self(this);
    const QString secret = config.clientSecret;
    const QString password = config.password;
    auto gone = [] { return Error{tr("The credential manager was destroyed."), {}}; };
    runSteps({[self, secretAddress, secret, gone](DoneCallback next) {
                  if (!self)
                      return next(gone());
                  self->storeSecret(secretAddress, secret, std::move(next));
              },
              [self, passwordAddress, password, gone](DoneCallback next) {
                  if (!self)
                      return next(gone());
                  self->storeSecret(passwordAddress, password, std::move(next));
              }},
             std::move(done));
}

AuthFlow *CredentialManager::authorize(const QString &name, OAuthFlow::Kind kind, AuthorizeCallback done)
{
    const SecurityScheme *s = scheme(name);
    if (!s || !isOAuth(*s))
        return nullptr;
    const ProviderMetadata p = provider(name, kind);
    const ClientConfig client = clientConfig(name);
    AuthFlow *flow = nullptr;
    switch (kind) {
    case OAuthFlow::Kind::AuthorizationCode: {
        auto *f = new AuthorizationCodeFlow(m_http, p, client, this);
        f->setJwksCache(m_jwks);
        flow = f;
        break;
    }
    case OAuthFlow::Kind::Implicit: {
        auto *f = new ImplicitFlow(m_http, p, client, this);
        f->setJwksCache(m_jwks);
        flow = f;
        break;
    }
    case OAuthFlow::Kind::Password: {
        auto *f = new PasswordFlow(m_http, p, client, this);
        f->setJwksCache(m_jwks);
        flow = f;
        break;
    }
    case OAuthFlow::Kind::ClientCredentials: {
        auto *f = new ClientCredentialsFlow(m_http, p, client, this);
        f->setJwksCache(m_jwks);
        flow = f;
        break;
    }
    case OAuthFlow::Kind::DeviceAuthorization: {
        auto *f = new DeviceAuthorizationFlow(m_http, p, client, this);
        f->setJwksCache(m_jwks);
        flow = f;
        break;
    }
    }
    if (!flow)
        return nullptr;
    flow->setFlowId(newFlowId());
    storage::SchemeSettings settings = m_workspace->schemeSettings(m_api.id, name);
    if (settings.flow != OAuthFlow::kindName(kind)) {
        settings.flow = OAuthFlow::kindName(kind);
        m_workspace->setSchemeSettings(m_api.id, name, settings);
        m_workspace->sync();
    }
    watchFlow(flow, name, currentTarget(), issuerKey(p), std::move(done));
    return flow;
}

RefreshFlow *CredentialManager::refresh(const QString &name, AuthorizeCallback done)
{
    const SecurityScheme *s = scheme(name);
    if (!s || !isOAuth(*s))
        return nullptr;
    const SchemeData &d = data(name);
    const TokenSet previous = d.tokens;
    const storage::SchemeSettings settings = m_workspace->schemeSettings(m_api.id, name);
    OAuthFlow::Kind kind = OAuthFlow::Kind::AuthorizationCode;
    if (auto k = kindOfGrant(previous.grant))
        kind = *k;
    else if (auto fromSettings = kindOfGrant(settings.flow))
        kind = *fromSettings;
    else if (const auto kinds = availableFlows(name); !kinds.isEmpty())
        kind = kinds.constFirst();
    ProviderMetadata p = provider(name, kind);
    if (const OAuthFlow *flow = s->flow(kind); flow && !flow->refreshUrl.isEmpty()) {
        if (const QUrl url = resolve(flow->refreshUrl); url.isValid())
            p.tokenEndpoint = url;
    }
    ClientConfig client = clientConfig(name);
    client.scopes.clear(); // the same scope as before (RFC 6749 §6)
    if (!previous.clientId.isEmpty())
        client.clientId = previous.clientId;
    else if (!d.tokensClientId.isEmpty())
        client.clientId = d.tokensClientId;
    auto *flow = new RefreshFlow(m_http, p, client, previous, this);
    flow->setJwksCache(m_jwks);
    flow->setFlowId(newFlowId());
    // Stored where the old tokens are, so that the next load finds them again.
    const QString storeIssuer = d.tokensIssuer.isEmpty() ? issuerKey(p) : d.tokensIssuer;
    watchFlow(flow, name, currentTarget(), storeIssuer, std::move(done));
    return flow;
}

void CredentialManager::watchFlow(AuthFlow *flow, const QString &name, const StoreTarget &target, const QString &storeIssuer,
                                  AuthorizeCallback done)
{
    QPointer<CredentialManager> self(this);
    QPointer<AuthFlow> guard(flow);
    auto outcomeBase = [name, flow] {
        AuthorizeOutcome outcome;
        outcome.scheme = name;
        outcome.grant = flow->grantName();
        if (auto *grant = qobject_cast<TokenGrantFlow *>(flow))
            outcome.idToken = grant->idTokenValidation();
        else if (auto *browser = qobject_cast<BrowserGrantFlow *>(flow))
            outcome.idToken = browser->idTokenValidation();
        return outcome;
    };
    auto finish = [guard, done](const AuthorizeOutcome &outcome) {
        if (done)
            done(outcome);
        if (guard)
            guard->deleteLater();
    };
    connect(flow, &AuthFlow::succeeded, this, [self, flow, name, target, storeIssuer, outcomeBase, finish](const TokenSet &tokens) {
        AuthorizeOutcome outcome = outcomeBase();
        outcome.succeeded = true;
        outcome.tokens = tokens;
        if (!self) {
            outcome.storeProblem = tr("The tokens were not stored: the credential manager is gone.");
            finish(outcome);
            return;
        }
        QString clientId = tokens.clientId;
        if (auto *grant = qobject_cast<TokenGrantFlow *>(flow); grant && clientId.isEmpty())
            clientId = grant->client().clientId;
        else if (auto *browser = qobject_cast<BrowserGrantFlow *>(flow); browser && clientId.isEmpty())
            clientId = browser->client().clientId;
        const QString issuer = storeIssuer.isEmpty() ? tokens.issuer : storeIssuer;
        if (self->isCurrent(target)) {
            SchemeData &d = self->data(name);
            d.tokens = tokens;
            d.tokensIssuer = issuer;
            d.tokensClientId = clientId;
            d.failure.clear();
            d.idToken = outcome.idToken;
            // Later loads look the tokens up by the remembered issuer and client id.
            storage::SchemeSettings settings = self->m_workspace->schemeSettings(target.apiId, name);
            const bool moved = settings.issuer != issuer || settings.clientId != clientId;
            if (moved) {
                settings.issuer = issuer;
                settings.clientId = clientId;
                self->m_workspace->setSchemeSettings(target.apiId, name, settings);
                self->m_workspace->sync();
                // The client's own secrets follow to the new address.
                if (!d.clientSecret.isEmpty())
                    self->storeSecret(self->clientAddress(target, name, issuer, clientId, SecretKind::ClientSecret), d.clientSecret,
                                      [](Result<Done>) {});
                if (!d.password.isEmpty())
                    self->storeSecret(self->clientAddress(target, name, issuer, clientId, SecretKind::ResourceOwnerPassword), d.password,
                                      [](Result<Done>) {});
            }
            Q_EMIT self->tokensChanged(name);
            self->updateState(name);
        }
        if (issuer.isEmpty() || clientId.isEmpty()) {
            outcome.storeProblem = tr("The tokens were not stored: the issuer or client id is unknown.");
            finish(outcome);
            return;
        }
        const SecretAddress address = self->clientAddress(target, name, issuer, clientId, SecretKind::OAuthTokens);
        storage::SecretStore *store = self->m_store->secretStore();
        self->m_store->storeTokens(address, tokens, [store, outcome, finish](Result<Done> stored) mutable {
            outcome.stored = stored.ok();
            if (!stored.ok()) {
                qCWarning(lcCredentials) << "tokens of scheme" << outcome.scheme << "not stored:" << stored.error().message;
                outcome.storeProblem = stored.error().message;
            } else {
                outcome.persistent = store->isPersistent();
                if (!outcome.persistent)
                    outcome.storeProblem = store->reason().isEmpty()
                        ? tr("The tokens are held in memory for this session only.")
                        : tr("The tokens are held in memory for this session only: %1").arg(store->reason());
            }
            finish(outcome);
        });
    });
    connect(flow, &AuthFlow::failed, this, [self, name, target, outcomeBase, finish](const OAuthError &error) {
        AuthorizeOutcome outcome = outcomeBase();
        outcome.error = error;
        if (self->isCurrent(target)) {
            self->data(name).failure = error.toString();
            self->updateState(name);
        }
        finish(outcome);
    });
    connect(flow, &AuthFlow::cancelled, this, [outcomeBase, finish] {
        AuthorizeOutcome outcome = outcomeBase();
        outcome.error.kind = OAuthError::Kind::Cancelled;
        outcome.error.message = tr("Cancelled.");
        finish(outcome);
    });
}

TokenSet CredentialManager::tokens(const QString &scheme) const
{
    const SchemeData *d = dataOf(scheme);
    return d ? d->tokens : TokenSet{};
}

std::optional<IdTokenValidation> CredentialManager::idTokenValidation(const QString &scheme) const
{
    const SchemeData *d = dataOf(scheme);
    return d ? d->idToken : std::nullopt;
}

void CredentialManager::ensureFresh(const QString &name, TokensCallback done)
{
    const SchemeData *d = dataOf(name);
    const TokenSet current = d ? d->tokens : TokenSet{};
    if (current.isEmpty()) {
        later([done] { done(configurationError(tr("Not signed in: there are no tokens for this scheme and profile."))); });
        return;
    }
    const QDateTime at = now();
    if (!m_refreshPolicy.shouldRefresh(current, at)) {
        if (current.hasExpiry() && current.isExpired(at)) {
            later(
                [done] { done(configurationError(tr("The access token expired and there is no refresh token."), tr("Sign in again."))); });
            return;
        }
        later([done, current] { done(current); });
        return;
    }
    // Callers arriving while a refresh runs (for the same profile) share it.
    const QString key = QString::number(m_generation) + u'/' + name;
    auto &waiters = m_refreshWaiters[key];
    waiters.append(std::move(done));
    if (waiters.size() > 1)
        return;
    QPointer<CredentialManager> self(this);
    auto deliver = [self, key](const OAuthResult<TokenSet> &result) {
        if (!self)
            return;
        const QList<TokensCallback> waiting = self->m_refreshWaiters.take(key);
        for (const TokensCallback &callback : waiting)
            callback(result);
    };
    OAuthFlow::Kind kind = kindOfGrant(current.grant).value_or(OAuthFlow::Kind::AuthorizationCode);
    resolveProvider(name, kind, [self, name, deliver](const OAuthResult<ProviderMetadata> &resolved) {
        if (!self)
            return;
        if (!resolved) {
            deliver(resolved.error());
            return;
        }
        RefreshFlow *flow = self->refresh(name, [deliver](const AuthorizeOutcome &outcome) {
            if (outcome.succeeded)
                deliver(outcome.tokens);
            else
                deliver(outcome.error);
        });
        if (!flow) {
            deliver(configurationError(tr("This scheme cannot be refreshed.")));
            return;
        }
        flow->start();
    });
}

void CredentialManager::signOut(const QString &name, SignOutCallback done)
{
    auto report = std::make_shared<SignOutReport>();
    report->scheme = name;
    report->profile = m_loadedProfile;
    const StoreTarget target = currentTarget();
    QPointer<CredentialManager> self(this);

    // Last step: delete every secret of the scheme for the profile.
    auto forget = [self, name, target, report, done] {
        if (!self)
            return;
        self->m_store->signOut(target.apiId, name, target.profile, [self, name, target, report, done](storage::ForgetReport forgotten) {
            report->forget = std::move(forgotten);
            if (self && self->isCurrent(target)) {
                SchemeData &d = self->data(name);
                d.tokens = {};
                d.tokensIssuer.clear();
                d.tokensClientId.clear();
                d.clientSecret.clear();
                d.password.clear();
                d.staticSecret.value.clear();
                d.staticSecret.username.clear();
                d.staticSecret.password.clear();
                d.staticSecret.passphrase.clear();
                d.idToken.reset();
                d.failure.clear();
                Q_EMIT self->tokensChanged(name);
                self->updateState(name);
            }
            if (done)
                done(*report);
        });
    };

    const SecurityScheme *s = scheme(name);
    const TokenSet tokens = this->tokens(name);
    if (!s || !isOAuth(*s) || tokens.isEmpty()) {
        later(forget);
        return;
    }
    const OAuthFlow::Kind kind = kindOfGrant(tokens.grant).value_or(OAuthFlow::Kind::AuthorizationCode);
    resolveProvider(name, kind, [self, name, tokens, report, forget](const OAuthResult<ProviderMetadata> &resolved) {
        if (!self)
            return;
        if (!resolved) {
            report->revocationErrors << resolved.error();
            forget();
            return;
        }
        if (!resolved->revocationEndpoint.isValid()) {
            forget();
            return;
        }
        report->revocationAttempted = true;
        ClientConfig client = self->clientConfig(name);
        if (!tokens.clientId.isEmpty())
            client.clientId = tokens.clientId;
        auto *admin = new TokenAdmin(self->m_http, resolved.value(), client, self);
        admin->setFlowId(self->newFlowId());
        // Refresh token first (RFC 7009 §2.1: the server may then revoke the access tokens of the grant too), then
        // the access token.
        QList<QPair<QString, QString>> queue;
        if (!tokens.refreshToken.isEmpty())
            queue.append({tokens.refreshToken, QStringLiteral("refresh_token")});
        queue.append({tokens.accessToken, QStringLiteral("access_token")});
        revokeEach(admin, std::move(queue), report, forget);
    });
}

void CredentialManager::forgetApi(storage::ForgetCallback done)
{
    if (!m_document) {
        later([done] {
            storage::ForgetReport report;
            report.storeProblem = tr("No document is open.");
            done(std::move(report));
        });
        return;
    }
    QStringList known = schemeNames();
    for (const QString &configured : m_workspace->configuredSchemes(m_api.id)) {
        if (!known.contains(configured))
            known << configured;
    }
    QPointer<CredentialManager> self(this);
    const QString apiId = m_api.id;
    m_store->forget(apiId, std::nullopt, std::nullopt, known, [self, apiId, done](storage::ForgetReport report) {
        if (self && self->m_document && self->m_api.id == apiId) {
            for (auto it = self->m_schemes.begin(); it != self->m_schemes.end(); ++it) {
                std::optional<DiscoveryResult> discovery = std::move(it->discovery);
                *it = SchemeData{.discovery = std::move(discovery), .lastState = it->lastState, .lastDetail = it->lastDetail};
                Q_EMIT self->tokensChanged(it.key());
            }
            self->updateAllStates();
        }
        if (done)
            done(std::move(report));
    });
}

// Static secrets -----------------------------------------------------------------------------------------------------

void CredentialManager::setStaticSecret(const QString &name, const StaticSecret &secret, DoneCallback done)
{
    if (!done)
        done = [](Result<storage::Done>) {}; // the stores call back unconditionally
    const SecurityScheme *s = scheme(name);
    const auto kind = s ? staticKind(*s) : std::nullopt;
    if (!kind) {
        later([done] {
            if (done)
                done(Error{tr("Only apiKey, http and mutualTLS schemes take a typed-in secret."), {}});
        });
        return;
    }
    const StoreTarget target = currentTarget();
    SchemeData &d = data(name);
    d.failure.clear();
    const SecretAddress where = address(target, name, *kind);
    switch (*kind) {
    case SecretKind::HttpBasic:
    case SecretKind::HttpDigest:
        d.staticSecret.username = secret.username;
        d.staticSecret.password = secret.password;
        if (secret.username.isEmpty() && secret.password.isEmpty())
            m_store->remove(where, std::move(done));
        else
            m_store->storeUserPassword(where, storage::UserPassword{secret.username, SecureBytes::fromUtf8(secret.password)},
                                       std::move(done));
        break;
    case SecretKind::Pkcs12Passphrase: {
        storage::SchemeSettings settings = m_workspace->schemeSettings(m_api.id, name);
        setExtraValue(settings, kCertificatePathKey, secret.certificatePath);
        setExtraValue(settings, kPrivateKeyPathKey, secret.privateKeyPath);
        m_workspace->setSchemeSettings(m_api.id, name, settings);
        m_workspace->sync();
        d.staticSecret.passphrase = secret.passphrase;
        storeSecret(where, secret.passphrase, std::move(done));
        break;
    }
    default:
        d.staticSecret.value = secret.value;
        storeSecret(where, secret.value, std::move(done));
        break;
    }
    updateState(name);
}

StaticSecret CredentialManager::staticSecret(const QString &name) const
{
    StaticSecret secret;
    if (const SchemeData *d = dataOf(name))
        secret = d->staticSecret;
    const SecurityScheme *s = scheme(name);
    if (s && s->type == SecurityScheme::Type::MutualTls) {
        const storage::SchemeSettings settings = m_workspace->schemeSettings(m_api.id, name);
        secret.certificatePath = extraValue(settings, kCertificatePathKey);
        secret.privateKeyPath = extraValue(settings, kPrivateKeyPathKey);
    }
    return secret;
}

// The secret store ---------------------------------------------------------------------------------------------------

storage::SecretStore::Status CredentialManager::keychainStatus() const
{
    return m_store->secretStore()->status();
}

QString CredentialManager::keychainReason() const
{
    return m_store->secretStore()->reason();
}

bool CredentialManager::isKeychainPersistent() const
{
    return m_store->secretStore()->isPersistent();
}

QString CredentialManager::keychainDescription() const
{
    return m_store->secretStore()->description();
}

} // namespace keyway::auth
