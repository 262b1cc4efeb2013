#include "openapi/Readers.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryFile>
#include <QTest>

#include <cmath>
#include <functional>
#include <limits>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace keyway;
using namespace keyway::openapi;

class TestYamlReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scalarTyping_data();
    void scalarTyping();
    void numbersConvert();
    void bigNumbersKeepTheirLiteral();
    void keepsDocumentOrder();
    void nestedCollections();
    void positions_data();
    void positions();
    void aliasesShareNodes();
    void mergeKeys_data();
    void mergeKeys();
    void mergedValuesAreShared();
    void blockScalars_data();
    void blockScalars();
    void multiDocumentStreamReadsFirstOnly_data();
    void multiDocumentStreamReadsFirstOnly();
    void refNodesAreCollected();
    void errors_data();
    void errors();
    void aliasBombIsRefused_data();
    void aliasBombIsRefused();
    void deepNestingIsRefusedCleanly_data();
    void deepNestingIsRefusedCleanly();
    void diagnosticsAreNotPrinted();
    void bundledSpecsParse_data();
    void bundledSpecsParse();
    void openAiSpecParsesQuickly();
};

static std::shared_ptr<const Tree> parseOk(const QByteArray &text)
{
    auto result = parseYaml(text, QStringLiteral("t.yaml"));
    if (!result)
        qWarning("%s", qPrintable(result.error().toString()));
    return result ? result.value() : nullptr;
}

static QByteArray bytes(std::string_view text)
{
    return QByteArray(text.data(), qsizetype(text.size()));
}

// Follows a "/"-separated path of keys and array indices ("paths/0/name").
static NodeRef follow(NodeRef node, const QString &path)
{
    if (path.isEmpty())
        return node;
    for (const QString &part : path.split(u'/')) {
        if (node.isArray()) {
            bool ok = false;
            const uint i = part.toUInt(&ok);
            node = ok ? node.at(i) : NodeRef();
        } else {
            node = node.value(part.toStdString());
        }
    }
    return node;
}

// A compact rendering of a node: scalars as their text (strings quoted), {k=v,...} and [v,...].
static QString render(NodeRef node)
{
    if (!node.isValid())
        return QStringLiteral("<invalid>");
    if (node.isString())
        return u'"' + node.toString() + u'"';
    if (node.isScalar())
        return node.toString();
    QStringList parts;
    for (std::uint32_t i = 0; i < node.size(); ++i)
        parts << (node.isObject() ? node.keyStringAt(i) + u'=' + render(node.at(i)) : render(node.at(i)));
    return node.isObject() ? u'{' + parts.join(u',') + u'}' : u'[' + parts.join(u',') + u']';
}

// ------------------------------------------------------------------------------------ scalars

