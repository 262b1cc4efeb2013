// Real published OpenAPI documents: every one loads, and the quirks they are known for come out right.
// The small ones live in tests/data/specs; the large optional corpus is ../shared/specs next to the project.

#include "openapi/Document.h"
#include "openapi/DocumentBuilder.h"
#include "openapi/Readers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <algorithm>
#include <limits>

using namespace keyway;
using namespace keyway::openapi;

namespace {

using DocumentPtr = std::shared_ptr<const Document>;
using Origin = SecurityRequirement::Origin;
using Type = SecurityScheme::Type;

QString bundledDir()
{
    return QStringLiteral(KEYWAY_TEST_DATA "/specs");
}

QString sharedDir()
{
    return QDir::cleanPath(QStringLiteral(KEYWAY_SOURCE_DIR "/../shared/specs"));
}

QStringList documentsIn(const QString &dir)
{
    // Everything except the notes that describe the documents.
    const QStringList files
        = QDir(dir).entryList({QStringLiteral("*.json"), QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files, QDir::Name);
    return files;
}

// What the shared corpus's README says about each file: version, operations, webhooks.
struct Expected
{
    SpecVersion version;
    int operations;
    int webhooks;
};

const QHash<QString, Expected> &expectations()
{
    static const QHash<QString, Expected> table = {
        {QStringLiteral("fastapi-0.92-http-basic.openapi.json"), {SpecVersion::OpenApi30, 1, 0}},
        {QStringLiteral("oai-v3.1-webhook-example.yaml"), {SpecVersion::OpenApi31, 0, 1}},
        {QStringLiteral("oai-v3.0-callback-example.yaml"), {SpecVersion::OpenApi30, 1, 0}},
        {QStringLiteral("oai-v3.0-petstore.yaml"), {SpecVersion::OpenApi30, 3, 0}},
        {QStringLiteral("oai-v2.0-petstore.json"), {SpecVersion::Swagger20, 3, 0}},
        {QStringLiteral("oai-v2.0-petstore-expanded.yaml"), {SpecVersion::Swagger20, 4, 0}},
        {QStringLiteral("readme-v3.0-security-multiple.json"), {SpecVersion::OpenApi30, 4, 0}},
        {QStringLiteral("oai-v3.1-tictactoe.yaml"), {SpecVersion::OpenApi31, 3, 1}},
        // The JSON twin of tictactoe predates its webhook.
        {QStringLiteral("oai-v3.1-tictactoe.json"), {SpecVersion::OpenApi31, 3, 0}},
        {QStringLiteral("readme-v3.0-security.yaml"), {SpecVersion::OpenApi30, 15, 0}},
        {QStringLiteral("readme-v3.1-security.json"), {SpecVersion::OpenApi31, 15, 0}},
        {QStringLiteral("readme-v2.0-petstore.yaml"), {SpecVersion::Swagger20, 20, 0}},
        {QStringLiteral("swagger-petstore-v3.openapi.yaml"), {SpecVersion::OpenApi30, 19, 0}},
        {QStringLiteral("slack-web-openapi-v2.json"), {SpecVersion::Swagger20, 174, 0}},
        {QStringLiteral("box-openapi.json"), {SpecVersion::OpenApi30, 296, 0}},
        {QStringLiteral("openai-openapi-3.1.yaml"), {SpecVersion::OpenApi31, 288, 16}},
        {QStringLiteral("openai-openapi-3.1.json"), {SpecVersion::OpenApi31, 288, 16}},
        {QStringLiteral("kubernetes-swagger-2.0.json"), {SpecVersion::Swagger20, 1123, 0}},
        {QStringLiteral("stripe-spec3-2022-04.json"), {SpecVersion::OpenApi30, 417, 0}},
        {QStringLiteral("github-api.github.com.json"), {SpecVersion::OpenApi30, 1223, 0}},
    };
    return table;
}

Result<std::shared_ptr<const Tree>> parseFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("cannot open %1: %2").arg(path, file.errorString()), {}};
    return parseDocumentText(file.readAll(), QFileInfo(path).fileName());
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

QString describe(const QList<Diagnostic> &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(d.location.toString() + QStringLiteral(": ") + d.message);
    return lines.join(u'\n');
}

int errorCount(const Document &doc)
{
    return int(std::count_if(doc.diagnostics.cbegin(), doc.diagnostics.cend(),
                             [](const Diagnostic &d) { return d.severity == Diagnostic::Severity::Error; }));
}

} // namespace

