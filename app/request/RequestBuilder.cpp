#include "request/RequestBuilder.h"

#include "request/Redaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace keyway::request {

using openapi::SchemeUse;
using openapi::SecurityScheme;

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RequestBuilder)
};

using Pair = QPair<QByteArray, QByteArray>;

// RFC 3986 reserved characters a value may keep when allowReserved is set (but not the ones that would break the
// query apart: & = #).
const QByteArray kReservedKept = QByteArrayLiteral(":/?@!$'()*+,;");

QByteArray encodeComponent(const QString &s, bool allowReserved = false)
{
    return s.toUtf8().toPercentEncoding(allowReserved ? kReservedKept : QByteArray());
}

// Literal parts of a path template: kept as written where RFC 3986 allows them in a path, encoded otherwise.
QByteArray encodePathLiteral(const QString &s)
{
    return s.toUtf8().toPercentEncoding(QByteArrayLiteral("/:@!$&'()*+,;=%"));
}

// A JSON object value (deepObject and exploded objects): its members as text, in order.
std::optional<QList<QPair<QString, QString>>> objectMembers(const QString &value)
{
    const QString trimmed = value.trimmed();
    if (!trimmed.startsWith(u'{'))
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed.toUtf8());
    if (!doc.isObject())
        return std::nullopt;
    QList<QPair<QString, QString>> out;
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QJsonValue v = it.value();
        QString text;
        if (v.isString())
            text = v.toString();
        else if (v.isBool())
            text = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else if (v.isDouble())
            text = QString::number(v.toDouble(), 'g', 17);
        else if (!v.isNull())
            text = QString::fromUtf8(
                (v.isObject() ? QJsonDocument(v.toObject()) : QJsonDocument(v.toArray())).toJson(QJsonDocument::Compact));
        out.append({it.key(), text});
    }
    return out;
}

bool isArrayParam(const ParameterSpec &p)
{
    return p.schema.isArray();
}

bool isObjectParam(const ParameterSpec &p, const QString &value)
{
    return p.schema.type == QLatin1String("object") && objectMembers(value).has_value();
}

QString swaggerDelimiter(const QString &collectionFormat)
{
    if (collectionFormat == QLatin1String("ssv"))
        return QStringLiteral(" ");
    if (collectionFormat == QLatin1String("tsv"))
        return QStringLiteral("\t");
    if (collectionFormat == QLatin1String("pipes"))
        return QStringLiteral("|");
    return QStringLiteral(",");
}

QByteArray pathValue(const ParameterSpec &p, const QString &value, bool isV2)
{
    if (isArrayParam(p)) {
        QList<QByteArray> items;
        for (const QString &item : splitArrayValue(value))
            items.append(encodeComponent(item));
        const QByteArray delimiter = isV2 ? encodeComponent(swaggerDelimiter(p.collectionFormat)) : QByteArrayLiteral(",");
        if (p.style == QLatin1String("label"))
            return '.' + items.join(p.explode ? "." : ",");
        if (p.style == QLatin1String("matrix")) {
            const QByteArray name = encodeComponent(p.name);
            if (p.explode) {
                QByteArray out;
                for (const QByteArray &item : std::as_const(items))
                    out += ';' + name + '=' + item;
                return out;
            }
            return ';' + name + '=' + items.join(",");
        }
        return items.join(delimiter);
    }
    if (const auto members = isObjectParam(p, value) ? objectMembers(value) : std::nullopt) {
        QList<QByteArray> parts;
        for (const auto &[k, v] : *members)
            parts.append(p.explode ? encodeComponent(k) + '=' + encodeComponent(v) : encodeComponent(k) + ',' + encodeComponent(v));
        const QByteArray joined = parts.join(p.style == QLatin1String("label") && p.explode ? "." : ",");
        if (p.style == QLatin1String("label"))
            return '.' + joined;
        if (p.style == QLatin1String("matrix"))
            return p.explode ? ';' + parts.join(";") : ';' + encodeComponent(p.name) + '=' + joined;
        return joined;
    }
    const QByteArray encoded = encodeComponent(value);
    if (p.style == QLatin1String("label"))
        return '.' + encoded;
    if (p.style == QLatin1String("matrix"))
        return ';' + encodeComponent(p.name) + '=' + encoded;
    return encoded;
}

