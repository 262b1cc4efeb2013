// The request core: the model read from an operation (parameters merged and $ref'd, bodies, examples with caps),
// validation, building (server, path encoding, query styles, cookies, body) with every scheme of the chosen security
// alternative applied, and the history store.

#include "openapi/DocumentLoader.h"
#include "request/CredentialSource.h"
#include "request/Redaction.h"
#include "request/RequestBuilder.h"
#include "request/RequestHistory.h"
#include "request/RequestModel.h"
#include "request/RequestValidator.h"
#include "request/RequestValues.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

using namespace keyway;
using namespace keyway::request;
using openapi::DocumentPtr;

namespace {

const char *kPetsYaml = R"(openapi: 3.0.3
info: {title: Pets, version: "1"}
servers:
  - url: https://{region}.api.test/v1/
    variables:
      region: {default: eu, enum: [eu, us]}
components:
  parameters:
    Limit:
      name: limit
      in: query
      schema: {type: integer, format: int32, minimum: 1, maximum: 100, default: 20}
    TraceId:
      name: X-Trace-Id
      in: header
      description: A trace id.
      schema: {type: string, pattern: '^[a-f0-9]{8}$'}
      example: deadbeef
  examples:
    Fluffy:
      summary: A cat
      value: {name: Fluffy, status: sold}
  schemas:
    Pet:
      type: object
      required: [name]
      properties:
        id: {type: integer, format: int64, readOnly: true}
        name: {type: string, example: Rex}
        status: {type: string, enum: [available, pending, sold]}
        born: {type: string, format: date}
        weight: {type: number, minimum: 0.5}
        tags: {type: array, items: {$ref: '#/components/schemas/Tag'}}
        owner: {$ref: '#/components/schemas/Person'}
    Tag:
      type: object
      properties:
        label: {type: string, default: cute}
    Person:
      type: object
      properties:
        email: {type: string, format: email}
        friend: {$ref: '#/components/schemas/Person'}
    Shape:
      oneOf:
        - {$ref: '#/components/schemas/Circle'}
        - {type: object, properties: {side: {type: number}}}
    Circle:
      type: object
      properties:
        radius: {type: integer, minimum: 1}
    Named:
      allOf:
        - {$ref: '#/components/schemas/Circle'}
        - type: object
          properties:
            label: {type: string, format: uuid}
  securitySchemes:
    apiKeyHeader: {type: apiKey, in: header, name: X-API-Key}
    apiKeyQuery: {type: apiKey, in: query, name: api_key}
    apiKeyCookie: {type: apiKey, in: cookie, name: session_key}
    basic: {type: http, scheme: basic}
    bearer: {type: http, scheme: Bearer, bearerFormat: JWT}
    digest: {type: http, scheme: Digest}
    oauth:
      type: oauth2
      flows:
        clientCredentials:
          tokenUrl: https://auth.test/token
          scopes: {read: r, write: w}
    mtls: {type: mutualTLS}
paths:
  /pets/{petId}:
    parameters:
      - {name: petId, in: path, required: true, schema: {type: string}}
      - $ref: '#/components/parameters/Limit'
      - {name: verbose, in: query, schema: {type: boolean}}
    get:
      operationId: getPet
      parameters:
        - {name: limit, in: query, required: true, schema: {type: integer, maximum: 50}}
        - $ref: '#/components/parameters/TraceId'
        - {name: session, in: cookie, schema: {type: string}}
        - {name: Accept, in: header, schema: {type: string}}
      security:
        - apiKeyHeader: []
        - basic: []
          apiKeyQuery: []
        - {}
      responses: {'200': {description: ok}}
    put:
      operationId: putPet
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Pet'}
          application/x-www-form-urlencoded:
            schema:
              type: object
              required: [name]
              properties:
                name: {type: string}
                count: {type: integer, example: 3}
          multipart/form-data:
            schema:
              type: object
              properties:
                title: {type: string}
                photo: {type: string, format: binary}
            encoding:
              photo: {contentType: image/png}
      security: [{oauth: [write]}]
      responses: {'200': {description: ok}}
    post:
      operationId: postPetExamples
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Pet'}
            examples:
              fluffy: {$ref: '#/components/examples/Fluffy'}
          text/plain:
            schema: {type: string}
            example: hello
          application/vnd.shape+json:
            schema: {$ref: '#/components/schemas/Shape'}
          application/vnd.named+json:
            schema: {$ref: '#/components/schemas/Named'}
      responses: {'200': {description: ok}}
  /search:
    get:
      operationId: search
      parameters:
        - {name: ids, in: query, schema: {type: array, items: {type: integer}}}
        - {name: tags, in: query, explode: false, schema: {type: array, items: {type: string}}}
        - {name: sp, in: query, style: spaceDelimited, explode: false, schema: {type: array, items: {type: string}}}
        - {name: pipes, in: query, style: pipeDelimited, explode: false, schema: {type: array, items: {type: string}}}
        - {name: filter, in: query, style: deepObject, explode: true, schema: {type: object}}
        - {name: color, in: query, schema: {type: string, enum: [red, green]}}
        - {name: q, in: query, schema: {type: string, minLength: 2, maxLength: 5}}
        - {name: ratio, in: query, schema: {type: number, exclusiveMaximum: true, maximum: 1}}
        - {name: path, in: query, allowReserved: true, schema: {type: string}}
        - {name: theme, in: cookie, schema: {type: string}}
      security: [{apiKeyCookie: []}]
      responses: {'200': {description: ok}}
  /files/{name}/{ids}{ext}:
    get:
      operationId: files
      parameters:
        - {name: name, in: path, required: true, schema: {type: string}}
        - {name: ids, in: path, required: true, schema: {type: array, items: {type: string}}}
        - {name: ext, in: path, required: true, style: label, schema: {type: string}}
        - {name: ids, in: query, schema: {type: string}}
      security: []
      responses: {'200': {description: ok}}
  /matrix/{m}/{e}:
    get:
      parameters:
        - {name: m, in: path, required: true, style: matrix, schema: {type: array, items: {type: string}}}
        - {name: e, in: path, required: true, style: matrix, explode: true, schema: {type: array, items: {type: string}}}
      responses: {'200': {description: ok}}
  /undeclared/{thing}:
    get:
      responses: {'200': {description: ok}}
  /combined:
    get:
      security: [{bearer: [], apiKeyHeader: []}]
      responses: {'200': {description: ok}}
  /scoped:
    get:
      security: [{oauth: [read, write]}]
      responses: {'200': {description: ok}}
  /digest:
    get:
      security: [{digest: []}, {basic: []}]
      responses: {'200': {description: ok}}
  /digest-and-basic:
    get:
      security: [{basic: [], digest: []}]
      responses: {'200': {description: ok}}
  /undefined:
    get:
      security: [{nope: []}]
      responses: {'200': {description: ok}}
  /mtls:
    get:
      security: [{mtls: []}]
      responses: {'200': {description: ok}}
)";

const char *kSwaggerYaml = R"(swagger: "2.0"
info: {title: Old, version: "1"}
host: old.api.test
basePath: /base
schemes: [https]
consumes: [application/json, application/xml]
securityDefinitions:
  key: {type: apiKey, in: query, name: token}
paths:
  /things:
    post:
      operationId: addThing
      parameters:
        - in: body
          name: thing
          required: true
          schema:
            type: object
            properties:
              name: {type: string}
              size: {type: integer, format: int32, enum: [1, 2, 3]}
        - {in: query, name: ids, type: array, items: {type: integer}, collectionFormat: multi}
        - {in: query, name: ps, type: array, items: {type: string}, collectionFormat: pipes}
        - {in: header, name: X-Count, type: integer, minimum: 1}
      security: [{key: []}]
      responses: {'200': {description: ok}}
  /upload:
    post:
      operationId: upload
      parameters:
        - {in: formData, name: file, type: file, required: true}
        - {in: formData, name: note, type: string, default: hi}
      responses: {'200': {description: ok}}
  /form:
    post:
      operationId: form
      consumes: [application/x-www-form-urlencoded]
      parameters:
        - {in: formData, name: a, type: string, required: true}
        - {in: formData, name: b, type: boolean}
      responses: {'200': {description: ok}}
)";

DocumentPtr load(const char *yaml, const QUrl &url = QUrl(QStringLiteral("https://docs.api.test/openapi.yaml")))
{
    Result<DocumentPtr> doc = openapi::loadDocumentBytes(QByteArray(yaml), url, QStringLiteral("test.yaml"));
    if (!doc) {
        qWarning("%s", qPrintable(doc.error().toString()));
        return nullptr;
    }
    return doc.value();
}

