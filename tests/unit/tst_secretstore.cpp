// SecretStore implementations: SecureBytes, the in-memory store, the QtKeychain store against a real
// gnome-keyring in a private D-Bus session, the store that degrades to memory, and the ways a keychain
// can be unavailable (no D-Bus, no Secret Service, no login collection, a locked collection, a service
// that never answers), each run in a child process with its own bus.

#include "../common/KeyringSession.h"

#include "core/ProcessHardening.h"
#include "storage/DegradingSecretStore.h"
#include "storage/KeychainSecretStore.h"
#include "storage/MemorySecretStore.h"
#include "storage/SecretScan.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <sys/prctl.h>
#include <sys/resource.h>

using namespace keyway;
using namespace keyway::storage;
using keyway::test::KeyringSession;

namespace {

constexpr int kLimitMs = 30000; // outer bound of any single wait in these tests

QByteArray randomBytes(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        bytes[i] = char(QRandomGenerator::system()->bounded(256));
    return bytes;
}

// A printable secret (a token-like value) of `size` characters.
QByteArray randomToken(int size)
{
    return randomBytes(size).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals).left(size);
}

QString uniqueKey(const char *what)
{
    return QStringLiteral("keyway/v1/test/%1/%2").arg(QLatin1String(what), QUuid::createUuid().toString(QUuid::WithoutBraces));
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

std::optional<Result<Done>> writeSync(SecretStore &store, const QString &key, const SecureBytes &value)
{
    return waitForCallback<Result<Done>>([&](DoneCallback cb) { store.write(key, value, std::move(cb)); }, kLimitMs);
}

std::optional<ReadResult> readSync(SecretStore &store, const QString &key)
{
    return waitForCallback<ReadResult>([&](ReadCallback cb) { store.read(key, std::move(cb)); }, kLimitMs);
}

std::optional<Result<Done>> removeSync(SecretStore &store, const QString &key)
{
    return waitForCallback<Result<Done>>([&](DoneCallback cb) { store.remove(key, std::move(cb)); }, kLimitMs);
}

std::optional<Result<Done>> probeSync(SecretStore &store)
{
    return waitForCallback<Result<Done>>([&](DoneCallback cb) { store.probe(std::move(cb)); }, kLimitMs);
}

// Runs the keychain tool with a script in the given environment; one JSON object per operation.
QList<QJsonObject> runTool(const QProcessEnvironment &env, const QJsonObject &script, QString *error)
{
    QProcess tool;
    tool.setProcessEnvironment(env);
    tool.start(QStringLiteral(KEYWAY_KEYCHAIN_TOOL), {});
    if (!tool.waitForStarted(10000)) {
        *error = QStringLiteral("the keychain tool did not start: %1").arg(tool.errorString());
        return {};
    }
    tool.write(QJsonDocument(script).toJson(QJsonDocument::Compact));
    tool.closeWriteChannel();
    if (!tool.waitForFinished(60000)) {
        tool.kill();
        tool.waitForFinished(3000);
        *error = QStringLiteral("the keychain tool did not finish within 60 s");
        return {};
    }
    if (tool.exitStatus() != QProcess::NormalExit || tool.exitCode() != 0) {
        *error = QStringLiteral("the keychain tool failed (%1): %2")
                     .arg(tool.exitCode())
                     .arg(QString::fromLocal8Bit(tool.readAllStandardError()));
        return {};
    }
    QList<QJsonObject> lines;
    const QList<QByteArray> output = tool.readAllStandardOutput().split('\n');
    for (const QByteArray &line : output) {
        if (!line.trimmed().isEmpty())
            lines.append(QJsonDocument::fromJson(line).object());
    }
    return lines;
}

QJsonObject op(const char *name, const QString &key = {}, const QByteArray &value = {})
{
    QJsonObject o{{QStringLiteral("op"), QLatin1String(name)}};
    if (!key.isEmpty())
        o.insert(QStringLiteral("key"), key);
    if (!value.isNull())
        o.insert(QStringLiteral("value"), QString::fromLatin1(value.toBase64()));
    return o;
}

// A stand-in for a keychain whose answers the test decides.
class ScriptedStore final : public SecretStore
{
public:
    QString failure; // when set, every operation fails with this
    MemorySecretStore backing;
    int writes = 0;

    Status status() const override { return failure.isEmpty() ? Status::Available : Status::Unavailable; }
    QString reason() const override { return failure; }
    bool isPersistent() const override { return true; }
    QString description() const override { return QStringLiteral("scripted"); }
    void read(const QString &key, ReadCallback callback) override
    {
        if (!failure.isEmpty())
            return later([this, callback] { callback(Error{failure, {}}); });
        backing.read(key, std::move(callback));
    }
    void write(const QString &key, const SecureBytes &value, DoneCallback callback) override
    {
        ++writes;
        if (!failure.isEmpty())
            return later([this, callback] { callback(Error{failure, {}}); });
        backing.write(key, value, std::move(callback));
    }
    void remove(const QString &key, DoneCallback callback) override
    {
        if (!failure.isEmpty())
            return later([this, callback] { callback(Error{failure, {}}); });
        backing.remove(key, std::move(callback));
    }
    void probe(DoneCallback callback) override
    {
        if (!failure.isEmpty())
            return later([this, callback] { callback(Error{failure, {}}); });
        later([callback] { callback(Done{}); });
    }

private:
    void later(std::function<void()> f) { QTimer::singleShot(0, this, std::move(f)); }
};

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void secureWipeSparesSharedBuffers();
    void secureWipeSharedZeroesInPlace();
    void secureWipeLeavesLiteralsAlone();
    void secureBytesEquals();

    void memoryStoreRoundTrip();
    void memoryStoreCallsBackLater();

    void keychainProbe();
    void keychainRoundTrip_data();
    void keychainRoundTrip();
    void keychainMissingEntries();
    void keychainOverwrite();
    void keychainEntriesAreNamespacedByService();
    void persistsAcrossProcesses();

    void degradingUsesKeychainWhenItWorks();
    void degradingFallsBackToMemory();
    void degradingWaitsForProbe();
    void degradingRetryMovesSecretsIntoKeychain();

    void unavailable_data();
    void unavailable();
    void timeoutEndsInMemoryMode();

    void processHardening(); // last: it changes this process

private:
    KeyringSession *keyring() { return m_keyring.get(); }
    std::unique_ptr<KeyringSession> m_keyring;
};

