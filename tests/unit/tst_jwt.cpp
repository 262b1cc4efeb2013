#include "JwtTestSupport.h"

#include "auth/Base64Url.h"
#include "auth/Jwk.h"
#include "auth/Jwt.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

#include <map>

using namespace keyway;
using namespace keyway::auth;
using namespace keyway::testing;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(keyway::auth::Base64UrlPadding)
Q_DECLARE_METATYPE(keyway::auth::JwsVerifyStatus)

class TestJwt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void base64Url_data();
    void base64Url();
    void base64UrlRoundTrip();

    void parseValid();
    void parseNonJsonPayload();
    void parseErrors_data();
    void parseErrors();
    void garbledTokensNeverCrash();

    void verifiesEveryAlgorithm_data();
    void verifiesEveryAlgorithm();
    void refusals_data();
    void refusals();
    void noKidSeveralKeysTriesEach();
    void candidateCapIsApplied();
    void unknownKidAsksForRefetch();
    void hmacWithClientSecret();
    void rfc8037Ed25519Example();

    void jwkThumbprint();
    void jwksGoodKeys();
    void jwksMalformedEntries_data();
    void jwksMalformedEntries();
    void jwksDocumentErrors_data();
    void jwksDocumentErrors();
    void jwksPrivateMaterialIsDropped();

    void describeDuration_data();
    void describeDuration();
    void inspectShowsTimes();

private:
    QByteArray token(const QJsonObject &header, const QJsonObject &claims = {}) const;
    JwsVerifyOptions options(const QString &preset) const;
    Jwk jwkFrom(const QJsonObject &object) const;

    std::map<QString, PkeyPtr> m_private; // by kid
    QByteArray m_octSecret;
    QJsonArray m_publicJwks; // asymmetric keys only
    QList<Jwk> m_publicKeys;
    const QByteArray m_clientSecret = QByteArrayLiteral("a-client-secret-of-at-least-32-bytes!!");
};

void TestJwt::initTestCase()
{
    m_private[u"rsa"_s] = generateRsa();
    m_private[u"rsa2"_s] = generateRsa();
    m_private[u"rsa1024"_s] = generateRsa(1024);
    m_private[u"p256"_s] = generateEc("P-256");
    m_private[u"p384"_s] = generateEc("P-384");
    m_private[u"p521"_s] = generateEc("P-521");
    m_private[u"ed25519"_s] = generateOkp("ED25519");
    m_private[u"ed448"_s] = generateOkp("ED448");
    for (const auto &[kid, key] : m_private) {
        QVERIFY2(key, qPrintable(kid));
        m_publicJwks.append(publicJwk(key.get(), kid));
    }
    m_octSecret = QByteArray(64, Qt::Uninitialized);
    QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(m_octSecret.data()), 16);

    for (const QJsonValue &value : std::as_const(m_publicJwks))
        m_publicKeys.append(jwkFrom(value.toObject()));
    QCOMPARE(m_publicKeys.size(), 8);
}

Jwk TestJwt::jwkFrom(const QJsonObject &object) const
{
    auto jwk = parseJwk(object);
    if (!jwk)
        qWarning("%s", qPrintable(jwk.error().message));
    return jwk ? *jwk : Jwk{};
}

QByteArray TestJwt::token(const QJsonObject &header, const QJsonObject &claims) const
{
    const QJsonObject payload = claims.isEmpty() ? QJsonObject{{u"sub"_s, u"alice"_s}, {u"iss"_s, u"https://op.test"_s}} : claims;
    const QString alg = header.value(u"alg"_s).toString();
    if (alg.startsWith(u"HS"_s))
        return hmacToken(header, payload, m_octSecret);
    return signToken(header, payload, m_private.at(header.value(u"kid"_s).toString()).get());
}

JwsVerifyOptions TestJwt::options(const QString &preset) const
{
    JwsVerifyOptions o;
    o.allowedAlgorithms = allJwsAlgorithms();
    o.keys = m_publicKeys;
    if (preset == u"jwks+oct"_s) {
        o.keys.append(jwkFrom(QJsonObject{{u"kty"_s, u"oct"_s}, {u"kid"_s, u"oct"_s}, {u"k"_s, QString::fromLatin1(b64(m_octSecret))}}));
    } else if (preset == u"jwks+secret"_s) {
        o.hmacSecret = m_clientSecret;
    } else if (preset == u"RS256 only"_s) {
        o.allowedAlgorithms = {JwsAlgorithm::RS256};
    } else if (preset == u"empty"_s) {
        o.keys.clear();
    } else if (preset.startsWith(u"rsa "_s)) {
        // The "rsa" key with one restriction: "rsa alg=RS384", "rsa use=enc", "rsa key_ops=encrypt".
        QJsonObject jwk = publicJwk(m_private.at(u"rsa"_s).get(), u"rsa"_s);
        const QStringList restriction = preset.mid(4).split(u'=');
        if (restriction.at(0) == u"key_ops"_s)
            jwk.insert(restriction.at(0), QJsonArray{restriction.at(1)});
        else
            jwk.insert(restriction.at(0), restriction.at(1));
        o.keys = {jwkFrom(jwk)};
    } else {
        Q_ASSERT(preset == u"jwks"_s);
    }
    return o;
}

// --- base64url ----------------------------------------------------------------------------------------------

void TestJwt::base64Url_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Base64UrlPadding>("padding");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("decoded");
    QTest::addColumn<QString>("error");

    const auto forbid = Base64UrlPadding::Forbidden;
    const auto accept = Base64UrlPadding::Accepted;
    QTest::newRow("empty") << QByteArray() << forbid << true << QByteArray() << QString();
    QTest::newRow("one byte") << QByteArray("Zg") << forbid << true << QByteArray("f") << QString();
    QTest::newRow("two bytes") << QByteArray("Zm8") << forbid << true << QByteArray("fo") << QString();
    QTest::newRow("three bytes") << QByteArray("Zm9v") << forbid << true << QByteArray("foo") << QString();
    QTest::newRow("url-safe alphabet") << QByteArray("-_8") << forbid << true << QByteArray("\xfb\xff") << QString();
    QTest::newRow("padding forbidden") << QByteArray("Zg==") << forbid << false << QByteArray() << u"padding '=' is not allowed"_s;
    QTest::newRow("padding accepted") << QByteArray("Zg==") << accept << true << QByteArray("f") << QString();
    QTest::newRow("padding accepted, one") << QByteArray("Zm8=") << accept << true << QByteArray("fo") << QString();
    QTest::newRow("padding incomplete") << QByteArray("Zg=") << accept << false << QByteArray() << u"misplaced padding"_s;
    QTest::newRow("padding three") << QByteArray("Z===") << accept << false << QByteArray() << u"misplaced padding"_s;
    QTest::newRow("padding in the middle") << QByteArray("Zg==Zg==") << accept << false << QByteArray() << u"offset 2"_s;
    QTest::newRow("impossible length") << QByteArray("Zm9vY") << forbid << false << QByteArray() << u"impossible"_s;
    QTest::newRow("non-canonical last char") << QByteArray("Zh") << forbid << false << QByteArray() << u"non-zero unused bits"_s;
    QTest::newRow("standard alphabet +") << QByteArray("a+bc") << forbid << false << QByteArray() << u"standard base64"_s;
    QTest::newRow("standard alphabet /") << QByteArray("ab/c") << forbid << false << QByteArray() << u"'/' at offset 2"_s;
    QTest::newRow("space") << QByteArray("Zm 9v") << forbid << false << QByteArray() << u"a space at offset 2"_s;
    QTest::newRow("line break") << QByteArray("Zm9\n") << forbid << false << QByteArray() << u"line break"_s;
    QTest::newRow("non-ASCII") << QByteArray("Zm\xc3\xa9") << forbid << false << QByteArray() << u"byte 0xc3"_s;
    QTest::newRow("NUL byte") << QByteArray("Zm\0v", 4) << forbid << false << QByteArray() << u"byte 0x00"_s;
}

