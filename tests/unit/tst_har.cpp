// HAR export with every secret replaced, and HAR import (round trip and malformed input).

#include "net/Timeline.h"
#include "recorder/HarExporter.h"
#include "recorder/HarReader.h"
#include "recorder/SecretRedactor.h"
#include "storage/SecretScan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace keyway;
using namespace keyway::recorder;
using namespace Qt::StringLiterals;

namespace {

QByteArray b64url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// A JWT-shaped token (the signature is random bytes: redaction does not verify).
QByteArray fakeJwt(const QJsonObject &claims, const QByteArray &signatureSeed)
{
    const QByteArray header
        = QJsonDocument(QJsonObject{{u"alg"_s, u"RS256"_s}, {u"typ"_s, u"JWT"_s}, {u"kid"_s, u"k1"_s}}).toJson(QJsonDocument::Compact);
    const QByteArray payload = QJsonDocument(claims).toJson(QJsonDocument::Compact);
    return b64url(header) + '.' + b64url(payload) + '.' + b64url(QCryptographicHash::hash(signatureSeed, QCryptographicHash::Sha256));
}

net::Exchange exchange(const QByteArray &method, const QString &url, const QString &label, const QString &flowId = u"flow-1"_s)
{
    net::Exchange e;
    static quint64 nextId = 1;
    e.id = nextId++;
    e.method = method;
    e.url = QUrl(url);
    e.finalUrl = e.url;
    e.label = label;
    e.flowId = flowId;
    e.startedAt = QDateTime(QDate(2026, 11, 27), QTime(10, 0, 0), Qt::UTC);
    e.elapsedMs = 42;
    e.status = 200;
    e.reason = "OK";
    return e;
}

struct Scenario
{
    QList<net::Exchange> exchanges;
    QList<QByteArray> secrets; // every secret value used, for the leak scan
    QByteArray accessToken;
    QByteArray idToken;
    QByteArray clientSecret;
    QByteArray shortPassword;
};

// One of every kind of secret, none of them listed in the exchanges' own `secrets` (structure alone must find them)
// except where noted.
Scenario scenario()
{
    Scenario s;
    s.accessToken = fakeJwt({{u"iss"_s, u"http://127.0.0.1:4000"_s},
                             {u"sub"_s, u"alice"_s},
                             {u"aud"_s, u"http://127.0.0.1/api"_s},
                             {u"scope"_s, u"read:items"_s},
                             {u"exp"_s, 1795000000}},
                            "at-signature");
    s.idToken = fakeJwt({{u"iss"_s, u"http://127.0.0.1:4000"_s},
                         {u"sub"_s, u"alice"_s},
                         {u"nonce"_s, u"n-0S6_WzA2Mj"_s},
                         {u"email"_s, u"alice@keyway.test"_s}},
                        "id-signature");
    const QByteArray assertion = fakeJwt({{u"iss"_s, u"keyway-confidential"_s}, {u"jti"_s, u"a1"_s}}, "assertion-signature");
    const QByteArray refresh = "opaque-refresh-Zx81kq0VnW3sLp9";
    const QByteArray code = "auth-code-Qm72hJcX0pLs";
    const QByteArray verifier = "pkce-verifier-dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    s.clientSecret = "keyway-confidential-secret";
    const QByteArray postSecret = "keyway-post-secret/+=x";
    const QByteArray password = "alice pass&word=1";
    const QByteArray headerKey = "keyway-header-key";
    const QByteArray queryKey = "keyway-query-key";
    const QByteArray cookieKey = "keyway-cookie-key";
    const QByteArray session = "session-cookie-ABCDEF123456";
    const QByteArray deviceCode = "device-code-9f8e7d6c5b4a";
    const QByteArray jsonSecret = "json-client-secret-777";
    const QByteArray nestedPassword = "nested-password-888";
    const QByteArray listed = "listed-secret-value-42";
    const QByteArray basicPassword = "basic-secret";
    const QByteArray numericPassword = "73519264";
    s.shortPassword = "pw";
    s.secrets = {s.accessToken, s.idToken,      assertion, refresh,       code,           verifier, s.clientSecret,
                 postSecret,    password,       headerKey, queryKey,      cookieKey,      session,  deviceCode,
                 jsonSecret,    nestedPassword, listed,    basicPassword, numericPassword};

    // Client credentials with client_secret_basic; a token response with every token kind.
    net::Exchange cc = exchange("POST", u"http://127.0.0.1:4000/token"_s, u"Token request (client credentials)"_s);
    cc.requestHeaders = {{"Authorization", "Basic " + ("keyway-confidential:" + s.clientSecret).toBase64()},
                         {"Content-Type", "application/x-www-form-urlencoded"}};
    cc.requestBody = "grant_type=client_credentials&scope=read%3Aitems";
    cc.responseHeaders = {{"Content-Type", "application/json; charset=utf-8"}};
    cc.responseBody = "{\"access_token\":\"" + s.accessToken + "\",\"expires_in\":3600,\"token_type\":\"Bearer\",\"refresh_token\":\""
        + refresh + "\",\"id_token\":\"" + s.idToken + "\",\"scope\":\"read:items\"}";
    s.exchanges.append(cc);

    // The browser step of the code flow: the code arrives in Location.
    net::Exchange browser
        = exchange("GET", u"http://127.0.0.1:4000/auth?client_id=keyway-native&response_type=code&state=st4te&code_challenge=abc"_s,
                   u"Authorization (browser)"_s);
    browser.isBrowserStep = true;
    browser.status = 303;
    browser.reason = "See Other";
    browser.responseHeaders
        = {{"Location", "http://127.0.0.1:53111/callback?code=" + code + "&state=st4te&iss=http%3A%2F%2F127.0.0.1%3A4000"}};
    s.exchanges.append(browser);

    // Code exchange with PKCE and a client assertion.
    net::Exchange exchangeCode = exchange("POST", u"http://127.0.0.1:4000/token"_s, u"Token request (authorization code)"_s);
    exchangeCode.requestHeaders = {{"Content-Type", "application/x-www-form-urlencoded"}};
    exchangeCode.requestBody = "grant_type=authorization_code&code=" + code + "&code_verifier=" + verifier
        + "&redirect_uri=http%3A%2F%2F127.0.0.1%3A53111%2Fcallback&client_id=keyway-native&client_assertion_type="
          "urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer&client_assertion="
        + assertion;
    exchangeCode.status = 400;
    exchangeCode.reason = "Bad Request";
    exchangeCode.responseHeaders = {{"Content-Type", "application/json"}};
    exchangeCode.responseBody = "{\"error\":\"invalid_grant\",\"error_description\":\"grant request is invalid\"}";
    s.exchanges.append(exchangeCode);

    // client_secret_post and a password grant (form-encoded values, a short password).
    net::Exchange post = exchange("POST", u"http://127.0.0.1:8000/token"_s, u"Token request (password)"_s, u"flow-2"_s);
    post.requestHeaders = {{"Content-Type", "application/x-www-form-urlencoded"}};
    post.requestBody = "grant_type=password&username=alice&password=" + password.toPercentEncoding()
        + "&client_id=keyway-post&client_secret=" + postSecret.toPercentEncoding() + "&pin_password=" + s.shortPassword;
    post.responseHeaders = {{"Content-Type", "application/json"}};
    post.responseBody = "{\"access_token\": \"" + s.accessToken + "\", \"token_type\": \"bearer\"}";
    s.exchanges.append(post);

    // API keys in a header, the query and a cookie; a session cookie set by the server.
    net::Exchange api = exchange("GET", u"http://127.0.0.1:8000/apikey/query?api_key="_s + QString::fromUtf8(queryKey) + u"&page=2"_s,
                                 u"GET /apikey/query"_s, u"flow-3"_s);
    api.requestHeaders = {{"X-API-Key", headerKey}, {"Cookie", "keyway_key=" + cookieKey + "; theme=dark"}};
    api.responseHeaders = {{"Content-Type", "application/json"}, {"Set-Cookie", "sid=" + session + "; Path=/; HttpOnly"}};
    api.responseBody = "{\"ok\":true}";
    s.exchanges.append(api);

    // Basic credentials at the resource server, then a bearer request refused.
    net::Exchange basic = exchange("GET", u"http://127.0.0.1:8000/basic"_s, u"GET /basic"_s, u"flow-3"_s);
    basic.requestHeaders = {{"Authorization", "Basic " + QByteArray("keyway:" + basicPassword).toBase64()}};
    s.exchanges.append(basic);
    net::Exchange bearer = exchange("GET", u"http://127.0.0.1:8000/bearer"_s, u"GET /bearer"_s, u"flow-3"_s);
    bearer.requestHeaders = {{"Authorization", "Bearer " + s.accessToken}};
    bearer.status = 401;
    bearer.reason = "Unauthorized";
    bearer.responseHeaders = {{"WWW-Authenticate", "Bearer realm=\"keyway-tests\", error=\"invalid_token\""}};
    s.exchanges.append(bearer);

    // Device code polling; JSON bodies with secret-named members at any depth; a value only the list knows.
    net::Exchange device = exchange("POST", u"http://127.0.0.1:4000/token"_s, u"Token request (device code)"_s, u"flow-4"_s);
    device.requestHeaders = {{"Content-Type", "application/x-www-form-urlencoded"}};
    device.requestBody
        = "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code&device_code=" + deviceCode + "&client_id=keyway-device";
    device.responseHeaders = {{"Content-Type", "application/json"}};
    device.responseBody = "{\n  \"client_secret\" : \"" + jsonSecret + "\",\n  \"nested\": {\"password\": \"" + nestedPassword
        + "\", \"kept\": \"visible-value\", \"pin_password\": 73519264, \"expires_in\": 600},\n  \"other\": \"" + listed + "\"\n}";
    device.secrets = {listed};
    s.exchanges.append(device);
    net::Exchange path = exchange("GET", u"http://127.0.0.1:8000/items/"_s + QString::fromUtf8(listed), u"GET /items/{id}"_s, u"flow-4"_s);
    path.secrets = {listed};
    path.error = u"Connection refused while fetching http://127.0.0.1:8000/items/"_s + QString::fromUtf8(listed);
    path.status = 0;
    s.exchanges.append(path);
    return s;
}

QByteArray keyA()
{
    return QByteArray(32, 'a');
}

} // namespace

