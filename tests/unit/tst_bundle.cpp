// Reproduction bundles: written with everything redacted, read back strictly, malformed input refused.

#include "recorder/BundleReader.h"
#include "recorder/BundleWriter.h"
#include "recorder/FlowDiagnoser.h"
#include "recorder/WorkspaceSnapshot.h"
#include "storage/SecretScan.h"
#include "storage/Workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace keyway;
using namespace keyway::recorder;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kClientSecret = "keyway-confidential-secret";
const QByteArray kRefresh = "refresh-token-value-123456";
const QByteArray kExtraSecret = "extra-parameter-secret-999";

QList<net::Exchange> exchanges()
{
    net::Exchange ok;
    ok.id = 7;
    ok.flowId = u"flow-2"_s;
    ok.label = u"Token request (refresh)"_s;
    ok.startedAt = QDateTime(QDate(2026, 11, 27), QTime(9, 30, 0), Qt::UTC);
    ok.method = "POST";
    ok.url = QUrl(u"http://127.0.0.1:4000/token"_s);
    ok.requestHeaders = {{"Authorization", "Basic " + ("keyway-confidential:" + kClientSecret).toBase64()},
                         {"Content-Type", "application/x-www-form-urlencoded"}};
    ok.requestBody = "grant_type=refresh_token&refresh_token=" + kRefresh;
    ok.status = 400;
    ok.reason = "Bad Request";
    ok.responseHeaders = {{"Content-Type", "application/json"}};
    // The server echoes the refresh token in its description: the diagnosis must not carry it either.
    ok.responseBody = "{\"error\":\"invalid_grant\",\"error_description\":\"grant " + kRefresh + " is expired\"}";
    net::Exchange none;
    none.id = 8;
    none.flowId = u"flow-2"_s;
    none.label = u"GET /items"_s;
    none.method = "GET";
    none.url = QUrl(u"http://127.0.0.1:9/items"_s);
    none.error = u"Connection refused"_s;
    return {ok, none};
}

WorkspaceSnapshot snapshot()
{
    WorkspaceSnapshot s;
    s.apiId = u"3f2a9c0d1e4b5a67"_s;
    s.title = u"Keyway test API"_s;
    s.source = u"url:http://127.0.0.1:8000/openapi.json"_s;
    s.serverTemplate = u"http://127.0.0.1:{port}"_s;
    s.serverVariables = {{u"port"_s, u"8000"_s}};
    s.profiles = {u"default"_s, u"qa"_s};
    s.currentProfile = u"qa"_s;
    storage::SchemeSettings settings;
    settings.flow = u"authorizationCode"_s;
    settings.clientId = u"keyway-confidential"_s;
    settings.authMethod = u"client_secret_basic"_s;
    settings.scopes = {u"openid"_s, u"read:items"_s};
    settings.extraParameters = {{u"audience"_s, u"http://127.0.0.1/api"_s}, {u"client_secret"_s, QString::fromUtf8(kExtraSecret)}};
    settings.redirectHost = u"127.0.0.1"_s;
    settings.redirectPort = 0;
    settings.redirectPath = u"/callback"_s;
    settings.issuer = u"http://127.0.0.1:4000"_s;
    s.schemes = {{u"opOAuth2"_s, settings}};
    return s;
}

QByteArray validBundle()
{
    BundleInput input;
    input.exchanges = exchanges();
    input.workspace = snapshot();
    input.createdAt = QDateTime(QDate(2026, 11, 27), QTime(10, 0, 0), Qt::UTC);
    const auto out = BundleWriter::write(input);
    return out.ok() ? out->bytes : QByteArray();
}

QByteArray withMember(const QString &path, const QJsonValue &value)
{
    QJsonObject root = QJsonDocument::fromJson(validBundle()).object();
    const QStringList parts = path.split(u'.');
    if (parts.size() == 1) {
        if (value.isUndefined())
            root.remove(parts[0]);
        else
            root.insert(parts[0], value);
    } else {
        QJsonObject inner = root.value(parts[0]).toObject();
        inner.insert(parts[1], value);
        root.insert(parts[0], inner);
    }
    return QJsonDocument(root).toJson();
}

} // namespace

class TestBundle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void nothingSecretInTheFile();
    void automaticDiagnosis();
    void captureWorkspace();
    void malformed_data();
    void malformed();
    void looksLikeBundle();
    void fixtureAndMutations();
};

