#include "probe/TokenBucket.h"

#include <QtGlobal>

#include <cmath>

namespace keyway::probe {

TokenBucket::TokenBucket(double ratePerSecond, double burst)
{
    m_clock.start();
    setRate(ratePerSecond, burst);
}

void TokenBucket::setRate(double ratePerSecond, double burst)
{
    m_rate = qMax(0.0, ratePerSecond);
    m_burst = qMax(1.0, burst);
    m_tokens = m_burst;
    m_lastMs = m_clock.elapsed();
}

void TokenBucket::refill()
{
    const qint64 now = m_clock.elapsed();
    m_tokens = qMin(m_burst, m_tokens + double(now - m_lastMs) * m_rate / 1000.0);
    m_lastMs = now;
}

int TokenBucket::msUntilAvailable()
{
    if (m_rate <= 0)
        return 0;
    refill();
    if (m_tokens >= 1.0)
        return 0;
    return qMax(1, int(std::ceil((1.0 - m_tokens) * 1000.0 / m_rate)));
}

bool TokenBucket::tryTake()
{
    if (m_rate <= 0)
        return true;
    refill();
    if (m_tokens < 1.0)
        return false;
    m_tokens -= 1.0;
    return true;
}

} // namespace keyway::probe
