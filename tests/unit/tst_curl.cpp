// Copy as curl: POSIX shell quoting, secrets masked by a stable short hash unless revealed, multipart and Digest.

#include "request/CurlExport.h"
#include "request/Redaction.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace keyway::request;

namespace {

BuiltRequest sample()
{
    BuiltRequest r;
    r.method = "POST";
    r.url = QUrl::fromEncoded("https://api.test/v1/items?api_key=sk_live_123&name=a%20b", QUrl::StrictMode);
    r.headers = {{"Content-Type", "application/json"}, {"Authorization", "Bearer eyJ.token.sig"}, {"X-API-Key", "hdr-key"}};
    r.body = "{\"name\": \"it's\"}";
    r.secrets = {"sk_live_123", "eyJ.token.sig", "hdr-key"};
    return r;
}

// Runs the words of a command through sh and prints them one per line: proves the quoting.
QStringList shellWords(const QString &command)
{
    QProcess sh;
    sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("printf '%s\\n' ") + command});
    if (!sh.waitForFinished(10000))
        return {QStringLiteral("<timeout>")};
    QString out = QString::fromUtf8(sh.readAllStandardOutput());
    if (out.endsWith(u'\n'))
        out.chop(1);
    return out.split(u'\n');
}

} // namespace

class TestCurl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quote_data();
    void quote();
    void quotingSurvivesTheShell_data();
    void quotingSurvivesTheShell();
    void masksByDefault();
    void markerIsStable();
    void reveal();
    void getHasNoMethodFlag();
    void multipartUsesFormParts();
    void digestAsCurlOption();
    void clientCertificate();
    void binaryBody();
    void maskingIsOnePass();
};

void TestCurl::quote_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << "https://a.test/x"
                           << "https://a.test/x";
    QTest::newRow("empty") << ""
                           << "''";
    QTest::newRow("space") << "a b"
                           << "'a b'";
    QTest::newRow("single quote") << "it's"
                                  << "'it'\\''s'";
    QTest::newRow("dollar") << "$HOME"
                            << "'$HOME'";
    QTest::newRow("backtick") << "`id`"
                              << "'`id`'";
    QTest::newRow("ampersand") << "a&b"
                               << "'a&b'";
    QTest::newRow("newline") << "a\nb"
                             << "'a\nb'";
    QTest::newRow("double quote") << "say \"hi\""
                                  << "'say \"hi\"'";
    QTest::newRow("non-ascii") << QString::fromUtf8("caf\xc3\xa9") << QString::fromUtf8("'caf\xc3\xa9'");
}

void TestCurl::quote()
{
    QFETCH(QString, word);
    QFETCH(QString, quoted);
    QCOMPARE(shellQuote(word), quoted);
}

void TestCurl::quotingSurvivesTheShell_data()
{
    QTest::addColumn<QString>("word");
    QTest::newRow("quotes") << "it's \"quoted\" \\ back";
    QTest::newRow("expansions") << "$(id) `id` $HOME ${X} !x";
    QTest::newRow("globs") << "* ? [a] ~";
    QTest::newRow("separators") << "a;b|c&d>e<f";
    QTest::newRow("many quotes") << "''''";
}

void TestCurl::quotingSurvivesTheShell()
{
    QFETCH(QString, word);
    if (!QFileInfo::exists(QStringLiteral("/bin/sh")))
        QSKIP("no /bin/sh");
    QCOMPARE(shellWords(shellQuote(word)), QStringList{word});
}

void TestCurl::masksByDefault()
{
    const QString curl = toCurl(sample());
    QVERIFY(!curl.contains(QLatin1String("sk_live_123")));
    QVERIFY(!curl.contains(QLatin1String("eyJ.token.sig")));
    QVERIFY(!curl.contains(QLatin1String("hdr-key")));
    QVERIFY(curl.contains(QString::fromLatin1(redactionMarker("eyJ.token.sig"))));
    QVERIFY(curl.contains(QLatin1String("-H 'Authorization: Bearer <redacted:")));
    QVERIFY(curl.contains(QLatin1String("api_key=<redacted:")));
    QVERIFY(curl.contains(QLatin1String("-X POST")));
    QVERIFY(curl.contains(QLatin1String("--data-binary '{\"name\": \"it'\\''s\"}'")));
    QVERIFY(curl.contains(QLatin1String(" \\\n  ")));
}

void TestCurl::markerIsStable()
{
    const QByteArray m = redactionMarker("eyJ.token.sig");
    QVERIFY(m.startsWith("<redacted:"));
    QCOMPARE(m.size(), qsizetype(QByteArray("<redacted:").size() + 8 + 1));
    QCOMPARE(m, redactionMarker("eyJ.token.sig"));
    QVERIFY(m != redactionMarker("eyJ.token.sig2"));
    // sha256("abc") = ba7816bf...
    QCOMPARE(redactionMarker("abc"), QByteArray("<redacted:ba7816bf>"));
}

