// The Authorize dialog, the token inspector and the timeline driven as a person would, against the real OpenID
// Provider of tests/peers (client credentials, a right and a wrong client secret), with secrets in memory only.
// Runs offscreen. With KEYWAY_GUI_SHOTS=DIR set, it also saves pictures of what it saw there.

#include "../common/PeerProcess.h"
#include "../integration/OAuthTestSupport.h"

#include "AuthResultView.h"
#include "AuthorizeDialog.h"
#include "ExchangeView.h"
#include "KeychainIndicator.h"
#include "MainWindow.h"
#include "OAuthSchemeEditor.h"
#include "ProfileSwitcher.h"
#include "SchemeStateModel.h"
#include "SecretLineEdit.h"
#include "SecretMasking.h"
#include "TimelineModel.h"
#include "TimelinePanel.h"
#include "TokenInspector.h"
#include "auth/CredentialManager.h"
#include "net/HttpClient.h"
#include "net/Timeline.h"
#include "storage/CredentialStore.h"
#include "storage/MemorySecretStore.h"
#include "storage/Workspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;
using keyway::auth::CredentialManager;
using keyway::ui::AuthorizeDialog;
using keyway::ui::MainWindow;

namespace {

constexpr int loadTimeoutMs = 20'000;
constexpr int flowTimeoutMs = 30'000;
const QString clientId = u"keyway-confidential"_s;
const QString clientSecret = u"keyway-confidential-secret"_s;
const QString apiAudience = u"http://127.0.0.1/api"_s;

// The labels, line edits and buttons of `root` that are shown, for lookups by text.
template<typename T> QList<T *> shown(const QWidget *root)
{
    QList<T *> result;
    for (T *w : root->findChildren<T *>()) {
        if (w->isVisibleTo(root))
            result.append(w);
    }
    return result;
}

// The first row (depth first) whose label column contains `text`.
QModelIndex findRow(const QAbstractItemModel *model, const QString &text, const QModelIndex &parent = {})
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex label = model->index(row, keyway::ui::TimelineModel::LabelColumn, parent);
        if (!model->data(label, keyway::ui::TimelineModel::IsFlowRole).toBool() && label.data().toString().contains(text))
            return label;
        if (const QModelIndex inside = findRow(model, text, model->index(row, 0, parent)); inside.isValid())
            return inside;
    }
    return {};
}

void saveShot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("KEYWAY_GUI_SHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(300); // layouts settle
    widget->grab().save(QDir(dir).filePath(name + u".png"_s));
}

} // namespace

class TestAuthorize final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void actionOpensDialogWithEverySchemeAndState();
    void clientCredentialsAuthorizesAndShowsToken();
    void wrongSecretShowsTheDiagnosis();
    void deviceFlowShowsTheCodeAndChecksTheIdToken();
    void authorizationCodeOpensTheBrowser();
    void timelineGroupsFlows();
    void apiKeyIsSavedMasked();
    void profilesKeepTheirOwnCredentials();
    void pastedOpaqueTokenIsShownAsSuch();
    void keychainIndicatorSaysMemoryOnly();
    void inputsHaveAccessibleNames();

private:
    AuthorizeDialog *openDialog(const QString &scheme);
    // Fills in the client-credentials form of opClient and runs it.
    void runClientCredentials(AuthorizeDialog *dialog, const QString &secret);
    template<typename T> T *find(QWidget *root, const QString &name) const
    {
        T *w = root->findChild<T *>(name);
        if (!w)
            qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
        return w;
    }

    keyway::test::PeerProcess m_op;
    QString m_opError;
    QUrl m_tokenEndpoint;
    QTemporaryDir m_fixtureDir;
    QString m_documentPath;

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

