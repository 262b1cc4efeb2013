#pragma once

#include "auth/AuthFlow.h"
#include "auth/Discovery.h"
#include "auth/GrantFlows.h"
#include "auth/IdTokenValidator.h"
#include "auth/OAuthResult.h"
#include "auth/OAuthTypes.h"
#include "auth/TokenSet.h"
#include "core/Result.h"
#include "openapi/Document.h"
#include "openapi/DocumentLoader.h"
#include "storage/ApiIdentity.h"
#include "storage/CredentialStore.h"
#include "storage/SecretStore.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <utility>

class QTimer;

namespace keyway::net {
class HttpClient;
}

namespace keyway::storage {
class Workspace;
}

namespace keyway::auth {

class JwksCache;

// A credential typed in rather than obtained from a grant: an apiKey value, a bearer token, basic or digest
// credentials, or a mutualTLS client certificate. Which fields count depends on the scheme's kind.
struct StaticSecret
{
    QString value; // apiKey: the key; http bearer (and other token-like http schemes): the token
    QString username; // http basic / digest
    QString password; // http basic / digest
    // mutualTLS: the paths are non-secret (Workspace); the passphrase of the key or PKCS#12 bundle is secret.
    QString certificatePath;
    QString privateKeyPath;
    QString passphrase;

    bool isEmpty() const
    {
        return value.isEmpty() && username.isEmpty() && password.isEmpty() && certificatePath.isEmpty() && privateKeyPath.isEmpty()
            && passphrase.isEmpty();
    }
};

// What one authorize() (or refresh) run ended with, once its tokens were stored (or could not be).
struct AuthorizeOutcome
{
    QString scheme;
    QString grant; // grants:: name
    bool succeeded = false;
    TokenSet tokens; // when succeeded
    OAuthError error; // when not
    std::optional<IdTokenValidation> idToken; // every ID-token check, when there was an ID token
    bool stored = false; // the tokens reached the secret store
    bool persistent = false; // ... and the store outlives the process (the keychain, not memory)
    QString storeProblem; // why they were not stored, or why only in memory
};

// What signOut() did: revocation at the server (when it advertises an endpoint), then deletion of every secret of
// the scheme for the current profile.
struct SignOutReport
{
    QString scheme;
    QString profile;
    bool revocationAttempted = false;
    QStringList revoked; // "refresh_token", "access_token": what the server accepted
    QList<OAuthError> revocationErrors; // what it refused (deletion happens anyway)
    storage::ForgetReport forget;

    bool ok() const { return revocationErrors.isEmpty() && forget.ok(); }
    // One paragraph for a person (never contains a secret).
    QString summary() const;
};

// The credentials of one open API: the glue between an OpenAPI Document's security schemes, the OAuth grants,
// and the secret store. One per open document; the UI (Authorize dialog, token inspector, profile switcher) and
// keyway-cli use it alike.
//
// - Non-secret settings (client id, scopes, redirect, server, issuer, certificate paths) go to the Workspace;
//   secrets (tokens, client secret, password, API keys, passphrases) to the CredentialStore only, addressed by
//   API, scheme, profile and, for OAuth, issuer and client.
// - setDocument() loads what the Workspace and the keychain hold for the current profile, asynchronously
//   (loadingFinished() when done); until then each scheme reads Unconfigured or Configured.
// - Getters are synchronous and answer from memory; everything that talks to a server or the keychain is
//   asynchronous with a callback that runs exactly once, never inside the call.
// - Nothing here logs a secret.
class CredentialManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialManager)