// Loads `name` from the shared corpus into `doc` (a const Document &), skipping when the corpus is absent.
#define LOAD_SHARED(doc, name)                                                                                                             \
    if (!QFileInfo::exists(sharedDir() + u'/' + QStringLiteral(name)))                                                                     \
        QSKIP("the optional corpus (../shared/specs beside the project) was not found");                                                   \
    const DocumentPtr doc##Ptr = load(sharedDir() + u'/' + QStringLiteral(name));                                                          \
    QVERIFY(doc##Ptr);                                                                                                                     \
    const Document &doc = *doc##Ptr

#define LOAD_BUNDLED(doc, name)                                                                                                            \
    const DocumentPtr doc##Ptr = load(bundledDir() + u'/' + QStringLiteral(name));                                                         \
    QVERIFY(doc##Ptr);                                                                                                                     \
    const Document &doc = *doc##Ptr

class TestCorpus final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bundled_data();
    void bundled();
    void shared_data();
    void shared();
    void bundledExample();

    void readmeEveryType_data();
    void readmeEveryType();
    void tictactoe();
    void perOperation_data();
    void perOperation();

    void githubHasNoSchemes();
    void stripeGlobalSecurity();
    void kubernetesApiKey();
    void slackAccessCode();
    void openAiYamlAndJson();

private:
    // Loads and builds once per path; null (with the failure recorded by QVERIFY in the caller) on error.
    DocumentPtr load(const QString &path);
    void checkLoads(const QString &path);

    QHash<QString, DocumentPtr> m_cache;
    QHash<QString, QString> m_failures;
};

DocumentPtr TestCorpus::load(const QString &path)
{
    if (const auto it = m_cache.constFind(path); it != m_cache.cend())
        return it.value();
    const auto tree = parseFile(path);
    if (!tree) {
        m_failures.insert(path, tree.error().toString());
        qWarning("%s", qPrintable(tree.error().toString()));
        return {};
    }
    const auto built = buildDocument(tree.value(), QUrl::fromLocalFile(path), QFileInfo(path).fileName());
    if (!built) {
        m_failures.insert(path, built.error().toString());
        qWarning("%s", qPrintable(built.error().toString()));
        return {};
    }
    m_cache.insert(path, built.value());
    return built.value();
}

void TestCorpus::checkLoads(const QString &path)
{
    const DocumentPtr doc = load(path);
    QVERIFY2(doc, qPrintable(m_failures.value(path)));
    QVERIFY2(errorCount(*doc) == 0, qPrintable(describe(doc->diagnostics)));
    QVERIFY(!doc->title.isEmpty());
    QVERIFY(!doc->servers.isEmpty());
    QVERIFY(!doc->operations.isEmpty() || !doc->webhooks.isEmpty());
    // Every requirement names a declared scheme.
    for (const QList<Operation> *list : {&doc->operations, &doc->webhooks}) {
        for (const Operation &op : *list) {
            for (const QList<SchemeUse> &alternative : op.security.alternatives) {
                for (const SchemeUse &use : alternative)
                    QVERIFY2(use.defined && doc->scheme(use.scheme), qPrintable(op.displayName() + u' ' + use.scheme));
            }
        }
    }
    const QString name = QFileInfo(path).fileName();
    const auto expected = expectations().constFind(name);
    if (expected != expectations().cend()) {
        QCOMPARE(doc->specVersion, expected->version);
        QCOMPARE(doc->operations.size(), expected->operations);
        QCOMPARE(doc->webhooks.size(), expected->webhooks);
    }
}

// ---------------------------------------------------------------------------------------------- every file loads

void TestCorpus::bundled_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = documentsIn(bundledDir());
    QVERIFY(files.size() >= 10);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << bundledDir() + u'/' + file;
}

void TestCorpus::bundled()
{
    QFETCH(QString, path);
    QVERIFY(expectations().contains(QFileInfo(path).fileName()));
    checkLoads(path);
}

void TestCorpus::shared_data()
{
    QTest::addColumn<QString>("path");
    if (!QFileInfo(sharedDir()).isDir())
        QSKIP("the optional corpus (../shared/specs beside the project) was not found");
    for (const QString &file : documentsIn(sharedDir()))
        QTest::newRow(qPrintable(file)) << sharedDir() + u'/' + file;
}