void TestYamlReader::scalarTyping_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("text");

    const int null = int(NodeKind::Null), boolean = int(NodeKind::Bool), integer = int(NodeKind::Integer), number = int(NodeKind::Number),
              string = int(NodeKind::String);
    QTest::newRow("null tilde") << QByteArray("~") << null << QByteArray("null");
    QTest::newRow("null lower") << QByteArray("null") << null << QByteArray("null");
    QTest::newRow("null title") << QByteArray("Null") << null << QByteArray("null");
    QTest::newRow("null upper") << QByteArray("NULL") << null << QByteArray("null");
    QTest::newRow("null empty") << QByteArray("") << null << QByteArray("null");
    QTest::newRow("null mixed case is a string") << QByteArray("nULL") << string << QByteArray("nULL");
    QTest::newRow("true") << QByteArray("true") << boolean << QByteArray("true");
    QTest::newRow("True") << QByteArray("True") << boolean << QByteArray("true");
    QTest::newRow("TRUE") << QByteArray("TRUE") << boolean << QByteArray("true");
    QTest::newRow("false") << QByteArray("false") << boolean << QByteArray("false");
    QTest::newRow("False") << QByteArray("False") << boolean << QByteArray("false");
    QTest::newRow("FALSE") << QByteArray("FALSE") << boolean << QByteArray("false");
    QTest::newRow("yes is a string (YAML 1.2)") << QByteArray("yes") << string << QByteArray("yes");
    QTest::newRow("on is a string (YAML 1.2)") << QByteArray("on") << string << QByteArray("on");
    QTest::newRow("int") << QByteArray("42") << integer << QByteArray("42");
    QTest::newRow("int negative") << QByteArray("-17") << integer << QByteArray("-17");
    QTest::newRow("int plus sign") << QByteArray("+5") << integer << QByteArray("+5");
    QTest::newRow("int zero") << QByteArray("0") << integer << QByteArray("0");
    QTest::newRow("int octal") << QByteArray("0o17") << integer << QByteArray("0o17");
    QTest::newRow("int hex") << QByteArray("0x1fA") << integer << QByteArray("0x1fA");
    QTest::newRow("octal digit 8 is a string") << QByteArray("0o18") << string << QByteArray("0o18");
    QTest::newRow("hex without digits is a string") << QByteArray("0x") << string << QByteArray("0x");
    QTest::newRow("underscores are a string") << QByteArray("1_000") << string << QByteArray("1_000");
    QTest::newRow("binary is a string") << QByteArray("0b101") << string << QByteArray("0b101");
    QTest::newRow("float") << QByteArray("3.14") << number << QByteArray("3.14");
    QTest::newRow("float version-like") << QByteArray("1.0") << number << QByteArray("1.0");
    QTest::newRow("float exponent") << QByteArray("-2.5e-3") << number << QByteArray("-2.5e-3");
    QTest::newRow("float exponent without dot") << QByteArray("1E3") << number << QByteArray("1E3");
    QTest::newRow("float leading dot") << QByteArray(".5") << number << QByteArray(".5");
    QTest::newRow("float trailing dot") << QByteArray("1.") << number << QByteArray("1.");
    QTest::newRow("float inf") << QByteArray(".inf") << number << QByteArray(".inf");
    QTest::newRow("float -Inf") << QByteArray("-.Inf") << number << QByteArray("-.Inf");
    QTest::newRow("float +INF") << QByteArray("+.INF") << number << QByteArray("+.INF");
    QTest::newRow("float nan") << QByteArray(".NaN") << number << QByteArray(".NaN");
    QTest::newRow("signed nan is a string") << QByteArray("-.nan") << string << QByteArray("-.nan");
    QTest::newRow("exponent without digits is a string") << QByteArray("1e") << string << QByteArray("1e");
    QTest::newRow("lone dot is a string") << QByteArray(".") << string << QByteArray(".");
    QTest::newRow("date is a string") << QByteArray("2001-12-14") << string << QByteArray("2001-12-14");
    QTest::newRow("plain text") << QByteArray("hello world") << string << QByteArray("hello world");
    QTest::newRow("plain text with a tab") << QByteArray("a long text with\ta tab inside") << string
                                           << QByteArray("a long text with\ta tab inside");
    QTest::newRow("single-quoted number") << QByteArray("'42'") << string << QByteArray("42");
    QTest::newRow("double-quoted bool") << QByteArray("\"true\"") << string << QByteArray("true");
    QTest::newRow("double-quoted null") << QByteArray("\"null\"") << string << QByteArray("null");
    QTest::newRow("quoted empty") << QByteArray("''") << string << QByteArray("");
    QTest::newRow("escapes") << QByteArray(R"("a\tb\u00e9")") << string << QByteArray("a\tb\xC3\xA9");
    QTest::newRow("block literal number") << QByteArray("|-\n  42") << string << QByteArray("42");
    QTest::newRow("tag str") << QByteArray("!!str 42") << string << QByteArray("42");
    QTest::newRow("tag str on empty") << QByteArray("!!str") << string << QByteArray("");
    QTest::newRow("tag int on quoted") << QByteArray("!!int \"42\"") << integer << QByteArray("42");
    QTest::newRow("tag float on int literal") << QByteArray("!!float 1") << number << QByteArray("1");
    QTest::newRow("tag bool on quoted") << QByteArray("!!bool 'false'") << boolean << QByteArray("false");
    QTest::newRow("tag null on quoted empty") << QByteArray("!!null ''") << null << QByteArray("null");
    QTest::newRow("verbatim tag int") << QByteArray("!<tag:yaml.org,2002:int> '7'") << integer << QByteArray("7");
    QTest::newRow("non-specific tag is a string") << QByteArray("! 12") << string << QByteArray("12");
    QTest::newRow("custom tag keeps natural type") << QByteArray("!custom 12") << integer << QByteArray("12");
    QTest::newRow("binary tag keeps text") << QByteArray("!!binary aGk=") << string << QByteArray("aGk=");
}

void TestYamlReader::scalarTyping()
{
    QFETCH(QByteArray, value);
    QFETCH(int, kind);
    QFETCH(QByteArray, text);

    const auto tree = parseOk("v: " + value + "\n");
    QVERIFY(tree);
    const NodeRef v = tree->root()["v"];
    QVERIFY(v.isValid());
    QCOMPARE(int(v.kind()), kind);
    QCOMPARE(bytes(v.text()), text);
}

void TestYamlReader::numbersConvert()
{
    const auto tree = parseOk("[0o17, 0x1F, -12, 1e3, .inf, -.inf, .nan, 2.5]");
    QVERIFY(tree);
    const NodeRef r = tree->root();
    bool ok = false;
    QCOMPARE(r.at(0).toInteger(&ok), 15);
    QVERIFY(ok);
    QCOMPARE(r.at(1).toInteger(&ok), 31);
    QVERIFY(ok);
    QCOMPARE(r.at(2).toInteger(&ok), -12);
    QVERIFY(ok);
    QCOMPARE(r.at(3).toDouble(), 1000.0);
    QVERIFY(std::isinf(r.at(4).toDouble()) && r.at(4).toDouble() > 0);
    QVERIFY(std::isinf(r.at(5).toDouble()) && r.at(5).toDouble() < 0);
    QVERIFY(std::isnan(r.at(6).toDouble()));
    QCOMPARE(r.at(7).toDouble(), 2.5);
}

void TestYamlReader::bigNumbersKeepTheirLiteral()
{
    const auto tree = parseOk("n: 9007199254740993\nhuge: 123456789012345678901234567890\n"
                              "precise: 0.1000000000000000055511151231257827\n");
    QVERIFY(tree);
    const NodeRef n = tree->root()["n"];
    QCOMPARE(n.kind(), NodeKind::Integer);
    QCOMPARE(bytes(n.text()), QByteArray("9007199254740993"));
    bool ok = false;
    QCOMPARE(n.toInteger(&ok), Q_INT64_C(9007199254740993));
    QVERIFY(ok);
    QCOMPARE(bytes(tree->root()["huge"].text()), QByteArray("123456789012345678901234567890"));
    QCOMPARE(tree->root()["huge"].kind(), NodeKind::Integer);
    tree->root()["huge"].toInteger(&ok);
    QVERIFY(!ok);
    QCOMPARE(bytes(tree->root()["precise"].text()), QByteArray("0.1000000000000000055511151231257827"));
}