class TestHar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everySecretKindReplaced();
    void nonSecretPartsKept();
    void markersStable();
    void tokensDecodedWithoutSignature();
    void shortSecretsOnlyByPosition();
    void roundTrip();
    void selection();
    void leakRefused();
    void redactorNames_data();
    void redactorNames();
    void malformed_data();
    void malformed();
    void limits();
};

void TestHar::everySecretKindReplaced()
{
    const Scenario s = scenario();
    HarExporter exporter;
    const auto har = exporter.exportExchanges(s.exchanges);
    QVERIFY2(har.ok(), har.ok() ? "" : qPrintable(har.error().message));
    const QList<storage::SecretHit> hits = storage::SecretScan::scan(har->json, s.secrets);
    QStringList where;
    for (const auto &hit : hits)
        where.append(hit.toString());
    QVERIFY2(hits.isEmpty(), qPrintable(where.join(u"; "_s)));
    for (const QByteArray &secret : s.secrets) {
        QVERIFY2(!har->json.contains(secret), secret.constData());
        QVERIFY2(!har->json.contains(secret.toPercentEncoding()), secret.constData());
    }
    QVERIFY(har->redactionCount >= s.secrets.size());
    QCOMPARE(har->entryCount, s.exchanges.size());
    QVERIFY(!har->json.contains("Basic a2V5d2F5")); // base64 of "keyway:" in Basic credentials
    // Each kind has its marker where the value was.
    const QString json = QString::fromUtf8(har->json);
    QVERIFY(QRegularExpression(uR"(Basic REDACTED-[0-9a-f]{12})"_s).match(json).hasMatch());
    QVERIFY(QRegularExpression(uR"(Bearer REDACTED-[0-9a-f]{12})"_s).match(json).hasMatch());
    QVERIFY(QRegularExpression(uR"(keyway_key=REDACTED-[0-9a-f]{12}; theme=REDACTED-[0-9a-f]{12})"_s).match(json).hasMatch());
    QVERIFY(QRegularExpression(uR"(sid=REDACTED-[0-9a-f]{12}; Path=/; HttpOnly)"_s).match(json).hasMatch());
    QVERIFY(QRegularExpression(uR"(callback\?code=REDACTED-[0-9a-f]{12}&state=st4te)"_s).match(json).hasMatch());
    QVERIFY(QRegularExpression(uR"(api_key=REDACTED-[0-9a-f]{12}&page=2)"_s).match(json).hasMatch());
    QVERIFY(QRegularExpression(uR"(code_verifier=REDACTED-[0-9a-f]{12})"_s).match(json).hasMatch());
    QVERIFY(QRegularExpression(uR"(client_assertion=REDACTED-[0-9a-f]{12})"_s).match(json).hasMatch());
    QVERIFY(QRegularExpression(uR"(device_code=REDACTED-[0-9a-f]{12})"_s).match(json).hasMatch());
    QVERIFY(QRegularExpression(uR"(\\"client_secret\\" : \\"REDACTED-[0-9a-f]{12}\\")"_s).match(json).hasMatch());
    QVERIFY(QRegularExpression(uR"(/items/REDACTED-[0-9a-f]{12})"_s).match(json).hasMatch());
    QVERIFY(QRegularExpression(uR"(\\"pin_password\\": \\"REDACTED-[0-9a-f]{12}\\")"_s).match(json).hasMatch()); // a number
    QVERIFY(json.contains(uR"(\"expires_in\": 600)"_s));
}

