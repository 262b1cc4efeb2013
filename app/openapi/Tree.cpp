#include "openapi/Tree.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <unordered_set>

namespace keyway::openapi {

namespace {

constexpr std::uint64_t saturatingAdd(std::uint64_t a, std::uint64_t b)
{
    return a > std::numeric_limits<std::uint64_t>::max() - b ? std::numeric_limits<std::uint64_t>::max() : a + b;
}

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

} // namespace

// ---------------------------------------------------------------------------------------------- NodeRef

NodeKind NodeRef::kind() const
{
    return m_tree ? m_tree->node(m_index).kind : NodeKind::Null;
}

std::string_view NodeRef::text() const
{
    if (!m_tree)
        return {};
    const Tree::Node &n = m_tree->node(m_index);
    switch (n.kind) {
    case NodeKind::String:
    case NodeKind::Integer:
    case NodeKind::Number:
        return m_tree->poolText(n.a, n.b);
    case NodeKind::Bool:
        return n.a ? std::string_view("true") : std::string_view("false");
    case NodeKind::Null:
        return "null";
    case NodeKind::Array:
    case NodeKind::Object:
        break;
    }
    return {};
}

QString NodeRef::toString() const
{
    return fromUtf8(text());
}

QString NodeRef::stringOr(const QString &defaultValue) const
{
    return isString() ? toString() : defaultValue;
}

bool NodeRef::toBool(bool defaultValue) const
{
    if (!isBool())
        return defaultValue;
    return m_tree->node(m_index).a != 0;
}

double NodeRef::toDouble(double defaultValue) const
{
    if (!isNumber())
        return defaultValue;
    if (kind() == NodeKind::Integer) {
        bool ok = false;
        const qint64 integer = toInteger(&ok); // also reads YAML's 0x1F and 0o17
        if (ok)
            return double(integer);
    }
    const std::string_view t = text();
    if (t == ".inf" || t == ".Inf" || t == ".INF" || t == "+.inf" || t == "+.Inf" || t == "+.INF")
        return std::numeric_limits<double>::infinity();
    if (t == "-.inf" || t == "-.Inf" || t == "-.INF")
        return -std::numeric_limits<double>::infinity();
    if (t == ".nan" || t == ".NaN" || t == ".NAN")
        return std::numeric_limits<double>::quiet_NaN();
    double value = defaultValue;
    const char *begin = t.data();
    if (!t.empty() && *begin == '+')
        ++begin;
    const auto [ptr, ec] = std::from_chars(begin, t.data() + t.size(), value);
    if (ec != std::errc() || ptr != t.data() + t.size())
        return defaultValue;
    return value;
}

qint64 NodeRef::toInteger(bool *ok) const
{
    if (ok)
        *ok = false;
    if (!m_tree || kind() != NodeKind::Integer)
        return 0;
    std::string_view t = text();
    if (!t.empty() && t.front() == '+')
        t.remove_prefix(1);
    int base = 10;
    bool negative = false;
    if (!t.empty() && t.front() == '-') {
        negative = true;
        t.remove_prefix(1);
    }
    if (t.size() > 2 && t[0] == '0' && (t[1] == 'x' || t[1] == 'X')) {
        base = 16;
        t.remove_prefix(2);
    } else if (t.size() > 2 && t[0] == '0' && (t[1] == 'o' || t[1] == 'O')) {
        base = 8;
        t.remove_prefix(2);
    }
    std::uint64_t magnitude = 0;
    const auto [ptr, ec] = std::from_chars(t.data(), t.data() + t.size(), magnitude, base);
    if (ec != std::errc() || ptr != t.data() + t.size())
        return 0;
    if (!negative && magnitude > std::uint64_t(std::numeric_limits<qint64>::max()))
        return 0;
    if (negative && magnitude > std::uint64_t(std::numeric_limits<qint64>::max()) + 1)
        return 0;
    if (ok)
        *ok = true;
    return negative ? qint64(0 - magnitude) : qint64(magnitude);
}

std::uint32_t NodeRef::size() const
{
    if (!m_tree)
        return 0;
    const Tree::Node &n = m_tree->node(m_index);
    return (n.kind == NodeKind::Array || n.kind == NodeKind::Object) ? n.b : 0;
}

NodeRef NodeRef::at(std::uint32_t i) const
{
    if (i >= size())
        return {};
    return NodeRef(m_tree, m_tree->m_children[m_tree->node(m_index).a + i]);
}

std::string_view NodeRef::keyAt(std::uint32_t i) const
{
    if (kind() != NodeKind::Object || i >= size())
        return {};
    const Tree::Key &k = m_tree->m_keys[m_tree->node(m_index).a + i];
    return m_tree->poolText(k.offset, k.length);
}

QString NodeRef::keyStringAt(std::uint32_t i) const
{
    return fromUtf8(keyAt(i));
}

NodeRef NodeRef::value(std::string_view key) const
{
    if (!m_tree)
        return {};
    const Tree::Node &n = m_tree->node(m_index);
    if (n.kind != NodeKind::Object)
        return {};
    for (std::uint32_t i = 0; i < n.b; ++i) {
        const Tree::Key &k = m_tree->m_keys[n.a + i];
        if (k.length == key.size() && m_tree->poolText(k.offset, k.length) == key)
            return NodeRef(m_tree, m_tree->m_children[n.a + i]);
    }
    return {};
}

SourceLocation NodeRef::location() const
{
    if (!m_tree)
        return {};
    const Tree::Node &n = m_tree->node(m_index);
    if (m_tree->format() == Tree::Format::Json)
        return m_tree->locationOfOffset(n.p1);
    return SourceLocation{m_tree->sourceName(), int(n.p1), int(n.p2)};
}

// ---------------------------------------------------------------------------------------------- Tree

Tree::Tree(QString sourceName, Format format, QByteArray source)
    : m_sourceName(std::move(sourceName)), m_format(format), m_source(std::move(source))
{ }

std::size_t Tree::memoryUsage() const
{
    return m_nodes.capacity() * sizeof(Node) + m_children.capacity() * sizeof(std::uint32_t) + m_keys.capacity() * sizeof(Key)
        + m_pool.capacity() + m_refNodes.capacity() * sizeof(std::uint32_t);
}

void Tree::buildLineIndex() const
{
    m_lineStarts.push_back(0);
    const char *const begin = m_source.constData();
    const char *const end = begin + m_source.size();
    const auto addCheckpoints = [&](const char *lineBegin, const char *lineEnd) {
        std::uint32_t column = 1;
        for (const char *p = lineBegin; lineEnd - p > std::ptrdiff_t(kColumnCheckpoint);) {
            for (const char *stop = p + kColumnCheckpoint; p < stop; ++p) {
                if ((static_cast<unsigned char>(*p) & 0xC0) != 0x80)
                    ++column;
            }
            m_columnCheckpoints.push_back(ColumnCheckpoint{std::uint32_t(p - begin), column});
        }
    };
    const char *lineBegin = begin;
    while (lineBegin < end) {
        const auto *newline = static_cast<const char *>(std::memchr(lineBegin, '\n', std::size_t(end - lineBegin)));
        const char *lineEnd = newline ? newline : end;
        if (lineEnd - lineBegin > std::ptrdiff_t(kColumnCheckpoint))
            addCheckpoints(lineBegin, lineEnd);
        if (!newline)
            break;
        m_lineStarts.push_back(std::uint32_t(newline + 1 - begin));
        lineBegin = newline + 1;
    }
}

SourceLocation Tree::locationOfOffset(std::size_t byteOffset) const
{
    std::call_once(m_lineIndexOnce, [this] { buildLineIndex(); });
    byteOffset = std::min<std::size_t>(byteOffset, std::size_t(m_source.size()));
    const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), std::uint32_t(byteOffset));
    const std::size_t lineIndex = std::size_t(it - m_lineStarts.begin()) - 1;
    std::size_t from = m_lineStarts[lineIndex];
    int column = 1;
    if (!m_columnCheckpoints.empty()) {
        const auto cp = std::upper_bound(m_columnCheckpoints.begin(), m_columnCheckpoints.end(), std::uint32_t(byteOffset),
                                         [](std::uint32_t offset, const ColumnCheckpoint &c) { return offset < c.offset; });
        if (cp != m_columnCheckpoints.begin() && std::prev(cp)->offset >= from) {
            from = std::prev(cp)->offset;
            column = int(std::prev(cp)->column);
        }
    }
    // Columns count characters, not bytes: skip UTF-8 continuation bytes.
    for (std::size_t i = from; i < byteOffset; ++i) {
        if ((static_cast<unsigned char>(m_source[qsizetype(i)]) & 0xC0) != 0x80)
            ++column;
    }
    return SourceLocation{m_sourceName, int(lineIndex + 1), column};
}

