#include "TimelineModel.h"

#include "Appearance.h"
#include "AuthAppearance.h"
#include "SecretMasking.h"
#include "net/Timeline.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QPalette>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace keyway::ui {

namespace {
// Children carry their top row + 1 as internal id; top rows carry 0.
constexpr quintptr topLevel = 0;

SecretMask maskOf(const net::Exchange &exchange)
{
    SecretMask mask(exchange.secrets);
    for (const QByteArray &secret : exchange.secrets)
        mask.add(QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(secret))));
    return mask;
}
} // namespace

TimelineModel::TimelineModel(net::Timeline *timeline, QObject *parent) : QAbstractItemModel(parent), m_timeline(timeline)
{
    if (m_timeline) {
        connect(m_timeline, &net::Timeline::exchangeAdded, this, &TimelineModel::onAdded);
        connect(m_timeline, &net::Timeline::exchangeUpdated, this, &TimelineModel::onUpdated);
        connect(m_timeline, &net::Timeline::exchangesRemoved, this, [this] {
            beginResetModel();
            rebuild();
            endResetModel();
        });
    }
    rebuild();
}

TimelineModel::~TimelineModel() = default;

void TimelineModel::rebuild()
{
    m_rows.clear();
    m_flowRows.clear();
    m_topOf.clear();
    if (!m_timeline)
        return;
    for (const net::Exchange &e : m_timeline->exchanges()) {
        if (e.flowId.isEmpty()) {
            m_topOf.insert(e.id, int(m_rows.size()));
            m_rows.append(TopRow{QString(), {e.id}});
            continue;
        }
        auto it = m_flowRows.constFind(e.flowId);
        int row = 0;
        if (it == m_flowRows.constEnd()) {
            row = int(m_rows.size());
            m_flowRows.insert(e.flowId, row);
            m_rows.append(TopRow{e.flowId, {}});
        } else {
            row = *it;
        }
        m_rows[row].ids.append(e.id);
        m_topOf.insert(e.id, row);
    }
}

void TimelineModel::onAdded(quint64 id)
{
    if (m_topOf.contains(id))
        return; // already there after a reset
    const net::Exchange *e = find(id);
    if (!e)
        return;
    if (e->flowId.isEmpty() || !m_flowRows.contains(e->flowId)) {
        const int row = int(m_rows.size());
        beginInsertRows({}, row, row);
        m_rows.append(TopRow{e->flowId, {id}});
        if (!e->flowId.isEmpty())
            m_flowRows.insert(e->flowId, row);
        m_topOf.insert(id, row);
        endInsertRows();
        return;
    }
    const int top = m_flowRows.value(e->flowId);
    const QModelIndex parentIndex = index(top, 0);
    // A flow of one exchange is that exchange's row; with its second one it becomes a group of both.
    const int count = int(m_rows.at(top).ids.size());
    const int first = count == 1 ? 0 : count;
    beginInsertRows(parentIndex, first, count);
    m_rows[top].ids.append(id);
    m_topOf.insert(id, top);
    endInsertRows();
    // The flow row's summary (status, duration, count) changed too.
    Q_EMIT dataChanged(index(top, 0), index(top, ColumnCount - 1));
}

void TimelineModel::onUpdated(quint64 id)
{
    const QModelIndex at = indexOfExchange(id);
    if (!at.isValid())
        return;
    Q_EMIT dataChanged(at.siblingAtColumn(0), at.siblingAtColumn(ColumnCount - 1));
    if (at.parent().isValid())
        Q_EMIT dataChanged(at.parent().siblingAtColumn(0), at.parent().siblingAtColumn(ColumnCount - 1));
}

const net::Exchange *TimelineModel::find(quint64 id) const
{
    if (!m_timeline)
        return nullptr;
    // Ids grow in append order and trimming drops from the front: the list is sorted by id.
    const QList<net::Exchange> &all = m_timeline->exchanges();
    const auto it = std::lower_bound(all.cbegin(), all.cend(), id, [](const net::Exchange &e, quint64 v) { return e.id < v; });
    return it != all.cend() && it->id == id ? &*it : nullptr;
}

