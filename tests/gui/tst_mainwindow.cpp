// The main window driven as a person would: open documents, filter, select operations, read the
// security panel, survive a broken document and cancel a slow download. Runs offscreen.

#include "BundleViewer.h"
#include "MainWindow.h"
#include "MarkdownView.h"
#include "ProbePanel.h"
#include "TimelinePanel.h"
#include "auth/CredentialManager.h"
#include "net/HttpClient.h"
#include "net/Timeline.h"
#include "storage/CredentialStore.h"
#include "storage/MemorySecretStore.h"
#include "storage/Workspace.h"

#include <QAbstractItemModel>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDropEvent>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;
using keyway::ui::MainWindow;

namespace {

const QString showcasePath = QStringLiteral(KEYWAY_TEST_DATA "/gui/security-showcase.yaml");
constexpr int loadTimeoutMs = 20'000;

// Leaf rows of a two-level tree model.
int leafCount(const QAbstractItemModel *model)
{
    int count = 0;
    for (int g = 0; g < model->rowCount(); ++g)
        count += model->rowCount(model->index(g, 0));
    return count;
}

QStringList texts(const QList<QLabel *> &labels)
{
    QStringList result;
    for (const QLabel *label : labels)
        result.append(label->text());
    return result;
}

// Answers one HTTP request with a large Content-Length and then a few bytes at a time, forever.
class DribblingServer final : public QObject
{
public:
    DribblingServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    socket->readAll();
                    if (socket->property("answered").toBool())
                        return;
                    socket->setProperty("answered", true);
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5000000\r\n\r\n");
                    socket->write("{\"openapi\": \"3.0.3\", ");
                });
                m_sockets.append(socket);
            }
        });
        connect(&m_timer, &QTimer::timeout, this, [this] {
            for (QTcpSocket *socket : std::as_const(m_sockets)) {
                if (socket->property("answered").toBool() && socket->state() == QAbstractSocket::ConnectedState)
                    socket->write("          ");
            }
        });
        m_timer.start(50);
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1/openapi.json"_s.arg(m_server.serverPort())); }

private:
    QTcpServer m_server;
    QTimer m_timer;
    QList<QTcpSocket *> m_sockets;
};

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void opensDocumentAndListsOperations();
    void filterCountsOperations_data();
    void filterCountsOperations();
    void treeModelIsConsistent();
    void securityPanelShowsAlternatives();
    void securityPanelShowsSpecialCases();
    void schemeLinkJumpsToScheme();
    void usedByListSelectsOperation();
    void serverVariablesChangeTheUrl();
    void malformedDocumentShowsErrorAndKeepsPrevious();
    void cancelSlowDownloadKeepsUiUsable();
    void dropOpensDocument();
    void settingsAreSavedAndRestored();
    void bundleOpensInItsViewer();
    void longDescriptionIsCutUntilAsked();
    void probeAndExportAreWired();

