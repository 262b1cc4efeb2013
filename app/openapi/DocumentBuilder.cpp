#include "openapi/DocumentBuilder.h"

#include <QSet>

#include <algorithm>
#include <array>
#include <charconv>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace keyway::openapi {

namespace {

constexpr int kMaxRefHops = 64;

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QString quoted(const QString &text)
{
    return u'"' + text + u'"';
}

QString quoted(std::string_view text)
{
    return quoted(fromUtf8(text));
}

// The string value of a node, or an empty string when it is absent or not a string.
QString stringOf(NodeRef node)
{
    return node.isString() ? fromUtf8(node.text()) : QString();
}

// Scalars as text (numbers and booleans written without quotes in YAML), empty for containers.
QString scalarOf(NodeRef node)
{
    return node.isScalar() && !node.isNull() ? fromUtf8(node.text()) : QString();
}

QString kindName(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Null:
        return QStringLiteral("null");
    case NodeKind::Bool:
        return QStringLiteral("boolean");
    case NodeKind::Integer:
    case NodeKind::Number:
        return QStringLiteral("number");
    case NodeKind::String:
        return QStringLiteral("string");
    case NodeKind::Array:
        return QStringLiteral("list");
    case NodeKind::Object:
        return QStringLiteral("object");
    }
    return {};
}

QString withArticle(NodeKind kind)
{
    const QString name = kindName(kind);
    return (kind == NodeKind::Object ? QStringLiteral("an ") : QStringLiteral("a ")) + name;
}

QUrl normalizedDocumentUrl(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveFragment | QUrl::NormalizePathSegments);
}

struct RefParts
{
    std::string_view document; // before '#', empty for a local reference
    std::string_view pointer; // after '#', still percent-encoded
};

RefParts splitRef(std::string_view ref)
{
    const std::size_t hash = ref.find('#');
    if (hash == std::string_view::npos)
        return RefParts{ref, {}};
    return RefParts{ref.substr(0, hash), ref.substr(hash + 1)};
}

QUrl documentUrlFor(std::string_view documentPart, const QUrl &base)
{
    const QUrl relative(fromUtf8(documentPart));
    if (base.isEmpty())
        return normalizedDocumentUrl(relative);
    return normalizedDocumentUrl(base.resolved(relative));
}

// Evaluates a JSON Pointer (RFC 6901) that is already percent-decoded. On failure, `failedAt` holds the
// part of the pointer that did exist and `missing` the token that did not.
NodeRef evaluatePointer(NodeRef root, std::string_view pointer, std::string *failedAt, std::string *missing)
{
    if (pointer.empty())
        return root;
    if (pointer.front() != '/') {
        *failedAt = std::string();
        *missing = std::string(pointer);
        return {};
    }
    NodeRef current = root;
    std::size_t pos = 1;
    std::string token;
    while (true) {
        const std::size_t slash = pointer.find('/', pos);
        const std::string_view raw = pointer.substr(pos, slash == std::string_view::npos ? std::string_view::npos : slash - pos);
        token.clear();
        for (std::size_t i = 0; i < raw.size(); ++i) {
            if (raw[i] == '~' && i + 1 < raw.size() && (raw[i + 1] == '0' || raw[i + 1] == '1')) {
                token.push_back(raw[i + 1] == '0' ? '~' : '/');
                ++i;
            } else {
                token.push_back(raw[i]);
            }
        }
        NodeRef next;
        if (current.isObject()) {
            next = current.value(token);
        } else if (current.isArray()) {
            std::uint32_t index = 0;
            const bool leadingZero = token.size() > 1 && token.front() == '0';
            const auto [ptr, ec] = std::from_chars(token.data(), token.data() + token.size(), index);
            if (!token.empty() && !leadingZero && ec == std::errc() && ptr == token.data() + token.size())
                next = current.at(index);
        }
        if (!next) {
            *failedAt = std::string(pointer.substr(0, pos - 1));
            *missing = token;
            return {};
        }
        current = next;
        if (slash == std::string_view::npos)
            return current;
        pos = slash + 1;
    }
}

} // namespace

// ---------------------------------------------------------------------------------------------- externalReferences

QList<QUrl> externalReferences(const Tree &tree, const QUrl &baseUrl)
{
    QList<QUrl> result;
    QSet<QUrl> seen;
    const QUrl self = normalizedDocumentUrl(baseUrl);
    for (const std::uint32_t index : tree.refNodes()) {
        const NodeRef ref(&tree, index);
        const RefParts parts = splitRef(ref.text());
        if (parts.document.empty())
            continue;
        const QUrl url = documentUrlFor(parts.document, self);
        if (!url.isValid() || url == self || seen.contains(url))
            continue;
        seen.insert(url);
        result.append(url);
    }
    return result;
}

// ---------------------------------------------------------------------------------------------- RefResolver

RefResolver::RefResolver(std::shared_ptr<const Tree> root, QUrl rootUrl, QHash<QUrl, std::shared_ptr<const Tree>> externalTrees)
    : m_root(std::move(root)), m_rootUrl(normalizedDocumentUrl(rootUrl))
{
    for (auto it = externalTrees.cbegin(); it != externalTrees.cend(); ++it)
        m_external.insert(normalizedDocumentUrl(it.key()), it.value());
}

QUrl RefResolver::documentUrlOf(NodeRef node) const
{
    if (!node.isValid())
        return {};
    if (node.tree() == m_root.get())
        return m_rootUrl;
    for (auto it = m_external.cbegin(); it != m_external.cend(); ++it) {
        if (it.value().get() == node.tree())
            return it.key();
    }
    return {};
}

