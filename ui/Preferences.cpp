#include "Preferences.h"

#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QSettings>

#include <algorithm>

namespace keyway::ui {

namespace {

// Asks the desktop's proxy configuration (environment, or the platform's settings) for each request; owned by
// the QNetworkAccessManager it is given to.
class SystemProxyFactory final : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override { return systemProxyForQuery(query); }
};

int readInt(const QSettings &settings, QLatin1StringView key, int fallback, int low, int high)
{
    bool ok = false;
    const int value = settings.value(key, fallback).toInt(&ok);
    return ok ? std::clamp(value, low, high) : fallback;
}

} // namespace

QString Preferences::proxyName(Proxy proxy)
{
    switch (proxy) {
    case Proxy::None:
        return QStringLiteral("none");
    case Proxy::Manual:
        return QStringLiteral("manual");
    case Proxy::System:
        break;
    }
    return QStringLiteral("system");
}

Preferences Preferences::load(const QSettings &settings)
{
    Preferences p;
    p.timeoutSeconds = readInt(settings, timeoutKey, p.timeoutSeconds, minTimeoutSeconds, maxTimeoutSeconds);
    p.idleTimeoutSeconds = readInt(settings, idleTimeoutKey, p.idleTimeoutSeconds, minIdleTimeoutSeconds, maxIdleTimeoutSeconds);
    p.responseMegabytes = readInt(settings, maxResponseKey, p.responseMegabytes, minResponseMegabytes, maxResponseMegabytes);
    p.clockSkewSeconds = readInt(settings, clockSkewKey, p.clockSkewSeconds, minClockSkewSeconds, maxClockSkewSeconds);
    const QString proxy = settings.value(proxyKey).toString();
    if (proxy == proxyName(Proxy::None))
        p.proxy = Proxy::None;
    else if (proxy == proxyName(Proxy::Manual))
        p.proxy = Proxy::Manual;
    p.proxyHost = settings.value(proxyHostKey).toString().trimmed();
    p.proxyPort = quint16(readInt(settings, proxyPortKey, p.proxyPort, 1, 65535));
    // A manual proxy without a host cannot be used: fall back to the system's configuration.
    if (p.proxy == Proxy::Manual && p.proxyHost.isEmpty())
        p.proxy = Proxy::System;
    p.language = settings.value(languageKey).toString().trimmed();
    return p;
}

void Preferences::save(QSettings &settings) const
{
    settings.setValue(timeoutKey, timeoutSeconds);
    settings.setValue(idleTimeoutKey, idleTimeoutSeconds);
    settings.setValue(maxResponseKey, responseMegabytes);
    settings.setValue(clockSkewKey, clockSkewSeconds);
    settings.setValue(proxyKey, proxyName(proxy));
    settings.setValue(proxyHostKey, proxyHost);
    settings.setValue(proxyPortKey, int(proxyPort));
    settings.setValue(languageKey, language);
}

net::HttpLimits Preferences::httpLimits(net::HttpLimits base) const
{
    base.timeout = std::chrono::seconds(timeoutSeconds);
    base.idleTimeout = std::chrono::seconds(idleTimeoutSeconds);
    base.maxResponseBytes = qint64(responseMegabytes) * 1024 * 1024;
    return base;
}

QNetworkProxy Preferences::networkProxy() const
{
    switch (proxy) {
    case Proxy::None:
        return QNetworkProxy(QNetworkProxy::NoProxy);
    case Proxy::Manual:
        return QNetworkProxy(QNetworkProxy::HttpProxy, proxyHost, proxyPort);
    case Proxy::System:
        break;
    }
    return QNetworkProxy(QNetworkProxy::DefaultProxy);
}

void Preferences::applyTo(net::HttpClient &client) const
{
    client.setLimits(httpLimits(client.limits()));
    QNetworkAccessManager *nam = client.networkAccessManager();
    if (!nam)
        return;
    if (proxy == Proxy::System)
        nam->setProxyFactory(new SystemProxyFactory); // replaces (and deletes) an earlier factory
    else
        nam->setProxy(networkProxy()); // also drops a factory set before
}

} // namespace keyway::ui
