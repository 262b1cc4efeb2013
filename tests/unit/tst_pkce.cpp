#include "auth/Base64Url.h"
#include "auth/Pkce.h"

#include <QSet>
#include <QTest>

using namespace keyway::auth;

class TestPkce : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc7636AppendixB();
    void generatedVerifierShape();
    void challengeMatchesVerifier();
    void verifierValidity_data();
    void verifierValidity();
    void verifiersAreUnique();
    void stateShapeAndUniqueness_data();
    void stateShapeAndUniqueness();
    void stateEntropy();
    void constantTimeEquals_data();
    void constantTimeEquals();
};

void TestPkce::rfc7636AppendixB()
{
    const QByteArray verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    QCOMPARE(Pkce::s256Challenge(verifier), QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    const Pkce pkce = Pkce::fromVerifier(verifier);
    QCOMPARE(pkce.verifier(), verifier);
    QCOMPARE(pkce.challenge(), QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    QCOMPARE(Pkce::method(), QByteArray("S256"));
}

void TestPkce::generatedVerifierShape()
{
    for (int i = 0; i < 200; ++i) {
        const Pkce pkce = Pkce::generate();
        // 32 random bytes in base64url without padding: 43 characters of [A-Za-z0-9_-].
        QCOMPARE(pkce.verifier().size(), 43);
        QVERIFY2(Pkce::isValidVerifier(pkce.verifier()), pkce.verifier().constData());
        for (const char c : pkce.verifier()) {
            const bool allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            QVERIFY2(allowed, qPrintable(QStringLiteral("unexpected character %1").arg(QChar::fromLatin1(c))));
        }
        const auto raw = base64UrlDecode(pkce.verifier());
        QVERIFY(raw.ok());
        QCOMPARE(raw->size(), Pkce::kVerifierBytes);
    }
}

void TestPkce::challengeMatchesVerifier()
{
    const Pkce pkce = Pkce::generate();
    QCOMPARE(pkce.challenge(), Pkce::s256Challenge(pkce.verifier()));
    QCOMPARE(pkce.challenge().size(), 43); // SHA-256 in base64url
    QVERIFY(pkce.challenge() != pkce.verifier());
}

void TestPkce::verifierValidity_data()
{
    QTest::addColumn<QByteArray>("verifier");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("42 characters: too short") << QByteArray(42, 'a') << false;
    QTest::newRow("43 characters: minimum") << QByteArray(43, 'a') << true;
    QTest::newRow("128 characters: maximum") << QByteArray(128, 'Z') << true;
    QTest::newRow("129 characters: too long") << QByteArray(129, 'Z') << false;
    QTest::newRow("all unreserved characters") << QByteArray("ABCxyz0129-._~").repeated(4) << true;
    QTest::newRow("plus sign") << (QByteArray(42, 'a') + '+') << false;
    QTest::newRow("slash") << (QByteArray(42, 'a') + '/') << false;
    QTest::newRow("padding") << (QByteArray(42, 'a') + '=') << false;
    QTest::newRow("space") << (QByteArray(42, 'a') + ' ') << false;
    QTest::newRow("non-ASCII byte") << (QByteArray(42, 'a') + '\xc3') << false;
}

void TestPkce::verifierValidity()
{
    QFETCH(QByteArray, verifier);
    QFETCH(bool, valid);
    QCOMPARE(Pkce::isValidVerifier(verifier), valid);
}

void TestPkce::verifiersAreUnique()
{
    QSet<QByteArray> verifiers;
    QSet<QByteArray> challenges;
    for (int i = 0; i < 1000; ++i) {
        const Pkce pkce = Pkce::generate();
        verifiers.insert(pkce.verifier());
        challenges.insert(pkce.challenge());
    }
    QCOMPARE(verifiers.size(), 1000);
    QCOMPARE(challenges.size(), 1000);
}

void TestPkce::stateShapeAndUniqueness_data()
{
    QTest::addColumn<int>("bytes");
    QTest::addColumn<int>("length");
    QTest::newRow("default: 32 bytes") << 32 << 43;
    QTest::newRow("16 bytes") << 16 << 22;
    QTest::newRow("below the floor: raised to 16 bytes") << 4 << 22;
    QTest::newRow("64 bytes") << 64 << 86;
}

void TestPkce::stateShapeAndUniqueness()
{
    QFETCH(int, bytes);
    QFETCH(int, length);
    QSet<QByteArray> seen;
    for (int i = 0; i < 500; ++i) {
        const QByteArray token = randomUrlSafeToken(bytes);
        QCOMPARE(token.size(), length);
        const auto raw = base64UrlDecode(token);
        QVERIFY(raw.ok());
        seen.insert(token);
    }
    QCOMPARE(seen.size(), 500);
    QCOMPARE(randomUrlSafeToken().size(), 43);
}

void TestPkce::stateEntropy()
{
    // 2,000 states of 32 bytes: 512,000 bits. A good source sets half of them (sd ≈ 358): allow ±1%, about
    // 7 standard deviations, so the test is stable and still fails for a stuck or biased source. Every byte
    // value must occur (expected 250 times each), and no bit position may be stuck.
    constexpr int kCount = 2000;
    qint64 ones = 0;
    QList<int> byteCounts(256, 0);
    QList<int> positionOnes(256, 0); // per bit position across the 32 bytes
    for (int i = 0; i < kCount; ++i) {
        const auto raw = base64UrlDecode(randomUrlSafeToken(32));
        QVERIFY(raw.ok());
        QCOMPARE(raw->size(), 32);
        for (int b = 0; b < 32; ++b) {
            const auto byte = static_cast<unsigned char>(raw->at(b));
            ++byteCounts[byte];
            for (int bit = 0; bit < 8; ++bit) {
                if (byte & (1u << bit)) {
                    ++ones;
                    ++positionOnes[b * 8 + bit];
                }
            }
        }
    }
    const qint64 bits = qint64(kCount) * 32 * 8;
    QVERIFY2(qAbs(ones - bits / 2) < bits / 100, qPrintable(QStringLiteral("%1 of %2 bits set").arg(ones).arg(bits)));
    for (int v = 0; v < 256; ++v)
        QVERIFY2(byteCounts[v] > 0, qPrintable(QStringLiteral("byte value %1 never occurred").arg(v)));
    for (int p = 0; p < 256; ++p) {
        // Per position: 2,000 samples, sd ≈ 22; 700..1300 is far outside chance.
        QVERIFY2(positionOnes[p] > 700 && positionOnes[p] < 1300,
                 qPrintable(QStringLiteral("bit position %1 set %2 times of %3").arg(p).arg(positionOnes[p]).arg(kCount)));
    }
}

void TestPkce::constantTimeEquals_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");
    QTest::newRow("same") << QByteArray("abc") << QByteArray("abc") << true;
    QTest::newRow("both empty") << QByteArray() << QByteArray() << true;
    QTest::newRow("last byte differs") << QByteArray("abc") << QByteArray("abd") << false;
    QTest::newRow("prefix") << QByteArray("abc") << QByteArray("abcd") << false;
    QTest::newRow("empty against value") << QByteArray() << QByteArray("a") << false;
}

void TestPkce::constantTimeEquals()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);
    QCOMPARE(keyway::auth::constantTimeEquals(a, b), equal);
    QCOMPARE(keyway::auth::constantTimeEquals(b, a), equal);
}

QTEST_GUILESS_MAIN(TestPkce)
#include "tst_pkce.moc"
