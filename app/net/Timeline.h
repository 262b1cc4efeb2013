#pragma once

#include "net/Exchange.h"

#include <QList>
#include <QObject>

namespace keyway::net {

// Every HTTP exchange of this session, in order: sign-in flows, discovery, JWKS, requests. The views
// and the flight recorder read it; nothing else keeps exchanges. Bounded: the oldest exchanges are
// dropped past maxExchanges.
class Timeline final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Timeline)

public:
    explicit Timeline(QObject *parent = nullptr);

    // Adds an exchange, assigns its id, and returns it.
    quint64 append(Exchange exchange);
    // Replaces the exchange with that id (for steps that complete later); false if it is gone.
    bool update(const Exchange &exchange);
    const QList<Exchange> &exchanges() const { return m_exchanges; }
    const Exchange *find(quint64 id) const;
    QList<Exchange> flow(const QString &flowId) const;
    void clear();

    int maxExchanges() const { return m_max; }
    void setMaxExchanges(int max);

    // A new, unique flow id ("flow-7").
    QString newFlowId();

Q_SIGNALS:
    void exchangeAdded(quint64 id);
    void exchangeUpdated(quint64 id);
    void exchangesRemoved(); // trimmed or cleared

private:
    QList<Exchange> m_exchanges;
    quint64 m_nextId = 1;
    quint64 m_nextFlow = 1;
    int m_max = 2000;
};

} // namespace keyway::net
