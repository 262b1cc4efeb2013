#include "MainWindow.h"

#include "Appearance.h"
#include "AuthAppearance.h"
#include "AuthorizeDialog.h"
#include "BundleViewer.h"
#include "CertificateTrustDialog.h"
#include "HelpWindow.h"
#include "KeychainIndicator.h"
#include "LoadErrorPanel.h"
#include "LoadStatusWidget.h"
#include "OperationPage.h"
#include "OperationsPanel.h"
#include "OverviewPage.h"
#include "PreferencesDialog.h"
#include "ProbePanel.h"
#include "ProfileSwitcher.h"
#include "RecentDocuments.h"
#include "RecorderExportDialog.h"
#include "RequestEditor.h"
#include "RequestPanel.h"
#include "Resources.h"
#include "SchemesPage.h"
#include "SecurityPanel.h"
#include "ServerChooser.h"
#include "ShortcutsDialog.h"
#include "TimelinePanel.h"
#include "TokenInspector.h"
#include "Translations.h"
#include "auth/CredentialManager.h"
#include "probe/ManagerScopedTokens.h"
#include "recorder/BundleReader.h"
#include "recorder/WorkspaceSnapshot.h"
#include "request/ManagerCredentialSource.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScopedValueRollback>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace keyway::ui {

namespace {
const QString geometryKey = u"mainWindow/geometry"_s;
const QString stateKey = u"mainWindow/state"_s;
const QString splitterKey = u"mainWindow/splitter"_s;
const QString lastDirectoryKey = u"mainWindow/lastDirectory"_s;
const QString autosaveDocumentKey = u"autosave/document"_s;
const QString autosaveRequestKey = u"autosave/request"_s;
const QString autosaveOperationKey = u"autosave/operation"_s;
constexpr int kDefaultAutosaveMs = 3000;
constexpr int stateVersion = 1;
} // namespace

MainWindow::MainWindow(QSettings *settings, net::HttpClient *http, net::Timeline *timeline, auth::CredentialManager *credentials,
                       QWidget *parent)
    : QMainWindow(parent),
      m_settings(settings),
      m_http(http),
      m_timeline(timeline),
      m_credentials(credentials),
      m_loader(new openapi::DocumentLoader(http, this)),
      m_recent(new RecentDocuments(settings, this))
{
    initResources();
    setObjectName(u"mainWindow"_s);
    setWindowIcon(appearance::icon(appearance::IconId::App));
    setAcceptDrops(true);
    setUnifiedTitleAndToolBarOnMac(true);

    createPanels();
    createDocks();
    createActions();
    createMenus();
    createToolBar();

    connect(m_loader, &openapi::DocumentLoader::finished, this, &MainWindow::onLoaded);
    connect(m_loader, &openapi::DocumentLoader::failed, this, &MainWindow::onFailed);
    connect(m_loader, &openapi::DocumentLoader::cancelled, this, &MainWindow::onCancelled);
    connect(m_loader, &openapi::DocumentLoader::stageChanged, m_loadStatus, &LoadStatusWidget::setStage);
    connect(m_loader, &openapi::DocumentLoader::progress, m_loadStatus, &LoadStatusWidget::setProgress);
    connect(m_recent, &RecentDocuments::changed, this, &MainWindow::updateRecentMenu);

    restoreSettings();
    m_autosaveTimer = new QTimer(this);
    m_autosaveTimer->setObjectName(u"autosaveTimer"_s);
    bool intervalOk = false;
    const int interval = qEnvironmentVariableIntValue("KEYWAY_AUTOSAVE_MS", &intervalOk);
    m_autosaveTimer->setInterval(intervalOk && interval > 0 ? interval : kDefaultAutosaveMs);
    connect(m_autosaveTimer, &QTimer::timeout, this, &MainWindow::autosaveNow);
    m_autosaveTimer->start();
    setDocument(nullptr);
    updateRecentMenu();
}

MainWindow::~MainWindow()
{
    // The dialogs first, while the panels and the status bar they report to still exist.
    delete m_authorizeDialog;
    delete m_tokenInspector;
}