QString Tree::sourceLine(int line) const
{
    std::call_once(m_lineIndexOnce, [this] { buildLineIndex(); });
    if (line < 1 || std::size_t(line) > m_lineStarts.size())
        return {};
    const qsizetype start = m_lineStarts[std::size_t(line - 1)];
    qsizetype end = std::size_t(line) < m_lineStarts.size() ? qsizetype(m_lineStarts[std::size_t(line)]) - 1 : m_source.size();
    if (end > start && m_source[end - 1] == '\r')
        --end;
    return QString::fromUtf8(m_source.constData() + start, std::max<qsizetype>(0, end - start));
}

// ---------------------------------------------------------------------------------------------- TreeBuilder

TreeBuilder::TreeBuilder(QString sourceName, Tree::Format format, QByteArray source, Limits limits)
    : m_tree(std::make_unique<Tree>(std::move(sourceName), format, std::move(source))), m_limits(limits)
{
    // Typical OpenAPI JSON has a node every 40-50 bytes; reserving avoids most regrowth copies.
    const auto expected = std::size_t(m_tree->m_source.size()) / 48;
    m_tree->m_nodes.reserve(expected);
    m_expanded.reserve(expected);
    m_tree->m_pool.reserve(std::size_t(m_tree->m_source.size()) / 2);
}