void TestHar::nonSecretPartsKept()
{
    const Scenario s = scenario();
    HarExporter exporter;
    const auto har = exporter.exportExchanges(s.exchanges);
    QVERIFY(har.ok());
    const QJsonObject log = har->document.value(u"log"_s).toObject();
    QCOMPARE(log.value(u"version"_s).toString(), u"1.2"_s);
    QCOMPARE(log.value(u"creator"_s).toObject().value(u"name"_s).toString(), u"Keyway"_s);
    const QJsonArray entries = log.value(u"entries"_s).toArray();
    QCOMPARE(entries.size(), s.exchanges.size());
    const QJsonObject first = entries.at(0).toObject();
    QCOMPARE(first.value(u"startedDateTime"_s).toString(), u"2026-11-27T10:00:00.000Z"_s);
    QCOMPARE(first.value(u"time"_s).toDouble(), 42.0);
    const QJsonObject request = first.value(u"request"_s).toObject();
    QCOMPARE(request.value(u"method"_s).toString(), u"POST"_s);
    QCOMPARE(request.value(u"url"_s).toString(), u"http://127.0.0.1:4000/token"_s);
    QCOMPARE(request.value(u"postData"_s).toObject().value(u"text"_s).toString(), u"grant_type=client_credentials&scope=read%3Aitems"_s);
    const QJsonArray params = request.value(u"postData"_s).toObject().value(u"params"_s).toArray();
    QCOMPARE(params.at(1).toObject().value(u"value"_s).toString(), u"read:items"_s);
    const QJsonObject response = first.value(u"response"_s).toObject();
    QCOMPARE(response.value(u"status"_s).toInt(), 200);
    QVERIFY(response.value(u"content"_s).toObject().value(u"text"_s).toString().contains(u"\"token_type\":\"Bearer\""_s));
    QVERIFY(response.value(u"content"_s).toObject().value(u"text"_s).toString().contains(u"\"expires_in\":3600"_s));
    for (const char *key : {"method", "url", "httpVersion", "headers", "queryString", "cookies", "headersSize", "bodySize"})
        QVERIFY2(request.contains(QLatin1StringView(key)), key);
    for (const char *key :
         {"status", "statusText", "httpVersion", "headers", "cookies", "content", "redirectURL", "headersSize", "bodySize"})
        QVERIFY2(response.contains(QLatin1StringView(key)), key);
    QVERIFY(first.value(u"timings"_s).toObject().contains(u"wait"_s));

    // Query strings and cookies as HAR lists, secrets replaced, the rest as it was.
    const QJsonObject api = entries.at(4).toObject().value(u"request"_s).toObject();
    const QJsonArray query = api.value(u"queryString"_s).toArray();
    QCOMPARE(query.size(), 2);
    QCOMPARE(query.at(0).toObject().value(u"name"_s).toString(), u"api_key"_s);
    QVERIFY(SecretRedactor::isMarker(query.at(0).toObject().value(u"value"_s).toString().toUtf8()));
    QCOMPARE(query.at(1).toObject().value(u"value"_s).toString(), u"2"_s);
    const QJsonArray cookies = api.value(u"cookies"_s).toArray();
    QCOMPARE(cookies.size(), 2);
    QCOMPARE(cookies.at(1).toObject().value(u"name"_s).toString(), u"theme"_s);
    QVERIFY(SecretRedactor::isMarker(cookies.at(1).toObject().value(u"value"_s).toString().toUtf8())); // every cookie value
    const QJsonArray setCookies = entries.at(4).toObject().value(u"response"_s).toObject().value(u"cookies"_s).toArray();
    QCOMPARE(setCookies.size(), 1);
    QCOMPARE(setCookies.at(0).toObject().value(u"name"_s).toString(), u"sid"_s);
    QCOMPARE(setCookies.at(0).toObject().value(u"httpOnly"_s).toBool(), true);
    // WWW-Authenticate, user names, a nested non-secret member and the redirect URL's host are still there.
    QVERIFY(har->json.contains("Bearer realm=\\\"keyway-tests\\\", error=\\\"invalid_token\\\""));
    QVERIFY(har->json.contains("username=alice"));
    QVERIFY(har->json.contains("visible-value"));
    QVERIFY(entries.at(1)
                .toObject()
                .value(u"response"_s)
                .toObject()
                .value(u"redirectURL"_s)
                .toString()
                .startsWith(u"http://127.0.0.1:53111/callback?code=REDACTED-"_s));
    const QJsonObject keyway = entries.at(1).toObject().value(u"_keyway"_s).toObject();
    QCOMPARE(keyway.value(u"browserStep"_s).toBool(), true);
    QCOMPARE(keyway.value(u"label"_s).toString(), u"Authorization (browser)"_s);
    QCOMPARE(keyway.value(u"flowId"_s).toString(), u"flow-1"_s);
    QVERIFY(entries.at(8).toObject().value(u"_keyway"_s).toObject().value(u"error"_s).toString().startsWith(u"Connection refused"_s));
}

