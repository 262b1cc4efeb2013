// Workspace (non-secret settings), ApiIdentity, SecretAddress keys, the secret scanner, and a first leak
// check: a session of secrets through the CredentialStore leaves none of them in the workspace file.

#include "auth/OAuthTypes.h"
#include "auth/TokenSet.h"
#include "openapi/Document.h"
#include "storage/ApiIdentity.h"
#include "storage/CredentialStore.h"
#include "storage/MemorySecretStore.h"
#include "storage/SecretAddress.h"
#include "storage/SecretScan.h"
#include "storage/Workspace.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace keyway;
using namespace keyway::storage;

namespace {

QByteArray randomToken(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        bytes[i] = char(QRandomGenerator::system()->bounded(256));
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals).left(size);
}

template<typename R> std::optional<R> wait(const std::function<void(std::function<void(R)>)> &start)
{
    return waitForCallback<R>(start, 10000);
}

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void apiIdentity_data();
    void apiIdentity();
    void apiIdentityOfFilesFollowsLinks();
    void apiIdentityIsStable();

    void secretAddressRoundTrip_data();
    void secretAddressRoundTrip();
    void secretAddressesNeverCollide();
    void secretAddressRejectsForeignKeys_data();
    void secretAddressRejectsForeignKeys();
    void originOf();

    void schemeSettingsRoundTrip();
    void clientConfigSecretsStayOut();
    void serverAndVariables();
    void apisAreListed();
    void profiles();
    void profileNames_data();
    void profileNames();
    void secretIndex();
    void recentFiles();
    void persistsInTheFile();

    void scanFindsEveryEncoding_data();
    void scanFindsEveryEncoding();
    void scanIgnoresShortSecrets();
    void scanFiles();

    void sessionLeavesNoSecretInWorkspace();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    QString settingsPath() const { return m_dir->filePath(QStringLiteral("workspace.ini")); }
};

void TestWorkspace::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat);
}

void TestWorkspace::cleanup()
{
    m_settings.reset();
    m_dir.reset();
}

void TestWorkspace::apiIdentity_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QString>("expectedSource");

    QTest::newRow("https URL as is") << QUrl(QStringLiteral("https://api.example.com/v1/openapi.json"))
                                     << QStringLiteral("url:https://api.example.com/v1/openapi.json");
    QTest::newRow("host case and default port")
        << QUrl(QStringLiteral("HTTPS://API.Example.COM:443/openapi.json")) << QStringLiteral("url:https://api.example.com/openapi.json");
    QTest::newRow("user info and fragment dropped") << QUrl(QStringLiteral("http://user:hunter2@127.0.0.1:8080/spec.yaml#top"))
                                                    << QStringLiteral("url:http://127.0.0.1:8080/spec.yaml");
    QTest::newRow("query kept") << QUrl(QStringLiteral("http://127.0.0.1:8080/spec?version=2"))
                                << QStringLiteral("url:http://127.0.0.1:8080/spec?version=2");
    QTest::newRow("no source: title and version") << QUrl() << QStringLiteral("title:Pets\n1.0.0");
}

void TestWorkspace::apiIdentity()
{
    QFETCH(QUrl, url);
    QFETCH(QString, expectedSource);
    const ApiIdentity api = ApiIdentity::fromSource(url, QStringLiteral("Pets"), QStringLiteral("1.0.0"));
    QCOMPARE(api.source, expectedSource);
    QCOMPARE(api.id.size(), 16);
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{16}$")).match(api.id).hasMatch());
    QCOMPARE(api.id, ApiIdentity::hashOf(expectedSource));
    QCOMPARE(api.title, QStringLiteral("Pets"));
}