void MainWindow::createPanels()
{
    m_operations = new OperationsPanel(this);
    m_overview = new OverviewPage(this);
    m_schemes = new SchemesPage(this);
    m_operationPage = new OperationPage(this);
    m_requestPanel = new RequestPanel(m_http, m_timeline, m_credentials, m_settings, this);
    m_serverChooser = new ServerChooser(this);
    if (m_credentials) {
        m_profileSwitcher = new ProfileSwitcher(m_credentials, this);
        connect(m_profileSwitcher, &ProfileSwitcher::message, this, [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    }

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"detailTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_overview, tr("Overview"));
    m_tabs->addTab(m_schemes, tr("Security Schemes"));
    m_tabs->addTab(m_operationPage, tr("Operation"));
    m_tabs->addTab(m_requestPanel, tr("Request"));

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(m_operations);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 35);
    m_splitter->setStretchFactor(1, 65);
    m_splitter->setChildrenCollapsible(false);
    m_operations->setMinimumWidth(260);

    m_errorPanel = new LoadErrorPanel(this);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_errorPanel);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_loadStatus = new LoadStatusWidget(this);
    m_documentSummary = new QLabel(this);
    m_documentSummary->setObjectName(u"documentSummary"_s);
    statusBar()->setObjectName(u"statusBar"_s);
    statusBar()->addPermanentWidget(m_loadStatus);
    statusBar()->addPermanentWidget(m_documentSummary);
    if (m_credentials) {
        m_keychainIndicator = new KeychainIndicator(m_credentials, this);
        statusBar()->addPermanentWidget(m_keychainIndicator);
    }

    connect(m_operations, &OperationsPanel::currentOperationChanged, this, [this](const OperationRef &ref) {
        m_operationPage->showOperation(ref);
        m_requestPanel->setOperation(ref);
        updateActions();
    });
    connect(m_operations, &OperationsPanel::operationActivated, this, [this](const OperationRef &ref) {
        m_operationPage->showOperation(ref);
        m_requestPanel->setOperation(ref);
        if (m_tabs->currentWidget() != m_requestPanel)
            showPage(Page::Operation);
    });
    connect(m_operationPage, &OperationPage::tryRequested, this, [this] { showPage(Page::Request); });
    connect(m_requestPanel, &RequestPanel::authorizeRequested, this, [this](const QString &scheme) { openAuthorize(scheme); });
    connect(m_requestPanel, &RequestPanel::message, this, [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    connect(m_requestPanel, &RequestPanel::busyChanged, this, &MainWindow::updateActions);
    connect(m_requestPanel, &RequestPanel::finished, this, [this] {
        const auto &outcome = m_requestPanel->lastOutcome();
        if (outcome && outcome->tlsRefusal && offerCertificateTrust(*outcome->tlsRefusal))
            m_requestPanel->send(); // again, now that the user trusts the certificate for this host
    });
    connect(m_requestPanel, &RequestPanel::showInTimelineRequested, this, [this](quint64 id) {
        setTimelineVisible(true);
        m_timelinePanel->selectExchange(id);
    });
    connect(m_operationPage, &OperationPage::schemeActivated, this, &MainWindow::showScheme);
    connect(m_overview, &OverviewPage::schemeActivated, this, &MainWindow::showScheme);
    connect(m_schemes, &SchemesPage::operationActivated, this, [this](const OperationRef &ref) {
        m_operations->selectOperation(ref);
        m_operationPage->showOperation(ref);
        showPage(Page::Operation);
    });
    connect(m_serverChooser, &ServerChooser::serverChanged, this, [this] {
        m_schemes->setServer(m_serverChooser->effectiveServer());
        m_requestPanel->setServer(m_serverChooser->currentIndex(), m_serverChooser->values());
        // Relative token and discovery URLs resolve against the chosen server.
        if (m_credentials && m_document && !m_settingDocument && m_serverChooser->currentIndex() >= 0
            && m_serverChooser->currentIndex() < m_document->servers.size())
            m_credentials->setServer(&m_document->servers.at(m_serverChooser->currentIndex()), m_serverChooser->values());
    });
    connect(m_schemes, &SchemesPage::authorizeRequested, this, [this](const QString &scheme) { openAuthorize(scheme); });
    connect(m_operationPage->securityPanel(), &SecurityPanel::authorizeRequested, this,
            [this](const QString &scheme) { openAuthorize(scheme); });
    connect(m_loadStatus, &LoadStatusWidget::cancelRequested, this, &MainWindow::cancelLoading);
    connect(m_errorPanel, &LoadErrorPanel::retryRequested, this, [this] {
        if (m_loadingUrl.isValid())
            openUrl(m_loadingUrl);
    });
}

void MainWindow::createDocks()
{
    m_timelinePanel = new TimelinePanel(m_timeline, this);
    m_timelineDock = new QDockWidget(tr("Timeline"), this);
    m_timelineDock->setObjectName(u"timelineDock"_s);
    m_timelineDock->setWidget(m_timelinePanel);
    m_timelineDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea | Qt::RightDockWidgetArea);
    m_timelineDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::BottomDockWidgetArea, m_timelineDock);
    m_timelineDock->setVisible(false);

    // The enforcement probe: next to the timeline, whose exchanges its cells point at.
    if (m_credentials) {
        m_probeCredentials = std::make_unique<request::ManagerCredentialSource>(m_credentials);
        m_probeScopes = new probe::ManagerScopedTokens(m_credentials, this);
    }
    m_probePanel = new ProbePanel(m_document, m_http, m_probeCredentials.get(), m_probeScopes, this);
    m_probeDock = new QDockWidget(tr("Enforcement Probe"), this);
    m_probeDock->setObjectName(u"probeDock"_s);
    m_probeDock->setWidget(m_probePanel);
    m_probeDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_probeDock);
    tabifyDockWidget(m_timelineDock, m_probeDock);
    m_probeDock->setVisible(false);
    // The matrix needs room: the dock takes half the window when it opens small.
    connect(m_probeDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible)
            return;
        QTimer::singleShot(0, this, [this] {
            if (!m_probeDock->isFloating() && m_probeDock->height() < height() / 2)
                resizeDocks({m_probeDock}, {height() * 3 / 5}, Qt::Vertical);
        });
    });
    connect(m_timelinePanel, &TimelinePanel::exportRequested, this, &MainWindow::exportTimeline);
    connect(m_probePanel, &ProbePanel::exchangeActivated, this, [this](quint64 id) {
        setTimelineVisible(true);
        m_timelineDock->raise();
        m_timelinePanel->selectExchange(id);
    });
}

