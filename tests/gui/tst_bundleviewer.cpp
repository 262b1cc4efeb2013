// The flight recorder's widgets under the offscreen platform: the export dialog (whole flow or selection, HAR or
// bundle, preview of the redactions, saved file free of secrets) and the read-only bundle viewer (versions header,
// timeline of the bundle's exchanges, redacted values highlighted, decoded claims, diagnosis, workspace).

#include "BundleExchangeView.h"
#include "BundleViewer.h"
#include "RecorderExportDialog.h"
#include "TimelineModel.h"

#include "net/Timeline.h"
#include "recorder/BundleReader.h"
#include "storage/SecretScan.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace keyway;
using namespace keyway::ui;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kClientSecret = "keyway-confidential-secret";
const QByteArray kApiKey = "keyway-query-key-123";

QByteArray fakeJwt()
{
    auto part = [](const QJsonObject &o) {
        return QJsonDocument(o).toJson(QJsonDocument::Compact).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    return part({{u"alg"_s, u"RS256"_s}, {u"typ"_s, u"at+jwt"_s}}) + '.'
        + part({{u"iss"_s, u"http://127.0.0.1:4000"_s}, {u"sub"_s, u"alice"_s}, {u"scope"_s, u"read:items"_s}}) + ".c2lnbmF0dXJlLWJ5dGVz";
}

void fill(net::Timeline &timeline)
{
    net::Exchange token;
    token.flowId = u"flow-1"_s;
    token.label = u"Token request (client credentials)"_s;
    token.startedAt = QDateTime::currentDateTimeUtc();
    token.method = "POST";
    token.url = QUrl(u"http://127.0.0.1:4000/token"_s);
    token.requestHeaders = {{"Authorization", "Basic " + ("keyway-confidential:" + kClientSecret).toBase64()},
                            {"Content-Type", "application/x-www-form-urlencoded"}};
    token.requestBody = "grant_type=client_credentials";
    token.status = 200;
    token.reason = "OK";
    token.responseHeaders = {{"Content-Type", "application/json"}};
    token.responseBody = "{\"access_token\":\"" + fakeJwt() + "\",\"token_type\":\"Bearer\"}";
    token.secrets = {kClientSecret};
    timeline.append(token);

    net::Exchange refused = token;
    refused.label = u"Token request (client credentials, again)"_s;
    refused.status = 401;
    refused.reason = "Unauthorized";
    refused.responseBody = "{\"error\":\"invalid_client\"}";
    timeline.append(refused);

    net::Exchange api;
    api.flowId = u"flow-2"_s;
    api.label = u"GET /apikey/query"_s;
    api.startedAt = QDateTime::currentDateTimeUtc();
    api.method = "GET";
    api.url = QUrl(u"http://127.0.0.1:8000/apikey/query?api_key="_s + QString::fromUtf8(kApiKey));
    api.status = 200;
    api.reason = "OK";
    api.responseBody = "{\"ok\":true}";
    api.secrets = {kApiKey};
    timeline.append(api);
}

QString allText(BundleViewer &viewer)
{
    return viewer.header()->text() + viewer.exchangeView()->toPlainText() + viewer.diagnosisView()->toPlainText()
        + viewer.workspaceView()->toPlainText();
}

} // namespace

class TestBundleViewer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportDialogPreviewAndSave();
    void viewerShowsSavedBundle();
    void viewerShowsFixture();
    void viewerOpensHar();
    void viewerRefusesBadFiles();

private:
    QTemporaryDir m_dir;
    QString m_bundlePath;
    QString m_harPath;
};