void TestSecretStore::initTestCase()
{
    m_keyring = std::make_unique<KeyringSession>(KeyringSession::Mode::Unlocked);
    if (const QString error = m_keyring->start(); !error.isEmpty())
        QFAIL(qPrintable(error));
    m_keyring->applyToThisProcess();
}

void TestSecretStore::cleanupTestCase()
{
    m_keyring.reset();
}

void TestSecretStore::secureWipeSparesSharedBuffers()
{
    QByteArray secret = randomToken(32);
    const QByteArray copy = secret; // another holder: must keep its bytes
    const QByteArray expected(copy.constData(), copy.size());
    secureWipe(secret);
    QVERIFY(secret.isEmpty());
    QVERIFY(copy == expected);

    SecureBytes first(randomToken(16));
    const QByteArray before(first.bytes().constData(), first.size());
    {
        const SecureBytes second = first; // shares; dropping it must not wipe first's bytes
        QVERIFY(second.equals(first));
    }
    QVERIFY(first.bytes() == before);
    SecureBytes moved = std::move(first);
    QVERIFY(first.isEmpty()); // NOLINT(bugprone-use-after-move): moved-from is empty by contract
    QVERIFY(moved.bytes() == before);
    moved.clear();
    QVERIFY(moved.isEmpty());
}

void TestSecretStore::secureWipeSharedZeroesInPlace()
{
    const QByteArray secret = randomToken(24);
    const QByteArray observer = secret; // same buffer: sees the wipe
    secureWipeShared(secret);
    QCOMPARE(observer, QByteArray(24, '\0'));
}

void TestSecretStore::secureWipeLeavesLiteralsAlone()
{
    // Read-only data (literals, raw data) must never be written: this would crash.
    QByteArray literal = QByteArrayLiteral("a literal that lives in read-only memory");
    secureWipeShared(literal);
    QCOMPARE(literal, QByteArrayLiteral("a literal that lives in read-only memory"));
    secureWipe(literal);
    QVERIFY(literal.isEmpty());
    static const char raw[] = "raw bytes, not owned";
    QByteArray view = QByteArray::fromRawData(raw, sizeof(raw) - 1);
    secureWipeShared(view);
    secureWipe(view);
    QCOMPARE(QByteArray(raw), QByteArray("raw bytes, not owned"));
    QString text = QStringLiteral("a text literal");
    secureWipe(text);
    QVERIFY(text.isEmpty());
}

