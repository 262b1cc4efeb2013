#pragma once

#include "core/Result.h"
#include "storage/ApiIdentity.h"
#include "storage/SecretStore.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>

#include <memory>

class QSettings;

namespace keyway::auth {
struct ClientConfig;
}

namespace keyway::storage {

// The non-secret configuration of one security scheme of one API.
struct SchemeSettings
{
    QString flow; // the OAuth flow last used ("authorizationCode", ...), or empty
    QString clientId;
    QString authMethod; // "none", "client_secret_basic", "client_secret_post"
    QStringList scopes;
    QList<QPair<QString, QString>> extraParameters; // in order
    QString redirectHost;
    quint16 redirectPort = 0;
    QString redirectPath;
    QString username; // the password grant's user name (an identifier, not a secret)
    QString issuer; // the issuer (or token endpoint origin) the tokens came from

    // Only the non-secret fields of a ClientConfig: its client secret and password are never copied.
    static SchemeSettings fromClientConfig(const auth::ClientConfig &config);
    // Fills the non-secret fields of `config` (leaves the secret ones alone).
    void applyTo(auth::ClientConfig &config) const;

    friend bool operator==(const SchemeSettings &, const SchemeSettings &) = default;
};

// Keyway's non-secret settings, kept in a QSettings given by the owner: per API (by ApiIdentity::id)
// the document source, the chosen server and its variable values, each scheme's settings, the profiles
// and the current one, and the index of the keychain keys written for it (keychains cannot list by
// prefix, so "forget" deletes what this index names); and the recent files. It has no method that
// takes a secret value.
class Workspace final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    // `settings` is not owned and must outlive the workspace.
    explicit Workspace(QSettings *settings, QObject *parent = nullptr);
    ~Workspace() override;

    // The file the application and keyway-cli share: "Keyway/workspace.ini" in the user's configuration
    // folder ($XDG_CONFIG_HOME or ~/.config on Linux).
    static std::unique_ptr<QSettings> openDefaultSettings();

    static constexpr int kMaxRecentFiles = 10;
    static constexpr int kMaxProfileNameLength = 64;
    static QString defaultProfileName() { return QStringLiteral("default"); }

    // APIs
    void rememberApi(const ApiIdentity &api);
    QStringList apiIds() const;
    QString apiSource(const QString &apiId) const;
    QString apiTitle(const QString &apiId) const;
    // Drops every setting of the API (its secrets are the CredentialStore's to delete first).
    void removeApi(const QString &apiId);

    // Server
    void setServer(const QString &apiId, const QString &urlTemplate, const QHash<QString, QString> &variables);
    QString serverTemplate(const QString &apiId) const;
    QHash<QString, QString> serverVariables(const QString &apiId) const;

    // Schemes
    void setSchemeSettings(const QString &apiId, const QString &scheme, const SchemeSettings &settings);
    SchemeSettings schemeSettings(const QString &apiId, const QString &scheme) const;
    QStringList configuredSchemes(const QString &apiId) const;

    // Profiles: never empty (an API without any has just "default"); names are unique ignoring case.
    QStringList profiles(const QString &apiId) const;
    QString currentProfile(const QString &apiId) const;
    Result<Done> setCurrentProfile(const QString &apiId, const QString &profile);
    Result<Done> addProfile(const QString &apiId, const QString &profile);
    // Renames in the settings only; CredentialStore::renameProfile moves the secrets too.
    Result<Done> renameProfile(const QString &apiId, const QString &from, const QString &to);
    // Removes from the settings only; CredentialStore::removeProfile deletes the secrets too.
    Result<Done> removeProfile(const QString &apiId, const QString &profile);
    static Result<Done> validateProfileName(const QString &profile);

    // The index of keychain keys written for an API (keys are non-secret: see SecretAddress).
    void addSecretKey(const QString &apiId, const QString &key);
    void removeSecretKey(const QString &apiId, const QString &key);
    QStringList secretKeys(const QString &apiId) const;

    // Recent files (most recent first, without repeats).
    void addRecentFile(const QString &source);
    QStringList recentFiles() const;
    void clearRecentFiles();

    void sync();

Q_SIGNALS:
    void profilesChanged(const QString &apiId);
    void currentProfileChanged(const QString &apiId, const QString &profile);

private:
    QString apiGroup(const QString &apiId) const;
    void writeProfiles(const QString &apiId, const QStringList &profiles);

    QSettings *m_settings;
};

} // namespace keyway::storage
