#include "auth/Base64Url.h"

#include <QObject>

#include <array>

namespace keyway::auth {

namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

constexpr std::array<qint8, 256> makeDecodeTable()
{
    std::array<qint8, 256> table{};
    for (auto &v : table)
        v = -1;
    for (int i = 0; i < 64; ++i)
        table[static_cast<unsigned char>(kAlphabet[i])] = static_cast<qint8>(i);
    return table;
}

constexpr std::array<qint8, 256> kDecode = makeDecodeTable();

// A printable description of a byte for an error message (the input may be binary garbage).
QString describeByte(char c)
{
    const auto u = static_cast<unsigned char>(c);
    if (u == ' ')
        return QObject::tr("a space");
    if (u == '\n' || u == '\r' || u == '\t')
        return QObject::tr("a line break or tab");
    if (u >= 0x21 && u < 0x7f)
        return u'\'' + QChar(QLatin1Char(c)) + u'\'';
    return QObject::tr("the byte 0x%1").arg(u, 2, 16, QLatin1Char('0'));
}

} // namespace

QByteArray base64UrlEncode(QByteArrayView data)
{
    return data.toByteArray().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

Result<QByteArray> base64UrlDecode(QByteArrayView text, Base64UrlPadding padding)
{
    qsizetype length = text.size();
    // Padding is only ever at the end; anything after the first '=' is checked below like any other character.
    if (padding == Base64UrlPadding::Accepted && length % 4 == 0) {
        qsizetype pads = 0;
        while (pads < 2 && length - pads > 0 && text[length - pads - 1] == '=')
            ++pads;
        length -= pads;
        if (pads > 0 && length % 4 == 1)
            return Error{QObject::tr("base64url: too much padding at the end"), {}};
    }
    QByteArray out;
    out.reserve(length / 4 * 3 + 2);
    quint32 accumulator = 0;
    int bits = 0;
    for (qsizetype i = 0; i < length; ++i) {
        const char c = text[i];
        const qint8 v = kDecode[static_cast<unsigned char>(c)];
        if (v < 0) {
            if (c == '=') {
                return Error{padding == Base64UrlPadding::Forbidden
                                 ? QObject::tr("base64url: padding '=' is not allowed here (offset %1)").arg(i)
                                 : QObject::tr("base64url: misplaced padding '=' at offset %1").arg(i),
                             {}};
            }
            if (c == '+' || c == '/')
                return Error{QObject::tr("base64url: %1 at offset %2 belongs to standard base64, not base64url (use '-' and '_')")
                                 .arg(describeByte(c))
                                 .arg(i),
                             {}};
            return Error{QObject::tr("base64url: %1 at offset %2 is not a base64url character").arg(describeByte(c)).arg(i), {}};
        }
        accumulator = (accumulator << 6) | static_cast<quint32>(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.append(static_cast<char>((accumulator >> bits) & 0xff));
        }
    }
    // Checked after the characters: a stray space or '+' is the likelier mistake, and the better message.
    if (length % 4 == 1)
        return Error{QObject::tr("base64url: a length of %1 characters is impossible (one character too many or too few)").arg(length), {}};
    // The 2 or 4 bits left over must be zero: otherwise two different texts would decode to the same bytes.
    if (bits > 0 && (accumulator & ((1u << bits) - 1)) != 0)
        return Error{QObject::tr("base64url: the last character has non-zero unused bits (not a canonical encoding)"), {}};
    return out;
}

} // namespace keyway::auth