const openapi::Operation &op(const DocumentPtr &doc, const QString &key)
{
    const openapi::Operation *o = findOperation(*doc, key);
    if (!o)
        qFatal("no operation %s", qPrintable(key));
    return *o;
}

QStringList names(const RequestModel &m)
{
    QStringList out;
    for (const ParameterSpec &p : m.parameters)
        out.append(parameterInName(p.in) + u':' + p.name);
    return out;
}

QJsonObject jsonObject(const QString &text)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(error.errorString()), qPrintable(text.left(500)));
    return doc.object();
}

BuiltRequest built(const DocumentPtr &doc, const QString &operation, const RequestValues &values, const CredentialSource &creds,
                   BuildOptions options = {})
{
    const RequestModel model = buildRequestModel(*doc, op(doc, operation));
    BuildResult r = buildRequest(*doc, model, values, creds, options);
    if (!r) {
        qWarning("build failed: %s", qPrintable(r.error().message));
        return {};
    }
    return r.value();
}

// A self-signed EC certificate and its key, as PEM (key encrypted when a passphrase is given) and as PKCS#12.
struct TestIdentity
{
    QByteArray certificatePem;
    QByteArray keyPem;
    QByteArray pkcs12;
};

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(size));
}

TestIdentity makeIdentity(const QByteArray &passphrase)
{
    TestIdentity id;
    EVP_PKEY *key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
    X509 *cert = X509_new();
    X509_set_version(cert, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert), 7);
    X509_gmtime_adj(X509_getm_notBefore(cert), 0);
    X509_gmtime_adj(X509_getm_notAfter(cert), 3600);
    X509_set_pubkey(cert, key);
    X509_NAME *name = X509_get_subject_name(cert);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("keyway-test-client"), -1, -1, 0);
    X509_set_issuer_name(cert, name);
    X509_sign(cert, key, EVP_sha256());
    BIO *certBio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(certBio, cert);
    id.certificatePem = bioBytes(certBio);
    BIO_free(certBio);
    BIO *keyBio = BIO_new(BIO_s_mem());
    if (passphrase.isEmpty())
        PEM_write_bio_PrivateKey(keyBio, key, nullptr, nullptr, 0, nullptr, nullptr);
    else
        PEM_write_bio_PKCS8PrivateKey(keyBio, key, EVP_aes_256_cbc(), passphrase.constData(), int(passphrase.size()), nullptr, nullptr);
    id.keyPem = bioBytes(keyBio);
    BIO_free(keyBio);
    PKCS12 *p12 = PKCS12_create(passphrase.constData(), "client", key, cert, nullptr, 0, 0, 0, 0, 0);
    BIO *p12Bio = BIO_new(BIO_s_mem());
    i2d_PKCS12_bio(p12Bio, p12);
    id.pkcs12 = bioBytes(p12Bio);
    BIO_free(p12Bio);
    PKCS12_free(p12);
    X509_free(cert);
    EVP_PKEY_free(key);
    return id;
}

} // namespace

class TestRequestModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    // model
    void parametersMergeAndOverride();
    void parameterRefsAndFacts();
    void headerParametersOpenApiIgnores();
    void undeclaredPathParameter();
    void jsonExampleGenerated();
    void formAndMultipartFields();
    void explicitExamplesWin();
    void composition();
    void cyclesAreCut();
    void capsKeepHugeSchemasSmall();
    void largeDocumentsStayFast_data();
    void largeDocumentsStayFast();
    void swagger2BodyAndFormData();
    void prefilledValues();

    // validation
    void validation_data();
    void validation();
    void validationOfBodies();

    // building
    void serverAndPathEncoding();
    void serverProblems();
    void queryStyles();
    void pathStyles();
    void cookieMerge();
    void formBodies();
    void formEncodingStyles();
    void multipartBody();
    void swagger2Building();

    // security
    void pickAlternative();
    void missingCredentialsIsAnError();
    void apiKeyPlacements();
    void basicAndBearer();
    void andAppliesEverySchemeTogether();
    void oauthScopesAndTokenType();
    void digestIsDeferredToTheSender();
    void authorizationConflict();
    void undefinedScheme();
    void mutualTls();
    void requestInfoCarriesSecrets();

    // history
    void historyMasksAndPersists();

private:
    DocumentPtr m_pets;
    DocumentPtr m_swagger;
};

void TestRequestModel::initTestCase()
{
    m_pets = load(kPetsYaml);
    QVERIFY(m_pets);
    m_swagger = load(kSwaggerYaml);
    QVERIFY(m_swagger);
}

void TestRequestModel::parametersMergeAndOverride()
{
    const RequestModel m = buildRequestModel(*m_pets, op(m_pets, QStringLiteral("getPet")));
    QCOMPARE(m.method, QStringLiteral("GET"));
    QCOMPARE(m.pathTemplate, QStringLiteral("/pets/{petId}"));
    QCOMPARE(names(m),
             (QStringList{QStringLiteral("path:petId"), QStringLiteral("query:limit"), QStringLiteral("query:verbose"),
                          QStringLiteral("header:X-Trace-Id"), QStringLiteral("cookie:session")}));
    const ParameterSpec *limit = m.parameter(QStringLiteral("limit"), ParameterIn::Query);
    QVERIFY(limit);
    // The operation's declaration replaced the path item's $ref'd one, in place.
    QVERIFY(limit->required);
    QVERIFY(!limit->fromPathItem);
    QCOMPARE(limit->schema.maximum, std::optional<double>(50));
    QVERIFY(!limit->schema.minimum);
    QVERIFY(limit->schema.defaultValue.isEmpty());
    const ParameterSpec *petId = m.parameter(QStringLiteral("petId"), ParameterIn::Path);
    QVERIFY(petId->required);
    QVERIFY(petId->fromPathItem);
    QCOMPARE(petId->style, QStringLiteral("simple"));
    QVERIFY(!petId->explode);
    const ParameterSpec *verbose = m.parameter(QStringLiteral("verbose"), ParameterIn::Query);
    QCOMPARE(verbose->style, QStringLiteral("form"));
    QVERIFY(verbose->explode);
    QCOMPARE(verbose->schema.type, QStringLiteral("boolean"));
    QCOMPARE(m.security.alternatives.size(), 3);
    QCOMPARE(m.servers.size(), 1);

    // putPet inherits the path item's parameters, untouched.
    const RequestModel put = buildRequestModel(*m_pets, op(m_pets, QStringLiteral("putPet")));
    const ParameterSpec *inherited = put.parameter(QStringLiteral("limit"), ParameterIn::Query);
    QVERIFY(inherited);
    QVERIFY(!inherited->required);
    QCOMPARE(inherited->schema.format, QStringLiteral("int32"));
    QCOMPARE(inherited->schema.defaultValue, QStringLiteral("20"));
    QCOMPARE(inherited->refChain, QStringList{QStringLiteral("#/components/parameters/Limit")});
    QCOMPARE(inherited->suggestedValue(), QStringLiteral("20"));
}

void TestRequestModel::parameterRefsAndFacts()
{
    const RequestModel m = buildRequestModel(*m_pets, op(m_pets, QStringLiteral("getPet")));
    const ParameterSpec *trace = m.parameter(QStringLiteral("x-trace-id"), ParameterIn::Header); // header names: case-insensitive
    QVERIFY(trace);
    QCOMPARE(trace->name, QStringLiteral("X-Trace-Id"));
    QCOMPARE(trace->schema.pattern, QStringLiteral("^[a-f0-9]{8}$"));
    QCOMPARE(trace->example, QStringLiteral("deadbeef"));
    QCOMPARE(trace->description, QStringLiteral("A trace id."));
    QCOMPARE(trace->refChain, QStringList{QStringLiteral("#/components/parameters/TraceId")});
    QVERIFY(trace->location.isValid());

    const RequestModel s = buildRequestModel(*m_pets, op(m_pets, QStringLiteral("search")));
    const ParameterSpec *color = s.parameter(QStringLiteral("color"), ParameterIn::Query);
    QCOMPARE(color->schema.enumValues, (QStringList{QStringLiteral("red"), QStringLiteral("green")}));
    QCOMPARE(color->suggestedValue(), QStringLiteral("red"));
    const ParameterSpec *ids = s.parameter(QStringLiteral("ids"), ParameterIn::Query);
    QVERIFY(ids->schema.isArray());
    QVERIFY(ids->schema.items);
    QCOMPARE(ids->schema.items->type, QStringLiteral("integer"));
    const ParameterSpec *filter = s.parameter(QStringLiteral("filter"), ParameterIn::Query);
    QCOMPARE(filter->style, QStringLiteral("deepObject"));
}