void TestWorkspace::apiIdentityOfFilesFollowsLinks()
{
    const QString real = m_dir->filePath(QStringLiteral("openapi.yaml"));
    QFile file(real);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("openapi: 3.0.3\n");
    file.close();
    const QString link = m_dir->filePath(QStringLiteral("link.yaml"));
    QVERIFY(QFile::link(real, link));
    const ApiIdentity viaFile = ApiIdentity::fromSource(QUrl::fromLocalFile(real), {}, {});
    const ApiIdentity viaLink = ApiIdentity::fromSource(QUrl::fromLocalFile(link), {}, {});
    const ApiIdentity viaDots
        = ApiIdentity::fromSource(QUrl::fromLocalFile(m_dir->path() + QStringLiteral("/./sub/../openapi.yaml")), {}, {});
    QCOMPARE(viaLink.id, viaFile.id);
    QCOMPARE(viaDots.id, viaFile.id);
    QVERIFY(viaFile.source.startsWith(QLatin1String("file:/")));
    // Another file is another API.
    QVERIFY(ApiIdentity::fromSource(QUrl::fromLocalFile(m_dir->filePath(QStringLiteral("other.yaml"))), {}, {}).id != viaFile.id);
}

void TestWorkspace::apiIdentityIsStable()
{
    // A fixed value: changing the scheme would orphan every user's stored secrets.
    QCOMPARE(ApiIdentity::hashOf(QStringLiteral("url:https://api.example.com/openapi.json")), QStringLiteral("a4ddc4c925c18387"));
    openapi::Document document;
    document.title = QStringLiteral("Pets");
    document.apiVersion = QStringLiteral("1.0.0");
    document.sourceUrl = QUrl(QStringLiteral("https://api.example.com/openapi.json"));
    QCOMPARE(ApiIdentity::fromDocument(document).id, QStringLiteral("a4ddc4c925c18387"));
}

void TestWorkspace::secretAddressRoundTrip_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("expectedKey");

    QTest::newRow("tokens") << int(SecretKind::OAuthTokens) << QStringLiteral("oauth") << QStringLiteral("default")
                            << QStringLiteral("keyway/v1/api=0123456789abcdef/scheme=oauth/profile=default/"
                                              "client=https%3A%2F%2Fop.example%2F|app%7C1/kind=tokens");
    QTest::newRow("api key") << int(SecretKind::ApiKey) << QStringLiteral("api_key") << QStringLiteral("read-only")
                             << QStringLiteral("keyway/v1/api=0123456789abcdef/scheme=api_key/profile=read-only/kind=api-key");
    QTest::newRow("separators in names") << int(SecretKind::HttpBasic) << QStringLiteral("a/b=c|d%") << QStringLiteral("ädmin ✓")
                                         << QStringLiteral("keyway/v1/api=0123456789abcdef/scheme=a%2Fb%3Dc%7Cd%25/"
                                                           "profile=%C3%A4dmin%20%E2%9C%93/kind=basic");
    for (const SecretKind kind : allSecretKinds()) {
        const QString name = secretKindName(kind);
        QTest::newRow(qPrintable(QStringLiteral("kind ") + name)) << int(kind) << QStringLiteral("s") << QStringLiteral("p") << QString();
    }
}

void TestWorkspace::secretAddressRoundTrip()
{
    QFETCH(int, kind);
    QFETCH(QString, scheme);
    QFETCH(QString, profile);
    QFETCH(QString, expectedKey);
    const SecretAddress address
        = SecretAddress::forClient(QStringLiteral("0123456789abcdef"), scheme, profile, QStringLiteral("https://op.example/"),
                                   QStringLiteral("app|1"), SecretKind(kind));
    const QString key = address.key();
    if (!expectedKey.isEmpty())
        QCOMPARE(key, expectedKey);
    const auto back = SecretAddress::fromKey(key);
    QVERIFY(back.has_value());
    QCOMPARE(back->key(), key);
    QCOMPARE(back->scheme, scheme);
    QCOMPARE(back->profile, profile);
    QCOMPARE(int(back->kind), kind);
    if (isClientScoped(SecretKind(kind))) {
        QCOMPARE(back->issuer, QStringLiteral("https://op.example/"));
        QCOMPARE(back->clientId, QStringLiteral("app|1"));
    }
    for (const QChar c : key)
        QVERIFY2(c.unicode() < 128, "keys are ASCII");
}

