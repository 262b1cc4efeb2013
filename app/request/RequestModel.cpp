#include "request/RequestModel.h"

#include "openapi/DocumentBuilder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace keyway::request {

using openapi::Diagnostic;
using openapi::NodeRef;

namespace {

constexpr int kMaxFactsDepth = 4;
constexpr int kMaxParameters = 512;
constexpr int kMaxMediaTypes = 32;
constexpr int kMaxNamedExamples = 32;
constexpr int kMaxFormFields = 256;
constexpr int kMaxAllOfDepth = 8;

// The translation context of this file's messages (lupdate reads it from here).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RequestModel)
};

QString plain(NodeRef node)
{
    if (!node.isValid() || node.isNull())
        return {};
    if (node.isScalar())
        return node.toString();
    return exampleFromNode(node, 2000).toPlainText();
}

class ModelBuilder
{
public:
    ModelBuilder(const openapi::Document &doc, const ModelOptions &options)
        : m_doc(doc),
          m_options(options),
          m_resolver(doc.tree, doc.sourceUrl, doc.externalTrees),
          m_generator(&m_resolver, options.exampleLimits)
    { }

    RequestModel build(const openapi::Operation &op);

private:
    bool isV2() const { return m_doc.specVersion == openapi::SpecVersion::Swagger20; }

    NodeRef resolve(NodeRef node, QStringList *chain = nullptr, const char *what = nullptr)
    {
        if (!node.isObject() || !node.value("$ref").isString())
            return node;
        Result<NodeRef> r = m_resolver.resolve(node, chain);
        if (!r) {
            note(Tr::tr("Cannot resolve the %1 $ref: %2").arg(QString::fromLatin1(what ? what : "schema"), r.error().message),
                 node.location());
            return {};
        }
        return r.value();
    }

    void note(const QString &message, const SourceLocation &location)
    {
        if (m_model.notes.size() < 200)
            m_model.notes.append(Diagnostic{Diagnostic::Severity::Warning, message, location});
    }

    SchemaFacts facts(NodeRef schema, int depth = 0);
    std::optional<ParameterSpec> parameter(NodeRef raw);
    void requestBody30(NodeRef requestBody);
    void bodies20(const QList<ParameterSpec> &bodyParams, const QList<NodeRef> &bodyNodes, const QList<ParameterSpec> &formParams,
                  const openapi::Operation &op);
    BodyVariant variant30(const QString &mediaType, NodeRef media);
    QList<NamedExample> namedExamples(NodeRef examples);
    void collectProperties(NodeRef schema, QList<QPair<QString, NodeRef>> *props, QSet<QString> *required, int depth);
    QList<FormField> formFields(NodeRef schema, NodeRef encoding, NodeRef mediaExample);

    const openapi::Document &m_doc;
    ModelOptions m_options;
    openapi::RefResolver m_resolver;
    SchemaExampleGenerator m_generator;
    RequestModel m_model;
};

BodyVariant::Kind kindOfMediaType(const QString &mediaType, const QString &schemaType)
{
    const QString m = mediaType.section(u';', 0, 0).trimmed().toLower();
    if (m == QLatin1String("application/x-www-form-urlencoded"))
        return BodyVariant::Kind::Form;
    if (m.startsWith(QLatin1String("multipart/")))
        return BodyVariant::Kind::Multipart;
    if (m.contains(QLatin1String("json")))
        return BodyVariant::Kind::Json;
    if (m == QLatin1String("*/*") || m == QLatin1String("application/*"))
        return (schemaType == QLatin1String("object") || schemaType == QLatin1String("array")) ? BodyVariant::Kind::Json
                                                                                               : BodyVariant::Kind::Text;
    if (m.startsWith(QLatin1String("text/")) || m.contains(QLatin1String("xml")) || m.contains(QLatin1String("yaml")))
        return BodyVariant::Kind::Text;
    return BodyVariant::Kind::Binary;
}

QString percentForm(const QString &s)
{
    // application/x-www-form-urlencoded (WHATWG URL): space as '+', the rest percent-encoded except *-._ and alnum.
    QByteArray out = s.toUtf8().toPercentEncoding(QByteArrayLiteral("* "), QByteArrayLiteral("~"));
    out.replace(' ', '+');
    return QString::fromLatin1(out);
}

} // namespace

