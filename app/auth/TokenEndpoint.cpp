#include "auth/TokenEndpoint.h"

#include "net/Timeline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QObject>

#include <algorithm>
#include <cmath>

namespace keyway::auth {

namespace {

Q_LOGGING_CATEGORY(lcToken, "keyway.oauth.token")

// Members of a token response that TokenSet holds itself.
const QStringList &knownMembers()
{
    static const QStringList names{QStringLiteral("access_token"),  QStringLiteral("token_type"), QStringLiteral("expires_in"),
                                   QStringLiteral("refresh_token"), QStringLiteral("scope"),      QStringLiteral("id_token")};
    return names;
}

// A member whose value may be a credential (issued_token, *_token, secrets, codes) is not kept in `extra`:
// `extra` is shown and may be stored with the non-secret settings.
bool looksSecretMember(const QString &name, const QJsonValue &value)
{
    const QString n = name.toLower();
    if (n.endsWith(QLatin1String("token_type")) || n.endsWith(QLatin1String("expires_in")) || n.endsWith(QLatin1String("_at")))
        return false;
    if (n.contains(QLatin1String("token")) || n.contains(QLatin1String("secret")) || n.contains(QLatin1String("password"))
        || n.contains(QLatin1String("code")) || n.contains(QLatin1String("key")) || n.contains(QLatin1String("assertion")))
        return true;
    // A long opaque string is more likely a credential than a label.
    return value.isString() && value.toString().size() > 200;
}

QString jsonTypeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("missing");
}

QString describeBytes(qint64 bytes)
{
    if (bytes >= 1024 * 1024)
        return QObject::tr("%1 MB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
    if (bytes >= 1024)
        return QObject::tr("%1 KB").arg(double(bytes) / 1024.0, 0, 'f', 1);
    return QObject::tr("%n byte(s)", nullptr, int(bytes));
}

// A short, printable excerpt of a body for a message (the full body stays in OAuthError::rawBody).
QString excerpt(const QByteArray &body, int max = 120)
{
    QString text = QString::fromUtf8(body.left(max * 4)).simplified();
    if (text.size() > max)
        text = text.left(max) + QStringLiteral("…");
    return text;
}

OAuthError unexpected(const net::HttpResult &result, const QString &grant, const QString &message, const QString &diagnosis)
{
    OAuthError e;
    e.kind = OAuthError::Kind::UnexpectedResponse;
    e.httpStatus = result.httpStatus;
    e.rawBody = result.body;
    e.message = message;
    e.diagnosis = diagnosis.isEmpty() ? diagnoseOAuthError(QString(), QString(), grant, result.httpStatus) : diagnosis;
    return e;
}

const QStringList &knownErrorCodes()
{
    static const QStringList codes{
        QStringLiteral("invalid_request"),
        QStringLiteral("invalid_client"),
        QStringLiteral("invalid_grant"),
        QStringLiteral("unauthorized_client"),
        QStringLiteral("unsupported_grant_type"),
        QStringLiteral("invalid_scope"),
        QStringLiteral("access_denied"),
        QStringLiteral("authorization_pending"),
        QStringLiteral("slow_down"),
        QStringLiteral("expired_token"),
        QStringLiteral("server_error"),
        QStringLiteral("temporarily_unavailable"),
        QStringLiteral("unsupported_token_type"),
        QStringLiteral("invalid_token"),
        QStringLiteral("insufficient_scope"),
        QStringLiteral("unsupported_response_type"),
        QStringLiteral("invalid_target"),
    };
    return codes;
}

} // namespace

QString grantTypeFor(const QString &grant)
{
    if (grant == grants::authorizationCode)
        return QStringLiteral("authorization_code");
    if (grant == grants::clientCredentials)
        return QStringLiteral("client_credentials");
    if (grant == grants::password)
        return QStringLiteral("password");
    if (grant == grants::refresh)
        return QStringLiteral("refresh_token");
    if (grant == grants::deviceCode)
        return QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");
    return {};
}

QByteArray formUrlEncode(const QString &value)
{
    static const char hex[] = "0123456789ABCDEF";
    const QByteArray utf8 = value.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() * 3);
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if ((u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '*' || u == '-' || u == '.' || u == '_') {
            out.append(c);
        } else if (u == ' ') {
            out.append('+');
        } else {
            out.append('%');
            out.append(hex[u >> 4]);
            out.append(hex[u & 0x0f]);
        }
    }
    return out;
}

