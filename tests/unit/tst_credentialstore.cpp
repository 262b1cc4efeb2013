// CredentialStore against a real Secret Service (gnome-keyring in a private D-Bus session): every kind of
// secret, namespacing, sign-out, forget, profiles, `keyway-cli forget` in another process, and a leak
// check over every file the session wrote.

#include "../common/KeyringSession.h"

#include "openapi/DocumentLoader.h"
#include "storage/ApiIdentity.h"
#include "storage/CredentialStore.h"
#include "storage/KeychainSecretStore.h"
#include "storage/SecretScan.h"
#include "storage/Workspace.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSettings>
#include <QTest>
#include <QUuid>

using namespace keyway;
using namespace keyway::storage;
using keyway::test::KeyringSession;

namespace {

constexpr int kLimitMs = 30000;

QByteArray randomBytes(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        bytes[i] = char(QRandomGenerator::system()->bounded(256));
    return bytes;
}

QByteArray randomToken(int size)
{
    return randomBytes(size).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals).left(size);
}

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

const QString kIssuer = QStringLiteral("http://127.0.0.1:9");
const QString kClient = QStringLiteral("keyway-test");

} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void roundTripEveryKind_data();
    void roundTripEveryKind();
    void tokensRoundTrip();
    void userPasswordRoundTrip();
    void namespacing();
    void signOutDeletesThatSchemeAndProfileOnly();
    void forgetApiDeletesEverything();
    void forgetFindsSecretsWithoutIndex();
    void renameProfileMovesSecrets();
    void removeProfileDeletesSecrets();

    void cliUsage_data();
    void cliUsage();
    void cliBadDocument();
    void cliForgetsSchemeAndProfile();
    void cliForgetsProfile();
    void cliForgetsWholeApi();
    void cliKeychainUnavailable();

    void leakCheck(); // last: over everything the tests above wrote

private:
    // Every store/forget goes through these (bounded waits).
    Result<Done> store(const SecretAddress &address, const QByteArray &value);
    std::optional<SecureBytes> load(const SecretAddress &address);
    ForgetReport wait(const std::function<void(ForgetCallback)> &start);
    SecretAddress address(const ApiIdentity &api, const QString &scheme, const QString &profile, SecretKind kind) const;
    // Stores one secret of each kind the scheme would hold; returns their addresses.
    QList<SecretAddress> fill(const ApiIdentity &api, const QString &scheme, const QString &profile);
    QStringList keysOf(const ApiIdentity &api) const; // what secret-tool sees for this API
    ApiIdentity newApi(const char *name);
    CliRun cli(const QStringList &arguments, const QProcessEnvironment &env);
    CliRun cli(const QStringList &arguments) { return cli(arguments, m_keyring->environment()); }
    void reloadWorkspace() { m_settings->sync(); }

    std::unique_ptr<KeyringSession> m_keyring;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<KeychainSecretStore> m_secrets;
    std::unique_ptr<CredentialStore> m_credentials;
    QString m_docPath;
    ApiIdentity m_docApi;
    QList<QByteArray> m_used; // every secret value written, for the leak check
};

void TestCredentialStore::initTestCase()
{
    m_keyring = std::make_unique<KeyringSession>(KeyringSession::Mode::Unlocked);
    if (const QString error = m_keyring->start(); !error.isEmpty())
        QFAIL(qPrintable(error));
    m_keyring->applyToThisProcess();
    // The same file keyway-cli uses under this session's XDG_CONFIG_HOME.
    QVERIFY(QDir().mkpath(QFileInfo(m_keyring->workspaceFile()).path()));
    m_settings = std::make_unique<QSettings>(m_keyring->workspaceFile(), QSettings::IniFormat);
    m_workspace = std::make_unique<Workspace>(m_settings.get());
    m_secrets = std::make_unique<KeychainSecretStore>();
    m_credentials = std::make_unique<CredentialStore>(m_secrets.get(), m_workspace.get());

    m_docPath = m_keyring->home() + QStringLiteral("/forget-me.yaml");
    QFile doc(m_docPath);
    QVERIFY(doc.open(QIODevice::WriteOnly));
    doc.write("openapi: 3.1.0\n"
              "info: {title: Forget Me, version: 1.0.0}\n"
              "paths: {}\n"
              "components:\n"
              "  securitySchemes:\n"
              "    oauth:\n"
              "      type: oauth2\n"
              "      flows:\n"
              "        authorizationCode:\n"
              "          authorizationUrl: http://127.0.0.1:9/authorize\n"
              "          tokenUrl: http://127.0.0.1:9/token\n"
              "          scopes: {read: read pets}\n"
              "    api_key: {type: apiKey, in: header, name: X-API-Key}\n"
              "    basic: {type: http, scheme: basic}\n"
              "    mtls: {type: mutualTLS}\n");
    doc.close();
    const auto loaded = openapi::loadDocumentFile(m_docPath);
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().toString()));
    m_docApi = ApiIdentity::fromDocument(*loaded.value());
    QVERIFY(m_docApi.source.startsWith(QLatin1String("file:")));
}

