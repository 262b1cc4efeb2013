#include "openapi/Tree.h"

#include <QTest>

using namespace keyway;
using namespace keyway::openapi;

class TestTree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buildsNestedContainers();
    void sharedNodesAndExpansionCap();
    void duplicateKeysAreRejected();
    void depthLimit();
    void unfinishedAndEmpty();
    void integers_data();
    void integers();
    void lineIndex();
    void longLineColumns();
};

static TreeBuilder::Position yaml(int line, int column)
{
    return {std::uint32_t(line), std::uint32_t(column)};
}

void TestTree::buildsNestedContainers()
{
    TreeBuilder b(QStringLiteral("t.yaml"), Tree::Format::Yaml, {});
    QVERIFY(b.beginObject(yaml(1, 1)));
    b.setKey("b");
    b.addString("second", yaml(1, 4));
    b.setKey("a");
    QVERIFY(b.beginArray(yaml(2, 4)));
    b.addNumber("1", true, yaml(2, 5));
    b.addBool(true, yaml(2, 8));
    b.addNull(yaml(2, 14));
    QVERIFY(b.end());
    b.setKey("$ref");
    b.addString("#/b", yaml(3, 7));
    QVERIFY(b.end());
    auto tree = b.finish();
    QVERIFY(tree);
    const NodeRef root = tree.value()->root();
    QCOMPARE(root.size(), 3u);
    QCOMPARE(root.keyStringAt(0), QStringLiteral("b"));
    QCOMPARE(root.keyStringAt(1), QStringLiteral("a"));
    QCOMPARE(root["a"].size(), 3u);
    QCOMPARE(root["a"].at(0).toInteger(), 1);
    QVERIFY(root["a"].at(1).toBool());
    QVERIFY(root["a"].at(2).isNull());
    QCOMPARE(root["a"].at(1).location(), (SourceLocation{QStringLiteral("t.yaml"), 2, 8}));
    QCOMPARE(tree.value()->refNodes().size(), std::size_t(1));
    QVERIFY(!root.at(5).isValid());
    QVERIFY(!root["a"]["x"].isValid());
}

void TestTree::sharedNodesAndExpansionCap()
{
    TreeBuilder::Limits limits;
    limits.maxExpandedNodes = 10'000;
    TreeBuilder b(QStringLiteral("bomb.yaml"), Tree::Format::Yaml, {}, limits);
    QVERIFY(b.beginArray(yaml(1, 1)));
    // level 0: an array of 10 strings; each next level: an array of 10 references to the previous.
    QVERIFY(b.beginArray(yaml(2, 1)));
    for (int i = 0; i < 10; ++i)
        b.addString("lol", yaml(2, 2 + i));
    auto level = b.end();
    QVERIFY(level);
    std::uint32_t previous = level.value();
    bool capped = false;
    for (int depth = 1; depth < 9 && !capped; ++depth) {
        QVERIFY(b.beginArray(yaml(3 + depth, 1)));
        for (int i = 0; i < 10; ++i)
            QVERIFY(b.addExisting(previous));
        auto next = b.end();
        if (!next) {
            capped = true;
            QVERIFY2(next.error().message.contains(QLatin1String("expands")), qPrintable(next.error().message));
            QCOMPARE(next.error().location.line, 3 + depth);
            break;
        }
        previous = next.value();
    }
    QVERIFY(capped);
}

void TestTree::duplicateKeysAreRejected()
{
    TreeBuilder b(QStringLiteral("d.yaml"), Tree::Format::Yaml, {});
    QVERIFY(b.beginObject(yaml(1, 1)));
    b.setKey("x");
    b.addNumber("1", true, yaml(1, 4));
    b.setKey("y");
    b.addNumber("2", true, yaml(2, 4));
    QVERIFY(b.currentObjectHasKey("y"));
    QVERIFY(!b.currentObjectHasKey("z"));
    b.setKey("x");
    b.addNumber("3", true, yaml(3, 4));
    const auto r = b.end();
    QVERIFY(!r);
    QCOMPARE(r.error().message, QStringLiteral("duplicate key \"x\""));
    QCOMPARE(r.error().location.line, 3);
}

void TestTree::depthLimit()
{
    TreeBuilder::Limits limits;
    limits.maxDepth = 3;
    TreeBuilder b(QStringLiteral("deep.yaml"), Tree::Format::Yaml, {}, limits);
    QVERIFY(b.beginArray(yaml(1, 1)));
    QVERIFY(b.beginArray(yaml(1, 2)));
    QVERIFY(b.beginArray(yaml(1, 3)));
    QVERIFY(!b.beginArray(yaml(1, 4)));
    QCOMPARE(b.error().location.column, 4);
    QVERIFY(b.error().message.contains(QLatin1String("deeper than 3")));
}

