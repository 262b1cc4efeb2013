// JSON through simdjson's On-Demand API: fast, document order kept, and the raw number text kept so
// that integers beyond 2^53 stay exact. simdjson does not say where an error is, so on failure a small
// scanner (only on that path) finds the line and column of the first problem.

#include "openapi/Readers.h"

#include <simdjson.h>

#include <QLoggingCategory>

#include <cctype>

namespace keyway::openapi {

namespace {

Q_LOGGING_CATEGORY(lcJson, "keyway.openapi.json")

using namespace simdjson;

// Finds the first syntax error in JSON text: byte offset and what is wrong. Used only after simdjson
// failed, to point at the cause. Iterative (no recursion), so any nesting depth is safe.
struct JsonErrorLocator
{
    const char *data;
    std::size_t size;
    std::size_t pos = 0;
    QString message;

    bool fail(QString text)
    {
        message = std::move(text);
        return false;
    }
    void skipWhitespace()
    {
        while (pos < size && (data[pos] == ' ' || data[pos] == '\t' || data[pos] == '\n' || data[pos] == '\r'))
            ++pos;
    }
    QString describeHere() const
    {
        if (pos >= size)
            return QStringLiteral("the end of the text");
        const auto c = static_cast<unsigned char>(data[pos]);
        if (c >= 0x20 && c < 0x7F)
            return QStringLiteral("'%1'").arg(QLatin1Char(char(c)));
        return QStringLiteral("byte 0x%1").arg(c, 2, 16, QChar(u'0'));
    }
    // Length of a valid UTF-8 sequence at pos, or 0.
    std::size_t utf8Length(std::size_t at) const
    {
        const auto c = static_cast<unsigned char>(data[at]);
        std::size_t n = 0;
        unsigned int cp = 0;
        if (c < 0x80)
            return 1;
        if ((c & 0xE0) == 0xC0) {
            n = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            n = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            n = 4;
            cp = c & 0x07;
        } else {
            return 0;
        }
        if (at + n > size)
            return 0;
        for (std::size_t i = 1; i < n; ++i) {
            const auto cc = static_cast<unsigned char>(data[at + i]);
            if ((cc & 0xC0) != 0x80)
                return 0;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if ((n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF))
            || (cp >= 0xD800 && cp <= 0xDFFF))
            return 0;
        return n;
    }
    bool string()
    {
        ++pos; // opening quote
        while (pos < size) {
            const auto c = static_cast<unsigned char>(data[pos]);
            if (c == '"') {
                ++pos;
                return true;
            }
            if (c == '\\') {
                ++pos;
                if (pos >= size)
                    break;
                const char e = data[pos];
                if (e == 'u') {
                    for (int i = 1; i <= 4; ++i) {
                        if (pos + std::size_t(i) >= size || !std::isxdigit(static_cast<unsigned char>(data[pos + std::size_t(i)]))) {
                            pos += std::size_t(i);
                            return fail(QStringLiteral("invalid \\u escape in a string"));
                        }
                    }
                    pos += 5;
                    continue;
                }
                if (std::string_view("\"\\/bfnrt").find(e) == std::string_view::npos)
                    return fail(QStringLiteral("invalid escape sequence in a string"));
                ++pos;
                continue;
            }
            if (c < 0x20)
                return fail(QStringLiteral("control character inside a string (unclosed string?)"));
            const std::size_t n = utf8Length(pos);
            if (n == 0)
                return fail(QStringLiteral("invalid UTF-8 (byte 0x%1)").arg(c, 2, 16, QChar(u'0')));
            pos += n;
        }
        return fail(QStringLiteral("unclosed string"));
    }
    bool number()
    {
        const std::size_t start = pos;
        if (data[pos] == '-')
            ++pos;
        if (pos < size && data[pos] == '0') {
            ++pos;
        } else if (pos < size && data[pos] >= '1' && data[pos] <= '9') {
            while (pos < size && std::isdigit(static_cast<unsigned char>(data[pos])))
                ++pos;
        } else {
            pos = start;
            return fail(QStringLiteral("invalid number"));
        }
        if (pos < size && data[pos] == '.') {
            ++pos;
            if (pos >= size || !std::isdigit(static_cast<unsigned char>(data[pos])))
                return fail(QStringLiteral("invalid number: digits expected after '.'"));
            while (pos < size && std::isdigit(static_cast<unsigned char>(data[pos])))
                ++pos;
        }
        if (pos < size && (data[pos] == 'e' || data[pos] == 'E')) {
            ++pos;
            if (pos < size && (data[pos] == '+' || data[pos] == '-'))
                ++pos;
            if (pos >= size || !std::isdigit(static_cast<unsigned char>(data[pos])))
                return fail(QStringLiteral("invalid number: digits expected in the exponent"));
            while (pos < size && std::isdigit(static_cast<unsigned char>(data[pos])))
                ++pos;
        }
        if (pos < size && std::isdigit(static_cast<unsigned char>(data[pos])))
            return fail(QStringLiteral("invalid number: leading zeros are not allowed"));
        return true;
    }
    bool literal(std::string_view word)
    {
        if (size - pos >= word.size() && std::string_view(data + pos, word.size()) == word) {
            pos += word.size();
            return true;
        }
        return fail(QStringLiteral("unexpected %1").arg(describeHere()));
    }
    bool scalar()
    {
        const char c = data[pos];
        if (c == '"')
            return string();
        if (c == '-' || (c >= '0' && c <= '9'))
            return number();
        if (c == 't')
            return literal("true");
        if (c == 'f')
            return literal("false");
        if (c == 'n')
            return literal("null");
        return fail(QStringLiteral("unexpected %1: a value was expected").arg(describeHere()));
    }
    // Returns true when the text is valid JSON (then simdjson failed for another reason).
    bool run()
    {
        std::vector<char> stack; // '{' or '['
        enum class Expect { Value, ValueOrClose, Key, KeyOrClose, Colon, CommaOrClose } expect = Expect::Value;
        skipWhitespace();
        if (pos >= size)
            return fail(QStringLiteral("the document is empty"));
        while (true) {
            skipWhitespace();
            if (pos >= size) {
                if (!stack.empty())
                    return fail(stack.back() == '{' ? QStringLiteral("unexpected end of text: an object is not closed")
                                                    : QStringLiteral("unexpected end of text: an array is not closed"));
                if (expect != Expect::CommaOrClose)
                    return fail(QStringLiteral("unexpected end of text"));
                return true;
            }
            const char c = data[pos];
            switch (expect) {
            case Expect::Value:
            case Expect::ValueOrClose:
                if (expect == Expect::ValueOrClose && c == ']') {
                    ++pos;
                    stack.pop_back();
                    expect = Expect::CommaOrClose;
                    break;
                }
                if (c == '{') {
                    stack.push_back('{');
                    ++pos;
                    expect = Expect::KeyOrClose;
                } else if (c == '[') {
                    stack.push_back('[');
                    ++pos;
                    expect = Expect::ValueOrClose;
                } else {
                    if (!scalar())
                        return false;
                    expect = Expect::CommaOrClose;
                }
                break;
            case Expect::Key:
            case Expect::KeyOrClose:
                if (expect == Expect::KeyOrClose && c == '}') {
                    ++pos;
                    stack.pop_back();
                    expect = Expect::CommaOrClose;
                    break;
                }
                if (c != '"')
                    return fail(QStringLiteral("unexpected %1: a key in double quotes was expected").arg(describeHere()));
                if (!string())
                    return false;
                expect = Expect::Colon;
                break;
            case Expect::Colon:
                if (c != ':')
                    return fail(QStringLiteral("unexpected %1: ':' was expected after a key").arg(describeHere()));
                ++pos;
                expect = Expect::Value;
                break;
            case Expect::CommaOrClose:
                if (stack.empty())
                    return fail(QStringLiteral("unexpected %1 after the end of the document").arg(describeHere()));
                if (c == ',') {
                    ++pos;
                    expect = stack.back() == '{' ? Expect::Key : Expect::Value;
                } else if ((c == '}' && stack.back() == '{') || (c == ']' && stack.back() == '[')) {
                    ++pos;
                    stack.pop_back();
                } else {
                    return fail(QStringLiteral("unexpected %1: ',' or '%2' was expected")
                                    .arg(describeHere(), stack.back() == '{' ? QStringLiteral("}") : QStringLiteral("]")));
                }
                break;
            }
        }
    }
};

class JsonTreeReader
{
public:
    JsonTreeReader(const char *base, TreeBuilder &builder) : m_base(base), m_builder(builder) { }

