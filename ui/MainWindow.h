#pragma once

#include "core/Result.h"
#include "openapi/DocumentLoader.h"

#include <QMainWindow>
#include <QUrl>

class QAction;
class QLabel;
class QMenu;
class QSettings;
class QSplitter;
class QTabWidget;
class QToolBar;

namespace keyway::net {
class HttpClient;
}

namespace keyway::ui {

class LoadErrorPanel;
class LoadStatusWidget;
class OperationPage;
class OperationsPanel;
class OverviewPage;
class RecentDocuments;
class SchemesPage;
class ServerChooser;

// The main window wires the panels together: the operations tree on the left, the overview, security
// schemes and operation pages on the right, the server chooser and filter in the tool bar, loading
// state in the status bar. It owns no logic of its own beyond that wiring and the window's settings.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Page { Overview, Schemes, Operation };

    MainWindow(QSettings *settings, net::HttpClient *http, QWidget *parent = nullptr);
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
    void restoreSettings();
    void saveSettings();

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
    openapi::DocumentLoader *m_loader;
    RecentDocuments *m_recent;
    openapi::DocumentPtr m_document;
    QUrl m_loadingUrl;
    quint64 m_bundledLoad = 0; // serial of the bundled-document load in progress (0: none)

    OperationsPanel *m_operations = nullptr;
    QTabWidget *m_tabs = nullptr;
    OverviewPage *m_overview = nullptr;
    SchemesPage *m_schemes = nullptr;
    OperationPage *m_operationPage = nullptr;
    LoadErrorPanel *m_errorPanel = nullptr;
    LoadStatusWidget *m_loadStatus = nullptr;
    QLabel *m_documentSummary = nullptr;
    ServerChooser *m_serverChooser = nullptr;
    QSplitter *m_splitter = nullptr;
    QToolBar *m_toolBar = nullptr;
    QMenu *m_recentMenu = nullptr;

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
};

} // namespace keyway::ui