void TestAuthorize::initTestCase()
{
    // Device polling every second instead of the default five.
    if (const QString error = m_op.startOpenIdProvider({u"--device-interval"_s, u"1"_s}); !error.isEmpty())
        QFAIL(qPrintable(error));
    keyway::net::HttpClient http;
    QString error;
    const auto discovered = keyway::test::discover(http, m_op.issuer(), &error);
    QVERIFY2(discovered, qPrintable(error));
    m_tokenEndpoint = discovered->metadata.tokenEndpoint;
    QVERIFY(m_tokenEndpoint.isValid());

    // A small document whose schemes point at the provider: client credentials (oauth2), discovery
    // (openIdConnect), and an API key.
    QVERIFY(m_fixtureDir.isValid());
    m_documentPath = m_fixtureDir.filePath(u"authorize-test.yaml"_s);
    const QString issuer = m_op.issuer().toString(QUrl::StripTrailingSlash);
    const QString yaml = uR"(openapi: 3.0.3
info:
  title: Authorize Test API
  version: "1"
servers:
  - url: %1
paths:
  /items:
    get:
      operationId: listItems
      security:
        - opClient: [read:items]
      responses:
        "200": {description: ok}
components:
  securitySchemes:
    opClient:
      type: oauth2
      description: The test provider's client-credentials grant.
      flows:
        clientCredentials:
          tokenUrl: %2
          scopes:
            read:items: Read items
            write:items: Change items
            admin: Administer everything
    opOIDC:
      type: openIdConnect
      openIdConnectUrl: %1/.well-known/openid-configuration
    apiKey:
      type: apiKey
      in: header
      name: X-API-Key
)"_s.arg(issuer, m_tokenEndpoint.toString());
    QFile file(m_documentPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(yaml.toUtf8());
}

void TestAuthorize::init()
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
    m_window->resize(1280, 820);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    QSignalSpy loaded(m_window.get(), &MainWindow::documentLoaded);
    QSignalSpy failed(m_window.get(), &MainWindow::loadFailed);
    m_window->openUrl(QUrl::fromLocalFile(m_documentPath));
    const bool done = QTest::qWaitFor([&] { return loaded.count() > 0 || failed.count() > 0; }, loadTimeoutMs);
    QVERIFY2(done, "the document did not load");
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).value<keyway::Error>().toString()));
    QVERIFY(m_window->document());
    QTRY_VERIFY_WITH_TIMEOUT(!m_credentials->isLoading(), loadTimeoutMs);
}

void TestAuthorize::cleanup()
{
    m_op.printLogIfFailed();
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

AuthorizeDialog *TestAuthorize::openDialog(const QString &scheme)
{
    // Through the Security Schemes page's own button, as a person would.
    if (!m_window->showScheme(scheme))
        return nullptr;
    auto *button = m_window->findChild<QPushButton *>(u"schemeAuthorizeButton"_s);
    if (!button)
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    auto *dialog = m_window->findChild<AuthorizeDialog *>(u"authorizeDialog"_s);
    if (!dialog || !dialog->isVisible() || dialog->currentScheme() != scheme)
        return nullptr;
    // No browser in tests.
    dialog->setUrlOpener([](const QUrl &) { return false; });
    return dialog;
}

void TestAuthorize::runClientCredentials(AuthorizeDialog *dialog, const QString &secret)
{
    auto *editor = dialog->oauthEditor();
    QVERIFY(editor->isVisible());
    QCOMPARE(editor->flow(), keyway::openapi::OAuthFlow::Kind::ClientCredentials);

    auto *id = find<QLineEdit>(editor, u"oauthClientId"_s);
    QVERIFY(id);
    id->clear();
    QTest::keyClicks(id, clientId);
    auto *publicClient = find<QCheckBox>(editor, u"oauthPublicClient"_s);
    QVERIFY(publicClient);
    if (publicClient->isChecked())
        QTest::mouseClick(publicClient, Qt::LeftButton, {}, QPoint(8, publicClient->height() / 2));
    QVERIFY(!publicClient->isChecked());
    auto *method = find<QComboBox>(editor, u"oauthAuthMethod"_s);
    QVERIFY(method);
    QCOMPARE(method->currentData().toInt(), int(keyway::auth::ClientAuthMethod::ClientSecretBasic));
    auto *secretEdit = find<keyway::ui::SecretLineEdit>(editor, u"oauthClientSecret"_s);
    QVERIFY(secretEdit);
    QCOMPARE(secretEdit->echoMode(), QLineEdit::Password);
    secretEdit->clear();
    QTest::keyClicks(secretEdit, secret);

    // Scope "read:items": the first of the document's scopes, checked with the keyboard.
    auto *scopes = find<QListWidget>(editor, u"oauthScopes"_s);
    QVERIFY(scopes);
    QCOMPARE(scopes->count(), 3);
    QVERIFY(scopes->item(0)->text().startsWith(u"read:items — Read items"_s));
    scopes->setFocus();
    scopes->setCurrentRow(0);
    if (scopes->item(0)->checkState() != Qt::Checked)
        QTest::keyClick(scopes, Qt::Key_Space);
    QCOMPARE(scopes->item(0)->checkState(), Qt::Checked);
    QCOMPARE(editor->scopes(), QStringList{u"read:items"_s});

    auto *run = find<QPushButton>(dialog, u"authorizeRunButton"_s);
    QVERIFY(run);
    QVERIFY(run->isEnabled());
    QTest::mouseClick(run, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), flowTimeoutMs);
}

