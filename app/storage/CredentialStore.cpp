#include "storage/CredentialStore.h"

#include "storage/Workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSet>

namespace keyway::storage {

SecureBytes UserPassword::toSecret() const
{
    QString passwordText = password.toUtf8String();
    QJsonObject object{{QStringLiteral("username"), username}, {QStringLiteral("password"), passwordText}};
    SecureBytes secret(QJsonDocument(object).toJson(QJsonDocument::Compact));
    secureWipe(passwordText);
    return secret;
}

Result<UserPassword> UserPassword::fromSecret(const SecureBytes &secret)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(secret.bytes(), &parseError);
    if (!document.isObject())
        return Error{QObject::tr("The stored user name and password are unreadable."), {}};
    const QJsonObject object = document.object();
    UserPassword credentials;
    credentials.username = object.value(QStringLiteral("username")).toString();
    QString passwordText = object.value(QStringLiteral("password")).toString();
    credentials.password = SecureBytes::fromUtf8(passwordText);
    secureWipe(passwordText);
    return credentials;
}

CredentialStore::CredentialStore(SecretStore *secrets, Workspace *workspace, QObject *parent)
    : QObject(parent), m_secrets(secrets), m_workspace(workspace)
{ }

CredentialStore::~CredentialStore() = default;

void CredentialStore::store(const SecretAddress &address, const SecureBytes &value, DoneCallback callback)
{
    // Indexed before it is written: whatever happens next, forget can find it.
    m_workspace->addSecretKey(address.apiId, address.key());
    m_workspace->sync();
    m_secrets->write(address.key(), value, std::move(callback));
}

void CredentialStore::load(const SecretAddress &address, ReadCallback callback)
{
    m_secrets->read(address.key(), std::move(callback));
}

void CredentialStore::remove(const SecretAddress &address, DoneCallback callback)
{
    QPointer<CredentialStore> self(this);
    const QString key = address.key();
    const QString apiId = address.apiId;
    m_secrets->remove(key, [self, key, apiId, callback](Result<Done> result) {
        if (self && result.ok()) {
            self->m_workspace->removeSecretKey(apiId, key);
            self->m_workspace->sync();
        }
        callback(std::move(result));
    });
}

void CredentialStore::storeTokens(const SecretAddress &address, const auth::TokenSet &tokens, DoneCallback callback)
{
    SecretAddress tokensAddress = address;
    tokensAddress.kind = SecretKind::OAuthTokens;
    store(tokensAddress, SecureBytes(tokens.toSecretJson()), std::move(callback));
}

void CredentialStore::loadTokens(const SecretAddress &address, TokensCallback callback)
{
    SecretAddress tokensAddress = address;
    tokensAddress.kind = SecretKind::OAuthTokens;
    load(tokensAddress, [callback](ReadResult result) {
        if (!result.ok())
            return callback(result.error());
        if (!result.value().has_value())
            return callback(std::optional<auth::TokenSet>());
        Result<auth::TokenSet> tokens = auth::TokenSet::fromSecretJson(result.value()->bytes());
        if (!tokens.ok())
            return callback(Error{QObject::tr("The stored tokens are unreadable: %1").arg(tokens.error().message), {}});
        callback(std::optional<auth::TokenSet>(std::move(tokens).value()));
    });
}

void CredentialStore::storeUserPassword(const SecretAddress &address, const UserPassword &credentials, DoneCallback callback)
{
    store(address, credentials.toSecret(), std::move(callback));
}

void CredentialStore::loadUserPassword(const SecretAddress &address, UserPasswordCallback callback)
{
    load(address, [callback](ReadResult result) {
        if (!result.ok())
            return callback(result.error());
        if (!result.value().has_value())
            return callback(std::optional<UserPassword>());
        Result<UserPassword> credentials = UserPassword::fromSecret(*result.value());
        if (!credentials.ok())
            return callback(credentials.error());
        callback(std::optional<UserPassword>(std::move(credentials).value()));
    });
}

void CredentialStore::signOut(const QString &apiId, const QString &scheme, const QString &profile, ForgetCallback callback)
{
    forget(apiId, scheme, profile, {scheme}, std::move(callback));
}

void CredentialStore::forgetApi(const QString &apiId, ForgetCallback callback)
{
    forget(apiId, std::nullopt, std::nullopt, m_workspace->configuredSchemes(apiId), std::move(callback));
}

void CredentialStore::forget(const QString &apiId, const std::optional<QString> &scheme, const std::optional<QString> &profile,
                             const QStringList &knownSchemes, ForgetCallback callback)
{
    QList<SecretAddress> addresses;
    QSet<QString> seen;
    auto consider = [&](const SecretAddress &address) {
        if (address.apiId != apiId || (scheme && address.scheme != *scheme) || (profile && address.profile != *profile))
            return;
        if (seen.contains(address.key()))
            return;
        seen.insert(address.key());
        addresses.append(address);
    };
    for (const QString &key : m_workspace->secretKeys(apiId)) {
        if (const auto address = SecretAddress::fromKey(key))
            consider(*address);
    }
    const QStringList profiles = profile ? QStringList{*profile} : m_workspace->profiles(apiId);
    for (const QString &knownScheme : knownSchemes) {
        for (const QString &knownProfile : profiles) {
            for (const SecretKind kind : allSecretKinds()) {
                if (!isClientScoped(kind))
                    consider(SecretAddress::forScheme(apiId, knownScheme, knownProfile, kind));
            }
        }
    }
    ForgetReport report;
    if (m_secrets->status() == SecretStore::Status::Unavailable && !m_secrets->reason().isEmpty())
        report.storeProblem = m_secrets->reason();
    deleteEach(std::move(addresses), std::move(report), std::move(callback));
}

