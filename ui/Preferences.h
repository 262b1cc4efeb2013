#pragma once

#include "net/HttpClient.h"

#include <QLatin1StringView>
#include <QNetworkProxy>
#include <QString>

class QSettings;

namespace keyway::ui {

// The user's preferences, as a plain value: loaded from and saved to the application's QSettings (never
// secrets). Values read back are checked and clamped to the ranges below, so a hand-edited file cannot
// make Keyway wait forever or accept unbounded answers.
//
// Keys (QSettings, group "preferences"):
//   preferences/timeoutSeconds        int, whole exchange including the body       5..600, default 30
//   preferences/idleTimeoutSeconds    int, no byte received for this long         1..600, default 15
//   preferences/maxResponseMegabytes  int, response size cap                       1..1024, default 64
//   preferences/clockSkewSeconds      int, allowed clock difference for ID tokens  0..600, default 60
//   preferences/proxy                 "none" | "system" | "manual"                 default "system"
//   preferences/proxyHost             manual HTTP proxy host name or address       default empty
//   preferences/proxyPort             manual HTTP proxy port                       1..65535, default 8080
//   preferences/language              "" (follow the system locale) or a language code such as "de";
//                                     read by Translations at start-up (a change takes effect on restart)
struct Preferences
{
    enum class Proxy { None, System, Manual };

    static constexpr QLatin1StringView timeoutKey{"preferences/timeoutSeconds"};
    static constexpr QLatin1StringView idleTimeoutKey{"preferences/idleTimeoutSeconds"};
    static constexpr QLatin1StringView maxResponseKey{"preferences/maxResponseMegabytes"};
    static constexpr QLatin1StringView clockSkewKey{"preferences/clockSkewSeconds"};
    static constexpr QLatin1StringView proxyKey{"preferences/proxy"};
    static constexpr QLatin1StringView proxyHostKey{"preferences/proxyHost"};
    static constexpr QLatin1StringView proxyPortKey{"preferences/proxyPort"};
    static constexpr QLatin1StringView languageKey{"preferences/language"};

    static constexpr int minTimeoutSeconds = 5, maxTimeoutSeconds = 600;
    static constexpr int minIdleTimeoutSeconds = 1, maxIdleTimeoutSeconds = 600;
    static constexpr int minResponseMegabytes = 1, maxResponseMegabytes = 1024;
    static constexpr int minClockSkewSeconds = 0, maxClockSkewSeconds = 600;

    int timeoutSeconds = 30;
    int idleTimeoutSeconds = 15;
    int responseMegabytes = 64;
    int clockSkewSeconds = 60;
    Proxy proxy = Proxy::System;
    QString proxyHost;
    quint16 proxyPort = 8080;
    QString language; // empty: the system locale

    static Preferences load(const QSettings &settings);
    void save(QSettings &settings) const;

    // The limits for net::HttpClient::setLimits(): the timeouts and the size cap from here, the rest from `base`.
    net::HttpLimits httpLimits(net::HttpLimits base = {}) const;
    // The proxy for None and Manual; for System, QNetworkProxy::DefaultProxy (the system's configuration is
    // asked per request, see applyTo()).
    QNetworkProxy networkProxy() const;
    // Applies the limits and the proxy to `client` (its QNetworkAccessManager). The clock skew is not an HTTP
    // setting: it goes to the OAuth client configuration (auth::ClientConfig::clockSkewSeconds).
    void applyTo(net::HttpClient &client) const;

    static QString proxyName(Proxy proxy); // "none", "system", "manual"

    friend bool operator==(const Preferences &, const Preferences &) = default;
};

} // namespace keyway::ui