void TestCredentialStore::cleanupTestCase()
{
    m_credentials.reset();
    m_secrets.reset();
    m_workspace.reset();
    m_settings.reset();
    m_keyring.reset();
}

Result<Done> TestCredentialStore::store(const SecretAddress &address, const QByteArray &value)
{
    m_used.append(value);
    const auto done
        = waitForCallback<Result<Done>>([&](DoneCallback cb) { m_credentials->store(address, SecureBytes(value), cb); }, kLimitMs);
    return done ? *done : Result<Done>(Error{QStringLiteral("no answer"), {}});
}

std::optional<SecureBytes> TestCredentialStore::load(const SecretAddress &address)
{
    const auto read = waitForCallback<ReadResult>([&](ReadCallback cb) { m_credentials->load(address, cb); }, kLimitMs);
    if (!read || !read->ok())
        return std::nullopt;
    return read->value();
}

ForgetReport TestCredentialStore::wait(const std::function<void(ForgetCallback)> &start)
{
    const auto report = waitForCallback<ForgetReport>(start, kLimitMs);
    if (!report) {
        ForgetReport none;
        none.storeProblem = QStringLiteral("no answer");
        return none;
    }
    return *report;
}

SecretAddress TestCredentialStore::address(const ApiIdentity &api, const QString &scheme, const QString &profile, SecretKind kind) const
{
    if (isClientScoped(kind))
        return SecretAddress::forClient(api.id, scheme, profile, kIssuer, kClient, kind);
    return SecretAddress::forScheme(api.id, scheme, profile, kind);
}

QList<SecretAddress> TestCredentialStore::fill(const ApiIdentity &api, const QString &scheme, const QString &profile)
{
    QList<SecretAddress> written;
    for (const SecretKind kind : {SecretKind::OAuthTokens, SecretKind::ClientSecret, SecretKind::ApiKey}) {
        const SecretAddress a = address(api, scheme, profile, kind);
        if (store(a, randomToken(40)).ok())
            written.append(a);
    }
    return written;
}

QStringList TestCredentialStore::keysOf(const ApiIdentity &api) const
{
    QStringList keys = m_keyring->storedKeys();
    const QString marker = QStringLiteral("/api=") + api.id + QLatin1Char('/');
    keys.removeIf([&marker](const QString &key) { return !key.contains(marker); });
    return keys;
}

ApiIdentity TestCredentialStore::newApi(const char *name)
{
    const QUrl url(
        QStringLiteral("http://127.0.0.1:9/%1/%2.json").arg(QLatin1String(name), QUuid::createUuid().toString(QUuid::WithoutBraces)));
    ApiIdentity api = ApiIdentity::fromSource(url, QString::fromLatin1(name), QStringLiteral("1"));
    m_workspace->rememberApi(api);
    return api;
}

CliRun TestCredentialStore::cli(const QStringList &arguments, const QProcessEnvironment &env)
{
    m_workspace->sync();
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(KEYWAY_CLI_PATH), arguments);
    CliRun run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(3000);
        run.err = QStringLiteral("keyway-cli did not finish within 60 s");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    reloadWorkspace();
    return run;
}

