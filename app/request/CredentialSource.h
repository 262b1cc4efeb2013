#pragma once

#include "auth/TokenSet.h"
#include "core/Result.h"
#include "openapi/Document.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

#include <optional>

namespace keyway::request {

// A client certificate for mutualTLS: PEM (certificate chain + private key) or PKCS#12, given as bytes or as file
// paths (read when the request is built). The passphrase is a secret; the paths are not.
struct ClientCertificate
{
    QByteArray certificatePem; // leaf first, then the chain
    QByteArray privateKeyPem;
    QByteArray pkcs12;
    QString certificatePath; // PEM, or a .p12/.pfx bundle
    QString privateKeyPath; // PEM; empty for PKCS#12 or when the key is in the certificate file
    QByteArray passphrase;

    bool isEmpty() const { return certificatePem.isEmpty() && pkcs12.isEmpty() && certificatePath.isEmpty(); }
};

// A client certificate ready for QSslConfiguration.
struct ClientIdentity
{
    QSslCertificate certificate;
    QSslKey privateKey;
    QList<QSslCertificate> chain; // intermediates after the leaf
};

// Loads the certificate and key (PEM: RSA, EC or other keys, encrypted or not; PKCS#12 with its passphrase).
// Files larger than 1 MB are refused. The error says which part failed, never the passphrase.
Result<ClientIdentity> loadClientIdentity(const ClientCertificate &certificate);

// What the app holds for one security scheme. Which fields count depends on the scheme's kind:
//   apiKey: apiKey; http basic/digest: username + password; http bearer: tokens (or apiKey as a typed-in token);
//   oauth2/openIdConnect: tokens; mutualTLS: certificate.
struct SchemeCredential
{
    QString apiKey;
    QString username;
    QString password;
    std::optional<auth::TokenSet> tokens;
    ClientCertificate certificate;

    static SchemeCredential fromApiKey(const QString &value);
    static SchemeCredential fromUserPassword(const QString &username, const QString &password);
    static SchemeCredential fromTokens(const auth::TokenSet &tokens);
    static SchemeCredential fromBearerToken(const QString &accessToken);
    static SchemeCredential fromCertificate(const ClientCertificate &certificate);
};

// Whether `credential` holds what `scheme` needs (e.g. a token for oauth2, a user name for basic).
bool isUsableFor(const openapi::SecurityScheme &scheme, const SchemeCredential &credential);

// Where the request builder gets credentials: implemented by the app over its CredentialManager (keychain, tokens),
// by tests and the command line over memory. Synchronous: answers from what is already loaded.
class CredentialSource
{
public:
    virtual ~CredentialSource() = default;
    // What is held for the scheme (by its name in the document); nullopt when nothing is.
    virtual std::optional<SchemeCredential> credential(const QString &schemeName) const = 0;
};

// A CredentialSource over a map in memory.
class MemoryCredentialSource final : public CredentialSource
{
public:
    MemoryCredentialSource() = default;
    void set(const QString &schemeName, const SchemeCredential &credential) { m_credentials.insert(schemeName, credential); }
    void remove(const QString &schemeName) { m_credentials.remove(schemeName); }
    void clear() { m_credentials.clear(); }
    std::optional<SchemeCredential> credential(const QString &schemeName) const override;

private:
    QHash<QString, SchemeCredential> m_credentials;
};

} // namespace keyway::request
