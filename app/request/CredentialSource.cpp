#include "request/CredentialSource.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace keyway::request {

namespace {

constexpr qint64 kMaxCertificateFile = 1024 * 1024;

// The translation context of this file's messages (lupdate reads it from here).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CredentialSource)
};

Result<QByteArray> readSmallFile(const QString &path, const QString &what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Tr::tr("Cannot read the %1 %2: %3").arg(what, path, file.errorString()), {}};
    if (file.size() > kMaxCertificateFile)
        return Error{Tr::tr("The %1 %2 is larger than 1 MB; it is not a certificate or key.").arg(what, path), {}};
    return file.read(kMaxCertificateFile);
}

bool looksLikePkcs12(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("p12") || suffix == QLatin1String("pfx");
}

QSslKey pemKey(const QByteArray &pem, const QByteArray &passphrase)
{
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa, QSsl::Dh}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey, passphrase);
        if (!key.isNull())
            return key;
    }
    return {};
}

} // namespace

Result<ClientIdentity> loadClientIdentity(const ClientCertificate &c)
{
    QByteArray pkcs12 = c.pkcs12;
    if (pkcs12.isEmpty() && c.certificatePem.isEmpty() && looksLikePkcs12(c.certificatePath)) {
        Result<QByteArray> bytes = readSmallFile(c.certificatePath, Tr::tr("PKCS#12 bundle"));
        if (!bytes)
            return bytes.error();
        pkcs12 = bytes.value();
    }
    ClientIdentity id;
    if (!pkcs12.isEmpty()) {
        QBuffer buffer(&pkcs12);
        buffer.open(QIODevice::ReadOnly);
        QSslKey key;
        QSslCertificate certificate;
        QList<QSslCertificate> chain;
        if (!QSslCertificate::importPkcs12(&buffer, &key, &certificate, &chain, c.passphrase))
            return Error{Tr::tr("The PKCS#12 bundle cannot be read: a wrong passphrase, or not a PKCS#12 file."), {}};
        id.certificate = certificate;
        id.privateKey = key;
        id.chain = chain;
        return id;
    }
    QByteArray certificatePem = c.certificatePem;
    if (certificatePem.isEmpty()) {
        if (c.certificatePath.isEmpty())
            return Error{Tr::tr("No client certificate is configured."), {}};
        Result<QByteArray> bytes = readSmallFile(c.certificatePath, Tr::tr("certificate"));
        if (!bytes)
            return bytes.error();
        certificatePem = bytes.value();
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(certificatePem, QSsl::Pem);
    if (certificates.isEmpty())
        return Error{Tr::tr("The client certificate is not a PEM certificate."), {}};
    QByteArray keyPem = c.privateKeyPem;
    if (keyPem.isEmpty() && !c.privateKeyPath.isEmpty()) {
        Result<QByteArray> bytes = readSmallFile(c.privateKeyPath, Tr::tr("private key"));
        if (!bytes)
            return bytes.error();
        keyPem = bytes.value();
    }
    if (keyPem.isEmpty())
        keyPem = certificatePem; // a combined PEM file holds both
    const QSslKey key = pemKey(keyPem, c.passphrase);
    if (key.isNull())
        return Error{c.passphrase.isEmpty() ? Tr::tr("The private key cannot be read: not a PEM private key, or it needs a passphrase.")
                                            : Tr::tr("The private key cannot be read: a wrong passphrase, or not a PEM private key."),
                     {}};
    id.certificate = certificates.first();
    id.chain = certificates.mid(1);
    id.privateKey = key;
    return id;
}

SchemeCredential SchemeCredential::fromApiKey(const QString &value)
{
    SchemeCredential c;
    c.apiKey = value;
    return c;
}

SchemeCredential SchemeCredential::fromUserPassword(const QString &username, const QString &password)
{
    SchemeCredential c;
    c.username = username;
    c.password = password;
    return c;
}

SchemeCredential SchemeCredential::fromTokens(const auth::TokenSet &tokens)
{
    SchemeCredential c;
    c.tokens = tokens;
    return c;
}

SchemeCredential SchemeCredential::fromBearerToken(const QString &accessToken)
{
    auth::TokenSet tokens;
    tokens.accessToken = accessToken;
    tokens.tokenType = QStringLiteral("Bearer");
    return fromTokens(tokens);
}

SchemeCredential SchemeCredential::fromCertificate(const ClientCertificate &certificate)
{
    SchemeCredential c;
    c.certificate = certificate;
    return c;
}

bool isUsableFor(const openapi::SecurityScheme &scheme, const SchemeCredential &c)
{
    using Type = openapi::SecurityScheme::Type;
    const bool hasToken = c.tokens && !c.tokens->accessToken.isEmpty();
    switch (scheme.type) {
    case Type::ApiKey:
        return !c.apiKey.isEmpty();
    case Type::Http:
        if (scheme.httpScheme == QLatin1String("basic") || scheme.httpScheme == QLatin1String("digest"))
            return !c.username.isEmpty();
        return hasToken || !c.apiKey.isEmpty();
    case Type::OAuth2:
    case Type::OpenIdConnect:
        return hasToken;
    case Type::MutualTls:
        return !c.certificate.isEmpty();
    case Type::Unknown:
        return false;
    }
    return false;
}

std::optional<SchemeCredential> MemoryCredentialSource::credential(const QString &schemeName) const
{
    const auto it = m_credentials.constFind(schemeName);
    if (it == m_credentials.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace keyway::request