void appendQuery(QList<Pair> &out, const ParameterSpec &p, const QString &value, bool isV2)
{
    const QByteArray name = encodeComponent(p.name);
    auto enc = [&](const QString &s) { return encodeComponent(s, p.allowReserved); };
    if (isArrayParam(p)) {
        const QStringList items = splitArrayValue(value);
        if (isV2) {
            if (p.collectionFormat == QLatin1String("multi")) {
                for (const QString &item : items)
                    out.append({name, enc(item)});
                return;
            }
            QList<QByteArray> encoded;
            for (const QString &item : items)
                encoded.append(enc(item));
            out.append({name, encoded.join(encodeComponent(swaggerDelimiter(p.collectionFormat)))});
            return;
        }
        if (p.style == QLatin1String("form") && p.explode) {
            for (const QString &item : items)
                out.append({name, enc(item)});
            return;
        }
        QByteArray delimiter = ",";
        if (p.style == QLatin1String("spaceDelimited"))
            delimiter = "%20";
        else if (p.style == QLatin1String("pipeDelimited"))
            delimiter = "%7C";
        QList<QByteArray> encoded;
        for (const QString &item : items)
            encoded.append(enc(item));
        out.append({name, encoded.join(delimiter)});
        return;
    }
    if (const auto members = isObjectParam(p, value) ? objectMembers(value) : std::nullopt) {
        if (p.style == QLatin1String("deepObject")) {
            for (const auto &[k, v] : *members)
                out.append({name + "%5B" + encodeComponent(k) + "%5D", enc(v)});
            return;
        }
        if (p.explode) {
            for (const auto &[k, v] : *members)
                out.append({encodeComponent(k), enc(v)});
            return;
        }
        QList<QByteArray> parts;
        for (const auto &[k, v] : *members)
            parts.append(encodeComponent(k) + ',' + enc(v));
        out.append({name, parts.join(",")});
        return;
    }
    out.append({name, enc(value)});
}

QByteArray headerValue(const ParameterSpec &p, const QString &value)
{
    if (isArrayParam(p))
        return splitArrayValue(value).join(u',').toUtf8();
    if (const auto members = isObjectParam(p, value) ? objectMembers(value) : std::nullopt) {
        QStringList parts;
        for (const auto &[k, v] : *members)
            parts.append(p.explode ? k + u'=' + v : k + u',' + v);
        return parts.join(u',').toUtf8();
    }
    return value.toUtf8();
}

// Cookie values (RFC 6265 cookie-octet): percent-encode what may not appear (space, quote, comma, semicolon, backslash,
// controls, non-ASCII).
QByteArray cookieValue(const QString &value)
{
    return value.toUtf8().toPercentEncoding(QByteArrayLiteral("!#$&'()*+-./:<=>?@[]^_`{|}~"));
}

QByteArray quotedDispositionValue(const QString &s)
{
    QByteArray v = s.toUtf8();
    v.replace('"', "%22");
    v.replace('\r', "%0D");
    v.replace('\n', "%0A");
    return '"' + v + '"';
}

void addSecret(BuiltRequest &r, const QByteArray &secret)
{
    for (const QByteArray &form : secretForms(secret)) {
        if (!r.secrets.contains(form))
            r.secrets.append(form);
    }
}

QStringList grantedScopes(const auth::TokenSet &tokens)
{
    QStringList granted;
    for (const QString &s : tokens.grantedScopes)
        granted += s.split(u' ', Qt::SkipEmptyParts);
    return granted;
}

} // namespace

QString ScopeWarning::toString() const
{
    QString text = Tr::tr("%1: the token lacks %2, which the operation needs (%3) — the server will likely answer 403 insufficient_scope.")
                       .arg(scheme, missing.join(u' '), needed.join(u' '));
    if (!grantedConfirmed)
        text += u' ' + Tr::tr("(The token response did not list its scopes; these are the ones that were asked for.)");
    return text;
}