void TestRequestModel::headerParametersOpenApiIgnores()
{
    const RequestModel m = buildRequestModel(*m_pets, op(m_pets, QStringLiteral("getPet")));
    QVERIFY(!m.parameter(QStringLiteral("Accept"), ParameterIn::Header));
    bool noted = false;
    for (const auto &n : m.notes)
        noted = noted || n.message.contains(QLatin1String("\"Accept\" is ignored"));
    QVERIFY(noted);
}

void TestRequestModel::undeclaredPathParameter()
{
    const RequestModel m = buildRequestModel(*m_pets, op(m_pets, QStringLiteral("GET /undeclared/{thing}")));
    const ParameterSpec *thing = m.parameter(QStringLiteral("thing"), ParameterIn::Path);
    QVERIFY(thing);
    QVERIFY(thing->required);
    QCOMPARE(m.notes.size(), 1);
    QVERIFY(m.notes.first().message.contains(QLatin1String("not declared")));
}

void TestRequestModel::jsonExampleGenerated()
{
    const RequestModel m = buildRequestModel(*m_pets, op(m_pets, QStringLiteral("putPet")));
    QVERIFY(m.body.present);
    QVERIFY(m.body.required);
    QCOMPARE(m.body.variants.size(), 3);
    const BodyVariant &json = m.body.variants.at(0);
    QCOMPARE(json.mediaType, QStringLiteral("application/json"));
    QCOMPARE(json.kind, BodyVariant::Kind::Json);
    QVERIFY(json.exampleGenerated);
    const QJsonObject o = jsonObject(json.example);
    QVERIFY(!o.contains(QLatin1String("id"))); // readOnly: not in a request
    QCOMPARE(o.value(QLatin1String("name")).toString(), QStringLiteral("Rex")); // the property's example
    QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("available")); // first enum value
    QCOMPARE(o.value(QLatin1String("born")).toString(), QStringLiteral("2024-01-01")); // format date
    QCOMPARE(o.value(QLatin1String("weight")).toDouble(), 0.5); // minimum
    QCOMPARE(o.value(QLatin1String("tags")).toArray().first().toObject().value(QLatin1String("label")).toString(),
             QStringLiteral("cute")); // default, through a $ref'd array item
    QCOMPARE(o.value(QLatin1String("owner")).toObject().value(QLatin1String("email")).toString(), QStringLiteral("user@example.com"));
    // Document order of members is kept (QJsonObject would sort them).
    QVERIFY(json.example.indexOf(QLatin1String("\"name\"")) < json.example.indexOf(QLatin1String("\"status\"")));
    QVERIFY(json.example.indexOf(QLatin1String("\"status\"")) < json.example.indexOf(QLatin1String("\"born\"")));
    QVERIFY(json.example.indexOf(QLatin1String("\"born\"")) < json.example.indexOf(QLatin1String("\"owner\"")));
}

void TestRequestModel::formAndMultipartFields()
{
    const RequestModel m = buildRequestModel(*m_pets, op(m_pets, QStringLiteral("putPet")));
    const BodyVariant *form = m.body.variant(QStringLiteral("application/x-www-form-urlencoded"));
    QVERIFY(form);
    QCOMPARE(form->kind, BodyVariant::Kind::Form);
    QCOMPARE(form->fields.size(), 2);
    QCOMPARE(form->fields.at(0).name, QStringLiteral("name"));
    QVERIFY(form->fields.at(0).required);
    QVERIFY(!form->fields.at(1).required);
    QCOMPARE(form->fields.at(1).example, QStringLiteral("3"));
    QCOMPARE(form->example, QStringLiteral("name=string&count=3"));
    const BodyVariant *multipart = m.body.variant(QStringLiteral("multipart/form-data"));
    QVERIFY(multipart);
    QCOMPARE(multipart->kind, BodyVariant::Kind::Multipart);
    QCOMPARE(multipart->fields.size(), 2);
    QVERIFY(!multipart->fields.at(0).isFile);
    QVERIFY(multipart->fields.at(1).isFile);
    QCOMPARE(multipart->fields.at(1).contentType, QStringLiteral("image/png"));
    QVERIFY(multipart->fields.at(1).example.isEmpty());
}

void TestRequestModel::explicitExamplesWin()
{
    const RequestModel m = buildRequestModel(*m_pets, op(m_pets, QStringLiteral("postPetExamples")));
    const BodyVariant *json = m.body.variant(QStringLiteral("application/json"));
    QVERIFY(json);
    QVERIFY(!json->exampleGenerated);
    QCOMPARE(json->examples.size(), 1);
    QCOMPARE(json->examples.first().name, QStringLiteral("fluffy"));
    QCOMPARE(json->examples.first().summary, QStringLiteral("A cat")); // through the $ref to components/examples
    QCOMPARE(jsonObject(json->example).value(QLatin1String("name")).toString(), QStringLiteral("Fluffy"));
    const BodyVariant *text = m.body.variant(QStringLiteral("text/plain"));
    QCOMPARE(text->kind, BodyVariant::Kind::Text);
    QCOMPARE(text->example, QStringLiteral("hello"));
}

void TestRequestModel::composition()
{
    const RequestModel m = buildRequestModel(*m_pets, op(m_pets, QStringLiteral("postPetExamples")));
    const BodyVariant *shape = m.body.variant(QStringLiteral("application/vnd.shape+json"));
    QCOMPARE(shape->kind, BodyVariant::Kind::Json);
    QCOMPARE(jsonObject(shape->example).value(QLatin1String("radius")).toInt(), 1); // oneOf: the first choice
    const BodyVariant *named = m.body.variant(QStringLiteral("application/vnd.named+json"));
    const QJsonObject o = jsonObject(named->example); // allOf: merged
    QCOMPARE(o.value(QLatin1String("radius")).toInt(), 1);
    QCOMPARE(o.value(QLatin1String("label")).toString(), QStringLiteral("3fa85f64-5717-4562-b3fc-2c963f66afa6"));
}

void TestRequestModel::cyclesAreCut()
{
    const RequestModel m = buildRequestModel(*m_pets, op(m_pets, QStringLiteral("putPet")));
    const BodyVariant &json = m.body.variants.at(0);
    QVERIFY(json.cycleCut);
    // Person.friend refers back to Person: the second level is an empty object, not an endless nesting.
    const QJsonObject owner = jsonObject(json.example).value(QLatin1String("owner")).toObject();
    QCOMPARE(owner.value(QLatin1String("friend")).toObject(), QJsonObject());
}

void TestRequestModel::capsKeepHugeSchemasSmall()
{
    // 40 levels of nesting and an object with 500 properties.
    QByteArray yaml = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n  /deep:\n    post:\n      requestBody:\n        content:\n"
                      "          application/json:\n            schema: {$ref: '#/components/schemas/L0'}\n"
                      "          application/vnd.wide+json:\n            schema: {$ref: '#/components/schemas/Wide'}\n"
                      "      responses: {'200': {description: ok}}\ncomponents:\n  schemas:\n";
    for (int i = 0; i < 40; ++i)
        yaml += "    L" + QByteArray::number(i) + ":\n      type: object\n      properties:\n        next: {$ref: '#/components/schemas/L"
            + QByteArray::number(i + 1) + "'}\n        v: {type: integer}\n";
    yaml += "    L40: {type: string}\n    Wide:\n      type: object\n      properties:\n";
    for (int i = 0; i < 500; ++i)
        yaml += "        p" + QByteArray::number(i)
            + ": {type: array, items: {type: object, properties: {a: {type: string}, b: {type: string}}}}\n";
    const DocumentPtr doc = load(yaml.constData());
    QVERIFY(doc);
    ModelOptions options;
    options.exampleLimits.maxDepth = 6;
    options.exampleLimits.maxProperties = 50;
    options.exampleLimits.maxNodes = 120;
    const RequestModel m = buildRequestModel(*doc, doc->operations.first(), options);
    const BodyVariant &deep = m.body.variants.at(0);
    QVERIFY(deep.exampleTruncated);
    QVERIFY(!deep.cycleCut);
    QJsonValue v = jsonObject(deep.example);
    int depth = 0;
    while (v.isObject() && v.toObject().contains(QLatin1String("next")) && depth < 100) {
        v = v.toObject().value(QLatin1String("next"));
        ++depth;
    }
    QCOMPARE(depth, 6); // maxDepth levels below the root, the last one an empty object
    QCOMPARE(v.toObject(), QJsonObject());
    const BodyVariant &wide = m.body.variants.at(1);
    QVERIFY(wide.exampleTruncated);
    const QJsonObject w = jsonObject(wide.example);
    QVERIFY(w.size() <= 50);
    QVERIFY(w.size() >= 10);
}

