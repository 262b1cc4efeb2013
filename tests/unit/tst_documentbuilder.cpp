// The OpenAPI security model, rule by rule: one small hand-written document per rule under tests/data/rules.

#include "openapi/Document.h"
#include "openapi/DocumentBuilder.h"
#include "openapi/Readers.h"

#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace keyway;
using namespace keyway::openapi;

namespace {

using DocumentResult = Result<std::shared_ptr<const Document>>;
using Origin = SecurityRequirement::Origin;
using Severity = Diagnostic::Severity;

QString rulePath(const QString &name)
{
    return QStringLiteral(KEYWAY_TEST_DATA "/rules/") + name;
}

QUrl ruleUrl(const QString &name)
{
    return QUrl::fromLocalFile(rulePath(name));
}

// Parses a rule file; locations name it by its path relative to tests/data/rules.
Result<std::shared_ptr<const Tree>> parseRule(const QString &name)
{
    QFile file(rulePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("cannot open %1: %2").arg(name, file.errorString()), {}};
    return parseDocumentText(file.readAll(), name);
}

// docUrl empty: the rule file's own file:// URL.
DocumentResult buildRule(const QString &name, const QString &docUrl = {}, QHash<QUrl, std::shared_ptr<const Tree>> externals = {})
{
    const auto tree = parseRule(name);
    if (!tree)
        return tree.error();
    const QUrl url = docUrl.isEmpty() ? ruleUrl(name) : QUrl(docUrl);
    return buildDocument(tree.value(), url, name, std::move(externals));
}

const Operation *findOperation(const Document &doc, const QString &displayName)
{
    for (const QList<Operation> *list : {&doc.operations, &doc.webhooks}) {
        for (const Operation &op : *list) {
            if (op.displayName() == displayName)
                return &op;
        }
    }
    return nullptr;
}

QStringList displayNames(const QList<Operation> &operations)
{
    QStringList names;
    for (const Operation &op : operations)
        names.append(op.displayName());
    return names;
}

QString describe(const QList<Diagnostic> &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append((d.severity == Severity::Error ? QStringLiteral("error: ") : QStringLiteral("warning: ")) + d.location.toString()
                     + QStringLiteral(": ") + d.message);
    return lines.join(u'\n');
}

} // namespace

// Builds `file` (with an optional document URL) into `doc`, failing the test when it does not build.
#define BUILD_RULE(doc, ...)                                                                                                               \
    const DocumentResult doc##Result = buildRule(__VA_ARGS__);                                                                             \
    QVERIFY2(doc##Result.ok(), qPrintable(doc##Result.ok() ? QString() : doc##Result.error().toString()));                                 \
    const Document &doc = *doc##Result.value()

class TestDocumentBuilder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void effectiveSecurity_data();
    void effectiveSecurity();
    void orOfAnds();
    void operationsUsing_data();
    void operationsUsing();
    void undefinedScheme();

    void resolveUrl_data();
    void resolveUrl();
    void servers_data();
    void servers();
    void serverVariables();
    void operationServers();

    void httpSchemeCase_data();
    void httpSchemeCase();
    void swagger2Flows_data();
    void swagger2Flows();
    void oauthAllFlows();
    void mutualTls();
    void openIdConnect();

    void schemeRef_data();
    void schemeRef();
    void pathItemRef();
    void externalRef();
    void externalRefNotLoaded();
    void externalReferencesList();
    void refHopLimit();
    void resolverLeavesPlainNodes();

    void fatalErrors_data();
    void fatalErrors();
    void diagnostics_data();
    void diagnostics();
    void cleanRules_data();
    void cleanRules();
    void lenientReading_data();
    void lenientReading();

    void webhooksApart();
    void tagsOrder();
    void methodOrder();

    void summaryText_data();
    void summaryText();
    void serverUrlTemplate_data();
    void serverUrlTemplate();
    void names();
};

// ---------------------------------------------------------------------------------------------- security

void TestDocumentBuilder::effectiveSecurity_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("operation"); // display name; empty for the global requirement
    QTest::addColumn<int>("origin");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<bool>("anonymous");
    QTest::addColumn<bool>("explicitlyPublic");

    const QString orAnd = QStringLiteral("apiKey AND oauth (reports:write, reports:read)  OR  basic");
    QTest::newRow("OR of ANDs: global") << "or-and.yaml"
                                        << "" << int(Origin::Global) << orAnd << false << false;
    QTest::newRow("OR of ANDs: inherited") << "or-and.yaml"
                                           << "GET /reports" << int(Origin::Global) << orAnd << false << false;
    QTest::newRow("override: inherits global") << "operation-override.yaml"
                                               << "GET /items" << int(Origin::Global) << "apiKey" << false << false;
    QTest::newRow("override: replaces global") << "operation-override.yaml"
                                               << "POST /items" << int(Origin::Operation) << "oauth (items:write)" << false << false;
    QTest::newRow("security [] is public") << "public.yaml"
                                           << "GET /health" << int(Origin::Operation) << "public" << false << true;
    QTest::newRow("security [] leaves siblings alone") << "public.yaml"
                                                       << "GET /me" << int(Origin::Global) << "bearer" << false << false;
    QTest::newRow("{} allows anonymous") << "anonymous-allowed.yaml"
                                         << "GET /catalog" << int(Origin::Operation) << "apiKey  OR  anonymous" << true << false;
    QTest::newRow("no security: global") << "no-security.yaml"
                                         << "" << int(Origin::None) << "none declared" << false << false;
    QTest::newRow("no security: operation") << "no-security.yaml"
                                            << "GET /open" << int(Origin::None) << "none declared" << false << false;
    QTest::newRow("FastAPI scopes") << "fastapi-token.json"
                                    << "GET /users/me" << int(Origin::Operation) << "OAuth2PasswordBearer (me)" << false << false;
    QTest::newRow("webhook inherits global") << "webhooks.yaml"
                                             << "POST invoicePaid" << int(Origin::Global) << "signature" << false << false;
    QTest::newRow("webhook made public") << "webhooks.yaml"
                                         << "POST invoiceVoided" << int(Origin::Operation) << "public" << false << true;
    QTest::newRow("mutualTLS global") << "mutualtls.yaml"
                                      << "GET /ledger" << int(Origin::Global) << "clientCert" << false << false;
    QTest::newRow("openIdConnect scopes") << "openidconnect.yaml"
                                          << "GET /profile" << int(Origin::Global) << "oidc (openid, profile)" << false << false;
}

void TestDocumentBuilder::effectiveSecurity()
{
    QFETCH(QString, file);
    QFETCH(QString, operation);
    QFETCH(int, origin);
    QFETCH(QString, summary);
    QFETCH(bool, anonymous);
    QFETCH(bool, explicitlyPublic);

    BUILD_RULE(doc, file);
    QVERIFY2(doc.diagnostics.isEmpty(), qPrintable(describe(doc.diagnostics)));
    const SecurityRequirement *requirement = &doc.globalSecurity;
    if (!operation.isEmpty()) {
        const Operation *op = findOperation(doc, operation);
        QVERIFY2(op, qPrintable(operation));
        requirement = &op->security;
    }
    QCOMPARE(int(requirement->origin), origin);
    QCOMPARE(requirement->summary(), summary);
    QCOMPARE(requirement->allowsAnonymous(), anonymous);
    QCOMPARE(requirement->isExplicitlyPublic(), explicitlyPublic);
    if (origin != int(Origin::None))
        QVERIFY(requirement->location.isValid());
}

