#include "JwtTestSupport.h"

#include "auth/IdTokenValidator.h"

#include <QJsonArray>
#include <QTest>

#include <map>

using namespace keyway;
using namespace keyway::auth;
using namespace keyway::testing;
using namespace Qt::StringLiterals;

using Status = ValidationCheck::Status;

Q_DECLARE_METATYPE(keyway::auth::ValidationCheck::Status)

class TestIdTokenValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void validTokenPassesEveryCheck();
    void singleCheckFails_data();
    void singleCheckFails();
    void passes_data();
    void passes();
    void algorithms_data();
    void algorithms();
    void signatureFailures_data();
    void signatureFailures();
    void unknownKidThenRefetch();
    void garbledTokens_data();
    void garbledTokens();
    void halfHashSpecExample();
    void emptyConfigurationFails();

private:
    QJsonObject baseClaims() const;
    IdTokenExpectations baseExpectations() const;
    static void applyChanges(IdTokenExpectations &expected, const QStringList &changes);
    QByteArray sign(const QJsonObject &header, const QJsonObject &claims) const;
    static QByteArray halfHash(const char *digest, int outputBytes, const QByteArray &value);

    const QDateTime m_now = QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC);
    qint64 m_t = 0;
    std::map<QString, PkeyPtr> m_private;
    QList<Jwk> m_keys;
    const QByteArray m_clientSecret = QByteArrayLiteral("client-secret-with-enough-entropy-0123456789");
};

void TestIdTokenValidator::initTestCase()
{
    m_t = m_now.toSecsSinceEpoch();
    m_private[u"rsa"_s] = generateRsa();
    m_private[u"p384"_s] = generateEc("P-384");
    m_private[u"ed"_s] = generateOkp("ED25519");
    m_private[u"ed448"_s] = generateOkp("ED448");
    for (const auto &[kid, key] : m_private) {
        QVERIFY(key);
        const auto jwk = parseJwk(publicJwk(key.get(), kid));
        QVERIFY2(jwk.ok(), jwk.ok() ? "" : qPrintable(jwk.error().message));
        m_keys.append(*jwk);
    }
}

QJsonObject TestIdTokenValidator::baseClaims() const
{
    return {{u"iss"_s, u"https://op.example"_s}, {u"sub"_s, u"user-1"_s},      {u"aud"_s, u"keyway-client"_s},
            {u"exp"_s, double(m_t + 600)},       {u"iat"_s, double(m_t - 30)}, {u"nonce"_s, u"n-0S6_WzA2Mj"_s},
            {u"auth_time"_s, double(m_t - 120)}};
}

IdTokenExpectations TestIdTokenValidator::baseExpectations() const
{
    IdTokenExpectations e;
    e.issuer = u"https://op.example"_s;
    e.clientId = u"keyway-client"_s;
    e.nonce = u"n-0S6_WzA2Mj"_s;
    e.now = m_now;
    e.allowedAlgorithms = {JwsAlgorithm::RS256, JwsAlgorithm::PS512, JwsAlgorithm::ES384, JwsAlgorithm::EdDSA, JwsAlgorithm::HS256};
    e.keys = m_keys;
    e.clientSecret = m_clientSecret;
    return e;
}

// A tiny vocabulary for data rows: "maxAge=600", "accessToken=...", "code=...", "noNonce", "requireAtHash",
// "requireCHash", "requireAuthTime", "skew=0".
void TestIdTokenValidator::applyChanges(IdTokenExpectations &e, const QStringList &changes)
{
    for (const QString &change : changes) {
        const QString key = change.section(u'=', 0, 0);
        const QString value = change.section(u'=', 1);
        if (key == u"maxAge"_s)
            e.maxAgeSeconds = value.toLongLong();
        else if (key == u"accessToken"_s)
            e.accessToken = value.toLatin1();
        else if (key == u"code"_s)
            e.code = value.toLatin1();
        else if (key == u"noNonce"_s)
            e.nonce.reset();
        else if (key == u"requireAtHash"_s)
            e.requireAtHash = true;
        else if (key == u"requireCHash"_s)
            e.requireCHash = true;
        else if (key == u"requireAuthTime"_s)
            e.requireAuthTime = true;
        else if (key == u"skew"_s)
            e.clockSkewSeconds = value.toLongLong();
        else
            QFAIL(qPrintable(u"unknown change "_s + change));
    }
}