void TestBundleViewer::exportDialogPreviewAndSave()
{
    QVERIFY(m_dir.isValid());
    net::Timeline timeline;
    fill(timeline);
    const quint64 apiId = timeline.exchanges().last().id;

    RecorderExportDialog dialog(&timeline);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Nothing chosen yet.
    QCOMPARE(dialog.previewExchanges(), 0);
    QVERIFY(!dialog.exportBytes().ok());

    dialog.setFlow(u"flow-1"_s);
    QVERIFY(dialog.wholeFlow());
    QCOMPARE(dialog.previewExchanges(), 2);
    // Counted on a worker thread; the Save button waits for it.
    auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    QTRY_VERIFY(!dialog.previewPending());
    QVERIFY(save->isEnabled());
    QCOMPARE(dialog.previewRedactions(), 3); // two Basic credentials, the access token
    QVERIFY2(dialog.previewText().contains(u"2 exchange"_s), qPrintable(dialog.previewText()));
    QVERIFY(dialog.previewText().contains(u"3 value"_s));
    QVERIFY(dialog.previewText().contains(u"1 token"_s));
    QCOMPARE(dialog.suggestedFileName(), u"keyway-flow-1.har"_s);

    dialog.setSelection({apiId});
    dialog.setWholeFlow(false);
    QCOMPARE(dialog.previewExchanges(), 1);
    QTRY_VERIFY(!dialog.previewPending());
    QCOMPARE(dialog.previewRedactions(), 1); // the API key in the query

    // The HAR of the flow.
    dialog.setWholeFlow(true);
    m_harPath = m_dir.filePath(u"flow.har"_s);
    QVERIFY(dialog.saveTo(m_harPath).ok());

    // The bundle of the flow, with a diagnosis and a note that quotes a secret by mistake.
    dialog.setFormat(RecorderExportDialog::Format::Bundle);
    QCOMPARE(dialog.suggestedFileName(), u"keyway-flow-1.keyway-bundle"_s);
    recorder::WorkspaceSnapshot workspace;
    workspace.apiId = u"0123456789abcdef"_s;
    workspace.title = u"Viewer test API"_s;
    workspace.source = u"url:http://127.0.0.1:8000/openapi.json"_s;
    storage::SchemeSettings scheme;
    scheme.clientId = u"keyway-confidential"_s;
    workspace.schemes = {{u"opOAuth2"_s, scheme}};
    dialog.setWorkspace(workspace);
    dialog.setDiagnoses({{u"flow-1"_s, u"Sign-in failed"_s, u"The client secret is wrong."_s}});
    auto *note = dialog.findChild<QPlainTextEdit *>(u"exportNote"_s);
    QVERIFY(note);
    QVERIFY(note->isEnabled());
    note->setPlainText(u"Ticket 4711, the secret was "_s + QString::fromUtf8(kClientSecret));
    m_bundlePath = m_dir.filePath(u"flow.keyway-bundle"_s);
    QVERIFY(dialog.saveTo(m_bundlePath).ok());

    for (const QString &path : {m_harPath, m_bundlePath}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.isEmpty());
        QVERIFY(storage::SecretScan::scan(bytes, {kClientSecret, kApiKey, fakeJwt(), "keyway-confidential:" + kClientSecret}).isEmpty());
    }
}

void TestBundleViewer::viewerShowsSavedBundle()
{
    QVERIFY(!m_bundlePath.isEmpty());
    BundleViewer viewer;
    const auto opened = viewer.openFile(m_bundlePath);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));

    // Versions header and the API.
    const QString header = viewer.header()->text();
    QVERIFY2(header.contains(u"Keyway "_s + QStringLiteral(KEYWAY_VERSION)), qPrintable(header));
    QVERIFY(header.contains(u"Qt "_s + QString::fromLatin1(qVersion())));
    QVERIFY(header.contains(u"Viewer test API"_s));
    QVERIFY(header.contains(u"Ticket 4711"_s));
    QVERIFY(header.contains(u"REDACTED-"_s)); // the secret in the note
    QVERIFY(viewer.windowTitle().contains(u"flow.keyway-bundle"_s));

    // The timeline: one flow row with its two exchanges.
    QCOMPARE(viewer.exchangeCount(), 2);
    QCOMPARE(viewer.model()->rowCount(), 1);
    const QModelIndex flow = viewer.model()->index(0, 0);
    QVERIFY(viewer.model()->data(flow, TimelineModel::IsFlowRole).toBool());
    QCOMPARE(viewer.model()->rowCount(flow), 2);
    QVERIFY(viewer.model()->data(flow, TimelineModel::IsFailureRole).toBool());

    // The first exchange is shown: markers highlighted, claims decoded, no secret.
    QVERIFY(viewer.exchangeView()->markerCount() >= 3);
    const QString shown = viewer.exchangeView()->toPlainText();
    QVERIFY(shown.contains(u"Token request (client credentials)"_s));
    QVERIFY(shown.contains(u"Basic REDACTED-"_s));
    QVERIFY(shown.contains(u"\"sub\": \"alice\""_s));
    QVERIFY(shown.contains(u"\"scope\": \"read:items\""_s));
    QVERIFY(shown.contains(u"200 OK"_s));
    QVERIFY(viewer.exchangeView()->toHtml().contains(u"#fde68a"_s)); // the highlight
    QVERIFY(!allText(viewer).contains(QString::fromUtf8(kClientSecret)));

    // Clicking the second exchange shows it.
    const QModelIndex second = viewer.model()->index(1, TimelineModel::LabelColumn, flow);
    QVERIFY(viewer.view()->visualRect(second).isValid());
    QTest::mouseClick(viewer.view()->viewport(), Qt::LeftButton, {}, viewer.view()->visualRect(second).center());
    QTRY_VERIFY(viewer.exchangeView()->toPlainText().contains(u"401 Unauthorized"_s));
    QVERIFY(viewer.exchangeView()->toPlainText().contains(u"invalid_client"_s));

    // Diagnosis: the caller's and the automatic one; workspace without secrets.
    const QString diagnosis = viewer.diagnosisView()->toPlainText();
    QVERIFY(diagnosis.contains(u"The client secret is wrong."_s));
    QVERIFY(diagnosis.contains(u"HTTP 401"_s));
    QVERIFY(viewer.workspaceView()->toPlainText().contains(u"keyway-confidential"_s));
    QCOMPARE(viewer.tabs()->count(), 3);
}