QString parameterInName(ParameterIn in)
{
    switch (in) {
    case ParameterIn::Path:
        return QStringLiteral("path");
    case ParameterIn::Query:
        return QStringLiteral("query");
    case ParameterIn::Header:
        return QStringLiteral("header");
    case ParameterIn::Cookie:
        return QStringLiteral("cookie");
    case ParameterIn::Body:
        return QStringLiteral("body");
    case ParameterIn::FormData:
        return QStringLiteral("formData");
    }
    return {};
}

QString ParameterSpec::suggestedValue() const
{
    if (!schema.defaultValue.isEmpty())
        return schema.defaultValue;
    if (!example.isEmpty())
        return example;
    for (const NamedExample &e : examples) {
        if (!e.value.isEmpty())
            return e.value;
    }
    if (!schema.enumValues.isEmpty())
        return schema.enumValues.first();
    if (schema.items && !schema.items->enumValues.isEmpty())
        return schema.items->enumValues.first();
    return {};
}

QString ParameterSpec::key() const
{
    return parameterInName(in) + u':' + (in == ParameterIn::Header ? name.toLower() : name);
}

const BodyVariant *RequestBodySpec::variant(const QString &mediaType) const
{
    for (const BodyVariant &v : variants) {
        if (v.mediaType.compare(mediaType, Qt::CaseInsensitive) == 0)
            return &v;
    }
    return nullptr;
}

const ParameterSpec *RequestModel::parameter(const QString &name, ParameterIn in) const
{
    for (const ParameterSpec &p : parameters) {
        if (p.in == in && (in == ParameterIn::Header ? p.name.compare(name, Qt::CaseInsensitive) == 0 : p.name == name))
            return &p;
    }
    return nullptr;
}

QList<const ParameterSpec *> RequestModel::parametersIn(ParameterIn in) const
{
    QList<const ParameterSpec *> out;
    for (const ParameterSpec &p : parameters) {
        if (p.in == in)
            out.append(&p);
    }
    return out;
}

SchemaFacts ModelBuilder::facts(NodeRef node, int depth)
{
    SchemaFacts f;
    NodeRef s = resolve(node);
    if (!s.isObject())
        return f;
    // allOf without a type of its own: take the first member's (a common way to add a description to a $ref).
    if (!s.contains("type") && depth < kMaxFactsDepth) {
        const NodeRef all = s.value("allOf");
        for (std::uint32_t i = 0; all.isArray() && i < all.size() && i < 8; ++i) {
            SchemaFacts inner = facts(all.at(i), depth + 1);
            if (!inner.type.isEmpty()) {
                f = inner;
                break;
            }
        }
    }
    const QString type = schemaType(s);
    if (!type.isEmpty())
        f.type = type;
    if (const NodeRef t = s.value("type"); t.isArray()) {
        for (std::uint32_t i = 0; i < t.size(); ++i) {
            if (t.at(i).stringOr() == QLatin1String("null"))
                f.nullable = true;
        }
    }
    if (s.value("nullable").toBool() || s.value("x-nullable").toBool())
        f.nullable = true;
    if (s.value("format").isString())
        f.format = s.value("format").toString();
    if (const NodeRef e = s.value("enum"); e.isArray()) {
        f.enumValues.clear();
        for (std::uint32_t i = 0; i < e.size() && i < 1000; ++i) {
            if (!e.at(i).isNull())
                f.enumValues.append(plain(e.at(i)));
        }
    } else if (const NodeRef c = s.value("const"); c.isValid() && !c.isNull()) {
        f.enumValues = {plain(c)};
    }
    if (const NodeRef d = s.value("default"); d.isValid())
        f.defaultValue = plain(d);
    if (s.value("pattern").isString())
        f.pattern = s.value("pattern").toString();
    if (const NodeRef m = s.value("minimum"); m.isNumber()) {
        f.minimum = m.toDouble();
        f.exclusiveMinimum = s.value("exclusiveMinimum").toBool();
    }
    if (const NodeRef m = s.value("exclusiveMinimum"); m.isNumber()) {
        f.minimum = m.toDouble();
        f.exclusiveMinimum = true;
    }
    if (const NodeRef m = s.value("maximum"); m.isNumber()) {
        f.maximum = m.toDouble();
        f.exclusiveMaximum = s.value("exclusiveMaximum").toBool();
    }
    if (const NodeRef m = s.value("exclusiveMaximum"); m.isNumber()) {
        f.maximum = m.toDouble();
        f.exclusiveMaximum = true;
    }
    bool ok = false;
    if (const qint64 v = s.value("minLength").toInteger(&ok); ok)
        f.minLength = v;
    if (const qint64 v = s.value("maxLength").toInteger(&ok); ok)
        f.maxLength = v;
    if (f.type == QLatin1String("array") && depth < kMaxFactsDepth) {
        const NodeRef items = s.value("items");
        if (items.isObject())
            f.items = std::make_shared<const SchemaFacts>(facts(items, depth + 1));
    }
    return f;
}