QByteArray formUrlEncode(const FormParameters &parameters)
{
    QByteArray out;
    for (const auto &[name, value] : parameters) {
        if (!out.isEmpty())
            out.append('&');
        out.append(formUrlEncode(name));
        out.append('=');
        out.append(formUrlEncode(value));
    }
    return out;
}

void applyClientAuthentication(const ClientConfig &client, QNetworkRequest &request, FormParameters &body, QList<QByteArray> &secrets)
{
    switch (client.authMethod) {
    case ClientAuthMethod::ClientSecretBasic: {
        // RFC 6749 §2.3.1: both parts are form-urlencoded before they are joined and base64-encoded; a ':' or a
        // non-ASCII character in a secret would otherwise break the credentials.
        const QByteArray credentials = formUrlEncode(client.clientId) + ':' + formUrlEncode(client.clientSecret);
        const QByteArray encoded = credentials.toBase64();
        request.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Basic ") + encoded);
        if (!client.clientSecret.isEmpty())
            secrets << client.clientSecret.toUtf8() << formUrlEncode(client.clientSecret) << encoded;
        break;
    }
    case ClientAuthMethod::ClientSecretPost:
        body.append({QStringLiteral("client_id"), client.clientId});
        body.append({QStringLiteral("client_secret"), client.clientSecret});
        if (!client.clientSecret.isEmpty())
            secrets << client.clientSecret.toUtf8() << formUrlEncode(client.clientSecret);
        break;
    case ClientAuthMethod::None:
        body.append({QStringLiteral("client_id"), client.clientId});
        break;
    }
}

PreparedRequest prepareTokenRequest(const TokenRequest &request, const ClientConfig &client)
{
    PreparedRequest prepared;
    prepared.request = QNetworkRequest(request.tokenEndpoint);
    prepared.request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    prepared.request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    FormParameters body;
    body.append({QStringLiteral("grant_type"), request.grantType.isEmpty() ? grantTypeFor(request.grant) : request.grantType});
    body += request.parameters;
    if (!request.scopes.isEmpty())
        body.append({QStringLiteral("scope"), request.scopes.join(u' ')});
    applyClientAuthentication(client, prepared.request, body, prepared.secrets);
    body += request.extraParameters;
    prepared.body = formUrlEncode(body);
    for (const QByteArray &secret : request.secrets) {
        if (secret.isEmpty())
            continue;
        prepared.secrets << secret;
        const QByteArray encoded = formUrlEncode(QString::fromUtf8(secret));
        if (encoded != secret)
            prepared.secrets << encoded;
    }
    return prepared;
}

bool looksLikeHtml(const QByteArray &body)
{
    const QByteArray head = body.left(512).trimmed().toLower();
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head") || head.startsWith("<body")
        || (head.startsWith('<') && head.contains("<html"));
}

