// The request editor and the response viewer driven as a person would, in the real main window, against the real
// FastAPI resource server of tests/peers (its own /openapi.json is the document) and the recorder as a second origin.
// Runs offscreen. With KEYWAY_GUI_SHOTS=DIR set, it also saves pictures of what it saw there.

#include "../common/PeerProcess.h"

#include "ExchangeView.h"
#include "MainWindow.h"
#include "RequestEditor.h"
#include "RequestPanel.h"
#include "ResponseView.h"
#include "auth/CredentialManager.h"
#include "net/HttpClient.h"
#include "net/Timeline.h"
#include "storage/CredentialStore.h"
#include "storage/MemorySecretStore.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;
using keyway::auth::CredentialManager;
using keyway::ui::MainWindow;
using keyway::ui::RequestEditor;
using keyway::ui::RequestPanel;
using keyway::ui::ResponseView;

namespace {

constexpr int loadTimeoutMs = 20'000;
constexpr int sendTimeoutMs = 20'000;
const QString headerKey = u"keyway-header-key"_s;

void saveShot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("KEYWAY_GUI_SHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(300);
    widget->grab().save(QDir(dir).filePath(name + u".png"_s));
}

// GET on a peer's URL (the recorder's record), synchronously with a bounded wait.
QByteArray fetch(const QUrl &url)
{
    QNetworkAccessManager manager;
    QNetworkReply *reply = manager.get(QNetworkRequest(url));
    (void)QTest::qWaitFor([reply] { return reply->isFinished(); }, 10'000);
    const QByteArray body = reply->readAll();
    delete reply;
    return body;
}

// Empties the recorder's record.
void clearRecorder(const QUrl &url)
{
    QNetworkAccessManager manager;
    QNetworkReply *reply = manager.deleteResource(QNetworkRequest(url));
    (void)QTest::qWaitFor([reply] { return reply->isFinished(); }, 10'000);
    delete reply;
}

} // namespace

class TestRequestPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void editorIsFilledFromTheDocument();
    void missingCredentialsGetTheChallengeExplained();
    void invalidValuesAreFlaggedAndNotSent();
    void apiKeySendsAndShowsTheResponse();
    void copyAsCurlMasksUnlessRevealed();
    void crossOriginRedirectDropsCredentials();
    void sendWithoutCredentialsProvesRefusal();
    void responseViewShowsImagesAndRawBodies();
    void controlsHaveAccessibleNames();
    void editedRequestSurvivesACrash();

private:
    bool selectOperation(const QString &name);
    bool sendAndWait();
    RequestEditor *editor() const { return m_window->requestPanel()->editor(); }
    ResponseView *response() const { return m_window->requestPanel()->response(); }
    void setApiKey(const QString &value);

    keyway::test::PeerProcess m_recorder;
    keyway::test::PeerProcess m_resource;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<QSettings> m_workspaceSettings;
    std::unique_ptr<keyway::net::Timeline> m_timeline;
    std::unique_ptr<keyway::net::HttpClient> m_http;
    std::unique_ptr<keyway::storage::Workspace> m_workspace;
    std::unique_ptr<keyway::storage::MemorySecretStore> m_secrets;
    std::unique_ptr<keyway::storage::CredentialStore> m_store;
    std::unique_ptr<CredentialManager> m_credentials;
    std::unique_ptr<MainWindow> m_window;
};

void TestRequestPanel::initTestCase()
{
    if (const QString error = m_recorder.startRecorder(); !error.isEmpty())
        QFAIL(qPrintable(error));
    if (const QString error = m_resource.startResourceServer({}, {u"--other-origin"_s, m_recorder.origin().toString()}); !error.isEmpty())
        QFAIL(qPrintable(error));
}

void TestRequestPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_workspaceSettings = std::make_unique<QSettings>(m_dir->filePath(u"workspace.ini"_s), QSettings::IniFormat);
    m_timeline = std::make_unique<keyway::net::Timeline>();
    m_http = std::make_unique<keyway::net::HttpClient>();
    m_http->setTimeline(m_timeline.get());
    m_workspace = std::make_unique<keyway::storage::Workspace>(m_workspaceSettings.get());
    m_secrets = std::make_unique<keyway::storage::MemorySecretStore>();
    m_store = std::make_unique<keyway::storage::CredentialStore>(m_secrets.get(), m_workspace.get());
    m_credentials = std::make_unique<CredentialManager>(m_http.get(), m_store.get(), m_workspace.get());
    m_window = std::make_unique<MainWindow>(m_settings.get(), m_http.get(), m_timeline.get(), m_credentials.get());
    m_window->resize(1280, 860);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    QSignalSpy loaded(m_window.get(), &MainWindow::documentLoaded);
    QSignalSpy failed(m_window.get(), &MainWindow::loadFailed);
    m_window->openUrl(m_resource.url(u"/openapi.json"_s));
    QVERIFY2(QTest::qWaitFor([&] { return loaded.count() > 0 || failed.count() > 0; }, loadTimeoutMs), "the document did not load");
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).value<keyway::Error>().toString()));
    QTRY_VERIFY_WITH_TIMEOUT(!m_credentials->isLoading(), loadTimeoutMs);
    clearRecorder(m_recorder.url(u"/__recorded"_s));
}

