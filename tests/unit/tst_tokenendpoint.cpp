// The token endpoint's request building, response parsing and error diagnoses, without a server.

#include "auth/GrantFlows.h"
#include "auth/TokenEndpoint.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace keyway;
using namespace keyway::auth;

Q_DECLARE_METATYPE(keyway::auth::OAuthError::Kind)

namespace {

net::HttpResult answer(int status, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers = {})
{
    net::HttpResult r;
    r.status = net::HttpResult::Status::Ok;
    r.httpStatus = status;
    r.body = body;
    r.headers = headers;
    return r;
}

const QDateTime kNow = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

QString bodyValue(const QByteArray &body, const QByteArray &name)
{
    for (const QByteArray &pair : body.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        if (pair.left(eq) == name)
            return QUrl::fromPercentEncoding(QByteArray(pair.mid(eq + 1)).replace('+', ' '));
    }
    return QStringLiteral("<absent>");
}

} // namespace

class TestTokenEndpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formEncoding_data();
    void formEncoding();
    void clientAuthentication_data();
    void clientAuthentication();
    void requestOrderAndSecrets();
    void parseSuccess_data();
    void parseSuccess();
    void parseRefused_data();
    void parseRefused();
    void extraMembersWithoutSecrets();
    void diagnosisTable_data();
    void diagnosisTable();
    void refreshPolicy_data();
    void refreshPolicy();
};

void TestTokenEndpoint::formEncoding_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("unreserved_kept") << QStringLiteral("aZ09*-._") << QByteArray("aZ09*-._");
    QTest::newRow("space_is_plus") << QStringLiteral("read items") << QByteArray("read+items");
    QTest::newRow("reserved_escaped") << QStringLiteral("a:b/c?d&e=f+g%") << QByteArray("a%3Ab%2Fc%3Fd%26e%3Df%2Bg%25");
    QTest::newRow("tilde_escaped") << QStringLiteral("~") << QByteArray("%7E");
    QTest::newRow("utf8_bytes") << QStringLiteral("é€") << QByteArray("%C3%A9%E2%82%AC");
    QTest::newRow("empty") << QString() << QByteArray();
}

void TestTokenEndpoint::formEncoding()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, encoded);
    QCOMPARE(formUrlEncode(value), encoded);
}

void TestTokenEndpoint::clientAuthentication_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QByteArray>("authorization"); // expected header, empty for none
    QTest::addColumn<QString>("bodyClientId");
    QTest::addColumn<QString>("bodySecret");

    // RFC 6749 §2.3.1: id and secret are form-urlencoded before base64, so ':' in the secret survives.
    QTest::newRow("basic_plain") << int(ClientAuthMethod::ClientSecretBasic) << QStringLiteral("app") << QStringLiteral("s3cret")
                                 << ("Basic " + QByteArray("app:s3cret").toBase64()) << QStringLiteral("<absent>")
                                 << QStringLiteral("<absent>");
    QTest::newRow("basic_encoded_before_base64")
        << int(ClientAuthMethod::ClientSecretBasic) << QStringLiteral("my app") << QStringLiteral("p@ss:w/rd+é")
        << ("Basic " + QByteArray("my+app:p%40ss%3Aw%2Frd%2B%C3%A9").toBase64()) << QStringLiteral("<absent>")
        << QStringLiteral("<absent>");
    QTest::newRow("post") << int(ClientAuthMethod::ClientSecretPost) << QStringLiteral("my app") << QStringLiteral("p@ss:w") << QByteArray()
                          << QStringLiteral("my app") << QStringLiteral("p@ss:w");
    QTest::newRow("none_public") << int(ClientAuthMethod::None) << QStringLiteral("native") << QString() << QByteArray()
                                 << QStringLiteral("native") << QStringLiteral("<absent>");
}