void TestTree::unfinishedAndEmpty()
{
    TreeBuilder empty(QStringLiteral("e.json"), Tree::Format::Json, {});
    const auto e = empty.finish();
    QVERIFY(!e);
    QVERIFY(e.error().message.contains(QLatin1String("empty")));

    TreeBuilder open(QStringLiteral("o.yaml"), Tree::Format::Yaml, {});
    QVERIFY(open.beginObject(yaml(4, 2)));
    const auto o = open.finish();
    QVERIFY(!o);
    QCOMPARE(o.error().location.line, 4);
}

void TestTree::integers_data()
{
    QTest::addColumn<QByteArray>("literal");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("value");
    QTest::newRow("zero") << QByteArray("0") << true << qint64(0);
    QTest::newRow("negative") << QByteArray("-42") << true << qint64(-42);
    QTest::newRow("plus sign") << QByteArray("+7") << true << qint64(7);
    QTest::newRow("hex") << QByteArray("0x1F") << true << qint64(31);
    QTest::newRow("octal") << QByteArray("0o17") << true << qint64(15);
    QTest::newRow("int64 max") << QByteArray("9223372036854775807") << true << std::numeric_limits<qint64>::max();
    QTest::newRow("int64 min") << QByteArray("-9223372036854775808") << true << std::numeric_limits<qint64>::min();
    QTest::newRow("too big") << QByteArray("9223372036854775808") << false << qint64(0);
    QTest::newRow("garbage") << QByteArray("12abc") << false << qint64(0);
}

void TestTree::integers()
{
    QFETCH(QByteArray, literal);
    QFETCH(bool, ok);
    QFETCH(qint64, value);
    TreeBuilder b(QStringLiteral("n.yaml"), Tree::Format::Yaml, {});
    b.addNumber(std::string_view(literal.constData(), std::size_t(literal.size())), true, yaml(1, 1));
    const auto tree = b.finish();
    QVERIFY(tree);
    bool converted = !ok;
    QCOMPARE(tree.value()->root().toInteger(&converted), value);
    QCOMPARE(converted, ok);
    if (ok)
        QCOMPARE(tree.value()->root().toDouble(-1), double(value));
}

void TestTree::lineIndex()
{
    const QByteArray text = "ab\r\ncd\n\xC3\xA9x\n";
    Tree tree(QStringLiteral("l.json"), Tree::Format::Json, text);
    QCOMPARE(tree.locationOfOffset(0), (SourceLocation{QStringLiteral("l.json"), 1, 1}));
    QCOMPARE(tree.locationOfOffset(5), (SourceLocation{QStringLiteral("l.json"), 2, 2}));
    QCOMPARE(tree.locationOfOffset(9), (SourceLocation{QStringLiteral("l.json"), 3, 2}));
    QCOMPARE(tree.sourceLine(1), QStringLiteral("ab"));
    QCOMPARE(tree.sourceLine(3), QStringLiteral("\u00e9x"));
    QCOMPARE(tree.sourceLine(9), QString());
}

void TestTree::longLineColumns()
{
    // Minified JSON is one long line: columns must stay right (and cheap) far into it.
    QByteArray text = "first line\n";
    for (int i = 0; i < 3000; ++i)
        text += (i % 7 == 0) ? QByteArray("\xC3\xA9\xE2\x82\xAC") : QByteArray("abcde");
    text += "\nlast";
    Tree tree(QStringLiteral("min.json"), Tree::Format::Json, text);
    for (const qsizetype offset :
         {qsizetype(11), qsizetype(4100), qsizetype(4107), qsizetype(8203), qsizetype(12000), qsizetype(text.size() - 6)}) {
        int column = 1;
        for (qsizetype i = 11; i < offset; ++i) {
            if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80)
                ++column;
        }
        const SourceLocation location = tree.locationOfOffset(std::size_t(offset));
        QCOMPARE(location.line, 2);
        QCOMPARE(location.column, column);
    }
    QCOMPARE(tree.locationOfOffset(std::size_t(text.size() - 2)), (SourceLocation{QStringLiteral("min.json"), 3, 3}));
}

QTEST_GUILESS_MAIN(TestTree)
#include "tst_tree.moc"