void TestDocumentBuilder::orOfAnds()
{
    BUILD_RULE(doc, QStringLiteral("or-and.yaml"));
    const SecurityRequirement &global = doc.globalSecurity;
    QCOMPARE(global.alternatives.size(), 2);
    const QList<SchemeUse> &first = global.alternatives[0];
    QCOMPARE(first.size(), 2);
    QCOMPARE(first[0].scheme, QStringLiteral("apiKey"));
    QVERIFY(first[0].scopes.isEmpty());
    QCOMPARE(first[1].scheme, QStringLiteral("oauth"));
    // Scopes keep the order written, not the order the scheme declares them in.
    QCOMPARE(first[1].scopes, QStringList({QStringLiteral("reports:write"), QStringLiteral("reports:read")}));
    QVERIFY(first[0].defined && first[1].defined);
    QCOMPARE(global.alternatives[1].size(), 1);
    QCOMPARE(global.alternatives[1][0].scheme, QStringLiteral("basic"));
    QCOMPARE(global.schemeNames(), QStringList({QStringLiteral("apiKey"), QStringLiteral("oauth"), QStringLiteral("basic")}));
    QCOMPARE(global.location.line, 7);
    QVERIFY(!global.isPublic());
}

void TestDocumentBuilder::operationsUsing_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QList<int>>("operations");
    QTest::addColumn<QList<int>>("webhooks");

    QTest::newRow("inherited global") << "or-and.yaml"
                                      << "basic" << QList<int>{0} << QList<int>{};
    QTest::newRow("global replaced") << "operation-override.yaml"
                                     << "apiKey" << QList<int>{0} << QList<int>{};
    QTest::newRow("operation's own") << "operation-override.yaml"
                                     << "oauth" << QList<int>{1} << QList<int>{};
    QTest::newRow("public operation skipped") << "public.yaml"
                                              << "bearer" << QList<int>{1} << QList<int>{};
    QTest::newRow("declared, never used") << "no-security.yaml"
                                          << "apiKey" << QList<int>{} << QList<int>{};
    QTest::newRow("undefined scheme") << "undefined-scheme.yaml"
                                      << "ghost" << QList<int>{0} << QList<int>{};
    QTest::newRow("webhooks apart") << "webhooks.yaml"
                                    << "signature" << QList<int>{0} << QList<int>{0};
    QTest::newRow("unknown name") << "or-and.yaml"
                                  << "nobody" << QList<int>{} << QList<int>{};
}

void TestDocumentBuilder::operationsUsing()
{
    QFETCH(QString, file);
    QFETCH(QString, scheme);
    QFETCH(QList<int>, operations);
    QFETCH(QList<int>, webhooks);

    BUILD_RULE(doc, file);
    QCOMPARE(doc.operationsUsing(scheme), operations);
    QCOMPARE(doc.webhooksUsing(scheme), webhooks);

    // A copy whose operations changed falls back to scanning and still answers correctly.
    Document copy = doc;
    copy.operations.append(copy.operations.value(0));
    QList<int> more = operations;
    if (operations.contains(0))
        more.append(int(copy.operations.size() - 1));
    QCOMPARE(copy.operationsUsing(scheme), more);
}

void TestDocumentBuilder::undefinedScheme()
{
    BUILD_RULE(doc, QStringLiteral("undefined-scheme.yaml"));
    const Operation *op = findOperation(doc, QStringLiteral("GET /secret"));
    QVERIFY(op);
    QCOMPARE(op->security.alternatives.size(), 1);
    const QList<SchemeUse> &uses = op->security.alternatives[0];
    QCOMPARE(uses.size(), 2);
    QCOMPARE(uses[0].scheme, QStringLiteral("ghost"));
    QVERIFY(!uses[0].defined);
    QCOMPARE(uses[0].scopes, QStringList{QStringLiteral("haunt")});
    QCOMPARE(uses[1].scheme, QStringLiteral("apiKey"));
    QVERIFY(uses[1].defined);
    QVERIFY(!doc.scheme(QStringLiteral("ghost")));
    QCOMPARE(doc.diagnostics.size(), 1);
}

// ---------------------------------------------------------------------------------------------- URLs and servers

void TestDocumentBuilder::resolveUrl_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("docUrl"); // empty: the file's own file:// URL
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<int>("flow"); // -1: the scheme's openIdConnectUrl
    QTest::addColumn<QString>("field"); // "token" or "authorization"
    QTest::addColumn<int>("server"); // index into Document::servers, -1 for none
    QTest::addColumn<QString>("expected"); // empty: an invalid URL

    const int password = int(OAuthFlow::Kind::Password);
    const int implicit = int(OAuthFlow::Kind::Implicit);
    const int code = int(OAuthFlow::Kind::AuthorizationCode);
    const int client = int(OAuthFlow::Kind::ClientCredentials);
    const QString token = QStringLiteral("token");
    const QString authorization = QStringLiteral("authorization");

    QTest::newRow("2.0 relative tokenUrl against the server")
        << "relative-tokenurl-2.0.yaml"
        << "https://docs.example.test/specs/swagger.yaml"
        << "password" << password << token << 0 << "https://api.example.test/v2/oauth/token";
    QTest::newRow("2.0 absolute-path authorizationUrl against the server")
        << "relative-tokenurl-2.0.yaml"
        << "https://docs.example.test/specs/swagger.yaml"
        << "implicit" << implicit << authorization << 0 << "https://api.example.test/authorize";
    QTest::newRow("2.0 without a server: the document URL")
        << "relative-tokenurl-2.0.yaml"
        << "https://docs.example.test/specs/swagger.yaml"
        << "password" << password << token << -1 << "https://docs.example.test/specs/oauth/token";
    QTest::newRow("3.0 relative tokenUrl against an absolute server")
        << "relative-tokenurl-3.0.yaml"
        << "http://127.0.0.1:8000/specs/openapi.yaml"
        << "oauth" << code << token << 0 << "https://api.example.test/v1/oauth/token";
    QTest::newRow("3.0 absolute-path authorizationUrl") << "relative-tokenurl-3.0.yaml"
                                                        << "http://127.0.0.1:8000/specs/openapi.yaml"
                                                        << "oauth" << code << authorization << 0 << "https://api.example.test/authorize";
    QTest::newRow("3.0 relative server resolved against the document")
        << "relative-tokenurl-3.0.yaml"
        << "http://127.0.0.1:8000/specs/openapi.yaml"
        << "oauth" << code << token << 1 << "http://127.0.0.1:8000/api/oauth/token";
    QTest::newRow("3.0 absolute tokenUrl stays") << "relative-tokenurl-3.0.yaml"
                                                 << "http://127.0.0.1:8000/specs/openapi.yaml"
                                                 << "oauth" << client << token << 1 << "https://login.example.test/token";
    QTest::newRow("3.0 local file, absolute server") << "relative-tokenurl-3.0.yaml"
                                                     << ""
                                                     << "oauth" << code << token << 0 << "https://api.example.test/v1/oauth/token";
    QTest::newRow("3.0 local file, relative server: no network location") << "relative-tokenurl-3.0.yaml"
                                                                          << ""
                                                                          << "oauth" << code << token << 1 << "";
    QTest::newRow("3.0 local file, no server: no network location") << "relative-tokenurl-3.0.yaml"
                                                                    << ""
                                                                    << "oauth" << code << token << -1 << "";
    QTest::newRow("3.0 local file, absolute URL stays") << "relative-tokenurl-3.0.yaml"
                                                        << ""
                                                        << "oauth" << client << token << -1 << "https://login.example.test/token";
    QTest::newRow("3.1 against the document, not the server")
        << "relative-tokenurl-3.1.yaml"
        << "http://127.0.0.1:8000/docs/openapi.yaml"
        << "oauth" << password << token << 0 << "http://127.0.0.1:8000/docs/oauth/token";
    QTest::newRow("3.1 local file: no network location") << "relative-tokenurl-3.1.yaml"
                                                         << ""
                                                         << "oauth" << password << token << 0 << "";
    QTest::newRow("FastAPI token, server /") << "fastapi-token.json"
                                             << "http://127.0.0.1:8000/openapi.json"
                                             << "OAuth2PasswordBearer" << password << token << 0 << "http://127.0.0.1:8000/token";
    QTest::newRow("FastAPI token, no server") << "fastapi-token.json"
                                              << "http://127.0.0.1:8000/openapi.json"
                                              << "OAuth2PasswordBearer" << password << token << -1 << "http://127.0.0.1:8000/token";
    // Served under a prefix: the default server "/" is the host's root, the document's URL is not.
    QTest::newRow("FastAPI behind a prefix, default server")
        << "fastapi-token.json"
        << "http://127.0.0.1:8000/api/v1/openapi.json"
        << "OAuth2PasswordBearer" << password << token << 0 << "http://127.0.0.1:8000/token";
    QTest::newRow("FastAPI behind a prefix, no server")
        << "fastapi-token.json"
        << "http://127.0.0.1:8000/api/v1/openapi.json"
        << "OAuth2PasswordBearer" << password << token << -1 << "http://127.0.0.1:8000/api/v1/token";
    QTest::newRow("3.1 relative openIdConnectUrl") << "openidconnect.yaml"
                                                   << "http://127.0.0.1:8000/openapi.yaml"
                                                   << "oidc" << -1 << "" << -1 << "http://127.0.0.1:8000/.well-known/openid-configuration";
    QTest::newRow("absolute openIdConnectUrl") << "openidconnect.yaml"
                                               << ""
                                               << "corporate" << -1 << "" << -1
                                               << "https://id.example.test/.well-known/openid-configuration";
}