void TestJwt::base64Url()
{
    QFETCH(QByteArray, input);
    QFETCH(Base64UrlPadding, padding);
    QFETCH(bool, ok);
    QFETCH(QByteArray, decoded);
    QFETCH(QString, error);

    const auto result = base64UrlDecode(input, padding);
    QCOMPARE(result.ok(), ok);
    if (ok)
        QCOMPARE(*result, decoded);
    else
        QVERIFY2(result.error().message.contains(error), qPrintable(result.error().message));
}

void TestJwt::base64UrlRoundTrip()
{
    QRandomGenerator random(42);
    for (int length = 0; length < 70; ++length) {
        QByteArray bytes(length, Qt::Uninitialized);
        for (auto &b : bytes)
            b = char(random.bounded(256));
        const QByteArray encoded = base64UrlEncode(bytes);
        QVERIFY(!encoded.contains('=') && !encoded.contains('+') && !encoded.contains('/'));
        const auto back = base64UrlDecode(encoded);
        QVERIFY2(back.ok(), encoded.constData());
        QCOMPARE(*back, bytes);
    }
}

// --- parsing ------------------------------------------------------------------------------------------------

void TestJwt::parseValid()
{
    const QJsonObject header{{u"alg"_s, u"RS256"_s}, {u"kid"_s, u"rsa"_s}, {u"typ"_s, u"JWT"_s}, {u"cty"_s, u"text"_s}};
    const QJsonObject claims{{u"sub"_s, u"alice"_s}, {u"n"_s, 5}};
    const QByteArray jwt = token(header, claims);
    const auto jws = parseJws(jwt);
    QVERIFY2(jws.ok(), jws.ok() ? "" : qPrintable(jws.error().message));
    QCOMPARE(jws->algorithm, u"RS256"_s);
    QCOMPARE(jws->keyId, u"rsa"_s);
    QCOMPARE(jws->type, u"JWT"_s);
    QCOMPARE(jws->contentType, u"text"_s);
    QCOMPARE(jws->header, header);
    QCOMPARE(jws->claims, claims);
    QVERIFY(jws->payloadIsJson);
    QCOMPARE(jws->payload, compact(claims));
    QCOMPARE(jws->signingInput, jwt.left(jwt.lastIndexOf('.')));
    QCOMPARE(jws->signature.size(), 256);
    QVERIFY(jws->critical.isEmpty());

    // A well-formed crit naming an extension present in the header.
    const QByteArray withCrit = signingInput(R"({"alg":"RS256","crit":["exp-ext"],"exp-ext":1})", "{}") + ".c2ln";
    const auto crit = parseJws(withCrit);
    QVERIFY2(crit.ok(), crit.ok() ? "" : qPrintable(crit.error().message));
    QCOMPARE(crit->critical, QStringList{u"exp-ext"_s});
}

void TestJwt::parseNonJsonPayload()
{
    const QByteArray plain = signingInput(R"({"alg":"HS256"})", "just some bytes") + ".c2ln";
    QVERIFY(!parseJws(plain).ok()); // a JWT needs claims

    JwsParseOptions options;
    options.requireJsonPayload = false;
    const auto jws = parseJws(plain, options);
    QVERIFY2(jws.ok(), jws.ok() ? "" : qPrintable(jws.error().message));
    QVERIFY(!jws->payloadIsJson);
    QVERIFY(jws->claims.isEmpty());
    QCOMPARE(jws->payload, QByteArray("just some bytes"));
    QCOMPARE(jws->signature, QByteArray("sig"));
}

