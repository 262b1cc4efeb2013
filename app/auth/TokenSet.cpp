#include "auth/TokenSet.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace keyway::auth {

bool TokenSet::isExpired(const QDateTime &now, int marginSeconds) const
{
    if (!expiresAt.isValid())
        return false;
    return now.addSecs(marginSeconds) >= expiresAt;
}

qint64 TokenSet::secondsLeft(const QDateTime &now) const
{
    return expiresAt.isValid() ? now.secsTo(expiresAt) : 0;
}

bool TokenSet::isBearer() const
{
    return tokenType.isEmpty() || tokenType.compare(QLatin1String("bearer"), Qt::CaseInsensitive) == 0;
}

QByteArray TokenSet::toSecretJson() const
{
    QJsonObject o{
        {QStringLiteral("v"), 1},
        {QStringLiteral("access_token"), accessToken},
        {QStringLiteral("token_type"), tokenType},
        {QStringLiteral("obtained_at"), obtainedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("granted_scopes"), QJsonArray::fromStringList(grantedScopes)},
        {QStringLiteral("scopes_from_response"), scopesFromResponse},
        {QStringLiteral("requested_scopes"), QJsonArray::fromStringList(requestedScopes)},
        {QStringLiteral("issuer"), issuer},
        {QStringLiteral("client_id"), clientId},
        {QStringLiteral("grant"), grant},
        {QStringLiteral("extra"), extra},
    };
    if (!refreshToken.isEmpty())
        o.insert(QStringLiteral("refresh_token"), refreshToken);
    if (!idToken.isEmpty())
        o.insert(QStringLiteral("id_token"), idToken);
    if (expiresAt.isValid())
        o.insert(QStringLiteral("expires_at"), expiresAt.toString(Qt::ISODateWithMs));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<TokenSet> TokenSet::fromSecretJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return Error{QObject::tr("the stored token set is not readable: %1").arg(parseError.errorString()), {}};
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("v")).toInt() != 1)
        return Error{QObject::tr("the stored token set has an unknown format version"), {}};
    TokenSet t;
    t.accessToken = o.value(QStringLiteral("access_token")).toString();
    t.tokenType = o.value(QStringLiteral("token_type")).toString();
    t.refreshToken = o.value(QStringLiteral("refresh_token")).toString();
    t.idToken = o.value(QStringLiteral("id_token")).toString();
    t.obtainedAt = QDateTime::fromString(o.value(QStringLiteral("obtained_at")).toString(), Qt::ISODateWithMs);
    t.expiresAt = QDateTime::fromString(o.value(QStringLiteral("expires_at")).toString(), Qt::ISODateWithMs);
    for (const QJsonValue &v : o.value(QStringLiteral("granted_scopes")).toArray())
        t.grantedScopes.append(v.toString());
    t.scopesFromResponse = o.value(QStringLiteral("scopes_from_response")).toBool();
    for (const QJsonValue &v : o.value(QStringLiteral("requested_scopes")).toArray())
        t.requestedScopes.append(v.toString());
    t.issuer = o.value(QStringLiteral("issuer")).toString();
    t.clientId = o.value(QStringLiteral("client_id")).toString();
    t.grant = o.value(QStringLiteral("grant")).toString();
    t.extra = o.value(QStringLiteral("extra")).toObject();
    if (t.accessToken.isEmpty())
        return Error{QObject::tr("the stored token set has no access token"), {}};
    return t;
}

} // namespace keyway::auth
