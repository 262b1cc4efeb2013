#pragma once

#include <QElapsedTimer>

namespace keyway::probe {

// A token bucket: `rate` requests per second on average, bursts of up to `burst`. A rate of 0 means no limit.
class TokenBucket final
{
public:
    explicit TokenBucket(double ratePerSecond = 0, double burst = 1);
    void setRate(double ratePerSecond, double burst = 1);
    double rate() const { return m_rate; }
    // Milliseconds until a token is available (0: now).
    int msUntilAvailable();
    // Takes a token when one is available.
    bool tryTake();

private:
    void refill();
    double m_rate = 0;
    double m_burst = 1;
    double m_tokens = 1;
    QElapsedTimer m_clock;
    qint64 m_lastMs = 0;
};

} // namespace keyway::probe
