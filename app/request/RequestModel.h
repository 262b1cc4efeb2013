#pragma once

#include "core/SourceLocation.h"
#include "openapi/Document.h"
#include "request/SchemaExample.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace keyway::request {

enum class ParameterIn { Path, Query, Header, Cookie, Body, FormData };
QString parameterInName(ParameterIn in); // "path", "query", "header", "cookie", "body", "formData"

// What validation and editors need of a schema (or of a Swagger 2.0 non-body parameter, which carries these keywords
// itself).
struct SchemaFacts
{
    QString type; // "string", "integer", "number", "boolean", "array", "object", or empty (any)
    QString format;
    QStringList enumValues; // as text: strings unquoted, others literal
    QString defaultValue; // as text
    QString pattern;
    std::optional<double> minimum;
    std::optional<double> maximum;
    bool exclusiveMinimum = false;
    bool exclusiveMaximum = false;
    std::optional<qint64> minLength;
    std::optional<qint64> maxLength;
    bool nullable = false;
    std::shared_ptr<const SchemaFacts> items; // arrays: the item schema

    bool isArray() const { return type == QLatin1String("array"); }
};

struct NamedExample
{
    QString name;
    QString summary;
    QString value; // plain text for strings, compact JSON otherwise
};

struct ParameterSpec
{
    QString name;
    ParameterIn in = ParameterIn::Query;
    bool required = false; // always true for path parameters
    bool deprecated = false;
    bool allowEmptyValue = false;
    bool allowReserved = false;
    QString description; // Markdown
    // Serialisation (3.x): the style and explode as written, or their defaults (query/cookie form + explode; path
    // and header simple). Swagger 2.0: collectionFormat (csv when absent; "multi" repeats the parameter).
    QString style;
    bool explode = false;
    QString collectionFormat;
    SchemaFacts schema;
    QString example; // `example`, the schema's example, or empty
    QList<NamedExample> examples; // 3.x `examples` (values of Example objects, $refs followed)
    QString mediaType; // 3.x parameters described by `content` rather than `schema`
    QStringList refChain; // the $refs followed to reach the parameter
    bool fromPathItem = false; // declared on the path item (and not overridden by the operation)
    SourceLocation location;

    // What to prefill an editor with: the default, else the example, else the first named example, else the first
    // enum value; empty when the document suggests nothing.
    QString suggestedValue() const;
    // Identity for merging: the location and the name (header names compared case-insensitively).
    QString key() const;
};

// One field of a form body (application/x-www-form-urlencoded or multipart/form-data), or a Swagger 2.0 formData
// parameter.
struct FormField
{
    QString name;
    SchemaFacts schema;
    bool required = false;
    bool isFile = false; // a file upload (format binary/base64, 3.1 contentMediaType, 2.0 type: file)
    QString description;
    QString example;
    QString contentType; // multipart: the encoding's contentType, if the document gives one
    // application/x-www-form-urlencoded: the encoding's style and explode (form + explode by default); "deepObject"
    // sends an object as name[key]=value (Stripe's convention).
    QString style = QStringLiteral("form");
    bool explode = true;
};

struct BodyVariant
{
    enum class Kind { Json, Form, Multipart, Text, Binary };
    QString mediaType; // as written ("application/json", "application/vnd.api+json", "*/*")
    Kind kind = Kind::Json;
    QString example; // JSON text for Json, the encoded form for Form, plain text otherwise; empty when unknown
    QList<NamedExample> examples;
    QList<FormField> fields; // Form and Multipart
    bool exampleGenerated = false; // from the schema, not written in the document
    bool exampleTruncated = false; // the caps cut the generated example short
    bool cycleCut = false; // a schema refers back to itself and was cut
};

struct RequestBodySpec
{
    bool present = false;
    bool required = false;
    QString description;
    QList<BodyVariant> variants; // document order (Swagger 2.0: consumes order)
    const BodyVariant *variant(const QString &mediaType) const;
};

// Everything the request editor needs to know about one operation, read from the document: parameters merged from
// the path item and the operation ($refs followed), the request body per media type with an example, the security
// requirement and the servers that apply. Problems that do not stop it are in `notes`.
struct RequestModel
{
    QString method; // upper case: "GET"
    QString pathTemplate; // "/pets/{petId}"
    QString operationId;
    QString displayName; // "GET /pets/{petId}"
    QList<ParameterSpec> parameters; // path item's first (document order), the operation's after; overrides in place
    RequestBodySpec body;
    openapi::SecurityRequirement security;
    QList<openapi::Server> servers; // the operation's or path item's servers, else the document's
    QList<openapi::Diagnostic> notes;

    const ParameterSpec *parameter(const QString &name, ParameterIn in) const;
    QList<const ParameterSpec *> parametersIn(ParameterIn in) const;
};

struct ModelOptions
{
    ExampleLimits exampleLimits;
    bool generateExamples = true;
};

// Builds the model of `operation`, which must belong to `document`.
RequestModel buildRequestModel(const openapi::Document &document, const openapi::Operation &operation, const ModelOptions &options = {});

// A form body (application/x-www-form-urlencoded) from field values: each field serialised by its encoding (deepObject:
// name[key][sub]=v and name[0]=v for JSON objects and arrays; form + explode: arrays as repeated name=item, objects as
// their members), others as name=value; space as '+'.
QByteArray encodeFormBody(const QList<FormField> &fields, const QList<QPair<QString, QString>> &values);

// Finds an operation by operationId, or by "METHOD /path" (method case-insensitive). Null when there is none.
const openapi::Operation *findOperation(const openapi::Document &document, const QString &idOrMethodAndPath);

} // namespace keyway::request