Result<NodeRef> RefResolver::resolve(NodeRef node) const
{
    return resolve(node, nullptr);
}

Result<NodeRef> RefResolver::resolve(NodeRef node, QStringList *chain) const
{
    if (!node.isObject())
        return node;
    const NodeRef firstRef = node.value("$ref");
    if (!firstRef.isString())
        return node;

    std::vector<std::pair<const Tree *, std::uint32_t>> visited;
    QStringList followed;
    NodeRef current = node;
    while (true) {
        const NodeRef ref = current.value("$ref");
        if (!current.isObject() || !ref.isString())
            break;
        const std::string_view text = ref.text();
        const std::pair<const Tree *, std::uint32_t> key(ref.tree(), ref.index());
        if (std::find(visited.begin(), visited.end(), key) != visited.end()) {
            followed.append(fromUtf8(text));
            return Error{QStringLiteral("$ref cycle: %1").arg(followed.join(QStringLiteral(" -> "))), firstRef.location()};
        }
        if (int(visited.size()) >= kMaxRefHops) {
            return Error{QStringLiteral("$ref %1 leads through more than %2 references").arg(quoted(firstRef.text())).arg(kMaxRefHops),
                         firstRef.location()};
        }
        visited.push_back(key);
        followed.append(fromUtf8(text));

        const RefParts parts = splitRef(text);
        const Tree *target = ref.tree();
        if (!parts.document.empty()) {
            const QUrl url = documentUrlFor(parts.document, documentUrlOf(ref));
            if (url == m_rootUrl && m_root) {
                target = m_root.get();
            } else {
                const auto found = m_external.constFind(url);
                if (found == m_external.cend() || !found.value()) {
                    return Error{QStringLiteral("$ref %1: the document %2 was not found (it is not loaded)")
                                     .arg(quoted(text), url.toDisplayString(QUrl::PreferLocalFile)),
                                 ref.location()};
                }
                target = found.value().get();
            }
        }

        std::string decoded;
        std::string_view pointer = parts.pointer;
        if (pointer.find('%') != std::string_view::npos) {
            decoded = QByteArray::fromPercentEncoding(QByteArray(pointer.data(), qsizetype(pointer.size()))).toStdString();
            pointer = decoded;
        }
        std::string failedAt;
        std::string missing;
        const NodeRef next = evaluatePointer(target->root(), pointer, &failedAt, &missing);
        if (!next) {
            QString detail;
            if (!pointer.empty() && pointer.front() != '/')
                detail = QStringLiteral(" (the part after '#' must be empty or start with '/')");
            else
                detail = QStringLiteral(" (%1 has no member %2)").arg(quoted(u'#' + fromUtf8(failedAt)), quoted(missing));
            return Error{QStringLiteral("$ref target %1 not found%2").arg(quoted(text), detail), ref.location()};
        }
        current = next;
    }
    if (chain)
        chain->append(followed);
    return current;
}

// ---------------------------------------------------------------------------------------------- buildDocument

namespace {

using Severity = Diagnostic::Severity;
using Kind = OAuthFlow::Kind;

constexpr std::array<std::string_view, 9> kMethods = {"get", "put", "post", "delete", "options", "head", "patch", "trace", "query"};

bool isMethod(std::string_view key)
{
    for (const std::string_view m : kMethods) {
        if (key == m)
            return true;
    }
    return false;
}

bool startsWith(std::string_view text, std::string_view prefix)
{
    return text.substr(0, prefix.size()) == prefix;
}

// "3.0", "3.0.3", "3.0.3-rc1": the major.minor given and then the end or a dot.
bool isVersion(std::string_view text, std::string_view majorMinor)
{
    return startsWith(text, majorMinor) && (text.size() == majorMinor.size() || text[majorMinor.size()] == '.');
}

class Builder
{
public:
    Builder(std::shared_ptr<const Tree> tree, const QUrl &sourceUrl, const QString &sourceName,
            QHash<QUrl, std::shared_ptr<const Tree>> externalTrees)
        : m_doc(std::make_shared<Document>()), m_resolver(tree, sourceUrl, externalTrees)
    {
        m_doc->tree = std::move(tree);
        m_doc->externalTrees = std::move(externalTrees);
        m_doc->sourceUrl = sourceUrl.adjusted(QUrl::RemoveFragment);
        m_doc->sourceName = sourceName;
    }

    Result<std::shared_ptr<const Document>> build()
    {
        const NodeRef root = m_doc->tree->root();
        if (auto error = readVersion(root))
            return *error;
        readInfo(root);
        readServers(root);
        readSchemes(root);
        readGlobalSecurity(root);
        readPaths(root);
        readWebhooks(root);
        readTags(root);
        m_doc->indexSchemeUses();
        return std::shared_ptr<const Document>(std::move(m_doc));
    }

private:
    bool isV2() const { return m_doc->specVersion == SpecVersion::Swagger20; }
    QString schemesContainerName() const
    {
        return isV2() ? QStringLiteral("securityDefinitions") : QStringLiteral("components.securitySchemes");
    }

