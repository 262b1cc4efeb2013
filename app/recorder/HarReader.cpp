#include "recorder/HarReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace keyway::recorder {

namespace {

// Collects the first error; every accessor checks the type and records a path-qualified message.
class Checker
{
    Q_DECLARE_TR_FUNCTIONS(keyway::recorder::HarReader)

public:
    std::optional<Error> error;

    void fail(const QString &path, const QString &what)
    {
        if (!error)
            error = Error{tr("Not a valid HAR file: %1: %2").arg(path, what)};
    }

    QJsonObject object(const QJsonObject &parent, const QString &key, const QString &path, bool required = true)
    {
        const QJsonValue v = parent.value(key);
        if (v.isUndefined()) {
            if (required)
                fail(path + u'.' + key, tr("missing"));
            return {};
        }
        if (!v.isObject()) {
            fail(path + u'.' + key, tr("expected an object"));
            return {};
        }
        return v.toObject();
    }

    QJsonArray array(const QJsonObject &parent, const QString &key, const QString &path, bool required = true)
    {
        const QJsonValue v = parent.value(key);
        if (v.isUndefined()) {
            if (required)
                fail(path + u'.' + key, tr("missing"));
            return {};
        }
        if (!v.isArray()) {
            fail(path + u'.' + key, tr("expected an array"));
            return {};
        }
        return v.toArray();
    }

    QString string(const QJsonObject &parent, const QString &key, const QString &path, bool required = true, qsizetype maxLength = 1 << 20)
    {
        const QJsonValue v = parent.value(key);
        if (v.isUndefined() || (v.isNull() && !required)) {
            if (required)
                fail(path + u'.' + key, tr("missing"));
            return {};
        }
        if (!v.isString()) {
            fail(path + u'.' + key, tr("expected a string"));
            return {};
        }
        QString s = v.toString();
        if (s.size() > maxLength) {
            fail(path + u'.' + key, tr("longer than %1 characters").arg(maxLength));
            return {};
        }
        return s;
    }

    double number(const QJsonObject &parent, const QString &key, const QString &path, double min, double max, bool required = true,
                  double fallback = 0)
    {
        const QJsonValue v = parent.value(key);
        if (v.isUndefined()) {
            if (required)
                fail(path + u'.' + key, tr("missing"));
            return fallback;
        }
        if (!v.isDouble() || !std::isfinite(v.toDouble())) {
            fail(path + u'.' + key, tr("expected a number"));
            return fallback;
        }
        const double d = v.toDouble();
        if (d < min || d > max) {
            fail(path + u'.' + key, tr("%1 is out of range (%2 to %3)").arg(d).arg(min).arg(max));
            return fallback;
        }
        return d;
    }

    bool boolean(const QJsonObject &parent, const QString &key, const QString &path)
    {
        const QJsonValue v = parent.value(key);
        if (v.isUndefined())
            return false;
        if (!v.isBool()) {
            fail(path + u'.' + key, tr("expected true or false"));
            return false;
        }
        return v.toBool();
    }

    net::HeaderList headers(const QJsonObject &parent, const QString &key, const QString &path)
    {
        net::HeaderList out;
        const QJsonArray list = array(parent, key, path);
        if (list.size() > HarReader::kMaxHeaders) {
            fail(path + u'.' + key, tr("more than %1 headers").arg(HarReader::kMaxHeaders));
            return out;
        }
        for (qsizetype i = 0; i < list.size() && !error; ++i) {
            const QString itemPath = path + u'.' + key + u'[' + QString::number(i) + u']';
            if (!list.at(i).isObject()) {
                fail(itemPath, tr("expected an object"));
                break;
            }
            const QJsonObject h = list.at(i).toObject();
            const QString name = string(h, u"name"_s, itemPath, true, 1024);
            const QString value = string(h, u"value"_s, itemPath, true, 256 * 1024);
            if (!error && name.isEmpty())
                fail(itemPath + u".name"_s, tr("empty"));
            out.append({name.toUtf8(), value.toUtf8()});
        }
        return out;
    }
};

QDateTime parseDateTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t;
}

} // namespace