void TestSecretStore::secureBytesEquals()
{
    const SecureBytes a(QByteArray("same-value"));
    QVERIFY(a.equals(SecureBytes(QByteArray("same-value"))));
    QVERIFY(!a.equals(SecureBytes(QByteArray("same-valuf"))));
    QVERIFY(!a.equals(SecureBytes(QByteArray("same-value-longer"))));
    QVERIFY(SecureBytes().equals(SecureBytes()));
}

void TestSecretStore::memoryStoreRoundTrip()
{
    MemorySecretStore store;
    QCOMPARE(store.isPersistent(), false);
    const SecureBytes value(randomBytes(300));
    QVERIFY(writeSync(store, QStringLiteral("k"), value)->ok());
    auto read = readSync(store, QStringLiteral("k"));
    QVERIFY(read && read->ok() && read->value().has_value());
    QVERIFY(read->value()->equals(value));
    QVERIFY(removeSync(store, QStringLiteral("k"))->ok());
    read = readSync(store, QStringLiteral("k"));
    QVERIFY(read && read->ok() && !read->value().has_value());
    QVERIFY(removeSync(store, QStringLiteral("never-written"))->ok());
}

void TestSecretStore::memoryStoreCallsBackLater()
{
    MemorySecretStore store;
    bool called = false;
    store.write(QStringLiteral("k"), SecureBytes(QByteArray("v")), [&called](Result<Done>) { called = true; });
    QVERIFY(!called); // never from inside the call
    QTRY_VERIFY_WITH_TIMEOUT(called, 5000);
}

void TestSecretStore::keychainProbe()
{
    KeychainSecretStore store;
    QCOMPARE(store.status(), SecretStore::Status::Unknown);
    QSignalSpy changed(&store, &SecretStore::statusChanged);
    const auto probed = probeSync(store);
    QVERIFY(probed);
    QVERIFY2(probed->ok(), qPrintable(probed->ok() ? QString() : probed->error().message));
    QCOMPARE(store.status(), SecretStore::Status::Available);
    QVERIFY(store.reason().isEmpty());
    QCOMPARE(changed.size(), 1);
    QVERIFY(store.isPersistent());
    // The probe cleans up after itself.
    const QStringList left = keyring()->storedKeys();
    for (const QString &key : left)
        QVERIFY2(!key.startsWith(QLatin1String("keyway/v1/probe/")), qPrintable(key));
}

void TestSecretStore::keychainRoundTrip_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("short token") << randomToken(40);
    QTest::newRow("binary with NUL bytes") << (QByteArray("\0\x01\xff\xfe", 4) + randomBytes(200) + QByteArray(3, '\0'));
    QTest::newRow("UTF-8 text") << QStringLiteral("pässwörd ✓ 🔑 %1").arg(QString::fromLatin1(randomToken(12))).toUtf8();
    QTest::newRow("10 KB token") << randomToken(10 * 1024);
    QTest::newRow("64 KB blob") << randomBytes(64 * 1024);
}

void TestSecretStore::keychainRoundTrip()
{
    QFETCH(QByteArray, value);
    KeychainSecretStore store;
    const QString key = uniqueKey("roundtrip");
    const SecureBytes secret(value);
    const auto written = writeSync(store, key, secret);
    QVERIFY(written);
    QVERIFY2(written->ok(), qPrintable(written->ok() ? QString() : written->error().message));
    QCOMPARE(store.status(), SecretStore::Status::Available);
    const auto read = readSync(store, key);
    QVERIFY(read && read->ok());
    QVERIFY(read->value().has_value());
    QCOMPARE(read->value()->size(), value.size());
    QVERIFY(read->value()->equals(secret));
    QVERIFY(removeSync(store, key)->ok());
    QVERIFY(!readSync(store, key)->value().has_value());
}