// ------------------------------------------------------------------------------------ structure

void TestYamlReader::keepsDocumentOrder()
{
    const auto tree = parseOk("zeta: 1\nalpha: 2\nmid:\n  b: true\n  a: false\n\"200\": ok\n404: missing\nlist: [3, 2, 1]\n");
    QVERIFY(tree);
    const NodeRef root = tree->root();
    QVERIFY(root.isObject());
    QCOMPARE(root.size(), 6u);
    QCOMPARE(root.keyStringAt(0), QStringLiteral("zeta"));
    QCOMPARE(root.keyStringAt(1), QStringLiteral("alpha"));
    QCOMPARE(root.keyStringAt(2), QStringLiteral("mid"));
    QCOMPARE(root.keyStringAt(3), QStringLiteral("200"));
    QCOMPARE(root.keyStringAt(4), QStringLiteral("404")); // a plain number key keeps its text
    QCOMPARE(root["mid"].keyStringAt(0), QStringLiteral("b"));
    QCOMPARE(root["mid"].keyStringAt(1), QStringLiteral("a"));
    QCOMPARE(render(root["list"]), QStringLiteral("[3,2,1]"));
}

void TestYamlReader::nestedCollections()
{
    const auto tree = parseOk("paths:\n"
                              "  /pets:\n"
                              "    get:\n"
                              "      tags: [pets, {name: x, ids: [1, 2]}]\n"
                              "      responses:\n"
                              "        - code: 200\n"
                              "          content: {}\n"
                              "        - []\n"
                              "        -\n"
                              "          - nested\n"
                              "          - - deeper\n");
    QVERIFY(tree);
    const NodeRef op = tree->root()["paths"]["/pets"]["get"];
    QVERIFY(op.isObject());
    QCOMPARE(render(op["tags"]), QStringLiteral("[\"pets\",{name=\"x\",ids=[1,2]}]"));
    QCOMPARE(render(op["responses"]), QStringLiteral("[{code=200,content={}},[],[\"nested\",[\"deeper\"]]]"));
}

void TestYamlReader::positions_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    const QByteArray doc = "openapi: 3.1.0\n" // 1
                           "info:\n" // 2
                           "  title: 'Quoted'\n" // 3
                           "  description: |\n" // 4
                           "    Block text\n" // 5
                           "  summary: >- # folded\n" // 6
                           "    text\n" // 7
                           "tags:\n" // 8
                           "  - name: first\n" // 9
                           "  - [a, \"b\", {c: d}]\n" // 10
                           "empty:\n" // 11
                           "unicode: \"\xC3\xA9t\xC3\xA9\"  # caf\xC3\xA9\n" // 12
                           "after: [\xC3\xA9, x]\n" // 13
                           "anchored: &a\n" // 14
                           "  k: v\n" // 15
                           "alias: *a\n"; // 16
    QTest::newRow("root mapping at its first key") << doc << QString() << 1 << 1;
    QTest::newRow("plain value") << doc << QStringLiteral("openapi") << 1 << 10;
    QTest::newRow("block mapping at its first key") << doc << QStringLiteral("info") << 3 << 3;
    QTest::newRow("single-quoted value at its quote") << doc << QStringLiteral("info/title") << 3 << 10;
    QTest::newRow("literal block at its indicator") << doc << QStringLiteral("info/description") << 4 << 16;
    QTest::newRow("folded block with comment") << doc << QStringLiteral("info/summary") << 6 << 12;
    QTest::newRow("block sequence at its dash") << doc << QStringLiteral("tags") << 9 << 3;
    QTest::newRow("mapping in a sequence") << doc << QStringLiteral("tags/0") << 9 << 5;
    QTest::newRow("value in a sequence item") << doc << QStringLiteral("tags/0/name") << 9 << 11;
    QTest::newRow("flow sequence at its bracket") << doc << QStringLiteral("tags/1") << 10 << 5;
    QTest::newRow("double-quoted in flow") << doc << QStringLiteral("tags/1/1") << 10 << 9;
    QTest::newRow("flow mapping at its brace") << doc << QStringLiteral("tags/1/2") << 10 << 14;
    QTest::newRow("flow mapping value") << doc << QStringLiteral("tags/1/2/c") << 10 << 18;
    QTest::newRow("empty value at its key") << doc << QStringLiteral("empty") << 11 << 1;
    QTest::newRow("quoted unicode") << doc << QStringLiteral("unicode") << 12 << 10;
    QTest::newRow("columns count characters") << doc << QStringLiteral("after/1") << 13 << 12;
    QTest::newRow("anchored block mapping") << doc << QStringLiteral("anchored/k") << 15 << 6;
    QTest::newRow("alias shares the anchored node's place") << doc << QStringLiteral("alias/k") << 15 << 6;
    QTest::newRow("windows line endings") << QByteArray("a: 1\r\nb:\r\n  - x\r\n") << QStringLiteral("b/0") << 3 << 5;
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBFkey: value\n") << QStringLiteral("key") << 1 << 6;
    QTest::newRow("document start marker") << QByteArray("%YAML 1.2\n---\nx: |+\n  keep\n\n") << QStringLiteral("x") << 3 << 4;
}

void TestYamlReader::positions()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, path);
    QFETCH(int, line);
    QFETCH(int, column);

    const auto tree = parseOk(yaml);
    QVERIFY(tree);
    const NodeRef node = follow(tree->root(), path);
    QVERIFY2(node.isValid(), qPrintable(path));
    const SourceLocation loc = node.location();
    QCOMPARE(loc.source, QStringLiteral("t.yaml"));
    QCOMPARE(loc.line, line);
    QCOMPARE(loc.column, column);
}