OAuthError errorFromResponse(const net::HttpResult &result, const QString &grant, const QString &endpointName)
{
    OAuthError e;
    e.httpStatus = result.httpStatus;
    e.rawBody = result.body;
    if (result.status != net::HttpResult::Status::Ok) {
        e.kind = result.status == net::HttpResult::Status::Cancelled ? OAuthError::Kind::Cancelled : OAuthError::Kind::Network;
        e.message = QObject::tr("The %1 could not be reached: %2").arg(endpointName, result.errorString);
        switch (result.status) {
        case net::HttpResult::Status::TooLarge:
            e.message = QObject::tr("The %1's answer was refused: %2").arg(endpointName, result.errorString);
            e.diagnosis = QObject::tr("No legitimate OAuth response is that large: the URL may point at a download rather than "
                                      "the %1, or the server is misbehaving.")
                              .arg(endpointName);
            break;
        case net::HttpResult::Status::Timeout:
            e.diagnosis = QObject::tr("The server took too long. Check that the URL is right and the server is up; a firewall "
                                      "or proxy that swallows the connection looks the same.");
            break;
        case net::HttpResult::Status::RedirectRefused:
            e.diagnosis = QObject::tr("OAuth endpoints are called directly and should not redirect; check the URL (http "
                                      "instead of https, a missing path segment).");
            break;
        case net::HttpResult::Status::Cancelled:
            e.message = QObject::tr("The request to the %1 was cancelled.").arg(endpointName);
            break;
        default:
            e.diagnosis = diagnoseOAuthError(QString(), QString(), grant, 0);
            break;
        }
        return e;
    }

    e.kind = OAuthError::Kind::ServerError;
    const QString statusText
        = QString::number(result.httpStatus) + (result.reason.isEmpty() ? QString() : u' ' + QString::fromLatin1(result.reason));
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(result.body, &parseError);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        QJsonValue error = o.value(QStringLiteral("error"));
        QJsonValue description = o.value(QStringLiteral("error_description"));
        // Some servers nest the error: {"error": {"code": "...", "message": "..."}}.
        if (error.isObject()) {
            const QJsonObject nested = error.toObject();
            if (description.isUndefined())
                description = nested.value(QStringLiteral("message"));
            error = nested.value(QStringLiteral("code"));
        }
        if (error.isString() && !error.toString().isEmpty()) {
            e.error = error.toString();
            e.errorDescription = description.isString() ? description.toString() : QString();
            e.errorUri = o.value(QStringLiteral("error_uri")).toString();
            e.message = QObject::tr("The %1 answered %2 with the error \"%3\".").arg(endpointName, statusText, e.error);
            e.diagnosis = diagnoseOAuthError(e.error, e.errorDescription, grant, result.httpStatus);
            return e;
        }
    }
    // Not an RFC 6749 §5.2 error body: keep it as it came and say what it is.
    const QByteArray trimmed = result.body.trimmed();
    // A resource-style refusal (userinfo, RFC 6750 §3) carries its error in WWW-Authenticate instead.
    const QByteArray challenge = result.header(QByteArrayLiteral("WWW-Authenticate"));
    if (const qsizetype at = challenge.indexOf("error=\""); at >= 0) {
        const qsizetype start = at + 7;
        const qsizetype end = challenge.indexOf('"', start);
        if (end > start) {
            e.error = QString::fromLatin1(challenge.mid(start, end - start));
            if (const qsizetype d = challenge.indexOf("error_description=\""); d >= 0) {
                const qsizetype dEnd = challenge.indexOf('"', d + 19);
                if (dEnd > d + 19)
                    e.errorDescription = QString::fromLatin1(challenge.mid(d + 19, dEnd - d - 19));
            }
            e.message = QObject::tr("The %1 answered %2; its WWW-Authenticate header says \"%3\".").arg(endpointName, statusText, e.error);
            e.diagnosis = diagnoseOAuthError(e.error, e.errorDescription, grant, result.httpStatus);
            return e;
        }
    }
    if (trimmed.isEmpty()) {
        e.message = QObject::tr("The %1 answered %2 with an empty body (no OAuth error).").arg(endpointName, statusText);
    } else if (looksLikeHtml(trimmed)) {
        e.message = QObject::tr("The %1 answered %2 with an HTML page instead of an OAuth error.").arg(endpointName, statusText);
    } else if (doc.isNull()) {
        // A bare string; when it is an error code itself, use it.
        QString bare = QString::fromUtf8(trimmed);
        if (bare.size() > 2 && bare.startsWith(u'"') && bare.endsWith(u'"'))
            bare = bare.mid(1, bare.size() - 2);
        if (knownErrorCodes().contains(bare)) {
            e.error = bare;
            e.message = QObject::tr("The %1 answered %2 with the bare text \"%3\" (not the JSON OAuth error format).")
                            .arg(endpointName, statusText, bare);
            e.diagnosis = diagnoseOAuthError(e.error, QString(), grant, result.httpStatus);
            return e;
        }
        e.message = QObject::tr("The %1 answered %2 with a body that is not JSON: \"%3\".").arg(endpointName, statusText, excerpt(trimmed));
    } else {
        e.message = QObject::tr("The %1 answered %2 with JSON that is not an OAuth error (no \"error\" member): %3")
                        .arg(endpointName, statusText, excerpt(trimmed));
    }
    e.diagnosis = diagnoseOAuthError(QString(), QString(), grant, result.httpStatus);
    if (looksLikeHtml(trimmed)) {
        const QString page
            = QObject::tr("An HTML page usually means the URL is a web page (a login page, an SSO or proxy sign-in, an error page), "
                          "not the %1 itself; check the URL, and check for a proxy or gateway in front of the server.")
                  .arg(endpointName);
        e.diagnosis = e.diagnosis.isEmpty() ? page : page + u' ' + e.diagnosis;
    }
    return e;
}