void TestSecretStore::keychainMissingEntries()
{
    KeychainSecretStore store;
    const QString key = uniqueKey("missing");
    const auto read = readSync(store, key);
    QVERIFY(read);
    QVERIFY2(read->ok(), "not found is not an error");
    QVERIFY(!read->value().has_value());
    const auto removed = removeSync(store, key);
    QVERIFY(removed && removed->ok());
}

void TestSecretStore::keychainOverwrite()
{
    KeychainSecretStore store;
    const QString key = uniqueKey("overwrite");
    const SecureBytes first(randomToken(30));
    const SecureBytes second(randomToken(50));
    QVERIFY(writeSync(store, key, first)->ok());
    QVERIFY(writeSync(store, key, second)->ok());
    const auto read = readSync(store, key);
    QVERIFY(read && read->ok() && read->value());
    QVERIFY(read->value()->equals(second));
    QCOMPARE(keyring()->storedKeys().count(key), 1); // replaced, not added
    QVERIFY(removeSync(store, key)->ok());
}

void TestSecretStore::keychainEntriesAreNamespacedByService()
{
    KeychainSecretStore::Options other;
    other.service = QStringLiteral("KeywayTestOther");
    KeychainSecretStore keyway;
    KeychainSecretStore elsewhere(other);
    const QString key = uniqueKey("service");
    const SecureBytes a(randomToken(20));
    const SecureBytes b(randomToken(20));
    QVERIFY(writeSync(keyway, key, a)->ok());
    QVERIFY(writeSync(elsewhere, key, b)->ok());
    QVERIFY(readSync(keyway, key)->value()->equals(a));
    QVERIFY(readSync(elsewhere, key)->value()->equals(b));
    QVERIFY(keyring()->storedKeys(QStringLiteral("Keyway")).contains(key));
    QVERIFY(keyring()->storedKeys(QStringLiteral("KeywayTestOther")).contains(key));
    QVERIFY(removeSync(keyway, key)->ok());
    QVERIFY(removeSync(elsewhere, key)->ok());
    QVERIFY(!keyring()->storedKeys(QStringLiteral("Keyway")).contains(key));
}

void TestSecretStore::persistsAcrossProcesses()
{
    // This process writes, another reads; another writes, this one reads; another removes.
    KeychainSecretStore store;
    const QString mine = uniqueKey("persist-mine");
    const QString theirs = uniqueKey("persist-theirs");
    const QByteArray myValue = randomToken(10 * 1024);
    const QByteArray theirValue = randomBytes(512);
    QVERIFY(writeSync(store, mine, SecureBytes(myValue))->ok());

    QString error;
    const auto lines = runTool(keyring()->environment(),
                               QJsonObject{{QStringLiteral("store"), QStringLiteral("keychain")},
                                           {QStringLiteral("ops"), QJsonArray{op("read", mine), op("write", theirs, theirValue)}}},
                               &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).value(QStringLiteral("found")).toBool());
    QCOMPARE(lines.at(0).value(QStringLiteral("sha256")).toString(), sha256Hex(myValue));
    QCOMPARE(lines.at(0).value(QStringLiteral("size")).toInt(), myValue.size());
    QVERIFY(lines.at(1).value(QStringLiteral("ok")).toBool());

    const auto read = readSync(store, theirs);
    QVERIFY(read && read->ok() && read->value());
    QVERIFY(read->value()->equals(SecureBytes(theirValue)));

    const auto removed = runTool(keyring()->environment(),
                                 QJsonObject{{QStringLiteral("store"), QStringLiteral("keychain")},
                                             {QStringLiteral("ops"), QJsonArray{op("remove", mine), op("remove", theirs)}}},
                                 &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!readSync(store, mine)->value().has_value());
    QVERIFY(!readSync(store, theirs)->value().has_value());
}

void TestSecretStore::degradingUsesKeychainWhenItWorks()
{
    ScriptedStore keychain;
    DegradingSecretStore store(&keychain);
    const SecureBytes value(randomToken(20));
    QVERIFY(writeSync(store, QStringLiteral("k"), value)->ok());
    QCOMPARE(store.status(), SecretStore::Status::Available);
    QVERIFY(store.isPersistent());
    QVERIFY(keychain.backing.value(QStringLiteral("k")).has_value());
    QCOMPARE(store.sessionOnlyCount(), 0);
}