void TestBundle::roundTrip()
{
    BundleInput input;
    input.exchanges = exchanges();
    input.workspace = snapshot();
    input.diagnoses = {{u"flow-2"_s, u"Sign-in failed"_s, u"The refresh token expired: sign in again."_s}};
    input.note = u"Customer ticket 4711"_s;
    input.createdAt = QDateTime(QDate(2026, 11, 27), QTime(10, 0, 0), Qt::UTC);
    const auto out = BundleWriter::write(input);
    QVERIFY2(out.ok(), out.ok() ? "" : qPrintable(out.error().message));
    QVERIFY(out->redactionCount >= 4);
    QCOMPARE(out->har.entryCount, 2);

    const auto bundle = BundleReader::parse(out->bytes);
    QVERIFY2(bundle.ok(), bundle.ok() ? "" : qPrintable(bundle.error().message));
    QCOMPARE(bundle->createdAt, input.createdAt);
    QCOMPARE(bundle->versions.keyway, QStringLiteral(KEYWAY_VERSION));
    QCOMPARE(bundle->versions.qtRuntime, QString::fromLatin1(qVersion()));
    QVERIFY(!bundle->versions.os.isEmpty());
    QVERIFY(!bundle->versions.cpu.isEmpty());
    QVERIFY(bundle->versions.summary().contains(u"Qt "_s));
    QCOMPARE(bundle->note, input.note);
    QVERIFY(bundle->workspace.has_value());
    const WorkspaceSnapshot &w = *bundle->workspace;
    QCOMPARE(w.apiId, snapshot().apiId);
    QCOMPARE(w.title, snapshot().title);
    QCOMPARE(w.serverTemplate, snapshot().serverTemplate);
    QCOMPARE(w.serverVariables, snapshot().serverVariables);
    QCOMPARE(w.profiles, snapshot().profiles);
    QCOMPARE(w.currentProfile, u"qa"_s);
    QCOMPARE(w.schemes.size(), 1);
    const storage::SchemeSettings &settings = w.schemes.at(0).second;
    QCOMPARE(settings.clientId, u"keyway-confidential"_s);
    QCOMPARE(settings.scopes, (QStringList{u"openid"_s, u"read:items"_s}));
    QCOMPARE(settings.extraParameters.at(0).second, u"http://127.0.0.1/api"_s);
    QVERIFY(settings.extraParameters.at(1).second.startsWith(u"REDACTED-"_s));
    // The caller's diagnosis first, then one per failed exchange.
    QCOMPARE(bundle->diagnoses.size(), 3);
    QCOMPARE(bundle->diagnoses.at(0).text, u"The refresh token expired: sign in again."_s);
    QVERIFY(bundle->diagnoses.at(1).text.contains(u"invalid_grant"_s));
    QVERIFY(bundle->diagnoses.at(2).text.contains(u"Connection refused"_s));
    QCOMPARE(bundle->har.entries.size(), 2);
    QCOMPARE(bundle->har.entries.at(0).exchange.id, quint64(7));
    QCOMPARE(bundle->har.entries.at(0).exchange.status, 400);
    QCOMPARE(bundle->har.entries.at(1).exchange.error, u"Connection refused"_s);
    QVERIFY(bundle->harDocument.value(u"log"_s).isObject());
}

void TestBundle::nothingSecretInTheFile()
{
    const QByteArray bytes = validBundle();
    QVERIFY(!bytes.isEmpty());
    const QList<QByteArray> secrets{kClientSecret, kRefresh, kExtraSecret, "keyway-confidential:" + kClientSecret};
    QVERIFY(storage::SecretScan::scan(bytes, secrets).isEmpty());
    // The refresh token's marker is the same in the request body, the response and the diagnosis.
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    const QString body = root.value(u"har"_s)
                             .toObject()
                             .value(u"log"_s)
                             .toObject()
                             .value(u"entries"_s)
                             .toArray()
                             .at(0)
                             .toObject()
                             .value(u"request"_s)
                             .toObject()
                             .value(u"postData"_s)
                             .toObject()
                             .value(u"text"_s)
                             .toString();
    const QString marker = body.mid(body.indexOf(u"REDACTED-"_s), 21);
    QVERIFY(marker.startsWith(u"REDACTED-"_s));
    QVERIFY(bytes.count(marker.toUtf8()) >= 3);
    QVERIFY(root.value(u"diagnoses"_s).toArray().at(0).toObject().value(u"text"_s).toString().contains(marker));
}

