#pragma once

#include "openapi/DocumentLoader.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace keyway::net {
class HttpClient;
}
namespace keyway::probe {
class Probe;
class ScopedTokenProvider;
} // namespace keyway::probe
namespace keyway::request {
class CredentialSource;
}

namespace keyway::ui {

class ProbeFilterModel;
class ProbeMatrixModel;

// The enforcement probe's panel: the operations x cases matrix (pass / fail / unknown in words, symbols and colour),
// filters, Run, Cancel, rerun of the selected cell or row, the unsafe opt-in for this run, concurrency and rate, and
// export as CSV. Clicking a cell that was sent emits exchangeActivated() with its Timeline exchange id. Every
// request goes through the given HttpClient, so it lands on that client's Timeline (one flow per run).
class ProbePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProbePanel)

public:
    // Nothing is owned; all must outlive the panel. `credentials` answers for the valid credentials (the app's
    // ManagerCredentialSource); `scoped` obtains tokens with fewer scopes (ManagerScopedTokens), may be null.
    ProbePanel(openapi::DocumentPtr document, net::HttpClient *http, const request::CredentialSource *credentials,
               probe::ScopedTokenProvider *scoped = nullptr, QWidget *parent = nullptr);
    ~ProbePanel() override;

    // Another document (or none): the matrix is cleared, a run under way cancelled.
    void setDocument(openapi::DocumentPtr document);

    probe::Probe *probe() const { return m_probe.get(); }
    QTableView *view() const { return m_view; }
    ProbeMatrixModel *matrix() const { return m_matrix; }

    void run();
    void cancel();
    void rerunSelectedCell();
    void rerunSelectedRow();
    // Writes the whole matrix (unfiltered) as CSV; false with a message in the status line on failure.
    bool exportCsv(const QString &path);

Q_SIGNALS:
    // A cell was clicked whose case has an exchange on the timeline.
    void exchangeActivated(quint64 exchangeId);
    void runFinished();

private:
    void rebuildProbe();
    void updateState();
    void showCell(const QModelIndex &proxyIndex);
    void chooseCsvFile();
    QModelIndex currentSourceIndex() const;

    openapi::DocumentPtr m_document;
    net::HttpClient *m_http;
    const request::CredentialSource *m_credentials;
    probe::ScopedTokenProvider *m_scoped;
    std::unique_ptr<probe::Probe> m_probe;

    QLineEdit *m_operations;
    QCheckBox *m_unsafe;
    QSpinBox *m_concurrency;
    QDoubleSpinBox *m_rate;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QPushButton *m_rerunCell;
    QPushButton *m_rerunRow;
    QPushButton *m_export;
    QComboBox *m_show;
    QLineEdit *m_search;
    QTableView *m_view;
    QLabel *m_detail;
    QLabel *m_status;
    ProbeMatrixModel *m_matrix;
    ProbeFilterModel *m_filter;
};

} // namespace keyway::ui