QByteArray TestIdTokenValidator::sign(const QJsonObject &header, const QJsonObject &claims) const
{
    if (header.value(u"alg"_s).toString().startsWith(u"HS"_s))
        return hmacToken(header, claims, m_clientSecret);
    return signToken(header, claims, m_private.at(header.value(u"kid"_s).toString()).get());
}

// Computed here with OpenSSL directly rather than through oidcHalfHash, so the two can disagree.
QByteArray TestIdTokenValidator::halfHash(const char *digest, int outputBytes, const QByteArray &value)
{
    std::unique_ptr<EVP_MD, decltype(&EVP_MD_free)> md(EVP_MD_fetch(nullptr, digest, nullptr), &EVP_MD_free);
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    QByteArray out(outputBytes, '\0');
    auto *o = reinterpret_cast<unsigned char *>(out.data());
    EVP_DigestInit_ex(ctx.get(), md.get(), nullptr);
    EVP_DigestUpdate(ctx.get(), value.constData(), size_t(value.size()));
    if (QByteArrayView(digest) == "SHAKE256")
        EVP_DigestFinalXOF(ctx.get(), o, size_t(outputBytes));
    else
        EVP_DigestFinal_ex(ctx.get(), o, nullptr);
    return b64(out.left(outputBytes / 2));
}

static QString describe(const IdTokenValidation &v)
{
    QStringList lines;
    for (const ValidationCheck &c : v.checks)
        lines.append(u"%1 [%2] %3"_s.arg(c.name).arg(int(c.status)).arg(c.detail));
    return lines.join(u'\n');
}

void TestIdTokenValidator::validTokenPassesEveryCheck()
{
    const IdTokenValidator validator(baseExpectations());
    const IdTokenValidation v = validator.validate(sign({{u"alg"_s, u"RS256"_s}, {u"kid"_s, u"rsa"_s}}, baseClaims()));
    QVERIFY2(v.valid(), qPrintable(describe(v)));
    QVERIFY(v.failures().isEmpty());
    QVERIFY(v.token.has_value());
    QVERIFY(v.signature.ok());
    QCOMPARE(v.signature.key->kid, u"rsa"_s);

    QStringList names;
    for (const ValidationCheck &c : v.checks)
        names.append(c.name);
    QCOMPARE(names,
             (QStringList{u"format"_s, u"alg"_s, u"signature"_s, u"iss"_s, u"sub"_s, u"aud"_s, u"azp"_s, u"exp"_s, u"nbf"_s, u"iat"_s,
                          u"auth_time"_s, u"nonce"_s, u"at_hash"_s, u"c_hash"_s}));
    for (const char *passed : {"format", "alg", "signature", "iss", "sub", "aud", "exp", "iat", "nonce"})
        QCOMPARE(v.check(QString::fromLatin1(passed))->status, Status::Passed);
    for (const char *skipped : {"azp", "nbf", "auth_time", "at_hash", "c_hash"})
        QCOMPARE(v.check(QString::fromLatin1(skipped))->status, Status::Skipped);
    QCOMPARE(v.check(u"exp")->detail, u"expires in 10 min (2026-11-27 10:10:00 UTC)"_s);
    QCOMPARE(v.check(u"iat")->detail, u"issued 30 s ago (2026-11-27 09:59:30 UTC)"_s);
    QVERIFY(v.check(u"signature")->detail.contains(u"RS256 signature verified with RSA 2048-bit key \"rsa\""_s));
    QVERIFY(v.check(u"nope") == nullptr);
}