void TestRequestModel::largeDocumentsStayFast_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("stripe") << QStringLiteral("stripe-spec3-2022-04.json");
    QTest::newRow("github") << QStringLiteral("github-api.github.com.json");
    QTest::newRow("openai") << QStringLiteral("openai-openapi-3.1.json");
    QTest::newRow("box") << QStringLiteral("box-openapi.json");
    QTest::newRow("kubernetes (swagger 2.0)") << QStringLiteral("kubernetes-swagger-2.0.json");
    QTest::newRow("slack (swagger 2.0)") << QStringLiteral("slack-web-openapi-v2.json");
}

void TestRequestModel::largeDocumentsStayFast()
{
    QFETCH(QString, file);
    const QString path = QDir::cleanPath(QStringLiteral(KEYWAY_SOURCE_DIR "/../shared/specs/") + file);
    if (!QFileInfo::exists(path))
        QSKIP("the optional corpus (../shared/specs) is not there");
    Result<DocumentPtr> doc = openapi::loadDocumentFile(path);
    QVERIFY(doc.ok());
    QElapsedTimer timer;
    timer.start();
    qint64 slowest = 0;
    QString slowestName;
    int bodies = 0;
    qsizetype fields = 0;
    qsizetype exampleBytes = 0;
    BodyVariant customers;
    for (const openapi::Operation &o : doc.value()->operations) {
        QElapsedTimer one;
        one.start();
        const RequestModel m = buildRequestModel(*doc.value(), o);
        if (one.elapsed() > slowest) {
            slowest = one.elapsed();
            slowestName = o.displayName();
        }
        for (const BodyVariant &v : m.body.variants) {
            ++bodies;
            fields += v.fields.size();
            exampleBytes += v.example.size();
            if (o.displayName() == QLatin1String("POST /v1/customers"))
                customers = v;
            QVERIFY(v.example.size() < 2 * 1024 * 1024);
            if (v.kind == BodyVariant::Kind::Json && !v.example.isEmpty()) {
                QJsonParseError error{};
                QJsonDocument::fromJson(v.example.toUtf8(), &error);
                QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(o.displayName() + u' ' + v.mediaType));
            }
        }
    }
    qInfo("%s: %lld operations, %d bodies, %lld form fields, %lld bytes of examples in %lld ms; slowest %s: %lld ms", qPrintable(file),
          qlonglong(doc.value()->operations.size()), bodies, qlonglong(fields), qlonglong(exampleBytes), qlonglong(timer.elapsed()),
          qPrintable(slowestName), qlonglong(slowest));
    // Times are reported above, not asserted (benchmarks measure speed).
    if (file.startsWith(QLatin1String("stripe"))) {
        // A real form body: Stripe's customer creation, fields from the schema with examples.
        QCOMPARE(customers.kind, BodyVariant::Kind::Form);
        QVERIFY(customers.fields.size() > 20);
        QVERIFY(!customers.example.isEmpty());
    }
}

void TestRequestModel::swagger2BodyAndFormData()
{
    const RequestModel add = buildRequestModel(*m_swagger, op(m_swagger, QStringLiteral("addThing")));
    QVERIFY(add.body.present);
    QVERIFY(add.body.required);
    QCOMPARE(add.body.variants.size(), 2); // the document's consumes
    QCOMPARE(add.body.variants.at(0).mediaType, QStringLiteral("application/json"));
    QCOMPARE(add.body.variants.at(1).kind, BodyVariant::Kind::Text); // application/xml
    const QJsonObject o = jsonObject(add.body.variants.at(0).example);
    QCOMPARE(o.value(QLatin1String("size")).toInt(), 1);
    QVERIFY(!add.parameter(QStringLiteral("thing"), ParameterIn::Body)); // the body parameter became the body
    const ParameterSpec *ids = add.parameter(QStringLiteral("ids"), ParameterIn::Query);
    QCOMPARE(ids->collectionFormat, QStringLiteral("multi"));
    QCOMPARE(ids->schema.items->type, QStringLiteral("integer"));
    const ParameterSpec *count = add.parameter(QStringLiteral("X-Count"), ParameterIn::Header);
    QCOMPARE(count->schema.minimum, std::optional<double>(1));

    const RequestModel upload = buildRequestModel(*m_swagger, op(m_swagger, QStringLiteral("upload")));
    QCOMPARE(upload.body.variants.size(), 1);
    const BodyVariant &mp = upload.body.variants.first();
    QCOMPARE(mp.kind, BodyVariant::Kind::Multipart); // a file among the formData parameters
    QCOMPARE(mp.fields.size(), 2);
    QVERIFY(mp.fields.at(0).isFile);
    QVERIFY(mp.fields.at(0).required);
    QCOMPARE(mp.fields.at(1).example, QStringLiteral("hi"));

    const RequestModel form = buildRequestModel(*m_swagger, op(m_swagger, QStringLiteral("form")));
    QCOMPARE(form.body.variants.size(), 1);
    QCOMPARE(form.body.variants.first().kind, BodyVariant::Kind::Form);
    QCOMPARE(form.body.variants.first().fields.at(1).schema.type, QStringLiteral("boolean"));
}

void TestRequestModel::prefilledValues()
{
    const RequestModel m = buildRequestModel(*m_pets, op(m_pets, QStringLiteral("putPet")));
    const RequestValues v = RequestValues::prefilled(m);
    QCOMPARE(v.value(QStringLiteral("limit"), ParameterIn::Query), QStringLiteral("20"));
    QVERIFY(!v.has(QStringLiteral("petId"), ParameterIn::Path)); // nothing suggested
    QCOMPARE(v.mediaType, QStringLiteral("application/json"));
    QVERIFY(v.body.contains("\"Rex\""));
}

void TestRequestModel::validation_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("in");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message"); // empty: valid

    const int query = int(ParameterIn::Query);
    const int header = int(ParameterIn::Header);
    QTest::newRow("integer ok") << "putPet"
                                << "limit" << query << "42"
                                << "";
    QTest::newRow("integer bad") << "putPet"
                                 << "limit" << query << "4.5"
                                 << "limit must be an integer (\"4.5\" is not).";
    QTest::newRow("int32 range") << "putPet"
                                 << "limit" << query << "99999999999"
                                 << "limit must fit in 32 bits (int32)";
    QTest::newRow("minimum") << "putPet"
                             << "limit" << query << "0"
                             << "limit must be at least 1.";
    QTest::newRow("maximum") << "putPet"
                             << "limit" << query << "101"
                             << "limit must be at most 100.";
    QTest::newRow("boolean ok") << "putPet"
                                << "verbose" << query << "false"
                                << "";
    QTest::newRow("boolean bad") << "putPet"
                                 << "verbose" << query << "yes"
                                 << "verbose must be true or false";
    QTest::newRow("pattern ok") << "getPet"
                                << "X-Trace-Id" << header << "0123abcd"
                                << "";
    QTest::newRow("pattern bad") << "getPet"
                                 << "X-Trace-Id" << header << "XYZ"
                                 << "X-Trace-Id does not match the pattern ^[a-f0-9]{8}$.";
    QTest::newRow("enum ok") << "search"
                             << "color" << query << "green"
                             << "";
    QTest::newRow("enum bad") << "search"
                              << "color" << query << "blue"
                              << "color must be one of: red, green.";
    QTest::newRow("min length") << "search"
                                << "q" << query << "a"
                                << "q must be at least 2 characters long.";
    QTest::newRow("max length") << "search"
                                << "q" << query << "abcdef"
                                << "q must be at most 5 characters long.";
    QTest::newRow("number ok") << "search"
                               << "ratio" << query << "0.25"
                               << "";
    QTest::newRow("number bad") << "search"
                                << "ratio" << query << "abc"
                                << "ratio must be a number";
    QTest::newRow("exclusive maximum") << "search"
                                       << "ratio" << query << "1"
                                       << "ratio must be less than 1.";
    QTest::newRow("array items ok") << "search"
                                    << "ids" << query << "1,2,3"
                                    << "";
    QTest::newRow("array json ok") << "search"
                                   << "ids" << query << "[1, 2]"
                                   << "";
    QTest::newRow("array item bad") << "search"
                                    << "ids" << query << "1,x"
                                    << "item 2 of ids must be an integer";
}