void MainWindow::createActions()
{
    m_openAction = new QAction(appearance::icon(appearance::IconId::Open), tr("&Open…"), this);
    m_openAction->setObjectName(u"openAction"_s);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setToolTip(tr("Open an OpenAPI or Swagger document from a file (Ctrl+O)"));
    m_openAction->setIconText(tr("Open"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseFile);

    m_openUrlAction = new QAction(appearance::icon(appearance::IconId::OpenUrl), tr("Open &URL…"), this);
    m_openUrlAction->setObjectName(u"openUrlAction"_s);
    m_openUrlAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_openUrlAction->setToolTip(tr("Open a document from an http(s) address (Ctrl+L)"));
    m_openUrlAction->setIconText(tr("Open URL"));
    connect(m_openUrlAction, &QAction::triggered, this, &MainWindow::chooseUrl);

    m_reloadAction = new QAction(appearance::icon(appearance::IconId::Reload), tr("&Reload"), this);
    m_reloadAction->setObjectName(u"reloadAction"_s);
    m_reloadAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_reloadAction->setToolTip(tr("Load the document again from its source (F5)"));
    connect(m_reloadAction, &QAction::triggered, this, &MainWindow::reload);

    m_cancelAction = new QAction(tr("&Stop Loading"), this);
    m_cancelAction->setObjectName(u"cancelLoadAction"_s);
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_cancelAction, &QAction::triggered, this, [this] {
        // Esc stops what is running: a load first, else a request in flight.
        if (isLoading())
            cancelLoading();
        else
            m_requestPanel->cancel();
    });

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_filterAction = new QAction(tr("&Filter Operations"), this);
    m_filterAction->setShortcut(QKeySequence::Find);
    connect(m_filterAction, &QAction::triggered, this, [this] {
        m_toolBar->setVisible(true); // the filter lives in the tool bar
        m_operations->focusFilter();
    });
    addAction(m_filterAction);

    m_showOperationsAction = new QAction(tr("&Operations Panel"), this);
    m_showOperationsAction->setCheckable(true);
    m_showOperationsAction->setChecked(true);
    connect(m_showOperationsAction, &QAction::toggled, m_operations, &QWidget::setVisible);

    m_overviewAction = new QAction(tr("O&verview"), this);
    m_overviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(m_overviewAction, &QAction::triggered, this, [this] { showPage(Page::Overview); });
    m_schemesAction = new QAction(tr("&Security Schemes"), this);
    m_schemesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(m_schemesAction, &QAction::triggered, this, [this] { showPage(Page::Schemes); });
    m_authorizeAction = new QAction(AuthLook::icon(AuthLook::Icon::Authorize), tr("&Authorize…"), this);
    m_authorizeAction->setObjectName(u"authorizeAction"_s);
    m_authorizeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_authorizeAction->setToolTip(tr("Configure credentials and sign in for the document’s security schemes (Ctrl+Shift+A)"));
    m_authorizeAction->setIconText(tr("Authorize"));
    connect(m_authorizeAction, &QAction::triggered, this, [this] { openAuthorize(); });

    m_tokenInspectorAction = new QAction(AuthLook::icon(AuthLook::Icon::Token), tr("&Token Inspector…"), this);
    m_tokenInspectorAction->setObjectName(u"tokenInspectorAction"_s);
    m_tokenInspectorAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    m_tokenInspectorAction->setToolTip(tr("Decode a JWT: header, claims, times, signature (Ctrl+Shift+J)"));
    connect(m_tokenInspectorAction, &QAction::triggered, this, [this] { openTokenInspector(); });

    m_requestAction = new QAction(tr("&Request"), this);
    m_requestAction->setObjectName(u"requestPageAction"_s);
    m_requestAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    connect(m_requestAction, &QAction::triggered, this, [this] { showPage(Page::Request); });

    m_sendAction = new QAction(tr("&Send Request"), this);
    m_sendAction->setObjectName(u"sendAction"_s);
    m_sendAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_sendAction->setToolTip(tr("Send the selected operation's request (Ctrl+Return)"));
    connect(m_sendAction, &QAction::triggered, this, [this] {
        showPage(Page::Request);
        m_requestPanel->send();
    });
    m_cancelRequestAction = new QAction(tr("Ca&ncel Request"), this);
    m_cancelRequestAction->setObjectName(u"cancelRequestAction"_s);
    connect(m_cancelRequestAction, &QAction::triggered, m_requestPanel, &RequestPanel::cancel);
    m_copyCurlAction = new QAction(tr("Copy as &curl"), this);
    m_copyCurlAction->setObjectName(u"copyCurlAction"_s);
    m_copyCurlAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyCurlAction->setToolTip(tr("Copy the request as a curl command, secrets masked (Ctrl+Shift+C)"));
    connect(m_copyCurlAction, &QAction::triggered, this, [this] { m_requestPanel->copyAsCurl(false); });
    m_copyCurlSecretsAction = new QAction(tr("Copy as curl &with Secrets"), this);
    m_copyCurlSecretsAction->setObjectName(u"copyCurlSecretsAction"_s);
    connect(m_copyCurlSecretsAction, &QAction::triggered, this, [this] { m_requestPanel->copyAsCurl(true); });
    m_nextOperationAction = new QAction(tr("&Next Operation"), this);
    m_nextOperationAction->setObjectName(u"nextOperationAction"_s);
    m_nextOperationAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    connect(m_nextOperationAction, &QAction::triggered, this, [this] { stepOperation(1); });
    m_previousOperationAction = new QAction(tr("&Previous Operation"), this);
    m_previousOperationAction->setObjectName(u"previousOperationAction"_s);
    m_previousOperationAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    connect(m_previousOperationAction, &QAction::triggered, this, [this] { stepOperation(-1); });

    m_userGuideAction = new QAction(tr("&User Guide"), this);
    m_userGuideAction->setObjectName(u"userGuideAction"_s);
    m_userGuideAction->setShortcut(QKeySequence::HelpContents); // F1
    connect(m_userGuideAction, &QAction::triggered, this, [this] { openHelp(); });
    m_shortcutsAction = new QAction(tr("&Keyboard Shortcuts"), this);
    m_shortcutsAction->setObjectName(u"shortcutsAction"_s);
    connect(m_shortcutsAction, &QAction::triggered, this, [this] {
        auto *dialog = new ShortcutsDialog(this, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });

    m_operationAction = new QAction(tr("Op&eration"), this);
    m_operationAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    connect(m_operationAction, &QAction::triggered, this, [this] { showPage(Page::Operation); });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openAction);
    file->addAction(m_openUrlAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(u"recentMenu"_s);
    file->addAction(m_reloadAction);
    QAction *exportAction = file->addAction(tr("&Export Timeline…"));
    exportAction->setObjectName(u"exportTimelineAction"_s);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    exportAction->setToolTip(tr("Save exchanges of the timeline as a HAR file or a reproduction bundle, secrets replaced"));
    connect(exportAction, &QAction::triggered, this,
            [this] { exportTimeline(m_timelinePanel->currentFlow(), m_timelinePanel->selectedExchanges()); });
    file->addAction(m_cancelAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(u"editMenu"_s);
    QAction *preferencesAction = edit->addAction(tr("&Preferences…"));
    preferencesAction->setObjectName(u"preferencesAction"_s);
    preferencesAction->setMenuRole(QAction::PreferencesRole);
    preferencesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    connect(preferencesAction, &QAction::triggered, this, &MainWindow::openPreferences);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_filterAction);
    view->addSeparator();
    view->addAction(m_overviewAction);
    view->addAction(m_schemesAction);
    view->addAction(m_operationAction);
    view->addAction(m_requestAction);
    view->addSeparator();
    view->addAction(m_nextOperationAction);
    view->addAction(m_previousOperationAction);
    view->addSeparator();
    view->addAction(m_showOperationsAction);
    QAction *timelineAction = m_timelineDock->toggleViewAction();
    timelineAction->setObjectName(u"timelineAction"_s);
    timelineAction->setText(tr("T&imeline"));
    timelineAction->setIcon(AuthLook::icon(AuthLook::Icon::Timeline));
    timelineAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    timelineAction->setToolTip(tr("Every HTTP exchange of this session (Ctrl+Shift+T)"));
    view->addAction(timelineAction);
    QAction *probeAction = m_probeDock->toggleViewAction();
    probeAction->setObjectName(u"probeAction"_s);
    probeAction->setText(tr("Enforcement &Probe"));
    probeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    probeAction->setToolTip(tr("Check that the API refuses what its document says it should (Ctrl+Shift+P)"));
    view->addAction(probeAction);
    // The tool bar's own toggle is added in createToolBar().
    QAction *statusBarAction = view->addAction(tr("Status &Bar"));
    statusBarAction->setCheckable(true);
    statusBarAction->setChecked(true);
    connect(statusBarAction, &QAction::toggled, statusBar(), &QWidget::setVisible);

    QMenu *requestMenu = menuBar()->addMenu(tr("&Request"));
    requestMenu->setObjectName(u"requestMenu"_s);
    requestMenu->addAction(m_sendAction);
    requestMenu->addAction(m_cancelRequestAction);
    requestMenu->addSeparator();
    requestMenu->addAction(m_copyCurlAction);
    requestMenu->addAction(m_copyCurlSecretsAction);

    QMenu *credentials = menuBar()->addMenu(tr("&Credentials"));
    credentials->setObjectName(u"credentialsMenu"_s);
    credentials->addAction(m_authorizeAction);
    credentials->addAction(m_tokenInspectorAction);
    if (m_profileSwitcher) {
        credentials->addSeparator();
        const QList<QAction *> profileActions = m_profileSwitcher->menuButton()->menu()->actions();
        for (QAction *action : profileActions)
            credentials->addAction(action);
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_userGuideAction);
    help->addAction(m_shortcutsAction);
    help->addSeparator();
    QAction *aboutAction = help->addAction(tr("&About Keyway"), this, &MainWindow::about);
    aboutAction->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(tr("Main Tool Bar"));
    m_toolBar->setObjectName(u"mainToolBar"_s);
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(18, 18));
    m_toolBar->addAction(m_openAction);
    m_toolBar->addAction(m_openUrlAction);
    m_toolBar->addAction(m_reloadAction);
    m_toolBar->addSeparator();
    m_toolBar->addWidget(m_serverChooser);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_authorizeAction);
    if (m_profileSwitcher)
        m_toolBar->addWidget(m_profileSwitcher);

    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);

    QLineEdit *filter = m_operations->filterEdit();
    filter->setParent(m_toolBar);
    filter->setMinimumWidth(220);
    filter->setMaximumWidth(320);
    filter->setAcceptDrops(false);
    m_toolBar->addWidget(filter);

    QAction *toggle = m_toolBar->toggleViewAction();
    toggle->setText(tr("&Tool Bar"));
    const QList<QAction *> menus = menuBar()->actions();
    if (menus.size() > 1) {
        QMenu *view = menus.at(1)->menu();
        view->insertAction(view->actions().last(), toggle);
    }
}

