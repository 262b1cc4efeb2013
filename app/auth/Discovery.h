#pragma once

#include "auth/OAuthResult.h"
#include "auth/OAuthTypes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace keyway::net {
class HttpClient;
class HttpRequestHandle;
} // namespace keyway::net

namespace keyway::auth {

// One metadata document found by discovery.
struct DiscoveryResult
{
    ProviderMetadata metadata;
    QJsonObject document; // as served (public: no secrets in metadata)
    enum class Kind { OpenIdConnect, OAuthAuthorizationServer };
    Kind kind = Kind::OpenIdConnect;
    QList<QUrl> tried; // every URL asked, in order
    QStringList warnings; // deviations worth showing: a missing recommended member, http endpoints, ...
};

// Where to look for metadata, in order.
struct DiscoveryCandidate
{
    QUrl url;
    DiscoveryResult::Kind kind = DiscoveryResult::Kind::OpenIdConnect;
    QString expectedIssuer; // the issuer this URL belongs to
    bool issuerDerived = false; // expectedIssuer was derived from a .well-known URL, not typed or given
};

// The URLs to try for `input`: a .well-known URL as it is (its issuer derived from it); an issuer gets
// issuer + "/.well-known/openid-configuration" (OIDC Discovery §4) and then
// origin + "/.well-known/oauth-authorization-server" + path (RFC 8414 §3). `expectedIssuer`, when set, replaces
// the derived issuer.
QList<DiscoveryCandidate> discoveryCandidates(const QUrl &input, const QString &expectedIssuer = {});

// True for 127.0.0.1, ::1 and localhost (names that never leave the machine): plain http is fine there.
bool isLoopbackUrl(const QUrl &url);

// Parses and checks one metadata document: a JSON object; `issuer` present and equal to `expectedIssuer`
// exactly (IssuerMismatch otherwise: no normalisation, a trailing slash matters); https URLs except on
// loopback; members of the right type. Missing optional members become warnings. `issuerDerived`: the expected
// issuer was derived from a .well-known URL; then (only then) an issuer that adds a trailing slash is accepted with a
// warning, a deviation some hosted providers have.
OAuthResult<DiscoveryResult> parseProviderMetadata(const QByteArray &json, const QUrl &source, DiscoveryResult::Kind kind,
                                                   const QString &expectedIssuer, bool issuerDerived = false);

// OpenID Connect Discovery 1.0 and RFC 8414, through the HttpClient (on the timeline as "Discovery").
class Discovery final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Discovery)

public:
    using Callback = std::function<void(const OAuthResult<DiscoveryResult> &)>;

    explicit Discovery(net::HttpClient *http, QObject *parent = nullptr);
    ~Discovery() override;

    // Tries the candidates for `input` in order until one yields a valid document; an issuer mismatch is final
    // (another candidate would not make the issuer right). `done` runs once, never inside this call.
    void discover(const QUrl &input, const QString &expectedIssuer, const QString &flowId, Callback done);
    void cancel();

private:
    void tryNext();
    void finish(const OAuthResult<DiscoveryResult> &result);

    net::HttpClient *m_http;
    QList<DiscoveryCandidate> m_candidates;
    qsizetype m_next = 0;
    QList<QUrl> m_tried;
    QList<OAuthError> m_failures;
    QString m_flowId;
    Callback m_done;
    QPointer<net::HttpRequestHandle> m_request;
};

} // namespace keyway::auth
