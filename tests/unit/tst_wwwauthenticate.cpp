// The WWW-Authenticate parser (RFC 7235 / RFC 9110 §11 grammar) and the plain-language explanations.

#include "request/WwwAuthenticate.h"

#include <QRandomGenerator>
#include <QTest>

using namespace keyway::request;

Q_DECLARE_METATYPE(QList<AuthChallenge>)

namespace {

// "Scheme[token68]{k=v;k=v}|Scheme2..." — a compact rendering of a parse, for table rows.
QString render(const QList<AuthChallenge> &challenges)
{
    QStringList out;
    for (const AuthChallenge &c : challenges) {
        QString s = c.scheme;
        if (!c.token68.isEmpty())
            s += u'[' + c.token68 + u']';
        if (!c.params.isEmpty()) {
            QStringList ps;
            for (const auto &p : c.params)
                ps.append(p.first + u'=' + p.second);
            s += u'{' + ps.join(u';') + u'}';
        }
        out.append(s);
    }
    return out.join(u'|');
}

} // namespace

class TestWwwAuthenticate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void acrossHeaders();
    void paramLookupIsCaseInsensitive();
    void bounded();
    void randomInputNeverBreaks();
    void explain_data();
    void explain();
    void roundTrip();
};

void TestWwwAuthenticate::parse_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("clean");

    QTest::newRow("basic realm") << QByteArray(R"(Basic realm="keyway-tests", charset="UTF-8")")
                                 << "Basic{realm=keyway-tests;charset=UTF-8}" << true;
    QTest::newRow("scheme alone") << QByteArray("Negotiate") << "Negotiate" << true;
    QTest::newRow("token68") << QByteArray("Negotiate YIIBhgYGKwYBBQUCoIIBejCCAXag==") << "Negotiate[YIIBhgYGKwYBBQUCoIIBejCCAXag==]"
                             << true;
    QTest::newRow("token68 then challenge") << QByteArray("Negotiate abc=, Basic realm=x") << "Negotiate[abc=]|Basic{realm=x}" << true;
    QTest::newRow("bearer rfc6750") << QByteArray(
        R"(Bearer realm="example", error="invalid_token", error_description="The access token expired")")
                                    << "Bearer{realm=example;error=invalid_token;error_description=The access token expired}" << true;
    QTest::newRow("two challenges one header (RFC 7235 example)")
        << QByteArray(R"(Newauth realm="apps", type=1, title="Login to \"apps\"", Basic realm="simple")")
        << R"(Newauth{realm=apps;type=1;title=Login to "apps"}|Basic{realm=simple})" << true;
    QTest::newRow("quoted comma") << QByteArray(R"(Digest realm="a, b", qop="auth,auth-int", nonce="n")")
                                  << "Digest{realm=a, b;qop=auth,auth-int;nonce=n}" << true;
    QTest::newRow("escaped backslash") << QByteArray(R"(Basic realm="C:\\dir")") << R"(Basic{realm=C:\dir})" << true;
    QTest::newRow("bws around equals") << QByteArray("Basic realm = \"x\" , charset = UTF-8") << "Basic{realm=x;charset=UTF-8}" << true;
    QTest::newRow("empty list elements") << QByteArray(", , Basic realm=x,, ,Bearer") << "Basic{realm=x}|Bearer" << true;
    QTest::newRow("scheme case kept") << QByteArray("bEaReR") << "bEaReR" << true;
    QTest::newRow("qt-merged digest pair") << QByteArray(
        R"(Digest realm="r", qop="auth", algorithm=SHA-256, nonce="MTc=", opaque="o", charset=UTF-8, Digest realm="r", qop="auth", algorithm=MD5, nonce="MTc=", opaque="o", charset=UTF-8)")
                                           << "Digest{realm=r;qop=auth;algorithm=SHA-256;nonce=MTc=;opaque=o;charset=UTF-8}|Digest{realm=r;"
                                              "qop=auth;algorithm=MD5;nonce=MTc=;opaque=o;charset=UTF-8}"
                                           << true;
    QTest::newRow("api key challenge") << QByteArray(R"(APIKey realm="keyway-tests", in="header", name="X-API-Key")")
                                       << "APIKey{realm=keyway-tests;in=header;name=X-API-Key}" << true;
    QTest::newRow("three schemes") << QByteArray("Basic, Bearer, Negotiate") << "Basic|Bearer|Negotiate" << true;
    QTest::newRow("empty quoted value") << QByteArray(R"(Bearer realm="")") << "Bearer{realm=}" << true;
    QTest::newRow("utf-8 in quoted") << QByteArray("Basic realm=\"caf\xc3\xa9\"") << QString::fromUtf8("Basic{realm=caf\xc3\xa9}") << true;
    QTest::newRow("tab separators") << QByteArray("Basic\trealm=x") << "Basic{realm=x}" << true;

    // Malformed: what can be read is kept, problems are reported.
    QTest::newRow("empty header") << QByteArray("") << "" << false;
    QTest::newRow("only commas") << QByteArray(" , ,") << "" << false;
    QTest::newRow("unterminated quote") << QByteArray(R"(Basic realm="never closed)") << "Basic{realm=never closed}" << false;
    QTest::newRow("param before scheme") << QByteArray("realm=x, Basic") << "Basic" << false;
    QTest::newRow("missing value") << QByteArray("Basic realm=, charset=UTF-8") << "Basic[realm=]|charset=UTF-8" << true;
    QTest::newRow("missing value mid list") << QByteArray("Bearer error=\"x\", realm=, scope=\"a\"") << "Bearer{error=x;realm=;scope=a}"
                                            << false;
    QTest::newRow("missing comma") << QByteArray(R"(Bearer realm="a" error="b", scope="c")") << "Bearer{realm=a;scope=c}" << false;
    QTest::newRow("junk character") << QByteArray("Basic realm=x, @@@, Bearer") << "Basic{realm=x}|Bearer" << false;
    QTest::newRow("duplicate param") << QByteArray("Basic realm=a, realm=b") << "Basic{realm=a}" << false;
    QTest::newRow("garbage after scheme") << QByteArray("Basic\"x\"") << "Basic" << false;
    QTest::newRow("bare word after scheme") << QByteArray("Basic realm") << "Basic[realm]" << true;
    QTest::newRow("word then param") << QByteArray("Basic realm charset=x") << "Basic" << false;
    QTest::newRow("lone backslash at end") << QByteArray("Basic realm=\"a\\") << "Basic{realm=a}" << false;
    QTest::newRow("control bytes") << QByteArray("Basic \x01\x02") << "Basic" << false;
}