TreeBuilder::TreeBuilder(QString sourceName, Tree::Format format, QByteArray source)
    : TreeBuilder(std::move(sourceName), format, std::move(source), Limits{})
{ }

SourceLocation TreeBuilder::locationOf(Position pos) const
{
    if (m_tree->format() == Tree::Format::Json)
        return m_tree->locationOfOffset(pos.first);
    return SourceLocation{m_tree->sourceName(), int(pos.first), int(pos.second)};
}

bool TreeBuilder::fail(QString message, Position pos)
{
    m_error = Error{std::move(message), locationOf(pos)};
    return false;
}

Tree::Key TreeBuilder::addToPool(std::string_view text)
{
    Tree::Key key{std::uint32_t(m_tree->m_pool.size()), std::uint32_t(text.size())};
    m_tree->m_pool.append(text);
    return key;
}

std::uint32_t TreeBuilder::addNode(const Tree::Node &n)
{
    const auto index = std::uint32_t(m_tree->m_nodes.size());
    m_tree->m_nodes.push_back(n);
    m_expanded.push_back(1);
    return index;
}

void TreeBuilder::attach(std::uint32_t index, std::uint64_t expandedSize)
{
    Q_UNUSED(expandedSize);
    if (m_frames.empty()) {
        m_tree->m_root = index;
        m_hasRoot = true;
        return;
    }
    m_pendingValues.push_back(index);
    const Tree::Node &parent = m_tree->m_nodes[m_frames.back().node];
    if (parent.kind == NodeKind::Object) {
        m_pendingKeys.push_back(m_nextKey);
        if (m_nextKeyIsRef && m_tree->m_nodes[index].kind == NodeKind::String)
            m_tree->m_refNodes.push_back(index);
    } else {
        m_pendingKeys.push_back(Tree::Key{});
    }
    m_nextKey = {};
    m_nextKeyIsRef = false;
    m_hasKey = false;
}