void TestIdTokenValidator::singleCheckFails_data()
{
    QTest::addColumn<QJsonObject>("set");
    QTest::addColumn<QStringList>("remove");
    QTest::addColumn<QStringList>("changes");
    QTest::addColumn<QString>("check");
    QTest::addColumn<QString>("detail");

    const qint64 t = m_now.toSecsSinceEpoch();
    const QStringList none;
    const QString at = u"accessToken=SlAV32hkKG"_s;
    const QString code = u"code=Qcb0Orv1zh30vL1MPRsbm"_s;

    QTest::newRow("wrong iss") << QJsonObject{{u"iss"_s, u"https://evil.example"_s}} << none << none << u"iss"_s
                               << u"iss is \"https://evil.example\", expected \"https://op.example\""_s;
    QTest::newRow("iss with a trailing slash") << QJsonObject{{u"iss"_s, u"https://op.example/"_s}} << none << none << u"iss"_s
                                               << u"trailing slash"_s;
    QTest::newRow("iss in other case") << QJsonObject{{u"iss"_s, u"https://OP.example"_s}} << none << none << u"iss"_s << u"letter case"_s;
    QTest::newRow("iss missing") << QJsonObject{} << QStringList{u"iss"_s} << none << u"iss"_s << u"no iss claim"_s;
    QTest::newRow("iss not a string") << QJsonObject{{u"iss"_s, 5}} << none << none << u"iss"_s << u"not a string"_s;
    QTest::newRow("sub missing") << QJsonObject{} << QStringList{u"sub"_s} << none << u"sub"_s << u"no sub claim"_s;
    QTest::newRow("aud is another client") << QJsonObject{{u"aud"_s, u"other-client"_s}} << none << none << u"aud"_s
                                           << u"aud (\"other-client\") does not include the client_id \"keyway-client\""_s;
    QTest::newRow("aud array without the client") << QJsonObject{{u"aud"_s, QJsonArray{u"a"_s, u"b"_s}}, {u"azp"_s, u"keyway-client"_s}}
                                                  << none << none << u"aud"_s << u"(\"a\", \"b\") does not include"_s;
    QTest::newRow("aud missing") << QJsonObject{} << QStringList{u"aud"_s} << none << u"aud"_s << u"no aud claim"_s;
    QTest::newRow("aud of numbers") << QJsonObject{{u"aud"_s, QJsonArray{1, 2}}} << none << none << u"aud"_s << u"other than strings"_s;
    QTest::newRow("several audiences without azp")
        << QJsonObject{{u"aud"_s, QJsonArray{u"keyway-client"_s, u"api"_s}}} << none << none << u"azp"_s << u"2 audiences and no azp"_s;
    QTest::newRow("azp mismatch") << QJsonObject{{u"azp"_s, u"other"_s}} << none << none << u"azp"_s
                                  << u"azp is \"other\", not the client_id \"keyway-client\""_s;
    QTest::newRow("azp mismatch, several audiences")
        << QJsonObject{{u"aud"_s, QJsonArray{u"keyway-client"_s, u"api"_s}}, {u"azp"_s, u"api"_s}} << none << none << u"azp"_s
        << u"azp is \"api\""_s;
    QTest::newRow("expired beyond skew") << QJsonObject{{u"exp"_s, double(t - 300)}} << none << none << u"exp"_s
                                         << u"expired 5 min ago (2026-11-27 09:55:00 UTC), allowed skew 60 s"_s;
    QTest::newRow("expired exactly the skew ago") << QJsonObject{{u"exp"_s, double(t - 60)}} << none << none << u"exp"_s
                                                  << u"expired 1 min ago (2026-11-27 09:59:00 UTC), allowed skew 60 s"_s;
    QTest::newRow("expired now, no skew") << QJsonObject{{u"exp"_s, double(t)}} << none << QStringList{u"skew=0"_s} << u"exp"_s
                                          << u"allowed skew 0 s"_s;
    QTest::newRow("exp missing") << QJsonObject{} << QStringList{u"exp"_s} << none << u"exp"_s << u"no exp claim"_s;
    QTest::newRow("exp a string") << QJsonObject{{u"exp"_s, u"tomorrow"_s}} << none << none << u"exp"_s << u"not a valid NumericDate"_s;
    QTest::newRow("nbf in the future") << QJsonObject{{u"nbf"_s, double(t + 300)}} << none << none << u"nbf"_s
                                       << u"not valid yet: nbf is in 5 min (2026-11-27 10:05:00 UTC), allowed skew 60 s"_s;
    QTest::newRow("iat in the future") << QJsonObject{{u"iat"_s, double(t + 120)}} << none << none << u"iat"_s
                                       << u"issued in the future: iat is in 2 min (2026-11-27 10:02:00 UTC), allowed skew 60 s"_s;
    QTest::newRow("iat missing") << QJsonObject{} << QStringList{u"iat"_s} << none << u"iat"_s << u"no iat claim"_s;
    QTest::newRow("nonce mismatch") << QJsonObject{{u"nonce"_s, u"replayed"_s}} << none << none << u"nonce"_s
                                    << u"\"replayed\" is not the one sent"_s;
    QTest::newRow("nonce missing when expected")
        << QJsonObject{} << QStringList{u"nonce"_s} << none << u"nonce"_s << u"the token has none"_s;
    QTest::newRow("nonce not a string") << QJsonObject{{u"nonce"_s, 1}} << none << none << u"nonce"_s << u"not a string"_s;
    QTest::newRow("max_age exceeded") << QJsonObject{{u"auth_time"_s, double(t - 3600)}} << none << QStringList{u"maxAge=600"_s}
                                      << u"auth_time"_s
                                      << u"authenticated 1 h ago (2026-11-27 09:00:00 UTC), longer ago than max_age 10 min"_s;
    QTest::newRow("auth_time missing with max_age")
        << QJsonObject{} << QStringList{u"auth_time"_s} << QStringList{u"maxAge=600"_s} << u"auth_time"_s << u"max_age was requested"_s;
    QTest::newRow("auth_time missing when essential") << QJsonObject{} << QStringList{u"auth_time"_s} << QStringList{u"requireAuthTime"_s}
                                                      << u"auth_time"_s << u"requested as essential"_s;
    QTest::newRow("auth_time in the future") << QJsonObject{{u"auth_time"_s, double(t + 3600)}} << none << none << u"auth_time"_s
                                             << u"authenticated in the future"_s;
    QTest::newRow("at_hash wrong") << QJsonObject{{u"at_hash"_s, u"77QmUPtjPfzWtF2AnpK9RQ"_s}} << none << QStringList{at} << u"at_hash"_s
                                   << u"at_hash is \"77QmUPtjPfzWtF2AnpK9RQ\"; the access token hashes to"_s;
    QTest::newRow("at_hash required, missing") << QJsonObject{} << none << QStringList{at, u"requireAtHash"_s} << u"at_hash"_s
                                               << u"which this response type requires"_s;
    QTest::newRow("at_hash not a string") << QJsonObject{{u"at_hash"_s, 12}} << none << QStringList{at} << u"at_hash"_s
                                          << u"not a string"_s;
    QTest::newRow("c_hash wrong") << QJsonObject{{u"c_hash"_s, u"LDktKdoQak3Pk0cnXxCltA"_s}} << none << QStringList{code} << u"c_hash"_s
                                  << u"the authorization code hashes to"_s;
    QTest::newRow("c_hash required, missing") << QJsonObject{} << none << QStringList{code, u"requireCHash"_s} << u"c_hash"_s
                                              << u"which this response type requires"_s;
}