void TestJwt::parseErrors_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("error");

    const QByteArray h = b64(R"({"alg":"RS256"})");
    const QByteArray p = b64(R"({"sub":"a"})");
    const QByteArray s = b64("signature");
    QTest::newRow("empty") << QByteArray() << u"the token is empty"_s;
    QTest::newRow("one part") << QByteArray("opaque-access-token") << u"no '.'"_s;
    QTest::newRow("two parts") << QByteArray(h + '.' + p) << u"this one has 2"_s;
    QTest::newRow("four parts") << QByteArray(h + '.' + p + '.' + s + '.' + s) << u"this one has 4"_s;
    QTest::newRow("five parts (JWE)") << QByteArray(h + '.' + p + '.' + s + '.' + s + '.' + s)
                                      << u"encrypted tokens (JWE) are not supported"_s;
    QTest::newRow("only dots") << QByteArray("..") << u"part 1 (header) is empty"_s;
    QTest::newRow("header not base64url") << QByteArray("ey J." + p + '.' + s) << u"part 1 (header) is not valid: base64url: a space"_s;
    QTest::newRow("payload standard base64") << QByteArray(h + ".ab+c." + s) << u"part 2 (payload) is not valid"_s;
    QTest::newRow("signature padded") << QByteArray(h + '.' + p + '.' + s + "==")
                                      << u"part 3 (signature) is not valid: base64url: padding"_s;
    QTest::newRow("header not JSON") << QByteArray(b64("hello") + '.' + p + '.' + s) << u"the header is not a JSON object"_s;
    QTest::newRow("header a JSON array") << QByteArray(b64(R"(["alg"])") + '.' + p + '.' + s) << u"not an object"_s;
    QTest::newRow("header trailing data") << QByteArray(b64(R"({"alg":"RS256"} x)") + '.' + p + '.' + s)
                                          << u"the header is not a JSON object"_s;
    QTest::newRow("header duplicate alg") << QByteArray(b64(R"({"alg":"RS256","alg":"none"})") + '.' + p + '.' + s)
                                          << u"duplicate key \"alg\""_s;
    QTest::newRow("header without alg") << QByteArray(b64(R"({"typ":"JWT"})") + '.' + p + '.' + s) << u"no \"alg\""_s;
    QTest::newRow("alg not a string") << QByteArray(b64(R"({"alg":256})") + '.' + p + '.' + s)
                                      << u"\"alg\" in the header is not a string"_s;
    QTest::newRow("kid not a string") << QByteArray(b64(R"({"alg":"RS256","kid":7})") + '.' + p + '.' + s)
                                      << u"\"kid\" in the header is not a string"_s;
    QTest::newRow("crit empty") << QByteArray(b64(R"({"alg":"RS256","crit":[]})") + '.' + p + '.' + s) << u"non-empty array"_s;
    QTest::newRow("crit not names") << QByteArray(b64(R"({"alg":"RS256","crit":[1]})") + '.' + p + '.' + s) << u"only names"_s;
    QTest::newRow("crit standard name") << QByteArray(b64(R"({"alg":"RS256","crit":["alg"]})") + '.' + p + '.' + s)
                                        << u"standard header parameter"_s;
    QTest::newRow("crit absent member") << QByteArray(b64(R"({"alg":"RS256","crit":["x"]})") + '.' + p + '.' + s) << u"not in the header"_s;
    QTest::newRow("payload not JSON") << QByteArray(h + '.' + b64("hello") + '.' + s) << u"the payload is not a JSON object of claims"_s;
    QTest::newRow("payload a JSON string") << QByteArray(h + '.' + b64(R"("sub")") + '.' + s) << u"not an object"_s;
    QTest::newRow("payload empty") << QByteArray(h + ".." + s) << u"part 2 (payload) is empty"_s;
    QTest::newRow("payload invalid UTF-8") << QByteArray(h + '.' + b64("{\"sub\":\"\xff\"}") + '.' + s)
                                           << u"the payload is not a JSON object"_s;
    QTest::newRow("payload duplicate aud") << QByteArray(h + '.' + b64(R"({"aud":"a","aud":"b"})") + '.' + s) << u"duplicate key \"aud\""_s;
    QTest::newRow("binary garbage") << QByteArray("\x01\x02.\xff\xfe.\x80", 8) << u"part 1 (header) is not valid"_s;
    QTest::newRow("300 KB token") << QByteArray(h + '.' + QByteArray(300 * 1024, 'A') + '.' + s) << u"300 KB, more than the 256 KB"_s;
    QTest::newRow("10 MB token") << QByteArray(10 * 1024 * 1024, 'e') << u"10240 KB, more than the 256 KB"_s;
}

void TestJwt::parseErrors()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, error);
    const auto jws = parseJws(token);
    QVERIFY(!jws.ok());
    QVERIFY2(jws.error().message.contains(error), qPrintable(jws.error().message));
}

// Mutations of real tokens: every outcome is a value (a parsed token or an error with a message), never a crash.
// The fuzz target goes further; this keeps the basic promise in the unit suite.
void TestJwt::garbledTokensNeverCrash()
{
    QList<QByteArray> seeds;
    for (const char *kid : {"rsa", "p256", "ed25519"}) {
        const QString alg = QLatin1StringView(kid) == "rsa"_L1 ? u"PS256"_s : QLatin1StringView(kid) == "p256"_L1 ? u"ES256"_s : u"EdDSA"_s;
        seeds.append(token({{u"alg"_s, alg}, {u"kid"_s, QString::fromLatin1(kid)}}));
    }
    const JwsVerifyOptions verify = options(u"jwks"_s);
    QRandomGenerator random(1234);
    int parsed = 0;
    int verified = 0;
    for (int i = 0; i < 3000; ++i) {
        QByteArray t = seeds.at(i % seeds.size());
        const int edits = 1 + int(random.bounded(4));
        for (int e = 0; e < edits && !t.isEmpty(); ++e) {
            const qsizetype at = random.bounded(int(t.size()));
            switch (random.bounded(5)) {
            case 0:
                t[at] = char(random.bounded(256));
                break;
            case 1:
                t.insert(at, '.');
                break;
            case 2:
                t.truncate(at);
                break;
            case 3:
                t.remove(at, 1 + random.bounded(8));
                break;
            default:
                t[at] = "AZaz09-_="[random.bounded(9)];
                break;
            }
        }
        const auto jws = parseJws(t);
        if (!jws) {
            QVERIFY(!jws.error().message.isEmpty());
            continue;
        }
        ++parsed;
        const JwsVerification result = verifyJws(*jws, verify);
        QVERIFY(!result.detail.isEmpty());
        verified += result.ok();
    }
    QVERIFY(parsed > 0);
    QVERIFY(verified < parsed); // a mutation that still verifies can only be one that left the token unchanged
}

// --- verification -------------------------------------------------------------------------------------------

void TestJwt::verifiesEveryAlgorithm_data()
{
    QTest::addColumn<QString>("alg");
    QTest::addColumn<QString>("kid");
    QTest::addColumn<bool>("sendKid");

    const std::pair<const char *, const char *> cases[] = {
        {"RS256", "rsa"},   {"RS384", "rsa"},  {"RS512", "rsa2"}, {"PS256", "rsa"},  {"PS384", "rsa2"},
        {"PS512", "rsa"},   {"ES256", "p256"}, {"ES384", "p384"}, {"ES512", "p521"}, {"EdDSA", "ed25519"},
        {"EdDSA", "ed448"}, {"HS256", "oct"},  {"HS384", "oct"},  {"HS512", "oct"},
    };
    for (const auto &[alg, kid] : cases) {
        QTest::addRow("%s %s with kid", alg, kid) << QString::fromLatin1(alg) << QString::fromLatin1(kid) << true;
        QTest::addRow("%s %s without kid", alg, kid) << QString::fromLatin1(alg) << QString::fromLatin1(kid) << false;
    }
}

void TestJwt::verifiesEveryAlgorithm()
{
    QFETCH(QString, alg);
    QFETCH(QString, kid);
    QFETCH(bool, sendKid);

    QJsonObject header{{u"alg"_s, alg}};
    QByteArray jwt;
    if (alg.startsWith(u"HS"_s)) {
        if (sendKid)
            header.insert(u"kid"_s, kid);
        jwt = token(header);
    } else {
        header.insert(u"kid"_s, kid);
        jwt = token(header);
        if (!sendKid) {
            header.remove(u"kid"_s);
            jwt = signToken(header, {{u"sub"_s, u"alice"_s}}, m_private.at(kid).get());
        }
    }
    const auto jws = parseJws(jwt);
    QVERIFY(jws.ok());
    const JwsVerification result = verifyJws(*jws, options(u"jwks+oct"_s));
    QVERIFY2(result.ok(), qPrintable(result.detail));
    QCOMPARE(result.algorithm, jwsAlgorithmFromName(alg));
    QVERIFY(result.key.has_value());
    QCOMPARE(result.key->kid, kid);
    QVERIFY(result.detail.contains(alg));

    // Pinning: the same token is refused when its algorithm is not allowed.
    JwsVerifyOptions pinned = options(u"jwks+oct"_s);
    pinned.allowedAlgorithms.removeAll(*jwsAlgorithmFromName(alg));
    QCOMPARE(verifyJws(*jws, pinned).status, JwsVerifyStatus::AlgorithmNotAllowed);
}