    error_code readDocument(ondemand::document &doc)
    {
        ondemand::json_type type;
        SIMDJSON_TRY(doc.type().get(type));
        std::string_view token;
        SIMDJSON_TRY(doc.raw_json_token().get(token));
        const TreeBuilder::Position pos = positionOf(token.data());
        switch (type) {
        case ondemand::json_type::object: {
            ondemand::object object;
            SIMDJSON_TRY(doc.get_object().get(object));
            SIMDJSON_TRY(readObject(object, pos));
            break;
        }
        case ondemand::json_type::array: {
            ondemand::array array;
            SIMDJSON_TRY(doc.get_array().get(array));
            SIMDJSON_TRY(readArray(array, pos));
            break;
        }
        case ondemand::json_type::string: {
            std::string_view s;
            SIMDJSON_TRY(doc.get_string().get(s));
            m_builder.addString(s, pos);
            break;
        }
        case ondemand::json_type::number: {
            double d;
            const error_code e = doc.get_double().get(d);
            SIMDJSON_TRY(addNumber(token, e, pos));
            break;
        }
        case ondemand::json_type::boolean: {
            bool b;
            SIMDJSON_TRY(doc.get_bool().get(b));
            m_builder.addBool(b, pos);
            break;
        }
        case ondemand::json_type::null: {
            bool isNull = false;
            SIMDJSON_TRY(doc.is_null().get(isNull));
            if (!isNull)
                return INCORRECT_TYPE;
            m_builder.addNull(pos);
            break;
        }
        }
        // Only whitespace may follow the root: simdjson reports "out of bounds" when nothing does.
        const char *after = nullptr;
        if (doc.current_location().get(after) == SUCCESS) {
            m_lastOffset = std::size_t(after - m_base);
            return TRAILING_CONTENT;
        }
        return SUCCESS;
    }