    void diagnose(Severity severity, QString message, NodeRef at, NodeRef fallback = {})
    {
        const NodeRef where = at ? at : fallback;
        m_doc->diagnostics.append(Diagnostic{severity, std::move(message), where.location()});
    }
    void error(QString message, NodeRef at, NodeRef fallback = {}) { diagnose(Severity::Error, std::move(message), at, fallback); }
    void warning(QString message, NodeRef at, NodeRef fallback = {}) { diagnose(Severity::Warning, std::move(message), at, fallback); }
    void addError(const Error &e) { m_doc->diagnostics.append(Diagnostic{Severity::Error, e.message, e.location}); }

    // ------------------------------------------------------------------------------------------ version

    std::optional<Error> readVersion(NodeRef root)
    {
        static const QString supported = QStringLiteral("Keyway reads Swagger 2.0, OpenAPI 3.0 and OpenAPI 3.1");
        if (!root.isObject()) {
            return Error{
                QStringLiteral("not an OpenAPI or Swagger document: the top level is %1, not an object").arg(withArticle(root.kind())),
                root.location()};
        }
        const NodeRef openapi = root.value("openapi");
        const NodeRef swagger = root.value("swagger");
        if (!openapi && !swagger) {
            if (const NodeRef old = root.value("swaggerVersion")) {
                return Error{QStringLiteral("Swagger %1 documents are not supported: %2").arg(scalarOf(old), supported), old.location()};
            }
            if (root.contains("asyncapi")) {
                return Error{QStringLiteral("not an OpenAPI or Swagger document: this is an AsyncAPI document"), root.location()};
            }
            return Error{QStringLiteral("not an OpenAPI or Swagger document: the top level has no \"openapi\" or "
                                        "\"swagger\" field"),
                         root.location()};
        }
        if (openapi) {
            if (!openapi.isScalar() || openapi.isNull() || openapi.isBool()) {
                return Error{
                    QStringLiteral("the \"openapi\" field must be a version such as \"3.1.0\", not %1").arg(withArticle(openapi.kind())),
                    openapi.location()};
            }
            const std::string_view v = openapi.text();
            if (isVersion(v, "3.0")) {
                m_doc->specVersion = SpecVersion::OpenApi30;
            } else if (isVersion(v, "3.1")) {
                m_doc->specVersion = SpecVersion::OpenApi31;
            } else if (isVersion(v, "3.2")) {
                // 3.2 only adds to 3.1; what Keyway reads of it (device flow, oauth2MetadataUrl) is read.
                m_doc->specVersion = SpecVersion::OpenApi31;
                warning(QStringLiteral("OpenAPI %1 is read as OpenAPI 3.1; features new in 3.2 may be ignored").arg(fromUtf8(v)), openapi);
            } else {
                return Error{QStringLiteral("unsupported OpenAPI version %1: %2").arg(quoted(v), supported), openapi.location()};
            }
            if (!openapi.isString())
                warning(QStringLiteral("the \"openapi\" version should be a string: write \"%1\" in quotes").arg(fromUtf8(v)), openapi);
            if (swagger)
                warning(QStringLiteral("the document has both \"openapi\" and \"swagger\" fields; \"swagger\" is ignored"), swagger);
            m_doc->versionString = fromUtf8(v);
            return std::nullopt;
        }
        if (!swagger.isScalar() || swagger.isNull() || swagger.isBool()) {
            return Error{QStringLiteral("the \"swagger\" field must be the version \"2.0\", not %1").arg(withArticle(swagger.kind())),
                         swagger.location()};
        }
        const std::string_view v = swagger.text();
        if (v != "2.0")
            return Error{QStringLiteral("unsupported Swagger version %1: %2").arg(quoted(v), supported), swagger.location()};
        m_doc->specVersion = SpecVersion::Swagger20;
        m_doc->versionString = fromUtf8(v);
        return std::nullopt;
    }

    // ------------------------------------------------------------------------------------------ info

    void readInfo(NodeRef root)
    {
        const NodeRef info = root.value("info");
        if (!info) {
            warning(QStringLiteral("the document has no \"info\" object (title and version)"), root);
            return;
        }
        if (!info.isObject()) {
            error(QStringLiteral("\"info\" must be an object, not %1").arg(withArticle(info.kind())), info);
            return;
        }
        m_doc->title = stringOf(info.value("title"));
        m_doc->apiVersion = scalarOf(info.value("version"));
        m_doc->description = stringOf(info.value("description"));
    }

    // ------------------------------------------------------------------------------------------ servers

    void readServers(NodeRef root)
    {
        if (isV2())
            readSwagger2Servers(root);
        else
            m_doc->servers = readServerList(root.value("servers"));
        if (m_doc->servers.isEmpty()) {
            Server server;
            server.urlTemplate = QStringLiteral("/");
            m_doc->servers.append(server);
        }
    }