void TestRequestPanel::cleanup()
{
    m_resource.printLogIfFailed();
    m_window.reset();
    m_credentials.reset();
    m_store.reset();
    m_secrets.reset();
    m_workspace.reset();
    m_http.reset();
    m_timeline.reset();
    m_workspaceSettings.reset();
    m_settings.reset();
    m_dir.reset();
}

bool TestRequestPanel::selectOperation(const QString &name)
{
    if (!m_window->selectOperation(name))
        return false;
    m_window->showPage(MainWindow::Page::Request);
    return QTest::qWaitFor([this] { return editor()->hasOperation(); }, 5000);
}

bool TestRequestPanel::sendAndWait()
{
    QSignalSpy finished(m_window->requestPanel(), &RequestPanel::finished);
    QTest::mouseClick(editor()->sendButton(), Qt::LeftButton);
    return finished.count() > 0 || finished.wait(sendTimeoutMs);
}

void TestRequestPanel::setApiKey(const QString &value)
{
    keyway::auth::StaticSecret secret;
    secret.value = value;
    bool stored = false;
    m_credentials->setStaticSecret(u"apiKeyHeader"_s, secret, [&stored](const auto &) { stored = true; });
    QVERIFY(QTest::qWaitFor([&stored] { return stored; }, 5000));
}

void TestRequestPanel::editorIsFilledFromTheDocument()
{
    QVERIFY(selectOperation(u"GET /echo/{word}"_s));
    QTableWidget *table = editor()->parameterTable();
    QStringList names;
    for (int row = 0; row < table->rowCount(); ++row)
        names.append(table->item(row, 1)->text());
    QVERIFY2(names.contains(u"word *"_s), qPrintable(names.join(u", "_s))); // a required path parameter
    QVERIFY2(names.contains(u"times"_s), qPrintable(names.join(u", "_s)));
    QVERIFY(names.contains(u"shout"_s));
    // The enum of `shout` (a boolean) is offered as a choice.
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 1)->text() == u"shout") {
            auto *combo = qobject_cast<QComboBox *>(table->cellWidget(row, 3));
            QVERIFY(combo);
            QVERIFY(combo->findText(u"true"_s) >= 0);
        }
    }
    // The security alternative: apiKeyHeader, not ready yet, with an Authorize button.
    QVERIFY(editor()->alternativeCombo()->currentText().contains(u"apiKeyHeader"_s));
    auto *authorize = editor()->findChild<QPushButton *>(u"requestAuthorizeButton"_s);
    QVERIFY(authorize && authorize->isVisible());
    // The URL shows the server and the path template until the path parameter is given.
    QVERIFY(editor()->setParameterValue(u"word"_s, u"hello world"_s));
    QTRY_VERIFY(editor()->urlField()->text().startsWith(m_resource.origin().toString()));
    QTRY_VERIFY2(editor()->urlField()->text().contains(u"/echo/hello%20world"_s), qPrintable(editor()->urlField()->text()));
    // A body editor for an operation with a JSON body: POST /items has none in this document, /echo-json has one.
    QVERIFY(selectOperation(u"POST /echo-json"_s));
    QVERIFY(editor()->bodyEdit()->toPlainText().contains(u"\"message\""_s));
    QCOMPARE(editor()->mediaTypeCombo()->currentText(), u"application/json"_s);
}