QByteArray BuiltRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool BuiltRequest::hasHeader(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void BuiltRequest::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (qsizetype i = 0; i < headers.size(); ++i) {
        if (headers.at(i).first.compare(name, Qt::CaseInsensitive) == 0) {
            headers[i].second = value;
            for (qsizetype k = headers.size() - 1; k > i; --k) {
                if (headers.at(k).first.compare(name, Qt::CaseInsensitive) == 0)
                    headers.removeAt(k);
            }
            return;
        }
    }
    headers.append({name, value});
}

QByteArray BuiltRequest::requestTarget() const
{
    QByteArray target = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    if (target.isEmpty() || target.at(0) != '/')
        target.prepend('/');
    return target;
}

QNetworkRequest BuiltRequest::toNetworkRequest() const
{
    QNetworkRequest request(url);
    // One header line per name: repeated names are joined (RFC 9110 §5.3), Cookie with "; ".
    QList<QByteArray> names;
    for (const auto &h : headers) {
        bool seen = false;
        for (const QByteArray &n : std::as_const(names))
            seen = seen || n.compare(h.first, Qt::CaseInsensitive) == 0;
        if (!seen)
            names.append(h.first);
    }
    for (const QByteArray &name : std::as_const(names)) {
        QList<QByteArray> values;
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                values.append(h.second);
        }
        request.setRawHeader(name, values.join(name.compare("cookie", Qt::CaseInsensitive) == 0 ? "; " : ", "));
    }
    if (ssl)
        request.setSslConfiguration(*ssl);
    return request;
}

net::RequestInfo BuiltRequest::requestInfo(const QString &flowId) const
{
    net::RequestInfo info;
    info.label = label;
    info.flowId = flowId;
    info.secrets = secrets;
    info.sensitiveHeaders = sensitiveHeaders;
    return info;
}

QString describeAlternative(const QList<SchemeUse> &alternative)
{
    if (alternative.isEmpty())
        return Tr::tr("anonymous");
    QStringList names;
    for (const SchemeUse &u : alternative)
        names.append(u.scheme);
    return names.join(QLatin1String(" AND "));
}

QStringList missingCredentials(const openapi::Document &document, const QList<SchemeUse> &alternative, const CredentialSource &credentials)
{
    QStringList missing;
    for (const SchemeUse &use : alternative) {
        const SecurityScheme *scheme = use.defined ? document.scheme(use.scheme) : nullptr;
        const std::optional<SchemeCredential> c = scheme ? credentials.credential(use.scheme) : std::nullopt;
        if (!scheme || !c || !isUsableFor(*scheme, *c))
            missing.append(use.scheme);
    }
    return missing;
}

int pickAlternative(const openapi::Document &document, const openapi::SecurityRequirement &security, const CredentialSource &credentials)
{
    if (security.alternatives.isEmpty())
        return -1;
    int anonymous = -1;
    for (qsizetype i = 0; i < security.alternatives.size(); ++i) {
        const QList<SchemeUse> &alt = security.alternatives.at(i);
        if (alt.isEmpty()) {
            if (anonymous < 0)
                anonymous = int(i);
            continue;
        }
        if (missingCredentials(document, alt, credentials).isEmpty())
            return int(i);
    }
    return anonymous >= 0 ? anonymous : 0;
}

namespace {

class Builder
{
public:
    Builder(const openapi::Document &doc, const RequestModel &model, const RequestValues &values, const CredentialSource &credentials,
            const BuildOptions &options)
        : m_doc(doc), m_model(model), m_values(values), m_credentials(credentials), m_options(options)
    { }

    BuildResult build();

private:
    bool isV2() const { return m_doc.specVersion == openapi::SpecVersion::Swagger20; }
    std::optional<BuildError> resolveServer(QByteArray *base);
    std::optional<BuildError> buildBody();
    std::optional<BuildError> applySecurity();
    void setAuthorization(const QString &scheme, const QByteArray &value);

