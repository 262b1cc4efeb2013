#include "storage/SecretAddress.h"

#include <QCoreApplication>

namespace keyway::storage {

namespace {

const QString kPrefix = QStringLiteral("keyway/v1/");

struct KindName
{
    SecretKind kind;
    const char *name;
};

constexpr KindName kKindNames[] = {
    {SecretKind::OAuthTokens, "tokens"},
    {SecretKind::ClientSecret, "client-secret"},
    {SecretKind::ResourceOwnerPassword, "password"},
    {SecretKind::ApiKey, "api-key"},
    {SecretKind::HttpBasic, "basic"},
    {SecretKind::HttpDigest, "digest"},
    {SecretKind::BearerToken, "bearer"},
    {SecretKind::ClientCertificateKey, "client-key"},
    {SecretKind::Pkcs12Passphrase, "pkcs12-passphrase"},
};

// Everything but unreserved characters is escaped: '/', '|', '=' and '%' can never appear raw.
QString encode(const QString &part)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(part));
}

QString decode(QStringView part)
{
    return QUrl::fromPercentEncoding(part.toLatin1());
}

} // namespace

QString secretKindName(SecretKind kind)
{
    for (const KindName &entry : kKindNames) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

std::optional<SecretKind> secretKindFromName(const QString &name)
{
    for (const KindName &entry : kKindNames) {
        if (name == QLatin1String(entry.name))
            return entry.kind;
    }
    return std::nullopt;
}

QList<SecretKind> allSecretKinds()
{
    QList<SecretKind> kinds;
    for (const KindName &entry : kKindNames)
        kinds.append(entry.kind);
    return kinds;
}

bool isClientScoped(SecretKind kind)
{
    return kind == SecretKind::OAuthTokens || kind == SecretKind::ClientSecret || kind == SecretKind::ResourceOwnerPassword;
}

SecretAddress SecretAddress::forScheme(const QString &apiId, const QString &scheme, const QString &profile, SecretKind kind)
{
    SecretAddress address;
    address.apiId = apiId;
    address.scheme = scheme;
    address.profile = profile;
    address.kind = kind;
    return address;
}

SecretAddress SecretAddress::forClient(const QString &apiId, const QString &scheme, const QString &profile, const QString &issuer,
                                       const QString &clientId, SecretKind kind)
{
    SecretAddress address = forScheme(apiId, scheme, profile, kind);
    address.issuer = issuer;
    address.clientId = clientId;
    return address;
}

QString SecretAddress::key() const
{
    QString key = kPrefix + QStringLiteral("api=") + encode(apiId) + QStringLiteral("/scheme=") + encode(scheme)
        + QStringLiteral("/profile=") + encode(profile);
    if (isClientScoped(kind))
        key += QStringLiteral("/client=") + encode(issuer) + QLatin1Char('|') + encode(clientId);
    key += QStringLiteral("/kind=") + secretKindName(kind);
    return key;
}

std::optional<SecretAddress> SecretAddress::fromKey(const QString &key)
{
    if (!key.startsWith(kPrefix))
        return std::nullopt;
    const QList<QStringView> parts = QStringView(key).mid(kPrefix.size()).split(QLatin1Char('/'));
    if (parts.size() != 4 && parts.size() != 5)
        return std::nullopt;
    auto valueOf = [](QStringView part, QLatin1String name) -> std::optional<QStringView> {
        if (!part.startsWith(name) || part.size() <= name.size() || part.at(name.size()) != QLatin1Char('='))
            return std::nullopt;
        return part.mid(name.size() + 1);
    };
    const auto api = valueOf(parts.at(0), QLatin1String("api"));
    const auto scheme = valueOf(parts.at(1), QLatin1String("scheme"));
    const auto profile = valueOf(parts.at(2), QLatin1String("profile"));
    const auto kindName = valueOf(parts.constLast(), QLatin1String("kind"));
    if (!api || !scheme || !profile || !kindName)
        return std::nullopt;
    const auto kind = secretKindFromName(kindName->toString());
    if (!kind)
        return std::nullopt;
    SecretAddress address = forScheme(decode(*api), decode(*scheme), decode(*profile), *kind);
    if (isClientScoped(*kind)) {
        if (parts.size() != 5)
            return std::nullopt;
        const auto client = valueOf(parts.at(3), QLatin1String("client"));
        if (!client)
            return std::nullopt;
        const qsizetype bar = client->indexOf(QLatin1Char('|'));
        if (bar < 0)
            return std::nullopt;
        address.issuer = decode(client->left(bar));
        address.clientId = decode(client->mid(bar + 1));
    } else if (parts.size() != 4) {
        return std::nullopt;
    }
    if (address.key() != key) // only the canonical spelling counts
        return std::nullopt;
    return address;
}

QString SecretAddress::describe() const
{
    QString text = QCoreApplication::translate("SecretAddress", "scheme %1, profile %2, %3").arg(scheme, profile, secretKindName(kind));
    if (isClientScoped(kind))
        text += QCoreApplication::translate("SecretAddress", " (client %1 at %2)").arg(clientId, issuer);
    return text;
}

QString SecretAddress::originOf(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return {};
    QUrl origin;
    origin.setScheme(url.scheme().toLower());
    origin.setHost(url.host().toLower());
    const int port = url.port();
    const bool defaultPort
        = (origin.scheme() == QLatin1String("https") && port == 443) || (origin.scheme() == QLatin1String("http") && port == 80);
    if (port != -1 && !defaultPort)
        origin.setPort(port);
    return origin.toString(QUrl::FullyEncoded);
}

} // namespace keyway::storage
