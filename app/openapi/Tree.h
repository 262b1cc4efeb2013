#pragma once

#include "core/Result.h"
#include "core/SourceLocation.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace keyway::openapi {

enum class NodeKind : std::uint8_t { Null, Bool, Integer, Number, String, Array, Object };

class Tree;

// A read-only handle to one node of a Tree. Cheap to copy; valid while its Tree lives.
// Objects keep their keys in document order.
class NodeRef
{
public:
    NodeRef() = default;
    NodeRef(const Tree *tree, std::uint32_t index) : m_tree(tree), m_index(index) { }

    bool isValid() const { return m_tree != nullptr; }
    explicit operator bool() const { return isValid(); }

    NodeKind kind() const;
    bool isNull() const { return isValid() && kind() == NodeKind::Null; }
    bool isBool() const { return isValid() && kind() == NodeKind::Bool; }
    bool isString() const { return isValid() && kind() == NodeKind::String; }
    bool isNumber() const { return isValid() && (kind() == NodeKind::Integer || kind() == NodeKind::Number); }
    bool isScalar() const { return isValid() && kind() != NodeKind::Array && kind() != NodeKind::Object; }
    bool isArray() const { return isValid() && kind() == NodeKind::Array; }
    bool isObject() const { return isValid() && kind() == NodeKind::Object; }

    // Scalars: the string value, or the literal text of a number ("9007199254740993" stays exact),
    // "true"/"false", "null". Empty for containers and invalid refs.
    std::string_view text() const;
    QString toString() const; // text() as QString
    // The string value when this is a string, otherwise defaultValue.
    QString stringOr(const QString &defaultValue = {}) const;
    bool toBool(bool defaultValue = false) const;
    double toDouble(double defaultValue = 0) const;
    // false in *ok when the number is not an integer or does not fit.
    qint64 toInteger(bool *ok = nullptr) const;

    // Containers: number of elements (array) or members (object); 0 otherwise.
    std::uint32_t size() const;
    // Array element or object member value i.
    NodeRef at(std::uint32_t i) const;
    // Object member key i.
    std::string_view keyAt(std::uint32_t i) const;
    QString keyStringAt(std::uint32_t i) const;
    // Object member by key (first match); an invalid ref when absent or not an object.
    NodeRef value(std::string_view key) const;
    NodeRef operator[](std::string_view key) const { return value(key); }
    bool contains(std::string_view key) const { return value(key).isValid(); }

    SourceLocation location() const;

    const Tree *tree() const { return m_tree; }
    std::uint32_t index() const { return m_index; }
    friend bool operator==(const NodeRef &a, const NodeRef &b) { return a.m_tree == b.m_tree && a.m_index == b.m_index; }

private:
    const Tree *m_tree = nullptr;
    std::uint32_t m_index = 0;
};

// A parsed JSON or YAML document: one ordered tree of nodes, stored compactly (one record per node, one
// string pool) so that a 13 MB document stays small in memory. Every node knows where it came from.
// Built by TreeBuilder; immutable afterwards, so it can be shared between threads.
class Tree final
{
public:
    enum class Format { Json, Yaml };

    struct Node
    {
        NodeKind kind = NodeKind::Null;
        std::uint32_t a = 0; // string/number/key: pool offset; containers: first child slot; bool: value
        std::uint32_t b = 0; // string/number: length; containers: child count
        std::uint32_t p1 = 0; // JSON: byte offset of the node; YAML: 1-based line
        std::uint32_t p2 = 0; // YAML: 1-based column; JSON: unused
    };
    struct Key
    {
        std::uint32_t offset = 0;
        std::uint32_t length = 0;
    };

    Tree(QString sourceName, Format format, QByteArray source);
    Q_DISABLE_COPY_MOVE(Tree)

    NodeRef root() const { return NodeRef(this, m_root); }
    const QString &sourceName() const { return m_sourceName; }
    Format format() const { return m_format; }
    const QByteArray &source() const { return m_source; }
    std::size_t nodeCount() const { return m_nodes.size(); }
    // Approximate heap bytes held by the tree (without the source text).
    std::size_t memoryUsage() const;

    // Nodes that are the value of a "$ref" member, in document order (collected while parsing). A YAML
    // alias can make the same node appear twice: consumers skip repeats.
    const std::vector<std::uint32_t> &refNodes() const { return m_refNodes; }

    SourceLocation locationOfOffset(std::size_t byteOffset) const;
    // The source line (1-based) without its line break, for error excerpts.
    QString sourceLine(int line) const;

private:
    friend class NodeRef;
    friend class TreeBuilder;