// Each row breaks one thing; that check, and only that check, fails.
void TestIdTokenValidator::singleCheckFails()
{
    QFETCH(QJsonObject, set);
    QFETCH(QStringList, remove);
    QFETCH(QStringList, changes);
    QFETCH(QString, check);
    QFETCH(QString, detail);

    QJsonObject claims = baseClaims();
    for (auto it = set.begin(); it != set.end(); ++it)
        claims.insert(it.key(), it.value());
    for (const QString &name : remove)
        claims.remove(name);
    IdTokenExpectations expected = baseExpectations();
    applyChanges(expected, changes);

    const IdTokenValidation v = IdTokenValidator(expected).validate(sign({{u"alg"_s, u"RS256"_s}, {u"kid"_s, u"rsa"_s}}, claims));
    QVERIFY(!v.valid());
    QVERIFY(v.signature.ok()); // the token is genuine; only the claim is wrong
    QCOMPARE(v.failures().size(), 1);
    const ValidationCheck *c = v.check(check);
    QVERIFY(c);
    QCOMPARE(c->status, Status::Failed);
    QVERIFY2(c->detail.contains(detail), qPrintable(c->detail));
    QVERIFY(v.failures().constFirst().startsWith(check + u": "_s));
}

void TestIdTokenValidator::passes_data()
{
    QTest::addColumn<QJsonObject>("set");
    QTest::addColumn<QStringList>("remove");
    QTest::addColumn<QStringList>("changes");
    QTest::addColumn<QString>("check");
    QTest::addColumn<Status>("status");
    QTest::addColumn<QString>("detail");

    const qint64 t = m_now.toSecsSinceEpoch();
    const QStringList none;
    const QByteArray accessToken = "SlAV32hkKG-access";
    const QByteArray code = "Qcb0Orv1zh30vL1MPRsbm-code";

    QTest::newRow("expired within skew") << QJsonObject{{u"exp"_s, double(t - 30)}} << none << none << u"exp"_s << Status::Passed
                                         << u"expired 30 s ago (2026-11-27 09:59:30 UTC), within the allowed skew of 60 s"_s;
    QTest::newRow("nbf within skew") << QJsonObject{{u"nbf"_s, double(t + 30)}} << none << none << u"nbf"_s << Status::Passed
                                     << u"nbf is in 30 s (2026-11-27 10:00:30 UTC), within the allowed skew of 60 s"_s;
    QTest::newRow("nbf in the past") << QJsonObject{{u"nbf"_s, double(t - 30)}} << none << none << u"nbf"_s << Status::Passed
                                     << u"valid since 30 s ago"_s;
    QTest::newRow("iat within skew") << QJsonObject{{u"iat"_s, double(t + 30)}} << none << none << u"iat"_s << Status::Passed
                                     << u"iat is in 30 s (2026-11-27 10:00:30 UTC), within the allowed skew of 60 s"_s;
    QTest::newRow("fractional exp") << QJsonObject{{u"exp"_s, double(t) + 600.5}} << none << none << u"exp"_s << Status::Passed
                                    << u"expires in 10 min"_s;
    QTest::newRow("several audiences with azp")
        << QJsonObject{{u"aud"_s, QJsonArray{u"api"_s, u"keyway-client"_s}}, {u"azp"_s, u"keyway-client"_s}} << none << none << u"azp"_s
        << Status::Passed << u"azp is the client_id"_s;
    QTest::newRow("aud array with only the client")
        << QJsonObject{{u"aud"_s, QJsonArray{u"keyway-client"_s}}} << none << none << u"azp"_s << Status::Skipped << u"not present"_s;
    QTest::newRow("azp with a single audience")
        << QJsonObject{{u"azp"_s, u"keyway-client"_s}} << none << none << u"azp"_s << Status::Passed << u"azp is the client_id"_s;
    QTest::newRow("no nonce sent, none present") << QJsonObject{} << QStringList{u"nonce"_s} << QStringList{u"noNonce"_s} << u"nonce"_s
                                                 << Status::Skipped << u"no nonce was sent, and the token has none"_s;
    QTest::newRow("no nonce sent, one present")
        << QJsonObject{} << none << QStringList{u"noNonce"_s} << u"nonce"_s << Status::Skipped << u"none was sent"_s;
    QTest::newRow("max_age satisfied") << QJsonObject{} << none << QStringList{u"maxAge=600"_s} << u"auth_time"_s << Status::Passed
                                       << u"within max_age 10 min"_s;
    QTest::newRow("at_hash correct") << QJsonObject{{u"at_hash"_s, QString::fromLatin1(halfHash("SHA256", 32, accessToken))}} << none
                                     << QStringList{u"accessToken="_s + QString::fromLatin1(accessToken), u"requireAtHash"_s}
                                     << u"at_hash"_s << Status::Passed << u"matches the access token"_s;
    QTest::newRow("at_hash absent, optional") << QJsonObject{} << none << QStringList{u"accessToken="_s + QString::fromLatin1(accessToken)}
                                              << u"at_hash"_s << Status::Skipped << u"optional here"_s;
    QTest::newRow("at_hash present, no access token")
        << QJsonObject{{u"at_hash"_s, u"whatever"_s}} << none << none << u"at_hash"_s << Status::Skipped << u"no access token was given"_s;
    QTest::newRow("c_hash correct") << QJsonObject{{u"c_hash"_s, QString::fromLatin1(halfHash("SHA256", 32, code))}} << none
                                    << QStringList{u"code="_s + QString::fromLatin1(code), u"requireCHash"_s} << u"c_hash"_s
                                    << Status::Passed << u"matches the authorization code"_s;
}