void TestAuthorize::actionOpensDialogWithEverySchemeAndState()
{
    auto *action = m_window->findChild<QAction *>(u"authorizeAction"_s);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    QVERIFY(action->isEnabled());
    m_window->activateWindow();
    QTest::keySequence(m_window.get(), action->shortcut());
    auto *dialog = m_window->findChild<AuthorizeDialog *>(u"authorizeDialog"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());

    auto *list = find<QListView>(dialog, u"authorizeSchemeList"_s);
    QVERIFY(list);
    QAbstractItemModelTester tester(list->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(list->model()->rowCount(), 3);
    QCOMPARE(list->model()->index(0, 0).data().toString(), u"opClient"_s);
    for (int row = 0; row < 3; ++row)
        QVERIFY(!list->model()->index(row, 0).data(Qt::AccessibleTextRole).toString().isEmpty());
    QCOMPARE(m_credentials->state(u"opClient"_s), CredentialManager::State::Unconfigured);

    // Each kind gets its editor: oauth2 and openIdConnect the OAuth one, an API key the static one.
    QVERIFY(dialog->selectScheme(u"apiKey"_s));
    QVERIFY(find<QWidget>(dialog, u"staticEditor"_s)->isVisible());
    QCOMPARE(find<QPushButton>(dialog, u"authorizeRunButton"_s)->text().remove(u'&'), u"Save"_s);
    QVERIFY(dialog->selectScheme(u"opOIDC"_s));
    QVERIFY(dialog->oauthEditor()->isVisible());
    // openIdConnect: every grant, discovery or not; discovery runs on its own and reports.
    QVERIFY(dialog->oauthEditor()->flowCombo()->count() >= 4);
    QTRY_VERIFY_WITH_TIMEOUT(m_credentials->discovery(u"opOIDC"_s) != nullptr, flowTimeoutMs);
    QTRY_VERIFY(find<QLabel>(dialog, u"oauthDiscoveryStatus"_s)->text().contains(m_op.issuer().toString(QUrl::StripTrailingSlash)));
    saveShot(dialog, u"authorize-oidc"_s);

    // The operation's security panel has its own Authorize button for the scheme.
    QVERIFY(m_window->selectOperation(u"listItems"_s));
    auto *operationButton = m_window->findChild<QPushButton *>(u"securityAuthorizeButton"_s);
    QVERIFY(operationButton);
    QCOMPARE(operationButton->property("scheme").toString(), u"opClient"_s);
    QTest::mouseClick(operationButton, Qt::LeftButton);
    QCOMPARE(dialog->currentScheme(), u"opClient"_s);
}

void TestAuthorize::clientCredentialsAuthorizesAndShowsToken()
{
    AuthorizeDialog *dialog = openDialog(u"opClient"_s);
    QVERIFY(dialog);
    runClientCredentials(dialog, clientSecret);

    // The state, in the manager and on screen.
    QCOMPARE(m_credentials->state(u"opClient"_s), CredentialManager::State::Authorized);
    auto *pill = find<QLabel>(dialog, u"authorizeSchemeState"_s);
    QVERIFY(pill->text().startsWith(u"Authorized"_s));
    QVERIFY2(pill->text().contains(u"expires in"_s), qPrintable(pill->text()));
    auto *list = find<QListView>(dialog, u"authorizeSchemeList"_s);
    QVERIFY(list->model()->index(0, 0).data(keyway::ui::SchemeStateModel::StateTextRole).toString().startsWith(u"Authorized"_s));

    // The summary: token type, the scopes granted, the expiry counting down.
    keyway::ui::AuthResultView *result = dialog->resultView();
    QVERIFY(find<QWidget>(result, u"resultSuccess"_s)->isVisible());
    QVERIFY(find<QLabel>(result, u"resultTitle"_s)->text().contains(u"client credentials"_s));
    QVERIFY2(result->scopesText().contains(u"read:items"_s), qPrintable(result->scopesText()));
    QCOMPARE(find<QLabel>(result, u"resultTokenType"_s)->text().compare(u"bearer"_s, Qt::CaseInsensitive), 0);
    QVERIFY(find<QLabel>(result, u"resultExpiry"_s)->text().startsWith(u"in "_s));
    QVERIFY(!find<QWidget>(result, u"resultFailure"_s)->isVisible());
    saveShot(dialog, u"authorize-success"_s);

    // Inspect token: the decoded claims of the access token (a JWT for the test API).
    auto *inspect = find<QPushButton>(result, u"resultInspectButton"_s);
    QVERIFY(inspect && inspect->isEnabled());
    QTest::mouseClick(inspect, Qt::LeftButton);
    auto *inspector = m_window->findChild<keyway::ui::TokenInspector *>(u"tokenInspector"_s);
    QVERIFY(inspector);
    QTRY_VERIFY(inspector->isVisible());
    QVERIFY(inspector->isJwt());
    QCOMPARE(inspector->claimText(u"iss"_s).value_or(QString()), m_op.issuer().toString(QUrl::StripTrailingSlash));
    QVERIFY2(inspector->claimText(u"aud"_s).value_or(QString()).contains(apiAudience),
             qPrintable(inspector->claimText(u"aud"_s).value_or(u"(none)"_s)));
    QCOMPARE(inspector->claimText(u"client_id"_s).value_or(QString()), clientId);
    QVERIFY(inspector->summaryText().contains(u"expires in"_s));
    // The raw token is there, masked until shown.
    auto *raw = find<keyway::ui::SecretLineEdit>(inspector, u"tokenRaw"_s);
    QCOMPARE(raw->text(), m_credentials->tokens(u"opClient"_s).accessToken);
    QCOMPARE(raw->echoMode(), QLineEdit::Password);
    // No key is known for an oauth2 scheme without discovery: said so, with the way to check it.
    QVERIFY(inspector->signatureText().contains(u"not checked"_s));
    auto *fetchKeys = find<QPushButton>(inspector, u"tokenFetchKeysButton"_s);
    QVERIFY(fetchKeys->isVisibleTo(inspector));
    QTest::mouseClick(fetchKeys, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(inspector->signatureText().startsWith(u"Signature verified"_s), flowTimeoutMs);
    saveShot(inspector, u"token-inspector"_s);

    // The timeline: the token request, with the client secret masked until one value is shown.
    m_window->findChild<QAction *>(u"timelineAction"_s)->trigger();
    keyway::ui::TimelinePanel *panel = m_window->timelinePanel();
    QTRY_VERIFY(panel->isVisible());
    QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex row = findRow(panel->model(), u"Token request"_s);
    QVERIFY(row.isValid());
    QCOMPARE(row.siblingAtColumn(keyway::ui::TimelineModel::MethodColumn).data().toString(), u"POST"_s);
    QVERIFY(row.siblingAtColumn(keyway::ui::TimelineModel::StatusColumn).data().toString().startsWith(u"200"_s));
    panel->view()->setCurrentIndex(row);
    keyway::ui::ExchangeView *view = panel->exchangeView();
    QTRY_VERIFY(view->exchangeId().has_value());
    const QString basic = QString::fromLatin1(QByteArray(clientId.toUtf8() + ':' + clientSecret.toUtf8()).toBase64());
    const QString accessToken = m_credentials->tokens(u"opClient"_s).accessToken;
    QString text = view->toPlainText();
    QVERIFY2(text.contains(u"Basic ••••"_s), qPrintable(text));
    QVERIFY(!text.contains(clientSecret));
    QVERIFY(!text.contains(basic));
    QVERIFY(!text.contains(accessToken));
    QVERIFY(text.contains(u"grant_type = client_credentials"_s));
    QVERIFY(text.contains(u"HTTP 200"_s));
    m_window->resize(1400, 900);
    saveShot(m_window.get(), u"main-timeline"_s);

    // Reveal one value (the Basic credentials), then hide it again: the others stay masked meanwhile.
    int basicIndex = -1;
    keyway::ui::SecretMask mask;
    for (const QByteArray &s : m_timeline->find(*view->exchangeId())->secrets)
        mask.add(s);
    for (const QByteArray &s : m_timeline->find(*view->exchangeId())->secrets)
        mask.add(QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(s))));
    basicIndex = int(mask.values().indexOf(basic));
    QVERIFY(basicIndex >= 0);
    Q_EMIT view->anchorClicked(keyway::ui::SecretMask::revealLink(basicIndex));
    QCOMPARE(view->revealedCount(), 1);
    text = view->toPlainText();
    QVERIFY(text.contains(basic));
    QVERIFY(!text.contains(accessToken));
    Q_EMIT view->anchorClicked(keyway::ui::SecretMask::concealLink(basicIndex));
    QVERIFY(!view->toPlainText().contains(basic));
}