void TestYamlReader::aliasesShareNodes()
{
    const auto tree = parseOk("base: &b\n"
                              "  type: object\n"
                              "  properties: {id: {type: integer}}\n"
                              "name: &n Alice\n"
                              "copies: [*b, *b, *n]\n"
                              "*n : alias as key\n"
                              "redefined: &b other\n"
                              "later: *b\n");
    QVERIFY(tree);
    const NodeRef root = tree->root();
    const NodeRef copies = root["copies"];
    QCOMPARE(copies.size(), 3u);
    QVERIFY(copies.at(0) == root["base"]); // the same node, not a copy
    QVERIFY(copies.at(1) == root["base"]);
    QVERIFY(copies.at(2) == root["name"]);
    QCOMPARE(copies.at(0)["properties"]["id"]["type"].toString(), QStringLiteral("integer"));
    QCOMPARE(root["Alice"].toString(), QStringLiteral("alias as key"));
    QCOMPARE(root["later"].toString(), QStringLiteral("other")); // the latest anchor of a name wins
    QVERIFY(!(root["later"] == root["base"]));
    // Nodes: root, base, "object", properties, {id}, "integer", "Alice", copies, "alias as key" and
    // "other"; nothing more for the aliases.
    QCOMPARE(tree->nodeCount(), std::size_t(10));
}

// ------------------------------------------------------------------------------------ merge keys

void TestYamlReader::mergeKeys_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");

    const QByteArray bases = "a: &a {x: 1, y: 2}\n"
                             "b: &b {y: 20, z: 30}\n";
    QTest::newRow("single alias") << bases + "m:\n  <<: *a\n  w: 0\n" << QStringLiteral("m") << QStringLiteral("{w=0,x=1,y=2}");
    QTest::newRow("explicit key before the merge wins") << bases + "m:\n  x: 9\n  <<: *a\n"
                                                        << QStringLiteral("m") << QStringLiteral("{x=9,y=2}");
    QTest::newRow("explicit key after the merge wins") << bases + "m:\n  <<: *a\n  x: 9\n"
                                                       << QStringLiteral("m") << QStringLiteral("{x=9,y=2}");
    QTest::newRow("sequence: earlier source wins") << bases + "m:\n  <<: [*a, *b]\n"
                                                   << QStringLiteral("m") << QStringLiteral("{x=1,y=2,z=30}");
    QTest::newRow("sequence in the other order") << bases + "m:\n  <<: [*b, *a]\n"
                                                 << QStringLiteral("m") << QStringLiteral("{y=20,z=30,x=1}");
    QTest::newRow("sequence with explicit override") << bases + "m:\n  <<: [*a, *b]\n  z: 3\n  y: 0\n"
                                                     << QStringLiteral("m") << QStringLiteral("{z=3,y=0,x=1}");
    QTest::newRow("inline mapping") << QByteArray("m:\n  <<: {p: 1, q: [2]}\n  q: 3\n") << QStringLiteral("m")
                                    << QStringLiteral("{q=3,p=1}");
    QTest::newRow("inline block mapping") << QByteArray("m:\n  <<:\n    p: 1\n    r: {s: t}\n  q: 3\n") << QStringLiteral("m")
                                          << QStringLiteral("{q=3,p=1,r={s=\"t\"}}");
    QTest::newRow("inline sequence of alias and mapping") << bases + "m:\n  <<: [{y: 5}, *a]\n"
                                                          << QStringLiteral("m") << QStringLiteral("{y=5,x=1}");
    QTest::newRow("merge in a flow mapping") << bases + "m: {<<: *a, y: 7}\n" << QStringLiteral("m") << QStringLiteral("{y=7,x=1}");
    QTest::newRow("source with its own merge") << bases + "c: &c\n  <<: *b\n  c: 1\nm:\n  <<: *c\n"
                                               << QStringLiteral("m") << QStringLiteral("{c=1,y=20,z=30}");
    QTest::newRow("inline source with its own merge") << bases + "m:\n  <<: {<<: *a, y: 8}\n"
                                                      << QStringLiteral("m") << QStringLiteral("{y=8,x=1}");
    QTest::newRow("merge tag") << bases + "m:\n  !!merge <<: *a\n" << QStringLiteral("m") << QStringLiteral("{x=1,y=2}");
    QTest::newRow("quoted << is an ordinary key") << QByteArray("m:\n  '<<': 1\n") << QStringLiteral("m") << QStringLiteral("{<<=1}");
    QTest::newRow("empty merge sequence") << QByteArray("m:\n  <<: []\n  k: v\n") << QStringLiteral("m") << QStringLiteral("{k=\"v\"}");
    QTest::newRow("merged nested values") << QByteArray("d: &d {schema: {type: string}}\nm:\n  <<: *d\n") << QStringLiteral("m/schema/type")
                                          << QStringLiteral("\"string\"");
    QTest::newRow("anchor inside an inline merge, used later") << QByteArray("m:\n  <<: {p: &p {deep: 1}}\nn: *p\no: *p\n") << QString()
                                                               << QStringLiteral("{m={p={deep=1}},n={deep=1},o={deep=1}}");
    QTest::newRow("anchor inside an inline merge, aliased before the merge")
        << QByteArray("m:\n  <<: {p: &p {deep: [1]}, r: 2}\n  q: *p\n") << QStringLiteral("m")
        << QStringLiteral("{q={deep=[1]},p={deep=[1]},r=2}");
    QTest::newRow("anchor inside an inline merge, overridden")
        << QByteArray("m:\n  <<: {p: &p [1, 2]}\n  p: 0\nn: *p\n") << QString() << QStringLiteral("{m={p=0},n=[1,2]}");
    QTest::newRow("anchored inline merge mapping reused as a merge")
        << QByteArray("m:\n  <<: &s {k: 1}\nn:\n  <<: *s\n  j: 2\n") << QString() << QStringLiteral("{m={k=1},n={j=2,k=1}}");
    QTest::newRow("anchored inline merge mapping used as a value")
        << QByteArray("m:\n  <<: &s {k: 1}\nv: *s\n") << QString() << QStringLiteral("{m={k=1},v={k=1}}");
    QTest::newRow("alias to a key anchor inside a merge")
        << QByteArray("m:\n  <<: {&k name: 1}\nv: *k\n") << QString() << QStringLiteral("{m={name=1},v=\"name\"}");
    QTest::newRow("merge inside a sequence item") << bases + "list:\n  - <<: *a\n    x: 0\n"
                                                  << QStringLiteral("list/0") << QStringLiteral("{x=0,y=2}");
    QTest::newRow("$ref via merge") << QByteArray("r: &r {$ref: '#/a'}\nm:\n  <<: *r\n") << QStringLiteral("m")
                                    << QStringLiteral("{$ref=\"#/a\"}");
}