private:
    bool openAndWait(const QUrl &url);
    template<typename T> T *find(const QString &name) const { return m_window->findChild<T *>(name); }
    QWidget *securityPanel() const { return find<QWidget>(u"securityPanel"_s); }
    QList<QFrame *> cards(const QString &name) const { return securityPanel()->findChildren<QFrame *>(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<keyway::net::Timeline> m_timeline;
    std::unique_ptr<keyway::net::HttpClient> m_http;
    std::unique_ptr<QSettings> m_workspaceSettings;
    std::unique_ptr<keyway::storage::Workspace> m_workspace;
    std::unique_ptr<keyway::storage::MemorySecretStore> m_secrets;
    std::unique_ptr<keyway::storage::CredentialStore> m_store;
    std::unique_ptr<keyway::auth::CredentialManager> m_credentials;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_timeline = std::make_unique<keyway::net::Timeline>();
    m_http = std::make_unique<keyway::net::HttpClient>();
    m_http->setTimeline(m_timeline.get());
    m_workspaceSettings = std::make_unique<QSettings>(m_dir->filePath(u"workspace.ini"_s), QSettings::IniFormat);
    m_workspace = std::make_unique<keyway::storage::Workspace>(m_workspaceSettings.get());
    m_secrets = std::make_unique<keyway::storage::MemorySecretStore>();
    m_store = std::make_unique<keyway::storage::CredentialStore>(m_secrets.get(), m_workspace.get());
    m_credentials = std::make_unique<keyway::auth::CredentialManager>(m_http.get(), m_store.get(), m_workspace.get());
    m_window = std::make_unique<MainWindow>(m_settings.get(), m_http.get(), m_timeline.get(), m_credentials.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(openAndWait(QUrl::fromLocalFile(showcasePath)));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_credentials.reset();
    m_store.reset();
    m_secrets.reset();
    m_workspace.reset();
    m_workspaceSettings.reset();
    m_http.reset();
    m_timeline.reset();
    m_settings.reset();
    m_dir.reset();
}

bool TestMainWindow::openAndWait(const QUrl &url)
{
    QSignalSpy loaded(m_window.get(), &MainWindow::documentLoaded);
    QSignalSpy failed(m_window.get(), &MainWindow::loadFailed);
    m_window->openUrl(url);
    if (!QTest::qWaitFor([&] { return loaded.count() > 0 || failed.count() > 0; }, loadTimeoutMs))
        return false;
    return loaded.count() == 1;
}

void TestMainWindow::opensDocumentAndListsOperations()
{
    QVERIFY(m_window->document());
    QCOMPARE(m_window->document()->title, u"Showcase API"_s);
    QCOMPARE(m_window->windowTitle(), u"Keyway — Showcase API"_s);

    auto *tree = find<QTreeView>(u"operationTree"_s);
    QVERIFY(tree);
    const QAbstractItemModel *model = tree->model();
    // Groups in document order: tags, then untagged, then webhooks.
    QStringList groups;
    for (int g = 0; g < model->rowCount(); ++g)
        groups.append(model->index(g, 0).data().toString());
    QCOMPARE(groups, (QStringList{u"pets"_s, u"admin"_s, u"Untagged"_s, u"Webhooks"_s}));
    // createPet is listed under both of its tags.
    QCOMPARE(model->rowCount(model->index(0, 0)), 3);
    QCOMPARE(model->rowCount(model->index(1, 0)), 2);
    QCOMPARE(leafCount(model), 7);
    QCOMPARE(model->index(0, 0, model->index(0, 0)).data().toString(), u"GET /pets"_s);

    auto *count = find<QLabel>(u"operationCount"_s);
    QVERIFY(count);
    QCOMPARE(count->text(), u"6 operations"_s);

    // The recent list remembers the file.
    QVERIFY(m_settings->value(u"recentDocuments"_s).toStringList().contains(QUrl::fromLocalFile(showcasePath).toString()));
}

void TestMainWindow::filterCountsOperations_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("count");
    QTest::addColumn<int>("rows");

    QTest::newRow("scheme name") << u"basic"_s << u"1 of 6 operations"_s << 2; // createPet under two tags
    QTest::newRow("bearer scheme, case-insensitive") << u"BEARER"_s << u"1 of 6 operations"_s << 1;
    QTest::newRow("method and path words") << u"delete pets"_s << u"1 of 6 operations"_s << 1;
    QTest::newRow("operationId") << u"listPets"_s << u"1 of 6 operations"_s << 1;
    QTest::newRow("summary") << u"health check"_s << u"1 of 6 operations"_s << 1;
    QTest::newRow("public keyword") << u"public"_s << u"1 of 6 operations"_s << 1;
    QTest::newRow("nothing") << u"no-such-thing"_s << u"0 of 6 operations"_s << 0;
}

void TestMainWindow::filterCountsOperations()
{
    QFETCH(QString, filter);
    QFETCH(QString, count);
    QFETCH(int, rows);

    auto *edit = find<QLineEdit>(u"operationFilter"_s);
    auto *label = find<QLabel>(u"operationCount"_s);
    auto *tree = find<QTreeView>(u"operationTree"_s);
    QVERIFY(edit && label && tree);

    // Ctrl+F focuses the filter box.
    m_window->activateWindow();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(edit->hasFocus());

    QTest::keyClicks(edit, filter);
    QTRY_COMPARE(label->text(), count);
    QCOMPARE(leafCount(tree->model()), rows);

    edit->clear();
    QTRY_COMPARE(label->text(), u"6 operations"_s);
    QCOMPARE(leafCount(tree->model()), 7);
}

void TestMainWindow::treeModelIsConsistent()
{
    // The proxy over the tree model, checked while it filters and while documents change.
    auto *tree = find<QTreeView>(u"operationTree"_s);
    QAbstractItemModelTester tester(tree->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *edit = find<QLineEdit>(u"operationFilter"_s);
    QTest::keyClicks(edit, u"pets"_s);
    QTRY_COMPARE(find<QLabel>(u"operationCount"_s)->text(), u"4 of 6 operations"_s);
    edit->clear();
    QTRY_COMPARE(find<QLabel>(u"operationCount"_s)->text(), u"6 operations"_s);
    QVERIFY(openAndWait(QUrl::fromLocalFile(showcasePath)));
    QCOMPARE(leafCount(tree->model()), 7);
}

void TestMainWindow::securityPanelShowsAlternatives()
{
    QVERIFY(m_window->selectOperation(u"createPet"_s));
    auto *tabs = find<QTabWidget>(u"detailTabs"_s);
    QCOMPARE(tabs->currentWidget()->objectName(), u"operationPage"_s);

    auto *origin = find<QLabel>(u"securityOrigin"_s);
    QVERIFY(origin->text().contains(u"overriding"_s));
    QVERIFY(find<QLabel>(u"securitySummary"_s)->text().contains(u"2 options"_s));

    const QList<QFrame *> options = cards(u"securityOption"_s);
    QCOMPARE(options.size(), 2);
    QCOMPARE(options.at(0)->property("optionIndex").toInt(), 1);
    QCOMPARE(options.at(0)->accessibleName(), u"Option 1 of 2: oauth (read:pets, write:pets) and api_key"_s);
    QCOMPARE(options.at(1)->accessibleName(), u"Option 2 of 2: basic"_s);

    const QStringList chips = texts(options.at(0)->findChildren<QLabel *>(u"scopeChip"_s));
    QCOMPARE(chips, (QStringList{u"read:pets"_s, u"write:pets"_s}));
    QCOMPARE(options.at(0)->findChildren<QLabel *>(u"securitySchemeName"_s).size(), 2);
    QVERIFY(texts(options.at(0)->findChildren<QLabel *>(u"securitySchemeKind"_s)).contains(u"API key · header X-API-Key"_s));
    QVERIFY(options.at(1)->findChildren<QLabel *>(u"scopeChip"_s).isEmpty());

    // The inherited requirement of listPets.
    QVERIFY(m_window->selectOperation(u"GET /pets"_s));
    QTRY_VERIFY(origin->text().startsWith(u"Inherited"_s));
    const QList<QFrame *> inherited = cards(u"securityOption"_s);
    QCOMPARE(inherited.size(), 2);
    QCOMPARE(inherited.at(0)->accessibleName(), u"Option 1 of 2: oauth (read:pets)"_s);
}

void TestMainWindow::securityPanelShowsSpecialCases()
{
    QVERIFY(m_window->selectOperation(u"health"_s));
    QCOMPARE(cards(u"securityPublic"_s).size(), 1);
    QVERIFY(cards(u"securityOption"_s).isEmpty());

    QVERIFY(m_window->selectOperation(u"getPet"_s));
    QCOMPARE(cards(u"securityAnonymous"_s).size(), 1);
    const QList<QFrame *> options = cards(u"securityOption"_s);
    QCOMPARE(options.size(), 1);
    QCOMPARE(options.at(0)->accessibleName(), u"Option 2 of 2: bearer"_s);

    QVERIFY(m_window->selectOperation(u"deletePet"_s));
    QCOMPARE(securityPanel()->findChildren<QLabel *>(u"securitySchemeUndefined"_s).size(), 1);

    QVERIFY(m_window->selectOperation(u"petAdopted"_s));
    QVERIFY(find<QWidget>(u"operationPage"_s)->isVisible());
}

void TestMainWindow::schemeLinkJumpsToScheme()
{
    QVERIFY(m_window->selectOperation(u"createPet"_s));
    QLabel *link = cards(u"securityOption"_s).at(0)->findChildren<QLabel *>(u"securitySchemeName"_s).at(0);
    QVERIFY(link->text().contains(u"oauth"_s));
    // What a click on the link does.
    const QString href = QRegularExpression(u"href=\"([^\"]+)\""_s).match(link->text()).captured(1);
    QVERIFY(!href.isEmpty());
    QMetaObject::invokeMethod(link, "linkActivated", Q_ARG(QString, href));

    auto *tabs = find<QTabWidget>(u"detailTabs"_s);
    QCOMPARE(tabs->currentWidget()->objectName(), u"schemesPage"_s);
    auto *list = find<QListWidget>(u"schemeList"_s);
    QCOMPARE(list->currentItem()->text(), u"oauth"_s);
    auto *details = find<QWidget>(u"schemeDetails"_s);
    const QString detailText = details->property("plainText").toString();
    QVERIFY2(detailText.contains(u"https://auth.showcase.test/token"_s), qPrintable(detailText));
    QVERIFY(detailText.contains(u"Change your pets"_s));
}

void TestMainWindow::usedByListSelectsOperation()
{
    QVERIFY(m_window->showScheme(u"basic"_s));
    auto *usedBy = find<QListWidget>(u"schemeUsedBy"_s);
    QCOMPARE(find<QLabel>(u"schemeUsedByLabel"_s)->text(), u"Used by 1 operation"_s);
    QCOMPARE(usedBy->count(), 1);
    QTRY_VERIFY(usedBy->isVisible());
    const QRect rect = usedBy->visualItemRect(usedBy->item(0));
    QTest::mouseClick(usedBy->viewport(), Qt::LeftButton, {}, rect.center());

    auto *tabs = find<QTabWidget>(u"detailTabs"_s);
    QTRY_COMPARE(tabs->currentWidget()->objectName(), u"operationPage"_s);
    QCOMPARE(find<QLabel>(u"operationPath"_s)->accessibleName(), u"/pets"_s);
    QCOMPARE(cards(u"securityOption"_s).size(), 2);
}

void TestMainWindow::serverVariablesChangeTheUrl()
{
    auto *combo = find<QComboBox>(u"serverChooser"_s);
    QVERIFY(combo);
    QCOMPARE(combo->currentText(), u"https://eu.showcase.test/v1"_s);
    auto *button = find<QWidget>(u"serverVariablesButton"_s);
    QVERIFY(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QComboBox *region = nullptr;
    QTRY_VERIFY((region = m_window->findChild<QComboBox *>(u"serverVariable_region"_s)) != nullptr);
    region->setCurrentText(u"us"_s);
    QTRY_COMPARE(combo->currentText(), u"https://us.showcase.test/v1"_s);
}

void TestMainWindow::malformedDocumentShowsErrorAndKeepsPrevious()
{
    const QString broken = m_dir->filePath(u"malformed.yaml"_s);
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("openapi: 3.0.3\ninfo:\n  title: Broken\n  version: '1'\npaths:\n  /pets: {get: [unclosed\n");
    file.close();

    QSignalSpy failed(m_window.get(), &MainWindow::loadFailed);
    m_window->openUrl(QUrl::fromLocalFile(broken));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, loadTimeoutMs);

    auto *panel = find<QWidget>(u"loadErrorPanel"_s);
    QVERIFY(panel->isVisible());
    const QString location = find<QLabel>(u"loadErrorLocation"_s)->text();
    QVERIFY2(QRegularExpression(u"malformed\\.yaml:\\d+:\\d+$"_s).match(location).hasMatch(), qPrintable(location));
    QVERIFY(!find<QLabel>(u"loadErrorMessage"_s)->text().isEmpty());
    auto *excerpt = find<QLabel>(u"loadErrorExcerpt"_s);
    QTRY_VERIFY2(excerpt->isVisible(), qPrintable(location + u" / "_s + find<QLabel>(u"loadErrorMessage"_s)->text()));
    QVERIFY2(excerpt->text().contains(u'^'), qPrintable(excerpt->text()));
    QVERIFY(find<QLabel>(u"loadErrorNote"_s)->isVisible());

    // Nothing was lost.
    QCOMPARE(m_window->document()->title, u"Showcase API"_s);
    QCOMPARE(find<QLabel>(u"operationCount"_s)->text(), u"6 operations"_s);
    QVERIFY(m_window->selectOperation(u"createPet"_s));
    QCOMPARE(cards(u"securityOption"_s).size(), 2);

    // Dismissing hides the panel; a good load clears it too.
    QTest::mouseClick(find<QPushButton>(u"loadErrorDismiss"_s), Qt::LeftButton);
    QVERIFY(!panel->isVisible());
}

void TestMainWindow::cancelSlowDownloadKeepsUiUsable()
{
    DribblingServer server;
    QVERIFY(server.listen());
    QSignalSpy cancelled(m_window.get(), &MainWindow::loadCancelled);
    m_window->openUrl(server.url());

    auto *cancel = find<QPushButton>(u"cancelLoadButton"_s);
    QTRY_VERIFY(cancel->isVisible());
    QVERIFY(m_window->isLoading());
    QTest::qWait(300); // some bytes arrive

    // The UI answers while the download runs.
    auto *edit = find<QLineEdit>(u"operationFilter"_s);
    QTest::keyClicks(edit, u"bearer"_s);
    QTRY_COMPARE(find<QLabel>(u"operationCount"_s)->text(), u"1 of 6 operations"_s);

    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE(cancelled.count(), 1);
    QVERIFY(!m_window->isLoading());
    QVERIFY(!cancel->isVisible());
    QVERIFY(!find<QWidget>(u"loadErrorPanel"_s)->isVisible());
    QCOMPARE(m_window->document()->title, u"Showcase API"_s);

    edit->clear();
    QTRY_COMPARE(find<QLabel>(u"operationCount"_s)->text(), u"6 operations"_s);
    QVERIFY(m_window->selectOperation(u"getPet"_s));
    QCOMPARE(cards(u"securityAnonymous"_s).size(), 1);
}

void TestMainWindow::dropOpensDocument()
{
    const QString second = m_dir->filePath(u"second.yaml"_s);
    QFile file(second);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("openapi: 3.0.3\ninfo:\n  title: Dropped\n  version: '1'\npaths:\n  /a:\n    get:\n      responses:\n"
               "        '200': {description: ok}\n");
    file.close();

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(second)});
    QSignalSpy loaded(m_window.get(), &MainWindow::documentLoaded);
    const QPointF pos(m_window->width() / 2.0, m_window->height() / 2.0);
    QDragEnterEvent enter(pos.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, {});
    QCoreApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(pos, Qt::CopyAction, &mime, Qt::LeftButton, {});
    QCoreApplication::sendEvent(m_window.get(), &drop);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, loadTimeoutMs);
    QCOMPARE(m_window->document()->title, u"Dropped"_s);
    QCOMPARE(find<QLabel>(u"operationCount"_s)->text(), u"1 operation"_s);
    QCOMPARE(find<QWidget>(u"schemesEmpty"_s)->property("text").toString(), u"This document declares no security schemes."_s);
}