void TestCredentialStore::roundTripEveryKind_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("value");
    for (const SecretKind kind : allSecretKinds()) {
        // A private key may be DER (binary); everything else is text.
        const QByteArray value = kind == SecretKind::ClientCertificateKey ? randomBytes(1200) : randomToken(64);
        QTest::newRow(qPrintable(secretKindName(kind))) << int(kind) << value;
    }
}

void TestCredentialStore::roundTripEveryKind()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, value);
    const ApiIdentity api = newApi("roundtrip");
    const SecretAddress a = address(api, QStringLiteral("scheme"), QStringLiteral("default"), SecretKind(kind));
    const auto stored = store(a, value);
    QVERIFY2(stored.ok(), stored.ok() ? "" : qPrintable(stored.error().message));
    QVERIFY(m_workspace->secretKeys(api.id).contains(a.key()));
    QCOMPARE(keysOf(api), QStringList{a.key()});

    const auto back = load(a);
    QVERIFY(back.has_value());
    QVERIFY(back->equals(SecureBytes(value)));

    const auto removed = waitForCallback<Result<Done>>([&](DoneCallback cb) { m_credentials->remove(a, cb); }, kLimitMs);
    QVERIFY(removed && removed->ok());
    QVERIFY(!load(a).has_value());
    QVERIFY(keysOf(api).isEmpty());
    QVERIFY(m_workspace->secretKeys(api.id).isEmpty());
}

void TestCredentialStore::tokensRoundTrip()
{
    const ApiIdentity api = newApi("tokens");
    auth::TokenSet tokens;
    tokens.accessToken = QString::fromLatin1(randomToken(10 * 1024)); // a 10 KB token
    tokens.tokenType = QStringLiteral("Bearer");
    tokens.refreshToken = QString::fromLatin1(randomToken(64));
    tokens.idToken = QString::fromLatin1(randomToken(900));
    tokens.obtainedAt = QDateTime::currentDateTimeUtc().addSecs(-10);
    tokens.expiresAt = tokens.obtainedAt.addSecs(3600);
    tokens.grantedScopes = {QStringLiteral("openid"), QStringLiteral("read")};
    tokens.scopesFromResponse = true;
    tokens.requestedScopes = {QStringLiteral("openid"), QStringLiteral("read"), QStringLiteral("write")};
    tokens.issuer = kIssuer;
    tokens.clientId = kClient;
    tokens.grant = QStringLiteral("authorizationCode");
    m_used << tokens.accessToken.toUtf8() << tokens.refreshToken.toUtf8() << tokens.idToken.toUtf8();

    const SecretAddress a = address(api, QStringLiteral("oauth"), QStringLiteral("default"), SecretKind::OAuthTokens);
    const auto stored = waitForCallback<Result<Done>>([&](DoneCallback cb) { m_credentials->storeTokens(a, tokens, cb); }, kLimitMs);
    QVERIFY(stored && stored->ok());
    const auto loaded
        = waitForCallback<Result<std::optional<auth::TokenSet>>>([&](TokensCallback cb) { m_credentials->loadTokens(a, cb); }, kLimitMs);
    QVERIFY(loaded && loaded->ok() && loaded->value().has_value());
    const auth::TokenSet &back = *loaded->value();
    QVERIFY(back.accessToken == tokens.accessToken); // not QCOMPARE: a failure would print the token
    QVERIFY(back.refreshToken == tokens.refreshToken);
    QVERIFY(back.idToken == tokens.idToken);
    QCOMPARE(back.tokenType, tokens.tokenType);
    QCOMPARE(back.expiresAt.toSecsSinceEpoch(), tokens.expiresAt.toSecsSinceEpoch());
    QCOMPARE(back.grantedScopes, tokens.grantedScopes);
    QCOMPARE(back.requestedScopes, tokens.requestedScopes);
    QCOMPARE(back.issuer, tokens.issuer);
    QCOMPARE(back.clientId, tokens.clientId);

    // Another profile has none.
    const auto other = waitForCallback<Result<std::optional<auth::TokenSet>>>(
        [&](TokensCallback cb) {
            m_credentials->loadTokens(address(api, QStringLiteral("oauth"), QStringLiteral("admin"), SecretKind::OAuthTokens), cb);
        },
        kLimitMs);
    QVERIFY(other && other->ok() && !other->value().has_value());
}