QModelIndex TimelineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid()) {
        if (row >= m_rows.size())
            return {};
        return createIndex(row, column, topLevel);
    }
    if (parent.internalId() != topLevel || parent.row() >= m_rows.size())
        return {};
    const TopRow &top = m_rows.at(parent.row());
    if (!isGroup(top) || row >= top.ids.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex TimelineModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == topLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, topLevel);
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_rows.size());
    if (parent.internalId() != topLevel || parent.column() != 0 || parent.row() >= m_rows.size())
        return 0;
    const TopRow &top = m_rows.at(parent.row());
    return isGroup(top) ? int(top.ids.size()) : 0;
}

int TimelineModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const net::Exchange *TimelineModel::exchange(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    if (index.internalId() == topLevel) {
        const TopRow &top = m_rows.at(index.row());
        return isGroup(top) ? nullptr : find(top.ids.constFirst());
    }
    const TopRow &top = m_rows.at(int(index.internalId() - 1));
    return index.row() < top.ids.size() ? find(top.ids.at(index.row())) : nullptr;
}

QModelIndex TimelineModel::indexOfExchange(quint64 id) const
{
    const auto it = m_topOf.constFind(id);
    if (it == m_topOf.constEnd())
        return {};
    const TopRow &top = m_rows.at(*it);
    if (!isGroup(top))
        return index(*it, 0);
    return index(int(top.ids.indexOf(id)), 0, index(*it, 0));
}

QModelIndex TimelineModel::indexOfFlow(const QString &flowId) const
{
    const auto it = m_flowRows.constFind(flowId);
    return it == m_flowRows.constEnd() ? QModelIndex() : index(*it, 0);
}

bool TimelineModel::isFailure(const net::Exchange &exchange)
{
    if (exchange.isBrowserStep)
        return !exchange.error.isEmpty();
    return !exchange.error.isEmpty() || exchange.status == 0 || exchange.status >= 400;
}

QString TimelineModel::statusText(const net::Exchange &exchange)
{
    if (!exchange.error.isEmpty())
        return exchange.status > 0 ? u"%1 · %2"_s.arg(exchange.status).arg(tr("failed")) : tr("failed");
    if (exchange.isBrowserStep)
        return exchange.status > 0 ? QString::number(exchange.status) : tr("browser");
    if (exchange.status == 0)
        return tr("no answer");
    if (exchange.reason.isEmpty())
        return QString::number(exchange.status);
    return u"%1 %2"_s.arg(exchange.status).arg(QString::fromLatin1(exchange.reason));
}

QString TimelineModel::durationText(qint64 milliseconds)
{
    if (milliseconds < 1000)
        return tr("%1 ms").arg(milliseconds);
    return tr("%1 s").arg(QLocale().toString(double(milliseconds) / 1000.0, 'f', milliseconds < 10000 ? 2 : 1));
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == topLevel) {
        const TopRow &top = m_rows.at(index.row());
        if (isGroup(top))
            return flowData(top, index.column(), role);
    }
    const net::Exchange *e = exchange(index);
    if (!e)
        return {};
    return exchangeData(*e, index.column(), role);
}