    void readSwagger2Servers(NodeRef root)
    {
        const NodeRef hostNode = root.value("host");
        const NodeRef basePathNode = root.value("basePath");
        const NodeRef schemesNode = root.value("schemes");
        QString host = stringOf(hostNode);
        QString basePath = stringOf(basePathNode);
        if (hostNode && !hostNode.isString())
            error(QStringLiteral("\"host\" must be a string"), hostNode);
        if (basePathNode && !basePathNode.isString())
            error(QStringLiteral("\"basePath\" must be a string"), basePathNode);
        if (!basePath.isEmpty() && !basePath.startsWith(u'/')) {
            warning(QStringLiteral("\"basePath\" must start with '/'"), basePathNode);
            basePath.prepend(u'/');
        }
        if (host.contains(u'/')) {
            warning(QStringLiteral("\"host\" must be a host name (and port) without scheme or path"), hostNode);
        }

        if (host.isEmpty()) {
            // The host serving the document is meant: a relative server, resolved against the document's URL.
            Server server;
            server.urlTemplate = basePath.isEmpty() ? QStringLiteral("/") : basePath;
            server.location = (basePathNode ? basePathNode : root).location();
            m_doc->servers.append(server);
            return;
        }

        QStringList schemes;
        if (schemesNode.isArray()) {
            for (std::uint32_t i = 0; i < schemesNode.size(); ++i) {
                const NodeRef s = schemesNode.at(i);
                const QString scheme = stringOf(s).toLower();
                if (scheme.isEmpty()) {
                    error(QStringLiteral("each of \"schemes\" must be one of http, https, ws, wss"), s);
                    continue;
                }
                if (!schemes.contains(scheme))
                    schemes.append(scheme);
            }
        } else if (schemesNode) {
            error(QStringLiteral("\"schemes\" must be a list such as [https]"), schemesNode);
        }
        if (schemes.isEmpty()) {
            // The scheme used to fetch the document itself, https for local files.
            const QString docScheme = m_doc->sourceUrl.scheme().toLower();
            schemes.append(docScheme == QLatin1String("http") || docScheme == QLatin1String("https") ? docScheme : QStringLiteral("https"));
        }
        for (const QString &scheme : std::as_const(schemes)) {
            Server server;
            server.urlTemplate = scheme + QStringLiteral("://") + host + basePath;
            server.location = hostNode.location();
            m_doc->servers.append(server);
        }
    }

    QList<Server> readServerList(NodeRef list)
    {
        QList<Server> servers;
        if (!list)
            return servers;
        if (!list.isArray()) {
            error(QStringLiteral("\"servers\" must be a list of server objects"), list);
            return servers;
        }
        for (std::uint32_t i = 0; i < list.size(); ++i) {
            const NodeRef node = list.at(i);
            if (!node.isObject()) {
                error(QStringLiteral("a server must be an object with a \"url\""), node);
                continue;
            }
            const NodeRef urlNode = node.value("url");
            if (!urlNode.isString()) {
                error(QStringLiteral("a server needs a \"url\" string"), urlNode, node);
                continue;
            }
            Server server;
            server.urlTemplate = fromUtf8(urlNode.text());
            server.description = stringOf(node.value("description"));
            server.location = node.location();
            readServerVariables(node.value("variables"), server);
            checkTemplateVariables(server, urlNode);
            servers.append(server);
        }
        return servers;
    }

    void readServerVariables(NodeRef variables, Server &server)
    {
        if (!variables)
            return;
        if (!variables.isObject()) {
            error(QStringLiteral("server \"variables\" must be an object"), variables);
            return;
        }
        for (std::uint32_t i = 0; i < variables.size(); ++i) {
            const NodeRef node = variables.at(i);
            ServerVariable variable;
            variable.name = variables.keyStringAt(i);
            if (!node.isObject()) {
                error(QStringLiteral("server variable %1 must be an object with a \"default\"").arg(quoted(variable.name)), node);
                continue;
            }
            const NodeRef def = node.value("default");
            if (!def || !def.isScalar() || def.isNull())
                error(QStringLiteral("server variable %1 has no \"default\" value").arg(quoted(variable.name)), def, node);
            else
                variable.defaultValue = scalarOf(def);
            variable.description = stringOf(node.value("description"));
            const NodeRef enumNode = node.value("enum");
            if (enumNode.isArray()) {
                for (std::uint32_t j = 0; j < enumNode.size(); ++j)
                    variable.enumValues.append(scalarOf(enumNode.at(j)));
                if (variable.enumValues.isEmpty())
                    warning(QStringLiteral("the \"enum\" of server variable %1 is empty").arg(quoted(variable.name)), enumNode);
                else if (def && !variable.enumValues.contains(variable.defaultValue))
                    warning(QStringLiteral("the default %1 of server variable %2 is not among its \"enum\" values")
                                .arg(quoted(variable.defaultValue), quoted(variable.name)),
                            def);
            } else if (enumNode) {
                error(QStringLiteral("the \"enum\" of server variable %1 must be a list").arg(quoted(variable.name)), enumNode);
            }
            server.variables.append(variable);
        }
    }

    void checkTemplateVariables(const Server &server, NodeRef urlNode)
    {
        const QString &t = server.urlTemplate;
        qsizetype open = t.indexOf(u'{');
        while (open >= 0) {
            const qsizetype close = t.indexOf(u'}', open + 1);
            if (close < 0) {
                warning(QStringLiteral("the server URL has a '{' without '}'"), urlNode);
                return;
            }
            const QString name = t.mid(open + 1, close - open - 1);
            bool declared = false;
            for (const ServerVariable &v : server.variables)
                declared = declared || v.name == name;
            if (!declared)
                warning(QStringLiteral("the server URL uses {%1}, which is not among its \"variables\"").arg(name), urlNode);
            open = t.indexOf(u'{', close + 1);
        }
    }

    // ------------------------------------------------------------------------------------------ schemes