void TestIdTokenValidator::passes()
{
    QFETCH(QJsonObject, set);
    QFETCH(QStringList, remove);
    QFETCH(QStringList, changes);
    QFETCH(QString, check);
    QFETCH(Status, status);
    QFETCH(QString, detail);

    QJsonObject claims = baseClaims();
    for (auto it = set.begin(); it != set.end(); ++it)
        claims.insert(it.key(), it.value());
    for (const QString &name : remove)
        claims.remove(name);
    IdTokenExpectations expected = baseExpectations();
    applyChanges(expected, changes);

    const IdTokenValidation v = IdTokenValidator(expected).validate(sign({{u"alg"_s, u"RS256"_s}, {u"kid"_s, u"rsa"_s}}, claims));
    QVERIFY2(v.valid(), qPrintable(describe(v)));
    const ValidationCheck *c = v.check(check);
    QVERIFY(c);
    QCOMPARE(c->status, status);
    QVERIFY2(c->detail.contains(detail), qPrintable(c->detail));
}

void TestIdTokenValidator::algorithms_data()
{
    QTest::addColumn<QString>("alg");
    QTest::addColumn<QString>("kid");
    QTest::addColumn<QByteArray>("digest");
    QTest::addColumn<int>("hashBytes");

    QTest::newRow("RS256") << u"RS256"_s << u"rsa"_s << QByteArray("SHA256") << 32;
    QTest::newRow("PS512") << u"PS512"_s << u"rsa"_s << QByteArray("SHA512") << 64;
    QTest::newRow("ES384") << u"ES384"_s << u"p384"_s << QByteArray("SHA384") << 48;
    QTest::newRow("EdDSA Ed25519") << u"EdDSA"_s << u"ed"_s << QByteArray("SHA512") << 64;
    QTest::newRow("EdDSA Ed448") << u"EdDSA"_s << u"ed448"_s << QByteArray("SHAKE256") << 114;
    QTest::newRow("HS256 with the client secret") << u"HS256"_s << QString() << QByteArray("SHA256") << 32;
}

