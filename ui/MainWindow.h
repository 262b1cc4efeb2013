#pragma once

#include "core/Result.h"
#include "net/HttpClient.h"
#include "openapi/DocumentLoader.h"

#include <QMainWindow>
#include <QUrl>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QSettings;
class QSplitter;
class QTabWidget;
class QTimer;
class QToolBar;

namespace keyway::net {
class CertificateTrustStore;
class HttpClient;
class Timeline;
} // namespace keyway::net

namespace keyway::auth {
class CredentialManager;
}

namespace keyway::request {
class CredentialSource;
}

namespace keyway::probe {
class ManagerScopedTokens;
}

namespace keyway::ui {

class AuthorizeDialog;
class BundleViewer;
class HelpWindow;
class KeychainIndicator;
class LoadErrorPanel;
class LoadStatusWidget;
class OperationPage;
class OperationsPanel;
class OverviewPage;
class ProbePanel;
class ProfileSwitcher;
class RecentDocuments;
class RequestPanel;
class SchemesPage;
class ServerChooser;
class TimelinePanel;
class TokenInspector;

// The main window wires the panels together: the operations tree on the left, the overview, security
// schemes and operation pages on the right, the server chooser, Authorize, the profile switcher and the
// filter in the tool bar, the timeline docked at the bottom, loading state and the keychain indicator in
// the status bar; the Authorize dialog and the token inspector open from it. It owns no logic of its own
// beyond that wiring and the window's settings.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Page { Overview, Schemes, Operation, Request };

