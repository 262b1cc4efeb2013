#include "recorder/SecretRedactor.h"

#include "auth/Base64Url.h"
#include "auth/Jwt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <cstring>

using namespace Qt::StringLiterals;

namespace keyway::recorder {

namespace {

constexpr QByteArrayView kMarkerPrefix = "REDACTED-";

bool isBase64UrlChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

QString normalizedName(QStringView name)
{
    QString n = name.trimmed().toString().toLower();
    n.replace(u'-', u'_');
    return n;
}

// Decodes one application/x-www-form-urlencoded (or query) component.
QByteArray decodeComponent(QByteArray text)
{
    text.replace('+', ' ');
    return QByteArray::fromPercentEncoding(text);
}

std::optional<QString> decodeUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

// The unescaped content of a JSON string literal's inside (without the quotes); nullopt when malformed.
std::optional<QString> unescapeJsonString(const QString &inside)
{
    const QByteArray doc = "[\"" + inside.toUtf8() + "\"]";
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(doc, &error);
    if (error.error != QJsonParseError::NoError || !parsed.isArray() || parsed.array().size() != 1 || !parsed.array().at(0).isString())
        return std::nullopt;
    return parsed.array().at(0).toString();
}

QByteArray jsonEscaped(const QByteArray &value)
{
    const QByteArray doc = QJsonDocument(QJsonArray{QString::fromUtf8(value)}).toJson(QJsonDocument::Compact);
    return doc.mid(2, doc.size() - 4); // strip [" and "]
}

std::optional<QJsonObject> decodeJoseHeader(QByteArrayView part)
{
    const auto decoded = auth::base64UrlDecode(part);
    if (!decoded)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(decoded.value(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

static_assert(SecretRedactor::kMinimumTextualLength == 4, "prefixOf reads 4 bytes");

quint32 prefixOf(const char *bytes)
{
    quint32 v = 0;
    std::memcpy(&v, bytes, sizeof v);
    return v;
}

// Names that merely mention a secret kind (token_endpoint, token_type_hint, client_secret_expires_at).
bool isMetadataName(const QString &normalized)
{
    static const QStringList suffixes
        = {u"_type"_s,       u"_hint"_s,       u"_endpoint"_s, u"_supported"_s, u"_uri"_s,  u"_url"_s,    u"_method"_s, u"_methods"_s,
           u"_expires_in"_s, u"_expires_at"_s, u"_alg"_s,      u"_enc"_s,       u"_name"_s, u"_length"_s, u"_policy"_s};
    for (const QString &suffix : suffixes) {
        if (normalized.endsWith(suffix))
            return true;
    }
    return false;
}

} // namespace

SecretRedactor::SecretRedactor(const QByteArray &key) : m_key(key)
{
    if (m_key.isEmpty()) {
        std::array<quint32, 8> words{};
        QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
        m_key = QByteArray(reinterpret_cast<const char *>(words.data()), qsizetype(sizeof(words)));
    }
}

QByteArray SecretRedactor::markerFor(const QByteArray &secret)
{
    if (secret.isEmpty() || isMarker(secret))
        return secret; // nothing, or already redacted
    ++m_replacements;
    auto it = m_markers.constFind(secret);
    if (it != m_markers.cend())
        return it.value();
    const QByteArray mac = QMessageAuthenticationCode::hash(secret, m_key, QCryptographicHash::Sha256).toHex();
    const QByteArray marker = kMarkerPrefix.toByteArray() + mac.left(kMarkerHexDigits);
    m_markers.insert(secret, marker);
    m_secrets.append(secret);
    m_formsDirty = true;
    return marker;
}

void SecretRedactor::addKnownSecret(const QByteArray &secret)
{
    if (secret.isEmpty() || isMarker(secret) || m_markers.contains(secret))
        return;
    const QByteArray mac = QMessageAuthenticationCode::hash(secret, m_key, QCryptographicHash::Sha256).toHex();
    m_markers.insert(secret, kMarkerPrefix.toByteArray() + mac.left(kMarkerHexDigits));
    m_secrets.append(secret);
    m_formsDirty = true;
}

bool SecretRedactor::isSecretParameterName(QStringView name)
{
    static const QStringList exact = {
        u"code"_s,          u"code_verifier"_s, u"client_secret"_s, u"client_assertion"_s,
        u"password"_s,      u"passwd"_s,        u"pwd"_s,           u"assertion"_s,
        u"device_code"_s,   u"user_code"_s,     u"token"_s,         u"access_token"_s,
        u"refresh_token"_s, u"id_token"_s,      u"id_token_hint"_s, u"api_key"_s,
        u"apikey"_s,        u"key"_s,           u"secret"_s,        u"session"_s,
        u"sessionid"_s,     u"session_id"_s,    u"subject_token"_s, u"actor_token"_s,
        u"private_key"_s,   u"client_key"_s,    u"signature"_s,     u"sig"_s,
        u"otp"_s,           u"request"_s,       u"logout_token"_s,  u"login_hint_token"_s,
        u"auth_req_id"_s,   u"x_api_key"_s,
    };
    const QString n = normalizedName(name);
    if (n.isEmpty())
        return false;
    if (exact.contains(n))
        return true;
    if (isMetadataName(n))
        return false;
    return n.endsWith(u"_token") || n.endsWith(u"_secret") || n.endsWith(u"api_key") || n.endsWith(u"apikey") || n.contains(u"password")
        || n.contains(u"passwd") || n.contains(u"secret");
}

bool SecretRedactor::isSensitiveHeaderName(QStringView name)
{
    const QString n = normalizedName(name);
    if (n == u"www_authenticate" || n == u"proxy_authenticate" || n == u"authentication_info")
        return false;
    if (isSecretParameterName(name))
        return true;
    if (isMetadataName(n))
        return false;
    return n.endsWith(u"_key") || n.contains(u"token") || n.contains(u"secret") || n.contains(u"password") || n.contains(u"api_key")
        || n.contains(u"apikey") || n.startsWith(u"x_auth") || n.contains(u"session") || n.contains(u"credential");
}

const QRegularExpression &SecretRedactor::markerPattern()
{
    static const QRegularExpression pattern(u"REDACTED-[0-9a-f]{12}"_s);
    return pattern;
}

bool SecretRedactor::isMarker(QByteArrayView text)
{
    if (text.size() != kMarkerPrefix.size() + kMarkerHexDigits || !text.startsWith(kMarkerPrefix))
        return false;
    for (qsizetype i = kMarkerPrefix.size(); i < text.size(); ++i) {
        const char c = text[i];
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

QByteArray SecretRedactor::replaceParameterList(const QByteArray &text, char separator, const QString &where)
{
    Q_UNUSED(where)
    if (!text.contains('='))
        return text;
    const QList<QByteArray> parts = text.split(separator);
    QList<QByteArray> out;
    out.reserve(parts.size());
    for (const QByteArray &part : parts) {
        const qsizetype eq = part.indexOf('=');
        if (eq <= 0) {
            out.append(part);
            continue;
        }
        const QByteArray rawName = part.left(eq);
        const QByteArray rawValue = part.mid(eq + 1);
        const QString name = QString::fromUtf8(decodeComponent(rawName));
        if (!rawValue.isEmpty() && isSecretParameterName(name) && !isMarker(rawValue))
            out.append(rawName + '=' + markerFor(decodeComponent(rawValue)));
        else
            out.append(part);
    }
    return out.join(separator);
}

QString SecretRedactor::redactUrl(const QString &url, const QString &where)
{
    QByteArray text = url.toUtf8();
    // User info: scheme://user:password@host
    const qsizetype schemeEnd = text.indexOf("://");
    if (schemeEnd > 0) {
        const qsizetype authorityStart = schemeEnd + 3;
        qsizetype authorityEnd = text.size();
        for (const char stop : {'/', '?', '#'}) {
            const qsizetype at = text.indexOf(stop, authorityStart);
            if (at >= 0)
                authorityEnd = std::min(authorityEnd, at);
        }
        const qsizetype atSign = text.lastIndexOf('@', authorityEnd - 1);
        if (atSign >= authorityStart) {
            const qsizetype colon = text.indexOf(':', authorityStart);
            if (colon >= 0 && colon < atSign) {
                const QByteArray password = text.mid(colon + 1, atSign - colon - 1);
                if (!password.isEmpty() && !isMarker(password))
                    text = text.left(colon + 1) + markerFor(QByteArray::fromPercentEncoding(password)) + text.mid(atSign);
            }
        }
    }
    QByteArray fragment;
    const qsizetype hash = text.indexOf('#');
    if (hash >= 0) {
        fragment = text.mid(hash + 1);
        text.truncate(hash);
    }
    const qsizetype question = text.indexOf('?');
    if (question >= 0)
        text = text.left(question + 1) + replaceParameterList(text.mid(question + 1), '&', where);
    if (hash >= 0)
        text += '#' + replaceParameterList(fragment, '&', where); // the implicit grant's tokens arrive here
    return QString::fromUtf8(text);
}

QByteArray SecretRedactor::redactHeader(const QByteArray &name, const QByteArray &value, bool request, const QString &where)
{
    const QByteArray lower = name.trimmed().toLower();
    if (value.isEmpty())
        return value;
    if (lower == "authorization" || lower == "proxy-authorization") {
        const QByteArray trimmed = value.trimmed();
        const qsizetype space = trimmed.indexOf(' ');
        if (space < 0)
            return markerFor(trimmed);
        const QByteArray scheme = trimmed.left(space);
        const QByteArray credentials = trimmed.mid(space + 1).trimmed();
        if (scheme.compare("basic", Qt::CaseInsensitive) == 0) {
            // The password (and the pair) is also searched for elsewhere: a form body may repeat it.
            const QByteArray pair = QByteArray::fromBase64(credentials);
            const qsizetype colon = pair.indexOf(':');
            if (colon >= 0) {
                addKnownSecret(pair.mid(colon + 1));
                addKnownSecret(pair);
            }
        }
        return scheme + ' ' + markerFor(credentials);
    }
    if (lower == "cookie" && request) {
        QList<QByteArray> parts = value.split(';');
        for (QByteArray &part : parts) {
            const qsizetype eq = part.indexOf('=');
            if (eq < 0)
                continue;
            const QByteArray cookieValue = part.mid(eq + 1).trimmed();
            if (!cookieValue.isEmpty())
                part = part.left(eq + 1) + markerFor(cookieValue);
        }
        return parts.join(';');
    }
    if (lower == "set-cookie" && !request) {
        // One header value per cookie (Qt keeps several Set-Cookie lines joined by newlines).
        QList<QByteArray> lines = value.split('\n');
        for (QByteArray &line : lines) {
            const qsizetype semicolon = line.indexOf(';');
            const qsizetype pairEnd = semicolon < 0 ? line.size() : semicolon;
            const qsizetype eq = line.indexOf('=');
            if (eq < 0 || eq > pairEnd)
                continue;
            const QByteArray cookieValue = line.mid(eq + 1, pairEnd - eq - 1).trimmed();
            if (!cookieValue.isEmpty())
                line = line.left(eq + 1) + markerFor(cookieValue) + line.mid(pairEnd);
        }
        return lines.join('\n');
    }
    if (lower == "location" || lower == "content-location" || lower == "referer" || lower == "refresh")
        return redactUrl(QString::fromUtf8(value), where).toUtf8();
    if (isSensitiveHeaderName(QString::fromLatin1(name)))
        return markerFor(value.trimmed());
    return value;
}

QByteArray SecretRedactor::redactFormEncoded(const QByteArray &text, const QString &where)
{
    return replaceParameterList(text, '&', where);
}

QByteArray SecretRedactor::redactJsonText(const QByteArray &text, const QString &where)
{
    Q_UNUSED(where)
    const auto decoded = decodeUtf8(text);
    if (!decoded)
        return text;
    // A member whose value is a string (group 3) or a number (group 4: a numeric PIN or password).
    static const QRegularExpression member(uR"RX("((?:[^"\\]|\\.)*)"(\s*:\s*)(?:"((?:[^"\\]|\\.)*)"|(-?[0-9][0-9.eE+-]*)))RX"_s);
    const QString &source = *decoded;
    QString out;
    out.reserve(source.size());
    qsizetype pos = 0;
    auto it = member.globalMatch(source);
    bool changed = false;
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const auto key = unescapeJsonString(m.captured(1));
        if (!key || !isSecretParameterName(*key))
            continue;
        if (m.capturedStart(4) >= 0) {
            // A number becomes a string: the marker is not a number.
            out += QStringView(source).mid(pos, m.capturedStart(4) - pos);
            out += u'"' + QString::fromLatin1(markerFor(m.captured(4).toUtf8())) + u'"';
            pos = m.capturedEnd(4);
            changed = true;
            continue;
        }
        const auto value = unescapeJsonString(m.captured(3));
        if (!value || value->isEmpty() || isMarker(value->toUtf8()))
            continue;
        out += QStringView(source).mid(pos, m.capturedStart(3) - pos);
        out += QString::fromLatin1(markerFor(value->toUtf8()));
        pos = m.capturedEnd(3);
        changed = true;
    }
    if (!changed)
        return text;
    out += QStringView(source).mid(pos);
    return out.toUtf8();
}

QByteArray SecretRedactor::redactBody(const QByteArray &body, const QByteArray &contentType, const QString &where)
{
    if (body.isEmpty())
        return body;
    const QByteArray type = contentType.toLower();
    const QByteArray trimmed = body.trimmed();
    if (type.contains("json") || trimmed.startsWith('{') || trimmed.startsWith('['))
        return redactJsonText(body, where);
    if (type.contains("x-www-form-urlencoded"))
        return redactFormEncoded(body, where);
    // No content type (or a wrong one) with a body that reads like a form: treat it as one.
    if (type.isEmpty() && !body.contains(' ') && !body.contains('\n') && body.contains('='))
        return redactFormEncoded(body, where);
    return body;
}

QByteArray SecretRedactor::redactJwts(const QByteArray &text, const QString &where)
{
    QByteArray out;
    qsizetype copied = 0;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i + 1 < n) {
        if (!(text[i] == 'e' && (text[i + 1] == 'y' || text[i + 1] == 'w')) || (i > 0 && isBase64UrlChar(text[i - 1]))) {
            ++i;
            continue;
        }
        // Up to five dot-separated base64url segments (a JWS has three, a JWE five).
        qsizetype end = i;
        QList<QPair<qsizetype, qsizetype>> segments;
        while (segments.size() < 5) {
            qsizetype s = end;
            while (end < n && isBase64UrlChar(text[end]))
                ++end;
            segments.append({s, end - s});
            if (end < n && text[end] == '.' && segments.size() < 5)
                ++end;
            else
                break;
        }
        if (end > i && text[end - 1] == '.')
            --end; // a trailing dot is punctuation, not a segment
        while (!segments.isEmpty() && segments.size() > 3 && segments.last().second == 0)
            segments.removeLast();
        const bool shaped = (segments.size() == 3 || segments.size() == 5) && segments[0].second >= 10 && segments[1].second >= 2;
        std::optional<QJsonObject> header;
        if (shaped)
            header = decodeJoseHeader(QByteArrayView(text).sliced(segments[0].first, segments[0].second));
        if (!header) {
            i += std::max<qsizetype>(1, segments.value(0).second);
            continue;
        }
        const qsizetype tokenEnd = segments.last().first + segments.last().second;
        const QByteArray token = text.mid(i, tokenEnd - i);
        FoundToken found;
        found.where = where;
        found.header = *header;
        if (segments.size() == 3) {
            auth::JwsParseOptions options;
            options.requireJsonPayload = true;
            if (const auto jws = auth::parseJws(token, options)) {
                found.claims = jws->claims;
                found.decoded = true;
            }
        }
        found.marker = markerFor(token);
        m_found.append(found);
        out.append(text.constData() + copied, i - copied);
        out.append(found.marker);
        copied = tokenEnd;
        i = tokenEnd;
    }
    if (copied == 0)
        return text;
    out.append(text.constData() + copied, n - copied);
    return out;
}

void SecretRedactor::rebuildForms()
{
    m_forms.clear();
    QHash<QByteArray, QByteArray> seen;
    auto add = [&](const QByteArray &form, const QByteArray &marker) {
        if (form.size() >= kMinimumTextualLength && !seen.contains(form)) {
            seen.insert(form, marker);
            m_forms.append({form, marker});
        }
    };
    for (const QByteArray &secret : std::as_const(m_secrets)) {
        if (secret.size() < kMinimumTextualLength)
            continue;
        const QByteArray marker = m_markers.value(secret);
        add(secret, marker);
        const QByteArray percent = secret.toPercentEncoding();
        add(percent, marker);
        add(QByteArray(percent).replace("%20", "+"), marker);
        add(secret.toPercentEncoding("!$'()*,;:@/?"), marker); // as QUrl leaves a query value
        const QByteArray json = jsonEscaped(secret);
        add(json, marker);
        add(QByteArray(json).replace("/", "\\/"), marker);
        add(secret.toBase64(), marker);
        add(secret.toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals), marker);
        add(secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals), marker);
    }
    std::sort(m_forms.begin(), m_forms.end(), [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    m_formPrefixes.clear();
    for (const auto &form : std::as_const(m_forms))
        m_formPrefixes.insert(prefixOf(form.first.constData()));
    m_formsDirty = false;
}

QByteArray SecretRedactor::redactKnown(const QByteArray &text)
{
    if (m_formsDirty)
        rebuildForms();
    if (m_forms.isEmpty() || text.size() < kMinimumTextualLength)
        return text;
    // Most texts hold no secret at all: one pass over 4-byte windows says so without searching for every form.
    bool candidate = false;
    for (qsizetype i = 0; i + kMinimumTextualLength <= text.size() && !candidate; ++i)
        candidate = m_formPrefixes.contains(prefixOf(text.constData() + i));
    if (!candidate)
        return text;
    // One pass, so that a marker already written is never searched again.
    QList<qsizetype> next(m_forms.size());
    for (qsizetype k = 0; k < m_forms.size(); ++k)
        next[k] = text.indexOf(m_forms[k].first);
    QByteArray out;
    qsizetype pos = 0;
    bool changed = false;
    while (pos < text.size()) {
        qsizetype best = -1;
        for (qsizetype k = 0; k < m_forms.size(); ++k) {
            if (next[k] >= 0 && next[k] < pos)
                next[k] = text.indexOf(m_forms[k].first, pos);
            if (next[k] >= 0 && (best < 0 || next[k] < next[best]))
                best = k;
        }
        if (best < 0)
            break;
        if (!changed)
            out.reserve(text.size());
        changed = true;
        out.append(text.constData() + pos, next[best] - pos);
        out.append(m_forms[best].second);
        ++m_replacements;
        pos = next[best] + m_forms[best].first.size();
    }
    if (!changed)
        return text;
    if (pos < text.size())
        out.append(text.constData() + pos, text.size() - pos);
    return out;
}

QString SecretRedactor::redactKnown(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    const QByteArray redacted = redactKnown(utf8);
    return redacted.constData() == utf8.constData() ? text : QString::fromUtf8(redacted);
}

QString SecretRedactor::redactText(const QString &text, const QString &where)
{
    if (text.isEmpty())
        return text;
    return QString::fromUtf8(redactKnown(redactJwts(text.toUtf8(), where)));
}

QJsonValue SecretRedactor::redactJson(const QJsonValue &value, const QString &where)
{
    if (value.isString())
        return redactText(value.toString(), where);
    if (value.isArray()) {
        QJsonArray out;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &v : array)
            out.append(redactJson(v, where));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            out.insert(it.key(), redactJson(it.value(), where));
        return out;
    }
    return value;
}

QList<FoundToken> SecretRedactor::takeFoundTokens()
{
    return std::exchange(m_found, {});
}

} // namespace keyway::recorder