void TestRequestPanel::missingCredentialsGetTheChallengeExplained()
{
    QVERIFY(selectOperation(u"GET /echo/{word}"_s));
    editor()->setParameterValue(u"word"_s, u"hi"_s);
    QVERIFY(sendAndWait());
    // Not built: the credentials are missing, and the response view says so.
    QVERIFY2(response()->statusText().contains(u"credentials"_s), qPrintable(response()->statusText()));
    QVERIFY2(response()->noticeText().contains(u"apiKeyHeader"_s), qPrintable(response()->noticeText()));

    // The same request sent without credentials on purpose: the API refuses, and its challenge is explained.
    editor()->findChild<QCheckBox *>(u"withoutCredentialsCheck"_s)->setChecked(true);
    QVERIFY(sendAndWait());
    QVERIFY2(response()->statusText().startsWith(u"401"_s), qPrintable(response()->statusText()));
    QCOMPARE(response()->tabs()->currentIndex(), int(ResponseView::AuthenticationTab));
    const QString auth = response()->authenticationView()->toPlainText();
    QVERIFY2(auth.contains(u"APIKey"_s), qPrintable(auth));
    QVERIFY2(auth.contains(u"keyway-tests"_s), qPrintable(auth));
    saveShot(m_window.get(), u"request-401"_s);
}

void TestRequestPanel::invalidValuesAreFlaggedAndNotSent()
{
    setApiKey(headerKey);
    QVERIFY(selectOperation(u"GET /echo/{word}"_s));
    editor()->setParameterValue(u"word"_s, u"hi"_s);
    editor()->setParameterValue(u"times"_s, u"many"_s);
    QVERIFY(!editor()->issues().isEmpty());
    QTableWidget *table = editor()->parameterTable();
    bool flagged = false;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 1)->text() == u"times")
            flagged = table->item(row, 4)->text().contains(u"⚠"_s);
    }
    QVERIFY(flagged);
    const int before = int(m_timeline->exchanges().size());
    QVERIFY(sendAndWait());
    QVERIFY2(response()->statusText().startsWith(u"Not sent"_s), qPrintable(response()->statusText()));
    QVERIFY2(response()->noticeText().contains(u"times"_s), qPrintable(response()->noticeText()));
    QCOMPARE(int(m_timeline->exchanges().size()), before); // nothing went out

    // QA may send it anyway: the API's own validation answers.
    editor()->findChild<QCheckBox *>(u"validateCheck"_s)->setChecked(false);
    QVERIFY(sendAndWait());
    QVERIFY2(response()->statusText().startsWith(u"422"_s), qPrintable(response()->statusText()));
}

void TestRequestPanel::apiKeySendsAndShowsTheResponse()
{
    setApiKey(headerKey);
    QVERIFY(selectOperation(u"GET /echo/{word}"_s));
    QTRY_VERIFY2(editor()->alternativeCombo()->currentText().contains(u"ready"_s), qPrintable(editor()->alternativeCombo()->currentText()));
    editor()->setParameterValue(u"word"_s, u"hello"_s);
    editor()->setParameterValue(u"times"_s, u"2"_s);
    QVERIFY(editor()->issues().isEmpty());
    QVERIFY(sendAndWait());
    QVERIFY2(response()->statusText().startsWith(u"200"_s), qPrintable(response()->statusText() + response()->noticeText()));
    // The body, pretty-printed.
    const QString body = response()->bodyText();
    QVERIFY2(body.contains(u"\"echo\": \"hello hello\""_s), qPrintable(body));
    QVERIFY(body.contains(u'\n'));
    // The raw body is as received (FastAPI sends compact JSON).
    response()->rawCheck()->setChecked(true);
    QVERIFY2(response()->bodyText().contains(u"\"echo\":\"hello hello\""_s), qPrintable(response()->bodyText()));
    response()->rawCheck()->setChecked(false);
    // Headers.
    QTableWidget *headers = response()->headersTable();
    QVERIFY(headers->rowCount() > 0);
    bool hasContentType = false;
    for (int row = 0; row < headers->rowCount(); ++row)
        hasContentType |= headers->item(row, 0)->text().compare(u"content-type"_s, Qt::CaseInsensitive) == 0;
    QVERIFY(hasContentType);
    // The request as sent, from the timeline: the key is masked.
    response()->tabs()->setCurrentIndex(ResponseView::RequestTab);
    const QString sent = response()->requestView()->toPlainText();
    QVERIFY2(sent.contains(u"X-API-Key"_s, Qt::CaseInsensitive), qPrintable(sent));
    QVERIFY2(!sent.contains(headerKey), qPrintable(sent));
    // History: the request is there, without the key.
    QTreeWidget *history = response()->historyList();
    QCOMPARE(history->topLevelItemCount(), 1);
    QCOMPARE(history->topLevelItem(0)->text(1), u"200"_s);
    QVERIFY(history->topLevelItem(0)->text(3).contains(u"/echo/hello"_s));
    m_settings->sync();
    QFile settingsFile(m_settings->fileName());
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    const QByteArray saved = settingsFile.readAll();
    QVERIFY(saved.contains("echo/hello"));
    QVERIFY(!saved.contains(headerKey.toUtf8()));
    saveShot(m_window.get(), u"request-200"_s);
}

