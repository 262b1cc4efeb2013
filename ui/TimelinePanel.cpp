#include "TimelinePanel.h"

#include "ExchangeView.h"
#include "TimelineModel.h"
#include "net/Timeline.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace keyway::ui {

TimelinePanel::TimelinePanel(net::Timeline *timeline, QWidget *parent)
    : QWidget(parent),
      m_timeline(timeline),
      m_model(new TimelineModel(timeline, this)),
      m_stack(new QStackedWidget(this)),
      m_empty(new QLabel(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_view(new QTreeView(this)),
      m_exchangeView(new ExchangeView(this)),
      m_clear(new QToolButton(this)),
      m_count(new QLabel(this))
{
    setObjectName(u"timelinePanel"_s);

    m_view->setObjectName(u"timelineView"_s);
    m_view->setAccessibleName(tr("HTTP exchanges"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setRootIsDecorated(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setFrameShape(QFrame::NoFrame);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(TimelineModel::UrlColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(TimelineModel::TimeColumn, 140);
    m_view->setColumnWidth(TimelineModel::LabelColumn, 230);
    m_view->setColumnWidth(TimelineModel::MethodColumn, 64);
    m_view->setColumnWidth(TimelineModel::StatusColumn, 110);
    m_view->setColumnWidth(TimelineModel::DurationColumn, 74);

    m_empty->setObjectName(u"timelineEmpty"_s);
    m_empty->setText(tr("No HTTP exchanges yet. Sign-in flows, discovery, key fetches and requests appear here as they happen."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);

    m_clear->setObjectName(u"timelineClearButton"_s);
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Remove every exchange from the timeline"));
    m_clear->setAccessibleName(tr("Clear the timeline"));
    m_clear->setAutoRaise(true);
    m_count->setObjectName(u"timelineCount"_s);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(0);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 2, 6, 2);
    bar->addWidget(m_count);
    bar->addStretch();
    bar->addWidget(m_clear);
    leftLayout->addLayout(bar);
    leftLayout->addWidget(m_view, 1);

    m_splitter->setObjectName(u"timelineSplitter"_s);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_exchangeView);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({780, 520});
    m_splitter->setChildrenCollapsible(false);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_splitter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    setTabOrder(m_view, m_exchangeView);
    setTabOrder(m_exchangeView, m_clear);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] { showCurrent(); });
    connect(m_view, &QTreeView::customContextMenuRequested, this, &TimelinePanel::showContextMenu);
    connect(m_clear, &QToolButton::clicked, this, [this] {
        if (m_timeline)
            m_timeline->clear();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        showCurrent();
        updateEmptyState();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parentIndex, int first) {
        updateEmptyState();
        // Follow new exchanges while the list is scrolled to its end.
        QScrollBar *scroll = m_view->verticalScrollBar();
        if (scroll->value() >= scroll->maximum() - 2)
            m_view->scrollTo(m_model->index(first, 0, parentIndex));
        if (parentIndex.isValid())
            m_view->expand(parentIndex);
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid() && current.row() == topLeft.row() && current.parent() == topLeft.parent()) {
            if (const net::Exchange *e = m_model->exchange(current))
                m_exchangeView->updateExchange(*e);
        }
    });
    updateEmptyState();
}

TimelinePanel::~TimelinePanel() = default;

void TimelinePanel::updateEmptyState()
{
    const int flows = m_model->rowCount();
    m_stack->setCurrentWidget(flows == 0 ? static_cast<QWidget *>(m_empty) : m_splitter);
    const int exchanges = m_timeline ? int(m_timeline->exchanges().size()) : 0;
    m_count->setText(tr("%n exchange(s)", nullptr, exchanges));
    m_clear->setEnabled(exchanges > 0);
}

void TimelinePanel::showCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    const net::Exchange *e = m_model->exchange(current);
    if (!e && current.isValid() && m_model->rowCount(current.siblingAtColumn(0)) > 0) {
        // A flow: show its last exchange (usually the one that decided it).
        e = m_model->exchange(m_model->index(m_model->rowCount(current.siblingAtColumn(0)) - 1, 0, current.siblingAtColumn(0)));
    }
    m_exchangeView->setExchange(e ? std::optional<net::Exchange>(*e) : std::nullopt);
}

bool TimelinePanel::selectExchange(quint64 id)
{
    const QModelIndex index = m_model->indexOfExchange(id);
    if (!index.isValid())
        return false;
    if (index.parent().isValid())
        m_view->expand(index.parent());
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

bool TimelinePanel::selectFlow(const QString &flowId)
{
    const QModelIndex index = m_model->indexOfFlow(flowId);
    if (!index.isValid())
        return false;
    m_view->expand(index);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

QList<quint64> TimelinePanel::selectedExchanges() const
{
    QList<quint64> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(0);
    for (const QModelIndex &row : rows) {
        if (row.data(TimelineModel::IsFlowRole).toBool()) {
            for (int child = 0; child < m_model->rowCount(row); ++child) {
                const quint64 id = m_model->index(child, 0, row).data(TimelineModel::ExchangeIdRole).toULongLong();
                if (id != 0 && !ids.contains(id))
                    ids.append(id);
            }
        } else if (const quint64 id = row.data(TimelineModel::ExchangeIdRole).toULongLong(); id != 0 && !ids.contains(id)) {
            ids.append(id);
        }
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

QString TimelinePanel::currentFlow() const
{
    return m_view->currentIndex().data(TimelineModel::FlowIdRole).toString();
}

void TimelinePanel::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    QMenu menu(this);
    QAction *exportAction = menu.addAction(tr("Export as HAR or Bundle…"));
    exportAction->setEnabled(index.isValid() || !selectedExchanges().isEmpty());
    QAction *chosen = menu.exec(m_view->viewport()->mapToGlobal(position));
    if (chosen == exportAction) {
        const QString flow = index.isValid() ? index.data(TimelineModel::FlowIdRole).toString() : currentFlow();
        Q_EMIT exportRequested(flow, selectedExchanges());
    }
}

} // namespace keyway::ui