void TestYamlReader::mergeKeys()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, path);
    QFETCH(QString, expected);

    const auto tree = parseOk(yaml);
    QVERIFY(tree);
    QCOMPARE(render(follow(tree->root(), path)), expected);
}

void TestYamlReader::mergedValuesAreShared()
{
    const auto tree = parseOk("base: &base\n  schema: {type: string}\n  ok: true\n"
                              "one:\n  <<: *base\n  extra: 1\n"
                              "two:\n  <<: *base\n");
    QVERIFY(tree);
    const NodeRef root = tree->root();
    QVERIFY(root["one"]["schema"] == root["base"]["schema"]);
    QVERIFY(root["two"]["schema"] == root["base"]["schema"]);
    QVERIFY(root["two"]["ok"] == root["base"]["ok"]);
    QVERIFY(!(root["one"] == root["two"]));
    QCOMPARE(root["two"].size(), 2u);
    QVERIFY(!root["one"].contains("<<"));

    // An anchor inside an inline merge value is built once and shared, whichever use comes first.
    const auto inlineTree = parseOk("m:\n  <<: {p: &p {deep: 1}}\n  q: *p\nn: *p\n");
    QVERIFY(inlineTree);
    const NodeRef m = inlineTree->root()["m"];
    QVERIFY(m["q"].isObject());
    QVERIFY(m["p"] == m["q"]);
    QVERIFY(inlineTree->root()["n"] == m["q"]);
}

// ------------------------------------------------------------------------------------ block scalars

void TestYamlReader::blockScalars_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QByteArray>("value");

    QTest::newRow("literal") << QByteArray("v: |\n  line 1\n    indented\n  line 3\nnext: x\n")
                             << QByteArray("line 1\n  indented\nline 3\n");
    QTest::newRow("literal strip") << QByteArray("v: |-\n  a\n  b\n\n") << QByteArray("a\nb");
    QTest::newRow("literal keep") << QByteArray("v: |+\n  a\n\n\nnext: x\n") << QByteArray("a\n\n\n");
    QTest::newRow("keep with whitespace-only line") << QByteArray("v:\n  example: |+\n    \n  nullable: true\n") << QByteArray("\n");
    QTest::newRow("keep with longer whitespace-only line")
        << QByteArray("v: |+\n  text\n        \n  more\n") << QByteArray("text\n      \nmore\n");
    QTest::newRow("folded") << QByteArray("v: >\n  one\n  two\n\n  three\n") << QByteArray("one two\nthree\n");
    QTest::newRow("folded keep") << QByteArray("v: >+\n  one\n\n") << QByteArray("one\n\n");
    QTest::newRow("explicit indentation") << QByteArray("v: |2\n    starts indented\n  back\n") << QByteArray("  starts indented\nback\n");
    QTest::newRow("empty block") << QByteArray("v: |\nnext: x\n") << QByteArray("");
    QTest::newRow("comment after indicator") << QByteArray("v: | # not content\n  text\n") << QByteArray("text\n");
}

void TestYamlReader::blockScalars()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QByteArray, value);

    const auto tree = parseOk(yaml);
    QVERIFY(tree);
    NodeRef v = tree->root()["v"];
    if (v.isObject())
        v = v["example"];
    QVERIFY(v.isString());
    QCOMPARE(bytes(v.text()), value);
}

void TestYamlReader::multiDocumentStreamReadsFirstOnly_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("expected");

    QTest::newRow("implicit first document") << QByteArray("a: 1\n---\nb: 2\n") << QStringLiteral("{a=1}");
    QTest::newRow("explicit documents") << QByteArray("--- first\n...\n--- second\n") << QStringLiteral("\"first\"");
    QTest::newRow("syntax error in the second document is ignored") << QByteArray("a: 1\n---\nb: [\n") << QStringLiteral("{a=1}");
    QTest::newRow("invalid alias in the second document is ignored") << QByteArray("a: 1\n---\nb: *nope\n") << QStringLiteral("{a=1}");
    QTest::newRow("empty explicit document is null") << QByteArray("---\n---\nb: 2\n") << QStringLiteral("null");
    QTest::newRow("directive before the document") << QByteArray("%YAML 1.2\n---\nk: v\n") << QStringLiteral("{k=\"v\"}");
}