public:
    // Per scheme (and current profile):
    enum class State {
        Unconfigured, // nothing known yet
        Configured, // settings (client id, user name, ...) but no usable credential
        Authorized, // tokens that have not expired, or a static secret present: ready to use
        Expired, // tokens whose access token expired (refreshable when a refresh token is held)
        Failed, // the last flow, refresh or keychain read failed: see detail
    };
    Q_ENUM(State)

    using Clock = std::function<QDateTime()>; // UTC
    using DiscoveryCallback = std::function<void(const OAuthResult<DiscoveryResult> &)>;
    using ProviderCallback = std::function<void(const OAuthResult<ProviderMetadata> &)>;
    using AuthorizeCallback = std::function<void(const AuthorizeOutcome &)>;
    using TokensCallback = std::function<void(const OAuthResult<TokenSet> &)>;
    using SignOutCallback = std::function<void(const SignOutReport &)>;

    // None is owned; all must outlive the manager. `http` carries every request (its timeline, if any, records
    // the flows: each authorize() run gets its own flow id).
    CredentialManager(net::HttpClient *http, storage::CredentialStore *store, storage::Workspace *workspace, QObject *parent = nullptr);
    ~CredentialManager() override;

    // Time source for expiry decisions (tests); the default is QDateTime::currentDateTimeUtc.
    void setClock(Clock clock);
    QDateTime now() const;

    // ---- Document and server
    // Replaces the document (null: none). Derives the ApiIdentity, remembers the API in the Workspace, restores the
    // chosen server, then loads each scheme's settings and secrets for the current profile (asynchronously).
    void setDocument(openapi::DocumentPtr document);
    openapi::DocumentPtr document() const { return m_document; }
    const storage::ApiIdentity &api() const { return m_api; }
    // The server relative URLs (tokenUrl: token) resolve against, with its variable values; remembered in the
    // Workspace. `server` is one of the document's servers (matched by its URL template); null: the first one.
    void setServer(const openapi::Server *server, const QHash<QString, QString> &variables = {});
    const openapi::Server *server() const; // null without a document
    QHash<QString, QString> serverVariables() const { return m_serverVariables; }
    // True from setDocument()/setProfile() until what the keychain holds is loaded.
    bool isLoading() const { return m_pendingLoads > 0; }

    // ---- Schemes and their state
    QStringList schemeNames() const;
    const openapi::SecurityScheme *scheme(const QString &name) const;
    State state(const QString &scheme) const;
    QString stateDetail(const QString &scheme) const; // "expires in 4 min", "invalid_client: ...", ...
    static QString stateName(State state); // "unconfigured", "configured", "authorized", "expired", "failed"

    // ---- Profiles (per API; the current one is kept in the Workspace)
    QString currentProfile() const;
    QStringList profiles() const;
    // Switches profile (created when it does not exist yet) and reloads the secrets for it.
    Result<storage::Done> setProfile(const QString &profile);

    // ---- OAuth 2.0 / OpenID Connect
    // The flows a scheme offers: its oauth2 flows as written; for openIdConnect every grant Keyway runs
    // (authorization code first). Empty for other kinds.
    QList<openapi::OAuthFlow::Kind> availableFlows(const QString &scheme) const;
    // The endpoints for `kind`: the document's flow URLs resolved against the chosen server, completed (or
    // overridden where the document has none) by the scheme's discovered metadata, if any.
    ProviderMetadata provider(const QString &scheme, openapi::OAuthFlow::Kind kind) const;
    // The discovered metadata of a scheme (after discover()), or null.
    const DiscoveryResult *discovery(const QString &scheme) const;
    // Discovery for `scheme`: from its openIdConnectUrl (openIdConnect), or from the issuer remembered for it, or
    // its oauth2MetadataUrl. A Configuration error when there is nothing to discover from.
    void discover(const QString &scheme, DiscoveryCallback done);
    // Discovery from an issuer (or .well-known URL) the user typed, for an oauth2 scheme; on success the result
    // completes the scheme's provider() and the issuer is remembered in the Workspace.
    void discover(const QString &scheme, const QUrl &issuerOrWellKnown, DiscoveryCallback done);
    // The endpoints to run `kind` with, discovering first when that is needed and not done yet: always once for an
    // openIdConnect scheme (the ID-token check needs the issuer and its JWKS), and for an oauth2 scheme whose document
    // lacks an endpoint the grant needs (from its oauth2MetadataUrl or the issuer remembered for it). Answers later,
    // never inside the call; an error only when a needed discovery failed.
    void resolveProvider(const QString &scheme, openapi::OAuthFlow::Kind kind, ProviderCallback done);

    // Non-secret parts from the Workspace, the client secret and the password from the secret store (as loaded).
    ClientConfig clientConfig(const QString &scheme) const;
    // Non-secret parts to the Workspace, the client secret and password to the secret store (an empty one deletes
    // the stored one). `done` reports the store's outcome (optional).
    void setClientConfig(const QString &scheme, const ClientConfig &config, storage::DoneCallback done = {});

    // A new, not yet started, flow for `scheme` with its provider() and clientConfig(), a fresh timeline flow id,
    // and the manager's JWKS cache. Connect to it, then call start() (the flow's own setters — callback timeout,
    // device polling — may be used before). On success its tokens are stored for the profile current at this call
    // (then tokensChanged, stateChanged, and `done` with the store's outcome); on failure the state becomes Failed
    // and `done` gets the error. The flow is owned by the manager and deleted later, after `done` ran: keep a
    // QPointer to it. Null when `scheme` is not an oauth2 or
    // openIdConnect scheme of the document. An openIdConnect scheme must be discovered first (resolveProvider),
    // or the flow fails with a Configuration error.
    AuthFlow *authorize(const QString &scheme, openapi::OAuthFlow::Kind kind, AuthorizeCallback done = {});
    // A new, not yet started, RefreshFlow with the scheme's refresh token (it fails with a Configuration error when
    // there is none), sent to the flow's refreshUrl when the document gives one. The refreshed tokens are stored where
    // the old ones were. Null when `scheme` is not an oauth2 or openIdConnect scheme. Like authorize(), an
    // openIdConnect scheme must be discovered first (ensureFresh() does that).
    RefreshFlow *refresh(const QString &scheme, AuthorizeCallback done = {});
    // The tokens held for the scheme and current profile (empty when none).
    TokenSet tokens(const QString &scheme) const;
    // The ID-token checks of the scheme's last successful run in this session, if any.
    std::optional<IdTokenValidation> idTokenValidation(const QString &scheme) const;

    RefreshPolicy refreshPolicy() const { return m_refreshPolicy; }
    void setRefreshPolicy(const RefreshPolicy &policy) { m_refreshPolicy = policy; }
    // How far the local clock may be off from the servers' when token times are checked (Preferences).
    void setClockSkewSeconds(int seconds) { m_clockSkewSeconds = qBound(0, seconds, 3600); }
    int clockSkewSeconds() const { return m_clockSkewSeconds; }
    // Hands back usable tokens: the held ones, or refreshed ones (stored) when the RefreshPolicy says so. An
    // expired token without a refresh token is an error; so is a failed refresh.
    void ensureFresh(const QString &scheme, TokensCallback done);

    // Revokes at the server when the provider advertises a revocation endpoint (refresh token first, then the
    // access token), then deletes every secret of the scheme for the current profile; settings stay.
    void signOut(const QString &scheme, SignOutCallback done);
    // Deletes every secret of the API (all schemes and profiles); the non-secret settings stay.
    void forgetApi(storage::ForgetCallback done);

    // ---- Non-OAuth schemes (apiKey, http basic/bearer/digest/others, mutualTLS)
    // Secrets to the store, non-secret parts (user name, certificate paths) to the Workspace. Empty secret fields
    // delete the stored secret.
    void setStaticSecret(const QString &scheme, const StaticSecret &secret, storage::DoneCallback done = {});
    StaticSecret staticSecret(const QString &scheme) const;

    // ---- The secret store, for the UI's indicator
    storage::SecretStore::Status keychainStatus() const;
    QString keychainReason() const; // why secrets are held in memory only; empty when the keychain works
    bool isKeychainPersistent() const;
    QString keychainDescription() const;

    net::HttpClient *httpClient() const { return m_http; }
    storage::CredentialStore *credentialStore() const { return m_store; }
    storage::Workspace *workspace() const { return m_workspace; }
    JwksCache *jwksCache() const { return m_jwks; }