std::uint32_t TreeBuilder::addNull(Position pos)
{
    const auto i = addNode(Tree::Node{NodeKind::Null, 0, 0, pos.first, pos.second});
    attach(i, 1);
    return i;
}

std::uint32_t TreeBuilder::addBool(bool value, Position pos)
{
    const auto i = addNode(Tree::Node{NodeKind::Bool, value ? 1u : 0u, 0, pos.first, pos.second});
    attach(i, 1);
    return i;
}

std::uint32_t TreeBuilder::addNumber(std::string_view literal, bool isInteger, Position pos)
{
    const Tree::Key k = addToPool(literal);
    const auto i = addNode(Tree::Node{isInteger ? NodeKind::Integer : NodeKind::Number, k.offset, k.length, pos.first, pos.second});
    attach(i, 1);
    return i;
}

std::uint32_t TreeBuilder::addString(std::string_view value, Position pos)
{
    const Tree::Key k = addToPool(value);
    const auto i = addNode(Tree::Node{NodeKind::String, k.offset, k.length, pos.first, pos.second});
    attach(i, 1);
    return i;
}

bool TreeBuilder::addExisting(std::uint32_t index)
{
    if (index >= m_tree->m_nodes.size())
        return false;
    attach(index, m_expanded[index]);
    return true;
}

void TreeBuilder::setKey(std::string_view key)
{
    m_nextKey = addToPool(key);
    m_nextKeyIsRef = key == "$ref";
    m_hasKey = true;
}

bool TreeBuilder::beginArray(Position pos)
{
    if (m_frames.size() >= m_limits.maxDepth)
        return fail(QStringLiteral("nesting is deeper than %1 levels").arg(m_limits.maxDepth), pos);
    const auto i = addNode(Tree::Node{NodeKind::Array, 0, 0, pos.first, pos.second});
    attach(i, 0);
    m_frames.push_back(Frame{i, std::uint32_t(m_pendingValues.size())});
    return true;
}

bool TreeBuilder::beginObject(Position pos)
{
    if (m_frames.size() >= m_limits.maxDepth)
        return fail(QStringLiteral("nesting is deeper than %1 levels").arg(m_limits.maxDepth), pos);
    const auto i = addNode(Tree::Node{NodeKind::Object, 0, 0, pos.first, pos.second});
    attach(i, 0);
    m_frames.push_back(Frame{i, std::uint32_t(m_pendingValues.size())});
    return true;
}

bool TreeBuilder::currentObjectHasKey(std::string_view key) const
{
    if (m_frames.empty())
        return false;
    for (std::size_t i = m_frames.back().pendingStart; i < m_pendingKeys.size(); ++i) {
        const Tree::Key &k = m_pendingKeys[i];
        if (m_tree->poolText(k.offset, k.length) == key)
            return true;
    }
    return false;
}

std::uint32_t TreeBuilder::memberCount(std::uint32_t objectIndex) const
{
    const Tree::Node &n = m_tree->m_nodes[objectIndex];
    return n.kind == NodeKind::Object ? n.b : 0;
}

std::string_view TreeBuilder::memberKey(std::uint32_t objectIndex, std::uint32_t i) const
{
    const Tree::Key &k = m_tree->m_keys[m_tree->m_nodes[objectIndex].a + i];
    return m_tree->poolText(k.offset, k.length);
}

std::uint32_t TreeBuilder::memberValue(std::uint32_t objectIndex, std::uint32_t i) const
{
    return m_tree->m_children[m_tree->m_nodes[objectIndex].a + i];
}