void TestDocumentBuilder::resolveUrl()
{
    QFETCH(QString, file);
    QFETCH(QString, docUrl);
    QFETCH(QString, scheme);
    QFETCH(int, flow);
    QFETCH(QString, field);
    QFETCH(int, server);
    QFETCH(QString, expected);

    BUILD_RULE(doc, file, docUrl);
    const SecurityScheme *s = doc.scheme(scheme);
    QVERIFY(s);
    QString written;
    if (flow < 0) {
        written = s->openIdConnectUrl;
    } else {
        const OAuthFlow *f = s->flow(OAuthFlow::Kind(flow));
        QVERIFY(f);
        written = field == QLatin1String("token") ? f->tokenUrl : f->authorizationUrl;
    }
    QVERIFY(!written.isEmpty());
    QVERIFY(server < doc.servers.size());
    const QUrl resolved = doc.resolveUrl(written, server < 0 ? nullptr : &doc.servers[server]);
    if (expected.isEmpty())
        QVERIFY2(!resolved.isValid(), qPrintable(resolved.toString()));
    else
        QCOMPARE(resolved, QUrl(expected));
}

void TestDocumentBuilder::servers_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("docUrl");
    QTest::addColumn<QStringList>("templates");
    QTest::addColumn<QStringList>("resolved"); // "" for an invalid URL

    QTest::newRow("2.0 one server per scheme") << "swagger2-servers.yaml"
                                               << ""
                                               << QStringList{QStringLiteral("http://api.example.test:8443/v2"),
                                                              QStringLiteral("https://api.example.test:8443/v2")}
                                               << QStringList{QStringLiteral("http://api.example.test:8443/v2"),
                                                              QStringLiteral("https://api.example.test:8443/v2")};
    QTest::newRow("2.0 no schemes, fetched over http")
        << "swagger2-no-schemes.yaml"
        << "http://127.0.0.1:8000/swagger.yaml" << QStringList{QStringLiteral("http://api.example.test/v2")}
        << QStringList{QStringLiteral("http://api.example.test/v2")};
    QTest::newRow("2.0 no schemes, local file: https")
        << "swagger2-no-schemes.yaml"
        << "" << QStringList{QStringLiteral("https://api.example.test/v2")} << QStringList{QStringLiteral("https://api.example.test/v2")};
    QTest::newRow("2.0 no host: relative to the document")
        << "swagger2-no-host.yaml"
        << "http://127.0.0.1:8000/spec/swagger.json" << QStringList{QStringLiteral("/api")}
        << QStringList{QStringLiteral("http://127.0.0.1:8000/api")};
    QTest::newRow("2.0 no host, local file") << "swagger2-no-host.yaml"
                                             << "" << QStringList{QStringLiteral("/api")} << QStringList{QString()};
    QTest::newRow("3.0 no servers: /") << "no-security.yaml"
                                       << "http://127.0.0.1:8000/openapi.yaml" << QStringList{QStringLiteral("/")}
                                       << QStringList{QStringLiteral("http://127.0.0.1:8000/")};
    QTest::newRow("3.0 absolute and relative") << "relative-tokenurl-3.0.yaml"
                                               << "http://127.0.0.1:8000/specs/openapi.yaml"
                                               << QStringList{QStringLiteral("https://api.example.test/v1/"), QStringLiteral("/api/")}
                                               << QStringList{QStringLiteral("https://api.example.test/v1/"),
                                                              QStringLiteral("http://127.0.0.1:8000/api/")};
}

void TestDocumentBuilder::servers()
{
    QFETCH(QString, file);
    QFETCH(QString, docUrl);
    QFETCH(QStringList, templates);
    QFETCH(QStringList, resolved);

    BUILD_RULE(doc, file, docUrl);
    QVERIFY2(doc.diagnostics.isEmpty(), qPrintable(describe(doc.diagnostics)));
    QStringList actualTemplates;
    QStringList actualResolved;
    for (const Server &server : doc.servers) {
        actualTemplates.append(server.urlTemplate);
        const QUrl url = doc.resolveServerUrl(server);
        actualResolved.append(url.isValid() ? url.toString() : QString());
    }
    QCOMPARE(actualTemplates, templates);
    QCOMPARE(actualResolved, resolved);
}

void TestDocumentBuilder::serverVariables()
{
    BUILD_RULE(doc, QStringLiteral("server-variables.yaml"), QStringLiteral("http://127.0.0.1:8000/openapi.yaml"));
    QVERIFY2(doc.diagnostics.isEmpty(), qPrintable(describe(doc.diagnostics)));
    QCOMPARE(doc.servers.size(), 1);
    const Server &server = doc.servers[0];
    QCOMPARE(server.description, QStringLiteral("Regional production"));
    QCOMPARE(server.variables.size(), 3);
    QCOMPARE(server.variables[0].name, QStringLiteral("region"));
    QCOMPARE(server.variables[0].defaultValue, QStringLiteral("eu"));
    QCOMPARE(server.variables[0].enumValues, QStringList({QStringLiteral("eu"), QStringLiteral("us"), QStringLiteral("ap")}));
    QCOMPARE(server.variables[0].description, QStringLiteral("Data residency region"));
    QCOMPARE(server.variables[1].name, QStringLiteral("port"));
    QCOMPARE(server.variables[1].defaultValue, QStringLiteral("8443"));
    QVERIFY(server.variables[1].enumValues.isEmpty());
    QCOMPARE(server.variables[2].name, QStringLiteral("basePath"));
    QCOMPARE(server.url(), QStringLiteral("https://eu.api.example.test:8443/v2"));
    const QHash<QString, QString> us{{QStringLiteral("region"), QStringLiteral("us")}};
    QCOMPARE(server.url(us), QStringLiteral("https://us.api.example.test:8443/v2"));
    QCOMPARE(doc.resolveServerUrl(server, us), QUrl(QStringLiteral("https://us.api.example.test:8443/v2")));
    QCOMPARE(server.location.line, 7);
}