    void readSchemes(NodeRef root)
    {
        NodeRef container;
        if (isV2()) {
            container = root.value("securityDefinitions");
        } else {
            const NodeRef components = root.value("components");
            if (components && !components.isObject())
                error(QStringLiteral("\"components\" must be an object"), components);
            container = components.value("securitySchemes");
        }
        if (!container)
            return;
        if (!container.isObject()) {
            error(QStringLiteral("%1 must be an object mapping names to security schemes").arg(schemesContainerName()), container);
            return;
        }
        m_doc->schemes.reserve(container.size());
        for (std::uint32_t i = 0; i < container.size(); ++i) {
            const std::string_view key = container.keyAt(i);
            if (isV2() && startsWith(key, "x-"))
                continue; // 2.0 allows extensions here
            SecurityScheme scheme;
            scheme.name = fromUtf8(key);
            const NodeRef entry = container.at(i);
            scheme.location = entry.location();
            QStringList chain;
            const Result<NodeRef> resolved = m_resolver.resolve(entry, &chain);
            if (!resolved) {
                addError(resolved.error());
                m_doc->schemes.append(scheme);
                continue;
            }
            scheme.refChain = chain.join(QStringLiteral(" -> "));
            const NodeRef node = *resolved;
            scheme.location = node.location();
            if (!node.isObject()) {
                error(QStringLiteral("security scheme %1 must be an object, not %2").arg(quoted(scheme.name), withArticle(node.kind())),
                      node);
                m_doc->schemes.append(scheme);
                continue;
            }
            readScheme(node, scheme);
            m_doc->schemes.append(scheme);
        }
        m_schemeNames.reserve(m_doc->schemes.size());
        for (const SecurityScheme &s : std::as_const(m_doc->schemes))
            m_schemeNames.insert(s.name);
    }

    SecurityScheme::Type typeFromName(const QString &written, Qt::CaseSensitivity cs) const
    {
        using T = SecurityScheme::Type;
        const auto is = [&](const char *name) { return written.compare(QLatin1String(name), cs) == 0; };
        if (isV2()) {
            if (is("basic"))
                return T::Http;
            if (is("apiKey"))
                return T::ApiKey;
            if (is("oauth2"))
                return T::OAuth2;
            return T::Unknown;
        }
        if (is("apiKey"))
            return T::ApiKey;
        if (is("http"))
            return T::Http;
        if (is("oauth2"))
            return T::OAuth2;
        if (is("openIdConnect"))
            return T::OpenIdConnect;
        if (is("mutualTLS"))
            return T::MutualTls;
        return T::Unknown;
    }

    void readScheme(NodeRef node, SecurityScheme &scheme)
    {
        using T = SecurityScheme::Type;
        scheme.description = stringOf(node.value("description"));
        const NodeRef typeNode = node.value("type");
        if (!typeNode.isString()) {
            error(QStringLiteral("security scheme %1 has no \"type\"").arg(quoted(scheme.name)), typeNode, node);
            return;
        }
        scheme.typeAsWritten = fromUtf8(typeNode.text());
        scheme.type = typeFromName(scheme.typeAsWritten, Qt::CaseSensitive);
        if (scheme.type == T::Unknown) {
            scheme.type = typeFromName(scheme.typeAsWritten, Qt::CaseInsensitive);
            if (scheme.type != T::Unknown) {
                const QString proper = isV2() && scheme.type == T::Http ? QStringLiteral("basic") : SecurityScheme::typeName(scheme.type);
                warning(QStringLiteral("security scheme type %1 is read as %2 (types are case-sensitive)")
                            .arg(quoted(scheme.typeAsWritten), quoted(proper)),
                        typeNode);
            }
        }
        if (scheme.type == T::Unknown) {
            QString known = isV2() ? QStringLiteral("Swagger 2.0 knows basic, apiKey and oauth2")
                                   : QStringLiteral("OpenAPI 3 knows apiKey, http, oauth2, openIdConnect and mutualTLS");
            if (!isV2() && scheme.typeAsWritten.compare(QLatin1String("basic"), Qt::CaseInsensitive) == 0)
                known += QStringLiteral("; for Basic authentication write type: http and scheme: basic");
            else if (isV2() && scheme.typeAsWritten == QLatin1String("http"))
                known += QStringLiteral("; \"http\" is OpenAPI 3");
            error(QStringLiteral("security scheme %1 has an unknown type %2 (%3)")
                      .arg(quoted(scheme.name), quoted(scheme.typeAsWritten), known),
                  typeNode);
            return;
        }
        if (scheme.type == T::MutualTls && m_doc->specVersion == SpecVersion::OpenApi30)
            warning(QStringLiteral("the mutualTLS type is new in OpenAPI 3.1"), typeNode);

        switch (scheme.type) {
        case T::ApiKey:
            readApiKey(node, scheme);
            break;
        case T::Http:
            readHttp(node, scheme);
            break;
        case T::OAuth2:
            if (isV2())
                readSwagger2OAuth(node, scheme);
            else
                readOAuthFlows(node, scheme);
            break;
        case T::OpenIdConnect: {
            const NodeRef url = node.value("openIdConnectUrl");
            scheme.openIdConnectUrl = stringOf(url).trimmed();
            if (scheme.openIdConnectUrl.isEmpty())
                error(QStringLiteral("openIdConnect scheme %1 has no \"openIdConnectUrl\"").arg(quoted(scheme.name)), url, node);
            break;
        }
        case T::MutualTls:
        case T::Unknown:
            break;
        }
    }

