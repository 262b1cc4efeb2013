// keyway-cli is a contract for scripts: its exit statuses and its --json shape are tested here by
// running the real executable.

#include "../common/LocalHttpServer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using keyway::test::CannedResponse;
using keyway::test::LocalHttpServer;

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usageErrors_data();
    void usageErrors();
    void inspectJsonShape();
    void inspectText();
    void inspectUrl();
    void badDocumentExitsTwoWithLocation();
    void everyBadDocumentExitsTwo();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Run run(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(KEYWAY_CLI_PATH), args);
        if (!p.waitForFinished(60000))
            qFatal("keyway-cli did not finish");
        return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
    }
    // Like run(), but keeps the event loop turning (for the local HTTP server).
    static Run runAsync(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(KEYWAY_CLI_PATH), args);
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 60000))
            qFatal("keyway-cli did not finish");
        return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
    }
    static QString data(const QString &name) { return QStringLiteral(KEYWAY_TEST_DATA "/") + name; }
};

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("no verb") << QStringList{} << 1;
    QTest::newRow("unknown verb") << QStringList{QStringLiteral("frobnicate")} << 1;
    QTest::newRow("inspect without document") << QStringList{QStringLiteral("inspect")} << 1;
    QTest::newRow("inspect unknown option") << QStringList{QStringLiteral("inspect"), QStringLiteral("x.yaml"), QStringLiteral("--bogus")}
                                            << 1;
    QTest::newRow("inspect two documents") << QStringList{QStringLiteral("inspect"), QStringLiteral("a.yaml"), QStringLiteral("b.yaml")}
                                           << 1;
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0;
    QTest::newRow("version") << QStringList{QStringLiteral("--version")} << 0;
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    const Run r = run(args);
    QCOMPARE(r.exitCode, exitCode);
    if (exitCode == 1)
        QVERIFY2(r.err.contains("Usage"), r.err.constData());
}

void TestCli::inspectJsonShape()
{
    const Run r = run({QStringLiteral("inspect"), data(QStringLiteral("loader/main.yaml")), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(r.out, &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    const QJsonObject root = json.object();
    QCOMPARE(root.value(QStringLiteral("version")).toString(), QStringLiteral("3.0.3"));

    const QJsonArray schemes = root.value(QStringLiteral("schemes")).toArray();
    QCOMPARE(schemes.size(), 2);
    const QJsonObject oauth = schemes.at(0).toObject();
    QCOMPARE(oauth.value(QStringLiteral("name")).toString(), QStringLiteral("oauth"));
    QCOMPARE(oauth.value(QStringLiteral("type")).toString(), QStringLiteral("oauth2"));
    QVERIFY(oauth.value(QStringLiteral("flows")).toObject().contains(QStringLiteral("clientCredentials")));
    const QJsonObject key = schemes.at(1).toObject();
    QCOMPARE(key.value(QStringLiteral("type")).toString(), QStringLiteral("apiKey"));
    QCOMPARE(key.value(QStringLiteral("in")).toString(), QStringLiteral("header"));

    const QJsonArray operations = root.value(QStringLiteral("operations")).toArray();
    QCOMPARE(operations.size(), 2);
    const QJsonObject list = operations.at(0).toObject();
    QCOMPARE(list.value(QStringLiteral("method")).toString(), QStringLiteral("get"));
    QCOMPARE(list.value(QStringLiteral("path")).toString(), QStringLiteral("/things"));
    QCOMPARE(list.value(QStringLiteral("operationId")).toString(), QStringLiteral("listThings"));
    // Inherited global security: [[{oauth, [read]}]]
    const QJsonArray inherited = list.value(QStringLiteral("security")).toArray();
    QCOMPARE(inherited.size(), 1);
    QCOMPARE(inherited.at(0).toArray().at(0).toObject().value(QStringLiteral("scheme")).toString(), QStringLiteral("oauth"));
    QCOMPARE(inherited.at(0).toArray().at(0).toObject().value(QStringLiteral("scopes")).toArray().at(0).toString(), QStringLiteral("read"));
    // Operation override: one alternative with two schemes (AND).
    const QJsonArray overridden = operations.at(1).toObject().value(QStringLiteral("security")).toArray();
    QCOMPARE(overridden.size(), 1);
    QCOMPARE(overridden.at(0).toArray().size(), 2);
    QVERIFY(root.value(QStringLiteral("webhooks")).isArray());
}

void TestCli::inspectText()
{
    const Run r = run({QStringLiteral("inspect"), data(QStringLiteral("loader/main.yaml"))});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("Split document"));
    QVERIFY(r.out.contains("GET /things"));
    QVERIFY2(r.out.contains("oauth (write) AND key"), r.out.constData());
}

void TestCli::inspectUrl()
{
    LocalHttpServer server;
    QFile f(data(QStringLiteral("loader/schemes.yaml")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray doc = "{\"openapi\": \"3.1.0\", \"info\": {\"title\": \"Remote\", \"version\": \"2\"},"
                           " \"components\": {\"securitySchemes\": {\"basic\": {\"type\": \"http\", \"scheme\": \"Basic\"}}},"
                           " \"paths\": {\"/a\": {\"get\": {\"security\": [{\"basic\": []}, {}]}}}}";
    server.route("/openapi.json", CannedResponse{200, "OK", {{"Content-Type", "application/json"}}, doc});
    const Run r = runAsync({QStringLiteral("inspect"), QString::fromLatin1(server.origin() + "/openapi.json"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(root.value(QStringLiteral("schemes")).toArray().at(0).toObject().value(QStringLiteral("scheme")).toString(),
             QStringLiteral("basic"));
    const QJsonArray security
        = root.value(QStringLiteral("operations")).toArray().at(0).toObject().value(QStringLiteral("security")).toArray();
    QCOMPARE(security.size(), 2);
    QCOMPARE(security.at(1).toArray().size(), 0); // anonymous allowed
}

void TestCli::badDocumentExitsTwoWithLocation()
{
    const Run r = run({QStringLiteral("inspect"), data(QStringLiteral("loader/broken.yaml"))});
    QCOMPARE(r.exitCode, 2);
    // "path:line:column: message"
    const QString err = QString::fromUtf8(r.err).trimmed();
    QVERIFY2(err.contains(QRegularExpression(QStringLiteral("broken\\.yaml:\\d+:\\d+: \\S"))), qPrintable(err));
    QVERIFY(r.out.isEmpty());

    const Run missing = run({QStringLiteral("inspect"), data(QStringLiteral("nope.yaml"))});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains("does not exist"));
}

void TestCli::everyBadDocumentExitsTwo()
{
    const QDir bad(QStringLiteral(KEYWAY_TEST_DATA "/bad"));
    int checked = 0;
    for (const QFileInfo &file : bad.entryInfoList(QDir::Files, QDir::Name)) {
        if (file.fileName() == QLatin1String("big-integer.json"))
            continue; // valid, only unusual
        const Run r = run({QStringLiteral("inspect"), file.filePath(), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 2, qPrintable(file.fileName()));
        QVERIFY2(QString::fromUtf8(r.err).contains(QRegularExpression(QStringLiteral(":\\d+:\\d+: \\S"))),
                 qPrintable(file.fileName() + QStringLiteral(": ") + QString::fromUtf8(r.err)));
        QVERIFY(r.out.isEmpty());
        ++checked;
    }
    QVERIFY(checked >= 12);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
