#include "net/HttpClient.h"
#include "openapi/DocumentLoader.h"

#include "../common/LocalHttpServer.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace keyway;
using namespace keyway::openapi;
using keyway::test::CannedResponse;
using keyway::test::LocalHttpServer;

class TestDocumentLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void userInputBecomesUrl_data();
    void userInputBecomesUrl();
    void loadsLocalFileWithSiblingRefs();
    void blockingLoadOfLocalFile();
    void malformedFileReportsLocation();
    void missingFileIsExplained();
    void missingExternalRefIsExplained();
    void loadsUrlWithProgressAndRemoteRefs();
    void httpErrorStatusIsExplained();
    void slowUrlCanBeCancelled();
    void newLoadReplacesRunningOne();
    void remoteDocumentCannotReadLocalFiles();

private:
    static QString data(const QString &name) { return QStringLiteral(KEYWAY_TEST_DATA "/loader/") + name; }
    static QByteArray read(const QString &name)
    {
        QFile f(data(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
};

void TestDocumentLoader::userInputBecomesUrl_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QUrl>("expected");
    QTest::newRow("http url") << QStringLiteral(" http://127.0.0.1:8000/openapi.json ")
                              << QUrl(QStringLiteral("http://127.0.0.1:8000/openapi.json"));
    QTest::newRow("https url") << QStringLiteral("HTTPS://example.invalid/a.yaml")
                               << QUrl(QStringLiteral("https://example.invalid/a.yaml"));
    QTest::newRow("absolute path") << QStringLiteral("/tmp/x.yaml") << QUrl::fromLocalFile(QStringLiteral("/tmp/x.yaml"));
    QTest::newRow("relative path") << QStringLiteral("x.yaml")
                                   << QUrl::fromLocalFile(QDir::current().absoluteFilePath(QStringLiteral("x.yaml")));
    QTest::newRow("file url") << QStringLiteral("file:///tmp/y.json") << QUrl(QStringLiteral("file:///tmp/y.json"));
}

void TestDocumentLoader::userInputBecomesUrl()
{
    QFETCH(QString, input);
    QFETCH(QUrl, expected);
    QCOMPARE(documentUrlFromUserInput(input), expected);
}

void TestDocumentLoader::loadsLocalFileWithSiblingRefs()
{
    net::HttpClient http;
    DocumentLoader loader(&http);
    QSignalSpy finished(&loader, &DocumentLoader::finished);
    QSignalSpy failed(&loader, &DocumentLoader::failed);
    loader.load(QUrl::fromLocalFile(data(QStringLiteral("main.yaml"))));
    QVERIFY(loader.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size() + failed.size(), 1, 20000);
    QCOMPARE(failed.size(), 0);
    QVERIFY(!loader.isRunning());
    const auto document = finished.first().first().value<DocumentPtr>();
    QVERIFY(document);
    QCOMPARE(document->title, QStringLiteral("Split document"));
    QCOMPARE(document->operations.size(), 2);
    QCOMPARE(document->operations.at(0).operationId, QStringLiteral("listThings"));
    QCOMPARE(document->operations.at(1).security.alternatives.first().size(), 2);
    const SecurityScheme *oauth = document->scheme(QStringLiteral("oauth"));
    QVERIFY(oauth);
    QCOMPARE(oauth->type, SecurityScheme::Type::OAuth2);
    QCOMPARE(oauth->flows.first().scopes.size(), 2);
    QCOMPARE(document->externalTrees.size(), 2);
}

void TestDocumentLoader::blockingLoadOfLocalFile()
{
    const auto result = loadDocumentFile(data(QStringLiteral("main.yaml")));
    QVERIFY2(result, result ? "" : qPrintable(result.error().toString()));
    QCOMPARE(result.value()->operations.size(), 2);
}

void TestDocumentLoader::malformedFileReportsLocation()
{
    net::HttpClient http;
    DocumentLoader loader(&http);
    QSignalSpy failed(&loader, &DocumentLoader::failed);
    loader.load(QUrl::fromLocalFile(data(QStringLiteral("broken.yaml"))));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
    const auto error = failed.first().first().value<Error>();
    QVERIFY(error.location.source.endsWith(QLatin1String("broken.yaml")));
    QVERIFY2(error.location.line >= 7, qPrintable(error.toString()));
    QVERIFY(error.location.column > 0);
    QVERIFY(!error.message.isEmpty());
}

void TestDocumentLoader::missingFileIsExplained()
{
    const auto result = loadDocumentFile(data(QStringLiteral("does-not-exist.yaml")));
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QLatin1String("does not exist")), qPrintable(result.error().message));

    const auto folder = loadDocumentFile(QStringLiteral(KEYWAY_TEST_DATA));
    QVERIFY(!folder);
    QVERIFY2(folder.error().message.contains(QLatin1String("folder")), qPrintable(folder.error().message));
}