    void readApiKey(NodeRef node, SecurityScheme &scheme)
    {
        using In = SecurityScheme::In;
        const NodeRef name = node.value("name");
        scheme.parameterName = stringOf(name);
        if (scheme.parameterName.isEmpty())
            error(QStringLiteral("apiKey scheme %1 has no parameter \"name\"").arg(quoted(scheme.name)), name, node);
        const NodeRef in = node.value("in");
        scheme.inAsWritten = stringOf(in);
        if (scheme.inAsWritten == QLatin1String("header"))
            scheme.in = In::Header;
        else if (scheme.inAsWritten == QLatin1String("query"))
            scheme.in = In::Query;
        else if (scheme.inAsWritten == QLatin1String("cookie"))
            scheme.in = In::Cookie;
        if (scheme.in == In::Unknown) {
            error(QStringLiteral("apiKey scheme %1 needs \"in\": header, query or cookie%2")
                      .arg(quoted(scheme.name),
                           scheme.inAsWritten.isEmpty() ? QString() : QStringLiteral(", not ") + quoted(scheme.inAsWritten)),
                  in, node);
        } else if (scheme.in == In::Cookie && isV2()) {
            warning(QStringLiteral("Swagger 2.0 allows API keys only in a header or the query; \"cookie\" is OpenAPI 3"), in);
        }
    }

    void readHttp(NodeRef node, SecurityScheme &scheme)
    {
        if (isV2()) {
            scheme.httpScheme = QStringLiteral("basic");
            scheme.httpSchemeAsWritten = QStringLiteral("basic");
            return;
        }
        const NodeRef s = node.value("scheme");
        scheme.httpSchemeAsWritten = stringOf(s).trimmed();
        scheme.httpScheme = scheme.httpSchemeAsWritten.toLower(); // RFC 7235: case-insensitive
        if (scheme.httpScheme.isEmpty())
            error(QStringLiteral("http scheme %1 has no \"scheme\" (such as basic or bearer)").arg(quoted(scheme.name)), s, node);
        scheme.bearerFormat = stringOf(node.value("bearerFormat"));
    }

    QList<Scope> readScopes(NodeRef scopes, NodeRef owner, const QString &schemeName)
    {
        QList<Scope> result;
        if (!scopes) {
            warning(
                QStringLiteral("an OAuth 2.0 flow of %1 has no \"scopes\" (write scopes: {} when there are none)").arg(quoted(schemeName)),
                owner);
            return result;
        }
        if (!scopes.isObject()) {
            error(QStringLiteral("the \"scopes\" of %1 must map scope names to descriptions").arg(quoted(schemeName)), scopes);
            return result;
        }
        result.reserve(scopes.size());
        for (std::uint32_t i = 0; i < scopes.size(); ++i)
            result.append(Scope{scopes.keyStringAt(i), scalarOf(scopes.at(i))});
        return result;
    }

    void requireUrl(NodeRef flowNode, const char *field, const QString &value, const OAuthFlow &flow, const QString &schemeName)
    {
        if (!value.isEmpty())
            return;
        const NodeRef at = flowNode.value(field);
        error(QStringLiteral("the %1 flow of %2 has no \"%3\"").arg(flow.nameAsWritten, quoted(schemeName), QLatin1String(field)), at,
              flowNode);
    }

    void readOAuthFlows(NodeRef node, SecurityScheme &scheme)
    {
        scheme.oauth2MetadataUrl = stringOf(node.value("oauth2MetadataUrl")).trimmed();
        const NodeRef flows = node.value("flows");
        if (!flows.isObject()) {
            error(QStringLiteral("oauth2 scheme %1 needs a \"flows\" object").arg(quoted(scheme.name)), flows, node);
            return;
        }
        for (std::uint32_t i = 0; i < flows.size(); ++i) {
            const std::string_view key = flows.keyAt(i);
            const NodeRef f = flows.at(i);
            OAuthFlow flow;
            if (key == "implicit")
                flow.kind = Kind::Implicit;
            else if (key == "password")
                flow.kind = Kind::Password;
            else if (key == "clientCredentials")
                flow.kind = Kind::ClientCredentials;
            else if (key == "authorizationCode")
                flow.kind = Kind::AuthorizationCode;
            else if (key == "deviceAuthorization")
                flow.kind = Kind::DeviceAuthorization;
            else {
                if (!startsWith(key, "x-"))
                    warning(QStringLiteral("unknown OAuth 2.0 flow %1 in %2").arg(quoted(key), quoted(scheme.name)), f);
                continue;
            }
            flow.nameAsWritten = fromUtf8(key);
            if (!f.isObject()) {
                error(QStringLiteral("the %1 flow of %2 must be an object").arg(flow.nameAsWritten, quoted(scheme.name)), f);
                continue;
            }
            flow.location = f.location();
            flow.authorizationUrl = stringOf(f.value("authorizationUrl")).trimmed();
            flow.tokenUrl = stringOf(f.value("tokenUrl")).trimmed();
            flow.refreshUrl = stringOf(f.value("refreshUrl")).trimmed();
            flow.deviceAuthorizationUrl = stringOf(f.value("deviceAuthorizationUrl")).trimmed();
            flow.scopes = readScopes(f.value("scopes"), f, scheme.name);
            requireFlowUrls(f, flow, scheme.name);
            scheme.flows.append(flow);
        }
        if (scheme.flows.isEmpty())
            error(QStringLiteral("oauth2 scheme %1 declares no flow").arg(quoted(scheme.name)), flows);
    }

