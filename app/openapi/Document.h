#pragma once

#include "core/SourceLocation.h"
#include "openapi/Tree.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

namespace keyway::openapi {

enum class SpecVersion { Swagger20, OpenApi30, OpenApi31 };

struct Diagnostic
{
    enum class Severity { Warning, Error };
    Severity severity = Severity::Warning;
    QString message;
    SourceLocation location;
};

struct Scope
{
    QString name;
    QString description;
};

// One OAuth 2.0 flow of a scheme. Swagger 2.0 names are mapped (accessCode -> AuthorizationCode,
// application -> ClientCredentials); the name as written is kept.
struct OAuthFlow
{
    enum class Kind { AuthorizationCode, Implicit, Password, ClientCredentials, DeviceAuthorization };
    Kind kind = Kind::AuthorizationCode;
    QString nameAsWritten; // "accessCode", "authorizationCode", ...
    QString authorizationUrl; // as written (may be relative)
    QString tokenUrl;
    QString refreshUrl;
    QString deviceAuthorizationUrl; // OpenAPI 3.2 / x-deviceAuthorizationUrl
    QList<Scope> scopes; // document order
    SourceLocation location;

    static QString kindName(Kind kind); // "authorizationCode", "implicit", "password", "clientCredentials", "deviceAuthorization"
};

struct SecurityScheme
{
    enum class Type { ApiKey, Http, OAuth2, OpenIdConnect, MutualTls, Unknown };
    enum class In { Header, Query, Cookie, Unknown };

    QString name; // the key under securitySchemes / securityDefinitions
    Type type = Type::Unknown;
    QString typeAsWritten;
    QString description; // Markdown

    // apiKey
    QString parameterName;
    In in = In::Unknown;
    QString inAsWritten;

    // http: the scheme compared case-insensitively (RFC 7235): stored lower-case; as written kept too.
    QString httpScheme; // "basic", "bearer", "digest", ...
    QString httpSchemeAsWritten;
    QString bearerFormat;

    // oauth2 (and, after discovery, openIdConnect)
    QList<OAuthFlow> flows;
    QString oauth2MetadataUrl; // OpenAPI 3.2 oauth2MetadataUrl, if given

    // openIdConnect
    QString openIdConnectUrl; // as written (may be relative)

    QString refChain; // the $ref followed to reach this scheme, if any
    SourceLocation location;

    static QString typeName(Type type); // "apiKey", "http", "oauth2", "openIdConnect", "mutualTLS", "unknown"
    static QString inName(In in); // "header", "query", "cookie"
    // All scopes of all flows, without repeats, document order.
    QList<Scope> allScopes() const;
    const OAuthFlow *flow(OAuthFlow::Kind kind) const;
};

// One scheme within a requirement alternative, with the scopes (or, for non-OAuth schemes in 3.1, roles) asked for.
struct SchemeUse
{
    QString scheme;
    QStringList scopes;
    bool defined = true; // false when the name is not among the document's schemes
};

// The effective security of an operation: OR over alternatives, AND within an alternative.
struct SecurityRequirement
{
    enum class Origin {
        None, // no security declared anywhere: nothing known, effectively no credentials asked for
        Global, // inherited from the document's top-level `security`
        Operation // declared on the operation itself (overrides the global one)
    };
    Origin origin = Origin::None;
    QList<QList<SchemeUse>> alternatives;
    SourceLocation location;

    // `security: []` (explicitly public), or nothing declared.
    bool isPublic() const { return alternatives.isEmpty(); }
    bool isExplicitlyPublic() const { return origin != Origin::None && alternatives.isEmpty(); }
    // One alternative is `{}`: anonymous access is one of the options.
    bool allowsAnonymous() const;
    // Every scheme named in any alternative, without repeats, in order.
    QStringList schemeNames() const;
    // Human-readable: "oauth (read, write) AND api_key  OR  anonymous"
    QString summary() const;
};

struct ServerVariable
{
    QString name;
    QString defaultValue;
    QStringList enumValues;
    QString description;
};

struct Server
{
    QString urlTemplate; // "https://{region}.example.com/v1", or a 2.0 "scheme://host/basePath"
    QString description;
    QList<ServerVariable> variables;
    SourceLocation location;

    // The URL with variables substituted (values override defaults).
    QString url(const QHash<QString, QString> &values = {}) const;
};

struct Tag
{
    QString name;
    QString description;
};

struct Operation
{
    QString method; // lower-case: get, put, post, delete, options, head, patch, trace (and 3.2 query)
    QString path; // the path template, or the webhook name for webhooks
    QString operationId;
    QString summary;
    QString description; // Markdown
    QStringList tags;
    bool deprecated = false;
    bool isWebhook = false;
    SecurityRequirement security;
    QList<Server> servers; // path- or operation-level servers (3.x), empty when inherited
    SourceLocation location;
    NodeRef node; // the operation object
    NodeRef pathItem; // the path item object (after its $ref, if any)

    QString displayName() const; // "GET /pets/{id}"
};

// An OpenAPI document as Keyway understands it: everything needed to show its security model and to
// build requests. Immutable once built; shared between threads through shared_ptr<const Document>.
class Document final
{
public:
    SpecVersion specVersion = SpecVersion::OpenApi30;
    QString versionString; // the swagger/openapi field as written
    QString title;
    QString apiVersion;
    QString description; // Markdown
    QUrl sourceUrl; // file:// for files, http(s):// for URLs
    QString sourceName; // as the user gave it

    QList<Server> servers; // never empty after building: a 3.x document without servers gets "/"
    QList<SecurityScheme> schemes; // document order
    SecurityRequirement globalSecurity;
    QList<Operation> operations; // path order, then method order as written
    QList<Operation> webhooks; // 3.1
    QList<Tag> tags; // declared tags first (document order), then tags only used by operations
    QList<Diagnostic> diagnostics; // problems that did not stop loading

    // The parsed trees: the document and every file it refers to (keyed by absolute URL).
    std::shared_ptr<const Tree> tree;
    QHash<QUrl, std::shared_ptr<const Tree>> externalTrees;

    const SecurityScheme *scheme(const QString &name) const;
    int schemeIndex(const QString &name) const;
    // Indices into operations (and, separately, webhooks) of those whose effective security names the scheme.
    QList<int> operationsUsing(const QString &schemeName) const;
    QList<int> webhooksUsing(const QString &schemeName) const;

    // Resolves a URL written in the document (tokenUrl, openIdConnectUrl, ...): absolute URLs stay as
    // they are; relative ones resolve against the chosen server (2.0 and 3.0) or the document's own
    // URL (3.1), the server itself being resolved against the document's URL. Returns an invalid QUrl
    // when no base is known (for instance a relative server of a local file).
    QUrl resolveUrl(const QString &written, const Server *server = nullptr) const;
    // A server's URL resolved against the document URL (for relative servers such as "/").
    QUrl resolveServerUrl(const Server &server, const QHash<QString, QString> &values = {}) const;

    static QString specVersionName(SpecVersion v); // "Swagger 2.0", "OpenAPI 3.0", "OpenAPI 3.1"

    // Precomputes the scheme -> operations index behind operationsUsing() and webhooksUsing();
    // buildDocument calls it. Without it (or once operations were added or removed) they scan.
    void indexSchemeUses();

private:
    QHash<QString, QList<int>> m_operationsByScheme;
    QHash<QString, QList<int>> m_webhooksByScheme;
    qsizetype m_indexedOperations = -1;
    qsizetype m_indexedWebhooks = -1;
};

} // namespace keyway::openapi