void TestMainWindow::settingsAreSavedAndRestored()
{
    m_window->resize(1000, 700);
    m_window->close();
    QVERIFY(!m_settings->value(u"mainWindow/geometry"_s).toByteArray().isEmpty());
    QVERIFY(!m_settings->value(u"mainWindow/splitter"_s).toByteArray().isEmpty());

    MainWindow again(m_settings.get(), m_http.get(), m_timeline.get(), m_credentials.get());
    QCOMPARE(again.size(), QSize(1000, 700));
}

void TestMainWindow::bundleOpensInItsViewer()
{
    // A reproduction bundle given like a document (File > Open, a drop, an argument) opens read-only in its viewer;
    // the document stays.
    QVERIFY(openAndWait(QUrl::fromLocalFile(QStringLiteral(KEYWAY_TEST_DATA "/specs/oai-v3.0-petstore.yaml"))));
    const auto before = m_window->document();
    m_window->openUrl(QUrl::fromLocalFile(QStringLiteral(KEYWAY_TEST_DATA "/recorder/sample.keyway-bundle")));
    auto *viewer = m_window->findChild<keyway::ui::BundleViewer *>();
    QVERIFY(viewer);
    QVERIFY(viewer->isVisible());
    QCOMPARE(m_window->document(), before);
    // A file that is not a bundle is refused with a message, not opened.
    QTemporaryFile bad(m_dir->filePath(u"XXXXXX.har"_s));
    QVERIFY(bad.open());
    bad.write("{ not a har");
    bad.close();
    QTimer::singleShot(0, this, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->accept();
    });
    QVERIFY(!m_window->openBundle(bad.fileName()));
}