void TestCredentialStore::userPasswordRoundTrip()
{
    const ApiIdentity api = newApi("userpassword");
    for (const SecretKind kind : {SecretKind::HttpBasic, SecretKind::HttpDigest}) {
        UserPassword credentials;
        credentials.username = QStringLiteral("alice");
        const QByteArray password = QStringLiteral("pä$$wörd:%1").arg(QString::fromLatin1(randomToken(16))).toUtf8();
        m_used.append(password);
        credentials.password = SecureBytes(password);
        const SecretAddress a = address(api, secretKindName(kind), QStringLiteral("default"), kind);
        const auto stored
            = waitForCallback<Result<Done>>([&](DoneCallback cb) { m_credentials->storeUserPassword(a, credentials, cb); }, kLimitMs);
        QVERIFY(stored && stored->ok());
        const auto loaded = waitForCallback<Result<std::optional<UserPassword>>>(
            [&](UserPasswordCallback cb) { m_credentials->loadUserPassword(a, cb); }, kLimitMs);
        QVERIFY(loaded && loaded->ok() && loaded->value().has_value());
        QCOMPARE(loaded->value()->username, QStringLiteral("alice"));
        QVERIFY(loaded->value()->password.equals(credentials.password));
    }
}

void TestCredentialStore::namespacing()
{
    // Two APIs, two profiles, the same scheme name, issuer and client: four separate secrets.
    const ApiIdentity first = newApi("ns-first");
    const ApiIdentity second = newApi("ns-second");
    QMap<QString, QByteArray> expected;
    for (const ApiIdentity &api : {first, second}) {
        for (const QString &profile : {QStringLiteral("default"), QStringLiteral("admin")}) {
            const SecretAddress a = address(api, QStringLiteral("oauth"), profile, SecretKind::OAuthTokens);
            const QByteArray value = randomToken(48);
            QVERIFY(store(a, value).ok());
            expected.insert(a.key(), value);
        }
    }
    QCOMPARE(expected.size(), 4);
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const auto back = load(*SecretAddress::fromKey(it.key()));
        QVERIFY(back.has_value());
        QVERIFY2(back->equals(SecureBytes(it.value())), qPrintable(it.key()));
    }
    QCOMPARE(keysOf(first).size(), 2);
    QCOMPARE(keysOf(second).size(), 2);
    // Same names, other client: yet another secret.
    SecretAddress otherClient = address(first, QStringLiteral("oauth"), QStringLiteral("default"), SecretKind::OAuthTokens);
    otherClient.clientId = QStringLiteral("another-client");
    QVERIFY(!load(otherClient).has_value());
}

void TestCredentialStore::signOutDeletesThatSchemeAndProfileOnly()
{
    const ApiIdentity api = newApi("signout");
    const ApiIdentity bystander = newApi("signout-bystander");
    const QList<SecretAddress> target = fill(api, QStringLiteral("oauth"), QStringLiteral("default"));
    const QList<SecretAddress> otherProfile = fill(api, QStringLiteral("oauth"), QStringLiteral("admin"));
    const QList<SecretAddress> otherScheme = fill(api, QStringLiteral("api_key"), QStringLiteral("default"));
    const QList<SecretAddress> otherApi = fill(bystander, QStringLiteral("oauth"), QStringLiteral("default"));
    QCOMPARE(target.size(), 3);
    QCOMPARE(keysOf(api).size(), 9);

    const ForgetReport report
        = wait([&](ForgetCallback cb) { m_credentials->signOut(api.id, QStringLiteral("oauth"), QStringLiteral("default"), cb); });
    QVERIFY2(report.ok(), qPrintable(report.storeProblem + report.failed.value(0).second));
    QCOMPARE(report.deleted.size(), target.size());
    for (const SecretAddress &a : target) {
        QVERIFY(report.deleted.contains(a));
        QVERIFY(!load(a).has_value());
        QVERIFY(!m_workspace->secretKeys(api.id).contains(a.key()));
    }
    for (const auto *kept : {&otherProfile, &otherScheme, &otherApi}) {
        for (const SecretAddress &a : *kept)
            QVERIFY2(load(a).has_value(), qPrintable(a.key()));
    }
    QCOMPARE(keysOf(api).size(), 6);
    QCOMPARE(keysOf(bystander).size(), 3);
}