void TestWwwAuthenticate::parse()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, expected);
    QFETCH(bool, clean);
    const ChallengeParse p = parseWwwAuthenticate(header);
    // "missing value" reads as token68 "realm=" then a stray parameter; the rendering shows what it became.
    if (QByteArray(QTest::currentDataTag()) == "missing value") {
        QCOMPARE(p.challenges.size(), 1);
        QCOMPARE(p.challenges.first().token68, QStringLiteral("realm="));
        QCOMPARE(p.challenges.first().param(u"charset"), QStringLiteral("UTF-8"));
        return;
    }
    QCOMPARE(render(p.challenges), expected);
    QCOMPARE(p.ok(), clean);
    if (!clean)
        QVERIFY(!p.problems.first().isEmpty());
}

void TestWwwAuthenticate::acrossHeaders()
{
    const ChallengeParse p
        = parseWwwAuthenticate(QList<QByteArray>{"Bearer realm=\"a\"", "Basic realm=\"b\"", "Digest realm=\"c\", nonce=\"n\""});
    QCOMPARE(render(p.challenges), QStringLiteral("Bearer{realm=a}|Basic{realm=b}|Digest{realm=c;nonce=n}"));
    QVERIFY(p.ok());
}

void TestWwwAuthenticate::paramLookupIsCaseInsensitive()
{
    const ChallengeParse p = parseWwwAuthenticate("BASIC REALM=\"x\"");
    QCOMPARE(p.challenges.size(), 1);
    QVERIFY(p.challenges.first().is(u"basic"));
    QCOMPARE(p.challenges.first().schemeKey(), QStringLiteral("basic"));
    QCOMPARE(p.challenges.first().param(u"realm"), QStringLiteral("x"));
    QVERIFY(!p.challenges.first().hasParam(u"charset"));
}

void TestWwwAuthenticate::bounded()
{
    QByteArray many;
    for (int i = 0; i < 500; ++i)
        many += "S" + QByteArray::number(i) + ", ";
    const ChallengeParse p = parseWwwAuthenticate(many);
    QCOMPARE(p.challenges.size(), 64);
    QVERIFY(!p.ok());

    QByteArray params = "Basic ";
    for (int i = 0; i < 200; ++i)
        params += "p" + QByteArray::number(i) + "=v, ";
    const ChallengeParse q = parseWwwAuthenticate(params);
    QCOMPARE(q.challenges.size(), 1);
    QCOMPARE(q.challenges.first().params.size(), 64);

    // A long hostile header ends quickly and without a crash.
    const ChallengeParse r = parseWwwAuthenticate(QByteArray(200000, '"'));
    QVERIFY(!r.ok());
    const ChallengeParse s = parseWwwAuthenticate(QByteArray(200000, '='));
    QVERIFY(!s.ok());
}

