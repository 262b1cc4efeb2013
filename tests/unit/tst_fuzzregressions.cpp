// Inputs that once crashed or misbehaved under a fuzz target (tests/data/fuzz/<target>/) are run through the
// same code as the target, outside the fuzzer, so that every build checks them. And the loopback listener's
// request-head parser, factored out for its fuzz target.

#include "auth/Jwk.h"
#include "auth/Jwt.h"
#include "auth/LoopbackReceiver.h"
#include "auth/TokenEndpoint.h"
#include "openapi/DocumentBuilder.h"
#include "openapi/Readers.h"
#include "recorder/BundleReader.h"
#include "recorder/HarReader.h"
#include "request/WwwAuthenticate.h"

#include <QDir>
#include <QTest>

using namespace keyway;

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestHead_data();
    void requestHead();
    void regressionInputs_data();
    void regressionInputs();
};

void TestFuzzRegressions::requestHead_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("refusal");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<qint64>("length");
    QTest::newRow("callback") << QByteArray("GET /callback?code=a&state=b HTTP/1.1\r\nHost: 127.0.0.1:1") << 0
                              << QByteArray("/callback?code=a&state=b") << qint64(0);
    QTest::newRow("post_with_length") << QByteArray("POST /cb HTTP/1.1\r\nContent-Length: 12") << 0 << QByteArray("/cb") << qint64(12);
    QTest::newRow("absolute_form") << QByteArray("GET http://evil/ HTTP/1.1") << 400 << QByteArray() << qint64(0);
    QTest::newRow("two_words") << QByteArray("GET /") << 400 << QByteArray() << qint64(0);
    QTest::newRow("http2") << QByteArray("GET / HTTP/2") << 400 << QByteArray() << qint64(0);
    QTest::newRow("negative_length") << QByteArray("POST / HTTP/1.1\r\nContent-Length: -1") << 400 << QByteArray() << qint64(0);
    QTest::newRow("garbage_length") << QByteArray("POST / HTTP/1.1\r\ncontent-length: 1e3") << 400 << QByteArray() << qint64(0);
    QTest::newRow("chunked") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked") << 501 << QByteArray() << qint64(0);
    QTest::newRow("empty") << QByteArray() << 400 << QByteArray() << qint64(0);
    QTest::newRow("binary") << QByteArray("\0\xff\r\n:\r\n", 7) << 400 << QByteArray() << qint64(0);
}

void TestFuzzRegressions::requestHead()
{
    QFETCH(QByteArray, head);
    QFETCH(int, refusal);
    QFETCH(QByteArray, target);
    QFETCH(qint64, length);
    const auth::LoopbackRequestHead parsed = auth::LoopbackRequestHead::parse(head);
    QCOMPARE(parsed.refusalStatus, refusal);
    if (refusal != 0)
        return;
    QCOMPARE(parsed.target, target);
    QCOMPARE(parsed.contentLength, length);
}

void TestFuzzRegressions::regressionInputs_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("path");
    const QDir root(QStringLiteral(KEYWAY_TEST_DATA "/fuzz"));
    const auto targets = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &target : targets) {
        const QDir dir(root.filePath(target));
        const auto files = dir.entryList(QDir::Files);
        for (const QString &file : files)
            QTest::newRow(qPrintable(target + u'/' + file)) << target << dir.filePath(file);
    }
    // Always at least one row, so that a lost data folder fails instead of passing empty.
    QTest::newRow("data_folder_present") << QString() << root.path();
}

void TestFuzzRegressions::regressionInputs()
{
    QFETCH(QString, target);
    QFETCH(QString, path);
    if (target.isEmpty()) {
        QVERIFY2(QFileInfo(path).isDir(), qPrintable(path));
        return;
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray input = file.readAll();
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
    // Each branch does what tests/fuzz/<target>.cpp does; the assertion is that it returns at all, with a
    // result that says something (no crash, no sanitizer finding, no hang under the test timeout).
    if (target == QLatin1String("fuzz_document") || target == QLatin1String("fuzz_refs")) {
        auto tree = openapi::parseDocumentText(input, QStringLiteral("fuzz"));
        if (!tree.ok()) {
            QVERIFY(!tree.error().message.isEmpty());
            return;
        }
        const auto doc = openapi::buildDocument(*tree, QUrl(QStringLiteral("https://api.example/openapi.yaml")), QStringLiteral("fuzz"));
        QVERIFY(doc.ok() || !doc.error().message.isEmpty());
    } else if (target == QLatin1String("fuzz_jws")) {
        const auto jws = auth::parseJws(input);
        QVERIFY(jws.ok() || !jws.error().message.isEmpty());
        const auto inspected = auth::inspectJwt(input, now);
        QVERIFY(inspected.ok() || !inspected.error().message.isEmpty());
    } else if (target == QLatin1String("fuzz_jwks")) {
        const auto set = auth::parseJwks(input);
        QVERIFY(set.ok() || !set.error().message.isEmpty());
    } else if (target == QLatin1String("fuzz_token_response")) {
        net::HttpResult result;
        result.httpStatus = 200;
        result.body = input;
        const auto parsed = auth::parseTokenResponse(result, auth::grants::authorizationCode, {}, QString(), QString(), now);
        QVERIFY(parsed.ok() || !parsed.error().message.isEmpty());
    } else if (target == QLatin1String("fuzz_www_authenticate")) {
        const auto parsed = request::parseWwwAuthenticate(input);
        QVERIFY(parsed.challenges.size() <= 64);
    } else if (target == QLatin1String("fuzz_loopback")) {
        const auto head = auth::LoopbackRequestHead::parse(input);
        QVERIFY(head.refusalStatus == 0 || head.refusalStatus == 400 || head.refusalStatus == 501);
    } else if (target == QLatin1String("fuzz_har")) {
        const QByteArray rest = input.mid(1);
        if (!input.isEmpty() && (input.at(0) & 1)) {
            const auto bundle = recorder::BundleReader::parse(rest);
            QVERIFY(bundle.ok() || !bundle.error().message.isEmpty());
        } else {
            const auto har = recorder::HarReader::parse(rest);
            QVERIFY(har.ok() || !har.error().message.isEmpty());
        }
    } else {
        QFAIL(qPrintable(QStringLiteral("no runner for fuzz target %1").arg(target)));
    }
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