void TestDocumentBuilder::operationServers()
{
    // Path-level servers apply to the path's operations; an operation's own servers win.
    const QByteArray text = "openapi: 3.0.3\n"
                            "info: {title: t, version: '1'}\n"
                            "paths:\n"
                            "  /a:\n"
                            "    servers: [{url: 'https://path.example.test'}]\n"
                            "    get: {responses: {'200': {description: OK}}}\n"
                            "    put:\n"
                            "      servers: [{url: 'https://op.example.test'}]\n"
                            "      responses: {'200': {description: OK}}\n"
                            "  /b:\n"
                            "    get: {responses: {'200': {description: OK}}}\n";
    const auto tree = parseYaml(text, QStringLiteral("inline.yaml"));
    QVERIFY2(tree, qPrintable(tree ? QString() : tree.error().toString()));
    const auto built
        = buildDocument(tree.value(), QUrl(QStringLiteral("http://127.0.0.1:8000/openapi.yaml")), QStringLiteral("inline.yaml"));
    QVERIFY(built);
    const Document &doc = *built.value();
    QCOMPARE(doc.operations.size(), 3);
    QCOMPARE(doc.operations[0].servers.size(), 1);
    QCOMPARE(doc.operations[0].servers[0].urlTemplate, QStringLiteral("https://path.example.test"));
    QCOMPARE(doc.operations[1].servers.size(), 1);
    QCOMPARE(doc.operations[1].servers[0].urlTemplate, QStringLiteral("https://op.example.test"));
    QVERIFY(doc.operations[2].servers.isEmpty());
}

// ---------------------------------------------------------------------------------------------- scheme kinds

void TestDocumentBuilder::httpSchemeCase_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("httpScheme");
    QTest::addColumn<QString>("asWritten");
    QTest::addColumn<QString>("bearerFormat");

    QTest::newRow("Basic") << "basicCapitalised"
                           << "basic"
                           << "Basic"
                           << "";
    QTest::newRow("BEARER") << "bearerShouting"
                            << "bearer"
                            << "BEARER"
                            << "JWT";
    QTest::newRow("DiGeSt") << "digestMixed"
                            << "digest"
                            << "DiGeSt"
                            << "";
}

void TestDocumentBuilder::httpSchemeCase()
{
    QFETCH(QString, scheme);
    QFETCH(QString, httpScheme);
    QFETCH(QString, asWritten);
    QFETCH(QString, bearerFormat);

    BUILD_RULE(doc, QStringLiteral("http-scheme-case.yaml"));
    QVERIFY2(doc.diagnostics.isEmpty(), qPrintable(describe(doc.diagnostics)));
    const SecurityScheme *s = doc.scheme(scheme);
    QVERIFY(s);
    QCOMPARE(s->type, SecurityScheme::Type::Http);
    QCOMPARE(s->typeAsWritten, QStringLiteral("http"));
    QCOMPARE(s->httpScheme, httpScheme);
    QCOMPARE(s->httpSchemeAsWritten, asWritten);
    QCOMPARE(s->bearerFormat, bearerFormat);
}

void TestDocumentBuilder::swagger2Flows_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("nameAsWritten");
    QTest::addColumn<QString>("authorizationUrl");
    QTest::addColumn<QString>("tokenUrl");
    QTest::addColumn<QStringList>("scopes");

    const QString authorize = QStringLiteral("https://auth.example.test/authorize");
    const QString token = QStringLiteral("https://auth.example.test/token");
    QTest::newRow("implicit") << "implicitFlow" << int(OAuthFlow::Kind::Implicit) << "implicit" << authorize << ""
                              << QStringList{QStringLiteral("read")};
    QTest::newRow("password") << "passwordFlow" << int(OAuthFlow::Kind::Password) << "password"
                              << "" << token << QStringList{QStringLiteral("read")};
    QTest::newRow("application is clientCredentials") << "applicationFlow" << int(OAuthFlow::Kind::ClientCredentials) << "application"
                                                      << "" << token << QStringList{QStringLiteral("admin")};
    QTest::newRow("accessCode is authorizationCode") << "accessCodeFlow" << int(OAuthFlow::Kind::AuthorizationCode) << "accessCode"
                                                     << authorize << token << QStringList{QStringLiteral("write"), QStringLiteral("read")};
}

void TestDocumentBuilder::swagger2Flows()
{
    QFETCH(QString, scheme);
    QFETCH(int, kind);
    QFETCH(QString, nameAsWritten);
    QFETCH(QString, authorizationUrl);
    QFETCH(QString, tokenUrl);
    QFETCH(QStringList, scopes);

    BUILD_RULE(doc, QStringLiteral("swagger2-flows.yaml"));
    QVERIFY2(doc.diagnostics.isEmpty(), qPrintable(describe(doc.diagnostics)));
    QCOMPARE(doc.specVersion, SpecVersion::Swagger20);
    QCOMPARE(doc.schemes.size(), 6);
    const SecurityScheme *s = doc.scheme(scheme);
    QVERIFY(s);
    QCOMPARE(s->type, SecurityScheme::Type::OAuth2);
    QCOMPARE(s->flows.size(), 1);
    const OAuthFlow &flow = s->flows[0];
    QCOMPARE(int(flow.kind), kind);
    QCOMPARE(flow.nameAsWritten, nameAsWritten);
    QCOMPARE(flow.authorizationUrl, authorizationUrl);
    QCOMPARE(flow.tokenUrl, tokenUrl);
    QStringList names;
    for (const Scope &sc : flow.scopes)
        names.append(sc.name);
    QCOMPARE(names, scopes);
    QVERIFY(flow.location.isValid());

    // The other 2.0 types, once.
    const SecurityScheme *basic = doc.scheme(QStringLiteral("basicAuth"));
    QVERIFY(basic);
    QCOMPARE(basic->type, SecurityScheme::Type::Http);
    QCOMPARE(basic->typeAsWritten, QStringLiteral("basic"));
    QCOMPARE(basic->httpScheme, QStringLiteral("basic"));
    const SecurityScheme *key = doc.scheme(QStringLiteral("headerKey"));
    QVERIFY(key);
    QCOMPARE(key->type, SecurityScheme::Type::ApiKey);
    QCOMPARE(key->in, SecurityScheme::In::Header);
    QCOMPARE(key->parameterName, QStringLiteral("X-Key"));
}

void TestDocumentBuilder::oauthAllFlows()
{
    BUILD_RULE(doc, QStringLiteral("oauth-all-flows.yaml"));
    QVERIFY2(doc.diagnostics.isEmpty(), qPrintable(describe(doc.diagnostics)));
    const SecurityScheme *s = doc.scheme(QStringLiteral("oauth"));
    QVERIFY(s);
    QStringList kinds;
    for (const OAuthFlow &f : s->flows)
        kinds.append(OAuthFlow::kindName(f.kind));
    QCOMPARE(kinds,
             QStringList({QStringLiteral("implicit"), QStringLiteral("password"), QStringLiteral("clientCredentials"),
                          QStringLiteral("authorizationCode"), QStringLiteral("deviceAuthorization")}));
    QStringList scopes;
    for (const Scope &sc : s->allScopes())
        scopes.append(sc.name);
    QCOMPARE(scopes, QStringList({QStringLiteral("read"), QStringLiteral("write"), QStringLiteral("admin")}));
    QCOMPARE(s->allScopes().value(2).description, QStringLiteral("Administer"));
    const OAuthFlow *device = s->flow(OAuthFlow::Kind::DeviceAuthorization);
    QVERIFY(device);
    QCOMPARE(device->deviceAuthorizationUrl, QStringLiteral("https://auth.example.test/device"));
    QCOMPARE(device->tokenUrl, QStringLiteral("https://auth.example.test/token"));
    const OAuthFlow *password = s->flow(OAuthFlow::Kind::Password);
    QVERIFY(password);
    QCOMPARE(password->refreshUrl, QStringLiteral("https://auth.example.test/refresh"));
    QCOMPARE(password->location.line, 17);
}