TokenResult parseTokenResponse(const net::HttpResult &result, const QString &grant, const QStringList &requestedScopes,
                               const QString &issuer, const QString &clientId, const QDateTime &now)
{
    const QString endpoint = QObject::tr("token endpoint");
    if (result.status != net::HttpResult::Status::Ok)
        return errorFromResponse(result, grant, endpoint);
    if (result.body.size() > kMaxTokenResponseBytes) {
        net::HttpResult head = result;
        head.body = result.body.left(4096); // enough to see what it was; not megabytes in every copy of the error
        return unexpected(head, grant,
                          QObject::tr("The token response is %1, more than the %2 a token response may be; it was refused unread.")
                              .arg(describeBytes(result.body.size()), describeBytes(kMaxTokenResponseBytes)),
                          QObject::tr("Real tokens are a few kilobytes. The server is misconfigured or hostile, or the token "
                                      "URL points at something else."));
    }
    const bool success = result.httpStatus >= 200 && result.httpStatus < 300;
    if (!success)
        return errorFromResponse(result, grant, endpoint);

    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(result.body, &parseError);
    if (!doc.isObject()) {
        const QByteArray trimmed = result.body.trimmed();
        QString what;
        if (trimmed.isEmpty())
            what = QObject::tr("an empty body");
        else if (looksLikeHtml(trimmed))
            what = QObject::tr("an HTML page");
        else if (doc.isNull())
            what = QObject::tr("a body that is not JSON (%1 at offset %2: \"%3\")")
                       .arg(parseError.errorString())
                       .arg(parseError.offset)
                       .arg(excerpt(trimmed, 60));
        else
            what = QObject::tr("JSON that is not an object");
        QString diagnosis;
        if (looksLikeHtml(trimmed))
            diagnosis = QObject::tr("A token endpoint answers with JSON. An HTML page usually means the token URL is a web page "
                                    "(a login page, an SSO or proxy sign-in, the authorization endpoint) rather than the token "
                                    "endpoint; check the URL and any gateway in front of the server.");
        else
            diagnosis = QObject::tr("A token endpoint answers with a JSON object (RFC 6749 §5.1). Check the token URL.");
        return unexpected(result, grant, QObject::tr("The token endpoint answered %1 with %2.").arg(result.httpStatus).arg(what),
                          diagnosis);
    }
    const QJsonObject o = doc.object();

    // A 2xx that carries an OAuth error instead of tokens (some servers do this).
    if (!o.contains(QStringLiteral("access_token")) && o.value(QStringLiteral("error")).isString())
        return errorFromResponse(result, grant, endpoint);

    const auto wrongType = [&](const QString &member, const QString &expected) {
        return unexpected(
            result, grant,
            QObject::tr("The token response is not valid: \"%1\" is %2, expected %3.").arg(member, jsonTypeName(o.value(member)), expected),
            QObject::tr("The server does not follow RFC 6749 §5.1 here; Keyway does not guess what it meant."));
    };

    const QJsonValue access = o.value(QStringLiteral("access_token"));
    if (access.isUndefined()) {
        return unexpected(result, grant, QObject::tr("The token endpoint answered %1 without an access_token.").arg(result.httpStatus),
                          QObject::tr("A successful token response must contain access_token (RFC 6749 §5.1). The URL may be a "
                                      "different endpoint that happens to answer JSON, or the server is misconfigured."));
    }
    if (!access.isString())
        return wrongType(QStringLiteral("access_token"), QObject::tr("a string"));
    if (access.toString().isEmpty())
        return unexpected(result, grant, QObject::tr("The token endpoint answered with an empty access_token."),
                          QObject::tr("The server issued no usable token."));

    TokenSet t;
    t.accessToken = access.toString();
    t.obtainedAt = now.toUTC();
    t.requestedScopes = requestedScopes;
    t.issuer = issuer;
    t.clientId = clientId;
    t.grant = grant;

    const QJsonValue type = o.value(QStringLiteral("token_type"));
    if (!type.isUndefined() && !type.isNull() && !type.isString())
        return wrongType(QStringLiteral("token_type"), QObject::tr("a string"));
    t.tokenType = type.toString(); // as written; compared case-insensitively by TokenSet::isBearer()

    for (const QString &member : {QStringLiteral("refresh_token"), QStringLiteral("id_token")}) {
        const QJsonValue v = o.value(member);
        if (!v.isUndefined() && !v.isNull() && !v.isString())
            return wrongType(member, QObject::tr("a string"));
    }
    t.refreshToken = o.value(QStringLiteral("refresh_token")).toString();
    t.idToken = o.value(QStringLiteral("id_token")).toString();

    const QJsonValue expires = o.value(QStringLiteral("expires_in"));
    if (!expires.isUndefined() && !expires.isNull()) {
        double seconds = 0;
        bool ok = false;
        if (expires.isDouble()) {
            seconds = expires.toDouble();
            ok = std::isfinite(seconds);
        } else if (expires.isString()) {
            seconds = expires.toString().trimmed().toDouble(&ok);
            ok = ok && std::isfinite(seconds);
        }
        if (!ok)
            return wrongType(QStringLiteral("expires_in"), QObject::tr("a number of seconds"));
        // Bounded, so that a silly value cannot overflow the date arithmetic: 0 .. 10 years.
        constexpr double kMaxSeconds = 10.0 * 365 * 24 * 3600;
        t.expiresAt = t.obtainedAt.addSecs(qint64(std::clamp(seconds, 0.0, kMaxSeconds)));
    }

    const QJsonValue scope = o.value(QStringLiteral("scope"));
    if (scope.isString()) {
        t.grantedScopes = scope.toString().split(u' ', Qt::SkipEmptyParts);
        t.scopesFromResponse = true;
    } else if (scope.isArray()) {
        // Not RFC 6749, but seen in the wild: a JSON array of scopes.
        for (const QJsonValue &v : scope.toArray()) {
            if (!v.isString())
                return wrongType(QStringLiteral("scope"), QObject::tr("a space-separated string"));
            t.grantedScopes.append(v.toString());
        }
        t.scopesFromResponse = true;
    } else if (scope.isUndefined() || scope.isNull()) {
        // RFC 6749 §5.1: omitted means "as requested".
        t.grantedScopes = requestedScopes;
        t.scopesFromResponse = false;
    } else {
        return wrongType(QStringLiteral("scope"), QObject::tr("a space-separated string"));
    }

    for (auto it = o.begin(); it != o.end(); ++it) {
        if (knownMembers().contains(it.key()) || looksSecretMember(it.key(), it.value()))
            continue;
        t.extra.insert(it.key(), it.value());
    }
    qCDebug(lcToken) << "token response parsed for" << grant << "type" << t.tokenType << "scopes" << t.grantedScopes << "refresh token"
                     << !t.refreshToken.isEmpty() << "id token" << !t.idToken.isEmpty();
    return t;
}