void TestAuthorize::wrongSecretShowsTheDiagnosis()
{
    AuthorizeDialog *dialog = openDialog(u"opClient"_s);
    QVERIFY(dialog);
    runClientCredentials(dialog, u"not-the-secret"_s);

    QCOMPARE(m_credentials->state(u"opClient"_s), CredentialManager::State::Failed);
    keyway::ui::AuthResultView *result = dialog->resultView();
    QVERIFY(find<QWidget>(result, u"resultFailure"_s)->isVisible());
    QVERIFY(result->isShowingFailure());
    auto *diagnosis = find<QLabel>(result, u"resultDiagnosis"_s);
    QVERIFY(diagnosis->isVisible());
    QVERIFY(!result->diagnosisText().isEmpty());
    QCOMPARE(result->diagnosisText(), diagnosis->text());
    // The server's own words, as sent.
    QCOMPARE(find<QLabel>(result, u"resultErrorCode"_s)->text(), u"invalid_client"_s);
    QVERIFY(find<QLabel>(result, u"resultHttpStatus"_s)->text().startsWith(u"401"_s));
    QVERIFY(find<QLabel>(result, u"resultDiagnosis"_s)->text().contains(u"client"_s, Qt::CaseInsensitive));
    // The raw body is one click away, and never carries the secret the user typed.
    auto *toggle = find<QPushButton>(result, u"resultRawToggle"_s);
    auto *raw = find<QPlainTextEdit>(result, u"resultRawBody"_s);
    QVERIFY(!raw->isVisible());
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(raw->isVisible());
    QVERIFY(raw->toPlainText().contains(u"invalid_client"_s));
    QVERIFY(!raw->toPlainText().contains(u"not-the-secret"_s));
    QVERIFY(find<QLabel>(dialog, u"authorizeSchemeState"_s)->text().startsWith(u"Failed"_s));
    saveShot(dialog, u"authorize-failure"_s);
}