void TestRequestPanel::copyAsCurlMasksUnlessRevealed()
{
    setApiKey(headerKey);
    QVERIFY(selectOperation(u"GET /echo/{word}"_s));
    editor()->setParameterValue(u"word"_s, u"curl"_s);
    const QString masked = m_window->requestPanel()->copyAsCurl(false);
    QVERIFY2(masked.startsWith(u"curl"_s), qPrintable(masked));
    QVERIFY(masked.contains(u"X-API-Key"_s));
    QVERIFY(masked.contains(u"/echo/curl"_s));
    QVERIFY2(!masked.contains(headerKey), qPrintable(masked));
    const QString revealed = m_window->requestPanel()->copyAsCurl(true);
    QVERIFY2(revealed.contains(headerKey), qPrintable(revealed));
}

void TestRequestPanel::crossOriginRedirectDropsCredentials()
{
    setApiKey(headerKey);
    QVERIFY(selectOperation(u"GET /redirect-cross"_s));
    // Pick the apiKeyHeader alternative.
    QComboBox *alternatives = editor()->alternativeCombo();
    for (int i = 0; i < alternatives->count(); ++i) {
        if (alternatives->itemText(i).startsWith(u"apiKeyHeader"_s))
            alternatives->setCurrentIndex(i);
    }
    QVERIFY(sendAndWait());
    QVERIFY2(response()->statusText().startsWith(u"200"_s), qPrintable(response()->statusText() + response()->noticeText()));
    QVERIFY2(response()->noticeText().contains(u"another origin"_s), qPrintable(response()->noticeText()));
    // The second origin saw no key.
    const QJsonArray records = QJsonDocument::fromJson(fetch(m_recorder.url(u"/__recorded"_s))).array();
    QVERIFY(!records.isEmpty());
    const QByteArray all = QJsonDocument(records).toJson();
    QVERIFY(all.contains("/landing"));
    QVERIFY2(!all.contains(headerKey.toUtf8()), all.constData());
}

void TestRequestPanel::sendWithoutCredentialsProvesRefusal()
{
    setApiKey(headerKey);
    QVERIFY(selectOperation(u"GET /apikey/header"_s));
    QVERIFY(sendAndWait());
    QVERIFY2(response()->statusText().startsWith(u"200"_s), qPrintable(response()->statusText()));
    // A wrong key: refused, with the challenge.
    setApiKey(u"not-the-key"_s);
    QTRY_VERIFY(editor()->alternativeCombo()->currentText().contains(u"ready"_s));
    QVERIFY(sendAndWait());
    QVERIFY2(response()->statusText().startsWith(u"401"_s), qPrintable(response()->statusText()));
    QVERIFY(response()->authenticationView()->toPlainText().contains(u"APIKey"_s));
}

