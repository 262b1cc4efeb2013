#include "recorder/WorkspaceSnapshot.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace keyway::recorder {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(keyway::recorder::WorkspaceSnapshot)
};

constexpr qsizetype kMaxSchemes = 200;
constexpr qsizetype kMaxListItems = 500;
constexpr qsizetype kMaxString = 64 * 1024;

QJsonArray toArray(const QStringList &list)
{
    QJsonArray out;
    for (const QString &s : list)
        out.append(s);
    return out;
}

std::optional<QString> stringMember(const QJsonObject &o, const QString &key, const QString &path, std::optional<Error> &error)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return QString();
    if (!v.isString() || v.toString().size() > kMaxString) {
        if (!error)
            error = Error{Tr::tr("Invalid bundle: %1.%2: expected a string of at most %3 characters").arg(path, key).arg(kMaxString)};
        return std::nullopt;
    }
    return v.toString();
}

QStringList stringList(const QJsonObject &o, const QString &key, const QString &path, std::optional<Error> &error)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return {};
    if (!v.isArray() || v.toArray().size() > kMaxListItems) {
        if (!error)
            error = Error{Tr::tr("Invalid bundle: %1.%2: expected an array of at most %3 strings").arg(path, key).arg(kMaxListItems)};
        return {};
    }
    QStringList out;
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString() || array.at(i).toString().size() > kMaxString) {
            if (!error)
                error = Error{Tr::tr("Invalid bundle: %1.%2[%3]: expected a string").arg(path, key).arg(i)};
            return {};
        }
        out.append(array.at(i).toString());
    }
    return out;
}

} // namespace

WorkspaceSnapshot WorkspaceSnapshot::capture(const storage::Workspace &workspace, const QString &apiId)
{
    WorkspaceSnapshot s;
    s.apiId = apiId;
    s.title = workspace.apiTitle(apiId);
    s.source = workspace.apiSource(apiId);
    s.serverTemplate = workspace.serverTemplate(apiId);
    s.serverVariables = workspace.serverVariables(apiId);
    s.profiles = workspace.profiles(apiId);
    s.currentProfile = workspace.currentProfile(apiId);
    QStringList schemes = workspace.configuredSchemes(apiId);
    schemes.sort();
    for (const QString &scheme : std::as_const(schemes))
        s.schemes.append({scheme, workspace.schemeSettings(apiId, scheme)});
    return s;
}

QJsonObject WorkspaceSnapshot::toJson() const
{
    QJsonObject variables;
    for (auto it = serverVariables.cbegin(); it != serverVariables.cend(); ++it)
        variables.insert(it.key(), it.value());
    QJsonObject schemeObjects;
    for (const auto &[name, settings] : schemes) {
        QJsonArray extra;
        for (const auto &[key, value] : settings.extraParameters)
            extra.append(QJsonObject{{u"name"_s, key}, {u"value"_s, value}});
        schemeObjects.insert(name,
                             QJsonObject{
                                 {u"flow"_s, settings.flow},
                                 {u"clientId"_s, settings.clientId},
                                 {u"authMethod"_s, settings.authMethod},
                                 {u"scopes"_s, toArray(settings.scopes)},
                                 {u"extraParameters"_s, extra},
                                 {u"redirectHost"_s, settings.redirectHost},
                                 {u"redirectPort"_s, int(settings.redirectPort)},
                                 {u"redirectPath"_s, settings.redirectPath},
                                 {u"username"_s, settings.username},
                                 {u"issuer"_s, settings.issuer},
                             });
    }
    return QJsonObject{
        {u"apiId"_s, apiId},
        {u"title"_s, title},
        {u"source"_s, source},
        {u"server"_s, QJsonObject{{u"template"_s, serverTemplate}, {u"variables"_s, variables}}},
        {u"profiles"_s, toArray(profiles)},
        {u"currentProfile"_s, currentProfile},
        {u"schemes"_s, schemeObjects},
    };
}