void TestJwt::refusals_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("preset");
    QTest::addColumn<JwsVerifyStatus>("status");
    QTest::addColumn<QString>("detail");

    using S = JwsVerifyStatus;
    const QJsonObject rs256{{u"alg"_s, u"RS256"_s}, {u"kid"_s, u"rsa"_s}};
    const QByteArray good = token(rs256);
    const QList<QByteArray> parts = good.split('.');

    QJsonObject tamperedClaims{{u"sub"_s, u"admin"_s}, {u"iss"_s, u"https://op.test"_s}};
    QTest::newRow("tampered payload") << QByteArray(parts[0] + '.' + b64(compact(tamperedClaims)) + '.' + parts[2]) << u"jwks"_s
                                      << S::InvalidSignature << u"does not verify with RSA 2048-bit key \"rsa\""_s;
    QByteArray signature = *base64UrlDecode(parts[2]);
    signature[100] = char(signature[100] ^ 0x01);
    QTest::newRow("tampered signature") << QByteArray(parts[0] + '.' + parts[1] + '.' + b64(signature)) << u"jwks"_s << S::InvalidSignature
                                        << u"does not verify"_s;
    QTest::newRow("wrong key, same kid") << QByteArray(signToken(rs256, {{u"sub"_s, u"x"_s}}, m_private.at(u"rsa2"_s).get())) << u"jwks"_s
                                         << S::InvalidSignature << u"does not verify"_s;

    for (const char *none : {"none", "None", "NONE", "nOnE"}) {
        const QByteArray unsigned_ = signingInput(compact({{u"alg"_s, QString::fromLatin1(none)}}), R"({"sub":"admin"})");
        QTest::addRow("alg %s, empty signature", none)
            << QByteArray(unsigned_ + '.') << u"jwks"_s << S::AlgorithmNone << u"never accepts unsigned"_s;
        QTest::addRow("alg %s, with a signature", none)
            << QByteArray(unsigned_ + '.' + parts[2]) << u"jwks+secret"_s << S::AlgorithmNone << u"never accepts unsigned"_s;
    }

    // The RS256 -> HS256 confusion: an attacker signs with HMAC keyed by the RSA public key's bytes.
    const QJsonObject confusedWithKid{{u"alg"_s, u"HS256"_s}, {u"kid"_s, u"rsa"_s}};
    const QJsonObject confusedNoKid{{u"alg"_s, u"HS256"_s}};
    const QJsonObject claims{{u"sub"_s, u"admin"_s}};
    EVP_PKEY *rsa = m_private.at(u"rsa"_s).get();
    QTest::newRow("HS256 keyed with the RSA key's DER, kid of the RSA key")
        << hmacToken(confusedWithKid, claims, publicKeyDer(rsa)) << u"jwks"_s << S::KeyMismatch << u"never used as an HMAC secret"_s;
    QTest::newRow("HS256 keyed with the RSA key's PEM, kid of the RSA key")
        << hmacToken(confusedWithKid, claims, publicKeyPem(rsa)) << u"jwks"_s << S::KeyMismatch << u"never used as an HMAC secret"_s;
    QTest::newRow("HS256 keyed with the RSA key's PEM, no kid")
        << hmacToken(confusedNoKid, claims, publicKeyPem(rsa)) << u"jwks"_s << S::NoSuitableKey << u"needs a shared secret"_s;
    QTest::newRow("HS256 keyed with the RSA key's DER, client secret set")
        << hmacToken(confusedWithKid, claims, publicKeyDer(rsa)) << u"jwks+secret"_s << S::InvalidSignature
        << u"does not verify with the client secret"_s;
    QTest::newRow("HS256 when only RS256 is allowed") << hmacToken(confusedNoKid, claims, m_clientSecret) << u"RS256 only"_s
                                                      << S::AlgorithmNotAllowed << u"not among the allowed algorithms (RS256)"_s;

    QTest::newRow("RS256 header, EC key's kid")
        << signToken({{u"alg"_s, u"ES256"_s}, {u"kid"_s, u"p256"_s}}, claims, m_private.at(u"p256"_s).get())
               .replace(0, b64(R"({"alg":"ES256","kid":"p256"})").size(), b64(R"({"alg":"RS256","kid":"p256"})"))
        << u"jwks"_s << S::KeyMismatch << u"RS256 needs an RSA key"_s;
    QTest::newRow("ES256 header, P-384 key's kid")
        << token({{u"alg"_s, u"ES384"_s}, {u"kid"_s, u"p384"_s}})
               .replace(0, b64(R"({"alg":"ES384","kid":"p384"})").size(), b64(R"({"alg":"ES256","kid":"p384"})"))
        << u"jwks"_s << S::KeyMismatch << u"needs an EC P-256 key"_s;
    QTest::newRow("EdDSA header, RSA key's kid") << QByteArray(b64(R"({"alg":"EdDSA","kid":"rsa"})") + '.' + parts[1] + '.' + parts[2])
                                                 << u"jwks"_s << S::KeyMismatch << u"EdDSA needs an Ed25519 or Ed448 key"_s;
    QTest::newRow("unknown kid") << QByteArray(b64(R"({"alg":"RS256","kid":"rotated"})") + '.' + parts[1] + '.' + parts[2]) << u"jwks"_s
                                 << S::UnknownKeyId << u"no key has the kid \"rotated\""_s;
    QTest::newRow("no keys at all") << good << u"empty"_s << S::UnknownKeyId << u"no kids at all"_s;
    QTest::newRow("no keys at all, no kid") << QByteArray(b64(R"({"alg":"RS256"})") + '.' + parts[1] + '.' + parts[2]) << u"empty"_s
                                            << S::NoSuitableKey << u"no keys"_s;

    const QJsonObject es256{{u"alg"_s, u"ES256"_s}, {u"kid"_s, u"p256"_s}};
    const QByteArray esInput = signingInput(compact(es256), compact(claims));
    const QByteArray rawEs = sign("ES256", m_private.at(u"p256"_s).get(), esInput);
    QCOMPARE(rawEs.size(), 64);
    QByteArray derEs;
    {
        // The DER form a careless issuer might send.
        std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
        size_t length = 0;
        EVP_DigestSignInit_ex(ctx.get(), nullptr, "SHA256", nullptr, nullptr, m_private.at(u"p256"_s).get(), nullptr);
        EVP_DigestSign(ctx.get(), nullptr, &length, reinterpret_cast<const unsigned char *>(esInput.constData()), size_t(esInput.size()));
        derEs.resize(qsizetype(length));
        EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(derEs.data()), &length,
                       reinterpret_cast<const unsigned char *>(esInput.constData()), size_t(esInput.size()));
        derEs.resize(qsizetype(length));
    }
    QVERIFY(derEs.size() > 64);
    QTest::newRow("ES256 signature in DER") << QByteArray(esInput + '.' + b64(derEs)) << u"jwks"_s << S::InvalidSignature
                                            << u"an ES256 signature is 64 bytes (R and S of 32 bytes each); this one is %1 bytes"_s.arg(
                                                   derEs.size());
    QTest::newRow("ES256 signature 63 bytes") << QByteArray(esInput + '.' + b64(rawEs.left(63))) << u"jwks"_s << S::InvalidSignature
                                              << u"this one is 63 bytes"_s;
    QTest::newRow("ES256 signature all zero") << QByteArray(esInput + '.' + b64(QByteArray(64, '\0'))) << u"jwks"_s << S::InvalidSignature
                                              << u"does not verify"_s;
    QTest::newRow("ES256 signature R and S swapped")
        << QByteArray(esInput + '.' + b64(rawEs.mid(32) + rawEs.left(32))) << u"jwks"_s << S::InvalidSignature << u"does not verify"_s;

    const QJsonObject ps256{{u"alg"_s, u"PS256"_s}, {u"kid"_s, u"rsa"_s}};
    const QByteArray psInput = signingInput(compact(ps256), compact(claims));
    QTest::newRow("PS256 with a 0-byte salt") << QByteArray(psInput + '.' + b64(sign("PS256", rsa, psInput, 0))) << u"jwks"_s
                                              << S::InvalidSignature << u"does not verify"_s;
    QTest::newRow("PS256 header over a PKCS#1 v1.5 signature")
        << QByteArray(psInput + '.' + b64(sign("RS256", rsa, psInput))) << u"jwks"_s << S::InvalidSignature << u"does not verify"_s;
    QTest::newRow("RS256 header over a PSS signature") << QByteArray(
        signingInput(compact(rs256), compact(claims)) + '.' + b64(sign("PS256", rsa, signingInput(compact(rs256), compact(claims)))))
                                                       << u"jwks"_s << S::InvalidSignature << u"does not verify"_s;

    QTest::newRow("lower-case alg") << QByteArray(b64(R"({"alg":"rs256","kid":"rsa"})") + '.' + parts[1] + '.' + parts[2]) << u"jwks"_s
                                    << S::AlgorithmUnsupported << u"case-sensitive (RS256?)"_s;
    QTest::newRow("unknown alg") << QByteArray(b64(R"({"alg":"XS256"})") + '.' + parts[1] + '.' + parts[2]) << u"jwks"_s
                                 << S::AlgorithmUnsupported << u"\"XS256\" is not supported"_s;
    QTest::newRow("critical extension") << token(
        {{u"alg"_s, u"RS256"_s}, {u"kid"_s, u"rsa"_s}, {u"b64"_s, false}, {u"crit"_s, QJsonArray{u"b64"_s}}})
                                        << u"jwks"_s << S::UnsupportedCriticalHeader << u"\"b64\" as critical"_s;

    // A key embedded in the header is never trusted: the attacker's own key signs, and names itself.
    const PkeyPtr attacker = generateRsa();
    QJsonObject embedded{{u"alg"_s, u"RS256"_s}, {u"kid"_s, u"attacker"_s}, {u"jwk"_s, publicJwk(attacker.get(), u"attacker"_s)}};
    QTest::newRow("embedded jwk with its kid") << signToken(embedded, claims, attacker.get()) << u"jwks"_s << S::UnknownKeyId
                                               << u"\"attacker\""_s;
    embedded.remove(u"kid"_s);
    QTest::newRow("embedded jwk without kid") << signToken(embedded, claims, attacker.get()) << u"jwks"_s << S::InvalidSignature
                                              << u"no key verifies it (2 tried)"_s;

    QTest::newRow("RSA 1024-bit key") << signToken({{u"alg"_s, u"RS256"_s}, {u"kid"_s, u"rsa1024"_s}}, claims,
                                                   m_private.at(u"rsa1024"_s).get())
                                      << u"jwks"_s << S::KeyMismatch << u"has 1024 bits, fewer than the 2048 required"_s;
    QTest::newRow("key restricted to RS384") << good << u"rsa alg=RS384"_s << S::KeyMismatch << u"declared for RS384 only"_s;
    QTest::newRow("key for encryption") << good << u"rsa use=enc"_s << S::KeyMismatch << u"use \"enc\""_s;
    QTest::newRow("key_ops without verify") << good << u"rsa key_ops=encrypt"_s << S::KeyMismatch << u"do not include \"verify\""_s;
    QTest::newRow("empty signature") << QByteArray(parts[0] + '.' + parts[1] + '.') << u"jwks"_s << S::InvalidSignature
                                     << u"no signature"_s;
    QTest::newRow("Ed448 signature under the Ed25519 key")
        << QByteArray(signingInput(R"({"alg":"EdDSA","kid":"ed25519"})", "{}") + '.'
                      + b64(sign("EdDSA", m_private.at(u"ed448"_s).get(), signingInput(R"({"alg":"EdDSA","kid":"ed25519"})", "{}"))))
        << u"jwks"_s << S::InvalidSignature << u"an Ed25519 signature is 64 bytes; this one is 114"_s;
    const QByteArray hsInput = signingInput(compact(confusedNoKid), compact(claims));
    QTest::newRow("HS256 signature truncated") << QByteArray(hsInput + '.' + b64(hmac("HS256", m_clientSecret, hsInput).left(31)))
                                               << u"jwks+secret"_s << S::InvalidSignature
                                               << u"an HS256 signature is 32 bytes; this one is 31 bytes"_s;
}