void TestRequestModel::validation()
{
    QFETCH(QString, operation);
    QFETCH(QString, name);
    QFETCH(int, in);
    QFETCH(QString, value);
    QFETCH(QString, message);
    const RequestModel m = buildRequestModel(*m_pets, op(m_pets, operation));
    RequestValues values;
    values.set(QStringLiteral("petId"), ParameterIn::Path, QStringLiteral("1"));
    if (operation == QLatin1String("getPet") && name != QLatin1String("limit"))
        values.set(QStringLiteral("limit"), ParameterIn::Query, QStringLiteral("10"));
    if (operation == QLatin1String("putPet"))
        values.body = "{}";
    values.set(name, ParameterIn(in), value);
    const QList<ValidationIssue> issues = validateRequest(m, values);
    if (message.isEmpty()) {
        QVERIFY2(issues.isEmpty(), qPrintable(issues.isEmpty() ? QString() : issues.first().toString()));
        return;
    }
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().parameter, name);
    QCOMPARE(int(issues.first().in), in);
    QVERIFY2(issues.first().message.startsWith(message), qPrintable(issues.first().message));
}

void TestRequestModel::validationOfBodies()
{
    const RequestModel get = buildRequestModel(*m_pets, op(m_pets, QStringLiteral("getPet")));
    QList<ValidationIssue> issues = validateRequest(get, RequestValues{});
    QCOMPARE(issues.size(), 2);
    QCOMPARE(issues.at(0).toString(), QStringLiteral("path petId: petId is required."));
    QCOMPARE(issues.at(1).toString(), QStringLiteral("query limit: limit is required."));

    const RequestModel put = buildRequestModel(*m_pets, op(m_pets, QStringLiteral("putPet")));
    RequestValues values;
    values.set(QStringLiteral("petId"), ParameterIn::Path, QStringLiteral("1"));
    issues = validateRequest(put, values);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().message, QStringLiteral("The request body is required."));
    values.body = "{\"name\": ";
    issues = validateRequest(put, values);
    QCOMPARE(issues.size(), 1);
    QVERIFY(issues.first().message.startsWith(QLatin1String("The JSON body does not parse")));
    values.body.clear();
    values.mediaType = QStringLiteral("application/x-www-form-urlencoded");
    values.form = {{QStringLiteral("count"), QStringLiteral("x"), {}, {}, {}}};
    issues = validateRequest(put, values);
    QCOMPARE(issues.size(), 2);
    QCOMPARE(issues.at(0).toString(), QStringLiteral("formData name: name is required."));
    QVERIFY(issues.at(1).message.startsWith(QLatin1String("count must be an integer")));
    values.mediaType = QStringLiteral("application/yaml");
    issues = validateRequest(put, values);
    QCOMPARE(issues.size(), 1);
    QVERIFY(issues.first().message.startsWith(QLatin1String("The operation takes no application/yaml body")));
}

void TestRequestModel::serverAndPathEncoding()
{
    MemoryCredentialSource none;
    RequestValues values;
    values.set(QStringLiteral("petId"), ParameterIn::Path, QString::fromUtf8("a b/c?d#\xc3\xa9%"));
    values.set(QStringLiteral("limit"), ParameterIn::Query, QStringLiteral("5"));
    values.serverVariables.insert(QStringLiteral("region"), QStringLiteral("us"));
    BuildOptions options;
    options.alternative = 2; // anonymous
    const BuiltRequest r = built(m_pets, QStringLiteral("getPet"), values, none, options);
    QCOMPARE(r.url.toEncoded(), QByteArray("https://us.api.test/v1/pets/a%20b%2Fc%3Fd%23%C3%A9%25?limit=5"));
    QCOMPARE(r.requestTarget(), QByteArray("/v1/pets/a%20b%2Fc%3Fd%23%C3%A9%25?limit=5"));
    QCOMPARE(r.method, QByteArray("GET"));
    QCOMPARE(r.label, QStringLiteral("GET /pets/{petId}"));
    QCOMPARE(r.alternative, 2);
    QVERIFY(r.appliedSchemes.isEmpty());
    // The QNetworkRequest keeps the encoding.
    QCOMPARE(r.toNetworkRequest().url().toEncoded(), r.url.toEncoded());

    // An explicit server URL overrides the document's.
    values.serverUrl = QStringLiteral("http://127.0.0.1:9/root/");
    const BuiltRequest local = built(m_pets, QStringLiteral("getPet"), values, none, options);
    QCOMPARE(local.url.toEncoded(), QByteArray("http://127.0.0.1:9/root/pets/a%20b%2Fc%3Fd%23%C3%A9%25?limit=5"));
}

void TestRequestModel::serverProblems()
{
    const DocumentPtr file = load("openapi: 3.0.3\ninfo: {title: T, version: '1'}\nservers: [{url: /api}]\npaths:\n  /x:\n    get:\n"
                                  "      responses: {'200': {description: ok}}\n",
                                  QUrl::fromLocalFile(QStringLiteral("/tmp/doc.yaml")));
    QVERIFY(file);
    MemoryCredentialSource none;
    const RequestModel m = buildRequestModel(*file, file->operations.first());
    BuildResult r = buildRequest(*file, m, RequestValues{}, none);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, BuildError::Kind::BadServer);
    QVERIFY(r.error().message.contains(QLatin1String("give a server URL")));
    RequestValues values;
    values.serverUrl = QStringLiteral("ftp://127.0.0.1/");
    r = buildRequest(*file, m, values, none);
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(QLatin1String("not http or https")));
    values.serverUrl = QStringLiteral("http://127.0.0.1:8080/api");
    r = buildRequest(*file, m, values, none);
    QVERIFY(r.ok());
    QCOMPARE(r->url.toString(), QStringLiteral("http://127.0.0.1:8080/api/x"));
    values.serverUrl.clear();
    values.serverIndex = 3;
    r = buildRequest(*file, m, values, none);
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(QLatin1String("no server 3")));
}

void TestRequestModel::queryStyles()
{
    MemoryCredentialSource creds;
    creds.set(QStringLiteral("apiKeyCookie"), SchemeCredential::fromApiKey(QStringLiteral("ck")));
    RequestValues values;
    values.set(QStringLiteral("ids"), ParameterIn::Query, QStringLiteral("[1, 2]"));
    values.set(QStringLiteral("tags"), ParameterIn::Query, QStringLiteral("a b,c&d"));
    values.set(QStringLiteral("sp"), ParameterIn::Query, QStringLiteral("x,y"));
    values.set(QStringLiteral("pipes"), ParameterIn::Query, QStringLiteral("x,y"));
    values.set(QStringLiteral("filter"), ParameterIn::Query, QStringLiteral(R"({"color": "red", "size": "L"})"));
    values.set(QStringLiteral("path"), ParameterIn::Query, QStringLiteral("/a/b:c?d&e"));
    const BuiltRequest r = built(m_pets, QStringLiteral("search"), values, creds);
    QCOMPARE(
        r.url.query(QUrl::FullyEncoded),
        QStringLiteral("ids=1&ids=2&tags=a%20b,c%26d&sp=x%20y&pipes=x%7Cy&filter%5Bcolor%5D=red&filter%5Bsize%5D=L&path=/a/b:c?d%26e"));
}

void TestRequestModel::pathStyles()
{
    MemoryCredentialSource none;
    RequestValues values;
    values.set(QStringLiteral("name"), ParameterIn::Path, QStringLiteral("report"));
    values.set(QStringLiteral("ids"), ParameterIn::Path, QStringLiteral("3,4,5"));
    values.set(QStringLiteral("ext"), ParameterIn::Path, QStringLiteral("pdf"));
    values.set(QStringLiteral("ids"), ParameterIn::Query, QStringLiteral("q"));
    const BuiltRequest r = built(m_pets, QStringLiteral("files"), values, none);
    QCOMPARE(r.url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority), QByteArray("/v1/files/report/3,4,5.pdf?ids=q"));

    RequestValues matrix;
    matrix.set(QStringLiteral("m"), ParameterIn::Path, QStringLiteral("a,b"));
    matrix.set(QStringLiteral("e"), ParameterIn::Path, QStringLiteral("a,b"));
    const BuiltRequest mr = built(m_pets, QStringLiteral("GET /matrix/{m}/{e}"), matrix, none);
    QCOMPARE(mr.url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority), QByteArray("/v1/matrix/;m=a,b/;e=a;e=b"));
}

void TestRequestModel::cookieMerge()
{
    MemoryCredentialSource creds;
    creds.set(QStringLiteral("apiKeyCookie"), SchemeCredential::fromApiKey(QStringLiteral("k;e y")));
    RequestValues values;
    values.set(QStringLiteral("theme"), ParameterIn::Cookie, QStringLiteral("dark"));
    values.extraHeaders.append(qMakePair(QByteArray("Cookie"), QByteArray("manual=1")));
    const BuiltRequest r = built(m_pets, QStringLiteral("search"), values, creds);
    int cookieHeaders = 0;
    for (const auto &h : r.headers)
        cookieHeaders += h.first.compare("cookie", Qt::CaseInsensitive) == 0 ? 1 : 0;
    QCOMPARE(cookieHeaders, 1);
    QCOMPARE(r.header("Cookie"), QByteArray("manual=1; theme=dark; session_key=k%3Be%20y"));
    QVERIFY(r.secrets.contains("k;e y"));
    QVERIFY(r.secrets.contains("k%3Be%20y"));
    QCOMPARE(r.toNetworkRequest().rawHeader("Cookie"), QByteArray("manual=1; theme=dark; session_key=k%3Be%20y"));
    QVERIFY(r.sensitiveHeaders.isEmpty()); // Cookie is always dropped across origins by the client
}