QVariant TimelineModel::exchangeData(const net::Exchange &e, int column, int role) const
{
    const bool failed = isFailure(e);
    switch (role) {
    case ExchangeIdRole:
        return QVariant::fromValue(e.id);
    case FlowIdRole:
        return e.flowId;
    case IsFailureRole:
        return failed;
    case IsFlowRole:
        return false;
    case Qt::DisplayRole:
        switch (column) {
        case TimeColumn:
            return QLocale().toString(e.startedAt.toLocalTime().time(), u"HH:mm:ss.zzz"_s);
        case LabelColumn:
            return e.label.isEmpty() ? tr("(unlabelled)") : e.label;
        case MethodColumn:
            return e.isBrowserStep ? tr("browser") : QString::fromLatin1(e.method);
        case UrlColumn:
            return maskOf(e).maskPlain(e.url.toString());
        case StatusColumn:
            return statusText(e);
        case DurationColumn:
            return e.isBrowserStep && e.elapsedMs == 0 ? QString() : durationText(e.elapsedMs);
        }
        break;
    case Qt::ToolTipRole: {
        QStringList lines{e.label, maskOf(e).maskPlain(e.url.toString())};
        if (!e.error.isEmpty())
            lines.append(maskOf(e).maskPlain(e.error));
        if (e.credentialsDropped)
            lines.append(tr("Credentials dropped on a redirect to another origin."));
        if (e.isBrowserStep)
            lines.append(tr("A step in the browser, not a request Keyway sent."));
        return lines.join(u'\n');
    }
    case Qt::ForegroundRole:
        if (failed && (column == StatusColumn || column == LabelColumn))
            return AuthLook::errorColor(QApplication::palette());
        if (e.isBrowserStep && column != LabelColumn)
            return appearance::mutedText(QApplication::palette());
        if (column == TimeColumn || column == DurationColumn)
            return appearance::mutedText(QApplication::palette());
        break;
    case Qt::DecorationRole:
        if (column == StatusColumn && failed)
            return AuthLook::stateIcon(AuthLook::State::Failed);
        if (column == StatusColumn && e.credentialsDropped)
            return appearance::icon(appearance::IconId::Warning);
        break;
    case Qt::FontRole:
        if (column == MethodColumn || column == UrlColumn)
            return appearance::monospaceFont(QApplication::font());
        break;
    case Qt::TextAlignmentRole:
        if (column == DurationColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::AccessibleTextRole:
        if (column == LabelColumn)
            return tr("%1, %2, %3").arg(e.label, statusText(e), durationText(e.elapsedMs));
        break;
    default:
        break;
    }
    return {};
}

QVariant TimelineModel::flowData(const TopRow &flow, int column, int role) const
{
    QList<const net::Exchange *> exchanges;
    for (quint64 id : flow.ids) {
        if (const net::Exchange *e = find(id))
            exchanges.append(e);
    }
    if (exchanges.isEmpty())
        return {};
    const net::Exchange *first = exchanges.constFirst();
    const net::Exchange *last = exchanges.constLast();
    const bool failed
        = isFailure(*last) || std::any_of(exchanges.cbegin(), exchanges.cend(), [](const net::Exchange *e) { return !e->error.isEmpty(); });
    switch (role) {
    case ExchangeIdRole:
        return QVariant::fromValue(quint64(0));
    case FlowIdRole:
        return flow.flowId;
    case IsFailureRole:
        return failed;
    case IsFlowRole:
        return true;
    case Qt::DisplayRole:
        switch (column) {
        case TimeColumn:
            return QLocale().toString(first->startedAt.toLocalTime().time(), u"HH:mm:ss.zzz"_s);
        case LabelColumn:
            return exchanges.size() == 1 ? first->label : tr("%1 (%n exchanges)", nullptr, int(exchanges.size())).arg(first->label);
        case StatusColumn:
            return statusText(*last);
        case DurationColumn: {
            const qint64 span = first->startedAt.msecsTo(last->startedAt) + last->elapsedMs;
            return durationText(qMax<qint64>(span, 0));
        }
        default:
            break;
        }
        break;
    case Qt::FontRole:
        if (column == LabelColumn) {
            QFont f = QApplication::font();
            f.setWeight(QFont::DemiBold);
            return f;
        }
        break;
    case Qt::ForegroundRole:
        if (failed && (column == StatusColumn || column == LabelColumn))
            return AuthLook::errorColor(QApplication::palette());
        if (column == TimeColumn || column == DurationColumn)
            return appearance::mutedText(QApplication::palette());
        break;
    case Qt::DecorationRole:
        if (column == StatusColumn && failed)
            return AuthLook::stateIcon(AuthLook::State::Failed);
        break;
    case Qt::TextAlignmentRole:
        if (column == DurationColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        return tr("Flow %1: %n exchange(s)", nullptr, int(exchanges.size())).arg(flow.flowId);
    default:
        break;
    }
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case LabelColumn:
        return tr("Exchange");
    case MethodColumn:
        return tr("Method");
    case UrlColumn:
        return tr("URL");
    case StatusColumn:
        return tr("Status");
    case DurationColumn:
        return tr("Duration");
    }
    return {};
}

} // namespace keyway::ui