void MainWindow::restoreSettings()
{
    const QByteArray geometry = m_settings->value(geometryKey).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1280, 800);
    restoreState(m_settings->value(stateKey).toByteArray(), stateVersion);
    const QByteArray splitter = m_settings->value(splitterKey).toByteArray();
    if (splitter.isEmpty() || !m_splitter->restoreState(splitter)) {
        const int total = qMax(width(), 800);
        m_splitter->setSizes({total * 35 / 100, total * 65 / 100});
    }
}

void MainWindow::saveSettings()
{
    m_settings->setValue(geometryKey, saveGeometry());
    m_settings->setValue(stateKey, saveState(stateVersion));
    m_settings->setValue(splitterKey, m_splitter->saveState());
    m_settings->sync();
}

void MainWindow::openPreferences()
{
    PreferencesDialog dialog(m_settings, m_trustStore, Translations().availableLanguages(), this);
    connect(&dialog, &PreferencesDialog::preferencesSaved, this, [this](const Preferences &preferences) {
        if (m_http)
            preferences.applyTo(*m_http);
        if (m_credentials)
            m_credentials->setClockSkewSeconds(preferences.clockSkewSeconds);
    });
    dialog.exec();
}

bool MainWindow::offerCertificateTrust(const net::HttpResult &refusal)
{
    if (!m_trustStore || !refusal.certificateUntrusted())
        return false;
    CertificateTrustDialog dialog(refusal, m_trustStore, this);
    return dialog.exec() == QDialog::Accepted;
}

