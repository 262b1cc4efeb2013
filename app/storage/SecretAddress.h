#pragma once

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace keyway::storage {

// Every kind of secret Keyway keeps.
enum class SecretKind {
    OAuthTokens, // an auth::TokenSet: access, refresh and ID token with expiry, scopes and issuer
    ClientSecret, // the OAuth client's secret
    ResourceOwnerPassword, // the user's password for the OAuth password grant
    ApiKey, // an apiKey scheme's value
    HttpBasic, // username and password (a UserPassword)
    HttpDigest, // username and password (a UserPassword)
    BearerToken, // a bearer token typed in by hand (http bearer scheme)
    ClientCertificateKey, // a client certificate's private key (PEM or DER), mutualTLS
    Pkcs12Passphrase, // the passphrase of a PKCS#12 bundle, mutualTLS
};

// "tokens", "client-secret", "password", "api-key", "basic", "digest", "bearer", "client-key", "pkcs12-passphrase"
QString secretKindName(SecretKind kind);
std::optional<SecretKind> secretKindFromName(const QString &name);
QList<SecretKind> allSecretKinds();
// OAuth secrets belong to one client of one authorization server as well.
bool isClientScoped(SecretKind kind);

// Where one secret lives: its keychain key, built from non-secret parts. Each part is percent-encoded,
// so that no value can contain a separator and two different addresses never give the same key:
//   keyway/v1/api=<id>/scheme=<name>/profile=<p>/kind=<kind>
//   keyway/v1/api=<id>/scheme=<name>/profile=<p>/client=<issuer>|<client id>/kind=<kind>  (OAuth kinds)
struct SecretAddress
{
    QString apiId; // ApiIdentity::id
    QString scheme; // the security scheme's name in the document
    QString profile = QStringLiteral("default");
    QString issuer; // OAuth: the OIDC issuer, or the token endpoint's origin (see originOf)
    QString clientId; // OAuth
    SecretKind kind = SecretKind::OAuthTokens;

    static SecretAddress forScheme(const QString &apiId, const QString &scheme, const QString &profile, SecretKind kind);
    static SecretAddress forClient(const QString &apiId, const QString &scheme, const QString &profile, const QString &issuer,
                                   const QString &clientId, SecretKind kind);

    QString key() const;
    static std::optional<SecretAddress> fromKey(const QString &key);
    // Non-secret, for reports: "scheme oauth, profile admin, tokens (client https://op.example|app)"
    QString describe() const;

    // "https://op.example.com:8443" for a token endpoint without a discovered issuer.
    static QString originOf(const QUrl &url);

    friend bool operator==(const SecretAddress &, const SecretAddress &) = default;
};

} // namespace keyway::storage
