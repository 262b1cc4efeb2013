#pragma once

#include "probe/ScopedTokenProvider.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace keyway::auth {
class AuthFlow;
class CredentialManager;
} // namespace keyway::auth

namespace keyway::probe {

// Narrower tokens through what a CredentialManager holds for a scheme: the client credentials grant when a client
// secret is configured, else the password grant when a user name and password are. Each token is obtained once per
// scope set and kept in memory for the probe run only; nothing is stored.
class ManagerScopedTokens final : public QObject, public ScopedTokenProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManagerScopedTokens)

public:
    // `manager` is not owned and must outlive this object.
    explicit ManagerScopedTokens(auth::CredentialManager *manager, QObject *parent = nullptr);
    ~ManagerScopedTokens() override;

    void obtain(const QString &scheme, const QStringList &required, const QStringList &declared, Done done) override;
    void cancel() override;

private:
    struct Pending
    {
        QList<Done> waiters;
        QPointer<auth::AuthFlow> flow;
    };
    void complete(const QString &key, const Result<auth::TokenSet> &result);

    auth::CredentialManager *m_manager;
    QHash<QString, auth::TokenSet> m_cache;
    QHash<QString, Pending> m_pending;
};

} // namespace keyway::probe