void TestCredentialStore::forgetApiDeletesEverything()
{
    const ApiIdentity api = newApi("forget");
    const ApiIdentity bystander = newApi("forget-bystander");
    QVERIFY(m_workspace->addProfile(api.id, QStringLiteral("read-only")).ok());
    QList<SecretAddress> all;
    all << fill(api, QStringLiteral("oauth"), QStringLiteral("default")) << fill(api, QStringLiteral("oauth"), QStringLiteral("read-only"))
        << fill(api, QStringLiteral("basic"), QStringLiteral("read-only"));
    const QList<SecretAddress> kept = fill(bystander, QStringLiteral("oauth"), QStringLiteral("read-only"));
    QCOMPARE(keysOf(api).size(), all.size());

    const ForgetReport report = wait([&](ForgetCallback cb) { m_credentials->forgetApi(api.id, cb); });
    QVERIFY(report.ok());
    QCOMPARE(report.deleted.size(), all.size());
    QVERIFY(keysOf(api).isEmpty());
    QVERIFY(m_workspace->secretKeys(api.id).isEmpty());
    for (const SecretAddress &a : all)
        QVERIFY(!load(a).has_value());
    for (const SecretAddress &a : kept)
        QVERIFY(load(a).has_value());
    QCOMPARE(keysOf(bystander).size(), kept.size());

    // Again: nothing left, nothing reported.
    const ForgetReport again = wait([&](ForgetCallback cb) { m_credentials->forgetApi(api.id, cb); });
    QVERIFY(again.ok());
    QVERIFY(again.deleted.isEmpty());
}

void TestCredentialStore::forgetFindsSecretsWithoutIndex()
{
    // The index was lost (a settings file deleted or restored from a backup): the fixed keys of the
    // document's schemes are still tried for every profile.
    const ApiIdentity api = newApi("noindex");
    QVERIFY(m_workspace->addProfile(api.id, QStringLiteral("admin")).ok());
    const SecretAddress apiKey = address(api, QStringLiteral("api_key"), QStringLiteral("admin"), SecretKind::ApiKey);
    const SecretAddress basic = address(api, QStringLiteral("basic"), QStringLiteral("default"), SecretKind::HttpBasic);
    QVERIFY(store(apiKey, randomToken(32)).ok());
    QVERIFY(store(basic, randomToken(32)).ok());
    m_workspace->removeSecretKey(api.id, apiKey.key());
    m_workspace->removeSecretKey(api.id, basic.key());

    const ForgetReport report = wait([&](ForgetCallback cb) {
        m_credentials->forget(api.id, std::nullopt, std::nullopt, {QStringLiteral("api_key"), QStringLiteral("basic")}, cb);
    });
    QVERIFY(report.ok());
    QCOMPARE(report.deleted.size(), 2);
    QVERIFY(keysOf(api).isEmpty());
}