void TestBundle::automaticDiagnosis()
{
    const QList<FlowDiagnosis> d = FlowDiagnoser::diagnose(exchanges());
    QCOMPARE(d.size(), 2);
    QCOMPARE(d.at(0).flowId, u"flow-2"_s);
    QCOMPARE(d.at(0).title, u"Token request (refresh) failed"_s);
    QVERIFY(d.at(0).text.contains(u"HTTP 400"_s));
    QVERIFY(d.at(0).text.contains(u"invalid_grant"_s));
    QVERIFY(d.at(1).text.contains(u"No answer"_s));
    net::Exchange fine = exchanges().first();
    fine.status = 200;
    QVERIFY(!FlowDiagnoser::diagnose(fine).has_value());
    net::Exchange refused = fine;
    refused.status = 401;
    refused.responseBody.clear();
    refused.responseHeaders = {{"WWW-Authenticate", "Bearer realm=\"keyway-tests\""}};
    const auto r = FlowDiagnoser::diagnose(refused);
    QVERIFY(r.has_value());
    QVERIFY(r->text.contains(u"Bearer realm=\"keyway-tests\""_s));
}

void TestBundle::captureWorkspace()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(u"workspace.ini"_s), QSettings::IniFormat);
    storage::Workspace workspace(&settings);
    storage::ApiIdentity api;
    api.id = u"0123456789abcdef"_s;
    api.source = u"url:http://127.0.0.1:8000/openapi.json"_s;
    api.title = u"Test API"_s;
    workspace.rememberApi(api);
    workspace.setServer(api.id, u"http://127.0.0.1:{port}"_s, {{u"port"_s, u"8000"_s}});
    storage::SchemeSettings scheme;
    scheme.clientId = u"keyway-post"_s;
    scheme.scopes = {u"read:items"_s};
    workspace.setSchemeSettings(api.id, u"opOAuth2"_s, scheme);
    QVERIFY(workspace.addProfile(api.id, u"qa"_s).ok());
    const WorkspaceSnapshot s = WorkspaceSnapshot::capture(workspace, api.id);
    QCOMPARE(s.apiId, api.id);
    QCOMPARE(s.title, u"Test API"_s);
    QCOMPARE(s.source, api.source);
    QCOMPARE(s.serverVariables.value(u"port"_s), u"8000"_s);
    QVERIFY(s.profiles.contains(u"qa"_s));
    QCOMPARE(s.schemes.size(), 1);
    QCOMPARE(s.schemes.at(0).second.clientId, u"keyway-post"_s);
    const auto back = WorkspaceSnapshot::fromJson(s.toJson(), u"workspace"_s);
    QVERIFY(back.ok());
    QCOMPARE(back->schemes.at(0).second, s.schemes.at(0).second);
}