void TestSecretStore::degradingFallsBackToMemory()
{
    ScriptedStore keychain;
    DegradingSecretStore store(&keychain);
    QSignalSpy changed(&store, &SecretStore::statusChanged);
    QVERIFY(writeSync(store, QStringLiteral("before"), SecureBytes(QByteArray("first-secret")))->ok());
    QCOMPARE(store.status(), SecretStore::Status::Available);

    // The keychain stops answering mid-session: the write still succeeds, in memory, with the reason shown.
    keychain.failure = QStringLiteral("the keychain did not answer within 1 s");
    const SecureBytes value(randomToken(20));
    QVERIFY(writeSync(store, QStringLiteral("k"), value)->ok());
    QCOMPARE(store.status(), SecretStore::Status::Unavailable);
    QCOMPARE(store.reason(), keychain.failure);
    QVERIFY(!store.isPersistent());
    QVERIFY(store.description().contains(QLatin1String("memory")));
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.last().at(0).value<SecretStore::Status>(), SecretStore::Status::Unavailable);
    QCOMPARE(changed.last().at(1).toString(), keychain.failure);
    QCOMPARE(store.sessionOnlyCount(), 1);

    const auto read = readSync(store, QStringLiteral("k"));
    QVERIFY(read && read->ok() && read->value());
    QVERIFY(read->value()->equals(value));
    // In memory mode the keychain is left alone.
    const int writesBefore = keychain.writes;
    QVERIFY(writeSync(store, QStringLiteral("k2"), SecureBytes(QByteArray("second-secret")))->ok());
    QCOMPARE(keychain.writes, writesBefore);
    // Removing says plainly that a keychain copy, if any, could not be reached.
    const auto removed = removeSync(store, QStringLiteral("k"));
    QVERIFY(removed && !removed->ok());
    QVERIFY(removed->error().message.contains(keychain.failure));
    QVERIFY(!readSync(store, QStringLiteral("k"))->value().has_value());
}

void TestSecretStore::degradingWaitsForProbe()
{
    ScriptedStore keychain;
    keychain.failure = QStringLiteral("no keychain service is available (test)");
    DegradingSecretStore store(&keychain);
    QCOMPARE(store.status(), SecretStore::Status::Unknown);
    // Two operations issued before the probe has answered: both run once it has, in memory.
    std::optional<Result<Done>> first;
    std::optional<ReadResult> second;
    store.write(QStringLiteral("k"), SecureBytes(QByteArray("waiting-secret")), [&first](Result<Done> r) { first.emplace(std::move(r)); });
    store.read(QStringLiteral("k"), [&second](ReadResult r) { second.emplace(std::move(r)); });
    QTRY_VERIFY_WITH_TIMEOUT(first.has_value() && second.has_value(), 5000);
    QVERIFY(first->ok());
    QVERIFY(second->ok() && second->value().has_value());
    QCOMPARE(store.status(), SecretStore::Status::Unavailable);
    QCOMPARE(store.reason(), keychain.failure);
}

void TestSecretStore::degradingRetryMovesSecretsIntoKeychain()
{
    ScriptedStore keychain;
    keychain.failure = QStringLiteral("access to the keychain was denied: it is locked (test)");
    DegradingSecretStore store(&keychain);
    const SecureBytes value(randomToken(24));
    QVERIFY(writeSync(store, QStringLiteral("k"), value)->ok());
    QCOMPARE(store.status(), SecretStore::Status::Unavailable);

    // Still broken: retry reports the reason and keeps the secret in memory.
    auto retried = waitForCallback<Result<Done>>([&](DoneCallback cb) { store.retry(std::move(cb)); }, kLimitMs);
    QVERIFY(retried && !retried->ok());
    QCOMPARE(store.sessionOnlyCount(), 1);

    keychain.failure.clear(); // unlocked
    retried = waitForCallback<Result<Done>>([&](DoneCallback cb) { store.retry(std::move(cb)); }, kLimitMs);
    QVERIFY(retried && retried->ok());
    QCOMPARE(store.status(), SecretStore::Status::Available);
    QVERIFY(store.reason().isEmpty());
    QCOMPARE(store.sessionOnlyCount(), 0);
    QVERIFY(keychain.backing.value(QStringLiteral("k"))->equals(value));
}