// Every allowed algorithm validates, and at_hash / c_hash use that algorithm's hash.
void TestIdTokenValidator::algorithms()
{
    QFETCH(QString, alg);
    QFETCH(QString, kid);
    QFETCH(QByteArray, digest);
    QFETCH(int, hashBytes);

    const QByteArray accessToken = "ya29.an-access-token";
    const QByteArray code = "an-authorization-code";
    QJsonObject claims = baseClaims();
    claims.insert(u"at_hash"_s, QString::fromLatin1(halfHash(digest.constData(), hashBytes, accessToken)));
    claims.insert(u"c_hash"_s, QString::fromLatin1(halfHash(digest.constData(), hashBytes, code)));
    QJsonObject header{{u"alg"_s, alg}};
    if (!kid.isEmpty())
        header.insert(u"kid"_s, kid);

    IdTokenExpectations expected = baseExpectations();
    expected.accessToken = accessToken;
    expected.code = code;
    expected.requireAtHash = true;
    expected.requireCHash = true;
    const IdTokenValidation v = IdTokenValidator(expected).validate(sign(header, claims));
    QVERIFY2(v.valid(), qPrintable(describe(v)));
    QCOMPARE(v.check(u"at_hash")->status, Status::Passed);
    QCOMPARE(v.check(u"c_hash")->status, Status::Passed);
    QCOMPARE(v.signature.usedHmacSecret, kid.isEmpty());

    // The same claims hashed with SHA-256 fail for every algorithm whose hash is not SHA-256.
    claims.insert(u"at_hash"_s, QString::fromLatin1(halfHash("SHA256", 32, accessToken)));
    const IdTokenValidation sha256 = IdTokenValidator(expected).validate(sign(header, claims));
    QCOMPARE(sha256.check(u"at_hash")->status, digest == "SHA256" ? Status::Passed : Status::Failed);
}

