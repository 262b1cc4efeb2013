#pragma once

#include "core/Result.h"
#include "recorder/ReproBundle.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QTabWidget;
class QTextBrowser;
class QTreeView;

namespace keyway::net {
class Timeline;
}

namespace keyway::ui {

class BundleExchangeView;
class TimelineModel;

// A reproduction bundle (or a plain HAR file), read-only: the versions it was made with, the diagnoses of its
// failures, its exchanges as a timeline grouped by flow (TimelineModel over a private Timeline that holds only the
// bundle's exchanges), the selected exchange with every redacted value highlighted and its decoded token claims,
// and the API's workspace settings. Nothing in it can be sent again: the secrets are not in the file.
class BundleViewer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BundleViewer)

public:
    explicit BundleViewer(QWidget *parent = nullptr);
    ~BundleViewer() override;

    // Reads and shows a file: a bundle, or a HAR file (then without versions, workspace or diagnoses). At most
    // BundleReader::kMaxBytes are read.
    Result<bool> openFile(const QString &path);
    // Shows parsed content (pure; what openFile() uses).
    void setBundle(const recorder::ReproBundle &bundle);
    void setHar(const recorder::HarLog &har, const QString &title);

    bool selectExchange(quint64 originalId);
    int exchangeCount() const;

    // For tests and the main window.
    TimelineModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    BundleExchangeView *exchangeView() const { return m_exchangeView; }
    QLabel *header() const { return m_header; }
    QTextBrowser *diagnosisView() const { return m_diagnosis; }
    QTextBrowser *workspaceView() const { return m_workspace; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    void showEntries(const QList<recorder::HarEntry> &entries);
    void showCurrent();

    net::Timeline *m_timeline;
    TimelineModel *m_model;
    QLabel *m_header;
    QTreeView *m_view;
    QTabWidget *m_tabs;
    BundleExchangeView *m_exchangeView;
    QTextBrowser *m_diagnosis;
    QTextBrowser *m_workspace;
    QList<recorder::HarEntry> m_entries;
    QHash<quint64, int> m_entryOfTimelineId; // timeline id -> index in m_entries
};

} // namespace keyway::ui
