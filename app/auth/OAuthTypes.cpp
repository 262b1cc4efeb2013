#include "auth/OAuthTypes.h"

#include <QObject>

namespace keyway::auth {

QString OAuthError::toString() const
{
    QStringList parts;
    if (!message.isEmpty())
        parts << message;
    if (!error.isEmpty())
        parts << (errorDescription.isEmpty() ? error : error + QStringLiteral(": ") + errorDescription);
    if (!diagnosis.isEmpty())
        parts << diagnosis;
    return parts.join(u'\n');
}

namespace {

// The grant / endpoint names are those of auth/TokenEndpoint.h (grants::...), spelled out here so that
// this table has no dependency on the network layer.
bool is(const QString &grant, const char *name)
{
    return grant == QLatin1String(name);
}

bool mentions(const QString &description, std::initializer_list<const char *> words)
{
    for (const char *w : words) {
        if (description.contains(QLatin1String(w), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString invalidGrant(const QString &description, const QString &grant)
{
    if (is(grant, "authorizationCode")) {
        if (mentions(description, {"pkce", "code_verifier", "code verifier", "code_challenge"}))
            return QObject::tr("PKCE verification failed: the code_verifier sent does not match the code_challenge of the "
                               "authorization request. The verifier of another attempt was sent, or a proxy rewrote the request.");
        if (mentions(description, {"redirect_uri", "redirect uri"}))
            return QObject::tr("The redirect_uri sent with the code does not match the one of the authorization request "
                               "(check the loopback port and path; some servers compare them exactly).");
        if (mentions(description, {"expired"}))
            return QObject::tr("The authorization code expired before it was exchanged (codes live for seconds to a minute). "
                               "Run the flow again without pausing between the browser and the exchange.");
        return QObject::tr("The authorization code was refused: it expired, was used already (codes work once), was issued "
                           "to another client, or the PKCE verifier or redirect_uri does not match the authorization request.");
    }
    if (is(grant, "refresh")) {
        if (mentions(description, {"expired"}))
            return QObject::tr("The refresh token expired. Sign in again with the original grant to get a new one.");
        return QObject::tr("The refresh token was refused: it was revoked (by a sign-out, a revocation request or an "
                           "administrator), it expired, it was already used once and rotated, or it belongs to another "
                           "client. Sign in again with the original grant.");
    }
    if (is(grant, "password"))
        return QObject::tr("The username or password is wrong, or the account is locked or disabled, or may not use the "
                           "password grant.");
    if (is(grant, "deviceCode"))
        return QObject::tr("The device code is not valid (any more): it was already used, has expired and was removed, or "
                           "was issued to another client. Start the device flow again.");
    if (is(grant, "clientCredentials"))
        return QObject::tr("The server refused the client-credentials grant itself (invalid_grant is unusual here): check the "
                           "extra parameters such as audience or resource.");
    return QObject::tr("The grant (code, refresh token, credentials) is invalid, expired, revoked or issued to another client.");
}

QString httpOnly(const QString &grant, int httpStatus)
{
    const bool tokenLike = is(grant, "authorizationCode") || is(grant, "clientCredentials") || is(grant, "password") || is(grant, "refresh")
        || is(grant, "deviceCode") || is(grant, "deviceAuthorization") || is(grant, "revocation") || is(grant, "introspection");
    if (httpStatus == 0)
        return QObject::tr("The endpoint is unreachable: check the URL (host, port, http or https), that the server is "
                           "running, and any proxy or firewall in between.");
    if (httpStatus == 401) {
        if (is(grant, "userinfo"))
            return QObject::tr("The access token was refused without an explanation: it expired, was revoked, or was not "
                               "issued for the userinfo endpoint (an API-only token, say).");
        return QObject::tr("401 without an OAuth error body: the server did not accept the client's authentication (wrong "
                           "client id or secret, or Basic versus POST authentication), or a gateway in front of it demanded "
                           "its own login.");
    }
    if (httpStatus == 403)
        return QObject::tr("403 Forbidden without an OAuth error: a gateway, firewall or WAF refused the request before the "
                           "authorization server saw it, or the client is not allowed here. The body, as it came, may say more.");
    if (httpStatus == 404)
        return QObject::tr("404: there is no endpoint at this URL. Check the path (a missing prefix such as /oauth2 or "
                           "/realms/NAME/protocol/openid-connect is common) or use discovery.");
    if (httpStatus == 405)
        return tokenLike ? QObject::tr("405: the URL does not accept POST; it is probably not the token endpoint (the "
                                       "authorization endpoint or a web page, say).")
                         : QObject::tr("405: the URL does not accept this method.");
    if (httpStatus == 415)
        return QObject::tr("415: the server does not accept form-encoded requests here; it is probably not an OAuth endpoint.");
    if (httpStatus == 429)
        return QObject::tr("429: too many requests; wait before trying again.");
    if (httpStatus >= 500)
        return QObject::tr("The server failed (%1) without an OAuth error: it is down, misconfigured, or a proxy in front of it "
                           "failed. Try again later or check its logs.")
            .arg(httpStatus);
    if (httpStatus >= 300 && httpStatus < 400)
        return QObject::tr("The server answered with a redirect; OAuth endpoints are called directly. Check the URL.");
    if (httpStatus >= 200 && httpStatus < 300)
        return QObject::tr("The server answered with success but not in the shape OAuth requires; check that the URL is the "
                           "right endpoint.");
    if (httpStatus >= 400)
        return QObject::tr("The server refused the request (%1) without an OAuth error body; the body, as it came, may say more.")
            .arg(httpStatus);
    return QString();
}

} // namespace

// Plain-language diagnoses of RFC 6749 §5.2, RFC 8628 §3.5, RFC 7009 and RFC 6750 error codes, in the context of
// the grant or endpoint (`grant`: authorizationCode, implicit, clientCredentials, password, refresh, deviceCode,
// deviceAuthorization, revocation, introspection, userinfo, discovery, jwks). An empty `error` diagnoses the
// HTTP status alone (an answer without an OAuth error body; 0 = no answer at all).
QString diagnoseOAuthError(const QString &error, const QString &errorDescription, const QString &grant, int httpStatus)
{
    if (error.isEmpty())
        return httpOnly(grant, httpStatus);
    if (error == QLatin1String("invalid_client")) {
        if (is(grant, "authorizationCode") || is(grant, "implicit"))
            return QObject::tr("The client is unknown to the server or failed to authenticate: check the client id and "
                               "secret, whether the client is public or confidential, and the authentication method.");
        return QObject::tr("Client authentication failed: the client id is unknown, the secret is wrong, or the server "
                           "expects another method (client_secret_basic versus client_secret_post, or none for a public "
                           "client). Check the client's registration.");
    }
    if (error == QLatin1String("invalid_grant"))
        return invalidGrant(errorDescription, grant);
    if (error == QLatin1String("unauthorized_client"))
        return QObject::tr("The client is registered but may not use this grant (%1): enable it in the client's registration "
                           "on the authorization server.")
            .arg(grant.isEmpty() ? QObject::tr("this one") : grant);
    if (error == QLatin1String("unsupported_grant_type"))
        return QObject::tr("The server does not implement this grant type at all (%1), whatever the client's registration.")
            .arg(grant.isEmpty() ? QObject::tr("this one") : grant);
    if (error == QLatin1String("invalid_scope"))
        return QObject::tr("A requested scope is unknown, malformed, or not allowed for this client or user: compare the "
                           "scopes with the server's list and the client's registration. Scopes are case-sensitive and "
                           "separated by spaces.");
    if (error == QLatin1String("access_denied")) {
        if (is(grant, "deviceCode"))
            return QObject::tr("The user declined the request on the verification page (or the server refused it).");
        return QObject::tr("The user or the server refused the request: consent was declined, the account may not use this "
                           "client, or a policy blocked it.");
    }
    if (error == QLatin1String("invalid_request"))
        return QObject::tr("The request is malformed: a parameter is missing, repeated or unsupported (a PKCE parameter, "
                           "redirect_uri, a duplicate client authentication). The error description usually names it.");
    if (error == QLatin1String("slow_down"))
        return QObject::tr("The client polled too fast; the polling interval is increased by 5 seconds (RFC 8628 §3.5).");
    if (error == QLatin1String("authorization_pending"))
        return QObject::tr("The user has not finished on the verification page yet; polling goes on.");
    if (error == QLatin1String("expired_token")) {
        if (is(grant, "deviceCode"))
            return QObject::tr("The device code expired before the user approved it. Start the device flow again and enter "
                               "the code sooner.");
        return QObject::tr("The token expired.");
    }
    if (error == QLatin1String("server_error"))
        return QObject::tr("The authorization server failed internally; try again, and check its logs if it persists.");
    if (error == QLatin1String("temporarily_unavailable"))
        return QObject::tr("The authorization server is overloaded or in maintenance; try again shortly.");
    if (error == QLatin1String("unsupported_token_type"))
        return QObject::tr("The server cannot revoke or introspect this kind of token (some servers refuse JWT access "
                           "tokens there); try the refresh token.");
    if (error == QLatin1String("invalid_token"))
        return QObject::tr("The access token was refused: it expired, was revoked, is malformed, or was issued for another "
                           "audience. Refresh it or sign in again.");
    if (error == QLatin1String("insufficient_scope"))
        return QObject::tr("The access token lacks a scope this request needs; request it when signing in.");
    if (error == QLatin1String("unsupported_response_type"))
        return QObject::tr("The server does not support this response type for this client (implicit is often disabled).");
    if (error == QLatin1String("invalid_target"))
        return QObject::tr("The resource or audience parameter names something the server does not know or this client may "
                           "not access (RFC 8707).");
    if (error == QLatin1String("login_required") || error == QLatin1String("interaction_required")
        || error == QLatin1String("consent_required"))
        return QObject::tr("The server needs the user to sign in or consent interactively; run the flow without prompt=none.");
    return QObject::tr("The server refused the request with \"%1\", which is not a standard OAuth error code; its description "
                       "may say more.")
        .arg(error);
}

} // namespace keyway::auth