    bool builderFailed() const { return m_builderFailed; }
    std::size_t lastOffset() const { return m_lastOffset; }

private:
    TreeBuilder::Position positionOf(const char *p)
    {
        m_lastOffset = std::size_t(p - m_base);
        return TreeBuilder::Position{std::uint32_t(m_lastOffset), 0};
    }

    error_code addNumber(std::string_view token, error_code parseError, TreeBuilder::Position pos)
    {
        while (!token.empty() && (token.back() == ' ' || token.back() == '\n' || token.back() == '\r' || token.back() == '\t'))
            token.remove_suffix(1);
        // Integers too large for a double or a 64-bit integer are still valid JSON: keep the literal.
        if (parseError != SUCCESS && parseError != NUMBER_OUT_OF_RANGE)
            return parseError;
        const bool isInteger = token.find_first_of(".eE") == std::string_view::npos;
        m_builder.addNumber(token, isInteger, pos);
        return SUCCESS;
    }

    error_code readValue(ondemand::value value)
    {
        ondemand::json_type type;
        SIMDJSON_TRY(value.type().get(type));
        const std::string_view token = value.raw_json_token();
        const TreeBuilder::Position pos = positionOf(token.data());
        switch (type) {
        case ondemand::json_type::object: {
            ondemand::object object;
            SIMDJSON_TRY(value.get_object().get(object));
            return readObject(object, pos);
        }
        case ondemand::json_type::array: {
            ondemand::array array;
            SIMDJSON_TRY(value.get_array().get(array));
            return readArray(array, pos);
        }
        case ondemand::json_type::string: {
            std::string_view s;
            SIMDJSON_TRY(value.get_string().get(s));
            m_builder.addString(s, pos);
            return SUCCESS;
        }
        case ondemand::json_type::number: {
            double d;
            const error_code e = value.get_double().get(d);
            return addNumber(token, e, pos);
        }
        case ondemand::json_type::boolean: {
            bool b;
            SIMDJSON_TRY(value.get_bool().get(b));
            m_builder.addBool(b, pos);
            return SUCCESS;
        }
        case ondemand::json_type::null: {
            bool isNull = false;
            SIMDJSON_TRY(value.is_null().get(isNull));
            if (!isNull)
                return INCORRECT_TYPE;
            m_builder.addNull(pos);
            return SUCCESS;
        }
        }
        return INCORRECT_TYPE;
    }