void TestRequestModel::formBodies()
{
    MemoryCredentialSource creds;
    creds.set(QStringLiteral("oauth"), SchemeCredential::fromBearerToken(QStringLiteral("t")));
    RequestValues values;
    values.set(QStringLiteral("petId"), ParameterIn::Path, QStringLiteral("1"));
    values.mediaType = QStringLiteral("application/x-www-form-urlencoded");
    values.form
        = {{QStringLiteral("name"), QStringLiteral("Rex & Co"), {}, {}, {}}, {QStringLiteral("count"), QStringLiteral("3"), {}, {}, {}}};
    const BuiltRequest r = built(m_pets, QStringLiteral("putPet"), values, creds);
    QCOMPARE(r.body, QByteArray("name=Rex+%26+Co&count=3"));
    QCOMPARE(r.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));

    RequestValues json;
    json.set(QStringLiteral("petId"), ParameterIn::Path, QStringLiteral("1"));
    json.body = R"({"name":"Rex"})";
    const BuiltRequest j = built(m_pets, QStringLiteral("putPet"), json, creds);
    QCOMPARE(j.body, QByteArray(R"({"name":"Rex"})"));
    QCOMPARE(j.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(j.method, QByteArray("PUT"));
}

void TestRequestModel::formEncodingStyles()
{
    FormField address;
    address.name = QStringLiteral("address");
    address.style = QStringLiteral("deepObject"); // Stripe's encoding; its schema is an anyOf without a type
    FormField tags;
    tags.name = QStringLiteral("tags");
    tags.schema.type = QStringLiteral("array");
    FormField filter;
    filter.name = QStringLiteral("filter");
    filter.schema.type = QStringLiteral("object");
    FormField note;
    note.name = QStringLiteral("note");
    note.schema.type = QStringLiteral("string");
    const QList<FormField> fields{address, tags, filter, note};
    QCOMPARE(encodeFormBody(fields, {{QStringLiteral("address"), QStringLiteral(R"({"city": "K\u00f6ln", "lines": ["a", "b c"]})")}}),
             QByteArray("address%5Bcity%5D=K%C3%B6ln&address%5Blines%5D%5B0%5D=a&address%5Blines%5D%5B1%5D=b+c"));
    QCOMPARE(encodeFormBody(fields, {{QStringLiteral("tags"), QStringLiteral(R"(["x", "y"])")}}), QByteArray("tags=x&tags=y"));
    QCOMPARE(encodeFormBody(fields, {{QStringLiteral("filter"), QStringLiteral(R"({"a": 1})")}}), QByteArray("a=1"));
    // A string field keeps JSON text as it is; unknown fields too.
    QCOMPARE(encodeFormBody(fields, {{QStringLiteral("note"), QStringLiteral("[1]")}, {QStringLiteral("x"), QStringLiteral("{}")}}),
             QByteArray("note=%5B1%5D&x=%7B%7D"));
    // Not JSON at all: as it is.
    QCOMPARE(encodeFormBody(fields, {{QStringLiteral("address"), QStringLiteral("plain")}}), QByteArray("address=plain"));
}

void TestRequestModel::multipartBody()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("photo.png"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("\x89PNG-bytes");
    }
    MemoryCredentialSource creds;
    creds.set(QStringLiteral("oauth"), SchemeCredential::fromBearerToken(QStringLiteral("t")));
    RequestValues values;
    values.set(QStringLiteral("petId"), ParameterIn::Path, QStringLiteral("1"));
    values.mediaType = QStringLiteral("multipart/form-data");
    values.form = {{QStringLiteral("title"), QStringLiteral("My \"pet\""), {}, {}, {}}, {QStringLiteral("photo"), {}, file, {}, {}}};
    const BuiltRequest r = built(m_pets, QStringLiteral("putPet"), values, creds);
    const QByteArray type = r.header("Content-Type");
    QVERIFY(type.startsWith("multipart/form-data; boundary="));
    const QByteArray boundary = type.mid(type.indexOf('=') + 1);
    QVERIFY(r.body.startsWith("--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nMy \"pet\"\r\n"));
    QVERIFY(r.body.contains(
        "Content-Disposition: form-data; name=\"photo\"; filename=\"photo.png\"\r\nContent-Type: image/png\r\n\r\n\x89PNG-bytes\r\n"));
    QVERIFY(r.body.endsWith("--" + boundary + "--\r\n"));
    QCOMPARE(r.multipart.size(), 2);
    QCOMPARE(r.multipart.at(1).fileName, QStringLiteral("photo.png"));

    values.form[1].filePath = dir.filePath(QStringLiteral("missing.png"));
    const RequestModel m = buildRequestModel(*m_pets, op(m_pets, QStringLiteral("putPet")));
    const BuildResult missing = buildRequest(*m_pets, m, values, creds);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, BuildError::Kind::BadBody);
}

void TestRequestModel::swagger2Building()
{
    MemoryCredentialSource creds;
    creds.set(QStringLiteral("key"), SchemeCredential::fromApiKey(QStringLiteral("tok en")));
    RequestValues values;
    values.set(QStringLiteral("ids"), ParameterIn::Query, QStringLiteral("1,2"));
    values.set(QStringLiteral("ps"), ParameterIn::Query, QStringLiteral("a,b"));
    values.set(QStringLiteral("X-Count"), ParameterIn::Header, QStringLiteral("2"));
    values.body = R"({"name": "x"})";
    const BuiltRequest r = built(m_swagger, QStringLiteral("addThing"), values, creds);
    QCOMPARE(r.url.toEncoded(), QByteArray("https://old.api.test/base/things?ids=1&ids=2&ps=a%7Cb&token=tok%20en"));
    QCOMPARE(r.header("X-Count"), QByteArray("2"));
    QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(r.secretQueryNames, QStringList{QStringLiteral("token")});

    RequestValues form;
    form.form = {{QStringLiteral("a"), QStringLiteral("1"), {}, {}, {}}, {QStringLiteral("b"), QStringLiteral("true"), {}, {}, {}}};
    const BuiltRequest f = built(m_swagger, QStringLiteral("form"), form, creds);
    QCOMPARE(f.body, QByteArray("a=1&b=true"));
    QCOMPARE(f.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
}

void TestRequestModel::pickAlternative()
{
    const RequestModel m = buildRequestModel(*m_pets, op(m_pets, QStringLiteral("getPet")));
    MemoryCredentialSource creds;
    QCOMPARE(request::pickAlternative(*m_pets, m.security, creds), 2); // only anonymous is ready
    creds.set(QStringLiteral("basic"), SchemeCredential::fromUserPassword(QStringLiteral("u"), QStringLiteral("p")));
    QCOMPARE(request::pickAlternative(*m_pets, m.security, creds), 2); // basic alone is not the whole alternative
    creds.set(QStringLiteral("apiKeyQuery"), SchemeCredential::fromApiKey(QStringLiteral("q")));
    QCOMPARE(request::pickAlternative(*m_pets, m.security, creds), 1);
    creds.set(QStringLiteral("apiKeyHeader"), SchemeCredential::fromApiKey(QStringLiteral("h")));
    QCOMPARE(request::pickAlternative(*m_pets, m.security, creds), 0);
    // A credential of the wrong shape does not count (a user name for an API key).
    creds.set(QStringLiteral("apiKeyHeader"), SchemeCredential::fromUserPassword(QStringLiteral("u"), QStringLiteral("p")));
    QCOMPARE(request::pickAlternative(*m_pets, m.security, creds), 1);

    const RequestModel scoped = buildRequestModel(*m_pets, op(m_pets, QStringLiteral("GET /scoped")));
    QCOMPARE(request::pickAlternative(*m_pets, scoped.security, MemoryCredentialSource{}), 0); // none ready: the first
    const RequestModel files = buildRequestModel(*m_pets, op(m_pets, QStringLiteral("files")));
    QCOMPARE(request::pickAlternative(*m_pets, files.security, MemoryCredentialSource{}), -1); // public
    QCOMPARE(describeAlternative(m.security.alternatives.at(1)), QStringLiteral("basic AND apiKeyQuery"));
    QCOMPARE(describeAlternative(m.security.alternatives.at(2)), QStringLiteral("anonymous"));

    // The preselected alternative is the one applied.
    RequestValues values;
    values.set(QStringLiteral("petId"), ParameterIn::Path, QStringLiteral("1"));
    values.set(QStringLiteral("limit"), ParameterIn::Query, QStringLiteral("1"));
    const BuiltRequest r = built(m_pets, QStringLiteral("getPet"), values, creds);
    QCOMPARE(r.alternative, 1);
    QCOMPARE(r.appliedSchemes, (QStringList{QStringLiteral("basic"), QStringLiteral("apiKeyQuery")}));
}

void TestRequestModel::missingCredentialsIsAnError()
{
    const RequestModel m = buildRequestModel(*m_pets, op(m_pets, QStringLiteral("getPet")));
    MemoryCredentialSource creds;
    creds.set(QStringLiteral("basic"), SchemeCredential::fromUserPassword(QStringLiteral("u"), QStringLiteral("p")));
    RequestValues values;
    values.set(QStringLiteral("petId"), ParameterIn::Path, QStringLiteral("1"));
    values.set(QStringLiteral("limit"), ParameterIn::Query, QStringLiteral("1"));
    BuildOptions options;
    options.alternative = 1;
    const BuildResult r = buildRequest(*m_pets, m, values, creds, options);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, BuildError::Kind::MissingCredentials);
    QCOMPARE(r.error().schemes, QStringList{QStringLiteral("apiKeyQuery")});
    QCOMPARE(r.error().message,
             QStringLiteral("GET /pets/{petId} needs basic AND apiKeyQuery: no credentials for apiKeyQuery (API key in "
                            "query api_key). Authorize first, or choose another alternative."));
    options.alternative = 7;
    const BuildResult none = buildRequest(*m_pets, m, values, creds, options);
    QCOMPARE(none.error().kind, BuildError::Kind::NoSuchAlternative);
}