void TestWorkspace::secretAddressesNeverCollide()
{
    // Names built to confuse a naive separator scheme.
    const QString api = QStringLiteral("0123456789abcdef");
    QList<SecretAddress> addresses{
        SecretAddress::forScheme(api, QStringLiteral("a/profile=b"), QStringLiteral("c"), SecretKind::ApiKey),
        SecretAddress::forScheme(api, QStringLiteral("a"), QStringLiteral("b/profile=c"), SecretKind::ApiKey),
        SecretAddress::forScheme(api, QStringLiteral("a"), QStringLiteral("b"), SecretKind::ApiKey),
        SecretAddress::forScheme(api, QStringLiteral("a"), QStringLiteral("b"), SecretKind::BearerToken),
        SecretAddress::forClient(api, QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("x|y"), QStringLiteral("z"),
                                 SecretKind::OAuthTokens),
        SecretAddress::forClient(api, QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("x"), QStringLiteral("y|z"),
                                 SecretKind::OAuthTokens),
        SecretAddress::forClient(api, QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("x"), QStringLiteral("y"),
                                 SecretKind::ClientSecret),
        SecretAddress::forScheme(QStringLiteral("fedcba9876543210"), QStringLiteral("a"), QStringLiteral("b"), SecretKind::ApiKey),
    };
    QSet<QString> keys;
    for (const SecretAddress &address : addresses)
        keys.insert(address.key());
    QCOMPARE(keys.size(), addresses.size());
}

void TestWorkspace::secretAddressRejectsForeignKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("other prefix") << QStringLiteral("other/v1/api=1/scheme=a/profile=b/kind=api-key");
    QTest::newRow("probe key") << QStringLiteral("keyway/v1/probe/0011223344556677");
    QTest::newRow("unknown kind") << QStringLiteral("keyway/v1/api=1/scheme=a/profile=b/kind=cookie");
    QTest::newRow("OAuth kind without client") << QStringLiteral("keyway/v1/api=1/scheme=a/profile=b/kind=tokens");
    QTest::newRow("client on a plain kind") << QStringLiteral("keyway/v1/api=1/scheme=a/profile=b/client=x|y/kind=api-key");
    QTest::newRow("not canonical") << QStringLiteral("keyway/v1/api=1/scheme=a%2f/profile=b/kind=api-key");
    QTest::newRow("parts out of order") << QStringLiteral("keyway/v1/scheme=a/api=1/profile=b/kind=api-key");
}

void TestWorkspace::secretAddressRejectsForeignKeys()
{
    QFETCH(QString, key);
    QVERIFY(!SecretAddress::fromKey(key).has_value());
}

void TestWorkspace::originOf()
{
    QCOMPARE(SecretAddress::originOf(QUrl(QStringLiteral("https://OP.example.com:443/oauth/token?x=1"))),
             QStringLiteral("https://op.example.com"));
    QCOMPARE(SecretAddress::originOf(QUrl(QStringLiteral("http://127.0.0.1:8080/token"))), QStringLiteral("http://127.0.0.1:8080"));
    QCOMPARE(SecretAddress::originOf(QUrl(QStringLiteral("token"))), QString());
}

void TestWorkspace::schemeSettingsRoundTrip()
{
    Workspace workspace(m_settings.get());
    SchemeSettings settings;
    settings.flow = QStringLiteral("authorizationCode");
    settings.clientId = QStringLiteral("keyway-desktop");
    settings.authMethod = QStringLiteral("client_secret_post");
    settings.scopes = {QStringLiteral("openid"), QStringLiteral("read:pets")};
    settings.extraParameters
        = {{QStringLiteral("audience"), QStringLiteral("https://api.example.com")}, {QStringLiteral("prompt"), QStringLiteral("login")}};
    settings.redirectHost = QStringLiteral("localhost");
    settings.redirectPort = 8765;
    settings.redirectPath = QStringLiteral("/cb");
    settings.username = QStringLiteral("alice");
    settings.issuer = QStringLiteral("http://127.0.0.1:3000");
    workspace.setSchemeSettings(QStringLiteral("api1"), QStringLiteral("oauth/2"), settings);
    QCOMPARE(workspace.schemeSettings(QStringLiteral("api1"), QStringLiteral("oauth/2")), settings);
    QCOMPARE(workspace.configuredSchemes(QStringLiteral("api1")), QStringList{QStringLiteral("oauth/2")});
    // Rewriting drops what is no longer set.
    SchemeSettings smaller;
    smaller.clientId = QStringLiteral("other");
    workspace.setSchemeSettings(QStringLiteral("api1"), QStringLiteral("oauth/2"), smaller);
    QCOMPARE(workspace.schemeSettings(QStringLiteral("api1"), QStringLiteral("oauth/2")), smaller);
    QCOMPARE(workspace.schemeSettings(QStringLiteral("api1"), QStringLiteral("unknown")), SchemeSettings());
}