    const Node &node(std::uint32_t index) const { return m_nodes[index]; }
    std::string_view poolText(std::uint32_t offset, std::uint32_t length) const { return std::string_view(m_pool.data() + offset, length); }

    QString m_sourceName;
    Format m_format;
    QByteArray m_source;
    std::vector<Node> m_nodes;
    std::vector<std::uint32_t> m_children; // values of arrays and objects, contiguous per container
    std::vector<Key> m_keys; // object keys, parallel to m_children (unused slots for arrays)
    std::string m_pool;
    std::vector<std::uint32_t> m_refNodes;
    std::uint32_t m_root = 0;

    mutable std::once_flag m_lineIndexOnce;
    mutable std::vector<std::uint32_t> m_lineStarts;
    // On long lines (minified JSON is one line), the column every kColumnCheckpoint bytes, so that a
    // location never needs a scan of more than that many bytes.
    struct ColumnCheckpoint
    {
        std::uint32_t offset;
        std::uint32_t column; // 1-based column of the character starting at offset
    };
    static constexpr std::uint32_t kColumnCheckpoint = 4096;
    mutable std::vector<ColumnCheckpoint> m_columnCheckpoints;
    void buildLineIndex() const;
};

// Builds a Tree from parser events. Containers are opened and closed; scalars and finished containers
// are added to the innermost open container (after a key, for objects).
class TreeBuilder final
{
public:
    struct Limits
    {
        std::uint32_t maxDepth = 1024;
        // Cap on the size of the tree once YAML aliases are expanded (a "billion laughs" document).
        std::uint64_t maxExpandedNodes = 20'000'000;
        std::uint64_t maxPoolBytes = std::uint64_t(1) << 31;
    };

    TreeBuilder(QString sourceName, Tree::Format format, QByteArray source, Limits limits);
    TreeBuilder(QString sourceName, Tree::Format format, QByteArray source);
    Q_DISABLE_COPY_MOVE(TreeBuilder)

    using Position = std::pair<std::uint32_t, std::uint32_t>; // (p1, p2) as in Tree::Node

    // Each returns the new node's index; nodes are added to the current container (or become the root).
    std::uint32_t addNull(Position pos);
    std::uint32_t addBool(bool value, Position pos);
    std::uint32_t addNumber(std::string_view literal, bool isInteger, Position pos);
    std::uint32_t addString(std::string_view value, Position pos);
    // Adds an already built node again (a YAML alias). Shares the node; counts its expanded size.
    bool addExisting(std::uint32_t index);

    // The key for the next value added to the current object.
    void setKey(std::string_view key);

    bool beginArray(Position pos); // false when maxDepth is exceeded
    bool beginObject(Position pos);
    // Closes the innermost container. Fails on a duplicate key or when limits are exceeded.
    Result<std::uint32_t> end();

    // Keys already given in the object being built (for YAML merge keys: "<<" must not override them).
    bool currentObjectHasKey(std::string_view key) const;
    // Members of a finished object node, for YAML merge keys.
    std::uint32_t memberCount(std::uint32_t objectIndex) const;
    std::string_view memberKey(std::uint32_t objectIndex, std::uint32_t i) const;
    std::uint32_t memberValue(std::uint32_t objectIndex, std::uint32_t i) const;
    NodeKind kindOf(std::uint32_t index) const { return m_tree->m_nodes[index].kind; }

    std::uint32_t depth() const { return std::uint32_t(m_frames.size()); }
    bool hasRoot() const { return m_hasRoot; }
    // The error set by the last failing call (limits), with its position.
    const Error &error() const { return m_error; }

    // Finishes the tree. Fails when containers are still open or nothing was added.
    Result<std::shared_ptr<const Tree>> finish();

    SourceLocation locationOf(Position pos) const;

private:
    struct Frame
    {
        std::uint32_t node;
        std::uint32_t pendingStart;
    };
    std::uint32_t addNode(const Tree::Node &n);
    void attach(std::uint32_t index, std::uint64_t expandedSize);
    Tree::Key addToPool(std::string_view text);
    bool fail(QString message, Position pos);

    std::unique_ptr<Tree> m_tree;
    Limits m_limits;
    std::vector<Frame> m_frames;
    std::vector<std::uint32_t> m_pendingValues;
    std::vector<Tree::Key> m_pendingKeys;
    std::vector<std::uint64_t> m_expanded; // expanded node count per node (saturating)
    std::vector<std::uint64_t> m_pendingExpanded;
    Tree::Key m_nextKey;
    bool m_nextKeyIsRef = false;
    bool m_hasKey = false;
    bool m_hasRoot = false;
    Error m_error;
};

} // namespace keyway::openapi