void TestDocumentBuilder::mutualTls()
{
    BUILD_RULE(doc, QStringLiteral("mutualtls.yaml"));
    QVERIFY2(doc.diagnostics.isEmpty(), qPrintable(describe(doc.diagnostics)));
    QCOMPARE(doc.specVersion, SpecVersion::OpenApi31);
    const SecurityScheme *s = doc.scheme(QStringLiteral("clientCert"));
    QVERIFY(s);
    QCOMPARE(s->type, SecurityScheme::Type::MutualTls);
    QCOMPARE(SecurityScheme::typeName(s->type), QStringLiteral("mutualTLS"));
    QCOMPARE(s->description, QStringLiteral("A client certificate issued by the bank."));
    QVERIFY(s->flows.isEmpty());
    QCOMPARE(doc.operationsUsing(QStringLiteral("clientCert")), QList<int>{0});
}

void TestDocumentBuilder::openIdConnect()
{
    BUILD_RULE(doc, QStringLiteral("openidconnect.yaml"));
    QVERIFY2(doc.diagnostics.isEmpty(), qPrintable(describe(doc.diagnostics)));
    const SecurityScheme *s = doc.scheme(QStringLiteral("oidc"));
    QVERIFY(s);
    QCOMPARE(s->type, SecurityScheme::Type::OpenIdConnect);
    QCOMPARE(s->openIdConnectUrl, QStringLiteral("/.well-known/openid-configuration"));
    QCOMPARE(doc.schemeIndex(QStringLiteral("corporate")), 1);
    QCOMPARE(doc.schemeIndex(QStringLiteral("nobody")), -1);
}

// ---------------------------------------------------------------------------------------------- references

void TestDocumentBuilder::schemeRef_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("refChain");
    QTest::addColumn<int>("line"); // where the scheme's fields are

    QTest::newRow("one hop") << "scheme-ref.yaml"
                             << "partnerKey" << int(SecurityScheme::Type::ApiKey) << "#/components/securitySchemes/apiKey" << 14;
    QTest::newRow("two hops") << "scheme-ref.yaml"
                              << "legacyKey" << int(SecurityScheme::Type::ApiKey)
                              << "#/components/securitySchemes/partnerKey -> #/components/securitySchemes/apiKey" << 14;
    QTest::newRow("no reference") << "scheme-ref.yaml"
                                  << "apiKey" << int(SecurityScheme::Type::ApiKey) << "" << 14;
    QTest::newRow("~1 escapes /") << "pointer-escapes.yaml"
                                  << "slash" << int(SecurityScheme::Type::OAuth2) << "#/x-shared/corp~1oauth" << 9;
    QTest::newRow("~0 escapes ~") << "pointer-escapes.yaml"
                                  << "tilde" << int(SecurityScheme::Type::ApiKey) << "#/x-shared/tilde~0key" << 15;
    QTest::newRow("percent-encoding") << "pointer-escapes.yaml"
                                      << "percent" << int(SecurityScheme::Type::Http) << "#/x-shared/with%20space" << 19;
}

void TestDocumentBuilder::schemeRef()
{
    QFETCH(QString, file);
    QFETCH(QString, scheme);
    QFETCH(int, type);
    QFETCH(QString, refChain);
    QFETCH(int, line);

    BUILD_RULE(doc, file);
    QVERIFY2(doc.diagnostics.isEmpty(), qPrintable(describe(doc.diagnostics)));
    const SecurityScheme *s = doc.scheme(scheme);
    QVERIFY(s);
    QCOMPARE(int(s->type), type);
    QCOMPARE(s->refChain, refChain);
    QCOMPARE(s->location.line, line);
    if (s->type == SecurityScheme::Type::ApiKey)
        QVERIFY(!s->parameterName.isEmpty());
}

void TestDocumentBuilder::pathItemRef()
{
    BUILD_RULE(doc, QStringLiteral("pathitem-ref.yaml"));
    QVERIFY2(doc.diagnostics.isEmpty(), qPrintable(describe(doc.diagnostics)));
    QCOMPARE(displayNames(doc.operations),
             QStringList({QStringLiteral("GET /pets"), QStringLiteral("POST /pets"), QStringLiteral("GET /owners")}));
    QCOMPARE(doc.operations[0].operationId, QStringLiteral("listPets"));
    QCOMPARE(doc.operations[1].operationId, QStringLiteral("createPet"));
    // The path item is the referenced one, under components.
    QCOMPARE(doc.operations[0].pathItem.location().line, 18);
    QCOMPARE(doc.operations[0].location.line, 19);
    QVERIFY(doc.operations[0].pathItem == doc.operations[1].pathItem);
    QVERIFY(doc.operations[0].node.isObject());
    QCOMPARE(doc.tags.size(), 1);
}