QList<NamedExample> ModelBuilder::namedExamples(NodeRef examples)
{
    QList<NamedExample> out;
    for (std::uint32_t i = 0; examples.isObject() && i < examples.size() && i < std::uint32_t(kMaxNamedExamples); ++i) {
        const NodeRef e = resolve(examples.at(i), nullptr, "example");
        if (!e.isObject())
            continue;
        NamedExample ne;
        ne.name = examples.keyStringAt(i);
        ne.summary = e.value("summary").stringOr();
        const NodeRef value = e.value("value");
        if (value.isValid())
            ne.value = value.isScalar() ? plain(value) : QString::fromUtf8(exampleFromNode(value, 20000).toJson(true));
        else if (e.value("externalValue").isString())
            ne.summary = ne.summary.isEmpty() ? Tr::tr("External: %1").arg(e.value("externalValue").toString()) : ne.summary;
        out.append(ne);
    }
    return out;
}

std::optional<ParameterSpec> ModelBuilder::parameter(NodeRef raw)
{
    ParameterSpec p;
    const NodeRef node = resolve(raw, &p.refChain, "parameter");
    if (!node.isObject()) {
        if (raw.isValid() && !raw.value("$ref").isString())
            note(Tr::tr("A parameter is not an object; it is ignored."), raw.location());
        return std::nullopt;
    }
    p.location = node.location();
    p.name = node.value("name").stringOr();
    const QString in = node.value("in").stringOr();
    if (p.name.isEmpty() || in.isEmpty()) {
        note(Tr::tr("A parameter without name or in is ignored."), node.location());
        return std::nullopt;
    }
    if (in == QLatin1String("path"))
        p.in = ParameterIn::Path;
    else if (in == QLatin1String("query"))
        p.in = ParameterIn::Query;
    else if (in == QLatin1String("header"))
        p.in = ParameterIn::Header;
    else if (in == QLatin1String("cookie") && !isV2())
        p.in = ParameterIn::Cookie;
    else if (in == QLatin1String("body") && isV2())
        p.in = ParameterIn::Body;
    else if (in == QLatin1String("formData") && isV2())
        p.in = ParameterIn::FormData;
    else {
        note(Tr::tr("The parameter \"%1\" has an unknown location \"%2\"; it is ignored.").arg(p.name, in), node.location());
        return std::nullopt;
    }
    p.required = node.value("required").toBool() || p.in == ParameterIn::Path;
    p.deprecated = node.value("deprecated").toBool();
    p.allowEmptyValue = node.value("allowEmptyValue").toBool();
    p.description = node.value("description").stringOr();
    if (isV2()) {
        if (p.in != ParameterIn::Body)
            p.schema = facts(node);
        p.collectionFormat = node.value("collectionFormat").stringOr(QStringLiteral("csv"));
        if (const NodeRef x = node.value("x-example"); x.isValid())
            p.example = plain(x);
        return p;
    }
    NodeRef schema = node.value("schema");
    if (!schema.isValid()) {
        const NodeRef content = node.value("content");
        if (content.isObject() && content.size() > 0) {
            p.mediaType = content.keyStringAt(0);
            schema = content.at(0).value("schema");
            if (const NodeRef ex = content.at(0).value("example"); ex.isValid())
                p.example = plain(ex);
        }
    }
    p.schema = facts(schema);
    const bool queryOrCookie = p.in == ParameterIn::Query || p.in == ParameterIn::Cookie;
    p.style = node.value("style").stringOr(queryOrCookie ? QStringLiteral("form") : QStringLiteral("simple"));
    const NodeRef explode = node.value("explode");
    p.explode = explode.isBool() ? explode.toBool() : p.style == QLatin1String("form");
    p.allowReserved = node.value("allowReserved").toBool();
    if (const NodeRef ex = node.value("example"); ex.isValid())
        p.example = plain(ex);
    p.examples = namedExamples(node.value("examples"));
    if (p.example.isEmpty()) {
        const NodeRef rs = resolve(schema);
        if (const NodeRef ex = rs.value("example"); ex.isValid())
            p.example = plain(ex);
        else if (const NodeRef exs = rs.value("examples"); exs.isArray() && exs.size() > 0)
            p.example = plain(exs.at(0));
    }
    return p;
}