void TestMainWindow::probeAndExportAreWired()
{
    QVERIFY(openAndWait(QUrl::fromLocalFile(QStringLiteral(KEYWAY_TEST_DATA "/specs/oai-v3.0-petstore.yaml"))));
    auto *probeAction = find<QAction>(u"probeAction"_s);
    QVERIFY(probeAction);
    probeAction->trigger();
    auto *probe = m_window->probePanel();
    QVERIFY(probe && probe->isVisible());
    QVERIFY(find<QAction>(u"exportTimelineAction"_s));
    QVERIFY(m_window->timelinePanel()->view()->contextMenuPolicy() == Qt::CustomContextMenu);
}

void TestMainWindow::longDescriptionIsCutUntilAsked()
{
    // Laying out a very long description would make selecting its operation slow: it is shown cut, with a link to
    // the rest.
    QString description;
    for (int i = 0; i < 300; ++i)
        description += u"Paragraph %1 explains one more thing about this operation.\n\n"_s.arg(i);
    QString yaml = u"openapi: 3.0.3\ninfo: {title: Long, version: '1'}\npaths:\n  /long:\n    get:\n      operationId: longOp\n"
                   "      description: |\n"_s;
    for (const QString &line : description.split(u'\n'))
        yaml += u"        "_s + line + u'\n';
    yaml += u"      responses: {'200': {description: ok}}\n"_s;
    const QString path = m_dir->filePath(u"long.yaml"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(yaml.toUtf8());
    file.close();
    QVERIFY(openAndWait(QUrl::fromLocalFile(path)));
    QVERIFY(m_window->selectOperation(u"longOp"_s));
    auto *view = find<keyway::ui::MarkdownView>(u"operationDescription"_s);
    QVERIFY(view);
    QVERIFY(view->toPlainText().contains(u"Paragraph 0 "_s));
    QVERIFY(!view->toPlainText().contains(u"Paragraph 299"_s));
    QVERIFY(view->toPlainText().contains(u"Show the whole description"_s));
    Q_EMIT view->internalLinkActivated(QUrl(u"keyway:description-full"_s));
    QVERIFY(view->toPlainText().contains(u"Paragraph 299"_s));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
