// YAML 1.2 reader: libfyaml's event API feeding a TreeBuilder.
//
// Events are turned into tree nodes as they arrive, so the common case (no merge keys) never copies a
// scalar. Two YAML features need more than one pass over some events:
//  - merge keys ("<<"): explicit keys win over merged ones even when they come after the "<<", so the
//    merge happens when the mapping ends. A merge value written inline (a mapping or a sequence) cannot
//    be built as a node of its own (TreeBuilder attaches every node to the open container), so its
//    events are stored and replayed into the mapping at its end;
//  - anchors defined inside such stored events are "deferred": the first alias to one replays its
//    events, and from then on the built node is shared.
// Every replay and every merged member counts against a budget, so that neither aliases nor merges can
// make a small document expand without bound.

#include "openapi/Readers.h"

#include <libfyaml.h>

#include <algorithm>
#include <bit>
#include <cstring>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace keyway::openapi {

namespace {

using Position = TreeBuilder::Position;

constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();
// Replays nest through aliases of deferred anchors and merges within merges; keep the C++ stack small.
constexpr int kMaxReplayNesting = 200;
// Merged members and replayed events are real tree entries (unlike shared aliases): a few hundred
// thousand is already far more than any real document has.
constexpr std::uint64_t kMaxMergeWork = 1'000'000;

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// ------------------------------------------------------------------------------------ input checks

struct BadByte
{
    std::size_t offset = std::string_view::npos;
    bool control = false; // a control character YAML forbids, rather than a UTF-8 error
};

// The first byte that is not valid UTF-8, or that starts a C0 control character other than tab, line
// feed and carriage return (libfyaml silently truncates at NUL and keeps other controls).
BadByte findBadByte(const unsigned char *p, std::size_t n)
{
    constexpr std::uint64_t ones = 0x0101010101010101ULL;
    constexpr std::uint64_t high = ones * 0x80;
    constexpr std::uint64_t low7 = ones * 0x7F;
    // Per byte of v: the high bit set when the byte is not zero (exact; no carries between bytes).
    constexpr auto nonZero = [](std::uint64_t v) { return (((v & low7) + low7) | v) & high; };
    std::size_t i = 0;
    while (i < n) {
        if (i + 8 <= n) {
            std::uint64_t w;
            std::memcpy(&w, p + i, 8);
            if ((w & high) == 0) {
                // Eight ASCII bytes, the common case: find bytes below 0x20 other than tab, LF and CR.
                const std::uint64_t below20 = ~(w + ones * 0x60) & high;
                const std::uint64_t bad = below20 & nonZero(w ^ (ones * '\t')) & nonZero(w ^ (ones * '\n')) & nonZero(w ^ (ones * '\r'));
                if (bad == 0) {
                    i += 8;
                    continue;
                }
                if constexpr (std::endian::native == std::endian::little)
                    return {i + std::size_t(std::countr_zero(bad) / 8), true};
            }
        }
        const unsigned c = p[i];
        if (c < 0x80) {
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                return {i, true};
            ++i;
            continue;
        }
        auto cont = [&](std::size_t k, unsigned lo = 0x80, unsigned hi = 0xBF) { return i + k < n && p[i + k] >= lo && p[i + k] <= hi; };
        std::size_t len = 0;
        if (c >= 0xC2 && c <= 0xDF)
            len = cont(1) ? 2 : 0;
        else if (c == 0xE0)
            len = cont(1, 0xA0) && cont(2) ? 3 : 0;
        else if (c == 0xED)
            len = cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0; // no UTF-16 surrogates
        else if (c >= 0xE1 && c <= 0xEF)
            len = cont(1) && cont(2) ? 3 : 0;
        else if (c == 0xF0)
            len = cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
        else if (c >= 0xF1 && c <= 0xF3)
            len = cont(1) && cont(2) && cont(3) ? 4 : 0;
        else if (c == 0xF4)
            len = cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
        if (len == 0)
            return {i, false};
        i += len;
    }
    return {};
}

// Characters (not bytes) from lineStart to offset; a leading byte order mark does not count, as in libfyaml.
std::uint32_t columnOf(std::string_view src, std::size_t lineStart, std::size_t offset)
{
    if (lineStart == 0 && src.substr(0, 3) == "\xEF\xBB\xBF" && offset >= 3)
        lineStart = 3;
    std::uint32_t column = 1;
    for (std::size_t i = lineStart; i < offset; ++i) {
        if ((static_cast<unsigned char>(src[i]) & 0xC0) != 0x80)
            ++column;
    }
    return column;
}

Position positionOfOffset(std::string_view src, std::size_t offset)
{
    std::uint32_t line = 1;
    std::size_t lineStart = 0;
    for (std::size_t i = 0; i < offset; ++i) {
        if (src[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return {line, columnOf(src, lineStart, offset)};
}

// libfyaml places a block scalar at its first content line; the "|" or ">" indicator is a better place
// to point at. Walk back from the content to the header line and find the indicator there.
Position blockIndicatorPosition(std::string_view src, const fy_mark &mark)
{
    const Position fallback{std::uint32_t(mark.line + 1), std::uint32_t(mark.column + 1)};
    std::size_t end = std::min(mark.input_pos, src.size());
    std::uint32_t line = std::uint32_t(mark.line + 1);
    for (;;) {
        std::size_t start = end;
        while (start > 0 && src[start - 1] != '\n')
            --start;
        const std::string_view segment = src.substr(start, end - start);
        // The indicator is the last "|" or ">" followed only by its modifiers, blanks and a comment.
        for (std::size_t at = segment.find_last_of("|>"); at != std::string_view::npos;
             at = at == 0 ? std::string_view::npos : segment.find_last_of("|>", at - 1)) {
            std::size_t k = at + 1;
            while (k < segment.size() && (segment[k] == '+' || segment[k] == '-' || (segment[k] >= '1' && segment[k] <= '9')))
                ++k;
            const bool blankBefore = k < segment.size() && (segment[k] == ' ' || segment[k] == '\t');
            while (k < segment.size() && (segment[k] == ' ' || segment[k] == '\t' || segment[k] == '\r'))
                ++k;
            if (k == segment.size() || (segment[k] == '#' && blankBefore))
                return {line, columnOf(src, start, start + at)};
        }
        if (segment.find_first_not_of(" \t\r") != std::string_view::npos || start == 0)
            return fallback;
        end = start - 1;
        --line;
    }
}

// ------------------------------------------------------------------------------------ scalar typing

enum class Tag : std::uint8_t { None, NonSpecific, Str, Int, Float, Bool, Null, Merge, Other };

Tag classifyTag(std::string_view tag)
{
    if (tag == "!")
        return Tag::NonSpecific;
    constexpr std::string_view core = "tag:yaml.org,2002:";
    if (tag.substr(0, core.size()) != core)
        return Tag::Other;
    const std::string_view name = tag.substr(core.size());
    if (name == "str")
        return Tag::Str;
    if (name == "int")
        return Tag::Int;
    if (name == "float")
        return Tag::Float;
    if (name == "bool")
        return Tag::Bool;
    if (name == "null")
        return Tag::Null;
    if (name == "merge")
        return Tag::Merge;
    return Tag::Other;
}

enum class ScalarType : std::uint8_t { Null, True, False, Int, Float, String };

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isNull(std::string_view s)
{
    return s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL";
}

// YAML 1.2 core schema integer: [-+]?[0-9]+ | 0o[0-7]+ | 0x[0-9a-fA-F]+
bool isInt(std::string_view s)
{
    if (s.size() > 2 && s[0] == '0' && (s[1] == 'o' || s[1] == 'x')) {
        const bool hex = s[1] == 'x';
        for (std::size_t i = 2; i < s.size(); ++i) {
            const char c = s[i];
            const bool ok = hex ? (isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')) : (c >= '0' && c <= '7');
            if (!ok)
                return false;
        }
        return true;
    }
    std::size_t i = (!s.empty() && (s[0] == '-' || s[0] == '+')) ? 1 : 0;
    if (i == s.size())
        return false;
    for (; i < s.size(); ++i) {
        if (!isDigit(s[i]))
            return false;
    }
    return true;
}

// YAML 1.2 core schema float: [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)? | [-+]?\.(inf|Inf|INF)
// | \.(nan|NaN|NAN)
bool isFloat(std::string_view s)
{
    if (s == ".nan" || s == ".NaN" || s == ".NAN")
        return true;
    std::size_t i = (!s.empty() && (s[0] == '-' || s[0] == '+')) ? 1 : 0;
    const std::string_view rest = s.substr(i);
    if (rest == ".inf" || rest == ".Inf" || rest == ".INF")
        return true;
    std::size_t intDigits = 0;
    while (i < s.size() && isDigit(s[i])) {
        ++i;
        ++intDigits;
    }
    std::size_t fracDigits = 0;
    if (i < s.size() && s[i] == '.') {
        ++i;
        while (i < s.size() && isDigit(s[i])) {
            ++i;
            ++fracDigits;
        }
    }
    if (intDigits == 0 && fracDigits == 0)
        return false;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '-' || s[i] == '+'))
            ++i;
        std::size_t expDigits = 0;
        while (i < s.size() && isDigit(s[i])) {
            ++i;
            ++expDigits;
        }
        if (expDigits == 0)
            return false;
    }
    return i == s.size();
}

std::optional<bool> boolValue(std::string_view s)
{
    if (s == "true" || s == "True" || s == "TRUE")
        return true;
    if (s == "false" || s == "False" || s == "FALSE")
        return false;
    return std::nullopt;
}

// The type of a plain, untagged scalar. Dispatches on the first character: most scalars are strings.
ScalarType resolvePlain(std::string_view s)
{
    if (s.empty())
        return ScalarType::Null;
    switch (s.front()) {
    case '~':
    case 'n':
    case 'N':
        return isNull(s) ? ScalarType::Null : ScalarType::String;
    case 't':
    case 'T':
    case 'f':
    case 'F':
        if (const auto b = boolValue(s))
            return *b ? ScalarType::True : ScalarType::False;
        return ScalarType::String;
    case '.':
    case '-':
    case '+':
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7':
    case '8':
    case '9':
        if (isInt(s))
            return ScalarType::Int;
        if (isFloat(s))
            return ScalarType::Float;
        return ScalarType::String;
    default:
        return ScalarType::String;
    }
}

// ------------------------------------------------------------------------------------ events

// One parser event, either straight from libfyaml or replayed from storage.
struct Event
{
    fy_event_type type = FYET_NONE;
    Position pos{1, 1};
    std::string_view text; // scalar value, or the anchor name an alias refers to
    std::string_view anchor; // anchor defined on this node (events from libfyaml only)
    std::uint32_t slot = kNone; // replayed events: the anchor slot defined on this node
    std::uint32_t aliasSlot = kNone; // replayed aliases: the anchor slot, resolved when stored
    Tag tag = Tag::None;
    bool plain = false;
};

bool isStart(fy_event_type t)
{
    return t == FYET_MAPPING_START || t == FYET_SEQUENCE_START;
}

bool isEnd(fy_event_type t)
{
    return t == FYET_MAPPING_END || t == FYET_SEQUENCE_END;
}

// Text storage with stable addresses for stored events.
class TextArena
{
public:
    std::string_view store(std::string_view text)
    {
        if (text.empty())
            return {};
        if (text.size() > m_left) {
            const std::size_t size = std::max<std::size_t>(text.size(), 64 * 1024);
            m_chunks.push_back(std::make_unique<char[]>(size));
            m_next = m_chunks.back().get();
            m_left = size;
        }
        std::memcpy(m_next, text.data(), text.size());
        const std::string_view stored(m_next, text.size());
        m_next += text.size();
        m_left -= text.size();
        return stored;
    }

private:
    std::vector<std::unique_ptr<char[]>> m_chunks;
    char *m_next = nullptr;
    std::size_t m_left = 0;
};

struct StoredEvent
{
    Event event; // text views point into the TextArena; anchor is always empty (slot is set instead)
    std::uint32_t end = 0; // index just past this node's events
};

struct Anchor
{
    enum class State : std::uint8_t {
        Open, // a container being built: an alias to it would make a cycle
        Built, // node holds the node index
        Deferred, // stored events starting at span, not built yet
        DeferredOpen, // stored events still being captured
    };
    State state = State::Open;
    std::uint32_t node = 0;
    std::uint32_t span = 0;
    std::string scalarText; // Built scalars: for aliases used as mapping keys
};

struct MergeSource
{
    enum class Kind : std::uint8_t { Slot, Span };
    Kind kind;
    std::uint32_t ref; // anchor slot or first stored event
    Position pos;
};

struct Frame
{
    bool mapping = false;
    bool expectKey = true;
    bool mergeNext = false; // the next value is the value of "<<"
    bool hasMerge = false;
    std::uint32_t slot = kNone; // anchor slot completed by this container
    std::uint32_t keysStart = 0; // into YamlReader::m_keys
    std::uint32_t mergeStart = 0; // into YamlReader::m_merges
};

struct CaptureLevel
{
    std::uint32_t start;
    bool mapping;
    bool expectKey;
};

struct ParserDeleter
{
    void operator()(fy_parser *p) const { fy_parser_destroy(p); }
};
struct DiagDeleter
{
    void operator()(fy_diag *d) const { fy_diag_destroy(d); }
};
struct TokenIterDeleter
{
    void operator()(fy_token_iter *i) const { fy_token_iter_destroy(i); }
};

void discardDiagnostics(fy_diag *, void *, const char *, size_t)
{ }

// ------------------------------------------------------------------------------------ the reader

class YamlReader final
{
public:
    YamlReader(QByteArray bytes, const QString &sourceName)
        : m_bytes(std::move(bytes)),
          m_src(m_bytes.constData(), std::size_t(m_bytes.size())),
          m_builder(sourceName, Tree::Format::Yaml, m_bytes)
    { }
    Q_DISABLE_COPY_MOVE(YamlReader)

    Result<std::shared_ptr<const Tree>> run();

private:
    bool fail(QString message, Position pos)
    {
        if (!m_failed) {
            m_failed = true;
            m_error = Error{std::move(message), m_builder.locationOf(pos)};
        }
        return false;
    }
    bool failFromBuilder()
    {
        if (!m_failed) {
            m_failed = true;
            m_error = m_builder.error();
        }
        return false;
    }
    bool spend(std::uint64_t work, Position pos);

    Event convert(fy_event *fe);
    std::string_view scalarText(fy_token *token, fy_scalar_style style);
    bool handle(const Event &ev);
    bool handleKey(const Event &ev, std::size_t frame);
    bool handleMergeValue(const Event &ev, std::size_t frame);
    bool addScalar(const Event &ev);
    bool addAlias(const Event &ev);
    bool addExistingNode(std::uint32_t node, const Event &ev);
    bool beginContainer(const Event &ev);
    bool endContainer(const Event &ev);
    void valueDone();
    bool setKey(std::string_view key, Position pos, std::size_t frame);

    std::uint32_t defineAnchor(std::string_view name, Anchor anchor);
    bool resolveAlias(const Event &ev, std::uint32_t *slot);
    bool keyTextOfSlot(std::uint32_t slot, Position pos, std::string_view *text);
    std::uint32_t storeEvent(const Event &ev);
    bool capture(const Event &ev);
    bool finishCapture(std::uint32_t start);
    bool replay(std::uint32_t begin);

    bool applyMerges(std::size_t frame);
    bool mergeSource(const MergeSource &source, std::unordered_set<std::string> &seen, std::size_t frame);
    bool mergeObject(std::uint32_t node, Position pos, std::size_t frame);
    bool mergeSpan(std::uint32_t begin, std::unordered_set<std::string> &seen, std::size_t frame);
    bool collectSources(std::uint32_t valueBegin, std::vector<MergeSource> &out);
    bool reportDuplicateKey(std::size_t frame);

    const QByteArray m_bytes;
    const std::string_view m_src;
    TreeBuilder m_builder;
    std::vector<Frame> m_frames;

    // Explicit keys of the open mappings (a stack), for merge keys and duplicate-key positions.
    struct KeyRef
    {
        std::uint32_t offset;
        std::uint32_t length;
        Position pos;
    };
    std::string m_keyText;
    std::vector<KeyRef> m_keys;
    std::string m_keyCopy;
    std::vector<MergeSource> m_merges;

    std::vector<Anchor> m_anchors;
    std::unordered_map<std::string, std::uint32_t> m_anchorByName;

    std::vector<StoredEvent> m_stored;
    TextArena m_storedText;
    std::vector<CaptureLevel> m_capture;
    bool m_capturing = false;
    int m_skipDepth = 0;
    int m_replayNesting = 0;
    std::uint64_t m_work = 0; // replayed events and merged members

    std::unique_ptr<fy_token_iter, TokenIterDeleter> m_iter;
    std::string m_scratch;

    Position m_lastPos{1, 1};
    bool m_failed = false;
    Error m_error;
};

bool YamlReader::spend(std::uint64_t work, Position pos)
{
    m_work += work;
    if (m_work > kMaxMergeWork)
        return fail(
            QStringLiteral("the document's merge keys and aliases expand to more than %1 members; refusing to load it").arg(kMaxMergeWork),
            pos);
    return true;
}

Event YamlReader::convert(fy_event *fe)
{
    Event ev;
    ev.type = fe->type;
    if (isEnd(ev.type)) {
        ev.pos = m_lastPos; // not used: containers are placed where they start
        return ev;
    }
    const fy_mark *mark = fy_event_start_mark(fe);
    if (mark)
        ev.pos = Position{std::uint32_t(mark->line + 1), std::uint32_t(mark->column + 1)};
    else
        ev.pos = m_lastPos; // an empty scalar: point at what came before it (its key)

    auto textOf = [](fy_token *token) {
        size_t len = 0;
        const char *text = token ? fy_token_get_text(token, &len) : nullptr;
        return text ? std::string_view(text, len) : std::string_view();
    };
    fy_token *anchor = nullptr;
    fy_token *tag = nullptr;
    switch (fe->type) {
    case FYET_SCALAR: {
        anchor = fe->scalar.anchor;
        tag = fe->scalar.tag;
        const fy_scalar_style style = fy_token_scalar_style(fe->scalar.value);
        ev.text = scalarText(fe->scalar.value, style);
        ev.plain = style == FYSS_PLAIN;
        if ((style == FYSS_SINGLE_QUOTED || style == FYSS_DOUBLE_QUOTED) && mark && ev.pos.second > 1)
            --ev.pos.second; // libfyaml marks the text inside the quotes
        else if ((style == FYSS_LITERAL || style == FYSS_FOLDED) && mark)
            ev.pos = blockIndicatorPosition(m_src, *mark);
        break;
    }
    case FYET_ALIAS:
        ev.text = textOf(fe->alias.anchor);
        if (mark && ev.pos.second > 1)
            --ev.pos.second; // libfyaml marks the name after the "*"
        break;
    case FYET_SEQUENCE_START:
        anchor = fe->sequence_start.anchor;
        tag = fe->sequence_start.tag;
        break;
    case FYET_MAPPING_START:
        anchor = fe->mapping_start.anchor;
        tag = fe->mapping_start.tag;
        break;
    default:
        break;
    }
    if (anchor)
        ev.anchor = textOf(anchor);
    if (tag)
        ev.tag = classifyTag(textOf(tag));
    if (mark)
        m_lastPos = ev.pos;
    return ev;
}

// The text of a scalar token. fy_token_get_text() allocates and formats a copy of every scalar that is
// not trivially plain, which costs a third of the parse: a single-line plain scalar, or a single-line
// quoted one without escapes, is exactly its input bytes; anything else is assembled from the token
// iterator's chunks in a reused buffer. The result is valid until the next call.
std::string_view YamlReader::scalarText(fy_token *token, fy_scalar_style style)
{
    const fy_mark *start = fy_token_start_mark(token);
    const fy_mark *end = fy_token_end_mark(token);
    if (start && end && start->line == end->line && start->input_pos <= end->input_pos && end->input_pos <= m_src.size()) {
        const std::string_view raw = m_src.substr(start->input_pos, end->input_pos - start->input_pos);
        if (style == FYSS_PLAIN || (style == FYSS_SINGLE_QUOTED && raw.find('\'') == std::string_view::npos)
            || (style == FYSS_DOUBLE_QUOTED && raw.find('\\') == std::string_view::npos))
            return raw;
    }
    m_scratch.clear();
    int error = 0;
    if (m_iter) {
        fy_token_iter_start(token, m_iter.get());
        for (const fy_iter_chunk *chunk = nullptr; (chunk = fy_token_iter_chunk_next(m_iter.get(), chunk, &error));)
            m_scratch.append(chunk->str, chunk->len);
        fy_token_iter_finish(m_iter.get());
    }
    if (!m_iter || error != 0) {
        size_t len = 0;
        const char *text = fy_token_get_text(token, &len);
        return text ? std::string_view(text, len) : std::string_view();
    }
    return m_scratch;
}

Result<std::shared_ptr<const Tree>> YamlReader::run()
{
    const BadByte bad = findBadByte(reinterpret_cast<const unsigned char *>(m_src.data()), m_src.size());
    if (bad.offset != std::string_view::npos) {
        const auto c = static_cast<unsigned char>(m_src[bad.offset]);
        const QString hex = QString::number(c, 16).toUpper();
        const QString message = bad.control
            ? QStringLiteral("the document contains the control character U+%1, which YAML does not allow (is this a binary file?)")
                  .arg(hex.rightJustified(4, u'0'))
            : QStringLiteral("the document is not valid UTF-8 (byte 0x%1)").arg(hex);
        return Error{message, m_builder.locationOf(positionOfOffset(m_src, bad.offset))};
    }

    fy_diag_cfg diagCfg;
    fy_diag_cfg_default(&diagCfg);
    diagCfg.fp = nullptr; // never write to stderr
    diagCfg.output_fn = discardDiagnostics;
    diagCfg.colorize = false;
    const std::unique_ptr<fy_diag, DiagDeleter> diag(fy_diag_create(&diagCfg));
    if (!diag)
        return Error{QStringLiteral("could not start the YAML parser"), {}};
    fy_diag_set_collect_errors(diag.get(), true);

    fy_parse_cfg cfg{};
    cfg.flags = fy_parse_cfg_flags(FYPCF_QUIET | FYPCF_DEFAULT_VERSION_1_2 | FYPCF_JSON_NONE);
    cfg.diag = diag.get();
    m_iter.reset(fy_token_iter_create(nullptr));
    std::unique_ptr<fy_parser, ParserDeleter> parser(fy_parser_create(&cfg));
    if (!parser || fy_parser_set_string(parser.get(), m_src.data(), m_src.size()) != 0)
        return Error{QStringLiteral("could not start the YAML parser"), {}};

    bool documentDone = false;
    bool streamDone = false;
    while (!documentDone && !streamDone && !m_failed) {
        fy_event *fe = fy_parser_parse(parser.get());
        if (!fe)
            break;
        switch (fe->type) {
        case FYET_DOCUMENT_END:
            documentDone = true; // only the first document counts; the rest is not even parsed
            break;
        case FYET_STREAM_END:
            streamDone = true;
            break;
        case FYET_STREAM_START:
        case FYET_DOCUMENT_START:
        case FYET_NONE:
            break;
        default:
            handle(convert(fe));
            break;
        }
        fy_parser_event_free(parser.get(), fe);
    }

    if (!m_failed && !documentDone && !streamDone) {
        // libfyaml stopped on an error: report its first diagnostic.
        void *iter = nullptr;
        QString message;
        Position pos = m_lastPos;
        while (fy_diag_error *e = fy_diag_errors_iterate(diag.get(), &iter)) {
            if (e->type < FYET_ERROR || !e->msg)
                continue;
            message = QString::fromUtf8(e->msg);
            if (e->line > 0)
                pos = Position{std::uint32_t(e->line), std::uint32_t(std::max(e->column, 1))};
            break;
        }
        if (message.isEmpty())
            message = QStringLiteral("the YAML parser stopped without saying why");
        fail(message, pos);
    }
    parser.reset();
    if (m_failed)
        return m_error;
    return m_builder.finish();
}

// ------------------------------------------------------------------------------------ event handling

bool YamlReader::handle(const Event &ev)
{
    if (m_skipDepth > 0) {
        // Skipping the rest of a stored node that was already built (and added as a shared node).
        if (isStart(ev.type))
            ++m_skipDepth;
        else if (isEnd(ev.type))
            --m_skipDepth;
        return true;
    }
    if (m_capturing)
        return capture(ev);

    if (!m_frames.empty()) {
        const std::size_t top = m_frames.size() - 1;
        if (m_frames[top].mapping && m_frames[top].expectKey)
            return handleKey(ev, top);
        if (m_frames[top].mergeNext)
            return handleMergeValue(ev, top);
    }

    // A value. A replayed node whose anchor was built meanwhile is shared, not built twice.
    if (ev.slot != kNone && m_anchors[ev.slot].state == Anchor::State::Built) {
        if (isStart(ev.type))
            m_skipDepth = 1;
        return addExistingNode(m_anchors[ev.slot].node, ev);
    }
    switch (ev.type) {
    case FYET_SCALAR:
        return addScalar(ev);
    case FYET_ALIAS:
        return addAlias(ev);
    case FYET_SEQUENCE_START:
    case FYET_MAPPING_START:
        return beginContainer(ev);
    case FYET_SEQUENCE_END:
    case FYET_MAPPING_END:
        return endContainer(ev);
    default:
        return true;
    }
}

bool YamlReader::handleKey(const Event &ev, std::size_t frame)
{
    switch (ev.type) {
    case FYET_MAPPING_END:
        return endContainer(ev);
    case FYET_MAPPING_START:
    case FYET_SEQUENCE_START:
        return fail(QStringLiteral("complex mapping keys are not supported (a key must be a scalar)"), ev.pos);
    case FYET_ALIAS: {
        std::uint32_t slot = kNone;
        std::string_view text;
        if (!resolveAlias(ev, &slot) || !keyTextOfSlot(slot, ev.pos, &text))
            return false;
        return setKey(text, ev.pos, frame);
    }
    case FYET_SCALAR: {
        if (!ev.anchor.empty()) {
            // A key is not a node; an alias to it builds one from the stored key.
            Event stored = ev;
            stored.anchor = {};
            const std::uint32_t index = storeEvent(stored);
            Anchor anchor;
            anchor.state = Anchor::State::Deferred;
            anchor.span = index;
            m_stored[index].event.slot = defineAnchor(ev.anchor, std::move(anchor));
        }
        if (ev.tag == Tag::Merge || (ev.plain && ev.tag == Tag::None && ev.text == "<<")) {
            Frame &f = m_frames[frame];
            if (f.hasMerge)
                return fail(QStringLiteral("duplicate key \"<<\""), ev.pos);
            f.hasMerge = true;
            f.mergeNext = true;
            f.expectKey = false;
            return true;
        }
        return setKey(ev.text, ev.pos, frame);
    }
    default:
        return true;
    }
}

bool YamlReader::setKey(std::string_view key, Position pos, std::size_t frame)
{
    m_builder.setKey(key);
    m_keys.push_back(KeyRef{std::uint32_t(m_keyText.size()), std::uint32_t(key.size()), pos});
    m_keyText.append(key);
    m_frames[frame].expectKey = false;
    return true;
}

bool YamlReader::handleMergeValue(const Event &ev, std::size_t frame)
{
    Frame &f = m_frames[frame];
    f.mergeNext = false;
    f.expectKey = true;
    switch (ev.type) {
    case FYET_ALIAS: {
        std::uint32_t slot = kNone;
        if (!resolveAlias(ev, &slot))
            return false;
        m_merges.push_back(MergeSource{MergeSource::Kind::Slot, slot, ev.pos});
        return true;
    }
    case FYET_MAPPING_START:
    case FYET_SEQUENCE_START:
        m_capturing = true;
        return capture(ev);
    default:
        return fail(QStringLiteral("the value of the merge key \"<<\" must be a mapping, an alias to a mapping, or a sequence of them"),
                    ev.pos);
    }
}

void YamlReader::valueDone()
{
    if (!m_frames.empty() && m_frames.back().mapping)
        m_frames.back().expectKey = true;
}

bool YamlReader::addExistingNode(std::uint32_t node, const Event &ev)
{
    if (!m_builder.addExisting(node))
        return fail(QStringLiteral("internal error: alias to an unknown node"), ev.pos);
    valueDone();
    return true;
}

bool YamlReader::addScalar(const Event &ev)
{
    const std::string_view s = ev.text;
    auto invalid = [&](const char *tagName) {
        return fail(QStringLiteral("\"%1\" is not a valid %2 value").arg(fromUtf8(s), QLatin1String(tagName)), ev.pos);
    };
    ScalarType type = ScalarType::String;
    switch (ev.tag) {
    case Tag::None:
    case Tag::Other:
    case Tag::Merge:
        type = ev.plain ? resolvePlain(s) : ScalarType::String;
        break;
    case Tag::NonSpecific:
    case Tag::Str:
        type = ScalarType::String;
        break;
    case Tag::Null:
        if (!isNull(s))
            return invalid("!!null");
        type = ScalarType::Null;
        break;
    case Tag::Bool: {
        const auto b = boolValue(s);
        if (!b)
            return invalid("!!bool");
        type = *b ? ScalarType::True : ScalarType::False;
        break;
    }
    case Tag::Int:
        if (!isInt(s))
            return invalid("!!int");
        type = ScalarType::Int;
        break;
    case Tag::Float:
        if (!isInt(s) && !isFloat(s))
            return invalid("!!float");
        type = ScalarType::Float;
        break;
    }

    std::uint32_t node = 0;
    switch (type) {
    case ScalarType::Null:
        node = m_builder.addNull(ev.pos);
        break;
    case ScalarType::True:
    case ScalarType::False:
        node = m_builder.addBool(type == ScalarType::True, ev.pos);
        break;
    case ScalarType::Int:
    case ScalarType::Float:
        node = m_builder.addNumber(s, type == ScalarType::Int, ev.pos);
        break;
    case ScalarType::String:
        node = m_builder.addString(s, ev.pos);
        break;
    }

    std::uint32_t slot = ev.slot;
    if (!ev.anchor.empty())
        slot = defineAnchor(ev.anchor, Anchor{});
    if (slot != kNone) {
        Anchor &a = m_anchors[slot];
        a.state = Anchor::State::Built;
        a.node = node;
        a.scalarText.assign(s);
    }
    valueDone();
    return true;
}

bool YamlReader::addAlias(const Event &ev)
{
    std::uint32_t slot = kNone;
    if (!resolveAlias(ev, &slot))
        return false;
    const Anchor &a = m_anchors[slot];
    if (a.state == Anchor::State::Built)
        return addExistingNode(a.node, ev);
    if (a.state != Anchor::State::Deferred) // resolveAlias() refuses these already
        return fail(QStringLiteral("the alias \"*%1\" refers to a node that contains it").arg(fromUtf8(ev.text)), ev.pos);
    // A deferred anchor (defined inside a stored merge value): build it here, share it from now on.
    return replay(a.span);
}

bool YamlReader::beginContainer(const Event &ev)
{
    const bool mapping = ev.type == FYET_MAPPING_START;
    if (!(mapping ? m_builder.beginObject(ev.pos) : m_builder.beginArray(ev.pos)))
        return failFromBuilder();
    Frame f;
    f.mapping = mapping;
    f.slot = ev.slot;
    if (!ev.anchor.empty())
        f.slot = defineAnchor(ev.anchor, Anchor{});
    if (f.slot != kNone)
        m_anchors[f.slot].state = Anchor::State::Open;
    f.keysStart = std::uint32_t(m_keys.size());
    f.mergeStart = std::uint32_t(m_merges.size());
    m_frames.push_back(f);
    return true;
}

bool YamlReader::endContainer(const Event &ev)
{
    if (m_frames.empty())
        return fail(QStringLiteral("internal error: unbalanced YAML events"), ev.pos);
    const std::size_t frame = m_frames.size() - 1;
    if (m_frames[frame].hasMerge && !applyMerges(frame))
        return false;
    const Result<std::uint32_t> node = m_builder.end();
    if (!node.ok()) {
        if (m_frames[frame].mapping && reportDuplicateKey(frame))
            return false;
        return failFromBuilder();
    }
    const Frame f = m_frames[frame];
    m_frames.pop_back();
    if (f.mapping) {
        if (f.keysStart < m_keys.size()) {
            m_keyText.resize(m_keys[f.keysStart].offset);
            m_keys.resize(f.keysStart);
        }
        m_merges.resize(f.mergeStart);
    }
    if (f.slot != kNone) {
        m_anchors[f.slot].state = Anchor::State::Built;
        m_anchors[f.slot].node = node.value();
    }
    valueDone();
    return true;
}

// TreeBuilder reports a duplicate at its value's position, which for an alias is the anchor's place in
// the document. Point at the second key instead.
bool YamlReader::reportDuplicateKey(std::size_t frame)
{
    std::unordered_set<std::string_view> seen;
    for (std::size_t i = m_frames[frame].keysStart; i < m_keys.size(); ++i) {
        const std::string_view key(m_keyText.data() + m_keys[i].offset, m_keys[i].length);
        if (!seen.insert(key).second) {
            fail(QStringLiteral("duplicate key \"%1\"").arg(fromUtf8(key)), m_keys[i].pos);
            return true;
        }
    }
    return false;
}

// ------------------------------------------------------------------------------------ anchors

std::uint32_t YamlReader::defineAnchor(std::string_view name, Anchor anchor)
{
    const auto slot = std::uint32_t(m_anchors.size());
    m_anchors.push_back(std::move(anchor));
    // A later anchor with the same name replaces the earlier one for the aliases that follow.
    m_anchorByName.insert_or_assign(std::string(name), slot);
    return slot;
}

bool YamlReader::resolveAlias(const Event &ev, std::uint32_t *slot)
{
    if (ev.aliasSlot != kNone) {
        *slot = ev.aliasSlot;
    } else {
        const auto it = m_anchorByName.find(std::string(ev.text));
        if (it == m_anchorByName.end())
            return fail(QStringLiteral("unknown alias \"*%1\" (no anchor \"&%1\" before it)").arg(fromUtf8(ev.text)), ev.pos);
        *slot = it->second;
    }
    const Anchor::State state = m_anchors[*slot].state;
    if (state == Anchor::State::Open || state == Anchor::State::DeferredOpen)
        return fail(QStringLiteral("the alias \"*%1\" refers to a node that contains it (recursive structures are not supported)")
                        .arg(fromUtf8(ev.text)),
                    ev.pos);
    return true;
}

bool YamlReader::keyTextOfSlot(std::uint32_t slot, Position pos, std::string_view *text)
{
    const Anchor &a = m_anchors[slot];
    if (a.state == Anchor::State::Built && m_builder.kindOf(a.node) != NodeKind::Array && m_builder.kindOf(a.node) != NodeKind::Object) {
        *text = a.scalarText;
        return true;
    }
    if (a.state == Anchor::State::Deferred && m_stored[a.span].event.type == FYET_SCALAR) {
        *text = m_stored[a.span].event.text;
        return true;
    }
    return fail(QStringLiteral("complex mapping keys are not supported (the alias used as a key refers to a mapping or a sequence)"), pos);
}

// ------------------------------------------------------------------------------------ stored events

std::uint32_t YamlReader::storeEvent(const Event &ev)
{
    StoredEvent se;
    se.event = ev;
    se.event.text = m_storedText.store(ev.text);
    se.event.anchor = {};
    const auto index = std::uint32_t(m_stored.size());
    se.end = index + 1;
    m_stored.push_back(se);
    return index;
}

// Stores the events of a merge value (and everything nested in it) until its end.
bool YamlReader::capture(const Event &ev)
{
    if (isEnd(ev.type)) {
        const CaptureLevel level = m_capture.back();
        m_capture.pop_back();
        const std::uint32_t index = storeEvent(ev);
        StoredEvent &start = m_stored[level.start];
        start.end = index + 1;
        if (start.event.slot != kNone && m_anchors[start.event.slot].state == Anchor::State::DeferredOpen)
            m_anchors[start.event.slot].state = Anchor::State::Deferred;
        if (m_capture.empty()) {
            m_capturing = false;
            return finishCapture(level.start);
        }
        if (m_capture.back().mapping)
            m_capture.back().expectKey = true;
        return true;
    }

    CaptureLevel *parent = m_capture.empty() ? nullptr : &m_capture.back();
    const bool atKey = parent && parent->mapping && parent->expectKey;
    if (atKey && isStart(ev.type))
        return fail(QStringLiteral("complex mapping keys are not supported (a key must be a scalar)"), ev.pos);
    if (isStart(ev.type) && m_builder.depth() + m_capture.size() >= TreeBuilder::Limits{}.maxDepth)
        return fail(QStringLiteral("nesting is deeper than %1 levels").arg(TreeBuilder::Limits{}.maxDepth), ev.pos);

    Event stored = ev;
    if (ev.type == FYET_ALIAS) {
        std::uint32_t slot = kNone;
        if (!resolveAlias(ev, &slot))
            return false;
        stored.aliasSlot = slot;
    }
    const std::uint32_t index = storeEvent(stored);
    if (!ev.anchor.empty()) {
        Anchor anchor;
        anchor.state = isStart(ev.type) ? Anchor::State::DeferredOpen : Anchor::State::Deferred;
        anchor.span = index;
        m_stored[index].event.slot = defineAnchor(ev.anchor, std::move(anchor));
    }
    if (isStart(ev.type)) {
        // A mapping parent expects a key again once this value ends (see the end-event branch).
        if (parent && parent->mapping)
            parent->expectKey = false;
        m_capture.push_back(CaptureLevel{index, ev.type == FYET_MAPPING_START, true});
    } else if (parent && parent->mapping) {
        parent->expectKey = !atKey; // a scalar or an alias: a key, then a value
    }
    return true;
}

// Turns a captured merge value into merge sources of the mapping being built.
bool YamlReader::finishCapture(std::uint32_t start)
{
    std::vector<MergeSource> sources;
    if (!collectSources(start, sources))
        return false;
    m_merges.insert(m_merges.end(), sources.begin(), sources.end());
    return true;
}

// The merge sources a stored "<<" value stands for: a mapping, an alias, or a sequence of those.
bool YamlReader::collectSources(std::uint32_t valueBegin, std::vector<MergeSource> &out)
{
    const auto notMapping = [this](Position pos) {
        return fail(QStringLiteral("the value of the merge key \"<<\" must be a mapping, an alias to a mapping, or a sequence of them"),
                    pos);
    };
    const Event &value = m_stored[valueBegin].event;
    if (value.type == FYET_ALIAS) {
        out.push_back(MergeSource{MergeSource::Kind::Slot, value.aliasSlot, value.pos});
        return true;
    }
    if (value.type == FYET_MAPPING_START) {
        out.push_back(MergeSource{MergeSource::Kind::Span, valueBegin, value.pos});
        return true;
    }
    if (value.type != FYET_SEQUENCE_START)
        return notMapping(value.pos);
    const std::uint32_t end = m_stored[valueBegin].end - 1; // the sequence's end event
    for (std::uint32_t i = valueBegin + 1; i < end; i = m_stored[i].end) {
        const Event &item = m_stored[i].event;
        if (item.type == FYET_ALIAS)
            out.push_back(MergeSource{MergeSource::Kind::Slot, item.aliasSlot, item.pos});
        else if (item.type == FYET_MAPPING_START)
            out.push_back(MergeSource{MergeSource::Kind::Span, i, item.pos});
        else
            return notMapping(item.pos);
    }
    return true;
}

// Feeds the stored node starting at begin to handle(), as a value of the innermost container.
bool YamlReader::replay(std::uint32_t begin)
{
    const std::uint32_t end = m_stored[begin].end;
    if (!spend(end - begin, m_stored[begin].event.pos))
        return false;
    if (m_replayNesting >= kMaxReplayNesting)
        return fail(QStringLiteral("aliases and merge keys nest more than %1 levels deep").arg(kMaxReplayNesting),
                    m_stored[begin].event.pos);
    ++m_replayNesting;
    bool ok = true;
    for (std::uint32_t i = begin; i < end && ok; ++i) {
        const Event ev = m_stored[i].event; // a copy: handle() may store more events
        ok = handle(ev);
    }
    --m_replayNesting;
    return ok;
}

// ------------------------------------------------------------------------------------ merge keys

bool YamlReader::applyMerges(std::size_t frame)
{
    // Explicit keys win over merged ones, wherever they are in the mapping; earlier sources win over
    // later ones. Merged members come after the explicit ones.
    if (m_merges.size() - m_frames[frame].mergeStart == 1) {
        const MergeSource &only = m_merges.back();
        if (only.kind == MergeSource::Kind::Slot && m_anchors[only.ref].state == Anchor::State::Built
            && m_builder.kindOf(m_anchors[only.ref].node) == NodeKind::Object)
            return mergeObject(m_anchors[only.ref].node, only.pos, frame);
    }
    std::unordered_set<std::string> seen;
    for (std::size_t i = m_frames[frame].keysStart; i < m_keys.size(); ++i)
        seen.emplace(m_keyText.data() + m_keys[i].offset, m_keys[i].length);
    const std::size_t end = m_merges.size();
    for (std::size_t i = m_frames[frame].mergeStart; i < end; ++i) {
        const MergeSource source = m_merges[i]; // a copy: nested mappings push their own sources
        if (!mergeSource(source, seen, frame))
            return false;
    }
    return true;
}

bool YamlReader::mergeSource(const MergeSource &source, std::unordered_set<std::string> &seen, std::size_t frame)
{
    const auto notMapping = [&] {
        return fail(QStringLiteral("the value of the merge key \"<<\" must be a mapping, an alias to a mapping, or a sequence of them"),
                    source.pos);
    };
    std::uint32_t span = source.ref;
    if (source.kind == MergeSource::Kind::Span) {
        // An inline mapping that an alias has built meanwhile: merge the built node.
        const std::uint32_t slot = m_stored[span].event.slot;
        if (slot != kNone && m_anchors[slot].state == Anchor::State::Built)
            return mergeSource(MergeSource{MergeSource::Kind::Slot, slot, source.pos}, seen, frame);
        return mergeSpan(span, seen, frame);
    }

    const Anchor &a = m_anchors[source.ref];
    switch (a.state) {
    case Anchor::State::Built: {
        const std::uint32_t node = a.node;
        if (m_builder.kindOf(node) != NodeKind::Object)
            return notMapping();
        const std::uint32_t count = m_builder.memberCount(node);
        if (!spend(count, source.pos))
            return false;
        for (std::uint32_t i = 0; i < count; ++i) {
            // Copy the key: setKey() may move the builder's string pool.
            std::string key(m_builder.memberKey(node, i));
            const std::uint32_t value = m_builder.memberValue(node, i);
            if (seen.insert(key).second) {
                m_builder.setKey(key);
                m_builder.addExisting(value);
            }
        }
        return true;
    }
    case Anchor::State::Deferred:
        span = a.span;
        if (m_stored[span].event.type != FYET_MAPPING_START)
            return notMapping();
        return mergeSpan(span, seen, frame);
    case Anchor::State::Open:
    case Anchor::State::DeferredOpen:
        break;
    }
    return fail(QStringLiteral("the merge key \"<<\" refers to a mapping that contains it (recursive structures are not supported)"),
                source.pos);
}

// The common case, "<<: *base" alone: the members of one built mapping are distinct, so only the
// explicit keys need checking, and nothing is allocated per member.
bool YamlReader::mergeObject(std::uint32_t node, Position pos, std::size_t frame)
{
    const std::uint32_t count = m_builder.memberCount(node);
    if (!spend(count, pos))
        return false;
    const std::size_t keysStart = m_frames[frame].keysStart;
    const std::size_t explicitCount = m_keys.size() - keysStart;
    std::unordered_set<std::string_view> explicitKeys;
    if (explicitCount > 8) {
        explicitKeys.reserve(explicitCount);
        for (std::size_t i = keysStart; i < m_keys.size(); ++i)
            explicitKeys.emplace(m_keyText.data() + m_keys[i].offset, m_keys[i].length);
    }
    for (std::uint32_t i = 0; i < count; ++i) {
        const std::string_view key = m_builder.memberKey(node, i);
        bool isExplicit = false;
        if (explicitCount > 8) {
            isExplicit = explicitKeys.count(key) != 0;
        } else {
            for (std::size_t k = keysStart; k < m_keys.size() && !isExplicit; ++k)
                isExplicit = key == std::string_view(m_keyText.data() + m_keys[k].offset, m_keys[k].length);
        }
        if (isExplicit)
            continue;
        m_keyCopy.assign(key); // setKey() appends to the pool that key points into
        const std::uint32_t value = m_builder.memberValue(node, i);
        m_builder.setKey(m_keyCopy);
        m_builder.addExisting(value);
    }
    return true;
}

// Merges the members of a stored mapping: its explicit keys first, then its own "<<" sources.
bool YamlReader::mergeSpan(std::uint32_t begin, std::unordered_set<std::string> &seen, std::size_t frame)
{
    if (m_replayNesting >= kMaxReplayNesting)
        return fail(QStringLiteral("aliases and merge keys nest more than %1 levels deep").arg(kMaxReplayNesting),
                    m_stored[begin].event.pos);
    const std::uint32_t last = m_stored[begin].end - 1; // the mapping's end event
    std::vector<MergeSource> nested;
    for (std::uint32_t i = begin + 1; i < last;) {
        const Event key = m_stored[i].event;
        const std::uint32_t valueBegin = i + 1;
        const std::uint32_t valueEnd = m_stored[valueBegin].end;
        i = valueEnd;
        if (!spend(1, key.pos))
            return false;
        std::string_view text = key.text;
        if (key.type == FYET_ALIAS) {
            if (!keyTextOfSlot(key.aliasSlot, key.pos, &text))
                return false;
        } else if (key.type != FYET_SCALAR) {
            return fail(QStringLiteral("complex mapping keys are not supported (a key must be a scalar)"), key.pos);
        } else if (key.tag == Tag::Merge || (key.plain && key.tag == Tag::None && text == "<<")) {
            if (!collectSources(valueBegin, nested))
                return false;
            continue;
        }
        if (!seen.insert(std::string(text)).second)
            continue;
        m_builder.setKey(text);
        m_frames[frame].expectKey = false;
        if (!replay(valueBegin))
            return false;
    }
    ++m_replayNesting;
    bool ok = true;
    for (const MergeSource &source : nested) {
        if (!(ok = mergeSource(source, seen, frame)))
            break;
    }
    --m_replayNesting;
    return ok;
}

} // namespace

Result<std::shared_ptr<const Tree>> parseYaml(QByteArray bytes, const QString &sourceName)
{
    YamlReader reader(std::move(bytes), sourceName);
    return reader.run();
}

} // namespace keyway::openapi