void TestJwt::refusals()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, preset);
    QFETCH(JwsVerifyStatus, status);
    QFETCH(QString, detail);

    const auto jws = parseJws(token);
    QVERIFY2(jws.ok(), jws.ok() ? "" : qPrintable(jws.error().message));
    const JwsVerification result = verifyJws(*jws, options(preset));
    QVERIFY(!result.ok());
    QVERIFY(!result.key.has_value());
    QCOMPARE(result.status, status);
    QVERIFY2(result.detail.contains(detail), qPrintable(result.detail));
}

void TestJwt::noKidSeveralKeysTriesEach()
{
    // Three RSA keys without kids, as some providers publish them; the token is signed by the last one.
    const PkeyPtr third = generateRsa();
    JwsVerifyOptions o;
    o.allowedAlgorithms = {JwsAlgorithm::RS256};
    for (const PkeyPtr &key : {m_private.at(u"rsa"_s), m_private.at(u"rsa2"_s), third})
        o.keys.append(jwkFrom(publicJwk(key.get())));
    const auto jws = parseJws(signToken({{u"alg"_s, u"RS256"_s}}, {{u"sub"_s, u"a"_s}}, third.get()));
    QVERIFY(jws.ok());
    const JwsVerification result = verifyJws(*jws, o);
    QVERIFY2(result.ok(), qPrintable(result.detail));
    QCOMPARE(result.attempts.size(), 2);
    QVERIFY(result.key.has_value());
    QCOMPARE(result.key->thumbprint(), o.keys.at(2).thumbprint());
    QVERIFY(result.key->thumbprint() != o.keys.at(0).thumbprint());
}