void TestTokenEndpoint::clientAuthentication()
{
    QFETCH(int, method);
    QFETCH(QString, clientId);
    QFETCH(QString, secret);
    QFETCH(QByteArray, authorization);
    QFETCH(QString, bodyClientId);
    QFETCH(QString, bodySecret);

    ClientConfig client;
    client.clientId = clientId;
    client.clientSecret = secret;
    client.authMethod = ClientAuthMethod(method);
    TokenRequest request;
    request.tokenEndpoint = QUrl(QStringLiteral("http://127.0.0.1:1/token"));
    request.grant = grants::clientCredentials;
    const PreparedRequest prepared = prepareTokenRequest(request, client);
    QCOMPARE(prepared.request.rawHeader("Authorization"), authorization);
    QCOMPARE(bodyValue(prepared.body, "client_id"), bodyClientId);
    QCOMPARE(bodyValue(prepared.body, "client_secret"), bodySecret);
    QCOMPARE(bodyValue(prepared.body, "grant_type"), QStringLiteral("client_credentials"));
    QCOMPARE(prepared.request.header(QNetworkRequest::ContentTypeHeader).toByteArray(), QByteArray("application/x-www-form-urlencoded"));
    if (!secret.isEmpty()) {
        QVERIFY(prepared.secrets.contains(secret.toUtf8()));
        // Whatever form the secret travels in is listed, so the timeline can mask it.
        for (const QByteArray &s : prepared.secrets)
            QVERIFY(!s.isEmpty());
        if (!authorization.isEmpty())
            QVERIFY(prepared.secrets.contains(authorization.mid(6)));
    } else {
        QVERIFY(prepared.secrets.isEmpty());
    }
}

void TestTokenEndpoint::requestOrderAndSecrets()
{
    ClientConfig client;
    client.clientId = QStringLiteral("c");
    client.authMethod = ClientAuthMethod::None;
    TokenRequest request;
    request.tokenEndpoint = QUrl(QStringLiteral("http://127.0.0.1:1/token"));
    request.grant = grants::password;
    request.parameters = {{QStringLiteral("username"), QStringLiteral("alice")}, {QStringLiteral("password"), QStringLiteral("a b&c")}};
    request.secrets = {QByteArray("a b&c")};
    request.scopes = {QStringLiteral("read:items"), QStringLiteral("admin")};
    request.extraParameters = {{QStringLiteral("audience"), QStringLiteral("https://api")}};
    const PreparedRequest prepared = prepareTokenRequest(request, client);
    QCOMPARE(
        prepared.body,
        QByteArray("grant_type=password&username=alice&password=a+b%26c&scope=read%3Aitems+admin&client_id=c&audience=https%3A%2F%2Fapi"));
    // The password as typed and as encoded on the wire.
    QVERIFY(prepared.secrets.contains("a b&c"));
    QVERIFY(prepared.secrets.contains("a+b%26c"));
    QCOMPARE(grantTypeFor(grants::deviceCode), QStringLiteral("urn:ietf:params:oauth:grant-type:device_code"));
    QCOMPARE(grantTypeFor(grants::refresh), QStringLiteral("refresh_token"));
    QCOMPARE(grantTypeFor(grants::authorizationCode), QStringLiteral("authorization_code"));
}

