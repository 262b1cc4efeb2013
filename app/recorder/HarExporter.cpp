#include "recorder/HarExporter.h"

#include "net/Timeline.h"
#include "storage/SecretScan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QStringDecoder>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace keyway::recorder {

namespace {

QByteArray headerValue(const net::HeaderList &headers, QByteArrayView name)
{
    for (const auto &h : headers) {
        if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

std::optional<QString> asUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError() || bytes.contains('\0'))
        return std::nullopt;
    return text;
}

QString fromEncodedComponent(QByteArray text)
{
    text.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(text));
}

QJsonArray nameValueList(const QByteArray &encoded, char separator)
{
    QJsonArray list;
    if (encoded.isEmpty())
        return list;
    const QList<QByteArray> parts = encoded.split(separator);
    for (const QByteArray &part : parts) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        const QByteArray name = eq < 0 ? part : part.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : part.mid(eq + 1);
        list.append(QJsonObject{{u"name"_s, fromEncodedComponent(name.trimmed())}, {u"value"_s, fromEncodedComponent(value)}});
    }
    return list;
}

QJsonArray requestCookies(const QByteArray &redactedCookieHeader)
{
    QJsonArray list;
    const QList<QByteArray> parts = redactedCookieHeader.split(';');
    for (const QByteArray &part : parts) {
        const qsizetype eq = part.indexOf('=');
        if (eq <= 0)
            continue;
        list.append(QJsonObject{{u"name"_s, QString::fromUtf8(part.left(eq).trimmed())},
                                {u"value"_s, QString::fromUtf8(part.mid(eq + 1).trimmed())}});
    }
    return list;
}

QJsonArray responseCookies(const QByteArray &redactedSetCookie)
{
    QJsonArray list;
    const QList<QByteArray> lines = redactedSetCookie.split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> attrs = line.split(';');
        const qsizetype eq = attrs.value(0).indexOf('=');
        if (eq <= 0)
            continue;
        QJsonObject cookie{{u"name"_s, QString::fromUtf8(attrs[0].left(eq).trimmed())},
                           {u"value"_s, QString::fromUtf8(attrs[0].mid(eq + 1).trimmed())}};
        for (qsizetype i = 1; i < attrs.size(); ++i) {
            const QByteArray attr = attrs[i].trimmed();
            const qsizetype aeq = attr.indexOf('=');
            const QByteArray key = (aeq < 0 ? attr : attr.left(aeq)).toLower();
            const QString value = aeq < 0 ? QString() : QString::fromUtf8(attr.mid(aeq + 1));
            if (key == "path")
                cookie.insert(u"path"_s, value);
            else if (key == "domain")
                cookie.insert(u"domain"_s, value);
            else if (key == "expires")
                cookie.insert(u"expires"_s, value);
            else if (key == "httponly")
                cookie.insert(u"httpOnly"_s, true);
            else if (key == "secure")
                cookie.insert(u"secure"_s, true);
        }
        list.append(cookie);
    }
    return list;
}

// Header names the request marked sensitive (API keys), once net::Exchange carries them (RequestInfo has them);
// until then the exchange's secrets list and the name heuristics cover those values.
template<typename E> QList<QByteArray> sensitiveHeadersOf(const E &e)
{
    if constexpr (requires { e.sensitiveHeaders; })
        return e.sensitiveHeaders;
    else
        return {};
}

bool containsName(const QList<QByteArray> &names, const QByteArray &name)
{
    return std::any_of(names.cbegin(), names.cend(), [&name](const QByteArray &n) { return n.compare(name, Qt::CaseInsensitive) == 0; });
}

} // namespace

HarExporter::HarExporter(const HarExportOptions &options) : m_options(options), m_redactor(options.markerKey)
{ }