void TestCorpus::shared()
{
    QFETCH(QString, path);
    checkLoads(path);
}

void TestCorpus::bundledExample()
{
    const QString path = QStringLiteral(KEYWAY_SOURCE_DIR "/resources/examples/keyway-example.yaml");
    const DocumentPtr doc = load(path);
    QVERIFY2(doc, qPrintable(m_failures.value(path)));
    QVERIFY2(doc->diagnostics.isEmpty(), qPrintable(describe(doc->diagnostics)));
    QCOMPARE(doc->specVersion, SpecVersion::OpenApi31);
    QVERIFY(!doc->description.isEmpty());
    QVERIFY(!doc->webhooks.isEmpty());
    QVERIFY(!doc->servers.isEmpty() && !doc->servers[0].variables.isEmpty());

    // Every kind of scheme, each used by some operation.
    QSet<QString> kinds;
    for (const SecurityScheme &s : doc->schemes) {
        QString kind = SecurityScheme::typeName(s.type);
        if (s.type == Type::ApiKey)
            kind += u':' + SecurityScheme::inName(s.in);
        if (s.type == Type::Http)
            kind += u':' + s.httpScheme;
        for (const OAuthFlow &f : s.flows)
            kinds.insert(QStringLiteral("oauth2:") + OAuthFlow::kindName(f.kind));
        kinds.insert(kind);
        QVERIFY2(!doc->operationsUsing(s.name).isEmpty() || !doc->webhooksUsing(s.name).isEmpty(), qPrintable(s.name));
    }
    for (const char *kind :
         {"apiKey:header", "apiKey:query", "apiKey:cookie", "http:basic", "http:bearer", "http:digest", "oauth2:authorizationCode",
          "oauth2:implicit", "oauth2:password", "oauth2:clientCredentials", "openIdConnect", "mutualTLS"})
        QVERIFY2(kinds.contains(QLatin1String(kind)), kind);

    // The requirement shapes the example exists to show.
    bool andCombination = false;
    bool orAlternatives = false;
    bool overridden = false;
    bool explicitlyPublic = false;
    bool anonymous = false;
    bool deprecated = false;
    bool relativeTokenUrl = false;
    for (const Operation &op : doc->operations) {
        const SecurityRequirement &r = op.security;
        andCombination |= std::any_of(r.alternatives.cbegin(), r.alternatives.cend(), [](const auto &a) { return a.size() > 1; });
        orAlternatives |= r.alternatives.size() > 1;
        overridden |= r.origin == Origin::Operation && !r.alternatives.isEmpty();
        explicitlyPublic |= r.isExplicitlyPublic();
        anonymous |= r.allowsAnonymous();
        deprecated |= op.deprecated;
    }
    for (const SecurityScheme &s : doc->schemes) {
        for (const OAuthFlow &f : s.flows)
            relativeTokenUrl |= !f.tokenUrl.isEmpty() && QUrl(f.tokenUrl).isRelative();
    }
    QVERIFY(andCombination);
    QVERIFY(orAlternatives);
    QVERIFY(overridden);
    QVERIFY(explicitlyPublic);
    QVERIFY(anonymous);
    QVERIFY(deprecated);
    QVERIFY(relativeTokenUrl);
    QCOMPARE(doc->globalSecurity.origin, Origin::Global);
    QVERIFY(doc->tags.size() >= 3);
}

// ---------------------------------------------------------------------------------------------- quirks

void TestCorpus::readmeEveryType_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("mutualTls");
    QTest::newRow("3.0 YAML") << "readme-v3.0-security.yaml" << false;
    QTest::newRow("3.1 JSON") << "readme-v3.1-security.json" << true;
}