void TestTokenEndpoint::parseSuccess_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("tokenType");
    QTest::addColumn<qint64>("expiresIn"); // -1: no expiry
    QTest::addColumn<QStringList>("granted");
    QTest::addColumn<bool>("scopesFromResponse");
    QTest::addColumn<QString>("refreshToken");

    const QStringList requested{QStringLiteral("read:items"), QStringLiteral("write:items")};
    QTest::newRow("complete") << QByteArray(
        R"({"access_token":"at","token_type":"Bearer","expires_in":3600,"refresh_token":"rt","scope":"read:items"})")
                              << QStringLiteral("Bearer") << qint64(3600) << QStringList{QStringLiteral("read:items")} << true
                              << QStringLiteral("rt");
    QTest::newRow("lower_case_token_type") << QByteArray(R"({"access_token":"at","token_type":"bearer","expires_in":60})")
                                           << QStringLiteral("bearer") << qint64(60) << requested << false << QString();
    QTest::newRow("no_scope_no_expires_in") << QByteArray(R"({"access_token":"at","token_type":"Bearer"})") << QStringLiteral("Bearer")
                                            << qint64(-1) << requested << false << QString();
    QTest::newRow("expires_in_as_string") << QByteArray(R"({"access_token":"at","token_type":"Bearer","expires_in":"120"})")
                                          << QStringLiteral("Bearer") << qint64(120) << requested << false << QString();
    QTest::newRow("expires_in_fractional") << QByteArray(R"({"access_token":"at","token_type":"Bearer","expires_in":59.9})")
                                           << QStringLiteral("Bearer") << qint64(59) << requested << false << QString();
    QTest::newRow("expires_in_null") << QByteArray(R"({"access_token":"at","token_type":"Bearer","expires_in":null})")
                                     << QStringLiteral("Bearer") << qint64(-1) << requested << false << QString();
    QTest::newRow("token_type_missing") << QByteArray(R"({"access_token":"at"})") << QString() << qint64(-1) << requested << false
                                        << QString();
    QTest::newRow("empty_scope_string") << QByteArray(R"({"access_token":"at","token_type":"Bearer","scope":""})")
                                        << QStringLiteral("Bearer") << qint64(-1) << QStringList() << true << QString();
    QTest::newRow("scope_as_array") << QByteArray(R"({"access_token":"at","token_type":"Bearer","scope":["a","b"]})")
                                    << QStringLiteral("Bearer") << qint64(-1) << QStringList{QStringLiteral("a"), QStringLiteral("b")}
                                    << true << QString();
    QTest::newRow("status_201") << QByteArray(R"({"access_token":"at","token_type":"DPoP"})") << QStringLiteral("DPoP") << qint64(-1)
                                << requested << false << QString();
}

void TestTokenEndpoint::parseSuccess()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, tokenType);
    QFETCH(qint64, expiresIn);
    QFETCH(QStringList, granted);
    QFETCH(bool, scopesFromResponse);
    QFETCH(QString, refreshToken);

    const QStringList requested{QStringLiteral("read:items"), QStringLiteral("write:items")};
    const int status = QByteArray(QTest::currentDataTag()) == "status_201" ? 201 : 200;
    const TokenResult r = parseTokenResponse(answer(status, body), grants::clientCredentials, requested, QStringLiteral("http://iss"),
                                             QStringLiteral("client"), kNow);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
    const TokenSet &t = r.value();
    QCOMPARE(t.accessToken, QStringLiteral("at"));
    QCOMPARE(t.tokenType, tokenType);
    QCOMPARE(t.isBearer(), tokenType.compare(QLatin1String("DPoP")) != 0);
    QCOMPARE(t.obtainedAt, kNow);
    if (expiresIn < 0)
        QVERIFY(!t.hasExpiry());
    else
        QCOMPARE(t.expiresAt, kNow.addSecs(expiresIn));
    QCOMPARE(t.grantedScopes, granted);
    QCOMPARE(t.scopesFromResponse, scopesFromResponse);
    QCOMPARE(t.requestedScopes, requested);
    QCOMPARE(t.refreshToken, refreshToken);
    QCOMPARE(t.grant, grants::clientCredentials);
    QCOMPARE(t.issuer, QStringLiteral("http://iss"));
    QCOMPARE(t.clientId, QStringLiteral("client"));
}