QJsonObject HarExporter::entry(const net::Exchange &e)
{
    SecretRedactor &r = m_redactor;
    const int before = r.replacements();
    // JWTs first (so that their claims are kept wherever they are), then by structure, then every known value.
    auto jwt = [&r](const QByteArray &text, const QString &where) { return r.redactJwts(text, where); };
    auto full = [&r](const QByteArray &structural) { return r.redactKnown(structural); };

    // Request
    const QString url = QString::fromUtf8(full(
        r.redactUrl(QString::fromUtf8(jwt(e.url.toString(QUrl::FullyEncoded).toUtf8(), u"request URL"_s)), u"request URL"_s).toUtf8()));
    QJsonArray requestHeaders;
    QByteArray cookieHeader;
    const QList<QByteArray> sensitive = sensitiveHeadersOf(e);
    for (const auto &[name, value] : e.requestHeaders) {
        const QString where = u"request header "_s + QString::fromLatin1(name);
        const QByteArray redacted
            = containsName(sensitive, name) ? r.markerFor(value.trimmed()) : full(r.redactHeader(name, jwt(value, where), true, where));
        if (name.compare("cookie", Qt::CaseInsensitive) == 0)
            cookieHeader = redacted;
        requestHeaders.append(QJsonObject{{u"name"_s, QString::fromLatin1(name)}, {u"value"_s, QString::fromUtf8(redacted)}});
    }
    const QByteArray urlBytes = url.toUtf8();
    const qsizetype question = urlBytes.indexOf('?');
    const qsizetype hash = urlBytes.indexOf('#');
    const QByteArray query = question < 0 ? QByteArray() : urlBytes.mid(question + 1, hash < 0 ? -1 : hash - question - 1);

    QJsonObject request{
        {u"method"_s, QString::fromLatin1(e.method)},
        {u"url"_s, url},
        {u"httpVersion"_s, u"HTTP/1.1"_s},
        {u"headers"_s, requestHeaders},
        {u"queryString"_s, nameValueList(query, '&')},
        {u"cookies"_s, requestCookies(cookieHeader)},
        {u"headersSize"_s, -1},
        {u"bodySize"_s, e.requestBody.isEmpty() ? 0 : double(e.requestBody.size())},
    };
    if (!e.requestBody.isEmpty()) {
        const QByteArray contentType = headerValue(e.requestHeaders, "content-type");
        const QByteArray redacted
            = full(r.redactBody(jwt(e.requestBody.left(kMaxTextBody), u"request body"_s), contentType, u"request body"_s));
        QJsonObject postData{{u"mimeType"_s, QString::fromLatin1(contentType)}};
        if (const auto text = asUtf8(redacted)) {
            postData.insert(u"text"_s, *text);
        } else {
            postData.insert(u"text"_s, QString::fromLatin1(redacted.toBase64()));
            postData.insert(u"_encoding"_s, u"base64"_s);
        }
        if (contentType.toLower().contains("x-www-form-urlencoded"))
            postData.insert(u"params"_s, nameValueList(redacted, '&'));
        else
            postData.insert(u"params"_s, QJsonArray());
        request.insert(u"postData"_s, postData);
    }

    // Response
    QJsonArray responseHeaders;
    QByteArray setCookies;
    QString redirectUrl;
    for (const auto &[name, value] : e.responseHeaders) {
        const QString where = u"response header "_s + QString::fromLatin1(name);
        const QByteArray redacted = full(r.redactHeader(name, jwt(value, where), false, where));
        if (name.compare("set-cookie", Qt::CaseInsensitive) == 0)
            setCookies += (setCookies.isEmpty() ? "" : "\n") + redacted;
        if (name.compare("location", Qt::CaseInsensitive) == 0)
            redirectUrl = QString::fromUtf8(redacted);
        responseHeaders.append(QJsonObject{{u"name"_s, QString::fromLatin1(name)}, {u"value"_s, QString::fromUtf8(redacted)}});
    }
    const QByteArray responseType = headerValue(e.responseHeaders, "content-type");
    QJsonObject content{{u"size"_s, double(e.responseBody.size())},
                        {u"mimeType"_s, responseType.isEmpty() ? u"x-unknown"_s : QString::fromLatin1(responseType)}};
    if (!e.responseBody.isEmpty()) {
        const QByteArray redacted
            = full(r.redactBody(jwt(e.responseBody.left(kMaxTextBody), u"response body"_s), responseType, u"response body"_s));
        if (const auto text = asUtf8(redacted)) {
            content.insert(u"text"_s, *text);
        } else {
            content.insert(u"text"_s, QString::fromLatin1(redacted.toBase64()));
            content.insert(u"encoding"_s, u"base64"_s);
        }
    }
    QJsonObject response{
        {u"status"_s, e.status},
        {u"statusText"_s, QString::fromUtf8(full(jwt(e.reason, u"response status"_s)))},
        {u"httpVersion"_s, e.status == 0 ? QString() : u"HTTP/1.1"_s},
        {u"headers"_s, responseHeaders},
        {u"cookies"_s, responseCookies(setCookies)},
        {u"content"_s, content},
        {u"redirectURL"_s, redirectUrl},
        {u"headersSize"_s, -1},
        {u"bodySize"_s, e.status == 0 ? -1 : double(e.responseBody.size())},
    };

    // Keyway's own fields
    QJsonObject keyway{
        {u"id"_s, double(e.id)},
        {u"flowId"_s, e.flowId},
        {u"label"_s, r.redactText(e.label, u"label"_s)},
    };
    if (!e.error.isEmpty())
        keyway.insert(u"error"_s, r.redactText(e.error, u"error"_s));
    if (e.finalUrl.isValid() && e.finalUrl != e.url) {
        keyway.insert(
            u"finalUrl"_s,
            QString::fromUtf8(
                full(r.redactUrl(QString::fromUtf8(jwt(e.finalUrl.toString(QUrl::FullyEncoded).toUtf8(), u"final URL"_s)), u"final URL"_s)
                         .toUtf8())));
    }
    if (e.credentialsDropped)
        keyway.insert(u"credentialsDropped"_s, true);
    if (e.isBrowserStep)
        keyway.insert(u"browserStep"_s, true);
    if (e.responseBodyTruncated)
        keyway.insert(u"responseBodyTruncated"_s, true);
    QJsonArray tokens;
    QSet<QByteArray> seenMarkers;
    const QList<FoundToken> found = r.takeFoundTokens();
    for (const FoundToken &t : found) {
        if (seenMarkers.contains(t.marker))
            continue;
        seenMarkers.insert(t.marker);
        QJsonObject token{{u"marker"_s, QString::fromLatin1(t.marker)}, {u"where"_s, t.where}, {u"decoded"_s, t.decoded}};
        token.insert(u"header"_s, r.redactJson(t.header, t.where));
        if (t.decoded)
            token.insert(u"claims"_s, r.redactJson(t.claims, t.where));
        tokens.append(token);
    }
    keyway.insert(u"tokens"_s, tokens);
    keyway.insert(u"redactions"_s, r.replacements() - before);

    const double time = double(std::max<qint64>(0, e.elapsedMs));
    const QDateTime started = e.startedAt.isValid() ? e.startedAt.toUTC() : QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    return QJsonObject{
        {u"startedDateTime"_s, started.toString(Qt::ISODateWithMs)},
        {u"time"_s, time},
        {u"request"_s, request},
        {u"response"_s, response},
        {u"cache"_s, QJsonObject()},
        {u"timings"_s,
         QJsonObject{
             {u"blocked"_s, -1}, {u"dns"_s, -1}, {u"connect"_s, -1}, {u"ssl"_s, -1}, {u"send"_s, 0}, {u"wait"_s, time}, {u"receive"_s, 0}}},
        {u"_keyway"_s, keyway},
    };
}