void TestYamlReader::multiDocumentStreamReadsFirstOnly()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, expected);

    const auto tree = parseOk(yaml);
    QVERIFY(tree);
    QCOMPARE(render(tree->root()), expected);
}

void TestYamlReader::refNodesAreCollected()
{
    const auto tree = parseOk("components:\n"
                              "  schemas:\n"
                              "    Pet: {$ref: '#/components/schemas/Animal'}\n"
                              "    List:\n"
                              "      items:\n"
                              "        \"$ref\": \"#/components/schemas/Pet\"\n"
                              "    NotRef: {$ref: 12, ref: '#/x'}\n"
                              "paths:\n"
                              "  /a: {$ref: &shared 'other.yaml#/paths/a'}\n"
                              "  /b: {$ref: *shared}\n");
    QVERIFY(tree);
    const auto &refs = tree->refNodes();
    QCOMPARE(refs.size(), std::size_t(4)); // the number and the "ref" key are not references
    QCOMPARE(NodeRef(tree.get(), refs[0]).toString(), QStringLiteral("#/components/schemas/Animal"));
    QCOMPARE(NodeRef(tree.get(), refs[1]).toString(), QStringLiteral("#/components/schemas/Pet"));
    QCOMPARE(NodeRef(tree.get(), refs[2]).toString(), QStringLiteral("other.yaml#/paths/a"));
    QCOMPARE(NodeRef(tree.get(), refs[3]).location().line, 9);
}

// ------------------------------------------------------------------------------------ errors

void TestYamlReader::errors_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("empty input") << QByteArray("") << 1 << 1 << QStringLiteral("empty");
    QTest::newRow("comments only") << QByteArray("# nothing here\n\n") << 1 << 1 << QStringLiteral("empty");
    QTest::newRow("unknown alias") << QByteArray("a: 1\nb:\n  c: *missing\n") << 3 << 6 << QStringLiteral("unknown alias \"*missing\"");
    QTest::newRow("alias before its anchor") << QByteArray("a: *x\nb: &x 1\n") << 1 << 4 << QStringLiteral("unknown alias");
    QTest::newRow("unknown alias in a merge") << QByteArray("m:\n  <<: [*nope]\n") << 2 << 8 << QStringLiteral("unknown alias");
    QTest::newRow("duplicate key") << QByteArray("a: 1\nb: 2\na: 3\n") << 3 << 1 << QStringLiteral("duplicate key \"a\"");
    QTest::newRow("duplicate key with alias value")
        << QByteArray("x: &v 1\nm:\n  k: 1\n  k: *v\n") << 4 << 3 << QStringLiteral("duplicate key \"k\"");
    QTest::newRow("duplicate key in flow") << QByteArray("m: {a: 1, b: 2, a: 3}\n") << 1 << 17 << QStringLiteral("duplicate key \"a\"");
    QTest::newRow("duplicate merge key") << QByteArray("a: &a {x: 1}\nm:\n  <<: *a\n  <<: *a\n") << 4 << 3
                                         << QStringLiteral("duplicate key \"<<\"");
    QTest::newRow("complex key") << QByteArray("? [a, b]\n: value\n") << 1 << 3 << QStringLiteral("complex mapping keys are not supported");
    QTest::newRow("complex key in flow") << QByteArray("m: {{a: 1}: v}\n") << 1 << 5
                                         << QStringLiteral("complex mapping keys are not supported");
    QTest::newRow("complex key inside a merge")
        << QByteArray("m:\n  <<: {[a]: 1}\n") << 2 << 8 << QStringLiteral("complex mapping keys are not supported");
    QTest::newRow("alias to a mapping as key") << QByteArray("a: &a {x: 1}\n*a : v\n") << 2 << 1 << QStringLiteral("complex mapping keys");
    QTest::newRow("tab indentation") << QByteArray("a:\n\t- b\n") << 2 << 1 << QStringLiteral("tab");
    QTest::newRow("bad indentation") << QByteArray("a:\n  b: 1\n c: 2\n") << 3 << 2 << QStringLiteral("indentation");
    QTest::newRow("unclosed flow sequence") << QByteArray("a: [1, 2\nb: 3\n") << 3 << 1 << QStringLiteral("flow sequence");
    QTest::newRow("unclosed single quote") << QByteArray("a: 'open\nb: 1\n") << 1 << 4 << QStringLiteral("single-quoted");
    QTest::newRow("unclosed double quote") << QByteArray("a: \"open\n") << 1 << 5 << QStringLiteral("closing quote");
    QTest::newRow("sequence then mapping") << QByteArray("- a\nb: 1\n") << 2 << 1 << QStringLiteral("block sequence");
    QTest::newRow("reserved indicator") << QByteArray("a: @x\n") << 1 << 4 << QStringLiteral("'@'");
    QTest::newRow("alias without a name") << QByteArray("a: *\n") << 1 << 5 << QStringLiteral("alias");
    QTest::newRow("mapping on the same line") << QByteArray("a: b: c\n") << 1 << 5 << QStringLiteral("mapping");
    QTest::newRow("error in the first document before a second")
        << QByteArray("a: [1\n---\nb: 2\n") << 2 << 1 << QStringLiteral("missing comma");
    QTest::newRow("invalid UTF-8") << QByteArray("a: ok\nb: x\xC3\x28y\n") << 2 << 5 << QStringLiteral("UTF-8");
    QTest::newRow("overlong UTF-8") << QByteArray("a: \xC0\xAF\n") << 1 << 4 << QStringLiteral("UTF-8");
    QTest::newRow("UTF-8 surrogate") << QByteArray("a: \xED\xA0\x80\n") << 1 << 4 << QStringLiteral("UTF-8");
    QTest::newRow("truncated UTF-8 at the end") << QByteArray("a: \xC3\xA9\xE2\x82") << 1 << 5 << QStringLiteral("UTF-8");
    QTest::newRow("latin-1 text") << QByteArray("name: caf\xE9\n") << 1 << 10 << QStringLiteral("UTF-8");
    QTest::newRow("UTF-16 with byte order mark") << QByteArray("\xFF\xFE"
                                                               "a\0:\0 \0"
                                                               "1\0",
                                                               10)
                                                 << 1 << 1 << QStringLiteral("UTF-8");
    QTest::newRow("NUL byte") << QByteArray("a: b\0c\n", 7) << 1 << 5 << QStringLiteral("U+0000");
    QTest::newRow("control character") << QByteArray("a: b\x01"
                                                     "c\n")
                                       << 1 << 5 << QStringLiteral("U+0001");
    QTest::newRow("control character in a long line")
        << QByteArray("x: 1\r\ndescription: a long line of text\x02 and more\n") << 2 << 33 << QStringLiteral("U+0002");
    QTest::newRow("escape character") << QByteArray("colour: \x1B[31mred\n") << 1 << 9 << QStringLiteral("U+001B");
    QTest::newRow("binary garbage") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16) << 1 << 1 << QStringLiteral("UTF-8");
    QTest::newRow("merge value is a scalar") << QByteArray("m:\n  <<: 1\n") << 2 << 7 << QStringLiteral("merge key");
    QTest::newRow("merge alias to a sequence") << QByteArray("s: &s [1]\nm:\n  <<: *s\n") << 3 << 7 << QStringLiteral("merge key");
    QTest::newRow("merge sequence with a scalar")
        << QByteArray("a: &a {x: 1}\nm:\n  <<: [*a, 2]\n") << 3 << 12 << QStringLiteral("merge key");
    QTest::newRow("recursive alias") << QByteArray("a: &a\n  - *a\n") << 2 << 5 << QStringLiteral("contains it");
    QTest::newRow("recursive merge") << QByteArray("a: &a\n  x: 1\n  <<: *a\n") << 3 << 7 << QStringLiteral("contains it");
    QTest::newRow("recursive alias inside a merge") << QByteArray("m:\n  <<: &a {x: *a}\n") << 2 << 14 << QStringLiteral("contains it");
    QTest::newRow("invalid !!int") << QByteArray("a: !!int 12abc\n") << 1 << 10 << QStringLiteral("!!int");
    QTest::newRow("invalid !!bool") << QByteArray("a: !!bool yes\n") << 1 << 11 << QStringLiteral("!!bool");
    QTest::newRow("invalid !!float") << QByteArray("a: !!float x\n") << 1 << 12 << QStringLiteral("!!float");
    QTest::newRow("invalid !!null") << QByteArray("a: !!null x\n") << 1 << 11 << QStringLiteral("!!null");
}