void TestCorpus::readmeEveryType()
{
    QFETCH(QString, file);
    QFETCH(bool, mutualTls);

    const DocumentPtr doc = load(bundledDir() + u'/' + file);
    QVERIFY(doc);
    QSet<QString> kinds;
    for (const SecurityScheme &s : doc->schemes) {
        QString kind = SecurityScheme::typeName(s.type);
        if (s.type == Type::ApiKey)
            kind += u':' + SecurityScheme::inName(s.in);
        kinds.insert(kind);
    }
    QVERIFY(kinds.contains(QStringLiteral("apiKey:header")));
    QVERIFY(kinds.contains(QStringLiteral("apiKey:query")));
    QVERIFY(kinds.contains(QStringLiteral("apiKey:cookie")));
    QVERIFY(kinds.contains(QStringLiteral("http")));
    QVERIFY(kinds.contains(QStringLiteral("oauth2")));
    QVERIFY(kinds.contains(QStringLiteral("openIdConnect")));
    QCOMPARE(kinds.contains(QStringLiteral("mutualTLS")), mutualTls);
    QVERIFY(!kinds.contains(QStringLiteral("unknown")));

    const SecurityScheme *cookie = doc->scheme(QStringLiteral("apiKey_cookie"));
    QVERIFY(cookie);
    QCOMPARE(cookie->parameterName, QStringLiteral("api_key"));
    const SecurityScheme *jwt = doc->scheme(QStringLiteral("bearer_jwt"));
    QVERIFY(jwt);
    QCOMPARE(jwt->httpScheme, QStringLiteral("bearer"));
    QCOMPARE(jwt->bearerFormat, QStringLiteral("JWT"));
    const SecurityScheme *oauth = doc->scheme(QStringLiteral("oauth2"));
    QVERIFY(oauth);
    QCOMPARE(oauth->flows.size(), 4);
    const SecurityScheme *oidc = doc->scheme(QStringLiteral("openIdConnect"));
    QVERIFY(oidc);
    QCOMPARE(oidc->openIdConnectUrl, QStringLiteral("https://example.com/.well-known/openid-configuration"));
}

void TestCorpus::tictactoe()
{
    LOAD_BUNDLED(doc, "oai-v3.1-tictactoe.yaml");
    const SecurityScheme *basic = doc.scheme(QStringLiteral("basicHttpAuthentication"));
    const SecurityScheme *bearer = doc.scheme(QStringLiteral("bearerHttpAuthentication"));
    QVERIFY(basic && bearer);
    QCOMPARE(basic->httpSchemeAsWritten, QStringLiteral("Basic"));
    QCOMPARE(basic->httpScheme, QStringLiteral("basic"));
    QCOMPARE(bearer->httpSchemeAsWritten, QStringLiteral("Bearer"));
    QCOMPARE(bearer->httpScheme, QStringLiteral("bearer"));
    QCOMPARE(bearer->bearerFormat, QStringLiteral("JWT"));
    QCOMPARE(doc.webhooks.size(), 1);
    QCOMPARE(doc.webhooks[0].path, QStringLiteral("markStatus"));
    QCOMPARE(doc.webhooks[0].operationId, QStringLiteral("markOperationWebhook"));
    QVERIFY(doc.webhooks[0].isWebhook);
    // A declared scheme that no operation uses.
    QVERIFY(doc.operationsUsing(QStringLiteral("basicHttpAuthentication")).isEmpty());
    QCOMPARE(doc.operationsUsing(QStringLiteral("bearerHttpAuthentication")), QList<int>({1, 2}));
}