void TestBundleViewer::viewerShowsFixture()
{
    BundleViewer viewer;
    const auto opened = viewer.openFile(QStringLiteral(KEYWAY_TEST_DATA) + u"/recorder/sample.keyway-bundle"_s);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    QVERIFY(viewer.header()->text().contains(u"Debian GNU/Linux 12 (bookworm)"_s));
    QVERIFY(viewer.header()->text().contains(u"Sample API"_s));
    QCOMPARE(viewer.exchangeCount(), 3);
    QCOMPARE(viewer.model()->rowCount(), 3); // three flows of one exchange each
    QVERIFY(viewer.selectExchange(4));
    QVERIFY(viewer.exchangeView()->toPlainText().contains(u"api_key=REDACTED-abcdefabcdef&page=2"_s));
    QCOMPARE(viewer.exchangeView()->markerCount(), 2);
    QVERIFY(viewer.selectExchange(2));
    QVERIFY(viewer.exchangeView()->toPlainText().contains(u"\"sub\": \"keyway-confidential\""_s));
    QVERIFY(!viewer.selectExchange(99));
    QVERIFY(viewer.diagnosisView()->toPlainText().contains(u"invalid_client"_s));
    QVERIFY(viewer.workspaceView()->toPlainText().contains(u"audience = http://127.0.0.1/api"_s));
}

void TestBundleViewer::viewerOpensHar()
{
    QVERIFY(!m_harPath.isEmpty());
    BundleViewer viewer;
    QVERIFY(viewer.openFile(m_harPath).ok());
    QCOMPARE(viewer.exchangeCount(), 2);
    QVERIFY(viewer.header()->text().contains(u"HAR 1.2 from Keyway"_s));
    QVERIFY(viewer.diagnosisView()->toPlainText().contains(u"no diagnosis"_s));
    QVERIFY(viewer.exchangeView()->toPlainText().contains(u"REDACTED-"_s));
}

void TestBundleViewer::viewerRefusesBadFiles()
{
    BundleViewer viewer;
    const auto missing = viewer.openFile(m_dir.filePath(u"missing.keyway-bundle"_s));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.contains(u"Cannot open"_s));

    const QString broken = m_dir.filePath(u"broken.keyway-bundle"_s);
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "keyway-reproduction-bundle", "formatVersion": 1, "createdAt": "x"})");
    file.close();
    const auto bad = viewer.openFile(broken);
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().message.contains(u"createdAt"_s), qPrintable(bad.error().message));
    QCOMPARE(viewer.exchangeCount(), 0); // nothing half-shown
}

QTEST_MAIN(TestBundleViewer)
#include "tst_bundleviewer.moc"
