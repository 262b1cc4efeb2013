#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>

class QSettings;

namespace keyway::storage {
class SecretStore;
}

namespace keyway::cli {

// `keyway-cli authorize DOC --scheme NAME [--profile P] [--flow F] [--client-id ID] [--client-secret-env VAR]
//  [--username U] [--secret-env VAR] [--scope S]... [--param KEY=VALUE]... [--print-token] [--json]`
//
// Obtains (OAuth 2.0 / OpenID Connect) or takes (apiKey, bearer, basic, digest) the credentials of one security
// scheme of DOC and stores them through CredentialManager: in the keychain, or — when the keychain is unavailable,
// which it says — in memory for this process only. Secrets come only from the environment variables named.
// Prints a summary (scheme, token type, scopes granted, expiry, ID-token checks), the token only with --print-token.
// Exit status: 0 done, 1 usage, 2 the document cannot be loaded, 3 the server refused or could not be reached (its
// error and the diagnosis on stderr).
class AuthorizeCommand final
{
public:
    struct Options
    {
        QString document;
        QString scheme;
        std::optional<QString> profile;
        QString flow; // empty: the scheme's only (or last used) flow
        std::optional<QString> clientId;
        QString clientSecretEnv;
        std::optional<QString> username;
        QString secretEnv;
        QStringList scopes;
        QList<QPair<QString, QString>> parameters;
        bool printToken = false;
        bool json = false;
    };

    // Without a store or settings, the system keychain (falling back to memory) and the shared workspace file.
    AuthorizeCommand(QTextStream &out, QTextStream &err, storage::SecretStore *store = nullptr, QSettings *settings = nullptr)
        : m_out(out), m_err(err), m_store(store), m_settings(settings)
    { }
    Q_DISABLE_COPY_MOVE(AuthorizeCommand)

    int run(const QStringList &arguments);

    static QString usageLine();
    // Parses the arguments; an error message for a usage error.
    static std::optional<QString> parse(const QStringList &arguments, Options &options);

private:
    int usageError(const QString &problem);
    int execute(const Options &options);

    QTextStream &m_out;
    QTextStream &m_err;
    storage::SecretStore *m_store;
    QSettings *m_settings;
};

} // namespace keyway::cli
