#include "net/Timeline.h"

namespace keyway::net {

Timeline::Timeline(QObject *parent) : QObject(parent)
{ }

quint64 Timeline::append(Exchange exchange)
{
    exchange.id = m_nextId++;
    const quint64 id = exchange.id;
    m_exchanges.append(std::move(exchange));
    bool trimmed = false;
    while (m_exchanges.size() > m_max) {
        m_exchanges.removeFirst();
        trimmed = true;
    }
    if (trimmed)
        Q_EMIT exchangesRemoved();
    Q_EMIT exchangeAdded(id);
    return id;
}

bool Timeline::update(const Exchange &exchange)
{
    for (Exchange &e : m_exchanges) {
        if (e.id == exchange.id) {
            e = exchange;
            Q_EMIT exchangeUpdated(e.id);
            return true;
        }
    }
    return false;
}

const Exchange *Timeline::find(quint64 id) const
{
    for (const Exchange &e : m_exchanges) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

QList<Exchange> Timeline::flow(const QString &flowId) const
{
    QList<Exchange> result;
    for (const Exchange &e : m_exchanges) {
        if (e.flowId == flowId)
            result.append(e);
    }
    return result;
}

void Timeline::clear()
{
    m_exchanges.clear();
    Q_EMIT exchangesRemoved();
}

void Timeline::setMaxExchanges(int max)
{
    m_max = qMax(1, max);
    if (m_exchanges.size() > m_max) {
        m_exchanges.remove(0, m_exchanges.size() - m_max);
        Q_EMIT exchangesRemoved();
    }
}

QString Timeline::newFlowId()
{
    return QStringLiteral("flow-%1").arg(m_nextFlow++);
}

} // namespace keyway::net