void TestTokenEndpoint::parseRefused_data()
{
    QTest::addColumn<int>("transport"); // net::HttpResult::Status
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("wwwAuthenticate");
    QTest::addColumn<QString>("grant");
    QTest::addColumn<OAuthError::Kind>("kind");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("messageHas");
    QTest::addColumn<QString>("diagnosisHas");

    using K = OAuthError::Kind;
    const int ok = int(net::HttpResult::Status::Ok);
    const QString cc = grants::clientCredentials;
    // Strict on success answers.
    QTest::newRow("html_login_page_200") << ok << 200 << QByteArray("<!DOCTYPE html><html><body><form>Sign in</form></body></html>")
                                         << QByteArray() << cc << K::UnexpectedResponse << QString() << QStringLiteral("HTML page")
                                         << QStringLiteral("login page");
    QTest::newRow("not_json_200") << ok << 200 << QByteArray("access_token=abc&token_type=bearer") << QByteArray() << cc
                                  << K::UnexpectedResponse << QString() << QStringLiteral("not JSON") << QStringLiteral("JSON object");
    QTest::newRow("json_array_200") << ok << 200 << QByteArray(R"(["at"])") << QByteArray() << cc << K::UnexpectedResponse << QString()
                                    << QStringLiteral("not an object") << QString();
    QTest::newRow("empty_200") << ok << 200 << QByteArray() << QByteArray() << cc << K::UnexpectedResponse << QString()
                               << QStringLiteral("empty body") << QString();
    QTest::newRow("missing_access_token") << ok << 200 << QByteArray(R"({"token_type":"Bearer","expires_in":60})") << QByteArray() << cc
                                          << K::UnexpectedResponse << QString() << QStringLiteral("without an access_token")
                                          << QStringLiteral("RFC 6749");
    QTest::newRow("access_token_number") << ok << 200 << QByteArray(R"({"access_token":12345,"token_type":"Bearer"})") << QByteArray() << cc
                                         << K::UnexpectedResponse << QString() << QStringLiteral("\"access_token\" is a number")
                                         << QString();
    QTest::newRow("access_token_empty") << ok << 200 << QByteArray(R"({"access_token":"","token_type":"Bearer"})") << QByteArray() << cc
                                        << K::UnexpectedResponse << QString() << QStringLiteral("empty access_token") << QString();
    QTest::newRow("token_type_object") << ok << 200 << QByteArray(R"({"access_token":"a","token_type":{"x":1}})") << QByteArray() << cc
                                       << K::UnexpectedResponse << QString() << QStringLiteral("\"token_type\" is an object") << QString();
    QTest::newRow("expires_in_garbage") << ok << 200 << QByteArray(R"({"access_token":"a","token_type":"Bearer","expires_in":"soon"})")
                                        << QByteArray() << cc << K::UnexpectedResponse << QString()
                                        << QStringLiteral("\"expires_in\" is a string") << QString();
    QTest::newRow("expires_in_bool") << ok << 200 << QByteArray(R"({"access_token":"a","token_type":"Bearer","expires_in":true})")
                                     << QByteArray() << cc << K::UnexpectedResponse << QString()
                                     << QStringLiteral("\"expires_in\" is a boolean") << QString();
    QTest::newRow("scope_number") << ok << 200 << QByteArray(R"({"access_token":"a","token_type":"Bearer","scope":7})") << QByteArray()
                                  << cc << K::UnexpectedResponse << QString() << QStringLiteral("\"scope\" is a number") << QString();
    QTest::newRow("refresh_token_array") << ok << 200 << QByteArray(R"({"access_token":"a","refresh_token":["r"]})") << QByteArray() << cc
                                         << K::UnexpectedResponse << QString() << QStringLiteral("\"refresh_token\" is an array")
                                         << QString();
    QTest::newRow("token_10mb") << ok << 200
                                << (QByteArray(R"({"access_token":")") + QByteArray(10 * 1024 * 1024, 'A') + QByteArray(R"("})"))
                                << QByteArray() << cc << K::UnexpectedResponse << QString() << QStringLiteral("10.0 MB")
                                << QStringLiteral("few kilobytes");
    QTest::newRow("error_inside_200") << ok << 200 << QByteArray(R"({"error":"invalid_client"})") << QByteArray() << cc << K::ServerError
                                      << QStringLiteral("invalid_client") << QString() << QStringLiteral("secret");
    // Error answers: standard and not.
    QTest::newRow("invalid_client_401") << ok << 401 << QByteArray(R"({"error":"invalid_client","error_description":"client auth failed"})")
                                        << QByteArray() << cc << K::ServerError << QStringLiteral("invalid_client") << QStringLiteral("401")
                                        << QStringLiteral("client_secret_basic");
    QTest::newRow("invalid_grant_refresh_revoked")
        << ok << 400 << QByteArray(R"({"error":"invalid_grant","error_description":"grant request is invalid"})") << QByteArray()
        << grants::refresh << K::ServerError << QStringLiteral("invalid_grant") << QString() << QStringLiteral("revoked");
    QTest::newRow("invalid_grant_pkce") << ok << 400
                                        << QByteArray(R"({"error":"invalid_grant","error_description":"PKCE verification failed"})")
                                        << QByteArray() << grants::authorizationCode << K::ServerError << QStringLiteral("invalid_grant")
                                        << QString() << QStringLiteral("code_verifier");
    QTest::newRow("invalid_grant_redirect_uri")
        << ok << 400 << QByteArray(R"({"error":"invalid_grant","error_description":"redirect_uri mismatch"})") << QByteArray()
        << grants::authorizationCode << K::ServerError << QStringLiteral("invalid_grant") << QString() << QStringLiteral("loopback port");
    QTest::newRow("invalid_grant_password") << ok << 400 << QByteArray(R"({"error":"invalid_grant"})") << QByteArray() << grants::password
                                            << K::ServerError << QStringLiteral("invalid_grant") << QString()
                                            << QStringLiteral("username or password");
    QTest::newRow("nested_error_object") << ok << 400 << QByteArray(R"({"error":{"code":"invalid_scope","message":"nope"}})")
                                         << QByteArray() << cc << K::ServerError << QStringLiteral("invalid_scope") << QString()
                                         << QStringLiteral("scope");
    QTest::newRow("empty_403") << ok << 403 << QByteArray() << QByteArray() << cc << K::ServerError << QString()
                               << QStringLiteral("empty body") << QStringLiteral("gateway");
    QTest::newRow("bare_string_400") << ok << 400 << QByteArray("Bad client credentials") << QByteArray() << cc << K::ServerError
                                     << QString() << QStringLiteral("\"Bad client credentials\"") << QStringLiteral("as it came");
    QTest::newRow("bare_error_code_400") << ok << 400 << QByteArray("invalid_client\n") << QByteArray() << cc << K::ServerError
                                         << QStringLiteral("invalid_client") << QStringLiteral("bare text") << QStringLiteral("secret");
    QTest::newRow("html_401") << ok << 401 << QByteArray("<html><body>Login</body></html>") << QByteArray() << cc << K::ServerError
                              << QString() << QStringLiteral("HTML page") << QStringLiteral("login page");
    QTest::newRow("json_without_error_500") << ok << 500 << QByteArray(R"({"message":"boom"})") << QByteArray() << cc << K::ServerError
                                            << QString() << QStringLiteral("no \"error\" member") << QStringLiteral("failed (500)");
    QTest::newRow("not_found_404") << ok << 404 << QByteArray("Not Found") << QByteArray() << cc << K::ServerError << QString()
                                   << QStringLiteral("404") << QStringLiteral("no endpoint");
    QTest::newRow("www_authenticate_error") << ok << 401 << QByteArray()
                                            << QByteArray(R"(Bearer realm="x", error="invalid_token", error_description="expired")")
                                            << grants::userinfo << K::ServerError << QStringLiteral("invalid_token")
                                            << QStringLiteral("WWW-Authenticate") << QStringLiteral("expired");
    // Transport failures.
    QTest::newRow("unreachable") << int(net::HttpResult::Status::NetworkError) << 0 << QByteArray() << QByteArray() << cc << K::Network
                                 << QString() << QStringLiteral("could not be reached") << QStringLiteral("unreachable");
    QTest::newRow("timeout") << int(net::HttpResult::Status::Timeout) << 0 << QByteArray() << QByteArray() << cc << K::Network << QString()
                             << QStringLiteral("could not be reached") << QStringLiteral("too long");
    QTest::newRow("size_cap") << int(net::HttpResult::Status::TooLarge) << 200 << QByteArray() << QByteArray() << cc << K::Network
                              << QString() << QStringLiteral("refused") << QStringLiteral("that large");
}