void TestSecretStore::unavailable_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("lockAfterStart");
    QTest::addColumn<QString>("reasonPattern");

    QTest::newRow("no D-Bus (dead socket)") << int(KeyringSession::Mode::DeadBus) << false
                                            << QStringLiteral("keychain.*(connect|No such file)");
    QTest::newRow("no Secret Service on the bus")
        << int(KeyringSession::Mode::BusOnly) << false << QStringLiteral("keychain.*(org.freedesktop.secrets|ServiceUnknown)");
    QTest::newRow("no login collection") << int(KeyringSession::Mode::NoLoginCollection) << false << QStringLiteral("keychain");
    QTest::newRow("locked collection") << int(KeyringSession::Mode::Unlocked) << true << QStringLiteral("keychain.*locked");
}

void TestSecretStore::unavailable()
{
    QFETCH(int, mode);
    QFETCH(bool, lockAfterStart);
    QFETCH(QString, reasonPattern);

    KeyringSession session{static_cast<KeyringSession::Mode>(mode)};
    if (const QString error = session.start(); !error.isEmpty())
        QFAIL(qPrintable(error));
    const QString existing = uniqueKey("existing");
    QString error;
    if (lockAfterStart) {
        // A secret written while unlocked, then the collection is locked (as a screen lock would).
        const auto lines = runTool(session.environment(),
                                   QJsonObject{{QStringLiteral("store"), QStringLiteral("keychain")},
                                               {QStringLiteral("ops"), QJsonArray{op("write", existing, randomToken(32))}}},
                                   &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(lines.value(0).value(QStringLiteral("ok")).toBool());
        if (const QString locked = session.lockDefaultCollection(); !locked.isEmpty())
            QFAIL(qPrintable(locked));
    }

    // The plain keychain store: the probe fails with a reason, quickly.
    const auto probe = runTool(session.environment(),
                               QJsonObject{{QStringLiteral("store"), QStringLiteral("keychain")},
                                           {QStringLiteral("timeoutMs"), 10000},
                                           {QStringLiteral("ops"), QJsonArray{op("probe")}}},
                               &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(probe.size(), 1);
    QVERIFY(probe.at(0).value(QStringLiteral("answered")).toBool());
    QVERIFY(!probe.at(0).value(QStringLiteral("ok")).toBool());
    QCOMPARE(probe.at(0).value(QStringLiteral("status")).toString(), QStringLiteral("unavailable"));
    const QString reason = probe.at(0).value(QStringLiteral("reason")).toString();
    qInfo("reason shown: %s", qPrintable(reason));
    QVERIFY2(QRegularExpression(reasonPattern, QRegularExpression::CaseInsensitiveOption).match(reason).hasMatch(), qPrintable(reason));
    QVERIFY2(probe.at(0).value(QStringLiteral("ms")).toInt() < 9000, "failed by itself, not by the timeout");

    // The degrading store: Keyway keeps working, with secrets in memory and the reason shown.
    const QByteArray secret = randomToken(48);
    const QString key = uniqueKey("session-only");
    const auto lines = runTool(session.environment(),
                               QJsonObject{{QStringLiteral("store"), QStringLiteral("degrading")},
                                           {QStringLiteral("timeoutMs"), 10000},
                                           {QStringLiteral("ops"),
                                            QJsonArray{op("status"), op("write", key, secret), op("read", key), op("read", existing),
                                                       op("remove", key), op("read", key)}}},
                               &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(lines.size(), 6);
    QCOMPARE(lines.at(0).value(QStringLiteral("status")).toString(), QStringLiteral("unknown"));
    const QJsonObject &write = lines.at(1);
    QVERIFY(write.value(QStringLiteral("ok")).toBool());
    QCOMPARE(write.value(QStringLiteral("status")).toString(), QStringLiteral("unavailable"));
    QVERIFY(!write.value(QStringLiteral("persistent")).toBool());
    QVERIFY(write.value(QStringLiteral("description")).toString().contains(QLatin1String("memory")));
    QVERIFY2(QRegularExpression(reasonPattern, QRegularExpression::CaseInsensitiveOption)
                 .match(write.value(QStringLiteral("reason")).toString())
                 .hasMatch(),
             qPrintable(write.value(QStringLiteral("reason")).toString()));
    QCOMPARE(write.value(QStringLiteral("statusChanges")).toInt(), 1);
    QVERIFY(lines.at(2).value(QStringLiteral("found")).toBool());
    QCOMPARE(lines.at(2).value(QStringLiteral("sha256")).toString(), sha256Hex(secret));
    QVERIFY(lines.at(3).value(QStringLiteral("ok")).toBool()); // unreachable keychain entry: not found in memory
    QVERIFY(!lines.at(3).value(QStringLiteral("found")).toBool());
    QVERIFY(!lines.at(4).value(QStringLiteral("ok")).toBool()); // "removed from memory only: <reason>"
    QVERIFY(!lines.at(5).value(QStringLiteral("found")).toBool());

    // No plaintext fallback: the secret is nowhere on disk.
    const auto hits = SecretScan::scanFiles({session.root()}, {secret});
    QVERIFY2(hits.isEmpty(), qPrintable(hits.value(0).toString()));
}

void TestSecretStore::timeoutEndsInMemoryMode()
{
    KeyringSession session(KeyringSession::Mode::NeverAnswers, QStringLiteral(KEYWAY_SECRET_SERVICE_STUB));
    if (const QString error = session.start(); !error.isEmpty())
        QFAIL(qPrintable(error));
    constexpr int timeoutMs = 1500;
    QString error;

    // The keychain store: the first job times out at the configured time; later jobs fail at once
    // (QtKeychain's queue is still blocked by the unanswered one) instead of piling up.
    const auto probe = runTool(session.environment(),
                               QJsonObject{{QStringLiteral("store"), QStringLiteral("keychain")},
                                           {QStringLiteral("timeoutMs"), timeoutMs},
                                           {QStringLiteral("ops"), QJsonArray{op("probe"), op("read", uniqueKey("after"))}}},
                               &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(probe.size(), 2);
    QVERIFY(!probe.at(0).value(QStringLiteral("ok")).toBool());
    QCOMPARE(probe.at(0).value(QStringLiteral("error")).toString(), QStringLiteral("the keychain did not answer within 1.5 s"));
    const int elapsed = probe.at(0).value(QStringLiteral("ms")).toInt();
    QVERIFY2(elapsed >= timeoutMs - 50 && elapsed < timeoutMs + 3000, qPrintable(QString::number(elapsed)));
    QVERIFY(!probe.at(1).value(QStringLiteral("ok")).toBool());
    QVERIFY(probe.at(1).value(QStringLiteral("error")).toString().contains(QLatin1String("did not answer")));
    QVERIFY2(probe.at(1).value(QStringLiteral("ms")).toInt() < 500, "fails fast behind a job that never answered");

    // The degrading store: memory mode with the timeout as the reason.
    const QByteArray secret = randomToken(40);
    const QString key = uniqueKey("timeout");
    const auto lines = runTool(session.environment(),
                               QJsonObject{{QStringLiteral("store"), QStringLiteral("degrading")},
                                           {QStringLiteral("timeoutMs"), timeoutMs},
                                           {QStringLiteral("ops"), QJsonArray{op("write", key, secret), op("read", key)}}},
                               &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).value(QStringLiteral("ok")).toBool());
    QCOMPARE(lines.at(0).value(QStringLiteral("status")).toString(), QStringLiteral("unavailable"));
    QCOMPARE(lines.at(0).value(QStringLiteral("reason")).toString(), QStringLiteral("the keychain did not answer within 1.5 s"));
    QVERIFY(lines.at(0).value(QStringLiteral("ms")).toInt() < timeoutMs + 3000);
    QCOMPARE(lines.at(1).value(QStringLiteral("sha256")).toString(), sha256Hex(secret));
    const auto hits = SecretScan::scanFiles({session.root()}, {secret});
    QVERIFY2(hits.isEmpty(), qPrintable(hits.value(0).toString()));
}

void TestSecretStore::processHardening()
{
    const HardeningResult result = hardenProcess();
    QVERIFY2(result.ok(), qPrintable(result.problem));
    struct rlimit limit = {};
    QCOMPARE(getrlimit(RLIMIT_CORE, &limit), 0);
    QCOMPARE(limit.rlim_cur, rlim_t(0));
    QCOMPARE(limit.rlim_max, rlim_t(0));
    QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
    QVERIFY(hardenProcess().ok()); // again: harmless
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