Result<std::uint32_t> TreeBuilder::end()
{
    if (m_frames.empty())
        return Error{QStringLiteral("internal error: no open container"), {}};
    const Frame frame = m_frames.back();
    m_frames.pop_back();
    Tree::Node &n = m_tree->m_nodes[frame.node];
    const std::size_t count = m_pendingValues.size() - frame.pendingStart;

    std::uint64_t expanded = 1;
    for (std::size_t i = frame.pendingStart; i < m_pendingValues.size(); ++i)
        expanded = saturatingAdd(expanded, m_expanded[m_pendingValues[i]]);
    m_expanded[frame.node] = expanded;
    if (expanded > m_limits.maxExpandedNodes) {
        fail(QStringLiteral("the document expands to more than %1 nodes (aliases referring to aliases?); refusing to load it")
                 .arg(m_limits.maxExpandedNodes),
             Position{n.p1, n.p2});
        return m_error;
    }

    if (n.kind == NodeKind::Object && count > 1) {
        // Duplicate keys make a document ambiguous: report the second occurrence.
        const auto keyText = [this](std::size_t i) {
            const Tree::Key &k = m_pendingKeys[i];
            return m_tree->poolText(k.offset, k.length);
        };
        std::size_t duplicate = 0; // pending index of the later of two equal keys, 0 if none
        if (count <= 16) {
            for (std::size_t i = frame.pendingStart + 1; i < m_pendingKeys.size() && !duplicate; ++i) {
                for (std::size_t j = frame.pendingStart; j < i; ++j) {
                    if (keyText(i) == keyText(j)) {
                        duplicate = i;
                        break;
                    }
                }
            }
        } else {
            std::unordered_set<std::string_view> seen;
            seen.reserve(count);
            for (std::size_t i = frame.pendingStart; i < m_pendingKeys.size(); ++i) {
                if (!seen.insert(keyText(i)).second) {
                    duplicate = i;
                    break;
                }
            }
        }
        if (duplicate) {
            const Tree::Node &dup = m_tree->m_nodes[m_pendingValues[duplicate]];
            fail(QStringLiteral("duplicate key \"%1\"").arg(fromUtf8(keyText(duplicate))), Position{dup.p1, dup.p2});
            return m_error;
        }
    }

    n.a = std::uint32_t(m_tree->m_children.size());
    n.b = std::uint32_t(count);
    m_tree->m_children.insert(m_tree->m_children.end(), m_pendingValues.begin() + std::ptrdiff_t(frame.pendingStart),
                              m_pendingValues.end());
    m_tree->m_keys.insert(m_tree->m_keys.end(), m_pendingKeys.begin() + std::ptrdiff_t(frame.pendingStart), m_pendingKeys.end());
    m_pendingValues.resize(frame.pendingStart);
    m_pendingKeys.resize(frame.pendingStart);
    if (m_tree->m_pool.size() > m_limits.maxPoolBytes) {
        fail(QStringLiteral("the document's text exceeds %1 bytes").arg(m_limits.maxPoolBytes), Position{n.p1, n.p2});
        return m_error;
    }
    return frame.node;
}

Result<std::shared_ptr<const Tree>> TreeBuilder::finish()
{
    if (!m_frames.empty())
        return Error{QStringLiteral("the document ends inside an unclosed container"),
                     locationOf({m_tree->m_nodes[m_frames.back().node].p1, m_tree->m_nodes[m_frames.back().node].p2})};
    if (!m_hasRoot)
        return Error{QStringLiteral("the document is empty"), SourceLocation{m_tree->sourceName(), 1, 1}};
    m_tree->m_nodes.shrink_to_fit();
    m_tree->m_children.shrink_to_fit();
    m_tree->m_keys.shrink_to_fit();
    m_tree->m_pool.shrink_to_fit();
    m_expanded.clear();
    m_expanded.shrink_to_fit();
    return std::shared_ptr<const Tree>(std::move(m_tree));
}

} // namespace keyway::openapi
