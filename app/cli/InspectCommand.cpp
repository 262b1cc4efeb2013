#include "cli/InspectCommand.h"

#include "cli/CliApp.h"
#include "net/HttpClient.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>

namespace keyway::cli {

using namespace openapi;

namespace {

QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonArray requirementToJson(const SecurityRequirement &requirement)
{
    QJsonArray alternatives;
    for (const auto &alternative : requirement.alternatives) {
        QJsonArray all;
        for (const SchemeUse &use : alternative) {
            QJsonObject o{{QStringLiteral("scheme"), use.scheme}, {QStringLiteral("scopes"), QJsonArray::fromStringList(use.scopes)}};
            if (!use.defined)
                o.insert(QStringLiteral("defined"), false);
            all.append(o);
        }
        alternatives.append(all);
    }
    return alternatives;
}

QString originName(SecurityRequirement::Origin origin)
{
    switch (origin) {
    case SecurityRequirement::Origin::None:
        return QStringLiteral("none");
    case SecurityRequirement::Origin::Global:
        return QStringLiteral("global");
    case SecurityRequirement::Origin::Operation:
        return QStringLiteral("operation");
    }
    return {};
}

QJsonArray operationsToJson(const QList<Operation> &operations)
{
    QJsonArray list;
    for (const Operation &op : operations) {
        QJsonObject o{
            {QStringLiteral("method"), op.method},
            {QStringLiteral("path"), op.path},
            {QStringLiteral("operationId"), stringOrNull(op.operationId)},
            {QStringLiteral("summary"), stringOrNull(op.summary)},
            {QStringLiteral("tags"), QJsonArray::fromStringList(op.tags)},
            {QStringLiteral("deprecated"), op.deprecated},
            {QStringLiteral("security"), requirementToJson(op.security)},
            {QStringLiteral("securityOrigin"), originName(op.security.origin)},
            {QStringLiteral("line"), op.location.line},
        };
        list.append(o);
    }
    return list;
}

QJsonObject urlToJson(const Document &document, const QString &written)
{
    QJsonObject o{{QStringLiteral("url"), written}};
    const Server *server = document.servers.isEmpty() ? nullptr : &document.servers.first();
    const QUrl resolved = document.resolveUrl(written, server);
    o.insert(QStringLiteral("resolved"), resolved.isValid() ? QJsonValue(resolved.toString()) : QJsonValue(QJsonValue::Null));
    return o;
}

QJsonObject schemeToJson(const Document &document, const SecurityScheme &scheme)
{
    QJsonObject o{{QStringLiteral("name"), scheme.name}, {QStringLiteral("type"), SecurityScheme::typeName(scheme.type)}};
    if (!scheme.description.isEmpty())
        o.insert(QStringLiteral("description"), scheme.description);
    if (scheme.type == SecurityScheme::Type::Unknown)
        o.insert(QStringLiteral("typeAsWritten"), scheme.typeAsWritten);
    switch (scheme.type) {
    case SecurityScheme::Type::ApiKey:
        o.insert(QStringLiteral("in"), scheme.in == SecurityScheme::In::Unknown ? scheme.inAsWritten : SecurityScheme::inName(scheme.in));
        o.insert(QStringLiteral("parameterName"), scheme.parameterName);
        break;
    case SecurityScheme::Type::Http:
        o.insert(QStringLiteral("scheme"), scheme.httpScheme);
        o.insert(QStringLiteral("schemeAsWritten"), scheme.httpSchemeAsWritten);
        if (!scheme.bearerFormat.isEmpty())
            o.insert(QStringLiteral("bearerFormat"), scheme.bearerFormat);
        break;
    case SecurityScheme::Type::OAuth2: {
        QJsonObject flows;
        for (const OAuthFlow &flow : scheme.flows) {
            QJsonObject f;
            if (flow.nameAsWritten != OAuthFlow::kindName(flow.kind))
                f.insert(QStringLiteral("nameAsWritten"), flow.nameAsWritten);
            if (!flow.authorizationUrl.isEmpty())
                f.insert(QStringLiteral("authorizationUrl"), urlToJson(document, flow.authorizationUrl));
            if (!flow.tokenUrl.isEmpty())
                f.insert(QStringLiteral("tokenUrl"), urlToJson(document, flow.tokenUrl));
            if (!flow.refreshUrl.isEmpty())
                f.insert(QStringLiteral("refreshUrl"), urlToJson(document, flow.refreshUrl));
            if (!flow.deviceAuthorizationUrl.isEmpty())
                f.insert(QStringLiteral("deviceAuthorizationUrl"), urlToJson(document, flow.deviceAuthorizationUrl));
            QJsonArray scopes;
            for (const Scope &scope : flow.scopes)
                scopes.append(QJsonObject{{QStringLiteral("name"), scope.name}, {QStringLiteral("description"), scope.description}});
            f.insert(QStringLiteral("scopes"), scopes);
            flows.insert(OAuthFlow::kindName(flow.kind), f);
        }
        o.insert(QStringLiteral("flows"), flows);
        break;
    }
    case SecurityScheme::Type::OpenIdConnect:
        o.insert(QStringLiteral("openIdConnectUrl"), urlToJson(document, scheme.openIdConnectUrl));
        break;
    case SecurityScheme::Type::MutualTls:
    case SecurityScheme::Type::Unknown:
        break;
    }
    o.insert(QStringLiteral("usedBy"), int(document.operationsUsing(scheme.name).size()));
    return o;
}

QString locationText(const SourceLocation &location)
{
    return location.isValid() ? QStringLiteral("%1:%2").arg(location.line).arg(location.column) : QString();
}

} // namespace

Result<DocumentPtr> loadDocumentBlocking(const QString &input)
{
    net::HttpClient http;
    DocumentLoader loader(&http);
    std::optional<Result<DocumentPtr>> outcome;
    QEventLoop loop;
    QObject::connect(&loader, &DocumentLoader::finished, &loop, [&](DocumentPtr document) {
        outcome.emplace(std::move(document));
        loop.quit();
    });
    QObject::connect(&loader, &DocumentLoader::failed, &loop, [&](const Error &error) {
        outcome.emplace(error);
        loop.quit();
    });
    loader.load(documentUrlFromUserInput(input));
    if (!outcome)
        loop.exec();
    return std::move(*outcome);
}

QJsonObject InspectCommand::toJson(const Document &document)
{
    QJsonArray schemes;
    for (const SecurityScheme &scheme : document.schemes)
        schemes.append(schemeToJson(document, scheme));
    QJsonArray servers;
    for (const Server &server : document.servers) {
        const QUrl resolved = document.resolveServerUrl(server);
        servers.append(
            QJsonObject{{QStringLiteral("url"), server.urlTemplate},
                        {QStringLiteral("resolved"), resolved.isValid() ? QJsonValue(resolved.toString()) : QJsonValue(QJsonValue::Null)},
                        {QStringLiteral("description"), stringOrNull(server.description)}});
    }
    QJsonArray diagnostics;
    for (const Diagnostic &d : document.diagnostics) {
        diagnostics.append(QJsonObject{
            {QStringLiteral("severity"), d.severity == Diagnostic::Severity::Error ? QStringLiteral("error") : QStringLiteral("warning")},
            {QStringLiteral("message"), d.message},
            {QStringLiteral("line"), d.location.line},
            {QStringLiteral("column"), d.location.column}});
    }
    return QJsonObject{
        {QStringLiteral("version"), document.versionString},
        {QStringLiteral("title"), document.title},
        {QStringLiteral("apiVersion"), document.apiVersion},
        {QStringLiteral("servers"), servers},
        {QStringLiteral("schemes"), schemes},
        {QStringLiteral("security"), requirementToJson(document.globalSecurity)},
        {QStringLiteral("operations"), operationsToJson(document.operations)},
        {QStringLiteral("webhooks"), operationsToJson(document.webhooks)},
        {QStringLiteral("diagnostics"), diagnostics},
    };
}

int InspectCommand::run(const QStringList &arguments)
{
    bool json = false;
    QString input;
    for (const QString &arg : arguments) {
        if (arg == QLatin1String("--json")) {
            json = true;
        } else if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            m_out << "Usage: keyway-cli inspect DOC [--json]\n"
                     "Shows the security schemes of DOC (a path or an http(s) URL) and the effective security of every operation.\n";
            return ExitOk;
        } else if (arg.startsWith(QLatin1String("--"))) {
            m_err << "keyway-cli inspect: unknown option " << arg << "\nUsage: keyway-cli inspect DOC [--json]\n";
            return ExitUsage;
        } else if (input.isEmpty()) {
            input = arg;
        } else {
            m_err << "keyway-cli inspect: only one document at a time\nUsage: keyway-cli inspect DOC [--json]\n";
            return ExitUsage;
        }
    }
    if (input.isEmpty()) {
        m_err << "keyway-cli inspect: a document (path or URL) is needed\nUsage: keyway-cli inspect DOC [--json]\n";
        return ExitUsage;
    }
    const auto loaded = loadDocumentBlocking(input);
    if (!loaded) {
        const Error &e = loaded.error();
        SourceLocation where = e.location;
        if (where.source.isEmpty())
            where.source = input;
        m_err << Error{e.message, where}.toString() << '\n';
        return ExitBadDocument;
    }
    const Document &document = *loaded.value();
    if (json) {
        m_out << QJsonDocument(toJson(document)).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    printText(document);
    return ExitOk;
}

void InspectCommand::printText(const Document &document)
{
    QTextStream &o = m_out;
    o << document.title << ' ' << document.apiVersion << "  (" << document.versionString << ")\n";
    o << "Source: " << document.sourceName << "\n";
    if (!document.servers.isEmpty()) {
        o << "\nServers:\n";
        for (const Server &server : document.servers) {
            const QUrl resolved = document.resolveServerUrl(server);
            o << "  " << (resolved.isValid() ? resolved.toString() : server.urlTemplate);
            if (!server.description.isEmpty())
                o << "  — " << server.description;
            o << '\n';
        }
    }
    o << "\nSecurity schemes";
    if (document.schemes.isEmpty()) {
        o << ": none. This document declares no security schemes.\n";
    } else {
        o << " (" << document.schemes.size() << "):\n";
        for (const SecurityScheme &scheme : document.schemes) {
            o << "  " << scheme.name << "  " << SecurityScheme::typeName(scheme.type);
            switch (scheme.type) {
            case SecurityScheme::Type::ApiKey:
                o << " in " << SecurityScheme::inName(scheme.in) << " \"" << scheme.parameterName << '"';
                break;
            case SecurityScheme::Type::Http:
                o << ' ' << scheme.httpScheme;
                if (!scheme.bearerFormat.isEmpty())
                    o << " (" << scheme.bearerFormat << ')';
                break;
            case SecurityScheme::Type::OpenIdConnect: {
                const QUrl u
                    = document.resolveUrl(scheme.openIdConnectUrl, document.servers.isEmpty() ? nullptr : &document.servers.first());
                o << ' ' << (u.isValid() ? u.toString() : scheme.openIdConnectUrl);
                break;
            }
            default:
                break;
            }
            o << "  — used by " << document.operationsUsing(scheme.name).size() << " operation(s)\n";
            for (const OAuthFlow &flow : scheme.flows) {
                o << "      " << OAuthFlow::kindName(flow.kind);
                if (flow.nameAsWritten != OAuthFlow::kindName(flow.kind))
                    o << " (written " << flow.nameAsWritten << ')';
                o << '\n';
                const Server *server = document.servers.isEmpty() ? nullptr : &document.servers.first();
                auto printUrl = [&](const char *label, const QString &written) {
                    if (written.isEmpty())
                        return;
                    const QUrl u = document.resolveUrl(written, server);
                    o << "        " << label << ": " << (u.isValid() ? u.toString() : written);
                    if (u.isValid() && u.toString() != written)
                        o << "  (written " << written << ')';
                    o << '\n';
                };
                printUrl("authorization", flow.authorizationUrl);
                printUrl("token", flow.tokenUrl);
                printUrl("refresh", flow.refreshUrl);
                printUrl("device authorization", flow.deviceAuthorizationUrl);
                for (const Scope &scope : flow.scopes)
                    o << "        scope " << scope.name
                      << (scope.description.isEmpty() ? QString() : QStringLiteral(" — ") + scope.description) << '\n';
            }
        }
    }
    auto printOperations = [&](const QList<Operation> &operations) {
        for (const Operation &op : operations) {
            o << "  " << op.method.toUpper() << ' ' << op.path;
            if (!op.operationId.isEmpty())
                o << "  [" << op.operationId << ']';
            if (op.deprecated)
                o << "  (deprecated)";
            o << "\n      security: ";
            if (op.security.origin == SecurityRequirement::Origin::None)
                o << "none declared";
            else if (op.security.isExplicitlyPublic())
                o << "public (security: [])";
            else
                o << op.security.summary();
            if (op.security.origin == SecurityRequirement::Origin::Operation
                && document.globalSecurity.origin != SecurityRequirement::Origin::None)
                o << "  (overrides the document's)";
            o << '\n';
        }
    };
    o << "\nOperations (" << document.operations.size() << "):\n";
    printOperations(document.operations);
    if (!document.webhooks.isEmpty()) {
        o << "\nWebhooks (" << document.webhooks.size() << "):\n";
        printOperations(document.webhooks);
    }
    if (!document.diagnostics.isEmpty()) {
        o << "\nWarnings (" << document.diagnostics.size() << "):\n";
        for (const Diagnostic &d : document.diagnostics)
            o << "  " << locationText(d.location) << ' ' << d.message << '\n';
    }
}

} // namespace keyway::cli