void TestDocumentBuilder::externalRef()
{
    const QString main = QStringLiteral("external-ref.yaml");
    const auto tree = parseRule(main);
    QVERIFY(tree);
    const QList<QUrl> refs = externalReferences(*tree.value(), ruleUrl(main));
    QCOMPARE(refs, QList<QUrl>({ruleUrl(QStringLiteral("external/shared.yaml")), ruleUrl(QStringLiteral("external/status-item.yaml"))}));

    QHash<QUrl, std::shared_ptr<const Tree>> externals;
    for (const QUrl &url : refs) {
        const QString name = QFileInfo(url.toLocalFile()).fileName();
        QFile file(url.toLocalFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto external = parseDocumentText(file.readAll(), name);
        QVERIFY(external);
        externals.insert(url, external.value());
    }
    const auto built = buildDocument(tree.value(), ruleUrl(main), main, externals);
    QVERIFY(built);
    const Document &doc = *built.value();
    QVERIFY2(doc.diagnostics.isEmpty(), qPrintable(describe(doc.diagnostics)));
    QCOMPARE(doc.externalTrees.size(), 2);

    const SecurityScheme *key = doc.scheme(QStringLiteral("partnerKey"));
    QVERIFY(key);
    QCOMPARE(key->type, SecurityScheme::Type::ApiKey);
    QCOMPARE(key->parameterName, QStringLiteral("X-Partner-Key"));
    QCOMPARE(key->refChain, QStringLiteral("external/shared.yaml#/securitySchemes/partnerKey"));
    QCOMPARE(key->location.source, QStringLiteral("shared.yaml"));
    QCOMPARE(key->location.line, 4);

    QCOMPARE(displayNames(doc.operations), QStringList({QStringLiteral("GET /orders"), QStringLiteral("GET /status")}));
    // /orders goes on through a local reference inside shared.yaml.
    const Operation &orders = doc.operations[0];
    QCOMPARE(orders.operationId, QStringLiteral("listOrders"));
    QCOMPARE(orders.location.source, QStringLiteral("shared.yaml"));
    QCOMPARE(orders.security.summary(), QStringLiteral("partnerKey"));
    QVERIFY(orders.security.alternatives[0][0].defined);
    // A whole file as a path item.
    const Operation &status = doc.operations[1];
    QCOMPARE(status.operationId, QStringLiteral("getStatus"));
    QVERIFY(status.security.isExplicitlyPublic());
    QCOMPARE(status.location.source, QStringLiteral("status-item.yaml"));

    const RefResolver resolver(tree.value(), ruleUrl(main), externals);
    QCOMPARE(resolver.documentUrlOf(tree.value()->root()), ruleUrl(main));
    QCOMPARE(resolver.documentUrlOf(orders.node), ruleUrl(QStringLiteral("external/shared.yaml")));
}

void TestDocumentBuilder::externalRefNotLoaded()
{
    // Without the other files, each reference into them is reported where it is written.
    BUILD_RULE(doc, QStringLiteral("external-ref.yaml"));
    QCOMPARE(doc.diagnostics.size(), 3);
    QList<int> lines;
    for (const Diagnostic &d : doc.diagnostics) {
        QCOMPARE(d.severity, Severity::Error);
        QVERIFY2(d.message.contains(QLatin1String("was not found (it is not loaded)")), qPrintable(d.message));
        lines.append(d.location.line);
    }
    std::sort(lines.begin(), lines.end());
    QCOMPARE(lines, QList<int>({8, 10, 14}));
    QVERIFY(doc.operations.isEmpty());
    // The scheme stays listed, as broken.
    const SecurityScheme *key = doc.scheme(QStringLiteral("partnerKey"));
    QVERIFY(key);
    QCOMPARE(key->type, SecurityScheme::Type::Unknown);
}

void TestDocumentBuilder::externalReferencesList()
{
    const QByteArray text = "openapi: 3.1.0\n"
                            "info: {title: t, version: '1'}\n"
                            "paths:\n"
                            "  /a: {$ref: 'items.yaml#/a'}\n"
                            "  /b: {$ref: './items.yaml#/b'}\n"
                            "  /c: {$ref: '#/components/pathItems/c'}\n"
                            "  /d: {$ref: 'sub/../more.json'}\n"
                            "  /e: {$ref: 'openapi.yaml#/components/pathItems/c'}\n"
                            "  /f: {$ref: 'https://schemas.example.test/common.yaml#/f'}\n"
                            "components:\n"
                            "  pathItems:\n"
                            "    c: {}\n";
    const auto tree = parseYaml(text, QStringLiteral("openapi.yaml"));
    QVERIFY(tree);
    const QUrl base(QStringLiteral("http://127.0.0.1:8000/specs/openapi.yaml"));
    const QList<QUrl> refs = externalReferences(*tree.value(), base);
    QCOMPARE(refs,
             QList<QUrl>({QUrl(QStringLiteral("http://127.0.0.1:8000/specs/items.yaml")),
                          QUrl(QStringLiteral("http://127.0.0.1:8000/specs/more.json")),
                          QUrl(QStringLiteral("https://schemas.example.test/common.yaml"))}));
}

void TestDocumentBuilder::refHopLimit()
{
    // 70 schemes each referring to the next: past 64 hops the reference is refused.
    QByteArray text = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  securitySchemes:\n";
    for (int i = 0; i < 70; ++i)
        text += "    s" + QByteArray::number(i) + ": {$ref: '#/components/securitySchemes/s" + QByteArray::number(i + 1) + "'}\n";
    text += "    s70: {type: http, scheme: basic}\n";
    const auto tree = parseYaml(text, QStringLiteral("hops.yaml"));
    QVERIFY(tree);
    const auto built = buildDocument(tree.value(), QUrl(QStringLiteral("http://127.0.0.1:8000/hops.yaml")), QStringLiteral("hops.yaml"));
    QVERIFY(built);
    const Document &doc = *built.value();
    QCOMPARE(doc.schemes.size(), 71);
    // s0..s5 need 65 or more references; s6 needs exactly 64, the most allowed.
    QCOMPARE(doc.scheme(QStringLiteral("s0"))->type, SecurityScheme::Type::Unknown);
    QCOMPARE(doc.scheme(QStringLiteral("s5"))->type, SecurityScheme::Type::Unknown);
    QCOMPARE(doc.scheme(QStringLiteral("s6"))->type, SecurityScheme::Type::Http);
    QCOMPARE(doc.diagnostics.size(), 6);
    QVERIFY2(doc.diagnostics[0].message.contains(QLatin1String("more than 64 references")), qPrintable(doc.diagnostics[0].message));
    QCOMPARE(doc.diagnostics[0].location.line, 6);
}

void TestDocumentBuilder::resolverLeavesPlainNodes()
{
    const auto tree = parseRule(QStringLiteral("scheme-ref.yaml"));
    QVERIFY(tree);
    const RefResolver resolver(tree.value(), ruleUrl(QStringLiteral("scheme-ref.yaml")), {});
    const NodeRef info = tree.value()->root().value("info");
    const auto same = resolver.resolve(info);
    QVERIFY(same);
    QVERIFY(same.value() == info);
    const NodeRef partner = tree.value()->root()["components"]["securitySchemes"]["partnerKey"];
    QStringList chain;
    const auto target = resolver.resolve(partner, &chain);
    QVERIFY(target);
    QCOMPARE(target.value().value("name").toString(), QStringLiteral("X-Partner-Key"));
    QCOMPARE(chain, QStringList{QStringLiteral("#/components/securitySchemes/apiKey")});
}

// ---------------------------------------------------------------------------------------------- errors

void TestDocumentBuilder::fatalErrors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("valid JSON, not OpenAPI") << "not-openapi.json"
                                             << "not an OpenAPI or Swagger document: the top level has no \"openapi\" or \"swagger\" field"
                                             << 1 << 1;
    QTest::newRow("root is a list") << "not-object.yaml"
                                    << "not an OpenAPI or Swagger document: the top level is a list, not an object" << 1 << 1;
    QTest::newRow("OpenAPI 4.0") << "unsupported-version.yaml"
                                 << "unsupported OpenAPI version \"4.0.0\": Keyway reads Swagger 2.0, OpenAPI 3.0 and OpenAPI 3.1" << 1
                                 << 10;
    QTest::newRow("Swagger 1.2") << "swagger-1.2.json"
                                 << "Swagger 1.2 documents are not supported: Keyway reads Swagger 2.0, OpenAPI 3.0 and OpenAPI 3.1" << 2
                                 << 21;
    QTest::newRow("swagger 3.0") << "swagger-3.yaml"
                                 << "unsupported Swagger version \"3.0\"" << 1 << 10;
}

void TestDocumentBuilder::fatalErrors()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    QFETCH(int, line);
    QFETCH(int, column);

    const DocumentResult result = buildRule(file);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.startsWith(message), qPrintable(result.error().message));
    QCOMPARE(result.error().location.source, file);
    QCOMPARE(result.error().location.line, line);
    QCOMPARE(result.error().location.column, column);
}

void TestDocumentBuilder::diagnostics_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("count"); // diagnostics in the file
    QTest::addColumn<int>("severity");
    QTest::addColumn<QString>("message"); // a part of one of them
    QTest::addColumn<int>("line");

    const int error = int(Severity::Error);
    QTest::newRow("missing path item target") << "missing-ref.yaml" << 2 << error << "$ref target \"#/components/pathItems/gone\" not found"
                                              << 8;
    QTest::newRow("missing scheme target")
        << "missing-ref.yaml" << 2 << error
        << "$ref target \"#/components/securitySchemes/nowhere\" not found (\"#/components/securitySchemes\" "
           "has no member \"nowhere\")"
        << 12;
    QTest::newRow("cycle a -> b -> a")
        << "ref-cycle.yaml" << 3 << error
        << "$ref cycle: #/components/securitySchemes/b -> #/components/securitySchemes/a -> #/components/securitySchemes/b" << 10;
    QTest::newRow("cycle b -> a -> b")
        << "ref-cycle.yaml" << 3 << error
        << "$ref cycle: #/components/securitySchemes/a -> #/components/securitySchemes/b -> #/components/securitySchemes/a" << 12;
    QTest::newRow("self reference") << "ref-cycle.yaml" << 3 << error
                                    << "$ref cycle: #/components/securitySchemes/self -> #/components/securitySchemes/self" << 14;
    QTest::newRow("undefined scheme") << "undefined-scheme.yaml" << 1 << error
                                      << "the security requirement names \"ghost\", which is not defined in components.securitySchemes"
                                      << 11;
    QTest::newRow("unknown type") << "unknown-type.yaml" << 2 << error << "security scheme \"magic\" has an unknown type \"magicLink\""
                                  << 10;
    QTest::newRow("2.0 type in 3.0") << "unknown-type.yaml" << 2 << error << "for Basic authentication write type: http and scheme: basic"
                                     << 12;
    QTest::newRow("flow without tokenUrl") << "flow-missing-tokenurl.yaml" << 1 << error
                                           << "the clientCredentials flow of \"machine\" has no \"tokenUrl\"" << 13;
}