Result<WorkspaceSnapshot> WorkspaceSnapshot::fromJson(const QJsonObject &json, const QString &path)
{
    std::optional<Error> error;
    WorkspaceSnapshot s;
    s.apiId = stringMember(json, u"apiId"_s, path, error).value_or(QString());
    s.title = stringMember(json, u"title"_s, path, error).value_or(QString());
    s.source = stringMember(json, u"source"_s, path, error).value_or(QString());
    s.profiles = stringList(json, u"profiles"_s, path, error);
    s.currentProfile = stringMember(json, u"currentProfile"_s, path, error).value_or(QString());
    const QJsonValue server = json.value(u"server"_s);
    if (!server.isUndefined()) {
        if (!server.isObject()) {
            return Error{Tr::tr("Invalid bundle: %1.server: expected an object").arg(path)};
        }
        const QJsonObject so = server.toObject();
        s.serverTemplate = stringMember(so, u"template"_s, path + u".server"_s, error).value_or(QString());
        const QJsonValue vars = so.value(u"variables"_s);
        if (!vars.isUndefined()) {
            if (!vars.isObject() || vars.toObject().size() > kMaxListItems)
                return Error{Tr::tr("Invalid bundle: %1.server.variables: expected an object").arg(path)};
            const QJsonObject vo = vars.toObject();
            for (auto it = vo.begin(); it != vo.end(); ++it) {
                if (!it.value().isString() || it.value().toString().size() > kMaxString)
                    return Error{Tr::tr("Invalid bundle: %1.server.variables.%2: expected a string").arg(path, it.key())};
                s.serverVariables.insert(it.key(), it.value().toString());
            }
        }
    }
    const QJsonValue schemes = json.value(u"schemes"_s);
    if (!schemes.isUndefined()) {
        if (!schemes.isObject() || schemes.toObject().size() > kMaxSchemes)
            return Error{Tr::tr("Invalid bundle: %1.schemes: expected an object of at most %2 schemes").arg(path).arg(kMaxSchemes)};
        const QJsonObject so = schemes.toObject();
        for (auto it = so.begin(); it != so.end() && !error; ++it) {
            const QString sp = path + u".schemes."_s + it.key();
            if (!it.value().isObject())
                return Error{Tr::tr("Invalid bundle: %1: expected an object").arg(sp)};
            const QJsonObject o = it.value().toObject();
            storage::SchemeSettings settings;
            settings.flow = stringMember(o, u"flow"_s, sp, error).value_or(QString());
            settings.clientId = stringMember(o, u"clientId"_s, sp, error).value_or(QString());
            settings.authMethod = stringMember(o, u"authMethod"_s, sp, error).value_or(QString());
            settings.scopes = stringList(o, u"scopes"_s, sp, error);
            settings.redirectHost = stringMember(o, u"redirectHost"_s, sp, error).value_or(QString());
            settings.redirectPath = stringMember(o, u"redirectPath"_s, sp, error).value_or(QString());
            settings.username = stringMember(o, u"username"_s, sp, error).value_or(QString());
            settings.issuer = stringMember(o, u"issuer"_s, sp, error).value_or(QString());
            const QJsonValue port = o.value(u"redirectPort"_s);
            if (!port.isUndefined()) {
                if (!port.isDouble() || port.toDouble() < 0 || port.toDouble() > 65535 || port.toDouble() != std::floor(port.toDouble()))
                    return Error{Tr::tr("Invalid bundle: %1.redirectPort: expected a port number").arg(sp)};
                settings.redirectPort = quint16(port.toInt());
            }
            const QJsonValue extra = o.value(u"extraParameters"_s);
            if (!extra.isUndefined()) {
                if (!extra.isArray() || extra.toArray().size() > kMaxListItems)
                    return Error{Tr::tr("Invalid bundle: %1.extraParameters: expected an array").arg(sp)};
                for (const QJsonValue &p : extra.toArray()) {
                    if (!p.isObject() || !p.toObject().value(u"name"_s).isString() || !p.toObject().value(u"value"_s).isString())
                        return Error{Tr::tr("Invalid bundle: %1.extraParameters: expected {name, value} strings").arg(sp)};
                    settings.extraParameters.append({p.toObject().value(u"name"_s).toString(), p.toObject().value(u"value"_s).toString()});
                }
            }
            s.schemes.append({it.key(), settings});
        }
    }
    if (error)
        return *error;
    return s;
}

} // namespace keyway::recorder
