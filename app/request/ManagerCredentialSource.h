#pragma once

#include "request/CredentialSource.h"
#include "request/RequestSender.h"

#include <QPointer>

namespace keyway::auth {
class CredentialManager;
}

namespace keyway::request {

// The app's credentials as the request builder sees them: what a CredentialManager holds for its document and current
// profile (tokens for oauth2/openIdConnect, the static secrets of the other schemes), answered from memory.
class ManagerCredentialSource final : public CredentialSource
{
public:
    // `manager` is not owned and must outlive the source.
    explicit ManagerCredentialSource(const auth::CredentialManager *manager) : m_manager(manager) { }
    std::optional<SchemeCredential> credential(const QString &schemeName) const override;

    // A RequestSender refresher over the manager: resolves the provider (discovery for openIdConnect), runs the
    // refresh grant and stores the new tokens where the old ones were.
    static RequestSender::Refresher refresher(auth::CredentialManager *manager);

private:
    const auth::CredentialManager *m_manager;
};

} // namespace keyway::request