    const openapi::Document &m_doc;
    const RequestModel &m_model;
    const RequestValues &m_values;
    const CredentialSource &m_credentials;
    BuildOptions m_options;
    BuiltRequest m_request;
    QList<Pair> m_query;
    QList<Pair> m_cookies;
    QString m_authorizationFrom;
};

std::optional<BuildError> Builder::resolveServer(QByteArray *base)
{
    QUrl url;
    if (!m_values.serverUrl.trimmed().isEmpty()) {
        url = QUrl(m_values.serverUrl.trimmed());
        if (!url.isValid() || url.isRelative())
            return BuildError{
                BuildError::Kind::BadServer, Tr::tr("The server URL \"%1\" is not an absolute URL.").arg(m_values.serverUrl), {}, {}};
    } else {
        if (m_model.servers.isEmpty())
            return BuildError{BuildError::Kind::BadServer, Tr::tr("The document names no server: give a server URL."), {}, {}};
        if (m_values.serverIndex < 0 || m_values.serverIndex >= m_model.servers.size())
            return BuildError{BuildError::Kind::BadServer,
                              Tr::tr("There is no server %1 (the operation has %2).").arg(m_values.serverIndex).arg(m_model.servers.size()),
                              {},
                              {}};
        const openapi::Server &server = m_model.servers.at(m_values.serverIndex);
        url = m_doc.resolveServerUrl(server, m_values.serverVariables);
        if (!url.isValid())
            return BuildError{BuildError::Kind::BadServer,
                              Tr::tr("The server \"%1\" is relative and the document was not loaded from a URL: give a server URL.")
                                  .arg(server.urlTemplate),
                              {},
                              {}};
    }
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        return BuildError{
            BuildError::Kind::BadServer, Tr::tr("The server URL \"%1\" is not http or https.").arg(url.toDisplayString()), {}, {}};
    QByteArray encoded = url.toEncoded(QUrl::RemoveQuery | QUrl::RemoveFragment);
    while (encoded.endsWith('/'))
        encoded.chop(1);
    *base = encoded;
    const QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    for (const QByteArray &part : query.split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        m_query.append(eq < 0 ? Pair{part, QByteArray()} : Pair{part.left(eq), part.mid(eq + 1)});
    }
    return std::nullopt;
}

std::optional<BuildError> Builder::buildBody()
{
    const BodyVariant *variant = nullptr;
    if (!m_values.mediaType.isEmpty())
        variant = m_model.body.variant(m_values.mediaType);
    else if (!m_model.body.variants.isEmpty())
        variant = &m_model.body.variants.first();
    const QString mediaType = variant ? variant->mediaType : m_values.mediaType;
    const BodyVariant::Kind kind = variant ? variant->kind : BodyVariant::Kind::Binary;
    const bool hasForm = !m_values.form.isEmpty() && (kind == BodyVariant::Kind::Form || kind == BodyVariant::Kind::Multipart);
    if (!hasForm && m_values.body.isEmpty())
        return std::nullopt;
    QByteArray contentType = mediaType.toUtf8();
    if (contentType.isEmpty() || contentType == "*/*" || contentType.endsWith("/*"))
        contentType
            = kind == BodyVariant::Kind::Json ? QByteArrayLiteral("application/json") : QByteArrayLiteral("application/octet-stream");
    m_request.mediaType = mediaType;
    if (hasForm && kind == BodyVariant::Kind::Form) {
        QList<QPair<QString, QString>> pairs;
        for (const RequestValues::FormValue &f : m_values.form)
            pairs.append({f.name, f.value});
        m_request.body = encodeFormBody(variant ? variant->fields : QList<FormField>{}, pairs);
    } else if (hasForm && kind == BodyVariant::Kind::Multipart) {
        QByteArray random(12, Qt::Uninitialized);
        QRandomGenerator::global()->generate(reinterpret_cast<quint32 *>(random.data()),
                                             reinterpret_cast<quint32 *>(random.data() + random.size()));
        const QByteArray boundary = "----KeywayBoundary" + random.toHex();
        QByteArray body;
        for (const RequestValues::FormValue &f : m_values.form) {
            FormPart part{f.name, f.value, f.filePath, f.fileName, f.contentType};
            body += "--" + boundary + "\r\n";
            body += "Content-Disposition: form-data; name=" + quotedDispositionValue(f.name);
            if (!f.filePath.isEmpty()) {
                QFile file(f.filePath);
                if (!file.open(QIODevice::ReadOnly))
                    return BuildError{
                        BuildError::Kind::BadBody, Tr::tr("Cannot read the file for %1: %2").arg(f.name, file.errorString()), {}, {}};
                if (file.size() > m_options.maxUploadBytes)
                    return BuildError{BuildError::Kind::BadBody,
                                      Tr::tr("The file for %1 is larger than the upload limit of %2 MB.")
                                          .arg(f.name)
                                          .arg(m_options.maxUploadBytes / (1024 * 1024)),
                                      {},
                                      {}};
                const QString fileName = f.fileName.isEmpty() ? QFileInfo(f.filePath).fileName() : f.fileName;
                part.fileName = fileName;
                body += "; filename=" + quotedDispositionValue(fileName) + "\r\n";
                QString partType = f.contentType;
                if (partType.isEmpty() && variant) {
                    for (const FormField &field : variant->fields) {
                        if (field.name == f.name)
                            partType = field.contentType.section(u',', 0, 0).trimmed();
                    }
                }
                body += "Content-Type: " + (partType.isEmpty() ? QByteArrayLiteral("application/octet-stream") : partType.toUtf8())
                    + "\r\n\r\n";
                body += file.read(m_options.maxUploadBytes);
            } else {
                body += "\r\n\r\n" + f.value.toUtf8();
            }
            body += "\r\n";
            m_request.multipart.append(part);
        }
        body += "--" + boundary + "--\r\n";
        m_request.body = body;
        contentType = "multipart/form-data; boundary=" + boundary;
    } else {
        m_request.body = m_values.body;
    }
    if (!m_request.hasHeader("Content-Type"))
        m_request.headers.append({QByteArrayLiteral("Content-Type"), contentType});
    return std::nullopt;
}

void Builder::setAuthorization(const QString &scheme, const QByteArray &value)
{
    if (!m_authorizationFrom.isEmpty()) {
        m_request.warnings.append(Tr::tr("%1 and %2 both need the Authorization header, which a request carries once: only %1's is sent.")
                                      .arg(m_authorizationFrom, scheme));
        return;
    }
    m_authorizationFrom = scheme;
    m_request.setHeader(QByteArrayLiteral("Authorization"), value);
}

std::optional<BuildError> Builder::applySecurity()
{
    const openapi::SecurityRequirement &security = m_model.security;
    if (security.alternatives.isEmpty() || m_options.withoutCredentials)
        return std::nullopt;
    const int index = m_options.alternative >= 0 ? m_options.alternative : pickAlternative(m_doc, security, m_credentials);
    if (index < 0 || index >= security.alternatives.size())
        return BuildError{BuildError::Kind::NoSuchAlternative,
                          Tr::tr("%1 has %2 security alternative(s); there is no alternative %3.")
                              .arg(m_model.displayName)
                              .arg(security.alternatives.size())
                              .arg(index),
                          {},
                          {}};
    m_request.alternative = index;
    const QList<SchemeUse> &alternative = security.alternatives.at(index);
    QStringList undefined;
    for (const SchemeUse &use : alternative) {
        if (!use.defined || !m_doc.scheme(use.scheme))
            undefined.append(use.scheme);
    }
    if (!undefined.isEmpty())
        return BuildError{
            BuildError::Kind::UndefinedScheme,
            Tr::tr("%1 requires %2, which the document does not define.").arg(m_model.displayName, undefined.join(QLatin1String(", "))),
            {},
            undefined};
    const QStringList missing = missingCredentials(m_doc, alternative, m_credentials);
    if (!missing.isEmpty()) {
        QStringList described;
        for (const QString &name : missing) {
            const SecurityScheme *s = m_doc.scheme(name);
            QString kind = SecurityScheme::typeName(s->type);
            if (s->type == SecurityScheme::Type::Http)
                kind += u' ' + s->httpScheme;
            else if (s->type == SecurityScheme::Type::ApiKey)
                kind = Tr::tr("API key in %1 %2").arg(SecurityScheme::inName(s->in), s->parameterName);
            described.append(QStringLiteral("%1 (%2)").arg(name, kind));
        }
        return BuildError{BuildError::Kind::MissingCredentials,
                          Tr::tr("%1 needs %2: no credentials for %3. Authorize first, or choose another alternative.")
                              .arg(m_model.displayName, describeAlternative(alternative), described.join(QLatin1String(", "))),
                          {},
                          missing};
    }
    const QDateTime now = m_options.now.isValid() ? m_options.now : QDateTime::currentDateTimeUtc();
    for (const SchemeUse &use : alternative) {
        const SecurityScheme &scheme = *m_doc.scheme(use.scheme);
        const SchemeCredential c = *m_credentials.credential(use.scheme);
        m_request.appliedSchemes.append(use.scheme);
        switch (scheme.type) {
        case SecurityScheme::Type::ApiKey: {
            const QByteArray value = c.apiKey.toUtf8();
            addSecret(m_request, value);
            if (scheme.in == SecurityScheme::In::Header) {
                bool replaced = false;
                for (auto &h : m_request.headers) {
                    if (h.first.compare(scheme.parameterName.toUtf8(), Qt::CaseInsensitive) == 0) {
                        h.second = value;
                        replaced = true;
                    }
                }
                if (replaced)
                    m_request.warnings.append(
                        Tr::tr("The header parameter %1 is replaced by the API key of %2.").arg(scheme.parameterName, use.scheme));
                else
                    m_request.headers.append({scheme.parameterName.toUtf8(), value});
                m_request.sensitiveHeaders.append(scheme.parameterName.toUtf8().toLower());
            } else if (scheme.in == SecurityScheme::In::Query) {
                const QByteArray name = encodeComponent(scheme.parameterName);
                m_query.removeIf([&](const Pair &p) { return p.first == name; });
                m_query.append({name, encodeComponent(c.apiKey)});
                m_request.secretQueryNames.append(scheme.parameterName);
            } else if (scheme.in == SecurityScheme::In::Cookie) {
                const QByteArray name = scheme.parameterName.toUtf8();
                m_cookies.removeIf([&](const Pair &p) { return p.first == name; });
                m_cookies.append({name, cookieValue(c.apiKey)});
                addSecret(m_request, cookieValue(c.apiKey));
            } else {
                return BuildError{BuildError::Kind::UndefinedScheme,
                                  Tr::tr("The API key scheme %1 says in: \"%2\"; only header, query and cookie exist.")
                                      .arg(use.scheme, scheme.inAsWritten),
                                  {},
                                  {use.scheme}};
            }
            break;
        }
        case SecurityScheme::Type::Http: {
            if (scheme.httpScheme == QLatin1String("basic")) {
                const QByteArray credentials = (c.username + u':' + c.password).toUtf8().toBase64();
                addSecret(m_request, c.password.toUtf8());
                addSecret(m_request, credentials);
                setAuthorization(use.scheme, "Basic " + credentials);
            } else if (scheme.httpScheme == QLatin1String("digest")) {
                addSecret(m_request, c.password.toUtf8());
                if (m_request.digest || !m_authorizationFrom.isEmpty()) {
                    m_request.warnings.append(
                        Tr::tr("%1 needs the Authorization header, which %2 already uses: it is not answered.")
                            .arg(use.scheme, m_authorizationFrom.isEmpty() ? m_request.digest->scheme : m_authorizationFrom));
                } else {
                    m_request.digest = DigestUse{use.scheme, c.username, c.password};
                    m_authorizationFrom = use.scheme;
                }
            } else {
                // bearer, and any other token-like scheme: "<Scheme> <token>".
                const QString token = c.tokens && !c.tokens->accessToken.isEmpty() ? c.tokens->accessToken : c.apiKey;
                addSecret(m_request, token.toUtf8());
                const QString written
                    = scheme.httpScheme == QLatin1String("bearer") ? QStringLiteral("Bearer") : scheme.httpSchemeAsWritten;
                setAuthorization(use.scheme, written.toUtf8() + ' ' + token.toUtf8());
                if (c.tokens && !c.tokens->accessToken.isEmpty())
                    m_request.tokens.append(TokenUse{use.scheme, *c.tokens, use.scopes});
            }
            break;
        }
        case SecurityScheme::Type::OAuth2:
        case SecurityScheme::Type::OpenIdConnect: {
            const auth::TokenSet &tokens = *c.tokens;
            addSecret(m_request, tokens.accessToken.toUtf8());
            QString type = QStringLiteral("Bearer");
            if (!tokens.tokenType.isEmpty() && !tokens.isBearer()) {
                type = tokens.tokenType;
                m_request.warnings.append(Tr::tr("%1: the token type is %2; it is sent as \"Authorization: %2 <token>\" without any proof "
                                                 "the type may require (DPoP), so the server may refuse it.")
                                              .arg(use.scheme, tokens.tokenType));
            }
            setAuthorization(use.scheme, type.toUtf8() + ' ' + tokens.accessToken.toUtf8());
            m_request.tokens.append(TokenUse{use.scheme, tokens, use.scopes});
            if (tokens.isExpired(now))
                m_request.warnings.append(Tr::tr("%1: the access token expired %2 s ago.").arg(use.scheme).arg(-tokens.secondsLeft(now)));
            const QStringList granted = grantedScopes(tokens);
            QStringList lacking;
            for (const QString &s : use.scopes) {
                if (!granted.contains(s))
                    lacking.append(s);
            }
            if (!lacking.isEmpty() && (!granted.isEmpty() || tokens.scopesFromResponse)) {
                ScopeWarning w{use.scheme, use.scopes, lacking, tokens.scopesFromResponse};
                m_request.scopeWarnings.append(w);
                m_request.warnings.append(w.toString());
            }
            break;
        }
        case SecurityScheme::Type::MutualTls: {
            Result<ClientIdentity> identity = loadClientIdentity(c.certificate);
            if (!identity)
                return BuildError{
                    BuildError::Kind::BadCredential, Tr::tr("%1: %2").arg(use.scheme, identity.error().message), {}, {use.scheme}};
            QSslConfiguration ssl = m_request.ssl.value_or(QSslConfiguration::defaultConfiguration());
            ssl.setLocalCertificate(identity->certificate);
            ssl.setPrivateKey(identity->privateKey);
            if (!identity->chain.isEmpty()) {
                QList<QSslCertificate> chain{identity->certificate};
                chain += identity->chain;
                ssl.setLocalCertificateChain(chain);
            }
            m_request.ssl = ssl;
            addSecret(m_request, c.certificate.passphrase);
            m_request.clientCertificatePassphrase = c.certificate.passphrase;
            m_request.clientCertificatePath = c.certificate.certificatePath;
            m_request.clientKeyPath = c.certificate.privateKeyPath;
            m_request.clientCertificateIsPkcs12 = !c.certificate.pkcs12.isEmpty()
                || c.certificate.certificatePath.endsWith(QLatin1String(".p12"), Qt::CaseInsensitive)
                || c.certificate.certificatePath.endsWith(QLatin1String(".pfx"), Qt::CaseInsensitive);
            if (m_request.url.scheme() != QLatin1String("https"))
                m_request.warnings.append(
                    Tr::tr("%1: a client certificate is only presented over https; this URL is http.").arg(use.scheme));
            break;
        }
        case SecurityScheme::Type::Unknown:
            return BuildError{BuildError::Kind::UndefinedScheme,
                              Tr::tr("The scheme %1 has the unknown type \"%2\".").arg(use.scheme, scheme.typeAsWritten),
                              {},
                              {use.scheme}};
        }
    }
    return std::nullopt;
}

BuildResult Builder::build()
{
    if (m_options.validate) {
        const QList<ValidationIssue> issues = validateRequest(m_model, m_values);
        if (!issues.isEmpty()) {
            QStringList lines;
            for (const ValidationIssue &i : issues)
                lines.append(i.toString());
            return BuildError{BuildError::Kind::InvalidValues, lines.join(u'\n'), issues, {}};
        }
    }
    m_request.label = m_model.displayName;
    m_request.method = m_model.method.toUtf8();
    QByteArray base;
    if (auto error = resolveServer(&base))
        return *error;

    // Path: the template with each {name} replaced by its serialised value.
    QByteArray path;
    const QString &tpl = m_model.pathTemplate;
    qsizetype pos = 0;
    for (int guard = 0; guard < 256 && pos < tpl.size(); ++guard) {
        const qsizetype open = tpl.indexOf(u'{', pos);
        const qsizetype close = open < 0 ? -1 : tpl.indexOf(u'}', open + 1);
        if (close < 0) {
            path += encodePathLiteral(tpl.mid(pos));
            pos = tpl.size();
            break;
        }
        path += encodePathLiteral(tpl.mid(pos, open - pos));
        const QString name = tpl.mid(open + 1, close - open - 1);
        const ParameterSpec *spec = m_model.parameter(name, ParameterIn::Path);
        const RequestValues::Parameter *given = m_values.find(name, ParameterIn::Path);
        if (spec && given)
            path += pathValue(*spec, given->value, isV2());
        else if (given)
            path += encodeComponent(given->value);
        else if (!m_options.validate)
            path += encodePathLiteral(tpl.mid(open, close - open + 1));
        else
            return BuildError{BuildError::Kind::InvalidValues, Tr::tr("The path parameter %1 has no value.").arg(name), {}, {}};
        pos = close + 1;
    }
    if (!path.startsWith('/'))
        path.prepend('/');

    for (const ParameterSpec &p : m_model.parameters) {
        const RequestValues::Parameter *given = m_values.find(p.name, p.in);
        if (!given)
            continue;
        switch (p.in) {
        case ParameterIn::Query:
            appendQuery(m_query, p, given->value, isV2());
            break;
        case ParameterIn::Header:
            m_request.headers.append({p.name.toUtf8(), headerValue(p, given->value)});
            break;
        case ParameterIn::Cookie:
            m_cookies.append({p.name.toUtf8(), cookieValue(isArrayParam(p) ? splitArrayValue(given->value).join(u',') : given->value)});
            break;
        default:
            break;
        }
    }
    for (const auto &h : m_values.extraHeaders)
        m_request.headers.append(h);
    if (auto error = buildBody())
        return *error;

    // The URL must exist before the security is applied (mutualTLS looks at its scheme); query keys are added after.
    auto composeUrl = [&]() -> std::optional<BuildError> {
        QByteArray full = base + path;
        if (!m_query.isEmpty()) {
            QList<QByteArray> parts;
            for (const Pair &p : std::as_const(m_query))
                parts.append(p.second.isNull() && p.first.isEmpty() ? QByteArray() : p.first + '=' + p.second);
            full += '?' + parts.join('&');
        }
        m_request.url = QUrl::fromEncoded(full, QUrl::StrictMode);
        if (!m_request.url.isValid())
            return BuildError{
                BuildError::Kind::BadServer, Tr::tr("The request URL is not valid: %1").arg(QUrl::fromEncoded(full).errorString()), {}, {}};
        return std::nullopt;
    };
    if (auto error = composeUrl())
        return *error;
    if (auto error = applySecurity())
        return *error;
    if (auto error = composeUrl())
        return *error;
    if (!m_cookies.isEmpty()) {
        // One Cookie header: what the user added by hand first, then cookie parameters and cookie API keys.
        QList<QByteArray> parts;
        for (const Pair &h : std::as_const(m_request.headers)) {
            if (h.first.compare("cookie", Qt::CaseInsensitive) == 0 && !h.second.isEmpty())
                parts.append(h.second);
        }
        for (const Pair &c : std::as_const(m_cookies))
            parts.append(c.first + '=' + c.second);
        m_request.headers.removeIf([](const Pair &h) { return h.first.compare("cookie", Qt::CaseInsensitive) == 0; });
        m_request.headers.append({QByteArrayLiteral("Cookie"), parts.join("; ")});
    }
    return std::move(m_request);
}

} // namespace

BuildResult buildRequest(const openapi::Document &document, const RequestModel &model, const RequestValues &values,
                         const CredentialSource &credentials, const BuildOptions &options)
{
    Builder builder(document, model, values, credentials, options);
    return builder.build();
}

} // namespace keyway::request