void TestRequestModel::apiKeyPlacements()
{
    MemoryCredentialSource creds;
    creds.set(QStringLiteral("apiKeyHeader"), SchemeCredential::fromApiKey(QStringLiteral("header-secret")));
    creds.set(QStringLiteral("basic"), SchemeCredential::fromUserPassword(QStringLiteral("u"), QStringLiteral("p")));
    creds.set(QStringLiteral("apiKeyQuery"), SchemeCredential::fromApiKey(QStringLiteral("query secret")));
    RequestValues values;
    values.set(QStringLiteral("petId"), ParameterIn::Path, QStringLiteral("1"));
    values.set(QStringLiteral("limit"), ParameterIn::Query, QStringLiteral("1"));
    BuildOptions options;
    options.alternative = 0;
    const BuiltRequest h = built(m_pets, QStringLiteral("getPet"), values, creds, options);
    QCOMPARE(h.header("X-API-Key"), QByteArray("header-secret"));
    QCOMPARE(h.sensitiveHeaders, QList<QByteArray>{"x-api-key"});
    QVERIFY(h.secrets.contains("header-secret"));
    QVERIFY(!h.hasHeader("Authorization"));
    options.alternative = 1;
    const BuiltRequest q = built(m_pets, QStringLiteral("getPet"), values, creds, options);
    QCOMPARE(q.url.query(QUrl::FullyEncoded), QStringLiteral("limit=1&api_key=query%20secret"));
    QVERIFY(q.secrets.contains("query secret"));
    QVERIFY(q.secrets.contains("query%20secret"));
    QCOMPARE(q.secretQueryNames, QStringList{QStringLiteral("api_key")});
    QVERIFY(!q.hasHeader("X-API-Key"));
}

void TestRequestModel::basicAndBearer()
{
    MemoryCredentialSource creds;
    creds.set(QStringLiteral("basic"), SchemeCredential::fromUserPassword(QString::fromUtf8("j\xc3\xb6rg"), QStringLiteral("pa:ss")));
    creds.set(QStringLiteral("apiKeyQuery"), SchemeCredential::fromApiKey(QStringLiteral("q")));
    RequestValues values;
    values.set(QStringLiteral("petId"), ParameterIn::Path, QStringLiteral("1"));
    values.set(QStringLiteral("limit"), ParameterIn::Query, QStringLiteral("1"));
    const BuiltRequest b = built(m_pets, QStringLiteral("getPet"), values, creds);
    const QByteArray expected = QByteArray("j\xc3\xb6rg:pa:ss").toBase64();
    QCOMPARE(b.header("Authorization"), "Basic " + expected);
    QVERIFY(b.secrets.contains(expected));
    QVERIFY(b.secrets.contains("pa:ss"));

    MemoryCredentialSource bearer;
    bearer.set(QStringLiteral("bearer"), SchemeCredential::fromApiKey(QStringLiteral("typed-in-token")));
    bearer.set(QStringLiteral("apiKeyHeader"), SchemeCredential::fromApiKey(QStringLiteral("h")));
    const BuiltRequest t = built(m_pets, QStringLiteral("GET /combined"), RequestValues{}, bearer);
    QCOMPARE(t.header("Authorization"), QByteArray("Bearer typed-in-token")); // "Bearer" whatever case the document used
}

void TestRequestModel::andAppliesEverySchemeTogether()
{
    MemoryCredentialSource creds;
    creds.set(QStringLiteral("bearer"), SchemeCredential::fromBearerToken(QStringLiteral("jwt")));
    const RequestModel m = buildRequestModel(*m_pets, op(m_pets, QStringLiteral("GET /combined")));
    const BuildResult missing = buildRequest(*m_pets, m, RequestValues{}, creds);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().schemes, QStringList{QStringLiteral("apiKeyHeader")});
    creds.set(QStringLiteral("apiKeyHeader"), SchemeCredential::fromApiKey(QStringLiteral("k")));
    const BuildResult r = buildRequest(*m_pets, m, RequestValues{}, creds);
    QVERIFY(r.ok());
    QCOMPARE(r->header("Authorization"), QByteArray("Bearer jwt"));
    QCOMPARE(r->header("X-API-Key"), QByteArray("k"));
    QCOMPARE(r->appliedSchemes, (QStringList{QStringLiteral("bearer"), QStringLiteral("apiKeyHeader")}));
    QCOMPARE(r->tokens.size(), 1);
}

void TestRequestModel::oauthScopesAndTokenType()
{
    auth::TokenSet tokens;
    tokens.accessToken = QStringLiteral("at");
    tokens.tokenType = QStringLiteral("bearer");
    tokens.grantedScopes = {QStringLiteral("read")};
    tokens.scopesFromResponse = true;
    MemoryCredentialSource creds;
    creds.set(QStringLiteral("oauth"), SchemeCredential::fromTokens(tokens));
    const BuiltRequest r = built(m_pets, QStringLiteral("GET /scoped"), RequestValues{}, creds);
    QCOMPARE(r.header("Authorization"), QByteArray("Bearer at"));
    QCOMPARE(r.scopeWarnings.size(), 1);
    QCOMPARE(r.scopeWarnings.first().missing, QStringList{QStringLiteral("write")});
    QVERIFY(r.warnings.first().startsWith(QLatin1String("oauth: the token lacks write")));

    tokens.grantedScopes = {QStringLiteral("read write")}; // one space-separated string
    creds.set(QStringLiteral("oauth"), SchemeCredential::fromTokens(tokens));
    QVERIFY(built(m_pets, QStringLiteral("GET /scoped"), RequestValues{}, creds).scopeWarnings.isEmpty());

    tokens.grantedScopes.clear();
    tokens.scopesFromResponse = false; // unknown: no warning
    tokens.tokenType = QStringLiteral("DPoP");
    tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-30);
    creds.set(QStringLiteral("oauth"), SchemeCredential::fromTokens(tokens));
    const BuiltRequest d = built(m_pets, QStringLiteral("GET /scoped"), RequestValues{}, creds);
    QVERIFY(d.scopeWarnings.isEmpty());
    QCOMPARE(d.header("Authorization"), QByteArray("DPoP at"));
    QVERIFY(d.warnings.join(u'\n').contains(QLatin1String("token type is DPoP")));
    QVERIFY(d.warnings.join(u'\n').contains(QLatin1String("expired")));
}

void TestRequestModel::digestIsDeferredToTheSender()
{
    MemoryCredentialSource creds;
    creds.set(QStringLiteral("digest"), SchemeCredential::fromUserPassword(QStringLiteral("keyway"), QStringLiteral("digest-secret")));
    const BuiltRequest r = built(m_pets, QStringLiteral("GET /digest"), RequestValues{}, creds);
    QVERIFY(r.digest);
    QCOMPARE(r.digest->username, QStringLiteral("keyway"));
    QVERIFY(!r.hasHeader("Authorization"));
    QVERIFY(r.secrets.contains("digest-secret"));
}