void CredentialStore::deleteEach(QList<SecretAddress> addresses, ForgetReport report, ForgetCallback callback)
{
    // One secret at a time: read (to report only what existed), then delete. Each step is one callback
    // later, so the list shrinks by one per step.
    if (addresses.isEmpty()) {
        m_workspace->sync();
        callback(std::move(report));
        return;
    }
    const SecretAddress address = addresses.takeFirst();
    QPointer<CredentialStore> self(this);
    m_secrets->read(address.key(), [self, address, addresses, report, callback](ReadResult found) mutable {
        if (!self)
            return;
        if (!found.ok()) {
            report.failed.append({address, found.error().message});
            return self->deleteEach(std::move(addresses), std::move(report), std::move(callback));
        }
        if (!found.value().has_value()) {
            // Not there. Only a store that can see the keychain may say so for sure.
            if (self->m_secrets->status() != SecretStore::Status::Unavailable)
                self->m_workspace->removeSecretKey(address.apiId, address.key());
            return self->deleteEach(std::move(addresses), std::move(report), std::move(callback));
        }
        found.value()->clear();
        self->m_secrets->remove(address.key(), [self, address, addresses, report, callback](Result<Done> removed) mutable {
            if (!self)
                return;
            if (removed.ok()) {
                report.deleted.append(address);
                self->m_workspace->removeSecretKey(address.apiId, address.key());
            } else {
                report.failed.append({address, removed.error().message});
            }
            self->deleteEach(std::move(addresses), std::move(report), std::move(callback));
        });
    });
}

void CredentialStore::renameProfile(const QString &apiId, const QString &from, const QString &to, DoneCallback callback)
{
    // Checked up front so that no secret moves when the workspace would refuse the name.
    if (auto valid = Workspace::validateProfileName(to); !valid) {
        callback(valid.error());
        return;
    }
    const QStringList profiles = m_workspace->profiles(apiId);
    if (!profiles.contains(from)) {
        callback(Error{tr("There is no profile named \"%1\".").arg(from), {}});
        return;
    }
    for (const QString &existing : profiles) {
        if (existing != from && existing.compare(to, Qt::CaseInsensitive) == 0) {
            callback(Error{tr("A profile named \"%1\" exists already.").arg(to), {}});
            return;
        }
    }
    QList<QPair<SecretAddress, SecretAddress>> moves;
    for (const QString &key : m_workspace->secretKeys(apiId)) {
        const auto address = SecretAddress::fromKey(key);
        if (!address || address->profile != from)
            continue;
        SecretAddress target = *address;
        target.profile = to;
        moves.append({*address, target});
    }
    QPointer<CredentialStore> self(this);
    moveEach(std::move(moves), [self, apiId, from, to, callback](Result<Done> moved) {
        if (!self)
            return;
        if (!moved.ok())
            return callback(moved);
        Result<Done> renamed = self->m_workspace->renameProfile(apiId, from, to);
        self->m_workspace->sync();
        callback(std::move(renamed));
    });
}

void CredentialStore::moveEach(QList<QPair<SecretAddress, SecretAddress>> moves, DoneCallback callback)
{
    if (moves.isEmpty()) {
        callback(Done{});
        return;
    }
    const QPair<SecretAddress, SecretAddress> move = moves.takeFirst();
    const SecretAddress from = move.first;
    const SecretAddress to = move.second;
    QPointer<CredentialStore> self(this);
    m_secrets->read(from.key(), [self, from, to, moves, callback](ReadResult found) mutable {
        if (!self)
            return;
        if (!found.ok())
            return callback(found.error());
        if (!found.value().has_value()) {
            self->m_workspace->removeSecretKey(from.apiId, from.key());
            return self->moveEach(std::move(moves), std::move(callback));
        }
        const SecureBytes value = std::move(*found.value());
        self->store(to, value, [self, from, moves, callback](Result<Done> written) mutable {
            if (!self)
                return;
            if (!written.ok())
                return callback(written.error());
            self->remove(from, [self, moves, callback](Result<Done> removed) mutable {
                if (!self)
                    return;
                if (!removed.ok())
                    return callback(removed.error());
                self->moveEach(std::move(moves), std::move(callback));
            });
        });
    });
}

void CredentialStore::removeProfile(const QString &apiId, const QString &profile, ForgetCallback callback)
{
    const QStringList profiles = m_workspace->profiles(apiId);
    if (!profiles.contains(profile) || profiles.size() == 1) {
        ForgetReport report;
        report.storeProblem
            = profiles.contains(profile) ? tr("The last profile cannot be removed.") : tr("There is no profile named \"%1\".").arg(profile);
        callback(std::move(report));
        return;
    }
    QPointer<CredentialStore> self(this);
    forget(apiId, std::nullopt, profile, m_workspace->configuredSchemes(apiId), [self, apiId, profile, callback](ForgetReport report) {
        if (self && report.ok()) {
            // Keep the profile while some of its secrets remain, so that removing it can be retried.
            if (auto removed = self->m_workspace->removeProfile(apiId, profile); !removed)
                report.storeProblem = removed.error().message;
            self->m_workspace->sync();
        }
        callback(std::move(report));
    });
}

} // namespace keyway::storage
