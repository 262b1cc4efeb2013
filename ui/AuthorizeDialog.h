#pragma once

#include "auth/CredentialManager.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QLabel;
class QListView;
class QPushButton;
class QScrollArea;
class QSplitter;
class QTimer;

namespace keyway::ui {

class AuthResultView;
class FlowProgressView;
class OAuthSchemeEditor;
class SchemeStateModel;
class StaticSecretEditor;

// One dialog for every security scheme of the open document. On the left the schemes with their state for the
// current profile (unconfigured, configured, authorized with the time left, expired, failed); on the right the
// selected scheme's settings by kind — an OAuthSchemeEditor for oauth2 and openIdConnect, a StaticSecretEditor for
// the rest —, the running flow (FlowProgressView) and its outcome (AuthResultView). Authorize runs the chosen flow;
// Save stores a typed-in credential; Refresh Now, Sign Out and Forget This API act on what is stored.
// Not modal: a flow that waits for the browser keeps running while the user looks elsewhere.
class AuthorizeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthorizeDialog)

public:
    using UrlOpener = std::function<bool(const QUrl &)>;

    explicit AuthorizeDialog(auth::CredentialManager *credentials, QWidget *parent = nullptr);
    ~AuthorizeDialog() override;

    bool selectScheme(const QString &scheme);
    QString currentScheme() const;

    // How the browser is opened (QDesktopServices::openUrl by default; tests replace it).
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }

    // The actions of the buttons, for the main window's callers and tests.
    void run(); // Authorize (OAuth) or Save (the other kinds)
    void cancelFlow();
    void refreshNow();
    void signOut(bool confirm = true);
    void forgetApi(bool confirm = true);
    bool isRunning() const { return m_running; }

    OAuthSchemeEditor *oauthEditor() const { return m_oauthEditor; }
    StaticSecretEditor *staticEditor() const { return m_staticEditor; }
    AuthResultView *resultView() const { return m_result; }
    FlowProgressView *progressView() const { return m_progress; }

Q_SIGNALS:
    void inspectTokenRequested(const QString &scheme, bool idToken);
    void showTimelineRequested(const QString &flowId);
    void message(const QString &text); // for the main window's status bar

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    enum class Page { OAuth, Static, None };

    void buildUi();
    void onCurrentChanged();
    void showScheme(const QString &scheme);
    void showEditor(QWidget *editor);
    void saveEdits(const QString &scheme);
    void updateHeader();
    void updateButtons();
    void updateFooter();
    void showHeldState();
    // Shows (or hides) the status area and gives it the height its content needs, up to most of the right side.
    void showStatus(bool visible = true);
    void runOAuth();
    void saveStatic();
    void startFlow(auth::AuthFlow *flow, const QString &what);
    void onOutcome(const auth::AuthorizeOutcome &outcome);
    void finishWithError(const auth::OAuthError &error);
    QString storageText(const auth::AuthorizeOutcome &outcome) const;
    Page pageFor(const QString &scheme) const;

    auth::CredentialManager *m_credentials;
    SchemeStateModel *m_model;
    UrlOpener m_openUrl;

    QLabel *m_title;
    QSplitter *m_splitter;
    QListView *m_list;
    QLabel *m_schemeIcon;
    QLabel *m_schemeName;
    QLabel *m_schemeKind;
    QLabel *m_statePill;
    QLabel *m_description;
    QScrollArea *m_editorScroll;
    OAuthSchemeEditor *m_oauthEditor;
    StaticSecretEditor *m_staticEditor;
    QLabel *m_unsupported;
    QScrollArea *m_statusScroll;
    QSplitter *m_rightSplitter = nullptr;
    FlowProgressView *m_progress;
    AuthResultView *m_result;
    QPushButton *m_runButton;
    QPushButton *m_refreshButton;
    QPushButton *m_signOutButton;
    QPushButton *m_forgetButton;
    QPushButton *m_inspectButton;
    QPushButton *m_closeButton;
    QLabel *m_footer;
    QTimer *m_ticker;

    QString m_scheme; // shown on the right
    QString m_runScheme; // the scheme of the flow running, if any
    QString m_lastFlowId; // of the last run, for "Show on timeline"
    QPointer<auth::AuthFlow> m_flow;
    bool m_running = false;
    int m_runGeneration = 0; // bumped by each run and cancel: late answers of an earlier run are dropped
    bool m_outcomeShown = false; // the result area shows a run's outcome (not just what is held)
};

} // namespace keyway::ui