void TestHar::markersStable()
{
    const Scenario s = scenario();
    HarExportOptions options;
    options.markerKey = keyA();
    HarExporter one(options);
    HarExporter two(options);
    const auto a = one.exportExchanges(s.exchanges);
    const auto b = two.exportExchanges(s.exchanges);
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(a->json, b->json); // same key: the same document

    // Within one export, the access token has one marker wherever it appears (token response, password grant
    // response, Authorization header) and other secrets have others.
    SecretRedactor probe(keyA());
    const QByteArray atMarker = probe.markerFor(s.accessToken);
    const QByteArray idMarker = probe.markerFor(s.idToken);
    QVERIFY(atMarker != idMarker);
    QCOMPARE(a->json.count(atMarker), 6); // two token responses and the Bearer header, each with its claims' entry
    QVERIFY(a->json.contains("Bearer " + atMarker));
    QVERIFY(a->json.contains(idMarker));

    // Another key: other markers, so a marker cannot be matched against a table of guessed secrets.
    options.markerKey = QByteArray(32, 'b');
    HarExporter three(options);
    const auto c = three.exportExchanges(s.exchanges);
    QVERIFY(c.ok());
    QVERIFY(!c->json.contains(atMarker));
    // A random key (the default) differs between exports but is consistent inside each.
    HarExporter four;
    const auto d = four.exportExchanges(s.exchanges);
    QVERIFY(d.ok());
    const QByteArray randomMarker = four.redactor().markerFor(s.accessToken);
    QVERIFY(randomMarker != atMarker);
    QCOMPARE(d->json.count(randomMarker), 6);
    QCOMPARE(SecretRedactor::markerPattern().match(QString::fromLatin1(randomMarker)).capturedLength(), randomMarker.size());
}