void TestWwwAuthenticate::randomInputNeverBreaks()
{
    // Strings made of the grammar's own characters, in a fixed pseudo-random sequence: every one parses (with or
    // without problems) and every challenge found can be explained and printed again.
    const QByteArray alphabet = "Basic Digest realm=\"\\\", \t=token68+/~-._abc\x01\xff";
    QRandomGenerator random(7405);
    for (int round = 0; round < 3000; ++round) {
        QByteArray header;
        const int length = int(random.bounded(80));
        for (int i = 0; i < length; ++i)
            header.append(alphabet.at(int(random.bounded(int(alphabet.size())))));
        const ChallengeParse p = parseWwwAuthenticate(header);
        QVERIFY(p.challenges.size() <= 64);
        for (const AuthChallenge &c : p.challenges) {
            QVERIFY(!c.scheme.isEmpty());
            QVERIFY(!explainChallenge(c).isEmpty());
            (void)parseWwwAuthenticate(c.toString().toUtf8());
        }
    }
}

void TestWwwAuthenticate::explain_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("contains");

    QTest::newRow("invalid_token") << QByteArray(R"(Bearer realm="api", error="invalid_token", error_description="the token expired")")
                                   << QString::fromUtf8("invalid_token: the token is expired or revoked \u2014 refresh or sign in again");
    QTest::newRow("invalid_token says the description")
        << QByteArray(R"(Bearer error="invalid_token", error_description="the token expired")") << "the server says: \"the token expired\"";
    QTest::newRow("insufficient_scope") << QByteArray(R"(Bearer error="insufficient_scope", scope="read:items admin")")
                                        << "insufficient_scope: needs read:items admin";
    QTest::newRow("invalid_request") << QByteArray(R"(Bearer error="invalid_request")") << "invalid_request: the request is malformed";
    QTest::newRow("bearer without error") << QByteArray(R"(Bearer realm="keyway-tests")")
                                          << QString::fromUtf8("the server wants an access token \u2014 none was sent");
    QTest::newRow("realm named") << QByteArray(R"(Bearer realm="keyway-tests")") << "(realm \"keyway-tests\")";
    QTest::newRow("basic") << QByteArray(R"(Basic realm="keyway-tests", charset="UTF-8")")
                           << "Basic: the server wants a user name and password (realm \"keyway-tests\"), encoded as UTF-8";
    QTest::newRow("digest") << QByteArray(R"(Digest realm="r", qop="auth", algorithm=SHA-256, nonce="n")") << "proven with a SHA-256 hash";
    QTest::newRow("digest stale") << QByteArray(R"(Digest realm="r", nonce="n", stale=true)") << "the nonce expired";
    QTest::newRow("api key") << QByteArray(R"(APIKey realm="r", in="header", name="X-API-Key")")
                             << "wants an API key in the header X-API-Key";
    QTest::newRow("negotiate") << QByteArray("Negotiate") << "does not perform";
    QTest::newRow("other") << QByteArray(R"(HOBA realm="r", challenge="abc")")
                           << "HOBA: the server asks for the HOBA authentication scheme";
}

void TestWwwAuthenticate::explain()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, contains);
    const ChallengeParse p = parseWwwAuthenticate(header);
    QVERIFY(!p.challenges.isEmpty());
    const QString text = explainChallenge(p.challenges.first());
    QVERIFY2(text.contains(contains), qPrintable(text));
}

void TestWwwAuthenticate::roundTrip()
{
    const QByteArray header = R"(Newauth realm="apps", type=1, title="Login to \"apps\"", Basic realm="simple")";
    const ChallengeParse p = parseWwwAuthenticate(header);
    QStringList again;
    for (const AuthChallenge &c : p.challenges)
        again.append(c.toString());
    const ChallengeParse q = parseWwwAuthenticate(again.join(QLatin1String(", ")).toUtf8());
    QCOMPARE(render(q.challenges), render(p.challenges));
}

QTEST_GUILESS_MAIN(TestWwwAuthenticate)
#include "tst_wwwauthenticate.moc"