void TestWorkspace::clientConfigSecretsStayOut()
{
    auth::ClientConfig config;
    config.clientId = QStringLiteral("app");
    config.clientSecret = QString::fromLatin1(randomToken(32));
    config.authMethod = auth::ClientAuthMethod::ClientSecretBasic;
    config.scopes = {QStringLiteral("read")};
    config.redirectPort = 4242;
    config.username = QStringLiteral("bob");
    config.password = QString::fromLatin1(randomToken(24));

    const SchemeSettings settings = SchemeSettings::fromClientConfig(config);
    Workspace workspace(m_settings.get());
    workspace.setSchemeSettings(QStringLiteral("api"), QStringLiteral("oauth"), settings);
    workspace.sync();

    auth::ClientConfig back;
    workspace.schemeSettings(QStringLiteral("api"), QStringLiteral("oauth")).applyTo(back);
    QCOMPARE(back.clientId, config.clientId);
    QCOMPARE(back.authMethod, config.authMethod);
    QCOMPARE(back.scopes, config.scopes);
    QCOMPARE(back.redirectPort, config.redirectPort);
    QCOMPARE(back.username, config.username);
    QVERIFY(back.clientSecret.isEmpty());
    QVERIFY(back.password.isEmpty());

    QFile file(settingsPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto hits = SecretScan::scan(file.readAll(), {config.clientSecret.toUtf8(), config.password.toUtf8()});
    QVERIFY2(hits.isEmpty(), qPrintable(hits.value(0).toString()));
}

void TestWorkspace::serverAndVariables()
{
    Workspace workspace(m_settings.get());
    workspace.setServer(QStringLiteral("api"), QStringLiteral("https://{region}.example.com/{base}"),
                        {{QStringLiteral("region"), QStringLiteral("eu")}, {QStringLiteral("base"), QStringLiteral("v2")}});
    QCOMPARE(workspace.serverTemplate(QStringLiteral("api")), QStringLiteral("https://{region}.example.com/{base}"));
    const QHash<QString, QString> expected{{QStringLiteral("region"), QStringLiteral("eu")},
                                           {QStringLiteral("base"), QStringLiteral("v2")}};
    QCOMPARE(workspace.serverVariables(QStringLiteral("api")), expected);
}

void TestWorkspace::apisAreListed()
{
    Workspace workspace(m_settings.get());
    const ApiIdentity a = ApiIdentity::fromSource(QUrl(QStringLiteral("http://127.0.0.1:1/a.json")), QStringLiteral("A"), {});
    const ApiIdentity b = ApiIdentity::fromSource(QUrl(), QStringLiteral("B"), QStringLiteral("2"));
    workspace.rememberApi(a);
    workspace.rememberApi(b);
    QStringList ids = workspace.apiIds();
    ids.sort();
    QStringList expected{a.id, b.id};
    expected.sort();
    QCOMPARE(ids, expected);
    QCOMPARE(workspace.apiSource(a.id), a.source);
    QCOMPARE(workspace.apiTitle(b.id), QStringLiteral("B"));
    workspace.removeApi(a.id);
    QCOMPARE(workspace.apiIds(), QStringList{b.id});
}

void TestWorkspace::profiles()
{
    Workspace workspace(m_settings.get());
    const QString api = QStringLiteral("api");
    QSignalSpy listChanged(&workspace, &Workspace::profilesChanged);
    QSignalSpy currentChanged(&workspace, &Workspace::currentProfileChanged);
    QCOMPARE(workspace.profiles(api), QStringList{QStringLiteral("default")});
    QCOMPARE(workspace.currentProfile(api), QStringLiteral("default"));

    QVERIFY(workspace.addProfile(api, QStringLiteral("admin")).ok());
    QVERIFY(workspace.addProfile(api, QStringLiteral("read-only")).ok());
    QCOMPARE(workspace.profiles(api), (QStringList{QStringLiteral("default"), QStringLiteral("admin"), QStringLiteral("read-only")}));
    QCOMPARE(listChanged.size(), 2);
    QVERIFY(!workspace.addProfile(api, QStringLiteral("ADMIN")).ok()); // unique ignoring case

    QVERIFY(workspace.setCurrentProfile(api, QStringLiteral("admin")).ok());
    QCOMPARE(workspace.currentProfile(api), QStringLiteral("admin"));
    QCOMPARE(currentChanged.size(), 1);
    QVERIFY(!workspace.setCurrentProfile(api, QStringLiteral("nobody")).ok());

    // Renaming the current profile keeps it current.
    QVERIFY(workspace.renameProfile(api, QStringLiteral("admin"), QStringLiteral("operator")).ok());
    QCOMPARE(workspace.currentProfile(api), QStringLiteral("operator"));
    QVERIFY(!workspace.renameProfile(api, QStringLiteral("operator"), QStringLiteral("Read-Only")).ok());
    QVERIFY(workspace.renameProfile(api, QStringLiteral("operator"), QStringLiteral("Operator")).ok()); // its own name, new case
    QVERIFY(!workspace.renameProfile(api, QStringLiteral("nobody"), QStringLiteral("x")).ok());

    // Removing the current profile makes the first one current; the last one stays.
    QVERIFY(workspace.removeProfile(api, QStringLiteral("Operator")).ok());
    QCOMPARE(workspace.currentProfile(api), QStringLiteral("default"));
    QVERIFY(workspace.removeProfile(api, QStringLiteral("default")).ok());
    QCOMPARE(workspace.profiles(api), QStringList{QStringLiteral("read-only")});
    const auto last = workspace.removeProfile(api, QStringLiteral("read-only"));
    QVERIFY(!last.ok());
    QVERIFY(last.error().message.contains(QLatin1String("last")));

    // Other APIs are untouched.
    QCOMPARE(workspace.profiles(QStringLiteral("other")), QStringList{QStringLiteral("default")});
}

void TestWorkspace::profileNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << QStringLiteral("admin") << true;
    QTest::newRow("spaces inside and unicode") << QStringLiteral("read only ✓") << true;
    QTest::newRow("slashes are fine (keys escape them)") << QStringLiteral("team/qa") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("blank") << QStringLiteral("   ") << false;
    QTest::newRow("leading space") << QStringLiteral(" admin") << false;
    QTest::newRow("control character") << QStringLiteral("ad\nmin") << false;
    QTest::newRow("64 characters") << QString(64, QLatin1Char('x')) << true;
    QTest::newRow("65 characters") << QString(65, QLatin1Char('x')) << false;
}