void TestHar::tokensDecodedWithoutSignature()
{
    const Scenario s = scenario();
    HarExporter exporter;
    const auto har = exporter.exportExchanges(s.exchanges);
    QVERIFY(har.ok());
    const QJsonArray tokens = har->document.value(u"log"_s)
                                  .toObject()
                                  .value(u"entries"_s)
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(u"_keyway"_s)
                                  .toObject()
                                  .value(u"tokens"_s)
                                  .toArray();
    QCOMPARE(tokens.size(), 2); // access and ID token
    const QJsonObject at = tokens.at(0).toObject();
    QVERIFY(at.value(u"decoded"_s).toBool());
    QCOMPARE(at.value(u"where"_s).toString(), u"response body"_s);
    QCOMPARE(at.value(u"header"_s).toObject().value(u"alg"_s).toString(), u"RS256"_s);
    QCOMPARE(at.value(u"claims"_s).toObject().value(u"sub"_s).toString(), u"alice"_s);
    QCOMPARE(at.value(u"claims"_s).toObject().value(u"scope"_s).toString(), u"read:items"_s);
    QCOMPARE(at.value(u"claims"_s).toObject().value(u"exp"_s).toInteger(), 1795000000);
    QVERIFY(!at.contains(u"signature"_s));
    QCOMPARE(tokens.at(1).toObject().value(u"claims"_s).toObject().value(u"email"_s).toString(), u"alice@keyway.test"_s);
    // No signature in any form.
    for (const QByteArray &token : {s.accessToken, s.idToken}) {
        const QByteArray signature = token.mid(token.lastIndexOf('.') + 1);
        QVERIFY(!har->json.contains(signature));
    }
    QCOMPARE(har->tokenCount, 5); // token response: 2, client assertion, password grant response, Bearer header
}

void TestHar::shortSecretsOnlyByPosition()
{
    const Scenario s = scenario();
    HarExporter exporter;
    const auto har = exporter.exportExchanges(s.exchanges);
    QVERIFY(har.ok());
    // "pw" is replaced where it is a password value and nowhere else ("pwd" in other text survives).
    QVERIFY(QRegularExpression(uR"(pin_password=REDACTED-[0-9a-f]{12})"_s).match(QString::fromUtf8(har->json)).hasMatch());
    QVERIFY(har->json.contains("password"));

    net::Exchange e = exchange("GET", u"http://127.0.0.1:8000/swap?mode=pwr"_s, u"x"_s);
    e.secrets = {"pw"};
    HarExporter other;
    const auto small = other.exportExchanges({e});
    QVERIFY(small.ok());
    QVERIFY(small->json.contains("mode=pwr")); // too short to search for: it would match anywhere
}