bool addSecretsToRecordedExchange(net::Timeline *timeline, const QString &flowId, const QByteArray &body, const QList<QByteArray> &secrets)
{
    if (!timeline || body.isEmpty())
        return false;
    const QList<net::Exchange> &all = timeline->exchanges();
    // Only the most recent exchanges can be the one just finished; bounded search.
    const qsizetype stop = qMax<qsizetype>(0, all.size() - 64);
    for (qsizetype i = all.size() - 1; i >= stop; --i) {
        const net::Exchange &e = all.at(i);
        if (e.flowId != flowId || e.responseBody.isEmpty())
            continue;
        const bool same = e.responseBody.size() == body.size() || e.responseBodyTruncated;
        if (!same || !body.startsWith(e.responseBody))
            continue;
        net::Exchange updated = e;
        for (const QByteArray &s : secrets) {
            if (!s.isEmpty() && !updated.secrets.contains(s))
                updated.secrets.append(s);
        }
        return timeline->update(updated);
    }
    return false;
}

QPointer<net::HttpRequestHandle> TokenEndpoint::requestToken(const TokenRequest &request, const ClientConfig &client, Callback done) const
{
    const QString grant = request.grant;
    const auto configurationError = [&](const QString &message, const QString &diagnosis) {
        OAuthError e;
        e.kind = OAuthError::Kind::Configuration;
        e.message = message;
        e.diagnosis = diagnosis;
        done(e);
        return QPointer<net::HttpRequestHandle>();
    };
    if (!m_http)
        return configurationError(QObject::tr("No HTTP client to send the token request with."), QString());
    if (!request.tokenEndpoint.isValid() || request.tokenEndpoint.isRelative()
        || (request.tokenEndpoint.scheme() != QLatin1String("https") && request.tokenEndpoint.scheme() != QLatin1String("http")))
        return configurationError(QObject::tr("The token URL \"%1\" is not an absolute http(s) URL.").arg(request.tokenEndpoint.toString()),
                                  QObject::tr("Set the token URL of the scheme, or discover it from the issuer."));
    if (client.clientId.isEmpty())
        return configurationError(QObject::tr("No client id is set."),
                                  QObject::tr("Every token request names its client: enter the "
                                              "client id registered with the authorization server."));
    if (client.authMethod != ClientAuthMethod::None && client.clientSecret.isEmpty())
        return configurationError(QObject::tr("The client authenticates with a secret, but none is set."),
                                  QObject::tr("Enter the client secret, or mark the client as public (no authentication)."));

    const PreparedRequest prepared = prepareTokenRequest(request, client);
    net::RequestInfo info;
    info.label = request.label.isEmpty() ? QObject::tr("Token request (%1)").arg(grant) : request.label;
    info.flowId = request.flowId;
    info.secrets = prepared.secrets;
    QString issuer = request.issuer;
    if (issuer.isEmpty())
        issuer
            = request.tokenEndpoint.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo).toString();
    const QStringList scopes = request.scopes;
    const QString clientId = client.clientId;
    const QString flowId = request.flowId;
    net::HttpClient *http = m_http;
    QPointer<net::HttpClient> guard(http);
    qCDebug(lcToken) << "token request" << grant << "to" << request.tokenEndpoint.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    return http->send(QByteArrayLiteral("POST"), prepared.request, prepared.body, info,
                      [done = std::move(done), grant, scopes, issuer, clientId, flowId, guard](const net::HttpResult &result) {
                          TokenResult parsed = parseTokenResponse(result, grant, scopes, issuer, clientId, QDateTime::currentDateTimeUtc());
                          if (parsed.ok() && guard) {
                              const TokenSet &t = parsed.value();
                              addSecretsToRecordedExchange(guard->timeline(), flowId, result.body,
                                                           {t.accessToken.toUtf8(), t.refreshToken.toUtf8(), t.idToken.toUtf8()});
                          }
                          done(parsed);
                      });
}

} // namespace keyway::auth