BundleViewer *MainWindow::openBundle(const QString &path)
{
    auto *viewer = new BundleViewer(this);
    viewer->setWindowFlag(Qt::Window);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    if (const Result<bool> opened = viewer->openFile(path); !opened) {
        QMessageBox::warning(this, tr("Cannot Open the Bundle"), opened.error().message);
        delete viewer;
        return nullptr;
    }
    m_recent->add(QUrl::fromLocalFile(path));
    viewer->show();
    return viewer;
}

void MainWindow::exportTimeline(const QString &flowId, const QList<quint64> &exchangeIds)
{
    if (!m_timeline)
        return;
    RecorderExportDialog dialog(m_timeline, this);
    dialog.setFlow(flowId);
    dialog.setSelection(exchangeIds);
    if (m_credentials && m_credentials->api().isValid())
        dialog.setWorkspace(recorder::WorkspaceSnapshot::capture(*m_credentials->workspace(), m_credentials->api().id));
    dialog.exec();
}

void MainWindow::setProbeVisible(bool visible)
{
    m_probeDock->setVisible(visible);
    if (visible)
        m_probeDock->raise();
}

HelpWindow *MainWindow::openHelp(const QString &page)
{
    if (!m_helpWindow)
        m_helpWindow = new HelpWindow(this); // a window of its own, deleted with the main window
    if (!page.isEmpty())
        m_helpWindow->showPage(page);
    m_helpWindow->show();
    m_helpWindow->raise();
    m_helpWindow->activateWindow();
    return m_helpWindow;
}

QUrl MainWindow::autosavedDocument() const
{
    return QUrl(m_settings->value(autosaveDocumentKey).toString());
}

void MainWindow::autosaveNow()
{
    if (!m_requestPanel->isDirty() || !m_document || !m_document->sourceUrl.isValid())
        return;
    const QJsonObject state = m_requestPanel->autosaveState();
    if (state.isEmpty())
        return;
    m_settings->setValue(autosaveDocumentKey, m_document->sourceUrl.toString());
    m_settings->setValue(autosaveOperationKey, state.value(u"operation"_s).toString());
    m_settings->setValue(autosaveRequestKey, QString::fromUtf8(QJsonDocument(state).toJson(QJsonDocument::Compact)));
    m_settings->sync();
    m_requestPanel->markSaved();
}