void TestDocumentLoader::missingExternalRefIsExplained()
{
    const auto result = loadDocumentFile(data(QStringLiteral("missing-external.yaml")));
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QLatin1String("referenced document")), qPrintable(result.error().toString()));
    QVERIFY2(result.error().location.source.contains(QLatin1String("nowhere.yaml")), qPrintable(result.error().toString()));
}

void TestDocumentLoader::loadsUrlWithProgressAndRemoteRefs()
{
    LocalHttpServer server;
    CannedResponse main{200, "OK", {{"Content-Type", "application/yaml"}}, read(QStringLiteral("main.yaml"))};
    main.dribbleBytesPerTick = 100; // slow enough to see progress
    server.route("/api/main.yaml", main);
    server.route("/api/schemes.yaml", CannedResponse{200, "OK", {}, read(QStringLiteral("schemes.yaml"))});
    server.route("/api/paths/things.yaml", CannedResponse{200, "OK", {}, read(QStringLiteral("paths/things.yaml"))});

    net::HttpClient http;
    DocumentLoader loader(&http);
    QSignalSpy finished(&loader, &DocumentLoader::finished);
    QSignalSpy failed(&loader, &DocumentLoader::failed);
    QSignalSpy progress(&loader, &DocumentLoader::progress);
    loader.load(server.url("/api/main.yaml"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size() + failed.size(), 1, 20000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().value<Error>().toString()));
    QVERIFY(progress.size() >= 2);
    const auto document = finished.first().first().value<DocumentPtr>();
    QCOMPARE(document->operations.size(), 2);
    // The relative tokenUrl resolves against the server, which resolves against the document's URL.
    const QUrl token = document->resolveUrl(document->scheme(QStringLiteral("oauth"))->flows.first().tokenUrl, &document->servers.first());
    QCOMPARE(token, server.url("/token"));
    QCOMPARE(server.requests().size(), 3);
}

void TestDocumentLoader::httpErrorStatusIsExplained()
{
    LocalHttpServer server;
    net::HttpClient http;
    DocumentLoader loader(&http);
    QSignalSpy failed(&loader, &DocumentLoader::failed);
    loader.load(server.url("/missing.json"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
    const auto error = failed.first().first().value<Error>();
    QVERIFY2(error.message.contains(QLatin1String("404")), qPrintable(error.message));
}

void TestDocumentLoader::slowUrlCanBeCancelled()
{
    LocalHttpServer server;
    CannedResponse slow{200, "OK", {}, read(QStringLiteral("main.yaml")).repeated(4)};
    slow.dribbleBytesPerTick = 8;
    server.route("/slow.yaml", slow);
    net::HttpClient http;
    DocumentLoader loader(&http);
    QSignalSpy finished(&loader, &DocumentLoader::finished);
    QSignalSpy failed(&loader, &DocumentLoader::failed);
    QSignalSpy cancelled(&loader, &DocumentLoader::cancelled);
    QSignalSpy progress(&loader, &DocumentLoader::progress);
    loader.load(server.url("/slow.yaml"));
    QTRY_VERIFY_WITH_TIMEOUT(progress.size() >= 1, 10000);
    loader.cancel();
    QCOMPARE(cancelled.size(), 1);
    QVERIFY(!loader.isRunning());
    QTest::qWait(300);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(failed.size(), 0);
}

void TestDocumentLoader::newLoadReplacesRunningOne()
{
    LocalHttpServer server;
    CannedResponse slow{200, "OK", {}, read(QStringLiteral("main.yaml"))};
    slow.dribbleBytesPerTick = 4;
    server.route("/slow.yaml", slow);
    net::HttpClient http;
    DocumentLoader loader(&http);
    QSignalSpy finished(&loader, &DocumentLoader::finished);
    QSignalSpy failed(&loader, &DocumentLoader::failed);
    loader.load(server.url("/slow.yaml"));
    loader.load(QUrl::fromLocalFile(data(QStringLiteral("main.yaml"))));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QTest::qWait(300);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(failed.size(), 0);
    QVERIFY(finished.first().first().value<DocumentPtr>()->sourceUrl.isLocalFile());
}

void TestDocumentLoader::remoteDocumentCannotReadLocalFiles()
{
    LocalHttpServer server;
    const QByteArray doc = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /x:\n    $ref: 'file://"
        + data(QStringLiteral("paths/things.yaml")).toUtf8() + "'\n";
    server.route("/evil.yaml", CannedResponse{200, "OK", {}, doc});
    net::HttpClient http;
    DocumentLoader loader(&http);
    QSignalSpy failed(&loader, &DocumentLoader::failed);
    loader.load(server.url("/evil.yaml"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
    QVERIFY2(failed.first().first().value<Error>().message.contains(QLatin1String("local file")),
             qPrintable(failed.first().first().value<Error>().message));
}

QTEST_GUILESS_MAIN(TestDocumentLoader)
#include "tst_documentloader.moc"