    // The URLs each kind of flow cannot do without (a Swagger 2.0 flow never has a device URL).
    void requireFlowUrls(NodeRef f, OAuthFlow &flow, const QString &schemeName)
    {
        if (flow.kind == Kind::Implicit || flow.kind == Kind::AuthorizationCode)
            requireUrl(f, "authorizationUrl", flow.authorizationUrl, flow, schemeName);
        if (flow.kind == Kind::DeviceAuthorization)
            requireUrl(f, "deviceAuthorizationUrl", flow.deviceAuthorizationUrl, flow, schemeName);
        if (flow.kind != Kind::Implicit)
            requireUrl(f, "tokenUrl", flow.tokenUrl, flow, schemeName);
    }

    void readSwagger2OAuth(NodeRef node, SecurityScheme &scheme)
    {
        const NodeRef flowNode = node.value("flow");
        OAuthFlow flow;
        flow.nameAsWritten = stringOf(flowNode);
        if (flow.nameAsWritten == QLatin1String("implicit"))
            flow.kind = Kind::Implicit;
        else if (flow.nameAsWritten == QLatin1String("password"))
            flow.kind = Kind::Password;
        else if (flow.nameAsWritten == QLatin1String("application"))
            flow.kind = Kind::ClientCredentials;
        else if (flow.nameAsWritten == QLatin1String("accessCode"))
            flow.kind = Kind::AuthorizationCode;
        else {
            error(QStringLiteral("oauth2 scheme %1 needs \"flow\": implicit, password, application or accessCode%2")
                      .arg(quoted(scheme.name),
                           flow.nameAsWritten.isEmpty() ? QString() : QStringLiteral(", not ") + quoted(flow.nameAsWritten)),
                  flowNode, node);
            return;
        }
        flow.location = node.location();
        flow.authorizationUrl = stringOf(node.value("authorizationUrl")).trimmed();
        flow.tokenUrl = stringOf(node.value("tokenUrl")).trimmed();
        flow.scopes = readScopes(node.value("scopes"), node, scheme.name);
        requireFlowUrls(node, flow, scheme.name);
        scheme.flows.append(flow);
    }

    // ------------------------------------------------------------------------------------------ security

    // nullopt when the value is unusable and the operation should be treated as if it said nothing.
    std::optional<SecurityRequirement> readRequirement(NodeRef node, SecurityRequirement::Origin origin)
    {
        SecurityRequirement requirement;
        requirement.origin = origin;
        requirement.location = node.location();
        if (node.isObject()) {
            // A common slip: the requirement object without the list around it.
            error(QStringLiteral("\"security\" must be a list of requirement objects; read as a list of one"), node);
            requirement.alternatives.append(readAlternative(node));
            return requirement;
        }
        if (!node.isArray()) {
            error(QStringLiteral("\"security\" must be a list of requirement objects, not %1").arg(withArticle(node.kind())), node);
            return std::nullopt;
        }
        requirement.alternatives.reserve(node.size());
        for (std::uint32_t i = 0; i < node.size(); ++i) {
            const NodeRef element = node.at(i);
            if (!element.isObject()) {
                error(QStringLiteral("a security requirement must be an object mapping scheme names to scopes, not %1")
                          .arg(withArticle(element.kind())),
                      element);
                continue;
            }
            requirement.alternatives.append(readAlternative(element));
        }
        return requirement;
    }

    QList<SchemeUse> readAlternative(NodeRef object)
    {
        QList<SchemeUse> alternative;
        alternative.reserve(object.size());
        for (std::uint32_t i = 0; i < object.size(); ++i) {
            SchemeUse use;
            use.scheme = object.keyStringAt(i);
            const NodeRef scopes = object.at(i);
            if (scopes.isArray()) {
                use.scopes.reserve(scopes.size());
                for (std::uint32_t j = 0; j < scopes.size(); ++j) {
                    const NodeRef s = scopes.at(j);
                    if (s.isString())
                        use.scopes.append(fromUtf8(s.text()));
                    else
                        error(QStringLiteral("a scope must be a string"), s);
                }
            } else {
                error(QStringLiteral("the scopes of %1 must be a list (write [] for none)").arg(quoted(use.scheme)), scopes);
            }
            use.defined = m_schemeNames.contains(use.scheme);
            if (!use.defined) {
                error(QStringLiteral("the security requirement names %1, which is not defined in %2")
                          .arg(quoted(use.scheme), schemesContainerName()),
                      scopes, object);
            }
            alternative.append(use);
        }
        return alternative;
    }

    void readGlobalSecurity(NodeRef root)
    {
        const NodeRef node = root.value("security");
        if (!node)
            return;
        if (auto requirement = readRequirement(node, SecurityRequirement::Origin::Global))
            m_doc->globalSecurity = std::move(*requirement);
    }

    // ------------------------------------------------------------------------------------------ operations

    void readPaths(NodeRef root)
    {
        const NodeRef paths = root.value("paths");
        if (!paths) {
            if (m_doc->specVersion != SpecVersion::OpenApi31)
                warning(QStringLiteral("the document has no \"paths\""), root);
            return;
        }
        if (!paths.isObject()) {
            error(QStringLiteral("\"paths\" must be an object mapping paths to path items"), paths);
            return;
        }
        readPathItems(paths, false, m_doc->operations);
    }

    void readWebhooks(NodeRef root)
    {
        const NodeRef webhooks = root.value("webhooks");
        if (!webhooks)
            return;
        if (m_doc->specVersion != SpecVersion::OpenApi31) {
            warning(
                QStringLiteral("\"webhooks\" are an OpenAPI 3.1 feature; ignored in %1").arg(Document::specVersionName(m_doc->specVersion)),
                webhooks);
            return;
        }
        if (!webhooks.isObject()) {
            error(QStringLiteral("\"webhooks\" must be an object mapping names to path items"), webhooks);
            return;
        }
        readPathItems(webhooks, true, m_doc->webhooks);
    }