void TestHar::roundTrip()
{
    const Scenario s = scenario();
    HarExporter exporter;
    const auto har = exporter.exportExchanges(s.exchanges);
    QVERIFY(har.ok());
    const auto log = HarReader::parse(har->json);
    QVERIFY2(log.ok(), log.ok() ? "" : qPrintable(log.error().message));
    QCOMPARE(log->version, u"1.2"_s);
    QCOMPARE(log->creatorName, u"Keyway"_s);
    QCOMPARE(log->redactionCount, har->redactionCount);
    QCOMPARE(log->entries.size(), s.exchanges.size());
    for (qsizetype i = 0; i < s.exchanges.size(); ++i) {
        const net::Exchange &original = s.exchanges.at(i);
        const net::Exchange &read = log->entries.at(i).exchange;
        QCOMPARE(read.id, original.id);
        QCOMPARE(read.flowId, original.flowId);
        QCOMPARE(read.label, original.label);
        QCOMPARE(read.method, original.method);
        QCOMPARE(read.status, original.status);
        QCOMPARE(read.reason, original.reason);
        QCOMPARE(read.startedAt, original.startedAt);
        QCOMPARE(read.elapsedMs, original.elapsedMs);
        QCOMPARE(read.url.host(), original.url.host());
        QCOMPARE(read.url.path().startsWith(u"/items/"_s), original.url.path().startsWith(u"/items/"_s));
        QCOMPARE(read.requestHeaders.size(), original.requestHeaders.size());
        QCOMPARE(read.responseHeaders.size(), original.responseHeaders.size());
        QCOMPARE(read.isBrowserStep, original.isBrowserStep);
        QCOMPARE(read.error.isEmpty(), original.error.isEmpty());
        QVERIFY(read.secrets.isEmpty());
    }
    QCOMPARE(log->entries.at(0).tokens.size(), 2);
    QCOMPARE(log->entries.at(0).tokens.at(0).claims.value(u"sub"_s).toString(), u"alice"_s);
    QVERIFY(log->entries.at(0).redactions > 0);
    // Exporting what was read gives no new secrets and the same markers.
    QList<net::Exchange> again;
    for (const HarEntry &entry : log->entries)
        again.append(entry.exchange);
    HarExporter second;
    const auto reexported = second.exportExchanges(again);
    QVERIFY(reexported.ok());
    QVERIFY(storage::SecretScan::scan(reexported->json, s.secrets).isEmpty());

    // A HAR from elsewhere (no _keyway fields) is read too.
    const QByteArray foreign = R"({"log": {"version": "1.2", "creator": {"name": "Browser", "version": "1"}, "entries": [
        {"startedDateTime": "2026-11-27T10:00:00Z", "time": 5, "request": {"method": "GET", "url": "https://example.invalid/a?b=c",
         "httpVersion": "HTTP/2", "headers": [], "queryString": [], "cookies": [], "headersSize": -1, "bodySize": 0},
         "response": {"status": 204, "statusText": "", "httpVersion": "HTTP/2", "headers": [{"name": "x", "value": "y"}], "cookies": [],
         "content": {"size": 0, "mimeType": "x-unknown"}, "redirectURL": "", "headersSize": -1, "bodySize": 0}, "cache": {}, "timings": {}}]}})";
    const auto other = HarReader::parse(foreign);
    QVERIFY2(other.ok(), other.ok() ? "" : qPrintable(other.error().message));
    QCOMPARE(other->entries.size(), 1);
    QCOMPARE(other->entries.at(0).exchange.label, u"GET /a"_s);
    QCOMPARE(other->entries.at(0).exchange.id, quint64(1));
    QCOMPARE(other->entries.at(0).exchange.status, 204);
    QCOMPARE(other->redactionCount, -1);
}

void TestHar::selection()
{
    net::Timeline timeline;
    const Scenario s = scenario();
    QList<quint64> ids;
    for (net::Exchange e : s.exchanges)
        ids.append(timeline.append(std::move(e)));
    QCOMPARE(HarExporter::selectFlow(timeline, u"flow-3"_s).size(), 3);
    const QList<net::Exchange> picked = HarExporter::selectIds(timeline, {ids.at(5), ids.at(0), 999999});
    QCOMPARE(picked.size(), 2);
    QCOMPARE(picked.at(0).id, ids.at(0)); // timeline order
    HarExporter exporter;
    const auto har = exporter.exportExchanges(picked);
    QVERIFY(har.ok());
    QCOMPARE(har->entryCount, 2);
}

void TestHar::leakRefused()
{
    HarExporter exporter;
    const QByteArray secret = "a-secret-value-for-the-check";
    net::Exchange e = exchange("GET", u"http://127.0.0.1:1/x"_s, u"x"_s);
    e.secrets = {secret};
    QVERIFY(exporter.exportExchanges({e}).ok());
    QVERIFY(exporter.verifyNoSecrets("nothing here").ok());
    const auto raw = exporter.verifyNoSecrets("prefix " + secret);
    QVERIFY(!raw.ok());
    QVERIFY(!raw.error().message.contains(QString::fromUtf8(secret))); // the refusal never repeats the value
    QVERIFY(!exporter.verifyNoSecrets("xx" + secret.toBase64()).ok());
    QVERIFY(!exporter.verifyNoSecrets(secret.toPercentEncoding()).ok());
}

