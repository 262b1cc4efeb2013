#pragma once

#include "openapi/Tree.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace keyway::openapi {
class RefResolver;
}

namespace keyway::request {

// A JSON value built for an example, keeping member order (QJsonObject would sort keys).
struct ExampleValue
{
    enum class Kind { Null, Bool, Number, String, Array, Object };
    Kind kind = Kind::Null;
    QString text; // strings: the value; numbers and booleans: the literal
    std::vector<QString> keys; // objects: member names, parallel to children
    std::vector<ExampleValue> children; // array elements or member values

    static ExampleValue string(const QString &s);
    static ExampleValue literal(Kind kind, const QString &text);

    bool isContainer() const { return kind == Kind::Array || kind == Kind::Object; }
    // JSON text; pretty: two-space indentation, one member per line.
    QByteArray toJson(bool pretty = true) const;
    // For form fields and parameters: strings as they are, everything else as compact JSON.
    QString toPlainText() const;
};

// A JSON value of the document (an `example`, a `default`) as an ExampleValue; at most `maxNodes` nodes.
ExampleValue exampleFromNode(openapi::NodeRef node, int maxNodes = 5000, bool *truncated = nullptr);

struct ExampleLimits
{
    int maxDepth = 10; // nesting levels below the root
    int maxNodes = 3000; // values produced per generator (until reset())
    int maxProperties = 80; // members per object
    bool forRequest = true; // leave out readOnly properties (request bodies), or writeOnly ones (responses)
};

// Builds an example value from a JSON Schema / OpenAPI schema: `example`, `examples`, `const`, `default`, `enum`
// first, then by type and format (objects member by member, arrays with one item, allOf merged, oneOf/anyOf by their
// first choice). `$ref`s are followed; a schema that refers back to itself is cut (an empty object or null), and the
// caps keep huge documents (Stripe's) fast: beyond them values are left out and truncated() says so.
class SchemaExampleGenerator final
{
public:
    SchemaExampleGenerator(const openapi::RefResolver *resolver, ExampleLimits limits = {});

    ExampleValue generate(openapi::NodeRef schema);
    // A schema with its $refs followed (cached); the node itself when it is no reference or cannot be resolved.
    openapi::NodeRef resolve(openapi::NodeRef node);

    bool truncated() const { return m_truncated; }
    bool cycleCut() const { return m_cycleCut; }
    int nodesProduced() const { return m_nodes; }
    void reset();

private:
    ExampleValue gen(openapi::NodeRef schema, int depth);
    ExampleValue fromType(openapi::NodeRef schema, const QString &type, int depth);
    void mergeObject(ExampleValue &into, const ExampleValue &from);
    bool budget();

    const openapi::RefResolver *m_resolver;
    ExampleLimits m_limits;
    QHash<quint64, openapi::NodeRef> m_resolved;
    QList<quint64> m_stack; // resolved schemas on the current path (cycle guard)
    int m_nodes = 0;
    bool m_truncated = false;
    bool m_cycleCut = false;
};

// The schema's type: `type` (the first non-"null" entry of a 3.1 type list), else what its keywords imply
// (properties: object, items: array), else empty.
QString schemaType(openapi::NodeRef schema);

} // namespace keyway::request