void TestIdTokenValidator::signatureFailures_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("check");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<bool>("signatureSkipped");

    const QByteArray good = sign({{u"alg"_s, u"RS256"_s}, {u"kid"_s, u"rsa"_s}}, baseClaims());
    const QList<QByteArray> parts = good.split('.');
    QJsonObject forged = baseClaims();
    forged.insert(u"sub"_s, u"admin"_s);
    QTest::newRow("tampered payload") << QByteArray(parts[0] + '.' + b64(compact(forged)) + '.' + parts[2]) << u"signature"_s
                                      << u"does not verify"_s << false;
    QTest::newRow("signed by another key") << signToken({{u"alg"_s, u"RS256"_s}, {u"kid"_s, u"rsa"_s}}, baseClaims(), generateRsa().get())
                                           << u"signature"_s << u"does not verify"_s << false;
    for (const char *none : {"none", "None", "NONE"}) {
        QTest::addRow("alg %s", none) << QByteArray(signingInput(compact({{u"alg"_s, QString::fromLatin1(none)}}), compact(baseClaims()))
                                                    + '.')
                                      << u"alg"_s << u"never accepts unsigned tokens"_s << true;
    }
    QTest::newRow("alg not allowed")
        << sign({{u"alg"_s, u"RS256"_s}, {u"kid"_s, u"rsa"_s}}, baseClaims()).replace(parts[0], b64(R"({"alg":"RS384","kid":"rsa"})"))
        << u"alg"_s << u"RS384 is not among the allowed algorithms"_s << true;
    QTest::newRow("HS256 keyed with the RSA public key")
        << hmacToken({{u"alg"_s, u"HS256"_s}, {u"kid"_s, u"rsa"_s}}, baseClaims(), publicKeyPem(m_private.at(u"rsa"_s).get()))
        << u"signature"_s << u"does not verify with the client secret"_s << false;
    QTest::newRow("ES384 header, RSA key") << QByteArray(b64(R"({"alg":"ES384","kid":"rsa"})") + '.' + parts[1] + '.' + parts[2])
                                           << u"signature"_s << u"needs an EC P-384 key"_s << false;
}

void TestIdTokenValidator::signatureFailures()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, check);
    QFETCH(QString, detail);
    QFETCH(bool, signatureSkipped);

    const IdTokenValidation v = IdTokenValidator(baseExpectations()).validate(token);
    QVERIFY(!v.valid());
    QVERIFY(v.token.has_value());
    QCOMPARE(v.check(check)->status, Status::Failed);
    QVERIFY2(v.check(check)->detail.contains(detail), qPrintable(v.check(check)->detail));
    QCOMPARE(v.check(u"signature")->status, signatureSkipped ? Status::Skipped : Status::Failed);
    QCOMPARE(v.check(u"iss")->status, Status::Passed); // the claims are still shown
}

