#pragma once

#include <QWidget>

class QLabel;
class QSplitter;
class QStackedWidget;
class QToolButton;
class QTreeView;

namespace keyway::net {
class Timeline;
}

namespace keyway::ui {

class ExchangeView;
class TimelineModel;

// The timeline dock's content: every HTTP exchange of the session in order, grouped by flow, on the left; the
// selected exchange in full (secrets masked) on the right. New exchanges scroll into view while the list is at its
// end; failures read in red.
class TimelinePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelinePanel)

public:
    explicit TimelinePanel(net::Timeline *timeline, QWidget *parent = nullptr);
    ~TimelinePanel() override;

    TimelineModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    ExchangeView *exchangeView() const { return m_exchangeView; }

    // Selects the exchange (or the last exchange of the flow) and shows it.
    bool selectExchange(quint64 id);
    bool selectFlow(const QString &flowId);
    // The exchanges selected (a flow row stands for its exchanges), in timeline order, and the flow of the current row.
    QList<quint64> selectedExchanges() const;
    QString currentFlow() const;

Q_SIGNALS:
    // The user asked to export: the flow of the row clicked, and the exchanges selected.
    void exportRequested(const QString &flowId, const QList<quint64> &selectedIds);

private:
    void showContextMenu(const QPoint &position);
    void showCurrent();
    void updateEmptyState();

    net::Timeline *m_timeline;
    TimelineModel *m_model;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QSplitter *m_splitter;
    QTreeView *m_view;
    ExchangeView *m_exchangeView;
    QToolButton *m_clear;
    QLabel *m_count;
};

} // namespace keyway::ui
