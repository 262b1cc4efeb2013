#pragma once

#include "net/Exchange.h"
#include "net/Timeline.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QPointer>

namespace keyway::ui {

// The timeline's exchanges as a two-level tree: each flow (a sign-in, a discovery...) of several exchanges is a row
// whose children are its exchanges in order; a flow of one exchange, and an exchange outside any flow, is a row of
// its own. Columns: time, label, method, URL,
// status, duration. Secret values in URLs are masked; views show the rest through ExchangeView.
class TimelineModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineModel)

public:
    enum Column { TimeColumn, LabelColumn, MethodColumn, UrlColumn, StatusColumn, DurationColumn, ColumnCount };
    enum Role {
        ExchangeIdRole = Qt::UserRole + 1, // quint64; 0 for a flow row
        FlowIdRole, // QString
        IsFailureRole, // bool: no answer, or an HTTP error status (in the flow: any of its exchanges)
        IsFlowRole, // bool
    };

    explicit TimelineModel(net::Timeline *timeline, QObject *parent = nullptr);
    ~TimelineModel() override;

    net::Timeline *timeline() const { return m_timeline; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The exchange a row shows (for a flow row: null), looked up in the timeline.
    const net::Exchange *exchange(const QModelIndex &index) const;
    QModelIndex indexOfExchange(quint64 id) const;
    QModelIndex indexOfFlow(const QString &flowId) const;

    // For the status column and ExchangeView alike.
    static bool isFailure(const net::Exchange &exchange);
    static QString statusText(const net::Exchange &exchange);
    static QString durationText(qint64 milliseconds);

private:
    struct TopRow
    {
        QString flowId; // empty: a single exchange outside any flow
        QList<quint64> ids;
    };

    // A flow with more than one exchange: a row with children.
    static bool isGroup(const TopRow &row) { return !row.flowId.isEmpty() && row.ids.size() > 1; }
    void rebuild();
    void onAdded(quint64 id);
    void onUpdated(quint64 id);
    const net::Exchange *find(quint64 id) const;
    QVariant exchangeData(const net::Exchange &exchange, int column, int role) const;
    QVariant flowData(const TopRow &flow, int column, int role) const;

    QPointer<net::Timeline> m_timeline;
    QList<TopRow> m_rows;
    QHash<QString, int> m_flowRows;
    QHash<quint64, int> m_topOf; // exchange id -> top row
};

} // namespace keyway::ui
