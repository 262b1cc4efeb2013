#include "openapi/Document.h"

#include <QSet>

namespace keyway::openapi {

// ---------------------------------------------------------------------------------------------- OAuthFlow

QString OAuthFlow::kindName(Kind kind)
{
    switch (kind) {
    case Kind::AuthorizationCode:
        return QStringLiteral("authorizationCode");
    case Kind::Implicit:
        return QStringLiteral("implicit");
    case Kind::Password:
        return QStringLiteral("password");
    case Kind::ClientCredentials:
        return QStringLiteral("clientCredentials");
    case Kind::DeviceAuthorization:
        return QStringLiteral("deviceAuthorization");
    }
    return {};
}

// ---------------------------------------------------------------------------------------------- SecurityScheme

QString SecurityScheme::typeName(Type type)
{
    switch (type) {
    case Type::ApiKey:
        return QStringLiteral("apiKey");
    case Type::Http:
        return QStringLiteral("http");
    case Type::OAuth2:
        return QStringLiteral("oauth2");
    case Type::OpenIdConnect:
        return QStringLiteral("openIdConnect");
    case Type::MutualTls:
        return QStringLiteral("mutualTLS");
    case Type::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString SecurityScheme::inName(In in)
{
    switch (in) {
    case In::Header:
        return QStringLiteral("header");
    case In::Query:
        return QStringLiteral("query");
    case In::Cookie:
        return QStringLiteral("cookie");
    case In::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QList<Scope> SecurityScheme::allScopes() const
{
    QList<Scope> result;
    QSet<QString> seen;
    for (const OAuthFlow &f : flows) {
        for (const Scope &s : f.scopes) {
            if (seen.contains(s.name))
                continue;
            seen.insert(s.name);
            result.append(s);
        }
    }
    return result;
}

const OAuthFlow *SecurityScheme::flow(OAuthFlow::Kind kind) const
{
    for (const OAuthFlow &f : flows) {
        if (f.kind == kind)
            return &f;
    }
    return nullptr;
}

// ---------------------------------------------------------------------------------------------- SecurityRequirement

bool SecurityRequirement::allowsAnonymous() const
{
    for (const QList<SchemeUse> &alternative : alternatives) {
        if (alternative.isEmpty())
            return true;
    }
    return false;
}

QStringList SecurityRequirement::schemeNames() const
{
    QStringList names;
    for (const QList<SchemeUse> &alternative : alternatives) {
        for (const SchemeUse &use : alternative) {
            if (!names.contains(use.scheme))
                names.append(use.scheme);
        }
    }
    return names;
}

QString SecurityRequirement::summary() const
{
    if (alternatives.isEmpty())
        return origin == Origin::None ? QStringLiteral("none declared") : QStringLiteral("public");
    QStringList parts;
    parts.reserve(alternatives.size());
    for (const QList<SchemeUse> &alternative : alternatives) {
        if (alternative.isEmpty()) {
            parts.append(QStringLiteral("anonymous"));
            continue;
        }
        QStringList uses;
        uses.reserve(alternative.size());
        for (const SchemeUse &use : alternative) {
            if (use.scopes.isEmpty())
                uses.append(use.scheme);
            else
                uses.append(use.scheme + QStringLiteral(" (") + use.scopes.join(QStringLiteral(", ")) + u')');
        }
        parts.append(uses.join(QStringLiteral(" AND ")));
    }
    return parts.join(QStringLiteral("  OR  "));
}

// ---------------------------------------------------------------------------------------------- Server

QString Server::url(const QHash<QString, QString> &values) const
{
    if (!urlTemplate.contains(u'{'))
        return urlTemplate;
    QString result;
    result.reserve(urlTemplate.size());
    qsizetype i = 0;
    while (i < urlTemplate.size()) {
        const qsizetype open = urlTemplate.indexOf(u'{', i);
        if (open < 0) {
            result.append(QStringView(urlTemplate).mid(i));
            break;
        }
        const qsizetype close = urlTemplate.indexOf(u'}', open + 1);
        if (close < 0) {
            result.append(QStringView(urlTemplate).mid(i));
            break;
        }
        result.append(QStringView(urlTemplate).mid(i, open - i));
        const QString name = urlTemplate.mid(open + 1, close - open - 1);
        const auto given = values.constFind(name);
        if (given != values.cend()) {
            result.append(*given);
        } else {
            bool found = false;
            for (const ServerVariable &v : variables) {
                if (v.name == name) {
                    result.append(v.defaultValue);
                    found = true;
                    break;
                }
            }
            if (!found) // an undeclared variable stays visible rather than vanishing
                result.append(QStringView(urlTemplate).mid(open, close - open + 1));
        }
        i = close + 1;
    }
    return result;
}

// ---------------------------------------------------------------------------------------------- Operation

QString Operation::displayName() const
{
    return method.toUpper() + u' ' + path;
}

// ---------------------------------------------------------------------------------------------- Document

const SecurityScheme *Document::scheme(const QString &name) const
{
    const int i = schemeIndex(name);
    return i < 0 ? nullptr : &schemes[i];
}

int Document::schemeIndex(const QString &name) const
{
    for (qsizetype i = 0; i < schemes.size(); ++i) {
        if (schemes[i].name == name)
            return int(i);
    }
    return -1;
}

namespace {

bool requirementNames(const SecurityRequirement &requirement, const QString &schemeName)
{
    for (const QList<SchemeUse> &alternative : requirement.alternatives) {
        for (const SchemeUse &use : alternative) {
            if (use.scheme == schemeName)
                return true;
        }
    }
    return false;
}

QList<int> scanOperations(const QList<Operation> &operations, const QString &schemeName)
{
    QList<int> result;
    for (qsizetype i = 0; i < operations.size(); ++i) {
        if (requirementNames(operations[i].security, schemeName))
            result.append(int(i));
    }
    return result;
}

void indexOperations(const QList<Operation> &operations, QHash<QString, QList<int>> &index)
{
    index.clear();
    for (qsizetype i = 0; i < operations.size(); ++i) {
        const SecurityRequirement &requirement = operations[i].security;
        for (const QList<SchemeUse> &alternative : requirement.alternatives) {
            for (const SchemeUse &use : alternative) {
                QList<int> &list = index[use.scheme];
                // Operations are visited in order, so a repeat can only be the last entry.
                if (list.isEmpty() || list.constLast() != int(i))
                    list.append(int(i));
            }
        }
    }
}

} // namespace

void Document::indexSchemeUses()
{
    indexOperations(operations, m_operationsByScheme);
    indexOperations(webhooks, m_webhooksByScheme);
    m_indexedOperations = operations.size();
    m_indexedWebhooks = webhooks.size();
}

QList<int> Document::operationsUsing(const QString &schemeName) const
{
    if (m_indexedOperations == operations.size())
        return m_operationsByScheme.value(schemeName);
    return scanOperations(operations, schemeName);
}

QList<int> Document::webhooksUsing(const QString &schemeName) const
{
    if (m_indexedWebhooks == webhooks.size())
        return m_webhooksByScheme.value(schemeName);
    return scanOperations(webhooks, schemeName);
}

namespace {

bool isFileBase(const QUrl &url)
{
    return url.isLocalFile() || url.scheme().compare(QLatin1String("file"), Qt::CaseInsensitive) == 0;
}

// A base that can anchor a relative URL for a network request: absolute and not a local file.
bool isNetworkBase(const QUrl &url)
{
    return url.isValid() && !url.isRelative() && !isFileBase(url);
}

} // namespace

QUrl Document::resolveServerUrl(const Server &server, const QHash<QString, QString> &values) const
{
    const QUrl url(server.url(values).trimmed());
    if (!url.isValid())
        return {};
    if (!url.isRelative())
        return url;
    if (!isNetworkBase(sourceUrl))
        return {};
    return sourceUrl.resolved(url);
}

QUrl Document::resolveUrl(const QString &written, const Server *server) const
{
    const QString trimmed = written.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QUrl url(trimmed);
    if (!url.isValid())
        return {};
    if (!url.isRelative())
        return url;

    QUrl base;
    if (specVersion == SpecVersion::OpenApi31 || server == nullptr)
        base = sourceUrl;
    else
        base = resolveServerUrl(*server);
    if (!isNetworkBase(base))
        return {};
    return base.resolved(url);
}

QString Document::specVersionName(SpecVersion v)
{
    switch (v) {
    case SpecVersion::Swagger20:
        return QStringLiteral("Swagger 2.0");
    case SpecVersion::OpenApi30:
        return QStringLiteral("OpenAPI 3.0");
    case SpecVersion::OpenApi31:
        return QStringLiteral("OpenAPI 3.1");
    }
    return {};
}

} // namespace keyway::openapi
