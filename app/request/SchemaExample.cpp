#include "request/SchemaExample.h"

#include "openapi/DocumentBuilder.h"

namespace keyway::request {

using openapi::NodeKind;
using openapi::NodeRef;

namespace {

constexpr int kMaxExampleDepth = 64;
constexpr int kMaxComposition = 16; // allOf/oneOf/anyOf members looked at

quint64 nodeKey(const NodeRef &n)
{
    return (quint64(quintptr(n.tree())) << 20) ^ quint64(n.index()) ^ (quint64(n.index()) << 40);
}

bool isJsonNumber(const QString &s)
{
    qsizetype i = 0;
    const qsizetype n = s.size();
    auto digit = [&](qsizetype k) { return k < n && s.at(k) >= u'0' && s.at(k) <= u'9'; };
    if (i < n && s.at(i) == u'-')
        ++i;
    if (!digit(i))
        return false;
    if (s.at(i) == u'0')
        ++i;
    else
        while (digit(i))
            ++i;
    if (i < n && s.at(i) == u'.') {
        ++i;
        if (!digit(i))
            return false;
        while (digit(i))
            ++i;
    }
    if (i < n && (s.at(i) == u'e' || s.at(i) == u'E')) {
        ++i;
        if (i < n && (s.at(i) == u'+' || s.at(i) == u'-'))
            ++i;
        if (!digit(i))
            return false;
        while (digit(i))
            ++i;
    }
    return i == n;
}

void appendJsonString(QByteArray &out, const QString &s)
{
    out.append('"');
    const QByteArray utf8 = s.toUtf8();
    for (char c : utf8) {
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (uchar(c) < 0x20) {
                out.append("\\u00");
                out.append(QByteArray::number(uchar(c), 16).rightJustified(2, '0'));
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
}

void writeJson(QByteArray &out, const ExampleValue &v, bool pretty, int indent)
{
    const auto newline = [&](int level) {
        if (!pretty)
            return;
        out.append('\n');
        out.append(QByteArray(level * 2, ' '));
    };
    switch (v.kind) {
    case ExampleValue::Kind::Null:
        out.append("null");
        return;
    case ExampleValue::Kind::Bool:
        out.append(v.text == QLatin1String("true") ? "true" : "false");
        return;
    case ExampleValue::Kind::Number:
        if (isJsonNumber(v.text))
            out.append(v.text.toLatin1());
        else
            appendJsonString(out, v.text);
        return;
    case ExampleValue::Kind::String:
        appendJsonString(out, v.text);
        return;
    case ExampleValue::Kind::Array:
    case ExampleValue::Kind::Object: {
        const bool object = v.kind == ExampleValue::Kind::Object;
        out.append(object ? '{' : '[');
        if (v.children.empty()) {
            out.append(object ? '}' : ']');
            return;
        }
        for (std::size_t i = 0; i < v.children.size(); ++i) {
            if (i > 0)
                out.append(',');
            newline(indent + 1);
            if (object) {
                appendJsonString(out, i < v.keys.size() ? v.keys[i] : QString());
                out.append(pretty ? ": " : ":");
            }
            writeJson(out, v.children[i], pretty, indent + 1);
        }
        newline(indent);
        out.append(object ? '}' : ']');
        return;
    }
    }
}

ExampleValue fromNodeImpl(NodeRef node, int depth, int *budget, bool *truncated)
{
    if (--*budget < 0 || depth > kMaxExampleDepth) {
        if (truncated)
            *truncated = true;
        return {};
    }
    switch (node.kind()) {
    case NodeKind::Null:
        return {};
    case NodeKind::Bool:
        return ExampleValue::literal(ExampleValue::Kind::Bool, node.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
    case NodeKind::Integer:
    case NodeKind::Number:
        return ExampleValue::literal(ExampleValue::Kind::Number, node.toString());
    case NodeKind::String:
        return ExampleValue::string(node.toString());
    case NodeKind::Array: {
        ExampleValue a;
        a.kind = ExampleValue::Kind::Array;
        for (std::uint32_t i = 0; i < node.size() && *budget > 0; ++i)
            a.children.push_back(fromNodeImpl(node.at(i), depth + 1, budget, truncated));
        return a;
    }
    case NodeKind::Object: {
        ExampleValue o;
        o.kind = ExampleValue::Kind::Object;
        for (std::uint32_t i = 0; i < node.size() && *budget > 0; ++i) {
            o.keys.push_back(node.keyStringAt(i));
            o.children.push_back(fromNodeImpl(node.at(i), depth + 1, budget, truncated));
        }
        return o;
    }
    }
    return {};
}

QString stringForFormat(const QString &format)
{
    static const QHash<QString, QString> samples{
        {QStringLiteral("date-time"), QStringLiteral("2024-01-01T12:00:00Z")},
        {QStringLiteral("date"), QStringLiteral("2024-01-01")},
        {QStringLiteral("time"), QStringLiteral("12:00:00Z")},
        {QStringLiteral("duration"), QStringLiteral("P1D")},
        {QStringLiteral("email"), QStringLiteral("user@example.com")},
        {QStringLiteral("idn-email"), QStringLiteral("user@example.com")},
        {QStringLiteral("uuid"), QStringLiteral("3fa85f64-5717-4562-b3fc-2c963f66afa6")},
        {QStringLiteral("uri"), QStringLiteral("https://example.com/")},
        {QStringLiteral("url"), QStringLiteral("https://example.com/")},
        {QStringLiteral("iri"), QStringLiteral("https://example.com/")},
        {QStringLiteral("uri-reference"), QStringLiteral("/example")},
        {QStringLiteral("hostname"), QStringLiteral("example.com")},
        {QStringLiteral("idn-hostname"), QStringLiteral("example.com")},
        {QStringLiteral("ipv4"), QStringLiteral("192.0.2.1")},
        {QStringLiteral("ipv6"), QStringLiteral("2001:db8::1")},
        {QStringLiteral("byte"), QStringLiteral("c3RyaW5n")},
        {QStringLiteral("binary"), QString()},
        {QStringLiteral("password"), QStringLiteral("password")},
        {QStringLiteral("int32"), QStringLiteral("0")},
        {QStringLiteral("int64"), QStringLiteral("0")},
    };
    return samples.value(format, QStringLiteral("string"));
}

} // namespace

ExampleValue ExampleValue::string(const QString &s)
{
    ExampleValue v;
    v.kind = Kind::String;
    v.text = s;
    return v;
}

ExampleValue ExampleValue::literal(Kind kind, const QString &text)
{
    ExampleValue v;
    v.kind = kind;
    v.text = text;
    return v;
}

QByteArray ExampleValue::toJson(bool pretty) const
{
    QByteArray out;
    writeJson(out, *this, pretty, 0);
    return out;
}

QString ExampleValue::toPlainText() const
{
    switch (kind) {
    case Kind::String:
    case Kind::Number:
    case Kind::Bool:
        return text;
    case Kind::Null:
        return {};
    default:
        return QString::fromUtf8(toJson(false));
    }
}

ExampleValue exampleFromNode(NodeRef node, int maxNodes, bool *truncated)
{
    if (!node.isValid())
        return {};
    int budget = maxNodes;
    return fromNodeImpl(node, 0, &budget, truncated);
}

QString schemaType(NodeRef schema)
{
    if (!schema.isObject())
        return {};
    const NodeRef type = schema.value("type");
    if (type.isString())
        return type.toString();
    if (type.isArray()) {
        for (std::uint32_t i = 0; i < type.size(); ++i) {
            const QString t = type.at(i).stringOr();
            if (!t.isEmpty() && t != QLatin1String("null"))
                return t;
        }
        return type.size() > 0 ? type.at(0).stringOr() : QString();
    }
    if (schema.contains("properties") || schema.contains("additionalProperties"))
        return QStringLiteral("object");
    if (schema.contains("items"))
        return QStringLiteral("array");
    return {};
}

SchemaExampleGenerator::SchemaExampleGenerator(const openapi::RefResolver *resolver, ExampleLimits limits)
    : m_resolver(resolver), m_limits(limits)
{ }

void SchemaExampleGenerator::reset()
{
    m_stack.clear();
    m_nodes = 0;
    m_truncated = false;
    m_cycleCut = false;
}

bool SchemaExampleGenerator::budget()
{
    if (m_nodes >= m_limits.maxNodes) {
        m_truncated = true;
        return false;
    }
    ++m_nodes;
    return true;
}

NodeRef SchemaExampleGenerator::resolve(NodeRef node)
{
    if (!node.isObject() || !node.value("$ref").isString() || !m_resolver)
        return node;
    const quint64 key = nodeKey(node);
    if (const auto it = m_resolved.constFind(key); it != m_resolved.constEnd())
        return *it;
    Result<NodeRef> target = m_resolver->resolve(node);
    const NodeRef out = target ? target.value() : NodeRef();
    m_resolved.insert(key, out);
    return out;
}

ExampleValue SchemaExampleGenerator::generate(NodeRef schema)
{
    m_stack.clear();
    return gen(schema, 0);
}

void SchemaExampleGenerator::mergeObject(ExampleValue &into, const ExampleValue &from)
{
    for (std::size_t i = 0; i < from.children.size() && i < from.keys.size(); ++i) {
        if (std::find(into.keys.begin(), into.keys.end(), from.keys[i]) != into.keys.end())
            continue;
        into.keys.push_back(from.keys[i]);
        into.children.push_back(from.children[i]);
    }
}

ExampleValue SchemaExampleGenerator::gen(NodeRef node, int depth)
{
    if (!node.isObject() || !budget())
        return {};
    NodeRef s = node;
    bool pushed = false;
    if (s.value("$ref").isString()) {
        s = resolve(s);
        if (!s.isObject())
            return {};
        const quint64 key = nodeKey(s);
        if (m_stack.contains(key)) {
            m_cycleCut = true;
            const QString type = schemaType(s);
            ExampleValue cut;
            if (type == QLatin1String("object"))
                cut.kind = ExampleValue::Kind::Object;
            else if (type == QLatin1String("array"))
                cut.kind = ExampleValue::Kind::Array;
            return cut;
        }
        m_stack.append(key);
        pushed = true;
    }
    struct Pop
    {
        QList<quint64> *stack;
        bool active;
        ~Pop()
        {
            if (active)
                stack->removeLast();
        }
    } pop{&m_stack, pushed};

    // Values written in the document come first.
    if (const NodeRef example = s.value("example"); example.isValid()) {
        bool cut = false;
        ExampleValue v = exampleFromNode(example, qMax(1, m_limits.maxNodes - m_nodes), &cut);
        m_truncated = m_truncated || cut;
        return v;
    }
    if (const NodeRef examples = s.value("examples"); examples.isArray() && examples.size() > 0)
        return exampleFromNode(examples.at(0), qMax(1, m_limits.maxNodes - m_nodes), &m_truncated);
    if (const NodeRef c = s.value("const"); c.isValid())
        return exampleFromNode(c, qMax(1, m_limits.maxNodes - m_nodes), &m_truncated);
    if (const NodeRef d = s.value("default"); d.isValid())
        return exampleFromNode(d, qMax(1, m_limits.maxNodes - m_nodes), &m_truncated);
    if (const NodeRef e = s.value("enum"); e.isArray() && e.size() > 0) {
        for (std::uint32_t i = 0; i < e.size(); ++i) {
            if (!e.at(i).isNull())
                return exampleFromNode(e.at(i), 200, &m_truncated);
        }
        return {};
    }

    if (const NodeRef all = s.value("allOf"); all.isArray() && all.size() > 0) {
        ExampleValue merged;
        merged.kind = ExampleValue::Kind::Object;
        bool anyObject = false;
        ExampleValue other;
        for (std::uint32_t i = 0; i < all.size() && int(i) < kMaxComposition; ++i) {
            ExampleValue v = gen(all.at(i), depth);
            if (v.kind == ExampleValue::Kind::Object) {
                anyObject = true;
                mergeObject(merged, v);
            } else if (v.kind != ExampleValue::Kind::Null) {
                other = std::move(v);
            }
        }
        if (s.contains("properties")) {
            anyObject = true;
            mergeObject(merged, fromType(s, QStringLiteral("object"), depth));
        }
        return anyObject ? merged : other;
    }
    for (const char *keyword : {"oneOf", "anyOf"}) {
        const NodeRef choices = s.value(keyword);
        if (!choices.isArray() || choices.size() == 0)
            continue;
        // The first choice that describes a value: not `type: null`, and not a bare constraint such as
        // `{required: [a]}` (which only says which of the schema's own properties must be there).
        NodeRef pick;
        for (std::uint32_t i = 0; i < choices.size() && int(i) < kMaxComposition; ++i) {
            const NodeRef resolved = resolve(choices.at(i));
            const QString type = schemaType(resolved);
            const bool describes = !type.isEmpty() || resolved.contains("allOf") || resolved.contains("oneOf") || resolved.contains("anyOf")
                || resolved.contains("enum") || resolved.contains("const") || resolved.contains("example");
            if (describes && type != QLatin1String("null")) {
                pick = choices.at(i);
                break;
            }
        }
        const QString ownType = schemaType(s);
        ExampleValue v = pick.isValid() ? gen(pick, depth) : ExampleValue();
        if (ownType.isEmpty())
            return v;
        ExampleValue own = fromType(s, ownType, depth);
        if (own.kind == ExampleValue::Kind::Object && v.kind == ExampleValue::Kind::Object) {
            mergeObject(own, v);
            return own;
        }
        return v.kind == ExampleValue::Kind::Null ? own : v;
    }
    return fromType(s, schemaType(s), depth);
}

ExampleValue SchemaExampleGenerator::fromType(NodeRef s, const QString &type, int depth)
{
    if (type == QLatin1String("object")) {
        ExampleValue o;
        o.kind = ExampleValue::Kind::Object;
        if (depth >= m_limits.maxDepth) {
            m_truncated = true;
            return o;
        }
        const NodeRef props = s.value("properties");
        for (std::uint32_t i = 0; props.isObject() && i < props.size(); ++i) {
            if (int(o.children.size()) >= m_limits.maxProperties || m_nodes >= m_limits.maxNodes) {
                m_truncated = true;
                break;
            }
            const NodeRef p = props.at(i);
            const NodeRef rp = resolve(p);
            const char *skip = m_limits.forRequest ? "readOnly" : "writeOnly";
            if (p.value(skip).toBool() || rp.value(skip).toBool())
                continue;
            ExampleValue v = gen(p, depth + 1);
            o.keys.push_back(props.keyStringAt(i));
            o.children.push_back(std::move(v));
        }
        const NodeRef additional = s.value("additionalProperties");
        if (o.children.empty() && additional.isObject() && budget()) {
            o.keys.push_back(QStringLiteral("additionalProp1"));
            o.children.push_back(gen(additional, depth + 1));
        }
        return o;
    }
    if (type == QLatin1String("array")) {
        ExampleValue a;
        a.kind = ExampleValue::Kind::Array;
        if (depth >= m_limits.maxDepth) {
            m_truncated = true;
            return a;
        }
        NodeRef items = s.value("items");
        if (!items.isValid()) {
            const NodeRef prefix = s.value("prefixItems");
            if (prefix.isArray() && prefix.size() > 0)
                items = prefix.at(0);
        }
        if (items.isObject())
            a.children.push_back(gen(items, depth + 1));
        return a;
    }
    if (type == QLatin1String("string"))
        return ExampleValue::string(stringForFormat(s.value("format").stringOr()));
    if (type == QLatin1String("integer") || type == QLatin1String("number")) {
        const NodeRef min = s.value("minimum");
        const NodeRef max = s.value("maximum");
        if (min.isNumber()) {
            const bool exclusive = s.value("exclusiveMinimum").toBool();
            if (type == QLatin1String("integer")) {
                bool ok = false;
                const qint64 m = min.toInteger(&ok);
                if (ok)
                    return ExampleValue::literal(ExampleValue::Kind::Number, QString::number(exclusive ? m + 1 : m));
            }
            return ExampleValue::literal(ExampleValue::Kind::Number, min.toString());
        }
        if (const NodeRef exMin = s.value("exclusiveMinimum"); exMin.isNumber()) {
            bool ok = false;
            const qint64 m = exMin.toInteger(&ok);
            if (ok)
                return ExampleValue::literal(ExampleValue::Kind::Number, QString::number(m + 1));
        }
        if (max.isNumber() && max.toDouble() < 0)
            return ExampleValue::literal(ExampleValue::Kind::Number, max.toString());
        return ExampleValue::literal(ExampleValue::Kind::Number, QStringLiteral("0"));
    }
    if (type == QLatin1String("boolean"))
        return ExampleValue::literal(ExampleValue::Kind::Bool, QStringLiteral("true"));
    if (type.isEmpty() && s.contains("format"))
        return ExampleValue::string(stringForFormat(s.value("format").stringOr()));
    return {};
}

} // namespace keyway::request