void TestWorkspace::profileNames()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(Workspace::validateProfileName(name).ok(), valid);
}

void TestWorkspace::secretIndex()
{
    Workspace workspace(m_settings.get());
    workspace.addSecretKey(QStringLiteral("a"), QStringLiteral("k1"));
    workspace.addSecretKey(QStringLiteral("a"), QStringLiteral("k2"));
    workspace.addSecretKey(QStringLiteral("a"), QStringLiteral("k1")); // no repeats
    workspace.addSecretKey(QStringLiteral("b"), QStringLiteral("k3"));
    QCOMPARE(workspace.secretKeys(QStringLiteral("a")), (QStringList{QStringLiteral("k1"), QStringLiteral("k2")}));
    workspace.removeSecretKey(QStringLiteral("a"), QStringLiteral("k1"));
    workspace.removeSecretKey(QStringLiteral("a"), QStringLiteral("unknown"));
    QCOMPARE(workspace.secretKeys(QStringLiteral("a")), QStringList{QStringLiteral("k2")});
    QCOMPARE(workspace.secretKeys(QStringLiteral("b")), QStringList{QStringLiteral("k3")});
}

void TestWorkspace::recentFiles()
{
    Workspace workspace(m_settings.get());
    for (int i = 0; i < Workspace::kMaxRecentFiles + 5; ++i)
        workspace.addRecentFile(QStringLiteral("/tmp/api%1.yaml").arg(i));
    QStringList recent = workspace.recentFiles();
    QCOMPARE(recent.size(), Workspace::kMaxRecentFiles);
    QCOMPARE(recent.constFirst(), QStringLiteral("/tmp/api%1.yaml").arg(Workspace::kMaxRecentFiles + 4));
    workspace.addRecentFile(QStringLiteral("/tmp/api10.yaml")); // again: moves to the front, once
    recent = workspace.recentFiles();
    QCOMPARE(recent.constFirst(), QStringLiteral("/tmp/api10.yaml"));
    QCOMPARE(recent.count(QStringLiteral("/tmp/api10.yaml")), 1);
    workspace.clearRecentFiles();
    QVERIFY(workspace.recentFiles().isEmpty());
}