void ModelBuilder::collectProperties(NodeRef node, QList<QPair<QString, NodeRef>> *props, QSet<QString> *required, int depth)
{
    const NodeRef s = resolve(node);
    if (!s.isObject() || depth > kMaxAllOfDepth)
        return;
    const NodeRef all = s.value("allOf");
    for (std::uint32_t i = 0; all.isArray() && i < all.size() && i < 16; ++i)
        collectProperties(all.at(i), props, required, depth + 1);
    const NodeRef req = s.value("required");
    for (std::uint32_t i = 0; req.isArray() && i < req.size(); ++i)
        required->insert(req.at(i).stringOr());
    const NodeRef p = s.value("properties");
    for (std::uint32_t i = 0; p.isObject() && i < p.size() && props->size() < kMaxFormFields; ++i) {
        const QString name = p.keyStringAt(i);
        bool seen = false;
        for (const auto &existing : std::as_const(*props))
            seen = seen || existing.first == name;
        if (!seen)
            props->append({name, p.at(i)});
    }
}

QList<FormField> ModelBuilder::formFields(NodeRef schema, NodeRef encoding, NodeRef mediaExample)
{
    QList<QPair<QString, NodeRef>> props;
    QSet<QString> required;
    collectProperties(schema, &props, &required, 0);
    QList<FormField> fields;
    for (const auto &[name, propNode] : std::as_const(props)) {
        const NodeRef prop = resolve(propNode);
        if (prop.value("readOnly").toBool())
            continue;
        FormField f;
        f.name = name;
        f.schema = facts(prop);
        f.required = required.contains(name);
        f.description = prop.value("description").stringOr();
        auto fileLike = [](const NodeRef &s) {
            const QString format = s.value("format").stringOr();
            return format == QLatin1String("binary") || format == QLatin1String("base64") || s.contains("contentMediaType")
                || s.contains("contentEncoding");
        };
        f.isFile = fileLike(prop) || (f.schema.isArray() && fileLike(resolve(prop.value("items"))));
        const NodeRef fieldEncoding = encoding.value(name.toUtf8().toStdString());
        f.contentType = fieldEncoding.value("contentType").stringOr();
        f.style = fieldEncoding.value("style").stringOr(QStringLiteral("form"));
        const NodeRef explode = fieldEncoding.value("explode");
        f.explode = explode.isBool() ? explode.toBool() : f.style == QLatin1String("form");
        if (const NodeRef ex = mediaExample.value(name.toUtf8().toStdString()); ex.isValid())
            f.example = plain(ex);
        else if (!f.isFile && m_options.generateExamples)
            f.example = m_generator.generate(propNode).toPlainText();
        fields.append(f);
    }
    return fields;
}

BodyVariant ModelBuilder::variant30(const QString &mediaType, NodeRef media)
{
    BodyVariant v;
    v.mediaType = mediaType;
    const NodeRef schema = media.value("schema");
    v.kind = kindOfMediaType(mediaType, schemaType(resolve(schema)));
    v.examples = namedExamples(media.value("examples"));
    const NodeRef example = media.value("example");
    if (v.kind == BodyVariant::Kind::Form || v.kind == BodyVariant::Kind::Multipart) {
        m_generator.reset();
        v.fields = formFields(schema, media.value("encoding"), example.isObject() ? example : NodeRef());
        v.exampleTruncated = m_generator.truncated();
        QList<QPair<QString, QString>> pairs;
        for (const FormField &f : std::as_const(v.fields)) {
            if (!f.isFile && !f.example.isEmpty())
                pairs.append({f.name, f.example});
        }
        if (v.kind == BodyVariant::Kind::Form)
            v.example = QString::fromUtf8(encodeFormBody(v.fields, pairs));
        return v;
    }
    if (example.isValid()) {
        v.example = example.isString() && v.kind != BodyVariant::Kind::Json
            ? example.toString()
            : QString::fromUtf8(exampleFromNode(example, 50000).toJson(true));
        return v;
    }
    if (!v.examples.isEmpty()) {
        v.example = v.examples.first().value;
        return v;
    }
    if (!schema.isValid() || !m_options.generateExamples || v.kind == BodyVariant::Kind::Binary)
        return v;
    m_generator.reset();
    const ExampleValue generated = m_generator.generate(schema);
    v.exampleGenerated = true;
    v.exampleTruncated = m_generator.truncated();
    v.cycleCut = m_generator.cycleCut();
    if (v.kind == BodyVariant::Kind::Json || generated.isContainer())
        v.example = QString::fromUtf8(generated.toJson(true));
    else
        v.example = generated.toPlainText();
    return v;
}