void TestAuthorize::deviceFlowShowsTheCodeAndChecksTheIdToken()
{
    AuthorizeDialog *dialog = openDialog(u"opOIDC"_s);
    QVERIFY(dialog);
    keyway::ui::OAuthSchemeEditor *editor = dialog->oauthEditor();
    QTRY_VERIFY_WITH_TIMEOUT(m_credentials->discovery(u"opOIDC"_s) != nullptr, flowTimeoutMs);
    editor->setFlow(keyway::openapi::OAuthFlow::Kind::DeviceAuthorization);
    QCOMPARE(editor->flow(), keyway::openapi::OAuthFlow::Kind::DeviceAuthorization);
    QTest::keyClicks(editor->clientIdEdit(), u"keyway-device"_s);
    QVERIFY(find<QCheckBox>(editor, u"oauthPublicClient"_s)->isChecked());
    QCOMPARE(editor->scopes(), QStringList{u"openid"_s});
    QTest::mouseClick(find<QPushButton>(dialog, u"authorizeRunButton"_s), Qt::LeftButton);

    // The user code, big, with its buttons, while Keyway polls.
    auto *code = find<QLabel>(dialog, u"flowUserCode"_s);
    QTRY_VERIFY_WITH_TIMEOUT(code->isVisible() && !code->text().isEmpty(), flowTimeoutMs);
    QVERIFY(dialog->isRunning());
    QVERIFY(find<QPushButton>(dialog, u"flowCopyCodeButton"_s)->isVisible());
    QVERIFY(find<QPushButton>(dialog, u"flowOpenVerificationButton"_s)->isVisible());
    QVERIFY(find<QPushButton>(dialog, u"flowCancelButton"_s)->isEnabled());
    QVERIFY(find<QLabel>(dialog, u"flowVerificationUrl"_s)->text().contains(m_op.issuer().host()));
    saveShot(dialog, u"authorize-device"_s);

    // Someone enters the code on "another device" and approves.
    QJsonObject approve{{u"user_code"_s, code->text()}, {u"approve"_s, true}, {u"account"_s, u"alice"_s}};
    const auto answer = keyway::test::callJson(*m_http, "POST", m_op.url(u"/__test/device"_s), approve);
    QVERIFY2(answer.status == 200, answer.body.constData());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), flowTimeoutMs);
    QCOMPARE(m_credentials->state(u"opOIDC"_s), CredentialManager::State::Authorized);

    // Each ID-token check, passed or not, with its detail.
    auto *checks = find<QTreeWidget>(dialog, u"resultIdTokenChecks"_s);
    QVERIFY(checks->isVisible());
    QVERIFY(checks->topLevelItemCount() >= 10);
    bool signature = false;
    for (int i = 0; i < checks->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = checks->topLevelItem(i);
        QVERIFY2(!item->text(0).startsWith(u"✗"_s), qPrintable(item->text(0) + u": "_s + item->text(1)));
        if (item->text(0) == u"✓  signature"_s)
            signature = true;
    }
    QVERIFY(signature);
    QVERIFY(find<QLabel>(dialog, u"resultIdTokenSummary"_s)->text().startsWith(u"ID token: verified"_s));
    QVERIFY(find<QPushButton>(dialog, u"resultInspectIdButton"_s)->isVisible());
    saveShot(dialog, u"authorize-device-success"_s);

    // The ID token in the inspector, its signature checked with the provider's keys.
    QTest::mouseClick(find<QPushButton>(dialog, u"resultInspectIdButton"_s), Qt::LeftButton);
    auto *inspector = m_window->findChild<keyway::ui::TokenInspector *>(u"tokenInspector"_s);
    QVERIFY(inspector && inspector->isJwt());
    QCOMPARE(inspector->claimText(u"sub"_s).value_or(QString()), u"alice"_s);
    QCOMPARE(inspector->claimText(u"aud"_s).value_or(QString()), u"keyway-device"_s);
    QTRY_VERIFY_WITH_TIMEOUT(inspector->signatureText().startsWith(u"Signature verified"_s), flowTimeoutMs);
    saveShot(inspector, u"token-inspector-id"_s);
}