void TestTokenEndpoint::parseRefused()
{
    QFETCH(int, transport);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, wwwAuthenticate);
    QFETCH(QString, grant);
    QFETCH(OAuthError::Kind, kind);
    QFETCH(QString, error);
    QFETCH(QString, messageHas);
    QFETCH(QString, diagnosisHas);

    net::HttpResult r = answer(status, body);
    r.status = net::HttpResult::Status(transport);
    r.errorString = QStringLiteral("transport detail");
    if (!wwwAuthenticate.isEmpty())
        r.headers.append({"WWW-Authenticate", wwwAuthenticate});
    const TokenResult parsed = parseTokenResponse(r, grant, {}, {}, QStringLiteral("c"), kNow);
    QVERIFY(!parsed.ok());
    const OAuthError &e = parsed.error();
    QCOMPARE(e.kind, kind);
    QCOMPARE(e.error, error);
    QCOMPARE(e.httpStatus, status);
    QVERIFY2(e.message.contains(messageHas), qPrintable(e.message));
    QVERIFY2(e.diagnosis.contains(diagnosisHas, Qt::CaseInsensitive), qPrintable(e.diagnosis));
    QVERIFY2(!e.diagnosis.isEmpty(), "every failure is diagnosed");
    // The body is kept exactly as it came, except when it was refused for its size.
    if (body.size() <= kMaxTokenResponseBytes)
        QCOMPARE(e.rawBody, body);
    QVERIFY(e.toString().contains(e.message));
}