void ModelBuilder::requestBody30(NodeRef raw)
{
    const NodeRef body = resolve(raw, nullptr, "requestBody");
    if (!body.isObject())
        return;
    m_model.body.present = true;
    m_model.body.required = body.value("required").toBool();
    m_model.body.description = body.value("description").stringOr();
    const NodeRef content = body.value("content");
    for (std::uint32_t i = 0; content.isObject() && i < content.size() && i < std::uint32_t(kMaxMediaTypes); ++i)
        m_model.body.variants.append(variant30(content.keyStringAt(i), content.at(i)));
}

void ModelBuilder::bodies20(const QList<ParameterSpec> &bodyParams, const QList<NodeRef> &bodyNodes, const QList<ParameterSpec> &formParams,
                            const openapi::Operation &op)
{
    if (bodyParams.isEmpty() && formParams.isEmpty())
        return;
    QStringList consumes;
    NodeRef c = op.node.value("consumes");
    if (!c.isArray())
        c = m_doc.tree ? m_doc.tree->root().value("consumes") : NodeRef();
    for (std::uint32_t i = 0; c.isArray() && i < c.size() && i < std::uint32_t(kMaxMediaTypes); ++i) {
        if (c.at(i).isString())
            consumes.append(c.at(i).toString());
    }
    m_model.body.present = true;
    if (!bodyParams.isEmpty()) {
        const ParameterSpec &p = bodyParams.first();
        m_model.body.required = p.required;
        m_model.body.description = p.description;
        if (consumes.isEmpty())
            consumes.append(QStringLiteral("application/json"));
        const NodeRef schema = bodyNodes.first().value("schema");
        std::optional<ExampleValue> generated;
        for (const QString &mediaType : std::as_const(consumes)) {
            BodyVariant v;
            v.mediaType = mediaType;
            v.kind = kindOfMediaType(mediaType, schemaType(resolve(schema)));
            if (v.kind == BodyVariant::Kind::Binary || !m_options.generateExamples) {
                m_model.body.variants.append(v);
                continue;
            }
            if (!generated) {
                m_generator.reset();
                generated = m_generator.generate(schema);
            }
            v.exampleGenerated = !resolve(schema).contains("example");
            v.exampleTruncated = m_generator.truncated();
            v.cycleCut = m_generator.cycleCut();
            v.example = v.kind == BodyVariant::Kind::Json || generated->isContainer() ? QString::fromUtf8(generated->toJson(true))
                                                                                      : generated->toPlainText();
            m_model.body.variants.append(v);
        }
        if (bodyParams.size() > 1)
            note(Tr::tr("More than one body parameter; only \"%1\" is used.").arg(p.name), bodyParams.at(1).location);
        return;
    }
    // formData parameters: multipart when a file is among them or when consumes says so; urlencoded otherwise.
    QList<FormField> fields;
    bool anyFile = false;
    bool anyRequired = false;
    for (const ParameterSpec &p : formParams) {
        FormField f;
        f.name = p.name;
        f.schema = p.schema;
        f.required = p.required;
        f.description = p.description;
        f.isFile = p.schema.type == QLatin1String("file");
        f.example = p.example.isEmpty() ? p.schema.defaultValue : p.example;
        anyFile = anyFile || f.isFile;
        anyRequired = anyRequired || f.required;
        fields.append(f);
    }
    m_model.body.required = anyRequired;
    if (consumes.isEmpty())
        consumes.append(anyFile ? QStringLiteral("multipart/form-data") : QStringLiteral("application/x-www-form-urlencoded"));
    for (const QString &mediaType : std::as_const(consumes)) {
        BodyVariant v;
        v.mediaType = mediaType;
        v.kind = kindOfMediaType(mediaType, QString());
        if (v.kind != BodyVariant::Kind::Form && v.kind != BodyVariant::Kind::Multipart)
            continue;
        if (v.kind == BodyVariant::Kind::Form && anyFile)
            note(Tr::tr("File parameters cannot be sent as %1; use multipart/form-data.").arg(mediaType), op.location);
        v.fields = fields;
        m_model.body.variants.append(v);
    }
    if (m_model.body.variants.isEmpty()) {
        BodyVariant v;
        v.mediaType = anyFile ? QStringLiteral("multipart/form-data") : QStringLiteral("application/x-www-form-urlencoded");
        v.kind = anyFile ? BodyVariant::Kind::Multipart : BodyVariant::Kind::Form;
        v.fields = fields;
        m_model.body.variants.append(v);
    }
}