void TestCredentialStore::renameProfileMovesSecrets()
{
    const ApiIdentity api = newApi("rename");
    QVERIFY(m_workspace->addProfile(api.id, QStringLiteral("admin")).ok());
    QVERIFY(m_workspace->setCurrentProfile(api.id, QStringLiteral("admin")).ok());
    const QList<SecretAddress> before = fill(api, QStringLiteral("oauth"), QStringLiteral("admin"));
    QList<std::optional<SecureBytes>> values;
    for (const SecretAddress &a : before)
        values.append(load(a));

    // Refused names move nothing.
    auto refused = waitForCallback<Result<Done>>(
        [&](DoneCallback cb) { m_credentials->renameProfile(api.id, QStringLiteral("admin"), QStringLiteral("DEFAULT"), cb); }, kLimitMs);
    QVERIFY(refused && !refused->ok());
    QCOMPARE(keysOf(api).size(), before.size());

    const auto renamed = waitForCallback<Result<Done>>(
        [&](DoneCallback cb) { m_credentials->renameProfile(api.id, QStringLiteral("admin"), QStringLiteral("operator"), cb); }, kLimitMs);
    QVERIFY2(renamed && renamed->ok(), renamed && !renamed->ok() ? qPrintable(renamed->error().message) : "");
    QCOMPARE(m_workspace->profiles(api.id), (QStringList{QStringLiteral("default"), QStringLiteral("operator")}));
    QCOMPARE(m_workspace->currentProfile(api.id), QStringLiteral("operator"));
    for (int i = 0; i < before.size(); ++i) {
        SecretAddress moved = before.at(i);
        moved.profile = QStringLiteral("operator");
        QVERIFY(!load(before.at(i)).has_value());
        const auto value = load(moved);
        QVERIFY(value.has_value());
        QVERIFY(value->equals(*values.at(i)));
        QVERIFY(m_workspace->secretKeys(api.id).contains(moved.key()));
        QVERIFY(!m_workspace->secretKeys(api.id).contains(before.at(i).key()));
    }
    QCOMPARE(keysOf(api).size(), before.size());
}

void TestCredentialStore::removeProfileDeletesSecrets()
{
    const ApiIdentity api = newApi("removeprofile");
    QVERIFY(m_workspace->addProfile(api.id, QStringLiteral("temp")).ok());
    const QList<SecretAddress> doomed = fill(api, QStringLiteral("oauth"), QStringLiteral("temp"));
    const QList<SecretAddress> kept = fill(api, QStringLiteral("oauth"), QStringLiteral("default"));
    const ForgetReport report = wait([&](ForgetCallback cb) { m_credentials->removeProfile(api.id, QStringLiteral("temp"), cb); });
    QVERIFY(report.ok());
    QCOMPARE(report.deleted.size(), doomed.size());
    QCOMPARE(m_workspace->profiles(api.id), QStringList{QStringLiteral("default")});
    QCOMPARE(keysOf(api).size(), kept.size());
    // The last profile stays, secrets and all.
    const ForgetReport last = wait([&](ForgetCallback cb) { m_credentials->removeProfile(api.id, QStringLiteral("default"), cb); });
    QVERIFY(!last.ok());
    QCOMPARE(keysOf(api).size(), kept.size());
}

void TestCredentialStore::cliUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no document") << QStringList{} << QStringLiteral("a document");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("doc.yaml"), QStringLiteral("--everything")}
                                    << QStringLiteral("unknown option");
    QTest::newRow("option without value") << QStringList{QStringLiteral("doc.yaml"), QStringLiteral("--scheme")}
                                          << QStringLiteral("needs a value");
    QTest::newRow("two documents") << QStringList{QStringLiteral("a.yaml"), QStringLiteral("b.yaml")} << QStringLiteral("one document");
    QTest::newRow("bad profile name") << QStringList{QStringLiteral("doc.yaml"), QStringLiteral("--profile"), QStringLiteral(" x")}
                                      << QStringLiteral("spaces");
}

void TestCredentialStore::cliUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliRun run = cli(QStringList{QStringLiteral("forget")} + arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.err.contains(QLatin1String("Usage: keyway-cli forget DOC")));

    const CliRun unknownScheme = cli({QStringLiteral("forget"), m_docPath, QStringLiteral("--scheme"), QStringLiteral("nope")});
    QCOMPARE(unknownScheme.exitCode, 1);
    QVERIFY2(unknownScheme.err.contains(QLatin1String("no security scheme named \"nope\"")), qPrintable(unknownScheme.err));

    const CliRun help = cli({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QLatin1String("forget DOC [--scheme NAME] [--profile P]")));
    QVERIFY(help.out.contains(QLatin1String("3 when the keychain is unavailable")));
}

