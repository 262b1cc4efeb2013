#include "probe/ManagerScopedTokens.h"

#include "auth/CredentialManager.h"
#include "auth/GrantFlows.h"

#include <QCoreApplication>
#include <QTimer>

namespace keyway::probe {

using openapi::OAuthFlow;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Probe)
};

} // namespace

ManagerScopedTokens::ManagerScopedTokens(auth::CredentialManager *manager, QObject *parent) : QObject(parent), m_manager(manager)
{ }

ManagerScopedTokens::~ManagerScopedTokens()
{
    for (const Pending &p : std::as_const(m_pending)) {
        if (p.flow)
            p.flow->cancel();
    }
}

void ManagerScopedTokens::obtain(const QString &scheme, const QStringList &required, const QStringList &declared, Done done)
{
    auto later = [this, done](const Result<auth::TokenSet> &result) { QTimer::singleShot(0, this, [done, result] { done(result); }); };
    QStringList narrower;
    for (const QString &s : declared) {
        if (!required.contains(s))
            narrower << s;
    }
    if (narrower.isEmpty()) {
        later(Error{
            Tr::tr("%1 declares no scope besides %2, so no token with fewer scopes can be asked for.").arg(scheme, required.join(u' '))});
        return;
    }
    const QString key = scheme + u'\n' + narrower.join(u' ');
    if (auto it = m_cache.constFind(key); it != m_cache.constEnd()) {
        later(*it);
        return;
    }
    if (auto it = m_pending.find(key); it != m_pending.end()) {
        it->waiters.append(done);
        return;
    }
    auth::ClientConfig client = m_manager->clientConfig(scheme);
    const QList<OAuthFlow::Kind> flows = m_manager->availableFlows(scheme);
    std::optional<OAuthFlow::Kind> kind;
    if (!client.clientId.isEmpty() && !client.clientSecret.isEmpty() && flows.contains(OAuthFlow::Kind::ClientCredentials))
        kind = OAuthFlow::Kind::ClientCredentials;
    else if (!client.username.isEmpty() && !client.password.isEmpty() && flows.contains(OAuthFlow::Kind::Password))
        kind = OAuthFlow::Kind::Password;
    if (!kind) {
        later(Error{Tr::tr("%1 has neither a client secret for the client credentials flow nor a user name and password for the "
                           "password flow configured, and other flows need a person.")
                        .arg(scheme)});
        return;
    }
    client.scopes = narrower;
    m_pending.insert(key, Pending{{done}, {}});
    QPointer<ManagerScopedTokens> self(this);
    m_manager->resolveProvider(scheme, *kind, [self, key, kind, client](const auth::OAuthResult<auth::ProviderMetadata> &provider) {
        if (!self)
            return;
        ManagerScopedTokens *that = self;
        if (!that->m_pending.contains(key))
            return;
        if (!provider) {
            that->complete(key, Error{provider.error().toString()});
            return;
        }
        auth::TokenGrantFlow *flow = nullptr;
        if (*kind == OAuthFlow::Kind::ClientCredentials)
            flow = new auth::ClientCredentialsFlow(that->m_manager->httpClient(), *provider, client, that);
        else
            flow = new auth::PasswordFlow(that->m_manager->httpClient(), *provider, client, that);
        flow->setJwksCache(that->m_manager->jwksCache());
        that->m_pending[key].flow = flow;
        connect(flow, &auth::AuthFlow::succeeded, that, [that, key, flow](const auth::TokenSet &tokens) {
            flow->deleteLater();
            that->m_cache.insert(key, tokens);
            that->complete(key, tokens);
        });
        connect(flow, &auth::AuthFlow::failed, that, [that, key, flow](const auth::OAuthError &error) {
            flow->deleteLater();
            that->complete(key, Error{error.toString()});
        });
        connect(flow, &auth::AuthFlow::cancelled, that, [that, key, flow] {
            flow->deleteLater();
            that->complete(key, Error{Tr::tr("Cancelled.")});
        });
        flow->start();
    });
}

void ManagerScopedTokens::complete(const QString &key, const Result<auth::TokenSet> &result)
{
    const Pending pending = m_pending.take(key);
    for (const Done &done : pending.waiters)
        QTimer::singleShot(0, this, [done, result] { done(result); });
}

void ManagerScopedTokens::cancel()
{
    const QStringList keys = m_pending.keys();
    for (const QString &key : keys) {
        QPointer<auth::AuthFlow> flow = m_pending.value(key).flow;
        if (flow)
            flow->cancel(); // answers through `cancelled`
        else
            complete(key, Error{Tr::tr("Cancelled.")});
    }
}

} // namespace keyway::probe
