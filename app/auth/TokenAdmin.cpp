#include "auth/TokenAdmin.h"

#include "auth/Jwt.h"
#include "auth/TokenEndpoint.h"
#include "net/HttpClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTimer>

namespace keyway::auth {

namespace {

Q_LOGGING_CATEGORY(lcAdmin, "keyway.oauth.admin")

OAuthError notAdvertised(const QString &what, const char *member)
{
    OAuthError e;
    e.kind = OAuthError::Kind::Configuration;
    e.message = QObject::tr("The provider advertises no %1.").arg(what);
    e.diagnosis = QObject::tr("Its metadata has no %1; not every server implements it.").arg(QLatin1String(member));
    return e;
}

OAuthError malformed(const net::HttpResult &result, const QString &message, const QString &diagnosis)
{
    OAuthError e;
    e.kind = OAuthError::Kind::UnexpectedResponse;
    e.httpStatus = result.httpStatus;
    e.rawBody = result.body;
    e.message = message;
    e.diagnosis = diagnosis;
    return e;
}

QDateTime epochClaim(const QJsonValue &v)
{
    const std::optional<qint64> seconds = numericDate(v);
    return seconds ? QDateTime::fromSecsSinceEpoch(*seconds, Qt::UTC) : QDateTime();
}

} // namespace

TokenAdmin::TokenAdmin(net::HttpClient *http, ProviderMetadata provider, ClientConfig client, QObject *parent)
    : QObject(parent), m_provider(std::move(provider)), m_client(std::move(client)), m_http(http)
{ }

void TokenAdmin::cancel()
{
    const auto requests = std::exchange(m_requests, {});
    for (const QPointer<net::HttpRequestHandle> &r : requests) {
        if (r)
            r->cancel();
    }
}

void TokenAdmin::revoke(const QString &token, const QString &hint, std::function<void(const OAuthResult<bool> &)> done)
{
    if (!canRevoke()) {
        QTimer::singleShot(0, this, [done] { done(notAdvertised(tr("revocation endpoint"), "revocation_endpoint")); });
        return;
    }
    QNetworkRequest request(m_provider.revocationEndpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    FormParameters body{{QStringLiteral("token"), token}};
    if (!hint.isEmpty())
        body.append({QStringLiteral("token_type_hint"), hint});
    net::RequestInfo info;
    info.label = tr("Token revocation");
    info.flowId = m_flowId;
    info.secrets = {token.toUtf8()};
    applyClientAuthentication(m_client, request, body, info.secrets);
    qCDebug(lcAdmin) << "revoking a" << (hint.isEmpty() ? QStringLiteral("token") : hint);
    m_requests.removeIf([](const QPointer<net::HttpRequestHandle> &r) { return r.isNull(); });
    m_requests.append(m_http->send(QByteArrayLiteral("POST"), request, formUrlEncode(body), info, [done](const net::HttpResult &result) {
        // RFC 7009 §2.2: 200 whether or not the token was valid.
        if (result.succeeded() && result.httpStatus == 200) {
            done(true);
            return;
        }
        done(errorFromResponse(result, grants::revocation, tr("revocation endpoint")));
    }));
}

void TokenAdmin::introspect(const QString &token, const QString &hint, std::function<void(const OAuthResult<Introspection> &)> done)
{
    if (!canIntrospect()) {
        QTimer::singleShot(0, this, [done] { done(notAdvertised(tr("introspection endpoint"), "introspection_endpoint")); });
        return;
    }
    QNetworkRequest request(m_provider.introspectionEndpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    FormParameters body{{QStringLiteral("token"), token}};
    if (!hint.isEmpty())
        body.append({QStringLiteral("token_type_hint"), hint});
    net::RequestInfo info;
    info.label = tr("Token introspection");
    info.flowId = m_flowId;
    info.secrets = {token.toUtf8()};
    applyClientAuthentication(m_client, request, body, info.secrets);
    m_requests.removeIf([](const QPointer<net::HttpRequestHandle> &r) { return r.isNull(); });
    m_requests.append(m_http->send(QByteArrayLiteral("POST"), request, formUrlEncode(body), info, [done](const net::HttpResult &result) {
        if (!result.succeeded() || result.httpStatus != 200) {
            done(errorFromResponse(result, grants::introspection, tr("introspection endpoint")));
            return;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(result.body);
        if (!doc.isObject()) {
            done(malformed(result, tr("The introspection endpoint answered with something that is not a JSON object."),
                           tr("An introspection response is a JSON object with at least \"active\" (RFC 7662 §2.2).")));
            return;
        }
        const QJsonObject o = doc.object();
        const QJsonValue active = o.value(QStringLiteral("active"));
        if (!active.isBool()) {
            done(malformed(result, tr("The introspection response has no boolean \"active\" member."),
                           tr("RFC 7662 §2.2 requires \"active\": true or false.")));
            return;
        }
        Introspection i;
        i.active = active.toBool();
        i.claims = o;
        i.scopes = o.value(QStringLiteral("scope")).toString().split(u' ', Qt::SkipEmptyParts);
        i.clientId = o.value(QStringLiteral("client_id")).toString();
        i.username = o.value(QStringLiteral("username")).toString();
        i.tokenType = o.value(QStringLiteral("token_type")).toString();
        i.subject = o.value(QStringLiteral("sub")).toString();
        i.issuer = o.value(QStringLiteral("iss")).toString();
        const QJsonValue aud = o.value(QStringLiteral("aud"));
        if (aud.isString())
            i.audience = {aud.toString()};
        for (const QJsonValue &a : aud.toArray())
            i.audience.append(a.toString());
        i.expiresAt = epochClaim(o.value(QStringLiteral("exp")));
        i.issuedAt = epochClaim(o.value(QStringLiteral("iat")));
        done(i);
    }));
}

void TokenAdmin::fetchUserInfo(const QString &accessToken, const QString &expectedSubject,
                               std::function<void(const OAuthResult<UserInfo> &)> done)
{
    if (!canFetchUserInfo()) {
        QTimer::singleShot(0, this, [done] { done(notAdvertised(tr("userinfo endpoint"), "userinfo_endpoint")); });
        return;
    }
    QNetworkRequest request(m_provider.userinfoEndpoint);
    request.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + accessToken.toUtf8());
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json, application/jwt"));
    net::RequestInfo info;
    info.label = tr("UserInfo request");
    info.flowId = m_flowId;
    info.secrets = {accessToken.toUtf8()};
    m_requests.removeIf([](const QPointer<net::HttpRequestHandle> &r) { return r.isNull(); });
    m_requests.append(m_http->send(QByteArrayLiteral("GET"), request, {}, info, [done, expectedSubject](const net::HttpResult &result) {
        if (!result.succeeded() || result.httpStatus != 200) {
            done(errorFromResponse(result, grants::userinfo, tr("userinfo endpoint")));
            return;
        }
        UserInfo user;
        const QByteArray type = result.header(QByteArrayLiteral("Content-Type")).toLower();
        if (type.startsWith("application/jwt")) {
            const Result<Jws> jws = parseJws(result.body.trimmed());
            if (!jws) {
                done(malformed(result, tr("The userinfo endpoint sent a JWT that cannot be decoded: %1").arg(jws.error().message), {}));
                return;
            }
            user.claims = jws->claims;
            user.signedResponse = true;
        } else {
            const QJsonDocument doc = QJsonDocument::fromJson(result.body);
            if (!doc.isObject()) {
                done(malformed(result, tr("The userinfo endpoint answered with something that is not a JSON object."),
                               looksLikeHtml(result.body) ? tr("An HTML page came back: the URL is a web page, not the userinfo endpoint.")
                                                          : QString()));
                return;
            }
            user.claims = doc.object();
        }
        user.subject = user.claims.value(QStringLiteral("sub")).toString();
        if (user.subject.isEmpty()) {
            done(malformed(result, tr("The userinfo response has no sub claim."), tr("OIDC Core §5.3.2 requires sub in every answer.")));
            return;
        }
        if (!expectedSubject.isEmpty() && user.subject != expectedSubject) {
            done(malformed(result,
                           tr("The userinfo response is about \"%1\", but the ID token names \"%2\".").arg(user.subject, expectedSubject),
                           tr("OIDC Core §5.3.2: the answer must not be used when the subjects differ (a token substitution?).")));
            return;
        }
        done(user);
    }));
}

} // namespace keyway::auth