void TestAuthorize::authorizationCodeOpensTheBrowser()
{
    AuthorizeDialog *dialog = openDialog(u"opOIDC"_s);
    QVERIFY(dialog);
    QUrl opened;
    dialog->setUrlOpener([&opened](const QUrl &url) {
        opened = url;
        return true;
    });
    keyway::ui::OAuthSchemeEditor *editor = dialog->oauthEditor();
    QTRY_VERIFY_WITH_TIMEOUT(m_credentials->discovery(u"opOIDC"_s) != nullptr, flowTimeoutMs);
    QCOMPARE(editor->flow(), keyway::openapi::OAuthFlow::Kind::AuthorizationCode);
    QTest::keyClicks(editor->clientIdEdit(), u"keyway-native"_s);
    QTest::mouseClick(find<QPushButton>(dialog, u"authorizeRunButton"_s), Qt::LeftButton);

    // The system browser is asked to open the authorization URL, which the dialog shows with a copy button.
    QTRY_VERIFY_WITH_TIMEOUT(opened.isValid(), flowTimeoutMs);
    QCOMPARE(opened.host(), m_op.issuer().host());
    const QUrlQuery query(opened);
    QCOMPARE(query.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
    QCOMPARE(query.queryItemValue(u"client_id"_s), u"keyway-native"_s);
    QVERIFY(QUrl(query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded)).host() == u"127.0.0.1"_s);
    auto *shownUrl = find<QLineEdit>(dialog, u"flowBrowserUrl"_s);
    QTRY_VERIFY(shownUrl->isVisible());
    QCOMPARE(QUrl(shownUrl->text()), opened);
    QVERIFY(find<QPushButton>(dialog, u"flowCopyUrlButton"_s)->isVisible());
    saveShot(dialog, u"authorize-browser"_s);

    // The "browser": follows the provider's redirects (it signs alice in by itself) back to Keyway's listener.
    QNetworkAccessManager browser;
    QNetworkRequest request(opened);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(20);
    request.setTransferTimeout(20000);
    std::unique_ptr<QNetworkReply> reply(browser.get(request));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), flowTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), flowTimeoutMs);
    QCOMPARE(m_credentials->state(u"opOIDC"_s), CredentialManager::State::Authorized);
    QVERIFY(find<QLabel>(dialog, u"resultTitle"_s)->text().contains(u"authorization code"_s));
    QVERIFY(find<QLabel>(dialog, u"resultIdTokenSummary"_s)->text().startsWith(u"ID token: verified"_s));
    QVERIFY(!find<QWidget>(dialog, u"flowBrowserPanel"_s)->isVisible());
}