void TestBundle::malformed_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("errorHas");
    QTest::newRow("empty") << QByteArray() << u"empty"_s;
    QTest::newRow("not json") << QByteArray("PK\x03\x04") << u"not JSON"_s;
    QTest::newRow("array") << QByteArray("[1]") << u"not a JSON object"_s;
    QTest::newRow("a HAR") << QByteArray(R"({"log": {"version": "1.2"}})") << u"not a Keyway reproduction bundle"_s;
    QTest::newRow("wrong format") << withMember(u"format"_s, u"keyway-other"_s) << u"not a Keyway reproduction bundle"_s;
    QTest::newRow("newer") << withMember(u"formatVersion"_s, 2) << u"newer Keyway"_s;
    QTest::newRow("version string") << withMember(u"formatVersion"_s, u"1"_s) << u"formatVersion"_s;
    QTest::newRow("version fraction") << withMember(u"formatVersion"_s, 0.5) << u"formatVersion"_s;
    QTest::newRow("no date") << withMember(u"createdAt"_s, QJsonValue::Undefined) << u"createdAt"_s;
    QTest::newRow("date number") << withMember(u"createdAt"_s, 5) << u"createdAt: expected a string"_s;
    QTest::newRow("versions array") << withMember(u"versions"_s, QJsonArray()) << u"versions: expected an object"_s;
    QTest::newRow("versions.qt number") << withMember(u"versions.qt"_s, 6) << u"versions.qt: expected a string"_s;
    QTest::newRow("workspace string") << withMember(u"workspace"_s, u"x"_s) << u"workspace: expected an object"_s;
    QTest::newRow("workspace.schemes array") << withMember(u"workspace.schemes"_s, QJsonArray()) << u"workspace.schemes"_s;
    QTest::newRow("workspace.profiles numbers") << withMember(u"workspace.profiles"_s, QJsonArray{1, 2}) << u"workspace.profiles[0]"_s;
    QTest::newRow("workspace.server string") << withMember(u"workspace.server"_s, u"x"_s) << u"workspace.server"_s;
    QTest::newRow("diagnoses object") << withMember(u"diagnoses"_s, QJsonObject()) << u"diagnoses: expected an array"_s;
    QTest::newRow("diagnosis number") << withMember(u"diagnoses"_s, QJsonArray{1}) << u"diagnoses[0]: expected an object"_s;
    QTest::newRow("diagnosis no text") << withMember(u"diagnoses"_s, QJsonArray{QJsonObject{{u"title"_s, u"t"_s}}})
                                       << u"diagnoses[0].text"_s;
    QTest::newRow("no har") << withMember(u"har"_s, QJsonValue::Undefined) << u"har: expected an object"_s;
    QTest::newRow("har without log") << withMember(u"har"_s, QJsonObject()) << u"har.log: missing"_s;
    QTest::newRow("har bad entries") << withMember(
        u"har"_s,
        QJsonObject{
            {u"log"_s,
             QJsonObject{{u"version"_s, u"1.2"_s}, {u"creator"_s, QJsonObject{{u"name"_s, u"x"_s}}}, {u"entries"_s, QJsonArray{u"e"_s}}}}})
                                     << u"har.log.entries[0]: expected an object"_s;
    QTest::newRow("too large") << QByteArray(BundleReader::kMaxBytes + 1, ' ') << u"too large"_s;
}

void TestBundle::malformed()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, errorHas);
    const auto bundle = BundleReader::parse(input);
    QVERIFY(!bundle.ok());
    QVERIFY2(bundle.error().message.contains(errorHas), qPrintable(bundle.error().message));
}

void TestBundle::looksLikeBundle()
{
    QVERIFY(BundleReader::looksLikeBundle(validBundle().left(4096)));
    QVERIFY(!BundleReader::looksLikeBundle("openapi: 3.0.0\n"));
    QVERIFY(!BundleReader::looksLikeBundle(R"({"openapi": "3.1.0"})"));
}

void TestBundle::fixtureAndMutations()
{
    QFile file(QStringLiteral(KEYWAY_TEST_DATA) + u"/recorder/sample.keyway-bundle"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray fixture = file.readAll();
    const auto bundle = BundleReader::parse(fixture);
    QVERIFY2(bundle.ok(), bundle.ok() ? "" : qPrintable(bundle.error().message));
    QCOMPARE(bundle->har.entries.size(), 3);
    QCOMPARE(bundle->har.entries.at(0).tokens.at(0).claims.value(u"sub"_s).toString(), u"keyway-confidential"_s);
    QCOMPARE(bundle->versions.os, u"Debian GNU/Linux 12 (bookworm)"_s);
    QCOMPARE(bundle->diagnoses.size(), 1);

    // Bounded, deterministic mutations (byte flips, cuts, duplications): every one is either read or refused with a
    // message; none may crash (the libFuzzer target goes much further).
    QRandomGenerator random(20261127);
    int refused = 0;
    for (int i = 0; i < 3000; ++i) {
        QByteArray mutated = fixture;
        const int edits = 1 + int(random.bounded(4));
        for (int k = 0; k < edits; ++k) {
            const qsizetype at = random.bounded(mutated.size());
            switch (random.bounded(4)) {
            case 0:
                mutated[at] = char(random.bounded(256));
                break;
            case 1:
                mutated.remove(at, random.bounded(16) + 1);
                break;
            case 2:
                mutated.insert(at, mutated.mid(random.bounded(mutated.size()), random.bounded(64)));
                break;
            default:
                mutated.truncate(at);
                break;
            }
            if (mutated.isEmpty())
                mutated = "{";
        }
        const auto result = BundleReader::parse(mutated);
        if (!result.ok()) {
            ++refused;
            QVERIFY(!result.error().message.isEmpty());
        }
    }
    QVERIFY(refused > 1000); // most mutations break the JSON or a type
}

QTEST_GUILESS_MAIN(TestBundle)
#include "tst_bundle.moc"
