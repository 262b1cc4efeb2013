#pragma once

#include "auth/TokenSet.h"
#include "storage/SecretAddress.h"
#include "storage/SecretStore.h"

#include <QList>
#include <QObject>
#include <QPair>

#include <functional>
#include <optional>

namespace keyway::storage {

class Workspace;

// A user name and its password (HTTP basic and digest credentials). Stored together, as one secret.
struct UserPassword
{
    QString username;
    SecureBytes password;

    SecureBytes toSecret() const;
    static Result<UserPassword> fromSecret(const SecureBytes &secret);
};

// What a sign-out or forget did: the secrets deleted (those that existed), and those that could not be.
struct ForgetReport
{
    QList<SecretAddress> deleted;
    QList<QPair<SecretAddress, QString>> failed; // with the reason
    QString storeProblem; // set when the store could not be used at all

    bool ok() const { return failed.isEmpty() && storeProblem.isEmpty(); }
};

using ForgetCallback = std::function<void(ForgetReport)>;
using TokensCallback = std::function<void(Result<std::optional<auth::TokenSet>>)>;
using UserPasswordCallback = std::function<void(Result<std::optional<UserPassword>>)>;

// Typed secrets on top of a SecretStore, namespaced by API, scheme, profile and (for OAuth) issuer and
// client (see SecretAddress), with every key written recorded in the Workspace first, so that sign-out
// and forget can delete all of them although keychains cannot list by prefix.
class CredentialStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)

public:
    // Neither is owned; both must outlive this object.
    CredentialStore(SecretStore *secrets, Workspace *workspace, QObject *parent = nullptr);
    ~CredentialStore() override;

    SecretStore *secretStore() const { return m_secrets; }
    Workspace *workspace() const { return m_workspace; }

    void store(const SecretAddress &address, const SecureBytes &value, DoneCallback callback);
    void load(const SecretAddress &address, ReadCallback callback);
    void remove(const SecretAddress &address, DoneCallback callback);

    // address.kind is taken to be OAuthTokens.
    void storeTokens(const SecretAddress &address, const auth::TokenSet &tokens, DoneCallback callback);
    void loadTokens(const SecretAddress &address, TokensCallback callback);
    // For HttpBasic and HttpDigest.
    void storeUserPassword(const SecretAddress &address, const UserPassword &credentials, DoneCallback callback);
    void loadUserPassword(const SecretAddress &address, UserPasswordCallback callback);

    // Deletes every secret of one scheme for one profile (sign out).
    void signOut(const QString &apiId, const QString &scheme, const QString &profile, ForgetCallback callback);
    // Deletes every secret of an API, all schemes and profiles ("forget this API").
    void forgetApi(const QString &apiId, ForgetCallback callback);
    // The general form: an unset scheme or profile matches all. `knownSchemes` (the document's) adds the
    // fixed keys of non-OAuth kinds for each known profile to what the index names, so that secrets are
    // found even when the index was lost.
    void forget(const QString &apiId, const std::optional<QString> &scheme, const std::optional<QString> &profile,
                const QStringList &knownSchemes, ForgetCallback callback);

    // Profiles with their secrets: renaming moves the secrets to the new name's keys; removing deletes them.
    void renameProfile(const QString &apiId, const QString &from, const QString &to, DoneCallback callback);
    void removeProfile(const QString &apiId, const QString &profile, ForgetCallback callback);

private:
    void deleteEach(QList<SecretAddress> addresses, ForgetReport report, ForgetCallback callback);
    void moveEach(QList<QPair<SecretAddress, SecretAddress>> moves, DoneCallback callback);

    SecretStore *m_secrets;
    Workspace *m_workspace;
};

} // namespace keyway::storage