void TestYamlReader::errors()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, messagePart);

    const auto result = parseYaml(yaml, QStringLiteral("bad.yaml"));
    QVERIFY(!result);
    const Error &error = result.error();
    QVERIFY2(!error.message.isEmpty(), "an error says what is wrong");
    if (!messagePart.isEmpty())
        QVERIFY2(error.message.contains(messagePart), qPrintable(error.message));
    QCOMPARE(error.location.source, QStringLiteral("bad.yaml"));
    QCOMPARE(error.location.line, line);
    QCOMPARE(error.location.column, column);
}

// Nine levels of ten aliases each: a billion nodes once expanded, a few hundred bytes as text.
static QByteArray aliasBomb(bool viaMerge)
{
    QByteArray yaml = viaMerge ? "holder:\n  <<: {l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]}\n"
                               : "l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (int level = 1; level <= 9; ++level) {
        const QByteArray prev = "*l" + QByteArray::number(level - 1);
        yaml += "l" + QByteArray::number(level) + ": &l" + QByteArray::number(level) + " [";
        for (int i = 0; i < 10; ++i)
            yaml += (i ? ", " : "") + prev;
        yaml += "]\n";
    }
    return yaml;
}

static qint64 peakResidentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void TestYamlReader::aliasBombIsRefused_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("messagePart");

    const QString expands = QStringLiteral("expands to more than 20000000 nodes");
    QTest::newRow("nested sequences") << aliasBomb(false) << 8 << expands; // l7 is the first past 20 million
    QTest::newRow("anchor defined inside a merge") << aliasBomb(true) << 9 << expands;
    QByteArray wideMerge = "base: &base {";
    for (int i = 0; i < 2000; ++i)
        wideMerge += (i ? ", k" : "k") + QByteArray::number(i) + ": " + QByteArray::number(i);
    wideMerge += "}\nmany:\n";
    for (int i = 0; i < 600; ++i) // 1.2 million merged members; the limit is one million
        wideMerge += "  - {<<: *base}\n";
    QTest::newRow("many merges of a wide mapping") << wideMerge << 0 << QStringLiteral("merge keys and aliases expand");
}

void TestYamlReader::aliasBombIsRefused()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(QString, messagePart);

    const qint64 peakBefore = peakResidentKiB();
    QElapsedTimer timer;
    timer.start();
    const auto result = parseYaml(yaml, QStringLiteral("bomb.yaml"));
    const qint64 elapsed = timer.elapsed();
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(messagePart), qPrintable(result.error().message));
    if (line > 0)
        QCOMPARE(result.error().location.line, line);