void TestRequestPanel::responseViewShowsImagesAndRawBodies()
{
    ResponseView view(nullptr);
    QImage image(32, 16, QImage::Format_ARGB32);
    image.fill(Qt::red);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    keyway::request::RequestOutcome outcome;
    outcome.httpStatus = 200;
    outcome.reason = "OK";
    outcome.headers = {{"Content-Type", "image/png"}};
    outcome.body = png;
    outcome.size = png.size();
    view.showOutcome(outcome);
    QVERIFY(view.isShowingImage());
    QCOMPARE(view.statusText(), u"200 OK"_s);
    view.rawCheck()->setChecked(true);
    QVERIFY(!view.isShowingImage());

    // A 401 with two challenges: each explained.
    keyway::request::RequestOutcome refused;
    refused.httpStatus = 401;
    refused.reason = "Unauthorized";
    refused.challenges = keyway::request::parseWwwAuthenticate(
        QByteArrayLiteral("Bearer realm=\"api\", error=\"insufficient_scope\", scope=\"admin\", Basic realm=\"api\""));
    refused.explanations = keyway::request::explainChallenges(refused.challenges.challenges);
    view.showOutcome(refused);
    const QString auth = view.authenticationView()->toPlainText();
    QVERIFY2(auth.contains(u"insufficient_scope"_s), qPrintable(auth));
    QVERIFY2(auth.contains(u"admin"_s), qPrintable(auth));
    QVERIFY(auth.contains(u"Basic"_s));
    QCOMPARE(view.tabs()->currentIndex(), int(ResponseView::AuthenticationTab));
}

void TestRequestPanel::controlsHaveAccessibleNames()
{
    QVERIFY(selectOperation(u"GET /echo/{word}"_s));
    const QList<QWidget *> widgets = m_window->requestPanel()->findChildren<QWidget *>();
    QStringList unnamed;
    for (QWidget *w : widgets) {
        const bool input = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QPlainTextEdit *>(w)
            || qobject_cast<QTableWidget *>(w);
        if (!input || !w->isVisibleTo(m_window.get()) || qobject_cast<QComboBox *>(w->parentWidget()))
            continue;
        if (w->accessibleName().isEmpty())
            unnamed.append(w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName());
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
    // Send and copy-as-curl have shortcuts.
    auto *send = m_window->findChild<QAction *>(u"sendAction"_s);
    QVERIFY(send && !send->shortcut().isEmpty());
    auto *curl = m_window->findChild<QAction *>(u"copyCurlAction"_s);
    QVERIFY(curl && !curl->shortcut().isEmpty());
}

void TestRequestPanel::editedRequestSurvivesACrash()
{
    QVERIFY(selectOperation(u"GET /echo/{word}"_s));
    editor()->setParameterValue(u"word"_s, u"crash-proof"_s);
    editor()->setParameterValue(u"times"_s, u"3"_s);
    auto *headers = editor()->findChild<QPlainTextEdit *>(u"extraHeadersEdit"_s);
    headers->setPlainText(u"X-Trace: 77\nAuthorization: Bearer do-not-keep-me"_s);
    m_window->autosaveNow();

    // On disk before anything else happens (a kill -9 now loses nothing), without the secret-looking header.
    {
        QFile file(m_settings->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QVERIFY2(saved.contains("crash-proof"), saved.constData());
        QVERIFY(saved.contains("X-Trace"));
        QVERIFY(!saved.contains("do-not-keep-me"));
    }

    // A crash: the window is gone without closing. The next window finds the request and brings it back.
    const QUrl documentUrl = m_window->document()->sourceUrl;
    m_window.reset();
    m_window = std::make_unique<MainWindow>(m_settings.get(), m_http.get(), m_timeline.get(), m_credentials.get());
    m_window->resize(1280, 860);
    m_window->show();
    QCOMPARE(m_window->autosavedDocument(), documentUrl);
    QSignalSpy loaded(m_window.get(), &MainWindow::documentLoaded);
    m_window->openUrl(m_window->autosavedDocument());
    QVERIFY(loaded.wait(loadTimeoutMs));
    QTRY_VERIFY(editor()->hasOperation());
    const keyway::request::RequestValues values = editor()->values();
    QCOMPARE(values.value(u"word"_s, keyway::request::ParameterIn::Path), u"crash-proof"_s);
    QCOMPARE(values.value(u"times"_s, keyway::request::ParameterIn::Query), u"3"_s);
    QCOMPARE(values.extraHeaders.size(), 1);
    QCOMPARE(values.extraHeaders.constFirst().first, QByteArray("X-Trace"));
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"did not close normally"_s),
             qPrintable(m_window->statusBar()->currentMessage()));

    // A normal close leaves nothing to restore.
    m_window->close();
    QVERIFY(!m_settings->contains(u"autosave/request"_s));
    QVERIFY(!m_window->autosavedDocument().isValid());
}

QTEST_MAIN(TestRequestPanel)
#include "tst_requestpanel.moc"