void TestCredentialStore::cliBadDocument()
{
    const CliRun run = cli({QStringLiteral("forget"), m_keyring->home() + QStringLiteral("/missing.yaml")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
}

void TestCredentialStore::cliForgetsSchemeAndProfile()
{
    // This process writes; keyway-cli, another process, finds and deletes them through the shared
    // workspace file and the keychain.
    QVERIFY(m_workspace->addProfile(m_docApi.id, QStringLiteral("admin")).ok());
    const QList<SecretAddress> target = fill(m_docApi, QStringLiteral("oauth"), QStringLiteral("admin"));
    const QList<SecretAddress> kept = fill(m_docApi, QStringLiteral("oauth"), QStringLiteral("default"));
    const CliRun run = cli({QStringLiteral("forget"), m_docPath, QStringLiteral("--scheme"), QStringLiteral("oauth"),
                            QStringLiteral("--profile"), QStringLiteral("admin")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QLatin1String("Deleted 3 secrets of \"Forget Me\"")), qPrintable(run.out));
    QVERIFY(run.out.contains(QLatin1String("scheme oauth, profile admin, tokens (client keyway-test at http://127.0.0.1:9)")));
    QVERIFY(run.out.contains(QLatin1String("scheme oauth, profile admin, api-key")));
    for (const SecretAddress &a : target) {
        QVERIFY(!load(a).has_value());
        QVERIFY(!m_workspace->secretKeys(m_docApi.id).contains(a.key()));
    }
    for (const SecretAddress &a : kept)
        QVERIFY(load(a).has_value());
}

void TestCredentialStore::cliForgetsProfile()
{
    // --profile alone: that profile's secrets in every scheme, the document's fixed keys included.
    QVERIFY(store(address(m_docApi, QStringLiteral("basic"), QStringLiteral("admin"), SecretKind::HttpBasic), randomToken(30)).ok());
    QVERIFY(store(address(m_docApi, QStringLiteral("mtls"), QStringLiteral("admin"), SecretKind::Pkcs12Passphrase), randomToken(30)).ok());
    const SecretAddress otherProfile = address(m_docApi, QStringLiteral("basic"), QStringLiteral("default"), SecretKind::HttpBasic);
    QVERIFY(store(otherProfile, randomToken(30)).ok());
    const CliRun run = cli({QStringLiteral("forget"), m_docPath, QStringLiteral("--profile"), QStringLiteral("admin")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QLatin1String("Deleted 2 secrets")), qPrintable(run.out));
    QVERIFY(load(otherProfile).has_value());
}

void TestCredentialStore::cliForgetsWholeApi()
{
    fill(m_docApi, QStringLiteral("api_key"), QStringLiteral("admin"));
    QVERIFY(!keysOf(m_docApi).isEmpty());
    const CliRun run = cli({QStringLiteral("forget"), m_docPath});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.startsWith(QLatin1String("Deleted ")), qPrintable(run.out));
    QVERIFY(keysOf(m_docApi).isEmpty());
    QVERIFY(m_workspace->secretKeys(m_docApi.id).isEmpty());

    const CliRun again = cli({QStringLiteral("forget"), m_docPath});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(QLatin1String("No stored secrets of \"Forget Me\"")), qPrintable(again.out));
}

void TestCredentialStore::cliKeychainUnavailable()
{
    const SecretAddress a = address(m_docApi, QStringLiteral("oauth"), QStringLiteral("default"), SecretKind::OAuthTokens);
    QVERIFY(store(a, randomToken(40)).ok());
    QProcessEnvironment env = m_keyring->environment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=%1/no-bus-here").arg(m_keyring->runtimeDir()));
    const CliRun run = cli({QStringLiteral("forget"), m_docPath}, env);
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(QLatin1String("the keychain is unavailable")), qPrintable(run.err));
    QVERIFY(run.err.contains(QLatin1String("Nothing was deleted")));
    QVERIFY(load(a).has_value());
    QVERIFY(m_workspace->secretKeys(m_docApi.id).contains(a.key())); // the index still names it
}

void TestCredentialStore::leakCheck()
{
    // Every file of this session — the workspace, caches, the keyring's own (encrypted) files, anything
    // keyway-cli wrote — holds none of the secret values used, raw or encoded.
    m_workspace->sync();
    QVERIFY(m_used.size() > 40);
    const auto hits = SecretScan::scanFiles({m_keyring->root()}, m_used);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.value(0).toString()));
    QVERIFY(QFile::exists(m_keyring->workspaceFile()));
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