void TestJwt::candidateCapIsApplied()
{
    JwsVerifyOptions o;
    o.allowedAlgorithms = {JwsAlgorithm::RS256};
    o.keys = {jwkFrom(publicJwk(m_private.at(u"rsa"_s).get())), jwkFrom(publicJwk(m_private.at(u"rsa2"_s).get()))};
    o.maxCandidates = 1;
    const auto jws = parseJws(signToken({{u"alg"_s, u"RS256"_s}}, {{u"sub"_s, u"a"_s}}, m_private.at(u"rsa2"_s).get()));
    QVERIFY(jws.ok());
    const JwsVerification capped = verifyJws(*jws, o);
    QCOMPARE(capped.status, JwsVerifyStatus::InvalidSignature);
    QVERIFY2(capped.attempts.constFirst().contains(u"only the first 1 were tried"_s), qPrintable(capped.attempts.join(u'\n')));
    o.maxCandidates = 2;
    QVERIFY(verifyJws(*jws, o).ok());
}

void TestJwt::unknownKidAsksForRefetch()
{
    const PkeyPtr rotated = generateRsa();
    const auto jws = parseJws(signToken({{u"alg"_s, u"RS256"_s}, {u"kid"_s, u"2027"_s}}, {{u"sub"_s, u"a"_s}}, rotated.get()));
    QVERIFY(jws.ok());
    JwsVerifyOptions o = options(u"jwks"_s);
    const JwsVerification before = verifyJws(*jws, o);
    QVERIFY(before.shouldRefetchKeys());
    QCOMPARE(before.status, JwsVerifyStatus::UnknownKeyId);

    o.keys.append(jwkFrom(publicJwk(rotated.get(), u"2027"_s))); // after the refetch
    const JwsVerification after = verifyJws(*jws, o);
    QVERIFY2(after.ok(), qPrintable(after.detail));
    QVERIFY(!after.shouldRefetchKeys());
}

void TestJwt::hmacWithClientSecret()
{
    for (const QString &alg : {u"HS256"_s, u"HS384"_s, u"HS512"_s}) {
        const auto jws = parseJws(hmacToken({{u"alg"_s, alg}}, {{u"sub"_s, u"a"_s}}, m_clientSecret));
        QVERIFY(jws.ok());
        const JwsVerification ok = verifyJws(*jws, options(u"jwks+secret"_s));
        QVERIFY2(ok.ok(), qPrintable(ok.detail));
        QVERIFY(ok.usedHmacSecret);
        QVERIFY(!ok.key.has_value());

        JwsVerifyOptions wrong = options(u"jwks+secret"_s);
        wrong.hmacSecret = m_clientSecret + 'x';
        QCOMPARE(verifyJws(*jws, wrong).status, JwsVerifyStatus::InvalidSignature);
        QCOMPARE(verifyJws(*jws, options(u"jwks"_s)).status, JwsVerifyStatus::NoSuitableKey);
    }
}

// RFC 8037 Appendix A.3-A.5: a published key, thumbprint and signature, so the Ed25519 path is checked
// against someone else's implementation.
void TestJwt::rfc8037Ed25519Example()
{
    const Jwk key = jwkFrom({{u"kty"_s, u"OKP"_s}, {u"crv"_s, u"Ed25519"_s}, {u"x"_s, u"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"_s}});
    QVERIFY(key.publicKey);
    QCOMPARE(key.thumbprint(), QByteArray("kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k"));

    JwsParseOptions parse;
    parse.requireJsonPayload = false;
    const QByteArray example = "eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc."
                               "hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg";
    const auto jws = parseJws(example, parse);
    QVERIFY2(jws.ok(), jws.ok() ? "" : qPrintable(jws.error().message));
    QCOMPARE(jws->payload, QByteArray("Example of Ed25519 signing"));
    JwsVerifyOptions o;
    o.allowedAlgorithms = {JwsAlgorithm::EdDSA};
    o.keys = {key};
    const JwsVerification result = verifyJws(*jws, o);
    QVERIFY2(result.ok(), qPrintable(result.detail));

    QByteArray tampered = example;
    tampered[tampered.size() - 5] = tampered[tampered.size() - 5] == 'A' ? 'B' : 'A';
    QCOMPARE(verifyJws(*parseJws(tampered, parse), o).status, JwsVerifyStatus::InvalidSignature);
}

// --- JWK / JWKS ---------------------------------------------------------------------------------------------

void TestJwt::jwkThumbprint()
{
    // Member order, extra members and padding do not change a thumbprint; the key material does.
    const QJsonObject jwk = publicJwk(m_private.at(u"p256"_s).get(), u"one"_s);
    QJsonObject other = jwk;
    other.insert(u"kid"_s, u"two"_s);
    other.insert(u"use"_s, u"sig"_s);
    QCOMPARE(jwkFrom(jwk).thumbprint(), jwkFrom(other).thumbprint());
    QCOMPARE(jwkFrom(jwk).thumbprint().size(), 43);
    QVERIFY(jwkFrom(jwk).thumbprint() != jwkFrom(publicJwk(m_private.at(u"p384"_s).get())).thumbprint());
}

