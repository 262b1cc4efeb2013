#pragma once

#include "OperationRef.h"
#include "openapi/DocumentLoader.h"
#include "request/RequestHistory.h"
#include "request/RequestSender.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>

#include <memory>

class QSettings;
class QSplitter;
class QTimer;

namespace keyway::net {
class HttpClient;
class Timeline;
} // namespace keyway::net

namespace keyway::auth {
class CredentialManager;
}

namespace keyway::request {
class CredentialSource;
}

namespace keyway::ui {

class RequestEditor;
class ResponseView;

// Sends requests of the selected operation: the editor above, the response below. Builds the request with the
// credentials the CredentialManager holds for the current profile (tokens refreshed when they have expired), sends it
// without blocking (cancellable, with the HttpClient's timeout and size cap), keeps a history per operation without
// secrets, and copies the request as curl. Filling the editor waits until the panel is shown, so that selecting
// operations stays instant.
class RequestPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestPanel)

public:
    // None is owned. `credentials` and `settings` may be null (no stored credentials; history in memory only).
    RequestPanel(net::HttpClient *http, net::Timeline *timeline, auth::CredentialManager *credentials, QSettings *settings,
                 QWidget *parent = nullptr);
    ~RequestPanel() override;

    void setDocument(openapi::DocumentPtr document);
    void setOperation(const OperationRef &ref);
    OperationRef operation() const { return m_ref; }
    // The server chosen in the tool bar (an index into the document's servers, with its variables).
    void setServer(int index, const QHash<QString, QString> &variables);

    void send();
    void cancel();
    bool isBusy() const;
    // The request as it stands as a curl command line (secrets masked unless `reveal`), also put on the clipboard.
    QString copyAsCurl(bool reveal);

    // What is being edited, without the values that look secret, to be restored after a crash; and back.
    QJsonObject autosaveState() const;
    bool restoreAutosave(const QJsonObject &state);
    bool isDirty() const { return m_dirty; }
    void markSaved() { m_dirty = false; }

    RequestEditor *editor() const { return m_editor; }
    ResponseView *response() const { return m_response; }
    const std::optional<request::RequestOutcome> &lastOutcome() const { return m_lastOutcome; }

Q_SIGNALS:
    void authorizeRequested(const QString &schemeName);
    void showInTimelineRequested(quint64 exchangeId);
    void message(const QString &text);
    void busyChanged(bool busy);
    void finished(); // a send ended (its outcome is lastOutcome())

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fill();
    void updatePreview();
    void schedulePreview();
    void onOutcome(const request::RequestOutcome &outcome);
    void refreshHistory();
    request::RequestValues currentValues(bool readFiles) const;
    request::BuildOptions buildOptions() const;
    QString operationKey() const;
    void resetHistory();

    net::Timeline *m_timeline;
    auth::CredentialManager *m_credentials;
    QSettings *m_settings;
    std::unique_ptr<request::CredentialSource> m_source;
    std::unique_ptr<request::HistoryStorage> m_historyStorage;
    std::unique_ptr<request::RequestHistory> m_history;
    request::RequestSender *m_sender;
    openapi::DocumentPtr m_document;
    OperationRef m_ref;
    OperationRef m_filled; // the operation the editor holds
    int m_serverIndex = 0;
    QHash<QString, QString> m_serverVariables;
    std::optional<request::RequestOutcome> m_lastOutcome;
    QJsonObject m_pendingRestore; // an autosave waiting for its operation to be filled
    bool m_dirty = false;

    QSplitter *m_splitter;
    RequestEditor *m_editor;
    ResponseView *m_response;
    QTimer *m_previewTimer;
};

} // namespace keyway::ui
