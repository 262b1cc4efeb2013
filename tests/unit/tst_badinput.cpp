// Every kind of bad document gets a clear error that points at the cause (file, line, column), and
// never a crash or a hang. The documents are under tests/data/bad.

#include "openapi/DocumentLoader.h"

#include <QTest>

using namespace keyway;
using namespace keyway::openapi;

class TestBadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusedWithLocation_data();
    void refusedWithLocation();
    void bigIntegersLoadExactly();

private:
    static QString data(const QString &name) { return QStringLiteral(KEYWAY_TEST_DATA "/bad/") + name; }
};

void TestBadInput::refusedWithLocation_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("empty file") << QStringLiteral("empty.yaml") << 1 << 1 << QStringLiteral("empty");
    QTest::newRow("whitespace only") << QStringLiteral("whitespace-only.json") << 1 << 1 << QStringLiteral("empty");
    QTest::newRow("binary file") << QStringLiteral("binary.yaml") << 3 << 1 << QStringLiteral("not a text document");
    QTest::newRow("invalid UTF-8 in JSON") << QStringLiteral("invalid-utf8.json") << 2 << 24 << QStringLiteral("UTF-8");
    QTest::newRow("invalid UTF-8 in YAML") << QStringLiteral("invalid-utf8.yaml") << 3 << 14 << QStringLiteral("UTF-8");
    QTest::newRow("duplicate keys in JSON") << QStringLiteral("duplicate-keys.json") << 5 << 14
                                            << QStringLiteral("duplicate key \"openapi\"");
    QTest::newRow("duplicate keys in YAML") << QStringLiteral("duplicate-keys.yaml") << 9 << 3 << QStringLiteral("duplicate key \"/a\"");
    QTest::newRow("very deep nesting in JSON") << QStringLiteral("deep-nesting.json") << 2 << 1000 << QStringLiteral("nesting is deeper");
    QTest::newRow("very deep nesting in YAML") << QStringLiteral("deep-nesting.yaml") << 4 << 1032 << QStringLiteral("nesting is deeper");
    QTest::newRow("YAML alias bomb") << QStringLiteral("alias-bomb.yaml") << 12 << 9 << QStringLiteral("expands to more than");
    QTest::newRow("valid YAML, not OpenAPI") << QStringLiteral("not-openapi.yaml") << 1 << 1
                                             << QStringLiteral("not an OpenAPI or Swagger document");
    QTest::newRow("truncated JSON") << QStringLiteral("truncated.json") << 5 << 48 << QStringLiteral("unclosed string");
    QTest::newRow("tab indentation") << QStringLiteral("tab-indent.yaml") << 3 << 1 << QStringLiteral("tab");
}

void TestBadInput::refusedWithLocation()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, messagePart);
    const auto result = loadDocumentFile(data(file));
    QVERIFY2(!result, "a bad document was accepted");
    const Error &e = result.error();
    QVERIFY2(e.message.contains(messagePart, Qt::CaseInsensitive), qPrintable(e.toString()));
    QVERIFY2(e.location.source.endsWith(file), qPrintable(e.toString()));
    QCOMPARE(e.location.line, line);
    QCOMPARE(e.location.column, column);
}

void TestBadInput::bigIntegersLoadExactly()
{
    const auto result = loadDocumentFile(data(QStringLiteral("big-integer.json")));
    QVERIFY2(result, result ? "" : qPrintable(result.error().toString()));
    const NodeRef root = result.value()->tree->root();
    QCOMPARE(root["x-big"].toString(), QStringLiteral("9007199254740993"));
    bool ok = false;
    QCOMPARE(root["x-big"].toInteger(&ok), Q_INT64_C(9007199254740993));
    QVERIFY(ok);
    QCOMPARE(root["x-huge"].toString(), QStringLiteral("123456789012345678901234567890"));
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