void TestAuthorize::timelineGroupsFlows()
{
    keyway::net::Timeline timeline;
    keyway::ui::TimelineModel model(&timeline);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto exchange = [](const QString &flow, const QString &label, int status) {
        keyway::net::Exchange e;
        e.flowId = flow;
        e.label = label;
        e.method = "POST";
        e.url = QUrl(u"https://op.example/token?key=s3cr3t-value-abcdef"_s);
        e.status = status;
        e.startedAt = QDateTime::currentDateTimeUtc();
        e.secrets = {QByteArrayLiteral("s3cr3t-value-abcdef")};
        return e;
    };
    const quint64 first = timeline.append(exchange(u"flow-1"_s, u"Discovery"_s, 200));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowCount(model.index(0, 0)), 0); // one exchange: its own row
    QVERIFY(model.exchange(model.index(0, 0)));
    timeline.append(exchange(QString(), u"GET /items"_s, 401));
    timeline.append(exchange(u"flow-1"_s, u"Token request"_s, 400));
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex flow = model.index(0, 0);
    QVERIFY(model.data(flow, keyway::ui::TimelineModel::IsFlowRole).toBool());
    QCOMPARE(model.rowCount(flow), 2);
    QVERIFY(model.data(flow, keyway::ui::TimelineModel::IsFailureRole).toBool());
    QCOMPARE(model.index(1, 0, flow).siblingAtColumn(keyway::ui::TimelineModel::LabelColumn).data().toString(), u"Token request"_s);
    // Secrets in URLs are masked in the list too.
    const QString url = model.index(0, keyway::ui::TimelineModel::UrlColumn, flow).data().toString();
    QVERIFY(!url.contains(u"s3cr3t"_s));
    QVERIFY(url.contains(u"••••"_s));
    QCOMPARE(model.indexOfExchange(first), model.index(0, 0, flow));
    keyway::net::Exchange updated = *timeline.find(first);
    updated.status = 500;
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(timeline.update(updated));
    QVERIFY(changed.count() >= 1);
    timeline.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestAuthorize::apiKeyIsSavedMasked()
{
    AuthorizeDialog *dialog = openDialog(u"apiKey"_s);
    QVERIFY(dialog);
    auto *value = find<keyway::ui::SecretLineEdit>(dialog, u"staticValue"_s);
    QVERIFY(value && value->isVisible());
    QCOMPARE(value->echoMode(), QLineEdit::Password);
    QTest::keyClicks(value, u"my-api-key-123456"_s);
    auto *run = find<QPushButton>(dialog, u"authorizeRunButton"_s);
    QTest::mouseClick(run, Qt::LeftButton);
    QTRY_COMPARE(m_credentials->state(u"apiKey"_s), CredentialManager::State::Authorized);
    QCOMPARE(m_credentials->staticSecret(u"apiKey"_s).value, u"my-api-key-123456"_s);
    QTRY_VERIFY(find<QLabel>(dialog, u"resultNoteTitle"_s)->text().contains(u"Saved"_s));
    // Shown only when asked for.
    value->revealAction()->trigger();
    QCOMPARE(value->echoMode(), QLineEdit::Normal);
    value->revealAction()->trigger();
    QCOMPARE(value->echoMode(), QLineEdit::Password);
}

void TestAuthorize::profilesKeepTheirOwnCredentials()
{
    AuthorizeDialog *dialog = openDialog(u"opClient"_s);
    QVERIFY(dialog);
    runClientCredentials(dialog, clientSecret);
    QCOMPARE(m_credentials->state(u"opClient"_s), CredentialManager::State::Authorized);

    keyway::ui::ProfileSwitcher *switcher = m_window->profileSwitcher();
    QVERIFY(switcher);
    QCOMPARE(switcher->comboBox()->currentText(), u"default"_s);
    QVERIFY(switcher->switchTo(u"admin"_s, true));
    QCOMPARE(switcher->comboBox()->currentText(), u"admin"_s);
    QCOMPARE(switcher->comboBox()->count(), 2);
    QTRY_VERIFY(!m_credentials->isLoading());
    QVERIFY(m_credentials->tokens(u"opClient"_s).isEmpty());
    QVERIFY(m_credentials->state(u"opClient"_s) != CredentialManager::State::Authorized);
    QTRY_VERIFY(!find<QLabel>(dialog, u"authorizeSchemeState"_s)->text().startsWith(u"Authorized"_s));

    // Back: the tokens come back from the store.
    switcher->comboBox()->setCurrentIndex(switcher->comboBox()->findText(u"default"_s));
    Q_EMIT switcher->comboBox()->activated(switcher->comboBox()->currentIndex());
    QTRY_VERIFY_WITH_TIMEOUT(m_credentials->state(u"opClient"_s) == CredentialManager::State::Authorized, loadTimeoutMs);

    // Removing a profile deletes it (and its secrets).
    switcher->remove(u"admin"_s);
    QTRY_COMPARE(switcher->comboBox()->count(), 1);
    QVERIFY(!m_credentials->profiles().contains(u"admin"_s));
}