void TestTokenEndpoint::extraMembersWithoutSecrets()
{
    const QByteArray body = R"({"access_token":"AT","token_type":"Bearer","id_token":"a.b.c","refresh_token":"RT",
        "id_token_expires_in":300,"issued_token_type":"urn:ietf:params:oauth:token-type:access_token","session_state":"abc",
        "not_before_policy":0,"custom_secret":"S","device_secret":"D","other_token":"OT","user":{"name":"x"}})";
    const TokenResult r = parseTokenResponse(answer(200, body), grants::authorizationCode, {}, {}, QStringLiteral("c"), kNow);
    QVERIFY(r.ok());
    const TokenSet &t = r.value();
    QCOMPARE(t.idToken, QStringLiteral("a.b.c"));
    QCOMPARE(t.refreshToken, QStringLiteral("RT"));
    const QJsonObject &extra = t.extra;
    QCOMPARE(extra.value(QStringLiteral("id_token_expires_in")).toInt(), 300);
    QVERIFY(extra.contains(QStringLiteral("issued_token_type")));
    QVERIFY(extra.contains(QStringLiteral("session_state")));
    QVERIFY(extra.contains(QStringLiteral("not_before_policy")));
    QVERIFY(extra.contains(QStringLiteral("user")));
    for (const char *secret : {"access_token", "refresh_token", "id_token", "custom_secret", "device_secret", "other_token"})
        QVERIFY2(!extra.contains(QLatin1String(secret)), secret);
    const QByteArray json = QJsonDocument(extra).toJson();
    for (const char *value : {"\"AT\"", "\"RT\"", "\"S\"", "\"D\"", "\"OT\""})
        QVERIFY2(!json.contains(value), value);
}