void TestCorpus::perOperation_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<int>("origin");
    QTest::addColumn<QString>("summary");

    const int global = int(Origin::Global);
    const int own = int(Origin::Operation);
    const int none = int(Origin::None);
    const auto bundled = [](const char *name) { return bundledDir() + u'/' + QLatin1String(name); };
    QTest::newRow("tictactoe GET /board") << bundled("oai-v3.1-tictactoe.yaml") << "GET /board" << own
                                          << "defaultApiKey  OR  app2AppOauth (board:read)";
    QTest::newRow("tictactoe PUT square") << bundled("oai-v3.1-tictactoe.yaml") << "PUT /board/{row}/{column}" << own
                                          << "bearerHttpAuthentication  OR  user2AppOauth (board:write)";
    QTest::newRow("readme optional auth") << bundled("readme-v3.0-security.yaml") << "GET /anything/optional-auth" << own
                                          << "apiKey_query  OR  anonymous";
    QTest::newRow("readme no auth") << bundled("readme-v3.0-security.yaml") << "POST /anything/no-auth" << none << "none declared";
    QTest::newRow("readme 2.0 petstore oauth") << bundled("readme-v2.0-petstore.yaml") << "PUT /pet" << own
                                               << "petstore_auth (write:pets, read:pets)";
    QTest::newRow("readme 2.0 petstore key") << bundled("readme-v2.0-petstore.yaml") << "GET /store/inventory" << own << "api_key";
    QTest::newRow("FastAPI basic") << bundled("fastapi-0.92-http-basic.openapi.json") << "GET /users/me" << own << "HTTPBasic";

    if (!QFileInfo(sharedDir()).isDir())
        return; // the rows below need the optional corpus
    const auto shared = [](const char *name) { return sharedDir() + u'/' + QLatin1String(name); };
    QTest::newRow("Slack chat.postMessage") << shared("slack-web-openapi-v2.json") << "POST /chat.postMessage" << own
                                            << "slackAuth (chat:write:user, chat:write:bot)";
    QTest::newRow("Slack admin.apps.approve") << shared("slack-web-openapi-v2.json") << "POST /admin.apps.approve" << own
                                              << "slackAuth (admin.apps:write)";
    QTest::newRow("Stripe customers") << shared("stripe-spec3-2022-04.json") << "GET /v1/customers" << global
                                      << "basicAuth  OR  bearerAuth";
    QTest::newRow("OpenAI chat completions") << shared("openai-openapi-3.1.yaml") << "POST /chat/completions" << global << "ApiKeyAuth";
    QTest::newRow("OpenAI audit logs (admin key)")
        << shared("openai-openapi-3.1.yaml") << "GET /organization/audit_logs" << own << "AdminApiKeyAuth";
    QTest::newRow("Kubernetes core API versions") << shared("kubernetes-swagger-2.0.json") << "GET /api/" << global << "BearerToken";
    QTest::newRow("Box file") << shared("box-openapi.json") << "GET /files/{file_id}" << global << "OAuth2Security";
    QTest::newRow("Box token endpoint is public") << shared("box-openapi.json") << "POST /oauth2/token" << own << "public";
    QTest::newRow("GitHub user") << shared("github-api.github.com.json") << "GET /user" << none << "none declared";
}

void TestCorpus::perOperation()
{
    QFETCH(QString, path);
    QFETCH(QString, operation);
    QFETCH(int, origin);
    QFETCH(QString, summary);

    const DocumentPtr doc = load(path);
    QVERIFY2(doc, qPrintable(m_failures.value(path)));
    const Operation *op = findOperation(*doc, operation);
    QVERIFY2(op, qPrintable(operation));
    QCOMPARE(int(op->security.origin), origin);
    QCOMPARE(op->security.summary(), summary);
}

void TestCorpus::githubHasNoSchemes()
{
    LOAD_SHARED(doc, "github-api.github.com.json");
    QVERIFY(doc.schemes.isEmpty());
    QCOMPARE(doc.operations.size(), 1223);
    QCOMPARE(doc.globalSecurity.origin, Origin::None);
    for (const Operation &op : doc.operations)
        QVERIFY(op.security.alternatives.isEmpty());
    QVERIFY2(doc.diagnostics.isEmpty(), qPrintable(describe(doc.diagnostics)));
    QCOMPARE(doc.servers.size(), 1);
    QCOMPARE(doc.servers[0].urlTemplate, QStringLiteral("https://api.github.com"));
}

void TestCorpus::stripeGlobalSecurity()
{
    LOAD_SHARED(doc, "stripe-spec3-2022-04.json");
    const SecurityRequirement &global = doc.globalSecurity;
    QCOMPARE(global.origin, Origin::Global);
    QCOMPARE(global.alternatives.size(), 2);
    QCOMPARE(global.alternatives[0].size(), 1);
    QCOMPARE(global.alternatives[0][0].scheme, QStringLiteral("basicAuth"));
    QCOMPARE(global.alternatives[1].size(), 1);
    QCOMPARE(global.alternatives[1][0].scheme, QStringLiteral("bearerAuth"));
    const SecurityScheme *bearer = doc.scheme(QStringLiteral("bearerAuth"));
    QVERIFY(bearer);
    QCOMPARE(bearer->type, Type::Http);
    QCOMPARE(bearer->httpScheme, QStringLiteral("bearer"));
    QCOMPARE(bearer->bearerFormat, QStringLiteral("auth-scheme"));
    QCOMPARE(doc.scheme(QStringLiteral("basicAuth"))->httpScheme, QStringLiteral("basic"));
    QCOMPARE(doc.operationsUsing(QStringLiteral("bearerAuth")).size(), 417);
}