void TestWorkspace::persistsInTheFile()
{
    {
        Workspace workspace(m_settings.get());
        QVERIFY(workspace.addProfile(QStringLiteral("api"), QStringLiteral("admin")).ok());
        QVERIFY(workspace.setCurrentProfile(QStringLiteral("api"), QStringLiteral("admin")).ok());
        workspace.addSecretKey(QStringLiteral("api"), QStringLiteral("key"));
        workspace.sync();
    }
    m_settings.reset();
    QSettings reopened(settingsPath(), QSettings::IniFormat);
    Workspace workspace(&reopened);
    QCOMPARE(workspace.currentProfile(QStringLiteral("api")), QStringLiteral("admin"));
    QCOMPARE(workspace.secretKeys(QStringLiteral("api")), QStringList{QStringLiteral("key")});
    m_settings = std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat);
}

void TestWorkspace::scanFindsEveryEncoding_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("encoding");
    const QByteArray secret = "s3cr3t+/value?&=";
    QTest::newRow("raw") << (QByteArray("token=") + secret + "\n") << QStringLiteral("raw");
    for (int prefix = 0; prefix < 3; ++prefix) {
        const QByteArray blob = (QByteArray(prefix, 'x') + secret + "tail").toBase64();
        QTest::newRow(qPrintable(QStringLiteral("base64 at offset %1").arg(prefix))) << blob << QStringLiteral("base64");
        QByteArray url = (QByteArray(prefix, 'y') + secret + "?!>>").toBase64(QByteArray::Base64UrlEncoding);
        QTest::newRow(qPrintable(QStringLiteral("base64url at offset %1").arg(prefix))) << url << QStringLiteral("base64url");
    }
    QTest::newRow("percent") << (QByteArray("a=") + QUrl::toPercentEncoding(QString::fromLatin1(secret))) << QStringLiteral("percent");
    QTest::newRow("hex") << secret.toHex() << QStringLiteral("hex");
}

void TestWorkspace::scanFindsEveryEncoding()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, encoding);
    const QList<QByteArray> secrets{QByteArray("unrelated-secret-1"), QByteArray("s3cr3t+/value?&=")};
    const auto hits = SecretScan::scan(text, secrets);
    QVERIFY(!hits.isEmpty());
    bool found = false;
    for (const SecretHit &hit : hits) {
        QCOMPARE(hit.secretIndex, 1);
        // A base64url form without '-' or '_' is the base64 form too, and is reported as such.
        found = found || hit.encoding == encoding || (encoding == QLatin1String("base64url") && hit.encoding == QLatin1String("base64"));
    }
    QVERIFY2(found, qPrintable(hits.constFirst().toString()));
    QVERIFY(!hits.constFirst().toString().contains(QLatin1String("s3cr3t"))); // reports never show the value
}

void TestWorkspace::scanIgnoresShortSecrets()
{
    QVERIFY(SecretScan::scan("abc abc", {QByteArray("abc")}).isEmpty());
    QVERIFY(SecretScan::scan("nothing here", {QByteArray("a-longer-secret")}).isEmpty());
}