    // None is owned; all must outlive the window. `timeline` may be null (no timeline dock content), and so may
    // `credentials` (no sign-in: the Authorize action is disabled).
    MainWindow(QSettings *settings, net::HttpClient *http, net::Timeline *timeline, auth::CredentialManager *credentials,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // What the user typed, dropped or passed on the command line: a path, a file: or http(s) URL,
    // or ":/…" for a bundled document.
    void openInput(const QString &pathOrUrl);
    void openUrl(const QUrl &url);
    void reload();
    void cancelLoading();

    openapi::DocumentPtr document() const { return m_document; }
    bool isLoading() const;

    bool selectOperation(const QString &idOrName);
    bool showScheme(const QString &name);
    void showPage(Page page);

    // The Authorize dialog (created on first use), showing `scheme` when given. Null without credentials.
    AuthorizeDialog *openAuthorize(const QString &scheme = {});
    // The token inspector, with the scheme's access (or ID) token when a scheme is given.
    TokenInspector *openTokenInspector(const QString &scheme = {}, bool idToken = false);
    void setTimelineVisible(bool visible);
    // The per-host certificate exceptions (not owned; may be null): offered when a certificate refuses a request,
    // listed in Preferences.
    void setTrustStore(net::CertificateTrustStore *store) { m_trustStore = store; }
    // Edit > Preferences.
    void openPreferences();
    // Offers to trust the certificate a request was refused for; true when the user trusted it.
    bool offerCertificateTrust(const net::HttpResult &refusal);
    // Opens a reproduction bundle or a HAR file read-only in a window of its own; null (after saying why) when it
    // cannot be read.
    BundleViewer *openBundle(const QString &path);
    // Opens the export dialog for a flow and the exchanges chosen on the timeline.
    void exportTimeline(const QString &flowId, const QList<quint64> &exchangeIds);
    // The user guide (created on first use), at `page` when given ("probe", "troubleshooting", ...).
    HelpWindow *openHelp(const QString &page = {});
    TimelinePanel *timelinePanel() const { return m_timelinePanel; }
    ProfileSwitcher *profileSwitcher() const { return m_profileSwitcher; }
    RequestPanel *requestPanel() const { return m_requestPanel; }
    ProbePanel *probePanel() const { return m_probePanel; }
    void setProbeVisible(bool visible);
    // The request being edited is saved every few seconds while it changes, and removed on a normal close; after a
    // crash or kill the next start finds it. The document it belongs to (empty: none to restore).
    QUrl autosavedDocument() const;
    // Writes the autosave now when the request changed since the last one (the timer calls this).
    void autosaveNow();
    // Selects the next (or, with a negative step, previous) operation shown in the operations tree.
    bool stepOperation(int step);

Q_SIGNALS:
    void documentLoaded();
    void loadFailed(const keyway::Error &error);
    void loadCancelled();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createPanels();
    void createActions();
    void createMenus();
    void createToolBar();
    void createDocks();
    void restoreSettings();
    void syncServerFromCredentials();
    void saveSettings();
    void restoreAutosave();

    void setDocument(openapi::DocumentPtr document);
    void onLoaded(const openapi::DocumentPtr &document);
    void onFailed(const keyway::Error &error);
    void onCancelled();
    void loadBundled(const QUrl &url);
    void updateTitle();
    void updateActions();
    void updateRecentMenu();
    void chooseFile();
    void chooseUrl();
    void about();
    static QString nameOf(const QUrl &url);

    QSettings *m_settings;
    net::HttpClient *m_http;
    net::CertificateTrustStore *m_trustStore = nullptr;
    net::Timeline *m_timeline;
    auth::CredentialManager *m_credentials;
    openapi::DocumentLoader *m_loader;
    RecentDocuments *m_recent;
    openapi::DocumentPtr m_document;
    QUrl m_loadingUrl;
    quint64 m_bundledLoad = 0; // serial of the bundled-document load in progress (0: none)
    bool m_settingDocument = false;
    bool m_autosaveChecked = false; // the autosave of a previous run was looked at (restored or not)
    QTimer *m_autosaveTimer = nullptr; // the server chooser follows the credentials' remembered server

    OperationsPanel *m_operations = nullptr;
    QTabWidget *m_tabs = nullptr;
    OverviewPage *m_overview = nullptr;
    SchemesPage *m_schemes = nullptr;
    OperationPage *m_operationPage = nullptr;
    RequestPanel *m_requestPanel = nullptr;
    LoadErrorPanel *m_errorPanel = nullptr;
    LoadStatusWidget *m_loadStatus = nullptr;
    QLabel *m_documentSummary = nullptr;
    ServerChooser *m_serverChooser = nullptr;
    QSplitter *m_splitter = nullptr;
    QToolBar *m_toolBar = nullptr;
    QMenu *m_recentMenu = nullptr;
    QDockWidget *m_timelineDock = nullptr;
    TimelinePanel *m_timelinePanel = nullptr;
    std::unique_ptr<request::CredentialSource> m_probeCredentials;
    probe::ManagerScopedTokens *m_probeScopes = nullptr;
    QDockWidget *m_probeDock = nullptr;
    ProbePanel *m_probePanel = nullptr;
    ProfileSwitcher *m_profileSwitcher = nullptr;
    KeychainIndicator *m_keychainIndicator = nullptr;
    AuthorizeDialog *m_authorizeDialog = nullptr;
    TokenInspector *m_tokenInspector = nullptr;
    HelpWindow *m_helpWindow = nullptr;

    QAction *m_openAction = nullptr;
    QAction *m_openUrlAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_filterAction = nullptr;
    QAction *m_showOperationsAction = nullptr;
    QAction *m_overviewAction = nullptr;
    QAction *m_schemesAction = nullptr;
    QAction *m_operationAction = nullptr;
    QAction *m_authorizeAction = nullptr;
    QAction *m_tokenInspectorAction = nullptr;
    QAction *m_requestAction = nullptr;
    QAction *m_userGuideAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_sendAction = nullptr;
    QAction *m_cancelRequestAction = nullptr;
    QAction *m_copyCurlAction = nullptr;
    QAction *m_copyCurlSecretsAction = nullptr;
    QAction *m_nextOperationAction = nullptr;
    QAction *m_previousOperationAction = nullptr;
};

} // namespace keyway::ui