void MainWindow::restoreAutosave()
{
    // Once per run, for the first document that loads: the one the autosave belongs to, if it is that one.
    if (m_autosaveChecked || !m_document)
        return;
    m_autosaveChecked = true;
    const QUrl saved = autosavedDocument();
    if (!saved.isValid() || saved != m_document->sourceUrl)
        return;
    const QJsonObject state = QJsonDocument::fromJson(m_settings->value(autosaveRequestKey).toString().toUtf8()).object();
    const QString operation = m_settings->value(autosaveOperationKey).toString();
    if (state.isEmpty() || operation.isEmpty() || !m_operations->selectOperation(operation))
        return;
    m_operationPage->showOperation(m_operations->currentOperation());
    m_requestPanel->restoreAutosave(state);
    m_requestPanel->setOperation(m_operations->currentOperation());
    showPage(Page::Request);
    statusBar()->showMessage(tr("Keyway did not close normally last time: the request you were editing (%1) is back. "
                                "Values that looked secret were not kept.")
                                 .arg(operation),
                             15000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    cancelLoading();
    // A normal close: nothing to restore next time.
    m_settings->remove(u"autosave"_s);
    saveSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (mime->hasUrls() || mime->hasText())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (mime->hasUrls() && !mime->urls().isEmpty()) {
        event->acceptProposedAction();
        openUrl(mime->urls().constFirst());
    } else if (mime->hasText() && !mime->text().trimmed().isEmpty()) {
        event->acceptProposedAction();
        openInput(mime->text().trimmed().section(u'\n', 0, 0));
    }
}

void MainWindow::openInput(const QString &pathOrUrl)
{
    const QString input = pathOrUrl.trimmed();
    if (input.isEmpty())
        return;
    if (input.startsWith(u":/"_s)) {
        openUrl(QUrl(u"qrc"_s + input));
        return;
    }
    openUrl(openapi::documentUrlFromUserInput(input));
}

void MainWindow::openUrl(const QUrl &url)
{
    if (!url.isValid() || url.isEmpty())
        return;
    // A reproduction bundle or a HAR file opens in its viewer; the document stays as it is.
    if (url.isLocalFile()) {
        const QString path = url.toLocalFile();
        bool bundle = path.endsWith(u".keyway-bundle"_s, Qt::CaseInsensitive) || path.endsWith(u".har"_s, Qt::CaseInsensitive);
        if (!bundle) {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                bundle = recorder::BundleReader::looksLikeBundle(file.read(4096));
        }
        if (bundle) {
            openBundle(path);
            return;
        }
    }
    m_loadingUrl = url;
    m_bundledLoad = 0;
    m_loadStatus->start(nameOf(url));
    if (url.scheme() == u"qrc") {
        {
            // Replacing a load in progress is not a cancellation the user asked for.
            const QSignalBlocker blocker(m_loader);
            m_loader->cancel();
        }
        loadBundled(url);
    } else {
        m_loader->load(url);
    }
    updateActions();
}

void MainWindow::loadBundled(const QUrl &url)
{
    // The bundled example is compiled in; DocumentLoader reads files and http(s) only, so it is read
    // here and parsed on a worker thread like any other document.
    static quint64 serial = 0;
    const quint64 load = ++serial;
    m_bundledLoad = load;
    const QString path = u':' + url.path();
    m_loadStatus->setStage(tr("Reading %1").arg(nameOf(url)));
    QtConcurrent::run([path, url, name = QFileInfo(path).fileName()]() -> Result<openapi::DocumentPtr> {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error{tr("the bundled document %1 is missing").arg(path), {}};
        return openapi::loadDocumentBytes(file.readAll(), url, name);
    }).then(this, [this, load](Result<openapi::DocumentPtr> result) {
        if (m_bundledLoad != load)
            return;
        m_bundledLoad = 0;
        if (result)
            onLoaded(result.value());
        else
            onFailed(result.error());
    });
}

void MainWindow::reload()
{
    const QUrl url = m_document ? m_document->sourceUrl : m_loadingUrl;
    if (url.isValid())
        openUrl(url);
}

void MainWindow::cancelLoading()
{
    if (m_bundledLoad != 0) {
        m_bundledLoad = 0;
        onCancelled();
        return;
    }
    if (m_loader->isRunning())
        m_loader->cancel(); // emits cancelled
}

bool MainWindow::isLoading() const
{
    return m_loader->isRunning() || m_bundledLoad != 0;
}

void MainWindow::onLoaded(const openapi::DocumentPtr &document)
{
    m_loadStatus->stop();
    m_errorPanel->dismiss();
    if (document) {
        m_recent->add(document->sourceUrl.isValid() ? document->sourceUrl : m_loadingUrl);
        setDocument(document);
        statusBar()->showMessage(tr("Opened %1").arg(nameOf(m_loadingUrl)), 4000);
        restoreAutosave();
    }
    updateActions();
    Q_EMIT documentLoaded();
}

void MainWindow::onFailed(const keyway::Error &error)
{
    m_loadStatus->stop();
    m_errorPanel->showError(nameOf(m_loadingUrl), error, m_document != nullptr);
    statusBar()->showMessage(tr("Could not open %1").arg(nameOf(m_loadingUrl)), 8000);
    updateActions();
    Q_EMIT loadFailed(error);
}

void MainWindow::onCancelled()
{
    m_loadStatus->stop();
    statusBar()->showMessage(m_document ? tr("Loading cancelled; %1 is still open.").arg(m_document->title) : tr("Loading cancelled."),
                             6000);
    updateActions();
    Q_EMIT loadCancelled();
}

void MainWindow::setDocument(openapi::DocumentPtr document)
{
    // After a reload, come back to the operation that was shown.
    QString previousOperation;
    bool sameSource = false;
    if (m_document && document) {
        sameSource = m_document->sourceUrl == document->sourceUrl;
        if (const openapi::Operation *op = m_operationPage->currentOperation().resolve(*m_document))
            previousOperation = op->displayName();
    }

    m_document = std::move(document);
    if (m_credentials)
        m_credentials->setDocument(m_document);
    m_schemes->setDocument(m_document);
    {
        const QScopedValueRollback guard(m_settingDocument, true);
        m_serverChooser->setDocument(m_document);
        syncServerFromCredentials();
    }
    m_schemes->setServer(m_serverChooser->effectiveServer());
    m_overview->setDocument(m_document);
    m_operationPage->setDocument(m_document);
    m_requestPanel->setDocument(m_document);
    m_probePanel->setDocument(m_document);
    m_requestPanel->setServer(m_serverChooser->currentIndex(), m_serverChooser->values());
    m_operations->setDocument(m_document);

    const int schemes = m_document ? int(m_document->schemes.size()) : 0;
    m_tabs->setTabText(m_tabs->indexOf(m_schemes), schemes > 0 ? tr("Security Schemes (%1)").arg(schemes) : tr("Security Schemes"));
    if (m_document) {
        const int operations = int(m_document->operations.size() + m_document->webhooks.size());
        QStringList parts;
        parts.append(operations == 1 ? tr("1 operation") : tr("%1 operations").arg(QLocale().toString(operations)));
        parts.append(schemes == 1 ? tr("1 security scheme") : tr("%1 security schemes").arg(schemes));
        if (!m_document->diagnostics.isEmpty())
            parts.append(m_document->diagnostics.size() == 1 ? tr("1 problem") : tr("%1 problems").arg(m_document->diagnostics.size()));
        m_documentSummary->setText(parts.join(u"  ·  "_s));
    } else {
        m_documentSummary->clear();
    }

    if (sameSource && !previousOperation.isEmpty() && m_operations->selectOperation(previousOperation)) {
        m_operationPage->showOperation(m_operations->currentOperation());
        m_requestPanel->setOperation(m_operations->currentOperation());
    } else {
        showPage(Page::Overview);
    }
    updateTitle();
    updateActions();
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowTitle(tr("Keyway"));
        return;
    }
    const QString title = m_document->title.isEmpty() ? nameOf(m_document->sourceUrl) : m_document->title;
    setWindowTitle(tr("Keyway — %1").arg(title));
    setWindowFilePath(m_document->sourceUrl.isLocalFile() ? m_document->sourceUrl.toLocalFile() : QString());
}