void TestIdTokenValidator::unknownKidThenRefetch()
{
    const PkeyPtr rotated = generateRsa();
    const QByteArray token = signToken({{u"alg"_s, u"RS256"_s}, {u"kid"_s, u"2027-01"_s}}, baseClaims(), rotated.get());
    IdTokenValidator validator(baseExpectations());
    const IdTokenValidation first = validator.validate(token);
    QVERIFY(!first.valid());
    QVERIFY(first.shouldRefetchKeys());
    QVERIFY2(first.check(u"signature")->detail.contains(u"fetch the JWKS again"_s), qPrintable(first.check(u"signature")->detail));

    QList<Jwk> keys = m_keys;
    keys.append(*parseJwk(publicJwk(rotated.get(), u"2027-01"_s)));
    validator.setKeys(keys);
    const IdTokenValidation second = validator.validate(token);
    QVERIFY2(second.valid(), qPrintable(describe(second)));
    QVERIFY(!second.shouldRefetchKeys());
}

void TestIdTokenValidator::garbledTokens_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("detail");
    QTest::newRow("empty") << QByteArray() << u"the token is empty"_s;
    QTest::newRow("two parts") << QByteArray("eyJhbGciOiJSUzI1NiJ9.e30") << u"this one has 2"_s;
    QTest::newRow("five parts") << QByteArray("a.b.c.d.e") << u"encrypted tokens (JWE) are not supported"_s;
    QTest::newRow("not base64url") << QByteArray("eyJ%%%.e30.c2ln")
                                   << u"part 1 (header) is not valid: base64url: '%' at offset 3 is not a base64url character"_s;
    QTest::newRow("10 MB") << QByteArray(10 * 1024 * 1024, 'a') << u"more than the 256 KB"_s;
}

void TestIdTokenValidator::garbledTokens()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, detail);
    const IdTokenValidation v = IdTokenValidator(baseExpectations()).validate(token);
    QVERIFY(!v.valid());
    QVERIFY(!v.token.has_value());
    QCOMPARE(v.checks.size(), 14);
    QCOMPARE(v.checks.constFirst().name, u"format"_s);
    QCOMPARE(v.checks.constFirst().status, Status::Failed);
    QVERIFY2(v.checks.constFirst().detail.contains(detail), qPrintable(v.checks.constFirst().detail));
    for (qsizetype i = 1; i < v.checks.size(); ++i)
        QCOMPARE(v.checks.at(i).status, Status::Skipped);
}

// The example values of OpenID Connect Core 1.0 (Appendix A): RS256, SHA-256 left half.
void TestIdTokenValidator::halfHashSpecExample()
{
    const auto at = oidcHalfHash(JwsAlgorithm::RS256, {}, "jHkWEdUXMU1BwAsC4vtUsZwnNvTIxEl0z9K3vx5KF0Y");
    QVERIFY(at.ok());
    QCOMPARE(*at, QByteArray("77QmUPtjPfzWtF2AnpK9RQ"));
    const auto c = oidcHalfHash(JwsAlgorithm::RS256, {}, "Qcb0Orv1zh30vL1MPRsbm-diHiMwcLyZvn1arpZv-Jxf_11jnpEX3Tgfvk");
    QVERIFY(c.ok());
    QCOMPARE(*c, QByteArray("LDktKdoQak3Pk0cnXxCltA"));
    QVERIFY(!oidcHalfHash(JwsAlgorithm::EdDSA, u"X25519"_s, "x").ok());
}

void TestIdTokenValidator::emptyConfigurationFails()
{
    // Nothing configured: no issuer, client or keys. The token must not come out valid.
    IdTokenExpectations empty;
    empty.now = m_now;
    const IdTokenValidation v = IdTokenValidator(empty).validate(sign({{u"alg"_s, u"RS256"_s}, {u"kid"_s, u"rsa"_s}}, baseClaims()));
    QVERIFY(!v.valid());
    QCOMPARE(v.check(u"iss")->status, Status::Failed);
    QCOMPARE(v.check(u"aud")->status, Status::Failed);
    QCOMPARE(v.check(u"signature")->status, Status::Failed);
}

QTEST_GUILESS_MAIN(TestIdTokenValidator)
#include "tst_idtokenvalidator.moc"