void TestCurl::reveal()
{
    CurlOptions options;
    options.revealSecrets = true;
    options.multiline = false;
    const QString curl = toCurl(sample(), options);
    QVERIFY(curl.contains(QLatin1String("'Authorization: Bearer eyJ.token.sig'")));
    QVERIFY(curl.contains(QLatin1String("api_key=sk_live_123")));
    QVERIFY(!curl.contains(u'\n'));
    QVERIFY(!curl.contains(QLatin1String("<redacted")));
}

void TestCurl::getHasNoMethodFlag()
{
    BuiltRequest r;
    r.method = "GET";
    r.url = QUrl(QStringLiteral("http://127.0.0.1:8000/public"));
    QCOMPARE(toCurl(r), QStringLiteral("curl http://127.0.0.1:8000/public"));
    r.method = "HEAD";
    QCOMPARE(toCurl(r), QStringLiteral("curl --head http://127.0.0.1:8000/public"));
}

void TestCurl::multipartUsesFormParts()
{
    BuiltRequest r;
    r.method = "POST";
    r.url = QUrl(QStringLiteral("https://api.test/upload"));
    r.headers = {{"Content-Type", "multipart/form-data; boundary=xyz"}};
    r.body = "--xyz...";
    r.multipart = {{QStringLiteral("title"), QStringLiteral("@not a file"), {}, {}, {}},
                   {QStringLiteral("file"), {}, QStringLiteral("/tmp/a b.png"), QStringLiteral("a b.png"), QStringLiteral("image/png")}};
    const QString curl = toCurl(r);
    QVERIFY(!curl.contains(QLatin1String("Content-Type")));
    QVERIFY(curl.contains(QLatin1String("--form-string 'title=@not a file'")));
    QVERIFY(curl.contains(QLatin1String("-F 'file=@/tmp/a b.png;filename=a b.png;type=image/png'")));
    QVERIFY(!curl.contains(QLatin1String("--data-binary")));
}

void TestCurl::digestAsCurlOption()
{
    BuiltRequest r;
    r.method = "GET";
    r.url = QUrl(QStringLiteral("http://127.0.0.1:8000/digest"));
    r.digest = DigestUse{QStringLiteral("httpDigest"), QStringLiteral("keyway"), QStringLiteral("digest-secret")};
    r.secrets = {"digest-secret"};
    const QString masked = toCurl(r);
    QVERIFY(masked.contains(QLatin1String("--digest")));
    QVERIFY(masked.contains(QLatin1String("-u 'keyway:<redacted:")));
    QVERIFY(!masked.contains(QLatin1String("digest-secret")));
    CurlOptions reveal;
    reveal.revealSecrets = true;
    QVERIFY(toCurl(r, reveal).contains(QLatin1String("-u keyway:digest-secret")));
}

void TestCurl::clientCertificate()
{
    BuiltRequest r;
    r.method = "GET";
    r.url = QUrl(QStringLiteral("https://mtls.test/"));
    r.ssl = QSslConfiguration::defaultConfiguration();
    r.clientCertificatePath = QStringLiteral("/certs/client.p12");
    r.clientCertificateIsPkcs12 = true;
    r.clientCertificatePassphrase = "p12-pass";
    r.secrets = {"p12-pass"};
    const QString curl = toCurl(r);
    QVERIFY(curl.contains(QLatin1String("--cert-type P12")));
    QVERIFY(curl.contains(QLatin1String("--cert /certs/client.p12")));
    QVERIFY(curl.contains(QLatin1String("--pass '<redacted:")));
    QVERIFY(!curl.contains(QLatin1String("p12-pass")));

    r.clientCertificatePath.clear();
    QVERIFY(toCurl(r).startsWith(QLatin1String("# The client certificate is held by Keyway")));
}

void TestCurl::binaryBody()
{
    BuiltRequest r;
    r.method = "PUT";
    r.url = QUrl(QStringLiteral("https://api.test/blob"));
    r.body = QByteArray("\x00\x01\xff", 3);
    const QString curl = toCurl(r);
    QVERIFY(curl.contains(QLatin1String("--data-binary @body.bin")));
    QVERIFY(curl.startsWith(QLatin1String("# The body is 3 bytes")));
}

void TestCurl::maskingIsOnePass()
{
    // A short secret that appears inside the marker text of another must not be masked again.
    const QByteArray text = "token=abcdef; short=red";
    const QByteArray masked = maskSecrets(text, {"abcdef", "red", "ac"});
    QCOMPARE(masked, "token=" + redactionMarker("abcdef") + "; short=" + redactionMarker("red"));
    QCOMPARE(maskSecrets(QByteArray("aaaa"), {"aa", "aaa"}), redactionMarker("aaa") + "a");
    QCOMPARE(maskSecrets(QByteArray("x"), {}), QByteArray("x"));
    QCOMPARE(maskSecrets(QByteArray("a-b"), {"a", "b"}, "*"), QByteArray("*-*"));
}

QTEST_GUILESS_MAIN(TestCurl)
#include "tst_curl.moc"