void TestTokenEndpoint::diagnosisTable_data()
{
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("grant");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("expected");

    QTest::newRow("invalid_client") << QStringLiteral("invalid_client") << QString() << grants::clientCredentials << 401
                                    << QStringLiteral("secret is wrong");
    QTest::newRow("invalid_grant_code_expired") << QStringLiteral("invalid_grant") << QStringLiteral("authorization code is expired")
                                                << grants::authorizationCode << 400 << QStringLiteral("expired before it was exchanged");
    QTest::newRow("invalid_grant_code_generic")
        << QStringLiteral("invalid_grant") << QString() << grants::authorizationCode << 400 << QStringLiteral("used already");
    QTest::newRow("invalid_grant_pkce") << QStringLiteral("invalid_grant") << QStringLiteral("PKCE verification failed")
                                        << grants::authorizationCode << 400 << QStringLiteral("PKCE verification failed");
    QTest::newRow("invalid_grant_redirect") << QStringLiteral("invalid_grant") << QStringLiteral("redirect_uri mismatch")
                                            << grants::authorizationCode << 400 << QStringLiteral("redirect_uri sent");
    QTest::newRow("invalid_grant_refresh_revoked") << QStringLiteral("invalid_grant") << QStringLiteral("grant request is invalid")
                                                   << grants::refresh << 400 << QStringLiteral("revoked");
    QTest::newRow("invalid_grant_refresh_expired") << QStringLiteral("invalid_grant") << QStringLiteral("refresh token is expired")
                                                   << grants::refresh << 400 << QStringLiteral("refresh token expired");
    QTest::newRow("invalid_grant_device") << QStringLiteral("invalid_grant") << QString() << grants::deviceCode << 400
                                          << QStringLiteral("device code");
    QTest::newRow("unauthorized_client") << QStringLiteral("unauthorized_client") << QString() << grants::password << 400
                                         << QStringLiteral("may not use this grant");
    QTest::newRow("unsupported_grant_type") << QStringLiteral("unsupported_grant_type") << QString() << grants::password << 400
                                            << QStringLiteral("does not implement");
    QTest::newRow("invalid_scope") << QStringLiteral("invalid_scope") << QString() << grants::clientCredentials << 400
                                   << QStringLiteral("case-sensitive");
    QTest::newRow("access_denied_device") << QStringLiteral("access_denied") << QString() << grants::deviceCode << 400
                                          << QStringLiteral("declined");
    QTest::newRow("invalid_request") << QStringLiteral("invalid_request") << QString() << grants::authorizationCode << 400
                                     << QStringLiteral("malformed");
    QTest::newRow("slow_down") << QStringLiteral("slow_down") << QString() << grants::deviceCode << 400 << QStringLiteral("5 seconds");
    QTest::newRow("authorization_pending") << QStringLiteral("authorization_pending") << QString() << grants::deviceCode << 400
                                           << QStringLiteral("not finished");
    QTest::newRow("expired_token_device") << QStringLiteral("expired_token") << QString() << grants::deviceCode << 400
                                          << QStringLiteral("device code expired");
    QTest::newRow("server_error") << QStringLiteral("server_error") << QString() << grants::password << 500
                                  << QStringLiteral("failed internally");
    QTest::newRow("temporarily_unavailable") << QStringLiteral("temporarily_unavailable") << QString() << grants::password << 503
                                             << QStringLiteral("try again shortly");
    QTest::newRow("unknown_code") << QStringLiteral("weird_thing") << QString() << grants::password << 400
                                  << QStringLiteral("not a standard OAuth error");
    QTest::newRow("http_401_no_body") << QString() << QString() << grants::clientCredentials << 401
                                      << QStringLiteral("401 without an OAuth error body");
    QTest::newRow("http_unreachable") << QString() << QString() << grants::clientCredentials << 0 << QStringLiteral("unreachable");
    QTest::newRow("http_405_token") << QString() << QString() << grants::password << 405 << QStringLiteral("not the token endpoint");
    QTest::newRow("http_502") << QString() << QString() << grants::password << 502 << QStringLiteral("failed (502)");
}