Result<HarLog> HarReader::parse(const QByteArray &bytes)
{
    if (bytes.size() > kMaxBytes)
        return Error{Checker::tr("The HAR file is too large (%1 MB; at most %2 MB).")
                         .arg(bytes.size() / (1024 * 1024))
                         .arg(kMaxBytes / (1024 * 1024))};
    if (bytes.trimmed().isEmpty())
        return Error{Checker::tr("The HAR file is empty.")};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{
            Checker::tr("Not a valid HAR file: invalid JSON at byte %1 (%2).").arg(parseError.offset).arg(parseError.errorString())};
    if (!doc.isObject())
        return Error{Checker::tr("Not a valid HAR file: the top level is not a JSON object.")};
    return fromJson(doc.object());
}

Result<HarLog> HarReader::fromJson(const QJsonObject &root, const QString &path)
{
    Checker c;
    HarLog out;
    const QString logPath = path.isEmpty() ? u"log"_s : path + u".log"_s;
    const QJsonObject log = c.object(root, u"log"_s, path.isEmpty() ? u"(top)"_s : path);
    if (c.error)
        return *c.error;
    out.version = c.string(log, u"version"_s, logPath, true, 16);
    if (!c.error && out.version != u"1.2" && out.version != u"1.1")
        c.fail(logPath + u".version"_s, Checker::tr("version \"%1\" is not supported (1.1 or 1.2)").arg(out.version));
    const QJsonObject creator = c.object(log, u"creator"_s, logPath);
    out.creatorName = c.string(creator, u"name"_s, logPath + u".creator"_s, true, 256);
    out.creatorVersion = c.string(creator, u"version"_s, logPath + u".creator"_s, false, 256);
    const QJsonObject logKeyway = c.object(log, u"_keyway"_s, logPath, false);
    const QJsonObject redaction = c.object(logKeyway, u"redaction"_s, logPath + u"._keyway"_s, false);
    if (redaction.contains(u"count"_s))
        out.redactionCount = int(c.number(redaction, u"count"_s, logPath + u"._keyway.redaction"_s, 0, 1e9));
    const QJsonArray entries = c.array(log, u"entries"_s, logPath);
    if (c.error)
        return *c.error;
    if (entries.size() > kMaxEntries)
        return Error{Checker::tr("Not a valid HAR file: %1 entries (at most %2).").arg(entries.size()).arg(kMaxEntries)};

    quint64 nextId = 1;
    for (qsizetype i = 0; i < entries.size() && !c.error; ++i) {
        const QString ep = logPath + u".entries["_s + QString::number(i) + u']';
        if (!entries.at(i).isObject()) {
            c.fail(ep, Checker::tr("expected an object"));
            break;
        }
        const QJsonObject entry = entries.at(i).toObject();
        HarEntry he;
        net::Exchange &e = he.exchange;
        const QString started = c.string(entry, u"startedDateTime"_s, ep, true, 64);
        if (!c.error) {
            e.startedAt = parseDateTime(started);
            if (!e.startedAt.isValid())
                c.fail(ep + u".startedDateTime"_s, Checker::tr("\"%1\" is not an ISO 8601 date and time").arg(started));
        }
        e.elapsedMs = qint64(c.number(entry, u"time"_s, ep, -1, 1e12));

        const QString rp = ep + u".request"_s;
        const QJsonObject request = c.object(entry, u"request"_s, ep);
        const QString method = c.string(request, u"method"_s, rp, true, 32);
        if (!c.error
            && (method.isEmpty() || !std::all_of(method.cbegin(), method.cend(), [](QChar ch) { return ch.isLetter() || ch == u'-'; })))
            c.fail(rp + u".method"_s, Checker::tr("\"%1\" is not an HTTP method").arg(method));
        e.method = method.toLatin1();
        const QString url = c.string(request, u"url"_s, rp, true, kMaxUrlLength);
        if (!c.error) {
            e.url = QUrl(url, QUrl::StrictMode);
            if (!e.url.isValid() || e.url.isRelative())
                e.url = QUrl(url, QUrl::TolerantMode);
            if (!e.url.isValid() || e.url.isRelative())
                c.fail(rp + u".url"_s, Checker::tr("not an absolute URL"));
        }
        c.string(request, u"httpVersion"_s, rp, false, 32);
        e.requestHeaders = c.headers(request, u"headers"_s, rp);
        c.array(request, u"queryString"_s, rp, false);
        c.array(request, u"cookies"_s, rp, false);
        const QJsonObject postData = c.object(request, u"postData"_s, rp, false);
        if (!postData.isEmpty()) {
            const QString text = c.string(postData, u"text"_s, rp + u".postData"_s, false, 64 * 1024 * 1024);
            const QString encoding = c.string(postData, u"_encoding"_s, rp + u".postData"_s, false, 16);
            e.requestBody = encoding == u"base64" ? QByteArray::fromBase64(text.toLatin1()) : text.toUtf8();
        }

        const QString sp = ep + u".response"_s;
        const QJsonObject response = c.object(entry, u"response"_s, ep);
        e.status = int(c.number(response, u"status"_s, sp, 0, 999));
        e.reason = c.string(response, u"statusText"_s, sp, false, 1024).toUtf8();
        e.responseHeaders = c.headers(response, u"headers"_s, sp);
        const QJsonObject content = c.object(response, u"content"_s, sp);
        const QString body = c.string(content, u"text"_s, sp + u".content"_s, false, 64 * 1024 * 1024);
        const QString encoding = c.string(content, u"encoding"_s, sp + u".content"_s, false, 16);
        if (!c.error && !encoding.isEmpty() && encoding != u"base64")
            c.fail(sp + u".content.encoding"_s, Checker::tr("\"%1\" is not supported (base64 only)").arg(encoding));
        e.responseBody = encoding == u"base64" ? QByteArray::fromBase64(body.toLatin1()) : body.toUtf8();

        const QString kp = ep + u"._keyway"_s;
        const QJsonObject keyway = c.object(entry, u"_keyway"_s, ep, false);
        if (keyway.contains(u"id"_s))
            e.id = quint64(c.number(keyway, u"id"_s, kp, 0, 9007199254740991.0));
        if (e.id == 0)
            e.id = nextId;
        nextId = std::max(nextId, e.id + 1);
        e.flowId = c.string(keyway, u"flowId"_s, kp, false, 256);
        e.label = c.string(keyway, u"label"_s, kp, false, 1024);
        if (e.label.isEmpty())
            e.label = QString::fromLatin1(e.method) + u' ' + e.url.path();
        e.error = c.string(keyway, u"error"_s, kp, false, 64 * 1024);
        const QString finalUrl = c.string(keyway, u"finalUrl"_s, kp, false, kMaxUrlLength);
        e.finalUrl = finalUrl.isEmpty() ? e.url : QUrl(finalUrl, QUrl::TolerantMode);
        e.credentialsDropped = c.boolean(keyway, u"credentialsDropped"_s, kp);
        e.isBrowserStep = c.boolean(keyway, u"browserStep"_s, kp);
        e.responseBodyTruncated = c.boolean(keyway, u"responseBodyTruncated"_s, kp);
        if (keyway.contains(u"redactions"_s))
            he.redactions = int(c.number(keyway, u"redactions"_s, kp, 0, 1e9));
        const QJsonArray tokens = c.array(keyway, u"tokens"_s, kp, false);
        if (tokens.size() > kMaxTokensPerEntry)
            c.fail(kp + u".tokens"_s, Checker::tr("more than %1 tokens").arg(kMaxTokensPerEntry));
        for (qsizetype t = 0; t < tokens.size() && !c.error; ++t) {
            const QString tp = kp + u".tokens["_s + QString::number(t) + u']';
            if (!tokens.at(t).isObject()) {
                c.fail(tp, Checker::tr("expected an object"));
                break;
            }
            const QJsonObject token = tokens.at(t).toObject();
            HarToken ht;
            ht.marker = c.string(token, u"marker"_s, tp, true, 64);
            ht.where = c.string(token, u"where"_s, tp, false, 1024);
            ht.decoded = c.boolean(token, u"decoded"_s, tp);
            ht.header = c.object(token, u"header"_s, tp, false);
            ht.claims = c.object(token, u"claims"_s, tp, false);
            he.tokens.append(ht);
        }
        out.entries.append(std::move(he));
    }
    if (c.error)
        return *c.error;
    return out;
}

} // namespace keyway::recorder