    void readPathItems(NodeRef container, bool webhooks, QList<Operation> &out)
    {
        out.reserve(qsizetype(container.size()) * 2);
        for (std::uint32_t i = 0; i < container.size(); ++i) {
            const std::string_view key = container.keyAt(i);
            if (startsWith(key, "x-"))
                continue;
            const NodeRef entry = container.at(i);
            const Result<NodeRef> resolved = m_resolver.resolve(entry);
            if (!resolved) {
                addError(resolved.error());
                continue;
            }
            const NodeRef item = *resolved;
            if (!item.isObject()) {
                if (!item.isNull()) // `/path: ~` is an empty path item
                    error(QStringLiteral("the path item %1 must be an object, not %2").arg(quoted(key), withArticle(item.kind())), item);
                continue;
            }
            const QString path = fromUtf8(key);
            QList<Server> pathServers;
            if (!isV2())
                pathServers = readServerList(item.value("servers"));
            for (std::uint32_t j = 0; j < item.size(); ++j) {
                const std::string_view method = item.keyAt(j);
                if (!isMethod(method))
                    continue;
                const NodeRef opNode = item.at(j);
                if (!opNode.isObject()) {
                    error(QStringLiteral("the %1 operation of %2 must be an object").arg(fromUtf8(method).toUpper(), quoted(key)), opNode);
                    continue;
                }
                out.append(readOperation(opNode, item, path, method, webhooks, pathServers));
            }
        }
    }

    Operation readOperation(NodeRef node, NodeRef item, const QString &path, std::string_view method, bool webhook,
                            const QList<Server> &pathServers)
    {
        Operation op;
        op.method = fromUtf8(method);
        op.path = path;
        op.isWebhook = webhook;
        op.node = node;
        op.pathItem = item;
        op.location = node.location();
        NodeRef security;
        NodeRef servers;
        // One pass over the members: operations are many, lookups by key would each scan them.
        for (std::uint32_t i = 0; i < node.size(); ++i) {
            const std::string_view key = node.keyAt(i);
            const NodeRef value = node.at(i);
            if (key == "operationId") {
                op.operationId = stringOf(value);
            } else if (key == "summary") {
                op.summary = stringOf(value);
            } else if (key == "description") {
                op.description = stringOf(value);
            } else if (key == "deprecated") {
                op.deprecated = value.toBool(false);
            } else if (key == "tags") {
                if (value.isArray()) {
                    op.tags.reserve(value.size());
                    for (std::uint32_t t = 0; t < value.size(); ++t) {
                        const NodeRef tag = value.at(t);
                        if (tag.isString())
                            op.tags.append(fromUtf8(tag.text()));
                        else
                            error(QStringLiteral("a tag must be a string"), tag);
                    }
                } else {
                    error(QStringLiteral("\"tags\" must be a list of tag names"), value);
                }
            } else if (key == "security") {
                security = value;
            } else if (key == "servers") {
                servers = value;
            }
        }
        std::optional<SecurityRequirement> requirement;
        if (security)
            requirement = readRequirement(security, SecurityRequirement::Origin::Operation);
        op.security = requirement ? std::move(*requirement) : m_doc->globalSecurity;
        if (servers && !isV2())
            op.servers = readServerList(servers);
        if (op.servers.isEmpty())
            op.servers = pathServers;
        return op;
    }

    // ------------------------------------------------------------------------------------------ tags

    void readTags(NodeRef root)
    {
        QSet<QString> seen;
        const NodeRef tags = root.value("tags");
        if (tags && !tags.isArray())
            error(QStringLiteral("\"tags\" must be a list of tag objects"), tags);
        for (std::uint32_t i = 0; i < tags.size() && tags.isArray(); ++i) {
            const NodeRef node = tags.at(i);
            const NodeRef name = node.value("name");
            if (!node.isObject() || !name.isString()) {
                error(QStringLiteral("a tag must be an object with a \"name\""), name, node);
                continue;
            }
            Tag tag{fromUtf8(name.text()), stringOf(node.value("description"))};
            if (seen.contains(tag.name)) {
                warning(QStringLiteral("the tag %1 is declared twice").arg(quoted(tag.name)), name);
                continue;
            }
            seen.insert(tag.name);
            m_doc->tags.append(tag);
        }
        const auto addUsed = [&](const QList<Operation> &operations) {
            for (const Operation &op : operations) {
                for (const QString &name : op.tags) {
                    if (seen.contains(name))
                        continue;
                    seen.insert(name);
                    m_doc->tags.append(Tag{name, {}});
                }
            }
        };
        addUsed(m_doc->operations);
        addUsed(m_doc->webhooks);
    }

    std::shared_ptr<Document> m_doc;
    RefResolver m_resolver;
    QSet<QString> m_schemeNames;
};

} // namespace

Result<std::shared_ptr<const Document>> buildDocument(std::shared_ptr<const Tree> tree, const QUrl &sourceUrl, const QString &sourceName,
                                                      QHash<QUrl, std::shared_ptr<const Tree>> externalTrees)
{
    if (!tree)
        return Error{QStringLiteral("internal error: no parsed document to build from"), {}};
    Builder builder(std::move(tree), sourceUrl, sourceName, std::move(externalTrees));
    return builder.build();
}

} // namespace keyway::openapi