#ifdef NDEBUG
    const qint64 allowed = 5000;
#else
    const qint64 allowed = 60000; // unoptimized (sanitizer) builds
#endif
    QVERIFY2(elapsed < allowed, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));
    const qint64 peakAfter = peakResidentKiB();
    if (peakBefore > 0 && peakAfter > 0)
        QVERIFY2(peakAfter - peakBefore < 200 * 1024, qPrintable(QStringLiteral("peak memory grew by %1 KiB").arg(peakAfter - peakBefore)));
}

void TestYamlReader::deepNestingIsRefusedCleanly_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("flow sequences") << QByteArray(100000, '[') << 1 << 1025;
    QTest::newRow("flow mappings") << QByteArray("a: ") + QByteArray(100000, '{').replace("{", "{a: ") << 1 << 1 + 3 + 1023 * 4;
    QByteArray block;
    for (int i = 0; i < 1100; ++i)
        block += QByteArray(i, ' ') + "k:\n";
    QTest::newRow("block mappings") << block << 1025 << 1025;
    // Root and "m" are two levels; the merge value's sequences count from there.
    QTest::newRow("inside a merge value") << QByteArray("m:\n  <<: ") + QByteArray(5000, '[') << 2 << 7 + 1022;
}

void TestYamlReader::deepNestingIsRefusedCleanly()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(int, column);

    const auto result = parseYaml(yaml, QStringLiteral("deep.yaml"));
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QStringLiteral("nesting is deeper than 1024")), qPrintable(result.error().message));
    QCOMPARE(result.error().location.line, line);
    QCOMPARE(result.error().location.column, column);

    // 1024 levels are fine.
    const auto ok = parseYaml(QByteArray(1024, '[') + QByteArray(1024, ']'), QStringLiteral("deep.yaml"));
    QVERIFY(ok);
}

void TestYamlReader::diagnosticsAreNotPrinted()
{
#ifdef Q_OS_UNIX
    // libfyaml prints its diagnostics to stderr unless told otherwise: capture fd 2 while parsing.
    QTemporaryFile capture;
    QVERIFY(capture.open());
    fflush(stderr);
    const int saved = dup(2);
    QVERIFY(saved >= 0);
    QVERIFY(dup2(capture.handle(), 2) >= 0);
    const auto bad = parseYaml("a: [1\nb: 'x\n\t- c\n", QStringLiteral("bad.yaml"));
    const auto tab = parseYaml("a:\n\t- b\n", QStringLiteral("bad.yaml"));
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    QVERIFY(!bad);
    QVERIFY(!tab);
    QCOMPARE(capture.size(), qint64(0));
#else
    QSKIP("needs POSIX file descriptors");
#endif
}

// ------------------------------------------------------------------------------------ real documents

static QString specsDir()
{
    return QDir(QStringLiteral(KEYWAY_SOURCE_DIR)).absoluteFilePath(QStringLiteral("../shared/specs"));
}

void TestYamlReader::bundledSpecsParse_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(specsDir());
    const QStringList files = dir.entryList({QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        QTest::newRow("no specs") << QString();
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << dir.absoluteFilePath(file);
}

void TestYamlReader::bundledSpecsParse()
{
    QFETCH(QString, path);
    if (path.isEmpty())
        QSKIP("the shared specs folder is not available");
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto result = parseYaml(file.readAll(), path);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    const NodeRef root = result.value()->root();
    QVERIFY(root.isObject());
    QVERIFY(root.contains("openapi") || root.contains("swagger"));
    QVERIFY(root["info"].isObject());
}

void TestYamlReader::openAiSpecParsesQuickly()
{
    QFile file(specsDir() + QStringLiteral("/openai-openapi-3.1.yaml"));
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("openai-openapi-3.1.yaml is not available");
    const QByteArray text = file.readAll();

    qint64 best = std::numeric_limits<qint64>::max();
    std::shared_ptr<const Tree> tree;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto result = parseYaml(text, QStringLiteral("openai.yaml"));
        best = std::min(best, timer.nsecsElapsed());
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        tree = result.value();
    }
    qInfo("openai-openapi-3.1.yaml (%lld bytes): %.1f ms, %zu nodes, %zu KiB", qint64(text.size()), double(best) / 1e6, tree->nodeCount(),
          tree->memoryUsage() / 1024);
    // Speed is measured by keyway-bench-load, not asserted here.

    const NodeRef root = tree->root();
    QCOMPARE(root["openapi"].toString(), QStringLiteral("3.1.0"));
    QVERIFY(root["paths"].size() > 100);
    QVERIFY(tree->refNodes().size() > 1000);

    // "example: |+" followed by a whitespace-only line (line 63264 of the copy this was written for).
    const qsizetype at = text.indexOf("example: |+\n");
    QVERIFY(at > 0);
    const int exampleLine = int(text.left(at).count('\n')) + 1;
    const int exampleColumn = int(at - text.lastIndexOf('\n', at)) + int(qstrlen("example: "));
    NodeRef found;
    std::function<void(NodeRef)> search = [&](NodeRef node) {
        if (found.isValid())
            return;
        if (node.isString() && node.location().line == exampleLine) {
            found = node;
            return;
        }
        for (std::uint32_t i = 0; i < node.size(); ++i)
            search(node.at(i));
    };
    search(root);
    QVERIFY(found.isValid());
    QCOMPARE(found.location().column, exampleColumn);
    QCOMPARE(bytes(found.text()), QByteArray("\n"));
}

QTEST_GUILESS_MAIN(TestYamlReader)
#include "tst_yamlreader.moc"
