#include "auth/JwksCache.h"

#include "auth/TokenEndpoint.h"
#include "net/HttpClient.h"

#include <QLoggingCategory>
#include <QNetworkRequest>
#include <QTimer>

namespace keyway::auth {

namespace {
Q_LOGGING_CATEGORY(lcJwks, "keyway.oauth.jwks")
}

JwksCache::JwksCache(net::HttpClient *http, QObject *parent) : QObject(parent), m_http(http)
{ }

const JwkSet *JwksCache::cached(const QUrl &uri) const
{
    const auto it = m_entries.constFind(uri);
    return it != m_entries.constEnd() && it->valid ? &it->keys : nullptr;
}

int JwksCache::fetchCount(const QUrl &uri) const
{
    return m_entries.value(uri).fetchCount;
}

void JwksCache::clear()
{
    // Entries with a fetch under way stay, so that their callers still hear back.
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (it->fetching) {
            it->valid = false;
            ++it;
        } else {
            it = m_entries.erase(it);
        }
    }
}

void JwksCache::deliverLater(Callback done, const OAuthResult<JwkSet> &result)
{
    QTimer::singleShot(0, this, [done = std::move(done), result] { done(result); });
}

void JwksCache::keys(const QUrl &uri, const QString &flowId, Callback done)
{
    const auto it = m_entries.constFind(uri);
    if (it != m_entries.constEnd() && it->valid && !it->fetching
        && it->fetchedAt.secsTo(QDateTime::currentDateTimeUtc()) < m_maxAgeSeconds) {
        deliverLater(std::move(done), it->keys);
        return;
    }
    fetch(uri, flowId, std::move(done));
}

void JwksCache::refetch(const QUrl &uri, const QString &flowId, Callback done)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto it = m_entries.find(uri);
    if (it != m_entries.end() && it->valid && !it->fetching && it->refetchedAt.isValid()
        && it->refetchedAt.secsTo(now) < m_minRefetchSeconds) {
        qCDebug(lcJwks) << "refetch of" << uri.toDisplayString() << "skipped: refetched" << it->refetchedAt.secsTo(now) << "s ago";
        deliverLater(std::move(done), it->keys);
        return;
    }
    m_entries[uri].refetchedAt = now;
    fetch(uri, flowId, std::move(done));
}

void JwksCache::fetch(const QUrl &uri, const QString &flowId, Callback done)
{
    Entry &entry = m_entries[uri];
    entry.waiting.append(std::move(done));
    if (entry.fetching)
        return;
    if (!m_http || !uri.isValid() || uri.isRelative()) {
        OAuthError e;
        e.kind = OAuthError::Kind::Configuration;
        e.message = tr("The JWKS URL \"%1\" is not usable.").arg(uri.toString());
        e.diagnosis = tr("The issuer's metadata must name its jwks_uri; without keys, signatures cannot be verified.");
        const QList<Callback> waiting = std::exchange(entry.waiting, {});
        for (const Callback &cb : waiting)
            deliverLater(cb, e);
        return;
    }
    entry.fetching = true;
    QNetworkRequest request(uri);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/jwk-set+json, application/json"));
    net::RequestInfo info;
    info.label = tr("JWKS");
    info.flowId = flowId;
    qCDebug(lcJwks) << "fetching" << uri.toDisplayString();
    QPointer<JwksCache> self(this);
    m_http->send(QByteArrayLiteral("GET"), request, {}, info, [self, uri](const net::HttpResult &result) {
        if (!self)
            return;
        Entry &e = self->m_entries[uri];
        e.fetching = false;
        ++e.fetchCount;
        std::optional<OAuthResult<JwkSet>> outcome;
        if (!result.succeeded() || result.httpStatus < 200 || result.httpStatus >= 300) {
            outcome = errorFromResponse(result, grants::jwks, tr("JWKS endpoint"));
        } else if (result.body.size() > kMaxJwksBytes) {
            OAuthError err;
            err.kind = OAuthError::Kind::UnexpectedResponse;
            err.httpStatus = result.httpStatus;
            err.message = tr("The JWKS at %1 is larger than %2 KB.").arg(uri.toDisplayString()).arg(kMaxJwksBytes / 1024);
            err.diagnosis = tr("A key set holds a few keys; this is not one.");
            outcome = err;
        } else {
            Result<JwkSet> parsed = parseJwks(result.body);
            if (!parsed) {
                OAuthError err;
                err.kind = OAuthError::Kind::UnexpectedResponse;
                err.httpStatus = result.httpStatus;
                err.rawBody = result.body.left(64 * 1024);
                err.message = tr("The JWKS at %1 is not usable: %2").arg(uri.toDisplayString(), parsed.error().message);
                err.diagnosis = looksLikeHtml(result.body) ? tr("An HTML page came instead of a key set: the jwks_uri is wrong or "
                                                                "a proxy intercepted the request.")
                                                           : tr("Check that jwks_uri points at a JSON Web Key Set ({\"keys\": [...]}).");
                outcome = err;
            } else {
                e.keys = parsed.value();
                e.valid = true;
                e.fetchedAt = QDateTime::currentDateTimeUtc();
                outcome = parsed.value();
            }
        }
        const QList<Callback> waiting = std::exchange(e.waiting, {});
        for (const Callback &cb : waiting)
            cb(*outcome);
    });
}

} // namespace keyway::auth