void MainWindow::updateActions()
{
    const bool loading = isLoading();
    m_reloadAction->setEnabled(m_document != nullptr || m_loadingUrl.isValid());
    m_cancelAction->setEnabled(loading);
    m_authorizeAction->setEnabled(m_credentials != nullptr && m_document != nullptr);
    const bool hasOperation = m_document && m_operations->currentOperation().isValid();
    const bool busy = m_requestPanel->isBusy();
    m_sendAction->setEnabled(hasOperation && !busy);
    m_cancelRequestAction->setEnabled(busy);
    m_cancelAction->setEnabled(loading || busy);
    m_copyCurlAction->setEnabled(hasOperation);
    m_copyCurlSecretsAction->setEnabled(hasOperation);
}

bool MainWindow::stepOperation(int step)
{
    QTreeView *tree = m_operations->treeView();
    QAbstractItemModel *model = tree->model();
    if (!model || step == 0)
        return false;
    QModelIndex index = tree->currentIndex();
    // Walk the visible rows (expanding a tag on the way) to the next operation; bounded by the rows there are.
    const int limit = 4 * (model->rowCount() + (m_document ? int(m_document->operations.size() + m_document->webhooks.size()) : 0)) + 8;
    for (int guard = 0; guard < limit; ++guard) {
        if (index.isValid() && model->hasChildren(index) && step > 0 && !tree->isExpanded(index))
            tree->expand(index);
        index = !index.isValid() ? (step > 0 ? model->index(0, 0) : QModelIndex())
                                 : (step > 0 ? tree->indexBelow(index) : tree->indexAbove(index));
        if (!index.isValid())
            return false;
        if (!model->hasChildren(index)) {
            tree->setCurrentIndex(index);
            tree->scrollTo(index);
            return true;
        }
        if (step < 0 && !tree->isExpanded(index)) {
            tree->expand(index);
            // The last operation of the tag just opened.
            const int rows = model->rowCount(index);
            if (rows > 0) {
                const QModelIndex last = model->index(rows - 1, 0, index);
                if (!model->hasChildren(last)) {
                    tree->setCurrentIndex(last);
                    tree->scrollTo(last);
                    return true;
                }
            }
        }
    }
    return false;
}

void MainWindow::syncServerFromCredentials()
{
    // The server chosen last time for this API (remembered by the credentials' workspace) is chosen again.
    if (!m_credentials || !m_document)
        return;
    const openapi::Server *server = m_credentials->server();
    if (!server)
        return;
    for (qsizetype i = 0; i < m_document->servers.size(); ++i) {
        if (m_document->servers.at(i).urlTemplate != server->urlTemplate)
            continue;
        m_serverChooser->setCurrentIndex(int(i));
        const QHash<QString, QString> values = m_credentials->serverVariables();
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            m_serverChooser->setVariableValue(it.key(), it.value());
        return;
    }
}