RequestModel ModelBuilder::build(const openapi::Operation &op)
{
    m_model = RequestModel{};
    m_model.method = op.method.toUpper();
    m_model.pathTemplate = op.path;
    m_model.operationId = op.operationId;
    m_model.displayName = op.displayName();
    m_model.security = op.security;
    m_model.servers = op.servers.isEmpty() ? m_doc.servers : op.servers;

    QList<ParameterSpec> merged;
    QList<NodeRef> mergedNodes;
    auto addFrom = [&](NodeRef list, bool fromPathItem) {
        for (std::uint32_t i = 0; list.isArray() && i < list.size() && merged.size() < kMaxParameters; ++i) {
            std::optional<ParameterSpec> p = parameter(list.at(i));
            if (!p)
                continue;
            p->fromPathItem = fromPathItem;
            const QString key = p->key();
            qsizetype at = -1;
            for (qsizetype k = 0; k < merged.size(); ++k) {
                if (merged.at(k).key() == key) {
                    at = k;
                    break;
                }
            }
            const NodeRef resolved = resolve(list.at(i));
            if (at >= 0 && fromPathItem) {
                note(Tr::tr("The parameter \"%1\" (%2) is declared twice; the first is used.").arg(p->name, parameterInName(p->in)),
                     p->location);
            } else if (at >= 0) {
                merged[at] = *p; // the operation's declaration overrides the path item's
                mergedNodes[at] = resolved;
            } else {
                merged.append(*p);
                mergedNodes.append(resolved);
            }
        }
    };
    if (op.pathItem.isObject())
        addFrom(op.pathItem.value("parameters"), true);
    if (op.node.isObject())
        addFrom(op.node.value("parameters"), false);

    QList<ParameterSpec> bodyParams;
    QList<NodeRef> bodyNodes;
    QList<ParameterSpec> formParams;
    for (qsizetype i = 0; i < merged.size(); ++i) {
        const ParameterSpec &p = merged.at(i);
        if (p.in == ParameterIn::Body) {
            bodyParams.append(p);
            bodyNodes.append(mergedNodes.at(i));
            continue;
        }
        if (p.in == ParameterIn::FormData) {
            formParams.append(p);
            continue;
        }
        if (p.in == ParameterIn::Header && !isV2()
            && (p.name.compare(QLatin1String("Accept"), Qt::CaseInsensitive) == 0
                || p.name.compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) == 0
                || p.name.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0)) {
            // OpenAPI 3: these are described elsewhere (responses, requestBody, security) and the parameter is ignored.
            note(Tr::tr("The header parameter \"%1\" is ignored (OpenAPI describes it through %2).")
                     .arg(p.name,
                          p.name.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0 ? Tr::tr("security schemes")
                                                                                                   : Tr::tr("media types")),
                 p.location);
            continue;
        }
        m_model.parameters.append(p);
    }
    // Path parameters the template names but nobody declared: still needed to build the URL.
    const QString path = op.path;
    qsizetype pos = 0;
    for (int guard = 0; guard < 64; ++guard) {
        const qsizetype open = path.indexOf(u'{', pos);
        const qsizetype close = open < 0 ? -1 : path.indexOf(u'}', open + 1);
        if (close < 0)
            break;
        const QString name = path.mid(open + 1, close - open - 1);
        pos = close + 1;
        if (!m_model.parameter(name, ParameterIn::Path)) {
            ParameterSpec p;
            p.name = name;
            p.in = ParameterIn::Path;
            p.required = true;
            p.style = QStringLiteral("simple");
            p.location = op.location;
            m_model.parameters.append(p);
            note(Tr::tr("The path parameter \"%1\" is not declared; it is treated as a required string.").arg(name), op.location);
        }
    }
    if (isV2())
        bodies20(bodyParams, bodyNodes, formParams, op);
    else if (op.node.isObject())
        requestBody30(op.node.value("requestBody"));
    return std::move(m_model);
}

