#include "openapi/Readers.h"

#include <QTest>

using namespace keyway;
using namespace keyway::openapi;

class TestJsonReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsDocumentOrder();
    void scalars();
    void bigIntegersStayExact();
    void positions();
    void refNodesAreCollected();
    void errors_data();
    void errors();
    void deepNestingIsRefusedCleanly();
    void largeDocumentIsCompact();
};

static std::shared_ptr<const Tree> parseOk(const QByteArray &text)
{
    auto result = parseJson(text, QStringLiteral("t.json"));
    if (!result)
        qWarning("%s", qPrintable(result.error().toString()));
    return result ? result.value() : nullptr;
}

void TestJsonReader::keepsDocumentOrder()
{
    const auto tree = parseOk(R"({"zeta": 1, "alpha": 2, "mid": {"b": true, "a": false}, "list": [3, 2, 1]})");
    QVERIFY(tree);
    const NodeRef root = tree->root();
    QVERIFY(root.isObject());
    QCOMPARE(root.size(), 4u);
    QCOMPARE(root.keyStringAt(0), QStringLiteral("zeta"));
    QCOMPARE(root.keyStringAt(1), QStringLiteral("alpha"));
    QCOMPARE(root.keyStringAt(2), QStringLiteral("mid"));
    QCOMPARE(root["mid"].keyStringAt(0), QStringLiteral("b"));
    QCOMPARE(root["list"].at(0).toInteger(), 3);
    QCOMPARE(root["list"].at(2).toInteger(), 1);
    QVERIFY(!root["absent"].isValid());
}

void TestJsonReader::scalars()
{
    const auto tree = parseOk(R"(["text", "esc\"aped\n\u00e9\ud83d\ude00", 12, -3.5e2, true, false, null, "", {}, []])");
    QVERIFY(tree);
    const NodeRef r = tree->root();
    QCOMPARE(r.size(), 10u);
    QCOMPARE(r.at(0).toString(), QStringLiteral("text"));
    QCOMPARE(r.at(1).toString(), QStringLiteral("esc\"aped\n\u00e9") + QString::fromUtf8("\xF0\x9F\x98\x80"));
    QCOMPARE(r.at(2).kind(), NodeKind::Integer);
    QCOMPARE(r.at(2).toInteger(), 12);
    QCOMPARE(r.at(3).kind(), NodeKind::Number);
    QCOMPARE(r.at(3).toDouble(), -350.0);
    QVERIFY(r.at(4).isBool() && r.at(4).toBool());
    QVERIFY(r.at(5).isBool() && !r.at(5).toBool(true));
    QVERIFY(r.at(6).isNull());
    QVERIFY(r.at(7).isString() && r.at(7).toString().isEmpty());
    QVERIFY(r.at(8).isObject() && r.at(8).size() == 0);
    QVERIFY(r.at(9).isArray() && r.at(9).size() == 0);

    const auto scalarRoot = parseOk("  \"just a string\"  ");
    QVERIFY(scalarRoot);
    QCOMPARE(scalarRoot->root().toString(), QStringLiteral("just a string"));
}

void TestJsonReader::bigIntegersStayExact()
{
    // 2^53 + 1 cannot be represented as a double; the literal is kept as written.
    const auto tree = parseOk(R"({"n": 9007199254740993, "huge": 123456789012345678901234567890})");
    QVERIFY(tree);
    QCOMPARE(QByteArray(tree->root()["n"].text().data(), qsizetype(tree->root()["n"].text().size())), QByteArray("9007199254740993"));
    bool ok = false;
    QCOMPARE(tree->root()["n"].toInteger(&ok), Q_INT64_C(9007199254740993));
    QVERIFY(ok);
    QCOMPARE(tree->root()["huge"].toString(), QStringLiteral("123456789012345678901234567890"));
    tree->root()["huge"].toInteger(&ok);
    QVERIFY(!ok);
}

void TestJsonReader::positions()
{
    const QByteArray text = "{\n  \"a\": 1,\n  \"b\": {\n    \"c\": \"d\"\n  }\n}\n";
    const auto tree = parseOk(text);
    QVERIFY(tree);
    const SourceLocation a = tree->root()["a"].location();
    QCOMPARE(a.line, 2);
    QCOMPARE(a.column, 8);
    const SourceLocation c = tree->root()["b"]["c"].location();
    QCOMPARE(c.line, 4);
    QCOMPARE(c.column, 10);
    QCOMPARE(c.source, QStringLiteral("t.json"));
    QCOMPARE(tree->sourceLine(4), QStringLiteral("    \"c\": \"d\""));
    // Columns count characters, not bytes.
    const auto wide = parseOk("{\"\xC3\xA9\xC3\xA9\": 5}");
    QVERIFY(wide);
    QCOMPARE(wide->root().at(0).location().column, 8);
}