Q_SIGNALS:
    void documentChanged();
    void loadingFinished();
    void stateChanged(const QString &scheme);
    void tokensChanged(const QString &scheme);
    void profileChanged(const QString &profile);
    void profilesChanged();
    void discoveryFinished(const QString &scheme);
    void keychainStatusChanged(keyway::storage::SecretStore::Status status, const QString &reason);

private:
    struct SchemeData
    {
        TokenSet tokens;
        QString tokensIssuer; // where the tokens are stored (SecretAddress issuer and client)
        QString tokensClientId;
        QString clientSecret;
        QString password; // password grant
        StaticSecret staticSecret; // secret fields only; certificate paths live in the Workspace
        std::optional<DiscoveryResult> discovery;
        std::optional<IdTokenValidation> idToken;
        QString failure; // the last failure, until a success replaces it
        State lastState = State::Unconfigured; // as last announced by stateChanged
        QString lastDetail;
    };
    struct StoreTarget // the API and profile an operation started for (either may change before it ends)
    {
        QString apiId;
        QString profile;
    };

    SchemeData &data(const QString &scheme);
    const SchemeData *dataOf(const QString &scheme) const;
    bool isCurrent(const StoreTarget &target) const;
    StoreTarget currentTarget() const;
    void applyProfile();
    void loadAll();
    void loadScheme(const openapi::SecurityScheme &scheme, int generation);
    void beginLoad() { ++m_pendingLoads; }
    void endLoad(int generation);
    std::pair<State, QString> computeState(const QString &scheme) const;
    void updateState(const QString &scheme);
    void updateAllStates();
    void scheduleExpiryCheck();
    openapi::Server effectiveServer() const;
    QUrl resolve(const QString &written) const;
    QString derivedIssuer(const QString &scheme) const;
    QString addressIssuer(const QString &scheme) const;
    storage::SecretAddress address(const StoreTarget &target, const QString &scheme, storage::SecretKind kind) const;
    storage::SecretAddress clientAddress(const StoreTarget &target, const QString &scheme, const QString &issuer, const QString &clientId,
                                         storage::SecretKind kind) const;
    QString newFlowId() const;
    void watchFlow(AuthFlow *flow, const QString &scheme, const StoreTarget &target, const QString &storeIssuer, AuthorizeCallback done);
    void storeSecret(const storage::SecretAddress &address, const QString &value, storage::DoneCallback done);
    void runDiscovery(const QString &scheme, const QUrl &input, const QString &expectedIssuer, bool remember, DiscoveryCallback done);
    template<typename F> void later(F &&f);

    net::HttpClient *m_http;
    storage::CredentialStore *m_store;
    storage::Workspace *m_workspace;
    JwksCache *m_jwks;
    Clock m_clock;
    RefreshPolicy m_refreshPolicy;
    int m_clockSkewSeconds = 60;
    QTimer *m_expiryTimer;

    openapi::DocumentPtr m_document;
    storage::ApiIdentity m_api;
    QString m_loadedProfile; // the profile whose secrets m_schemes holds
    int m_serverIndex = 0;
    QHash<QString, QString> m_serverVariables;
    QHash<QString, SchemeData> m_schemes;
    int m_generation = 0; // bumped by each reload: late keychain answers of an earlier one are dropped
    int m_pendingLoads = 0;
    QHash<QString, QList<TokensCallback>> m_refreshWaiters; // ensureFresh calls sharing one refresh
};

} // namespace keyway::auth