void TestJwt::jwksGoodKeys()
{
    QJsonObject oct{{u"kty"_s, u"oct"_s}, {u"kid"_s, u"hmac"_s}, {u"k"_s, QString::fromLatin1(b64("0123456789abcdef0123456789abcdef"))}};
    QJsonArray keys = m_publicJwks;
    keys.append(oct);
    QJsonObject rsa = publicJwk(m_private.at(u"rsa"_s).get(), u"ops"_s);
    rsa.insert(u"alg"_s, u"PS256"_s);
    rsa.insert(u"use"_s, u"sig"_s);
    rsa.insert(u"key_ops"_s, QJsonArray{u"verify"_s});
    keys.append(rsa);
    const auto set = parseJwks(compact({{u"keys"_s, keys}}));
    QVERIFY2(set.ok(), set.ok() ? "" : qPrintable(set.error().message));
    QVERIFY2(set->problems.isEmpty(), qPrintable(set->problems.value(0).toString()));
    QCOMPARE(set->keys.size(), 10);

    std::map<QString, Jwk> byKid;
    for (const Jwk &k : set->keys)
        byKid[k.kid] = k;
    QCOMPARE(byKid[u"rsa"_s].type, JwkType::Rsa);
    QCOMPARE(byKid[u"rsa"_s].bits, 2048);
    QCOMPARE(byKid[u"rsa1024"_s].bits, 1024);
    QCOMPARE(byKid[u"p521"_s].curve, u"P-521"_s);
    QCOMPARE(byKid[u"p521"_s].bits, 521);
    QCOMPARE(byKid[u"ed448"_s].type, JwkType::Okp);
    QCOMPARE(byKid[u"ed448"_s].curve, u"Ed448"_s);
    QCOMPARE(byKid[u"hmac"_s].type, JwkType::Oct);
    QCOMPARE(byKid[u"hmac"_s].secret, QByteArray("0123456789abcdef0123456789abcdef"));
    QVERIFY(!byKid[u"hmac"_s].publicMembers.contains(u"k"_s));
    QVERIFY(!byKid[u"hmac"_s].publicKey);
    QCOMPARE(byKid[u"ops"_s].alg, u"PS256"_s);
    QCOMPARE(byKid[u"ops"_s].use, u"sig"_s);
    QCOMPARE(byKid[u"ops"_s].keyOps, QStringList{u"verify"_s});
    QCOMPARE(byKid[u"p256"_s].describe(), u"EC P-256 key \"p256\""_s);
    QCOMPARE(jwkFrom(publicJwk(m_private.at(u"rsa"_s).get())).describe(), u"RSA 2048-bit key (no kid)"_s);

    const auto empty = parseJwks(R"({"keys": []})");
    QVERIFY(empty.ok());
    QVERIFY(empty->keys.isEmpty());
}

void TestJwt::jwksMalformedEntries_data()
{
    QTest::addColumn<QByteArray>("entry");
    QTest::addColumn<QString>("kid");
    QTest::addColumn<QString>("problem");

    const QJsonObject rsa = publicJwk(m_private.at(u"rsa2"_s).get());
    const QJsonObject ec = publicJwk(m_private.at(u"p256"_s).get());
    const QJsonObject ed = publicJwk(m_private.at(u"ed25519"_s).get());
    auto with = [](QJsonObject o, const QString &key, const QJsonValue &value) {
        if (value.isUndefined())
            o.remove(key);
        else
            o.insert(key, value);
        o.insert(u"kid"_s, u"bad"_s);
        return compact(o);
    };
    QByteArray y = *base64UrlDecode(ec.value(u"y"_s).toString().toLatin1());
    y[31] = char(y[31] ^ 0x01);

    QTest::newRow("RSA n not base64url") << with(rsa, u"n"_s, u"ab+c"_s) << u"bad"_s << u"\"n\" is not valid base64url"_s;
    QTest::newRow("RSA n missing") << with(rsa, u"n"_s, QJsonValue::Undefined) << u"bad"_s << u"\"n\" is missing"_s;
    QTest::newRow("RSA e missing") << with(rsa, u"e"_s, QJsonValue::Undefined) << u"bad"_s << u"\"e\" is missing"_s;
    QTest::newRow("RSA n not a string") << with(rsa, u"n"_s, 5) << u"bad"_s << u"\"n\" is not a string"_s;
    QTest::newRow("RSA n empty") << with(rsa, u"n"_s, u""_s) << u"bad"_s << u"\"n\" is empty"_s;
    QTest::newRow("RSA e even") << with(rsa, u"e"_s, u"Ag"_s) << u"bad"_s << u"exponent \"e\" must be odd"_s;
    QTest::newRow("RSA e one") << with(rsa, u"e"_s, u"AQ"_s) << u"bad"_s << u"at least 3"_s;
    QTest::newRow("RSA n tiny") << with(rsa, u"n"_s, u"AQAB"_s) << u"bad"_s << u"has 17 bits"_s;
    QTest::newRow("EC point not on the curve") << with(ec, u"y"_s, QString::fromLatin1(b64(y))) << u"bad"_s
                                               << u"not a valid P-256 public key"_s;
    QTest::newRow("EC unknown curve") << with(ec, u"crv"_s, u"P-192"_s) << u"bad"_s << u"the curve \"P-192\" is not supported"_s;
    QTest::newRow("EC curve missing") << with(ec, u"crv"_s, QJsonValue::Undefined) << u"bad"_s << u"\"crv\" is missing"_s;
    QTest::newRow("EC x short") << with(ec, u"x"_s, QString::fromLatin1(b64(QByteArray(31, '\1')))) << u"bad"_s
                                << u"\"x\" is 31 bytes long; a P-256 coordinate is exactly 32 bytes"_s;
    QTest::newRow("EC y missing") << with(ec, u"y"_s, QJsonValue::Undefined) << u"bad"_s << u"\"y\" is missing"_s;
    QTest::newRow("OKP X25519") << with(ed, u"crv"_s, u"X25519"_s) << u"bad"_s << u"key-agreement curve"_s;
    QTest::newRow("OKP unknown curve") << with(ed, u"crv"_s, u"Ed1000"_s) << u"bad"_s << u"\"Ed1000\" is not supported"_s;
    QTest::newRow("OKP x wrong length") << with(ed, u"x"_s, QString::fromLatin1(b64(QByteArray(33, '\1')))) << u"bad"_s
                                        << u"exactly 32 bytes"_s;
    QTest::newRow("oct k empty") << QByteArray(R"({"kty":"oct","kid":"bad","k":""})") << u"bad"_s << u"\"k\" is empty"_s;
    QTest::newRow("kty unknown") << QByteArray(R"({"kty":"DSA","kid":"bad"})") << u"bad"_s << u"\"DSA\" is not supported"_s;
    QTest::newRow("kty missing") << with(rsa, u"kty"_s, QJsonValue::Undefined) << u"bad"_s << u"\"kty\" is missing"_s;
    QTest::newRow("kty not a string") << with(rsa, u"kty"_s, QJsonArray{u"RSA"_s}) << u"bad"_s << u"\"kty\" is not a string"_s;
    QTest::newRow("key_ops not an array") << with(rsa, u"key_ops"_s, u"verify"_s) << u"bad"_s << u"\"key_ops\" is not an array"_s;
    QTest::newRow("use not a string") << with(rsa, u"use"_s, true) << u"bad"_s << u"\"use\" is not a string"_s;
    QTest::newRow("not an object") << QByteArray("42") << QString() << u"not a JSON object"_s;
    QTest::newRow("kid not a string") << QByteArray(R"({"kty":"RSA","kid":1})") << QString() << u"\"kid\" is not a string"_s;
}