void TestJsonReader::refNodesAreCollected()
{
    const auto tree = parseOk(R"({"a": {"$ref": "#/b"}, "b": {"$ref": "other.json#/x"}, "c": {"$ref": 5}})");
    QVERIFY(tree);
    QCOMPARE(tree->refNodes().size(), std::size_t(2));
    QCOMPARE(NodeRef(tree.get(), tree->refNodes()[0]).toString(), QStringLiteral("#/b"));
    QCOMPARE(NodeRef(tree.get(), tree->refNodes()[1]).toString(), QStringLiteral("other.json#/x"));
}

void TestJsonReader::errors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("empty") << QByteArray("") << 1 << 1 << QStringLiteral("empty");
    QTest::newRow("whitespace only") << QByteArray("  \n ") << 0 << 0 << QStringLiteral("empty");
    QTest::newRow("unclosed string") << QByteArray("{\n  \"a\": \"open\n}") << 2 << 13 << QStringLiteral("string");
    QTest::newRow("missing colon") << QByteArray("{\n  \"a\" 1\n}") << 2 << 7 << QStringLiteral("':'");
    QTest::newRow("trailing comma") << QByteArray("{\"a\": 1,\n}") << 2 << 1 << QStringLiteral("key");
    QTest::newRow("unclosed object") << QByteArray("{\"a\": [1, 2]") << 1 << 13 << QStringLiteral("not closed");
    QTest::newRow("trailing content") << QByteArray("{\"a\": 1}\n{\"b\": 2}") << 2 << 1 << QStringLiteral("after");
    QTest::newRow("leading zero") << QByteArray("{\"a\": 012}") << 1 << 8 << QStringLiteral("number");
    QTest::newRow("bare word") << QByteArray("{\"a\": nope}") << 1 << 7 << QStringLiteral("unexpected");
    QTest::newRow("invalid utf-8") << QByteArray("{\"a\": \"x\xC3\x28\"}") << 1 << 9 << QStringLiteral("UTF-8");
    QTest::newRow("overlong utf-8") << QByteArray("{\"a\": \"\xC0\xAF\"}") << 1 << 8 << QStringLiteral("UTF-8");
    QTest::newRow("control character") << QByteArray("{\"a\": \"x\ty\"}") << 1 << 9 << QStringLiteral("control");
    QTest::newRow("bad escape") << QByteArray("{\"a\": \"\\q\"}") << 1 << 9 << QStringLiteral("escape");
    QTest::newRow("duplicate key") << QByteArray("{\n\"a\": 1,\n\"a\": 2\n}") << 3 << 6 << QStringLiteral("duplicate key \"a\"");
    QTest::newRow("single quotes") << QByteArray("{'a': 1}") << 1 << 2 << QStringLiteral("double quotes");
}

void TestJsonReader::errors()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, messagePart);
    const auto result = parseJson(text, QStringLiteral("bad.json"));
    QVERIFY2(!result, "malformed JSON was accepted");
    const Error &e = result.error();
    QVERIFY2(e.message.contains(messagePart, Qt::CaseInsensitive), qPrintable(e.message));
    if (line > 0) {
        QCOMPARE(e.location.line, line);
        QCOMPARE(e.location.column, column);
        QCOMPARE(e.location.source, QStringLiteral("bad.json"));
    }
}

void TestJsonReader::deepNestingIsRefusedCleanly()
{
    const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
    const auto result = parseJson(deep, QStringLiteral("deep.json"));
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QLatin1String("deeper")), qPrintable(result.error().message));
    QCOMPARE(result.error().location.line, 1);
    QCOMPARE(result.error().location.column, 1001);

    const QByteArray ok = QByteArray(1000, '[') + QByteArray(1000, ']');
    QVERIFY(parseJson(QByteArray(1001, '[') + QByteArray(1001, ']'), QStringLiteral("over.json")).ok() == false);
    QVERIFY(parseJson(ok, QStringLiteral("ok.json")));
}

void TestJsonReader::largeDocumentIsCompact()
{
    // 20,000 operations-like objects: every node kept, memory per node small.
    QByteArray text = "{\"paths\": {";
    for (int i = 0; i < 20000; ++i) {
        if (i)
            text += ',';
        text += "\"/items/" + QByteArray::number(i) + "\": {\"get\": {\"operationId\": \"op" + QByteArray::number(i)
            + "\", \"security\": [{\"k\": []}]}}";
    }
    text += "}}";
    const auto tree = parseOk(text);
    QVERIFY(tree);
    QCOMPARE(tree->root()["paths"].size(), 20000u);
    QCOMPARE(tree->root()["paths"].at(19999)["get"]["operationId"].toString(), QStringLiteral("op19999"));
    QVERIFY(tree->nodeCount() >= 20000u * 6);
    qDebug("tree: %zu bytes for %lld bytes of text", tree->memoryUsage(), qint64(text.size()));
    QVERIFY2(tree->memoryUsage() < std::size_t(text.size()) * 4, "the tree uses more than four times the text size");
}

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