void TestWorkspace::scanFiles()
{
    const QByteArray secret = randomToken(30);
    QDir(m_dir->path()).mkpath(QStringLiteral("deep/er"));
    QFile clean(m_dir->filePath(QStringLiteral("clean.txt")));
    QVERIFY(clean.open(QIODevice::WriteOnly));
    clean.write("nothing");
    clean.close();
    QFile leaky(m_dir->filePath(QStringLiteral("deep/er/.hidden.log")));
    QVERIFY(leaky.open(QIODevice::WriteOnly));
    leaky.write("Authorization: Basic " + (QByteArray("user:") + secret).toBase64());
    leaky.close();
    const auto hits = SecretScan::scanFiles({m_dir->path()}, {secret});
    QCOMPARE(hits.size(), 1);
    QVERIFY(hits.constFirst().file.endsWith(QLatin1String(".hidden.log")));
    QCOMPARE(hits.constFirst().encoding, QStringLiteral("base64"));
}

void TestWorkspace::sessionLeavesNoSecretInWorkspace()
{
    // Every kind of secret through the CredentialStore (memory store here; the keychain version is in
    // tst_credentialstore), plus the settings a sign-in would save: the workspace file holds none of them.
    Workspace workspace(m_settings.get());
    MemorySecretStore secrets;
    CredentialStore credentials(&secrets, &workspace);
    const ApiIdentity api = ApiIdentity::fromSource(QUrl(QStringLiteral("http://127.0.0.1:9/openapi.json")), QStringLiteral("Leak"), {});
    workspace.rememberApi(api);
    QVERIFY(workspace.addProfile(api.id, QStringLiteral("admin")).ok());

    QList<QByteArray> used;
    for (const SecretKind kind : allSecretKinds()) {
        const SecretAddress address
            = SecretAddress::forClient(api.id, QStringLiteral("scheme-") + secretKindName(kind), QStringLiteral("admin"),
                                       QStringLiteral("http://127.0.0.1:3000"), QStringLiteral("app"), kind);
        const QByteArray value = randomToken(40);
        used.append(value);
        QVERIFY(wait<Result<Done>>([&](DoneCallback cb) { credentials.store(address, SecureBytes(value), cb); })->ok());
    }
    auth::TokenSet tokens;
    tokens.accessToken = QString::fromLatin1(randomToken(800));
    tokens.refreshToken = QString::fromLatin1(randomToken(60));
    tokens.idToken = QString::fromLatin1(randomToken(400));
    tokens.tokenType = QStringLiteral("Bearer");
    tokens.issuer = QStringLiteral("http://127.0.0.1:3000");
    tokens.clientId = QStringLiteral("app");
    used << tokens.accessToken.toUtf8() << tokens.refreshToken.toUtf8() << tokens.idToken.toUtf8();
    const SecretAddress tokenAddress = SecretAddress::forClient(api.id, QStringLiteral("oauth"), QStringLiteral("default"), tokens.issuer,
                                                                tokens.clientId, SecretKind::OAuthTokens);
    QVERIFY(wait<Result<Done>>([&](DoneCallback cb) { credentials.storeTokens(tokenAddress, tokens, cb); })->ok());

    auth::ClientConfig config;
    config.clientId = QStringLiteral("app");
    config.clientSecret = QString::fromLatin1(randomToken(32));
    config.username = QStringLiteral("alice");
    config.password = QString::fromLatin1(randomToken(20));
    used << config.clientSecret.toUtf8() << config.password.toUtf8();
    SchemeSettings settings = SchemeSettings::fromClientConfig(config);
    settings.issuer = tokens.issuer;
    workspace.setSchemeSettings(api.id, QStringLiteral("oauth"), settings);
    workspace.sync();

    QCOMPARE(workspace.secretKeys(api.id).size(), allSecretKinds().size() + 1);
    const auto hits = SecretScan::scanFiles({m_dir->path()}, used);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.value(0).toString()));

    // And forgetting the API empties its index.
    const auto report = wait<ForgetReport>([&](ForgetCallback cb) { credentials.forgetApi(api.id, cb); });
    QVERIFY(report && report->ok());
    QCOMPARE(report->deleted.size(), allSecretKinds().size() + 1);
    QVERIFY(workspace.secretKeys(api.id).isEmpty());
    QCOMPARE(secrets.count(), 0);
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
