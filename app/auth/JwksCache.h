#pragma once

#include "auth/Jwk.h"
#include "auth/OAuthResult.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>

namespace keyway::net {
class HttpClient;
}

namespace keyway::auth {

// The issuers' key sets, fetched through the HttpClient and cached per jwks_uri. A token whose kid is unknown
// makes the caller ask for one refetch (keys rotate); a second unknown kid is then a clear failure, and
// refetches of one URI are rate-limited so that a stream of forged kids cannot hammer the server.
class JwksCache final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JwksCache)

public:
    using Callback = std::function<void(const OAuthResult<JwkSet> &)>;

    explicit JwksCache(net::HttpClient *http, QObject *parent = nullptr);

    // The keys at `uri`: from the cache while fresh, otherwise fetched. Concurrent requests for one URI share
    // one fetch. `done` runs exactly once, never synchronously inside this call.
    void keys(const QUrl &uri, const QString &flowId, Callback done);
    // Fetches again (a kid was unknown), unless the last such refetch of `uri` is younger than
    // minimumRefetchIntervalSeconds(): then the cached keys are handed back as they are.
    void refetch(const QUrl &uri, const QString &flowId, Callback done);

    // The cached set, or null.
    const JwkSet *cached(const QUrl &uri) const;
    // How many times `uri` was fetched over the network (for the UI's "fetched 2×", and tests).
    int fetchCount(const QUrl &uri) const;
    void clear();

    int maxAgeSeconds() const { return m_maxAgeSeconds; }
    void setMaxAgeSeconds(int seconds) { m_maxAgeSeconds = seconds; }
    int minimumRefetchIntervalSeconds() const { return m_minRefetchSeconds; }
    void setMinimumRefetchIntervalSeconds(int seconds) { m_minRefetchSeconds = seconds; }

private:
    struct Entry
    {
        JwkSet keys;
        bool valid = false;
        QDateTime fetchedAt;
        QDateTime refetchedAt; // the last forced refetch
        int fetchCount = 0;
        QList<Callback> waiting; // callers of a fetch under way
        bool fetching = false;
    };
    void fetch(const QUrl &uri, const QString &flowId, Callback done);
    void deliverLater(Callback done, const OAuthResult<JwkSet> &result);

    net::HttpClient *m_http;
    QHash<QUrl, Entry> m_entries;
    int m_maxAgeSeconds = 3600;
    int m_minRefetchSeconds = 10;
};

} // namespace keyway::auth