void TestRequestModel::authorizationConflict()
{
    MemoryCredentialSource creds;
    creds.set(QStringLiteral("digest"), SchemeCredential::fromUserPassword(QStringLiteral("d"), QStringLiteral("dp")));
    creds.set(QStringLiteral("basic"), SchemeCredential::fromUserPassword(QStringLiteral("b"), QStringLiteral("bp")));
    const BuiltRequest r = built(m_pets, QStringLiteral("GET /digest-and-basic"), RequestValues{}, creds);
    QVERIFY(r.hasHeader("Authorization"));
    QVERIFY(!r.digest);
    QCOMPARE(r.warnings.size(), 1);
    QVERIFY(r.warnings.first().contains(QLatin1String("Authorization header")));
}

void TestRequestModel::undefinedScheme()
{
    const RequestModel m = buildRequestModel(*m_pets, op(m_pets, QStringLiteral("GET /undefined")));
    const BuildResult r = buildRequest(*m_pets, m, RequestValues{}, MemoryCredentialSource{});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, BuildError::Kind::UndefinedScheme);
    QVERIFY(r.error().message.contains(QLatin1String("nope")));
}

void TestRequestModel::mutualTls()
{
    const TestIdentity id = makeIdentity("pem-pass");
    QVERIFY(!id.certificatePem.isEmpty());
    MemoryCredentialSource creds;
    ClientCertificate pem;
    pem.certificatePem = id.certificatePem;
    pem.privateKeyPem = id.keyPem;
    pem.passphrase = "pem-pass";
    creds.set(QStringLiteral("mtls"), SchemeCredential::fromCertificate(pem));
    const BuiltRequest r = built(m_pets, QStringLiteral("GET /mtls"), RequestValues{}, creds);
    QVERIFY(r.ssl);
    QCOMPARE(r.ssl->localCertificate(), QSslCertificate(id.certificatePem));
    QVERIFY(!r.ssl->privateKey().isNull());
    QCOMPARE(r.ssl->privateKey().algorithm(), QSsl::Ec);
    QVERIFY(r.secrets.contains("pem-pass"));
    QCOMPARE(r.toNetworkRequest().sslConfiguration().localCertificate(), r.ssl->localCertificate());

    // Wrong passphrase: a clear error, not the passphrase.
    pem.passphrase = "wrong";
    creds.set(QStringLiteral("mtls"), SchemeCredential::fromCertificate(pem));
    const RequestModel m = buildRequestModel(*m_pets, op(m_pets, QStringLiteral("GET /mtls")));
    BuildResult bad = buildRequest(*m_pets, m, RequestValues{}, creds);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().kind, BuildError::Kind::BadCredential);
    QVERIFY(bad.error().message.contains(QLatin1String("wrong passphrase")));
    QVERIFY(!bad.error().message.contains(QLatin1String("wrong\"")));

    // PKCS#12 from a file, with its passphrase.
    QTemporaryDir dir;
    const QString p12 = dir.filePath(QStringLiteral("client.p12"));
    {
        QFile f(p12);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(makeIdentity("p12-pass").pkcs12);
    }
    ClientCertificate bundle;
    bundle.certificatePath = p12;
    bundle.passphrase = "p12-pass";
    creds.set(QStringLiteral("mtls"), SchemeCredential::fromCertificate(bundle));
    const BuiltRequest b = built(m_pets, QStringLiteral("GET /mtls"), RequestValues{}, creds);
    QVERIFY(b.ssl);
    QVERIFY(!b.ssl->localCertificate().isNull());
    QVERIFY(b.clientCertificateIsPkcs12);
    QCOMPARE(b.clientCertificatePath, p12);
    bundle.passphrase = "nope";
    creds.set(QStringLiteral("mtls"), SchemeCredential::fromCertificate(bundle));
    QCOMPARE(buildRequest(*m_pets, m, RequestValues{}, creds).error().kind, BuildError::Kind::BadCredential);
}

void TestRequestModel::requestInfoCarriesSecrets()
{
    MemoryCredentialSource creds;
    creds.set(QStringLiteral("apiKeyHeader"), SchemeCredential::fromApiKey(QStringLiteral("k1")));
    creds.set(QStringLiteral("bearer"), SchemeCredential::fromBearerToken(QStringLiteral("t1")));
    const BuiltRequest r = built(m_pets, QStringLiteral("GET /combined"), RequestValues{}, creds);
    const net::RequestInfo info = r.requestInfo(QStringLiteral("flow-1"));
    QCOMPARE(info.label, QStringLiteral("GET /combined"));
    QCOMPARE(info.flowId, QStringLiteral("flow-1"));
    QVERIFY(info.secrets.contains("k1"));
    QVERIFY(info.secrets.contains("t1"));
    QCOMPARE(info.sensitiveHeaders, QList<QByteArray>{"x-api-key"});
}

void TestRequestModel::historyMasksAndPersists()
{
    MemoryCredentialSource creds;
    creds.set(QStringLiteral("basic"), SchemeCredential::fromUserPassword(QStringLiteral("u"), QStringLiteral("hunter2")));
    creds.set(QStringLiteral("apiKeyQuery"), SchemeCredential::fromApiKey(QStringLiteral("q-secret")));
    RequestValues values;
    values.set(QStringLiteral("petId"), ParameterIn::Path, QStringLiteral("7"));
    values.set(QStringLiteral("limit"), ParameterIn::Query, QStringLiteral("3"));
    const BuiltRequest r = built(m_pets, QStringLiteral("getPet"), values, creds);
    QVERIFY(r.url.toString().contains(QLatin1String("q-secret")));

    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("history.ini"));
    {
        QSettings settings(ini, QSettings::IniFormat);
        SettingsHistoryStorage storage(&settings);
        RequestHistory history(&storage, QStringLiteral("api/one"), 3);
        for (int i = 0; i < 5; ++i) {
            HistoryEntry e = RequestHistory::entryFor(QStringLiteral("getPet"), r, 200 + i, 10 * i, {},
                                                      QDateTime(QDate(2024, 1, 1), QTime(12, 0, i), Qt::UTC));
            history.add(e);
        }
        history.add(RequestHistory::entryFor(QStringLiteral("other"), r, 0, 5, QStringLiteral("timeout for q-secret")));
        const QList<HistoryEntry> entries = history.entries(QStringLiteral("getPet"));
        QCOMPARE(entries.size(), 3); // capped
        QCOMPARE(entries.first().status, 204); // newest first
        QCOMPARE(entries.first().url, QStringLiteral("https://eu.api.test/v1/pets/7?limit=3&api_key=REDACTED"));
        QCOMPARE(entries.first().method, QStringLiteral("GET"));
        QCOMPARE(history.entries(QStringLiteral("other")).first().error, QStringLiteral("timeout for REDACTED"));
        QCOMPARE(history.operations(), (QStringList{QStringLiteral("getPet"), QStringLiteral("other")}));
    }
    QFile file(ini);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    QVERIFY(saved.contains("REDACTED"));
    QVERIFY(!saved.contains("q-secret"));
    QVERIFY(!saved.contains("hunter2"));
    QVERIFY(!saved.contains(QByteArray("u:hunter2").toBase64()));
    file.close();

    QSettings settings(ini, QSettings::IniFormat);
    SettingsHistoryStorage storage(&settings);
    RequestHistory reloaded(&storage, QStringLiteral("api/one"), 3);
    QCOMPARE(reloaded.entries(QStringLiteral("getPet")).size(), 3);
    QCOMPARE(reloaded.entries(QStringLiteral("getPet")).first().time, QDateTime(QDate(2024, 1, 1), QTime(12, 0, 4), Qt::UTC));
    RequestHistory otherApi(&storage, QStringLiteral("api/two"));
    QVERIFY(otherApi.operations().isEmpty());
    reloaded.clear(QStringLiteral("getPet"));
    RequestHistory again(&storage, QStringLiteral("api/one"));
    QCOMPARE(again.operations(), QStringList{QStringLiteral("other")});

    MemoryHistoryStorage memory;
    RequestHistory inMemory(&memory, QStringLiteral("x"));
    inMemory.add(RequestHistory::entryFor(QStringLiteral("getPet"), r, 401, 1));
    QCOMPARE(memory.values().size(), 1);
    inMemory.clearAll();
    QVERIFY(memory.values().isEmpty());
}

QTEST_GUILESS_MAIN(TestRequestModel)
#include "tst_requestmodel.moc"