void TestJwt::jwksMalformedEntries()
{
    QFETCH(QByteArray, entry);
    QFETCH(QString, kid);
    QFETCH(QString, problem);

    const QByteArray good = compact(publicJwk(m_private.at(u"rsa"_s).get(), u"good"_s));
    const QByteArray good2 = compact(publicJwk(m_private.at(u"ed448"_s).get(), u"good2"_s));
    const auto set = parseJwks("{\"keys\":[" + good + ',' + entry + ',' + good2 + "]}");
    QVERIFY2(set.ok(), set.ok() ? "" : qPrintable(set.error().message));
    QCOMPARE(set->keys.size(), 2);
    QCOMPARE(set->keys.at(0).kid, u"good"_s);
    QCOMPARE(set->keys.at(1).kid, u"good2"_s);
    QCOMPARE(set->problems.size(), 1);
    const JwkProblem &p = set->problems.constFirst();
    QCOMPARE(p.index, 1);
    QCOMPARE(p.kid, kid);
    QCOMPARE(p.severity, JwkProblem::Severity::Skipped);
    QVERIFY2(p.message.contains(problem), qPrintable(p.message));
    QVERIFY(p.toString().startsWith(kid.isEmpty() ? u"key 1 skipped: "_s : u"key 1 (kid \"bad\") skipped: "_s));
}

void TestJwt::jwksDocumentErrors_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("error");

    QTest::newRow("empty") << QByteArray() << u"not a JSON object"_s;
    QTest::newRow("not JSON") << QByteArray("<html>") << u"not a JSON object"_s;
    QTest::newRow("array") << QByteArray("[]") << u"not an object"_s;
    QTest::newRow("no keys") << QByteArray(R"({"issuer":"x"})") << u"no \"keys\" member"_s;
    QTest::newRow("keys not an array") << QByteArray(R"({"keys":{}})") << u"\"keys\" in the JWKS document is not an array"_s;
    QTest::newRow("keys twice") << QByteArray(R"({"keys":[],"keys":[]})") << u"duplicate key \"keys\""_s;
    QTest::newRow("too large") << QByteArray(R"({"keys":[],"pad":")" + QByteArray(kMaxJwksBytes, 'a') + "\"}")
                               << u"more than the 1024 KB limit"_s;
}

void TestJwt::jwksDocumentErrors()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, error);
    const auto set = parseJwks(document);
    QVERIFY(!set.ok());
    QVERIFY2(set.error().message.contains(error), qPrintable(set.error().message));
}

void TestJwt::jwksPrivateMaterialIsDropped()
{
    QJsonObject leaked = publicJwk(m_private.at(u"rsa"_s).get(), u"leaked"_s);
    leaked.insert(u"d"_s, u"c2VjcmV0"_s);
    leaked.insert(u"p"_s, u"c2VjcmV0"_s);
    const auto set = parseJwks(compact({{u"keys"_s, QJsonArray{leaked}}}));
    QVERIFY(set.ok());
    QCOMPARE(set->keys.size(), 1);
    QVERIFY(!set->keys.constFirst().publicMembers.contains(u"d"_s));
    QVERIFY(!set->keys.constFirst().publicMembers.contains(u"p"_s));
    QVERIFY(set->keys.constFirst().publicMembers.contains(u"n"_s));
    QCOMPARE(set->problems.size(), 1);
    QCOMPARE(set->problems.constFirst().severity, JwkProblem::Severity::Warning);
    QVERIFY(set->problems.constFirst().message.contains(u"private key material (\"d\")"_s));
}

// --- inspector helpers --------------------------------------------------------------------------------------

void TestJwt::describeDuration_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << u"0 s"_s;
    QTest::newRow("seconds") << qint64(45) << u"45 s"_s;
    QTest::newRow("a minute") << qint64(60) << u"1 min"_s;
    QTest::newRow("minutes and seconds") << qint64(90) << u"1 min 30 s"_s;
    QTest::newRow("an hour") << qint64(3600) << u"1 h"_s;
    QTest::newRow("hours and minutes") << qint64(3600 + 61) << u"1 h 1 min"_s;
    QTest::newRow("a day") << qint64(86400) << u"1 day"_s;
    QTest::newRow("a day and an hour") << qint64(90000) << u"1 day 1 h"_s;
    QTest::newRow("days") << qint64(3 * 86400 + 59) << u"3 days"_s;
    QTest::newRow("negative") << qint64(-300) << u"5 min"_s;
}

void TestJwt::describeDuration()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(auth::describeDuration(seconds), text);
}

void TestJwt::inspectShowsTimes()
{
    const QDateTime now(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC);
    const qint64 t = now.toSecsSinceEpoch();
    const QJsonObject claims{{u"sub"_s, u"a"_s},
                             {u"exp"_s, double(t + 300)},
                             {u"iat"_s, double(t - 90)},
                             {u"nbf"_s, double(t)},
                             {u"auth_time"_s, u"yesterday"_s}};
    const QByteArray jwt = "  \n" + token({{u"alg"_s, u"ES256"_s}, {u"kid"_s, u"p256"_s}}, claims) + "\r\n";
    const auto inspection = inspectJwt(jwt, now);
    QVERIFY2(inspection.ok(), inspection.ok() ? "" : qPrintable(inspection.error().message));
    QCOMPARE(inspection->jws.claims, claims);
    QCOMPARE(inspection->times.size(), 4);
    const JwtTimeClaim &exp = inspection->times.at(0);
    QCOMPARE(exp.name, u"exp"_s);
    QVERIFY(exp.valid);
    QCOMPARE(exp.utcText, u"2026-11-27 10:05:00 UTC"_s);
    QCOMPARE(exp.relativeText, u"in 5 min"_s);
    QCOMPARE(inspection->times.at(1).name, u"iat"_s);
    QCOMPARE(inspection->times.at(1).relativeText, u"1 min 30 s ago"_s);
    QCOMPARE(inspection->times.at(2).relativeText, u"now"_s);
    QCOMPARE(inspection->times.at(3).name, u"auth_time"_s);
    QVERIFY(!inspection->times.at(3).valid);
    QVERIFY(inspection->times.at(3).relativeText.contains(u"not a NumericDate"_s));

    QVERIFY(!describeTimeClaim(u"exp"_s, 1e300, now).valid);
    QCOMPARE(describeTimeClaim(u"exp"_s, 1e300, now).relativeText, u"out of range"_s);
    QVERIFY(!inspectJwt("not a token", now).ok());
}

QTEST_GUILESS_MAIN(TestJwt)
#include "tst_jwt.moc"