    error_code readObject(ondemand::object &object, TreeBuilder::Position pos)
    {
        if (!m_builder.beginObject(pos)) {
            m_builderFailed = true;
            return DEPTH_ERROR;
        }
        for (auto fieldResult : object) {
            ondemand::field field;
            SIMDJSON_TRY(std::move(fieldResult).get(field));
            std::string_view key;
            SIMDJSON_TRY(field.unescaped_key().get(key));
            m_builder.setKey(key);
            SIMDJSON_TRY(readValue(field.value()));
            if (m_builderFailed)
                return DEPTH_ERROR;
        }
        if (!m_builder.end()) {
            m_builderFailed = true;
            return TAPE_ERROR;
        }
        return SUCCESS;
    }

    error_code readArray(ondemand::array &array, TreeBuilder::Position pos)
    {
        if (!m_builder.beginArray(pos)) {
            m_builderFailed = true;
            return DEPTH_ERROR;
        }
        for (auto elementResult : array) {
            ondemand::value element;
            SIMDJSON_TRY(std::move(elementResult).get(element));
            SIMDJSON_TRY(readValue(element));
            if (m_builderFailed)
                return DEPTH_ERROR;
        }
        if (!m_builder.end()) {
            m_builderFailed = true;
            return TAPE_ERROR;
        }
        return SUCCESS;
    }

    const char *m_base;
    TreeBuilder &m_builder;
    std::size_t m_lastOffset = 0;
    bool m_builderFailed = false;
};

QString describeSimdjsonError(error_code code)
{
    switch (code) {
    case TRAILING_CONTENT:
        return QStringLiteral("unexpected content after the end of the document");
    case UTF8_ERROR:
        return QStringLiteral("invalid UTF-8");
    case DEPTH_ERROR:
        return QStringLiteral("nesting is too deep");
    case CAPACITY:
        return QStringLiteral("the document is too large");
    case NUMBER_ERROR:
        return QStringLiteral("invalid number");
    default:
        return QString::fromUtf8(error_message(code));
    }
}

} // namespace

Result<std::shared_ptr<const Tree>> parseJson(QByteArray bytes, const QString &sourceName)
{
    // simdjson reads up to SIMDJSON_PADDING bytes past the end: give it that room without a copy
    // when the buffer already has it.
    const qsizetype size = bytes.size();
    // reserve() is a no-op when the buffer is ours and large enough, and reallocates (with that
    // capacity) when it is shared or too small.
    bytes.reserve(size + qsizetype(SIMDJSON_PADDING));
    const char *data = bytes.constData();

    // simdjson's On-Demand parser supports 1024 levels (and only asserts it in debug builds): stop
    // well before, with a clear message from the builder.
    TreeBuilder::Limits limits;
    limits.maxDepth = 1000;
    TreeBuilder builder(sourceName, Tree::Format::Json, bytes, limits);
    ondemand::parser parser;
    ondemand::document doc;
    error_code code = parser.iterate(data, std::size_t(size), std::size_t(bytes.capacity())).get(doc);
    JsonTreeReader reader(data, builder);
    if (code == SUCCESS)
        code = reader.readDocument(doc);
    if (code == SUCCESS)
        return builder.finish();
    if (reader.builderFailed())
        return builder.error();

    // Point at the cause: our own scan finds the first syntax error with its exact position.
    JsonErrorLocator locator{data, std::size_t(size), 0, {}};
    if (!locator.run())
        return Error{locator.message, builder.locationOf({std::uint32_t(locator.pos), 0})};
    qCDebug(lcJson) << "simdjson rejected text the locator accepts:" << error_message(code);
    return Error{describeSimdjsonError(code), builder.locationOf({std::uint32_t(reader.lastOffset()), 0})};
}

} // namespace keyway::openapi
