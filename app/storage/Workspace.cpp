#include "storage/Workspace.h"

#include "auth/OAuthTypes.h"

#include <QSettings>
#include <QUrl>

namespace keyway::storage {

namespace {

const QString kApis = QStringLiteral("apis");

QString encodeGroup(const QString &name)
{
    // '/' separates groups in QSettings: scheme names are percent-encoded to stay one level.
    return QString::fromLatin1(QUrl::toPercentEncoding(name));
}

QString decodeGroup(const QString &name)
{
    return QUrl::fromPercentEncoding(name.toLatin1());
}

QString authMethodName(auth::ClientAuthMethod method)
{
    switch (method) {
    case auth::ClientAuthMethod::None:
        return QStringLiteral("none");
    case auth::ClientAuthMethod::ClientSecretBasic:
        return QStringLiteral("client_secret_basic");
    case auth::ClientAuthMethod::ClientSecretPost:
        return QStringLiteral("client_secret_post");
    }
    return {};
}

std::optional<auth::ClientAuthMethod> authMethodFromName(const QString &name)
{
    if (name == QLatin1String("none"))
        return auth::ClientAuthMethod::None;
    if (name == QLatin1String("client_secret_basic"))
        return auth::ClientAuthMethod::ClientSecretBasic;
    if (name == QLatin1String("client_secret_post"))
        return auth::ClientAuthMethod::ClientSecretPost;
    return std::nullopt;
}

int indexOfIgnoringCase(const QStringList &list, const QString &name)
{
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

} // namespace

SchemeSettings SchemeSettings::fromClientConfig(const auth::ClientConfig &config)
{
    SchemeSettings settings;
    settings.clientId = config.clientId;
    settings.authMethod = authMethodName(config.authMethod);
    settings.scopes = config.scopes;
    settings.extraParameters = config.extraParameters;
    settings.redirectHost = config.redirectHost;
    settings.redirectPort = config.redirectPort;
    settings.redirectPath = config.redirectPath;
    settings.username = config.username;
    // config.clientSecret and config.password: secrets, for the CredentialStore only.
    return settings;
}

void SchemeSettings::applyTo(auth::ClientConfig &config) const
{
    config.clientId = clientId;
    if (const auto method = authMethodFromName(authMethod))
        config.authMethod = *method;
    config.scopes = scopes;
    config.extraParameters = extraParameters;
    if (!redirectHost.isEmpty())
        config.redirectHost = redirectHost;
    config.redirectPort = redirectPort;
    if (!redirectPath.isEmpty())
        config.redirectPath = redirectPath;
    config.username = username;
}

Workspace::Workspace(QSettings *settings, QObject *parent) : QObject(parent), m_settings(settings)
{ }

Workspace::~Workspace() = default;

std::unique_ptr<QSettings> Workspace::openDefaultSettings()
{
    return std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Keyway"), QStringLiteral("workspace"));
}

QString Workspace::apiGroup(const QString &apiId) const
{
    return kApis + QLatin1Char('/') + encodeGroup(apiId);
}

void Workspace::rememberApi(const ApiIdentity &api)
{
    const QString group = apiGroup(api.id);
    m_settings->setValue(group + QStringLiteral("/source"), api.source);
    m_settings->setValue(group + QStringLiteral("/title"), api.title);
}

QStringList Workspace::apiIds() const
{
    m_settings->beginGroup(kApis);
    QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    for (QString &id : ids)
        id = decodeGroup(id);
    return ids;
}

QString Workspace::apiSource(const QString &apiId) const
{
    return m_settings->value(apiGroup(apiId) + QStringLiteral("/source")).toString();
}

QString Workspace::apiTitle(const QString &apiId) const
{
    return m_settings->value(apiGroup(apiId) + QStringLiteral("/title")).toString();
}

void Workspace::removeApi(const QString &apiId)
{
    m_settings->remove(apiGroup(apiId));
    Q_EMIT profilesChanged(apiId);
}

void Workspace::setServer(const QString &apiId, const QString &urlTemplate, const QHash<QString, QString> &variables)
{
    const QString group = apiGroup(apiId);
    m_settings->setValue(group + QStringLiteral("/server"), urlTemplate);
    QVariantMap map;
    for (auto it = variables.cbegin(); it != variables.cend(); ++it)
        map.insert(it.key(), it.value());
    m_settings->setValue(group + QStringLiteral("/serverVariables"), map);
}

QString Workspace::serverTemplate(const QString &apiId) const
{
    return m_settings->value(apiGroup(apiId) + QStringLiteral("/server")).toString();
}

QHash<QString, QString> Workspace::serverVariables(const QString &apiId) const
{
    QHash<QString, QString> variables;
    const QVariantMap map = m_settings->value(apiGroup(apiId) + QStringLiteral("/serverVariables")).toMap();
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        variables.insert(it.key(), it.value().toString());
    return variables;
}

void Workspace::setSchemeSettings(const QString &apiId, const QString &scheme, const SchemeSettings &settings)
{
    m_settings->beginGroup(apiGroup(apiId) + QStringLiteral("/schemes/") + encodeGroup(scheme));
    m_settings->remove(QString()); // the whole group: no stale keys survive
    m_settings->setValue(QStringLiteral("flow"), settings.flow);
    m_settings->setValue(QStringLiteral("clientId"), settings.clientId);
    m_settings->setValue(QStringLiteral("authMethod"), settings.authMethod);
    m_settings->setValue(QStringLiteral("scopes"), settings.scopes);
    QVariantList extra;
    for (const auto &[name, value] : settings.extraParameters)
        extra.append(QVariant(QStringList{name, value}));
    m_settings->setValue(QStringLiteral("extraParameters"), extra);
    m_settings->setValue(QStringLiteral("redirectHost"), settings.redirectHost);
    m_settings->setValue(QStringLiteral("redirectPort"), int(settings.redirectPort));
    m_settings->setValue(QStringLiteral("redirectPath"), settings.redirectPath);
    m_settings->setValue(QStringLiteral("username"), settings.username);
    m_settings->setValue(QStringLiteral("issuer"), settings.issuer);
    m_settings->endGroup();
}

SchemeSettings Workspace::schemeSettings(const QString &apiId, const QString &scheme) const
{
    SchemeSettings settings;
    m_settings->beginGroup(apiGroup(apiId) + QStringLiteral("/schemes/") + encodeGroup(scheme));
    settings.flow = m_settings->value(QStringLiteral("flow")).toString();
    settings.clientId = m_settings->value(QStringLiteral("clientId")).toString();
    settings.authMethod = m_settings->value(QStringLiteral("authMethod")).toString();
    settings.scopes = m_settings->value(QStringLiteral("scopes")).toStringList();
    const QVariantList extra = m_settings->value(QStringLiteral("extraParameters")).toList();
    for (const QVariant &pair : extra) {
        const QStringList parts = pair.toStringList();
        if (parts.size() == 2)
            settings.extraParameters.append({parts.at(0), parts.at(1)});
    }
    settings.redirectHost = m_settings->value(QStringLiteral("redirectHost")).toString();
    const int port = m_settings->value(QStringLiteral("redirectPort"), 0).toInt();
    settings.redirectPort = (port > 0 && port <= 65535) ? quint16(port) : 0;
    settings.redirectPath = m_settings->value(QStringLiteral("redirectPath")).toString();
    settings.username = m_settings->value(QStringLiteral("username")).toString();
    settings.issuer = m_settings->value(QStringLiteral("issuer")).toString();
    m_settings->endGroup();
    return settings;
}

QStringList Workspace::configuredSchemes(const QString &apiId) const
{
    m_settings->beginGroup(apiGroup(apiId) + QStringLiteral("/schemes"));
    QStringList schemes = m_settings->childGroups();
    m_settings->endGroup();
    for (QString &scheme : schemes)
        scheme = decodeGroup(scheme);
    return schemes;
}

QStringList Workspace::profiles(const QString &apiId) const
{
    QStringList list = m_settings->value(apiGroup(apiId) + QStringLiteral("/profiles")).toStringList();
    list.removeAll(QString());
    if (list.isEmpty())
        list.append(defaultProfileName());
    return list;
}

void Workspace::writeProfiles(const QString &apiId, const QStringList &profiles)
{
    m_settings->setValue(apiGroup(apiId) + QStringLiteral("/profiles"), profiles);
    Q_EMIT profilesChanged(apiId);
}

QString Workspace::currentProfile(const QString &apiId) const
{
    const QStringList list = profiles(apiId);
    const QString current = m_settings->value(apiGroup(apiId) + QStringLiteral("/currentProfile")).toString();
    return list.contains(current) ? current : list.constFirst();
}

Result<Done> Workspace::setCurrentProfile(const QString &apiId, const QString &profile)
{
    if (!profiles(apiId).contains(profile))
        return Error{tr("There is no profile named \"%1\".").arg(profile), {}};
    if (currentProfile(apiId) == profile)
        return Done{};
    m_settings->setValue(apiGroup(apiId) + QStringLiteral("/currentProfile"), profile);
    Q_EMIT currentProfileChanged(apiId, profile);
    return Done{};
}

Result<Done> Workspace::validateProfileName(const QString &profile)
{
    if (profile.trimmed().isEmpty())
        return Error{tr("A profile needs a name."), {}};
    if (profile != profile.trimmed())
        return Error{tr("A profile name cannot start or end with spaces."), {}};
    if (profile.size() > kMaxProfileNameLength)
        return Error{tr("A profile name has at most %1 characters.").arg(kMaxProfileNameLength), {}};
    for (const QChar c : profile) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return Error{tr("A profile name cannot contain control characters."), {}};
    }
    return Done{};
}

Result<Done> Workspace::addProfile(const QString &apiId, const QString &profile)
{
    if (auto valid = validateProfileName(profile); !valid)
        return valid;
    QStringList list = profiles(apiId);
    if (indexOfIgnoringCase(list, profile) >= 0)
        return Error{tr("A profile named \"%1\" exists already.").arg(profile), {}};
    list.append(profile);
    writeProfiles(apiId, list);
    return Done{};
}

Result<Done> Workspace::renameProfile(const QString &apiId, const QString &from, const QString &to)
{
    if (auto valid = validateProfileName(to); !valid)
        return valid;
    QStringList list = profiles(apiId);
    const int index = list.indexOf(from);
    if (index < 0)
        return Error{tr("There is no profile named \"%1\".").arg(from), {}};
    const int clash = indexOfIgnoringCase(list, to);
    if (clash >= 0 && clash != index)
        return Error{tr("A profile named \"%1\" exists already.").arg(to), {}};
    const bool wasCurrent = currentProfile(apiId) == from;
    list[index] = to;
    writeProfiles(apiId, list);
    if (wasCurrent) {
        m_settings->setValue(apiGroup(apiId) + QStringLiteral("/currentProfile"), to);
        Q_EMIT currentProfileChanged(apiId, to);
    }
    return Done{};
}

Result<Done> Workspace::removeProfile(const QString &apiId, const QString &profile)
{
    QStringList list = profiles(apiId);
    if (!list.contains(profile))
        return Error{tr("There is no profile named \"%1\".").arg(profile), {}};
    if (list.size() == 1)
        return Error{tr("The last profile cannot be removed."), {}};
    const bool wasCurrent = currentProfile(apiId) == profile;
    list.removeAll(profile);
    writeProfiles(apiId, list);
    if (wasCurrent) {
        m_settings->setValue(apiGroup(apiId) + QStringLiteral("/currentProfile"), list.constFirst());
        Q_EMIT currentProfileChanged(apiId, list.constFirst());
    }
    return Done{};
}

void Workspace::addSecretKey(const QString &apiId, const QString &key)
{
    QStringList keys = secretKeys(apiId);
    if (keys.contains(key))
        return;
    keys.append(key);
    m_settings->setValue(apiGroup(apiId) + QStringLiteral("/secretIndex"), keys);
}

void Workspace::removeSecretKey(const QString &apiId, const QString &key)
{
    QStringList keys = secretKeys(apiId);
    if (keys.removeAll(key) == 0)
        return;
    if (keys.isEmpty())
        m_settings->remove(apiGroup(apiId) + QStringLiteral("/secretIndex"));
    else
        m_settings->setValue(apiGroup(apiId) + QStringLiteral("/secretIndex"), keys);
}

QStringList Workspace::secretKeys(const QString &apiId) const
{
    return m_settings->value(apiGroup(apiId) + QStringLiteral("/secretIndex")).toStringList();
}

void Workspace::addRecentFile(const QString &source)
{
    if (source.isEmpty())
        return;
    QStringList list = recentFiles();
    list.removeAll(source);
    list.prepend(source);
    while (list.size() > kMaxRecentFiles)
        list.removeLast();
    m_settings->setValue(QStringLiteral("recentFiles"), list);
}

QStringList Workspace::recentFiles() const
{
    return m_settings->value(QStringLiteral("recentFiles")).toStringList();
}

void Workspace::clearRecentFiles()
{
    m_settings->remove(QStringLiteral("recentFiles"));
}

void Workspace::sync()
{
    m_settings->sync();
}

} // namespace keyway::storage