Result<HarExport> HarExporter::exportExchanges(const QList<net::Exchange> &exchanges)
{
    // Pass 1: learn every secret (the exchanges' own lists, then whatever structure reveals).
    for (const net::Exchange &e : exchanges) {
        for (const QByteArray &secret : e.secrets)
            m_redactor.addKnownSecret(secret);
    }
    for (const net::Exchange &e : exchanges)
        (void)entry(e);
    (void)m_redactor.takeFoundTokens();
    m_redactor.resetCounters();

    // Pass 2: the document, with every secret known.
    QJsonArray entries;
    int tokenCount = 0;
    for (const net::Exchange &e : exchanges) {
        const QJsonObject item = entry(e);
        tokenCount += int(item.value(u"_keyway"_s).toObject().value(u"tokens"_s).toArray().size());
        entries.append(item);
    }
    HarExport out;
    out.entryCount = int(entries.size());
    out.redactionCount = m_redactor.replacements();
    out.distinctSecrets = int(m_redactor.secrets().size());
    out.tokenCount = tokenCount;
    const QJsonObject log{
        {u"version"_s, u"1.2"_s},
        {u"creator"_s, QJsonObject{{u"name"_s, m_options.creatorName}, {u"version"_s, m_options.creatorVersion}}},
        {u"pages"_s, QJsonArray()},
        {u"entries"_s, entries},
        {u"_keyway"_s,
         QJsonObject{{u"redaction"_s,
                      QJsonObject{{u"marker"_s, u"REDACTED-<first 12 hex digits of HMAC-SHA256(per-export key, value)>"_s},
                                  {u"count"_s, out.redactionCount},
                                  {u"distinctValues"_s, out.distinctSecrets}}}}},
    };
    out.document = QJsonObject{{u"log"_s, log}};
    out.json = QJsonDocument(out.document).toJson(QJsonDocument::Indented);
    if (const auto checked = verifyNoSecrets(out.json); !checked)
        return checked.error();
    return out;
}

Result<bool> HarExporter::verifyNoSecrets(const QByteArray &bytes) const
{
    const QList<QByteArray> secrets = m_redactor.secrets();
    const QList<storage::SecretHit> hits = storage::SecretScan::scan(bytes, secrets);
    if (hits.isEmpty())
        return true;
    QStringList where;
    for (const storage::SecretHit &hit : hits.mid(0, 5))
        where.append(hit.toString());
    return Error{
        QObject::tr("The export was refused: %n secret value(s) would remain in it (%1). Please report this.", nullptr, int(hits.size()))
            .arg(where.join(u"; "_s))};
}

QList<net::Exchange> HarExporter::selectFlow(const net::Timeline &timeline, const QString &flowId)
{
    return timeline.flow(flowId);
}

QList<net::Exchange> HarExporter::selectIds(const net::Timeline &timeline, const QList<quint64> &ids)
{
    const QSet<quint64> wanted(ids.cbegin(), ids.cend());
    QList<net::Exchange> out;
    for (const net::Exchange &e : timeline.exchanges()) {
        if (wanted.contains(e.id))
            out.append(e);
    }
    return out;
}

} // namespace keyway::recorder