void TestDocumentBuilder::diagnostics()
{
    QFETCH(QString, file);
    QFETCH(int, count);
    QFETCH(int, severity);
    QFETCH(QString, message);
    QFETCH(int, line);

    BUILD_RULE(doc, file);
    QCOMPARE(doc.diagnostics.size(), count);
    const Diagnostic *found = nullptr;
    for (const Diagnostic &d : doc.diagnostics) {
        if (d.message.contains(message))
            found = &d;
    }
    QVERIFY2(found, qPrintable(describe(doc.diagnostics)));
    QCOMPARE(int(found->severity), severity);
    QCOMPARE(found->location.source, file);
    QCOMPARE(found->location.line, line);
    QVERIFY(found->location.column > 0);
}

void TestDocumentBuilder::cleanRules_data()
{
    QTest::addColumn<QString>("file");
    const QStringList clean = {
        QStringLiteral("or-and.yaml"),
        QStringLiteral("operation-override.yaml"),
        QStringLiteral("public.yaml"),
        QStringLiteral("anonymous-allowed.yaml"),
        QStringLiteral("no-security.yaml"),
        QStringLiteral("relative-tokenurl-2.0.yaml"),
        QStringLiteral("relative-tokenurl-3.0.yaml"),
        QStringLiteral("relative-tokenurl-3.1.yaml"),
        QStringLiteral("fastapi-token.json"),
        QStringLiteral("http-scheme-case.yaml"),
        QStringLiteral("swagger2-flows.yaml"),
        QStringLiteral("swagger2-servers.yaml"),
        QStringLiteral("swagger2-no-schemes.yaml"),
        QStringLiteral("swagger2-no-host.yaml"),
        QStringLiteral("server-variables.yaml"),
        QStringLiteral("scheme-ref.yaml"),
        QStringLiteral("pathitem-ref.yaml"),
        QStringLiteral("pointer-escapes.yaml"),
        QStringLiteral("webhooks.yaml"),
        QStringLiteral("tags-order.yaml"),
        QStringLiteral("method-order.yaml"),
        QStringLiteral("mutualtls.yaml"),
        QStringLiteral("openidconnect.yaml"),
        QStringLiteral("oauth-all-flows.yaml"),
    };
    for (const QString &file : clean)
        QTest::newRow(qPrintable(file)) << file;
}

void TestDocumentBuilder::cleanRules()
{
    QFETCH(QString, file);
    BUILD_RULE(doc, file);
    QVERIFY2(doc.diagnostics.isEmpty(), qPrintable(describe(doc.diagnostics)));
    QVERIFY(!doc.title.isEmpty());
    QCOMPARE(doc.apiVersion, file == QLatin1String("fastapi-token.json") ? QStringLiteral("0.1.0") : QStringLiteral("1"));
    QCOMPARE(doc.sourceName, file);
    QCOMPARE(doc.sourceUrl, ruleUrl(file));
    QVERIFY(!doc.servers.isEmpty());
    QVERIFY(doc.tree);
}

void TestDocumentBuilder::lenientReading_data()
{
    // Slips that still load, with a diagnostic that says what was assumed.
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("version");
    QTest::addColumn<int>("severity");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("global"); // summary of the global requirement

    const QByteArray tail = "info: {title: t, version: '1'}\npaths: {}\n"
                            "components:\n  securitySchemes:\n    key: {type: apiKey, in: header, name: X-Key}\n";
    const int warning = int(Severity::Warning);
    const int error = int(Severity::Error);
    QTest::newRow("unquoted 3.1") << "openapi: 3.1\n" + tail << int(SpecVersion::OpenApi31) << warning
                                  << "the \"openapi\" version should be a string"
                                  << "none declared";
    QTest::newRow("3.2 read as 3.1") << "openapi: 3.2.0\n" + tail << int(SpecVersion::OpenApi31) << warning
                                     << "OpenAPI 3.2.0 is read as OpenAPI 3.1"
                                     << "none declared";
    QTest::newRow("security as an object") << "openapi: 3.0.3\nsecurity: {key: []}\n" + tail << int(SpecVersion::OpenApi30) << error
                                           << "\"security\" must be a list of requirement objects; read as a list of one"
                                           << "key";
    QTest::newRow("security as a string") << "openapi: 3.0.3\nsecurity: key\n" + tail << int(SpecVersion::OpenApi30) << error
                                          << "\"security\" must be a list of requirement objects, not a string"
                                          << "none declared";
    QTest::newRow("scopes not a list") << "openapi: 3.0.3\nsecurity: [{key: read}]\n" + tail << int(SpecVersion::OpenApi30) << error
                                       << "the scopes of \"key\" must be a list"
                                       << "key";
    QTest::newRow("type case") << QByteArray("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\nsecurity: [{k: []}]\n"
                                             "components: {securitySchemes: {k: {type: APIKey, in: query, name: k}}}\n")
                               << int(SpecVersion::OpenApi30) << warning << "security scheme type \"APIKey\" is read as \"apiKey\""
                               << "k";
    QTest::newRow("mutualTLS in 3.0") << QByteArray("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n"
                                                    "components: {securitySchemes: {m: {type: mutualTLS}}}\n")
                                      << int(SpecVersion::OpenApi30) << warning << "the mutualTLS type is new in OpenAPI 3.1"
                                      << "none declared";
    QTest::newRow("apiKey without in") << QByteArray("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n"
                                                     "components: {securitySchemes: {k: {type: apiKey, name: k, in: body}}}\n")
                                       << int(SpecVersion::OpenApi30) << error << "needs \"in\": header, query or cookie, not \"body\""
                                       << "none declared";
    QTest::newRow("server variable without default") << QByteArray(
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\nservers: [{url: 'https://{env}.example.test', variables: {env: {}}}]\n")
                                                     << int(SpecVersion::OpenApi30) << error
                                                     << "server variable \"env\" has no \"default\" value"
                                                     << "none declared";
    QTest::newRow("undeclared server variable")
        << QByteArray("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\nservers: [{url: 'https://{env}.example.test'}]\n")
        << int(SpecVersion::OpenApi30) << warning << "the server URL uses {env}, which is not among its \"variables\""
        << "none declared";
    QTest::newRow("2.0 flow name unknown") << QByteArray("swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\n"
                                                         "securityDefinitions: {o: {type: oauth2, flow: authorizationCode, scopes: {}}}\n")
                                           << int(SpecVersion::Swagger20) << error
                                           << "needs \"flow\": implicit, password, application or accessCode, not \"authorizationCode\""
                                           << "none declared";
}

void TestDocumentBuilder::lenientReading()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, version);
    QFETCH(int, severity);
    QFETCH(QString, message);
    QFETCH(QString, global);

    const auto tree = parseYaml(yaml, QStringLiteral("inline.yaml"));
    QVERIFY2(tree, qPrintable(tree ? QString() : tree.error().toString()));
    const auto built
        = buildDocument(tree.value(), QUrl(QStringLiteral("http://127.0.0.1:8000/openapi.yaml")), QStringLiteral("inline.yaml"));
    QVERIFY2(built, qPrintable(built ? QString() : built.error().toString()));
    const Document &doc = *built.value();
    QCOMPARE(int(doc.specVersion), version);
    QCOMPARE(doc.diagnostics.size(), 1);
    QCOMPARE(int(doc.diagnostics[0].severity), severity);
    QVERIFY2(doc.diagnostics[0].message.contains(message), qPrintable(doc.diagnostics[0].message));
    QVERIFY(doc.diagnostics[0].location.isValid());
    QCOMPARE(doc.globalSecurity.summary(), global);
}

