#pragma once

#include "auth/OAuthResult.h"
#include "auth/OAuthTypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

namespace keyway::net {
class HttpClient;
class HttpRequestHandle;
} // namespace keyway::net

namespace keyway::auth {

// An RFC 7662 introspection answer.
struct Introspection
{
    bool active = false;
    QJsonObject claims; // every member as sent (the token itself is never among them)
    QStringList scopes;
    QString clientId;
    QString username;
    QString tokenType;
    QString subject;
    QString issuer;
    QStringList audience;
    QDateTime expiresAt; // invalid when absent
    QDateTime issuedAt;
};

// What a userinfo endpoint said.
struct UserInfo
{
    QJsonObject claims;
    bool signedResponse = false; // application/jwt: claims decoded, signature not checked here
    QString subject;
};

// Revocation (RFC 7009), introspection (RFC 7662) and userinfo (OIDC Core §5.3), each only where the provider
// advertises the endpoint (a Configuration error says so otherwise). Requests go through the HttpClient with the
// client's authentication and the tokens listed as secrets.
class TokenAdmin final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenAdmin)

public:
    TokenAdmin(net::HttpClient *http, ProviderMetadata provider, ClientConfig client, QObject *parent = nullptr);

    void setFlowId(const QString &flowId) { m_flowId = flowId; }
    QString flowId() const { return m_flowId; }

    bool canRevoke() const { return m_provider.revocationEndpoint.isValid(); }
    bool canIntrospect() const { return m_provider.introspectionEndpoint.isValid(); }
    bool canFetchUserInfo() const { return m_provider.userinfoEndpoint.isValid(); }

    // RFC 7009 §2: `hint` "refresh_token" or "access_token" (or empty). Success is any 200 (the server answers 200
    // for unknown tokens too, by design).
    void revoke(const QString &token, const QString &hint, std::function<void(const OAuthResult<bool> &)> done);
    // RFC 7662 §2: an inactive token is a successful answer with active = false.
    void introspect(const QString &token, const QString &hint, std::function<void(const OAuthResult<Introspection> &)> done);
    // GET with the Bearer access token. `expectedSubject` (the ID token's sub), when set, must equal the answer's sub
    // (OIDC Core §5.3.2: otherwise the answer must not be used).
    void fetchUserInfo(const QString &accessToken, const QString &expectedSubject, std::function<void(const OAuthResult<UserInfo> &)> done);

    void cancel();

private:
    ProviderMetadata m_provider;
    ClientConfig m_client;
    net::HttpClient *m_http;
    QString m_flowId;
    QList<QPointer<net::HttpRequestHandle>> m_requests;
};

} // namespace keyway::auth