void TestHar::redactorNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("parameter");
    QTest::addColumn<bool>("header");
    for (const char *name :
         {"access_token", "refresh_token", "id_token", "code", "code_verifier", "client_secret", "client_assertion", "password",
          "assertion", "device_code", "api_key", "apiKey", "X-API-Key", "registration_access_token", "subject_token"})
        QTest::newRow(name) << QString::fromLatin1(name) << true << true;
    for (const char *name : {"token_endpoint", "token_type", "token_type_hint", "client_id", "state", "scope", "client_secret_expires_at",
                             "client_assertion_type", "code_challenge", "code_challenge_method", "grant_type", "username"})
        QTest::newRow(name) << QString::fromLatin1(name) << false << false;
    QTest::newRow("X-Auth-Token") << u"X-Auth-Token"_s << true << true;
    QTest::newRow("X-Session") << u"X-Session"_s << false << true;
    QTest::newRow("WWW-Authenticate") << u"WWW-Authenticate"_s << false << false;
    QTest::newRow("Content-Type") << u"Content-Type"_s << false << false;
}

void TestHar::redactorNames()
{
    QFETCH(QString, name);
    QFETCH(bool, parameter);
    QFETCH(bool, header);
    QCOMPARE(SecretRedactor::isSecretParameterName(name), parameter);
    QCOMPARE(SecretRedactor::isSensitiveHeaderName(name), header);
}

void TestHar::malformed_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("errorHas");
    const QByteArray entryHead = R"({"log": {"version": "1.2", "creator": {"name": "t"}, "entries": [)";
    const QByteArray okRequest = R"("request": {"method": "GET", "url": "http://127.0.0.1/", "headers": []})";
    const QByteArray okResponse = R"("response": {"status": 200, "headers": [], "content": {}})";
    auto entry = [&](const QByteArray &body) { return entryHead + "{" + body + "}]}}"; };
    const QByteArray okTime = R"("startedDateTime": "2026-11-27T10:00:00Z", "time": 1, )";

    QTest::newRow("empty") << QByteArray() << u"empty"_s;
    QTest::newRow("not json") << QByteArray("{\"log\": ") << u"invalid JSON at byte"_s;
    QTest::newRow("array") << QByteArray("[]") << u"not a JSON object"_s;
    QTest::newRow("no log") << QByteArray("{}") << u"log: missing"_s;
    QTest::newRow("log string") << QByteArray(R"({"log": "x"})") << u"log: expected an object"_s;
    QTest::newRow("no version") << QByteArray(R"({"log": {"creator": {"name": "t"}, "entries": []}})") << u"log.version: missing"_s;
    QTest::newRow("version 2") << QByteArray(R"({"log": {"version": "2.0", "creator": {"name": "t"}, "entries": []}})")
                               << u"not supported"_s;
    QTest::newRow("version number") << QByteArray(R"({"log": {"version": 1.2, "creator": {"name": "t"}, "entries": []}})")
                                    << u"expected a string"_s;
    QTest::newRow("no creator") << QByteArray(R"({"log": {"version": "1.2", "entries": []}})") << u"log.creator: missing"_s;
    QTest::newRow("entries object") << QByteArray(R"({"log": {"version": "1.2", "creator": {"name": "t"}, "entries": {}}})")
                                    << u"log.entries: expected an array"_s;
    QTest::newRow("entry number") << QByteArray(entryHead + "1]}}") << u"log.entries[0]: expected an object"_s;
    QTest::newRow("bad date") << entry(R"("startedDateTime": "yesterday", "time": 1, )" + okRequest + ", " + okResponse)
                              << u"not an ISO 8601"_s;
    QTest::newRow("time string") << entry(R"("startedDateTime": "2026-11-27T10:00:00Z", "time": "1", )" + okRequest + ", " + okResponse)
                                 << u"log.entries[0].time: expected a number"_s;
    QTest::newRow("negative time") << entry(R"("startedDateTime": "2026-11-27T10:00:00Z", "time": -5, )" + okRequest + ", " + okResponse)
                                   << u"out of range"_s;
    QTest::newRow("no request") << entry(okTime + okResponse) << u"log.entries[0].request: missing"_s;
    QTest::newRow("method number") << entry(okTime + R"("request": {"method": 1, "url": "http://a/", "headers": []}, )" + okResponse)
                                   << u"request.method: expected a string"_s;
    QTest::newRow("method spaces") << entry(okTime + R"("request": {"method": "GET /x", "url": "http://a/", "headers": []}, )" + okResponse)
                                   << u"not an HTTP method"_s;
    QTest::newRow("relative url") << entry(okTime + R"("request": {"method": "GET", "url": "/x", "headers": []}, )" + okResponse)
                                  << u"not an absolute URL"_s;
    QTest::newRow("headers object") << entry(okTime + R"("request": {"method": "GET", "url": "http://a/", "headers": {}}, )" + okResponse)
                                    << u"request.headers: expected an array"_s;
    QTest::newRow("header no value") << entry(okTime + R"("request": {"method": "GET", "url": "http://a/", "headers": [{"name": "a"}]}, )"
                                              + okResponse)
                                     << u"request.headers[0].value: missing"_s;
    QTest::newRow("header empty name") << entry(
        okTime + R"("request": {"method": "GET", "url": "http://a/", "headers": [{"name": "", "value": "b"}]}, )" + okResponse)
                                       << u"request.headers[0].name: empty"_s;
    QTest::newRow("status 1000") << entry(okTime + okRequest + R"(, "response": {"status": 1000, "headers": [], "content": {}})")
                                 << u"out of range"_s;
    QTest::newRow("status string") << entry(okTime + okRequest + R"(, "response": {"status": "200", "headers": [], "content": {}})")
                                   << u"response.status: expected a number"_s;
    QTest::newRow("no content") << entry(okTime + okRequest + R"(, "response": {"status": 200, "headers": []})")
                                << u"response.content: missing"_s;
    QTest::newRow("gzip") << entry(okTime + okRequest
                                   + R"(, "response": {"status": 200, "headers": [], "content": {"text": "x", "encoding": "gzip"}})")
                          << u"base64 only"_s;
    QTest::newRow("keyway tokens object") << entry(okTime + okRequest + ", " + okResponse + R"(, "_keyway": {"tokens": {}})")
                                          << u"_keyway.tokens: expected an array"_s;
    QTest::newRow("token no marker") << entry(okTime + okRequest + ", " + okResponse + R"(, "_keyway": {"tokens": [{"where": "x"}]})")
                                     << u"tokens[0].marker: missing"_s;
    QTest::newRow("browserStep string") << entry(okTime + okRequest + ", " + okResponse + R"(, "_keyway": {"browserStep": "yes"})")
                                        << u"expected true or false"_s;
    QByteArray deep;
    for (int i = 0; i < 2000; ++i)
        deep += '[';
    QTest::newRow("deep nesting") << deep << u"invalid JSON"_s;
    QTest::newRow("long url") << entry(okTime + R"("request": {"method": "GET", "url": "http://a/)" + QByteArray(70000, 'x')
                                       + R"(", "headers": []}, )" + okResponse)
                              << u"longer than"_s;
}

void TestHar::malformed()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, errorHas);
    const auto log = HarReader::parse(input);
    QVERIFY(!log.ok());
    QVERIFY2(log.error().message.contains(errorHas), qPrintable(log.error().message));
}