void TestAuthorize::pastedOpaqueTokenIsShownAsSuch()
{
    keyway::ui::TokenInspector *inspector = m_window->openTokenInspector();
    QVERIFY(inspector);
    auto *input = find<QPlainTextEdit>(inspector, u"tokenInput"_s);
    QVERIFY(input->isVisible());
    QTest::keyClicks(input, u"2YotnFZFEjr1zCsicMWpAA"_s);
    QVERIFY(!inspector->isJwt());
    QVERIFY(find<QLabel>(inspector, u"tokenOpaque"_s)->text().contains(u"Opaque"_s));
    QVERIFY(inspector->summaryText().startsWith(u"Opaque token"_s));

    // A JWT pasted: decoded, its times readable.
    input->clear();
    const QByteArray header
        = QByteArray("{\"alg\":\"RS256\",\"typ\":\"JWT\"}").toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const qint64 exp = QDateTime::currentSecsSinceEpoch() + 600;
    const QByteArray payload = QStringLiteral("{\"iss\":\"https://op.example\",\"sub\":\"alice\",\"aud\":\"api\",\"exp\":%1}")
                                   .arg(exp)
                                   .toUtf8()
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    input->setPlainText(QString::fromLatin1(header + '.' + payload + ".c2lnbmF0dXJl"));
    QVERIFY(inspector->isJwt());
    QCOMPARE(inspector->claimText(u"sub"_s).value_or(QString()), u"alice"_s);
    QVERIFY(inspector->summaryText().contains(u"expires in"_s));
}

void TestAuthorize::keychainIndicatorSaysMemoryOnly()
{
    auto *indicator = m_window->findChild<keyway::ui::KeychainIndicator *>(u"keychainIndicator"_s);
    QVERIFY(indicator);
    QVERIFY(indicator->isVisible());
    QVERIFY(indicator->isWarning());
    QVERIFY2(indicator->text().startsWith(u"Secrets in memory only"_s), qPrintable(indicator->text()));
    QVERIFY(!indicator->toolTip().isEmpty());
}

void TestAuthorize::inputsHaveAccessibleNames()
{
    AuthorizeDialog *dialog = openDialog(u"opClient"_s);
    QVERIFY(dialog);
    auto *advanced = find<QWidget>(dialog, u"oauthAdvancedToggle"_s);
    QTest::mouseClick(advanced, Qt::LeftButton);
    const auto hasName = [dialog](QWidget *w) {
        if (!w->accessibleName().isEmpty())
            return true;
        for (const QLabel *label : dialog->findChildren<QLabel *>()) {
            if (label->buddy() == w)
                return true;
        }
        return false;
    };
    QStringList missing;
    for (QWidget *w : dialog->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(dialog))
            continue;
        const bool input = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w)
            || (qobject_cast<QAbstractItemView *>(w) && !qobject_cast<QHeaderView *>(w)) || qobject_cast<QPlainTextEdit *>(w);
        if (input && !qobject_cast<QLineEdit *>(w->parentWidget()) && !qobject_cast<QComboBox *>(w->parentWidget()) && !hasName(w))
            missing.append(w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName());
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));

    // The keyboard goes through the form in reading order: client id, secret, public client, authentication.
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    auto *publicClient = find<QCheckBox>(dialog, u"oauthPublicClient"_s);
    publicClient->setChecked(false); // a confidential client: the secret field takes part
    auto *id = find<QLineEdit>(dialog, u"oauthClientId"_s);
    id->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), id);
    QTest::keyClick(id, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"oauthClientSecret"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"oauthPublicClient"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"oauthAuthMethod"_s);
}

QTEST_MAIN(TestAuthorize)
#include "tst_authorize.moc"