// ---------------------------------------------------------------------------------------------- operations

void TestDocumentBuilder::webhooksApart()
{
    BUILD_RULE(doc, QStringLiteral("webhooks.yaml"));
    QCOMPARE(displayNames(doc.operations), QStringList{QStringLiteral("POST /subscriptions")});
    QCOMPARE(displayNames(doc.webhooks), QStringList({QStringLiteral("POST invoicePaid"), QStringLiteral("POST invoiceVoided")}));
    QVERIFY(!doc.operations[0].isWebhook);
    for (const Operation &hook : doc.webhooks)
        QVERIFY(hook.isWebhook);
    QCOMPARE(doc.webhooks[0].path, QStringLiteral("invoicePaid"));
    QCOMPARE(doc.webhooks[0].tags, QStringList{QStringLiteral("billing")});
    QCOMPARE(doc.tags.size(), 1);
    QCOMPARE(doc.tags[0].name, QStringLiteral("billing"));
}

void TestDocumentBuilder::tagsOrder()
{
    BUILD_RULE(doc, QStringLiteral("tags-order.yaml"));
    QStringList names;
    for (const Tag &tag : doc.tags)
        names.append(tag.name);
    QCOMPARE(names, QStringList({QStringLiteral("Zeta"), QStringLiteral("Alpha"), QStringLiteral("Beta"), QStringLiteral("Gamma")}));
    QCOMPARE(doc.tags[0].description, QStringLiteral("Declared first"));
    QVERIFY(doc.tags[2].description.isEmpty());
    QCOMPARE(doc.operations[1].tags, QStringList({QStringLiteral("Gamma"), QStringLiteral("Beta"), QStringLiteral("Zeta")}));
}

void TestDocumentBuilder::methodOrder()
{
    BUILD_RULE(doc, QStringLiteral("method-order.yaml"));
    QCOMPARE(displayNames(doc.operations),
             QStringList({QStringLiteral("DELETE /things/{id}"), QStringLiteral("GET /things/{id}"), QStringLiteral("PATCH /things/{id}"),
                          QStringLiteral("TRACE /things/{id}"), QStringLiteral("POST /things")}));
    QCOMPARE(doc.operations[0].method, QStringLiteral("delete"));
    QVERIFY(doc.operations[2].deprecated);
    QVERIFY(!doc.operations[1].deprecated);
    QVERIFY(doc.operations[0].operationId.isEmpty());
    QCOMPARE(doc.operations[0].location.line, 10);
}

// ---------------------------------------------------------------------------------------------- Document helpers

void TestDocumentBuilder::summaryText_data()
{
    QTest::addColumn<int>("origin");
    QTest::addColumn<QList<QList<SchemeUse>>>("alternatives");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QStringList>("names");

    const SchemeUse oauth{QStringLiteral("oauth"), {QStringLiteral("read"), QStringLiteral("write")}, true};
    const SchemeUse key{QStringLiteral("api_key"), {}, true};
    QTest::newRow("none") << int(Origin::None) << QList<QList<SchemeUse>>{} << "none declared" << QStringList{};
    QTest::newRow("public") << int(Origin::Operation) << QList<QList<SchemeUse>>{} << "public" << QStringList{};
    QTest::newRow("and or anonymous") << int(Origin::Global) << QList<QList<SchemeUse>>{{oauth, key}, {}}
                                      << "oauth (read, write) AND api_key  OR  anonymous"
                                      << QStringList{QStringLiteral("oauth"), QStringLiteral("api_key")};
    QTest::newRow("repeated scheme listed once")
        << int(Origin::Global) << QList<QList<SchemeUse>>{{key}, {key, oauth}} << "api_key  OR  api_key AND oauth (read, write)"
        << QStringList{QStringLiteral("api_key"), QStringLiteral("oauth")};
}

void TestDocumentBuilder::summaryText()
{
    QFETCH(int, origin);
    QFETCH(QList<QList<SchemeUse>>, alternatives);
    QFETCH(QString, summary);
    QFETCH(QStringList, names);

    SecurityRequirement requirement;
    requirement.origin = Origin(origin);
    requirement.alternatives = alternatives;
    QCOMPARE(requirement.summary(), summary);
    QCOMPARE(requirement.schemeNames(), names);
}

void TestDocumentBuilder::serverUrlTemplate_data()
{
    QTest::addColumn<QString>("urlTemplate");
    QTest::addColumn<QString>("values"); // "name=value;..."
    QTest::addColumn<QString>("expected");

    QTest::newRow("no variables") << "https://api.example.test"
                                  << ""
                                  << "https://api.example.test";
    QTest::newRow("defaults") << "https://{env}.example.test/{v}"
                              << ""
                              << "https://prod.example.test/v1";
    QTest::newRow("value overrides default") << "https://{env}.example.test/{v}"
                                             << "env=staging"
                                             << "https://staging.example.test/v1";
    QTest::newRow("undeclared stays visible") << "https://{env}.example.test/{other}"
                                              << ""
                                              << "https://prod.example.test/{other}";
    QTest::newRow("given though undeclared") << "https://{env}.example.test/{other}"
                                             << "other=x"
                                             << "https://prod.example.test/x";
    QTest::newRow("unclosed brace kept") << "https://{env}.example.test/{oops"
                                         << ""
                                         << "https://prod.example.test/{oops";
}

void TestDocumentBuilder::serverUrlTemplate()
{
    QFETCH(QString, urlTemplate);
    QFETCH(QString, values);
    QFETCH(QString, expected);

    Server server;
    server.urlTemplate = urlTemplate;
    server.variables = {ServerVariable{QStringLiteral("env"), QStringLiteral("prod"), {}, {}},
                        ServerVariable{QStringLiteral("v"), QStringLiteral("v1"), {}, {}}};
    QHash<QString, QString> given;
    for (const QString &pair : values.split(u';', Qt::SkipEmptyParts))
        given.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    QCOMPARE(server.url(given), expected);
}

void TestDocumentBuilder::names()
{
    QCOMPARE(Document::specVersionName(SpecVersion::Swagger20), QStringLiteral("Swagger 2.0"));
    QCOMPARE(Document::specVersionName(SpecVersion::OpenApi30), QStringLiteral("OpenAPI 3.0"));
    QCOMPARE(Document::specVersionName(SpecVersion::OpenApi31), QStringLiteral("OpenAPI 3.1"));
    QCOMPARE(SecurityScheme::typeName(SecurityScheme::Type::OpenIdConnect), QStringLiteral("openIdConnect"));
    QCOMPARE(SecurityScheme::typeName(SecurityScheme::Type::Unknown), QStringLiteral("unknown"));
    QCOMPARE(SecurityScheme::inName(SecurityScheme::In::Cookie), QStringLiteral("cookie"));
    QCOMPARE(OAuthFlow::kindName(OAuthFlow::Kind::ClientCredentials), QStringLiteral("clientCredentials"));
    Operation op;
    op.method = QStringLiteral("get");
    op.path = QStringLiteral("/pets/{id}");
    QCOMPARE(op.displayName(), QStringLiteral("GET /pets/{id}"));
}

QTEST_GUILESS_MAIN(TestDocumentBuilder)
#include "tst_documentbuilder.moc"