void TestHar::limits()
{
    // Over the size cap: refused before parsing.
    QByteArray huge(HarReader::kMaxBytes + 1, ' ');
    const auto tooLarge = HarReader::parse(huge);
    QVERIFY(!tooLarge.ok());
    QVERIFY(tooLarge.error().message.contains(u"too large"_s));
    // Too many entries.
    QByteArray many = R"({"log": {"version": "1.2", "creator": {"name": "t"}, "entries": [)";
    for (qsizetype i = 0; i <= HarReader::kMaxEntries; ++i)
        many += i == 0 ? "{}" : ",{}";
    many += "]}}";
    const auto tooMany = HarReader::parse(many);
    QVERIFY(!tooMany.ok());
    QVERIFY2(tooMany.error().message.contains(u"5001 entries"_s), qPrintable(tooMany.error().message));
    // Too many headers.
    QByteArray headers
        = R"({"log": {"version": "1.2", "creator": {"name": "t"}, "entries": [{"startedDateTime": "2026-11-27T10:00:00Z", "time": 1,
        "request": {"method": "GET", "url": "http://a/", "headers": [)";
    for (qsizetype i = 0; i <= HarReader::kMaxHeaders; ++i)
        headers += i == 0 ? R"({"name": "a", "value": "b"})" : R"(,{"name": "a", "value": "b"})";
    headers += R"(]}, "response": {"status": 200, "headers": [], "content": {}}}]}})";
    const auto tooManyHeaders = HarReader::parse(headers);
    QVERIFY(!tooManyHeaders.ok());
    QVERIFY2(tooManyHeaders.error().message.contains(u"more than 500 headers"_s), qPrintable(tooManyHeaders.error().message));
}

QTEST_GUILESS_MAIN(TestHar)
#include "tst_har.moc"