void TestCorpus::kubernetesApiKey()
{
    LOAD_SHARED(doc, "kubernetes-swagger-2.0.json");
    QCOMPARE(doc.specVersion, SpecVersion::Swagger20);
    QCOMPARE(doc.schemes.size(), 1);
    const SecurityScheme &s = doc.schemes[0];
    QCOMPARE(s.name, QStringLiteral("BearerToken"));
    QCOMPARE(s.type, Type::ApiKey);
    QCOMPARE(s.in, SecurityScheme::In::Header);
    QCOMPARE(s.parameterName, QStringLiteral("authorization"));
    QCOMPARE(doc.operationsUsing(QStringLiteral("BearerToken")).size(), 1123);
    // No host: the server is the one serving the document, relative here.
    QCOMPARE(doc.servers.size(), 1);
    QCOMPARE(doc.servers[0].urlTemplate, QStringLiteral("/"));
}

void TestCorpus::slackAccessCode()
{
    LOAD_SHARED(doc, "slack-web-openapi-v2.json");
    const SecurityScheme *s = doc.scheme(QStringLiteral("slackAuth"));
    QVERIFY(s);
    QCOMPARE(s->type, Type::OAuth2);
    QCOMPARE(s->flows.size(), 1);
    QCOMPARE(s->flows[0].kind, OAuthFlow::Kind::AuthorizationCode);
    QCOMPARE(s->flows[0].nameAsWritten, QStringLiteral("accessCode"));
    QCOMPARE(s->flows[0].authorizationUrl, QStringLiteral("https://slack.com/oauth/authorize"));
    QCOMPARE(s->flows[0].tokenUrl, QStringLiteral("https://slack.com/api/oauth.access"));
    QCOMPARE(s->flows[0].scopes.size(), 67);
    QCOMPARE(s->allScopes().size(), 67);
    QCOMPARE(doc.globalSecurity.origin, Origin::None);
    int own = 0;
    for (const Operation &op : doc.operations)
        own += op.security.origin == Origin::Operation ? 1 : 0;
    QCOMPARE(own, 174);
    QCOMPARE(doc.servers.size(), 1);
    QCOMPARE(doc.servers[0].urlTemplate, QStringLiteral("https://slack.com/api"));
}

void TestCorpus::openAiYamlAndJson()
{
    const QString yamlPath = sharedDir() + QStringLiteral("/openai-openapi-3.1.yaml");
    const QString jsonPath = sharedDir() + QStringLiteral("/openai-openapi-3.1.json");
    if (!QFileInfo::exists(yamlPath) || !QFileInfo::exists(jsonPath))
        QSKIP("the optional corpus (../shared/specs beside the project) was not found");
    const DocumentPtr yaml = load(yamlPath);
    const DocumentPtr json = load(jsonPath);
    QVERIFY2(yaml, qPrintable(m_failures.value(yamlPath)));
    QVERIFY2(json, qPrintable(m_failures.value(jsonPath)));
    QCOMPARE(yaml->operations.size(), 288);
    QCOMPARE(yaml->webhooks.size(), 16);
    QCOMPARE(json->operations.size(), 288);
    QCOMPARE(json->webhooks.size(), 16);
    // The same model from both formats, in the same order.
    for (qsizetype i = 0; i < yaml->operations.size(); ++i) {
        const Operation &a = yaml->operations[i];
        const Operation &b = json->operations[i];
        QCOMPARE(a.displayName(), b.displayName());
        QCOMPARE(a.operationId, b.operationId);
        QCOMPARE(a.security.summary(), b.security.summary());
        QCOMPARE(a.tags, b.tags);
    }
    for (qsizetype i = 0; i < yaml->webhooks.size(); ++i)
        QCOMPARE(yaml->webhooks[i].displayName(), json->webhooks[i].displayName());
    QCOMPARE(yaml->schemes.size(), 2);
    for (const SecurityScheme &s : yaml->schemes)
        QCOMPARE(s.httpScheme, QStringLiteral("bearer"));
    QVERIFY(!yaml->operationsUsing(QStringLiteral("AdminApiKeyAuth")).isEmpty());
    QCOMPARE(yaml->operationsUsing(QStringLiteral("ApiKeyAuth")).size() + yaml->operationsUsing(QStringLiteral("AdminApiKeyAuth")).size(),
             288);
}

QTEST_GUILESS_MAIN(TestCorpus)
#include "tst_corpus.moc"