void TestTokenEndpoint::diagnosisTable()
{
    QFETCH(QString, error);
    QFETCH(QString, description);
    QFETCH(QString, grant);
    QFETCH(int, status);
    QFETCH(QString, expected);
    const QString diagnosis = diagnoseOAuthError(error, description, grant, status);
    QVERIFY2(diagnosis.contains(expected, Qt::CaseInsensitive), qPrintable(diagnosis));
}

void TestTokenEndpoint::refreshPolicy_data()
{
    QTest::addColumn<int>("secondsLeft"); // INT_MIN: no expiry
    QTest::addColumn<bool>("hasRefreshToken");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("challenge");
    QTest::addColumn<bool>("beforeExpiry");
    QTest::addColumn<bool>("after401");

    QTest::newRow("fresh") << 3600 << true << 200 << QByteArray() << false << false;
    QTest::newRow("within_margin") << 30 << true << 200 << QByteArray() << true << false;
    QTest::newRow("expired") << -5 << true << 200 << QByteArray() << true << false;
    QTest::newRow("expired_without_refresh_token") << -5 << false << 200 << QByteArray() << false << false;
    QTest::newRow("no_expiry") << INT_MIN << true << 200 << QByteArray() << false << false;
    QTest::newRow("401_invalid_token") << 3600 << true << 401 << QByteArray(R"(Bearer realm="api", error="invalid_token")") << false
                                       << true;
    QTest::newRow("401_invalid_token_unquoted") << 3600 << true << 401 << QByteArray("Bearer error=invalid_token") << false << true;
    QTest::newRow("401_insufficient_scope") << 3600 << true << 401 << QByteArray(R"(Bearer error="insufficient_scope")") << false << false;
    QTest::newRow("403_invalid_token") << 3600 << true << 403 << QByteArray(R"(Bearer error="invalid_token")") << false << false;
    QTest::newRow("401_basic_challenge") << 3600 << true << 401 << QByteArray(R"(Basic realm="x")") << false << false;
    QTest::newRow("401_bare_bearer_expired") << -1 << true << 401 << QByteArray(R"(Bearer realm="x")") << true << true;
    QTest::newRow("401_bare_bearer_fresh") << 3600 << true << 401 << QByteArray(R"(Bearer realm="x")") << false << false;
    QTest::newRow("401_no_refresh_token") << 3600 << false << 401 << QByteArray(R"(Bearer error="invalid_token")") << false << false;
    QTest::newRow("error_description_only") << 3600 << true << 401 << QByteArray(R"(Bearer error_description="invalid_token")") << false
                                            << false;
}

void TestTokenEndpoint::refreshPolicy()
{
    QFETCH(int, secondsLeft);
    QFETCH(bool, hasRefreshToken);
    QFETCH(int, status);
    QFETCH(QByteArray, challenge);
    QFETCH(bool, beforeExpiry);
    QFETCH(bool, after401);
    TokenSet t;
    t.accessToken = QStringLiteral("a");
    if (hasRefreshToken)
        t.refreshToken = QStringLiteral("r");
    if (secondsLeft != INT_MIN)
        t.expiresAt = kNow.addSecs(secondsLeft);
    const RefreshPolicy policy; // 60 s margin
    QCOMPARE(policy.shouldRefresh(t, kNow), beforeExpiry);
    QCOMPARE(needsRefresh(t, kNow, 60), beforeExpiry);
    QCOMPARE(policy.shouldRefreshAfter(t, status, challenge, kNow), after401);
    RefreshPolicy off;
    off.refreshOnInvalidToken = false;
    QVERIFY(!off.shouldRefreshAfter(t, status, challenge, kNow));
}

QTEST_GUILESS_MAIN(TestTokenEndpoint)
#include "tst_tokenendpoint.moc"