AuthorizeDialog *MainWindow::openAuthorize(const QString &scheme)
{
    if (!m_credentials)
        return nullptr;
    if (!m_authorizeDialog) {
        m_authorizeDialog = new AuthorizeDialog(m_credentials, this);
        connect(m_authorizeDialog, &AuthorizeDialog::inspectTokenRequested, this,
                [this](const QString &name, bool idToken) { openTokenInspector(name, idToken); });
        connect(m_authorizeDialog, &AuthorizeDialog::showTimelineRequested, this, [this](const QString &flowId) {
            setTimelineVisible(true);
            if (!flowId.isEmpty())
                m_timelinePanel->selectFlow(flowId);
        });
        connect(m_authorizeDialog, &AuthorizeDialog::message, this, [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    }
    if (!scheme.isEmpty())
        m_authorizeDialog->selectScheme(scheme);
    m_authorizeDialog->show();
    m_authorizeDialog->raise();
    m_authorizeDialog->activateWindow();
    return m_authorizeDialog;
}

TokenInspector *MainWindow::openTokenInspector(const QString &scheme, bool idToken)
{
    if (!m_tokenInspector)
        m_tokenInspector = new TokenInspector(m_credentials, this);
    if (!scheme.isEmpty())
        m_tokenInspector->inspectScheme(scheme, idToken ? TokenInspector::TokenKind::Id : TokenInspector::TokenKind::Access);
    m_tokenInspector->show();
    m_tokenInspector->raise();
    m_tokenInspector->activateWindow();
    return m_tokenInspector;
}

void MainWindow::setTimelineVisible(bool visible)
{
    m_timelineDock->setVisible(visible);
    if (visible)
        m_timelineDock->raise();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QList<QUrl> urls = m_recent->urls();
    int number = 1;
    for (const QUrl &url : urls) {
        QString text = RecentDocuments::displayName(url);
        text.replace(u'&', u"&&"_s);
        if (number < 10)
            text = u"&%1  %2"_s.arg(number).arg(text);
        ++number;
        QAction *action = m_recentMenu->addAction(text, this, [this, url] { openUrl(url); });
        action->setToolTip(url.toDisplayString());
    }
    if (urls.isEmpty()) {
        QAction *none = m_recentMenu->addAction(tr("No recent documents"));
        none->setEnabled(false);
    }
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear List"), m_recent, &RecentDocuments::clear);
    clear->setEnabled(!urls.isEmpty());
}

void MainWindow::chooseFile()
{
    const QString directory = m_settings->value(lastDirectoryKey, QDir::homePath()).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Document"), directory,
                                                      tr("OpenAPI documents (*.json *.yaml *.yml);;Keyway bundles and HAR files "
                                                         "(*.keyway-bundle *.har);;All files (*)"));
    if (path.isEmpty())
        return;
    m_settings->setValue(lastDirectoryKey, QFileInfo(path).absolutePath());
    openUrl(QUrl::fromLocalFile(path));
}

void MainWindow::chooseUrl()
{
    QInputDialog dialog(this);
    dialog.setObjectName(u"openUrlDialog"_s);
    dialog.setWindowTitle(tr("Open URL"));
    dialog.setLabelText(tr("Address of an OpenAPI or Swagger document:"));
    dialog.setInputMode(QInputDialog::TextInput);
    dialog.resize(520, dialog.sizeHint().height());
    const QString clip = QApplication::clipboard()->text().trimmed();
    if (clip.startsWith(u"http://"_s) || clip.startsWith(u"https://"_s))
        dialog.setTextValue(clip);
    else if (m_document && !m_document->sourceUrl.isLocalFile() && m_document->sourceUrl.scheme() != u"qrc")
        dialog.setTextValue(m_document->sourceUrl.toString());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString text = dialog.textValue().trimmed();
    if (!text.isEmpty())
        openInput(text);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Keyway"),
                       tr("<h3>Keyway %1</h3>"
                          "<p>Explore and test secured HTTP APIs described by OpenAPI: every security scheme, every "
                          "operation’s requirements, the flows that obtain credentials.</p>"
                          "<p>Licensed under the GNU General Public License, version 3 or later.</p>"
                          "<p>Built with Qt %2.</p>")
                           .arg(QStringLiteral(KEYWAY_VERSION), QString::fromLatin1(qVersion())));
}

bool MainWindow::selectOperation(const QString &idOrName)
{
    if (!m_operations->selectOperation(idOrName))
        return false;
    m_operationPage->showOperation(m_operations->currentOperation());
    m_requestPanel->setOperation(m_operations->currentOperation());
    if (m_tabs->currentWidget() != m_requestPanel)
        showPage(Page::Operation);
    return true;
}

bool MainWindow::showScheme(const QString &name)
{
    if (!m_schemes->showScheme(name))
        return false;
    showPage(Page::Schemes);
    return true;
}

void MainWindow::showPage(Page page)
{
    switch (page) {
    case Page::Overview:
        m_tabs->setCurrentWidget(m_overview);
        break;
    case Page::Schemes:
        m_tabs->setCurrentWidget(m_schemes);
        break;
    case Page::Operation:
        m_tabs->setCurrentWidget(m_operationPage);
        break;
    case Page::Request:
        m_tabs->setCurrentWidget(m_requestPanel);
        break;
    }
}

QString MainWindow::nameOf(const QUrl &url)
{
    if (url.scheme() == u"qrc")
        return tr("the bundled example");
    if (url.isLocalFile())
        return QFileInfo(url.toLocalFile()).fileName();
    return url.toDisplayString(QUrl::RemoveUserInfo);
}

} // namespace keyway::ui
