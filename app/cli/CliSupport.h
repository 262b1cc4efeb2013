#pragma once

#include "core/Result.h"
#include "openapi/DocumentLoader.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

class QSettings;

namespace keyway::auth {
class CredentialManager;
}
namespace keyway::net {
class HttpClient;
}
namespace keyway::storage {
class CredentialStore;
class DegradingSecretStore;
class KeychainSecretStore;
class SecretStore;
class Workspace;
} // namespace keyway::storage

namespace keyway::cli {

// Spins the event loop until `done()` or the limit; true when done.
bool spinUntil(const std::function<bool()> &done, int limitMs);

// Walks the arguments of a verb: `--name value` and `--name=value` for the options in `withValue` (an empty value is
// an error), `--flag` for the others (a value is an error). `handle(name, value)` is called for each option, and
// with an empty name for each positional argument; it returns an error message to stop. The error message, if any.
using OptionHandler = std::function<std::optional<QString>(const QString &name, const QString &value)>;
std::optional<QString> parseOptions(const QStringList &arguments, const QStringList &withValue, const OptionHandler &handle);

// Loads the document for a verb; on failure writes the error (pointing at the source) to `err`.
std::optional<openapi::DocumentPtr> loadDocumentOrReport(const QString &input, QTextStream &err);

// The stores and the credential manager a verb uses: the workspace file (or the given settings), the keychain
// falling back to memory (or the given store), a CredentialManager over them with the document loaded, and — with
// --profile — that profile for this run only: the previous current profile is put back by restore() (or the
// destructor), so that the GUI's choice is never changed by a script.
class CredentialSession final
{
public:
    CredentialSession(net::HttpClient *http, storage::SecretStore *store = nullptr, QSettings *settings = nullptr);
    ~CredentialSession();
    Q_DISABLE_COPY_MOVE(CredentialSession)

    struct Failure
    {
        int exitCode = 0;
        QString message; // without the "keyway-cli VERB: " prefix
    };
    // Loads the document's credentials and switches to `profile`; a failure (usage: a bad profile name; credentials:
    // the keychain did not answer in time) is said in the result.
    std::optional<Failure> open(const openapi::DocumentPtr &document, const std::optional<QString> &profile);
    // Forgets the manager and restores the profile that was current before open(); idempotent.
    void restore();

    auth::CredentialManager *manager() const { return m_manager.get(); }
    storage::SecretStore *store() const { return m_activeStore; }
    storage::Workspace *workspace() const { return m_workspace.get(); }
    QString apiId() const { return m_apiId; }
    QString profile() const { return m_profile; }
    QString previousProfile() const { return m_previousProfile; }

private:
    net::HttpClient *m_http;
    storage::SecretStore *m_givenStore;
    QSettings *m_givenSettings;
    std::unique_ptr<QSettings> m_ownSettings;
    std::unique_ptr<storage::Workspace> m_workspace;
    std::unique_ptr<storage::KeychainSecretStore> m_keychain;
    std::unique_ptr<storage::DegradingSecretStore> m_degrading;
    std::unique_ptr<storage::CredentialStore> m_credentials;
    std::unique_ptr<auth::CredentialManager> m_manager;
    storage::SecretStore *m_activeStore = nullptr;
    QString m_apiId;
    QString m_profile;
    QString m_previousProfile;
    bool m_opened = false;
};

} // namespace keyway::cli