RequestModel buildRequestModel(const openapi::Document &document, const openapi::Operation &operation, const ModelOptions &options)
{
    ModelBuilder builder(document, options);
    return builder.build(operation);
}

namespace {

constexpr int kMaxFormDepth = 8;
constexpr int kMaxFormPairs = 5000;

void flattenDeep(const QString &prefix, const QJsonValue &value, QList<QPair<QString, QString>> *out, int depth)
{
    if (out->size() >= kMaxFormPairs)
        return;
    if (depth < kMaxFormDepth && value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            flattenDeep(prefix + u'[' + it.key() + u']', it.value(), out, depth + 1);
        return;
    }
    if (depth < kMaxFormDepth && value.isArray()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            flattenDeep(prefix + u'[' + QString::number(i) + u']', a.at(i), out, depth + 1);
        return;
    }
    if (value.isString())
        out->append({prefix, value.toString()});
    else if (value.isBool())
        out->append({prefix, value.toBool() ? QStringLiteral("true") : QStringLiteral("false")});
    else if (value.isDouble())
        out->append({prefix, QString::number(value.toDouble(), 'g', 17)});
    else if (value.isNull())
        out->append({prefix, QString()});
    else
        out->append({prefix,
                     QString::fromUtf8(QJsonDocument(value.isObject() ? QJsonDocument(value.toObject()) : QJsonDocument(value.toArray()))
                                           .toJson(QJsonDocument::Compact))});
}

QJsonValue parsedContainer(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (!trimmed.startsWith(u'{') && !trimmed.startsWith(u'['))
        return QJsonValue(QJsonValue::Undefined);
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed.toUtf8());
    if (doc.isObject())
        return doc.object();
    if (doc.isArray())
        return doc.array();
    return QJsonValue(QJsonValue::Undefined);
}

} // namespace

QByteArray encodeFormBody(const QList<FormField> &fields, const QList<QPair<QString, QString>> &values)
{
    QList<QPair<QString, QString>> pairs;
    for (const auto &[name, value] : values) {
        const FormField *field = nullptr;
        for (const FormField &f : fields) {
            if (f.name == name) {
                field = &f;
                break;
            }
        }
        // Only fields declared as objects or arrays are taken apart: a string field may well hold JSON text.
        const bool structured = field
            && (field->schema.type == QLatin1String("object") || field->schema.type == QLatin1String("array")
                || field->style == QLatin1String("deepObject"));
        const QJsonValue container = structured ? parsedContainer(value) : QJsonValue(QJsonValue::Undefined);
        if (field && field->style == QLatin1String("deepObject") && !container.isUndefined()) {
            flattenDeep(name, container, &pairs, 0);
        } else if (field && field->style == QLatin1String("form") && field->explode && container.isArray()) {
            for (const QJsonValue &item : container.toArray()) {
                QList<QPair<QString, QString>> one;
                flattenDeep(name, item, &one, kMaxFormDepth); // scalars as they are, containers as JSON
                pairs += one;
            }
        } else if (field && field->style == QLatin1String("form") && field->explode && container.isObject()) {
            const QJsonObject o = container.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                QList<QPair<QString, QString>> one;
                flattenDeep(it.key(), it.value(), &one, kMaxFormDepth);
                pairs += one;
            }
        } else {
            pairs.append({name, value});
        }
    }
    QList<QByteArray> encoded;
    for (const auto &[name, value] : std::as_const(pairs))
        encoded.append(percentForm(name).toLatin1() + '=' + percentForm(value).toLatin1());
    return encoded.join('&');
}

const openapi::Operation *findOperation(const openapi::Document &document, const QString &idOrMethodAndPath)
{
    const QString wanted = idOrMethodAndPath.trimmed();
    if (wanted.isEmpty())
        return nullptr;
    for (const openapi::Operation &op : document.operations) {
        if (!op.operationId.isEmpty() && op.operationId == wanted)
            return &op;
    }
    const qsizetype space = wanted.indexOf(u' ');
    if (space <= 0)
        return nullptr;
    const QString method = wanted.left(space).toLower();
    const QString path = wanted.mid(space + 1).trimmed();
    for (const openapi::Operation &op : document.operations) {
        if (op.method == method && op.path == path)
            return &op;
    }
    return nullptr;
}

} // namespace keyway::request
