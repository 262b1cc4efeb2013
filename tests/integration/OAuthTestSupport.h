#pragma once

// Shared by the OAuth integration tests: bounded waits on flows and callbacks, a synchronous JSON call for the peers'
// test controls, and the test clients of tests/peers/oidc.

#include "auth/AuthFlow.h"
#include "auth/Discovery.h"
#include "auth/OAuthTypes.h"
#include "net/HttpClient.h"
#include "net/Timeline.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <optional>

namespace keyway::test {

// Spins the event loop until `done()` or the deadline; true when done.
template<typename Pred> bool waitUntil(Pred done, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
    }
    return true;
}

inline bool runFlow(auth::AuthFlow &flow, int timeoutMs = 20000)
{
    if (flow.state() == auth::AuthFlow::State::Idle)
        flow.start();
    return waitUntil([&] { return flow.isFinished(); }, timeoutMs);
}

struct JsonAnswer
{
    int status = 0;
    QJsonObject json;
    QByteArray body;
};

// One request outside any flow (not on the timeline), waited for (bounded).
inline JsonAnswer callJson(net::HttpClient &http, const QByteArray &verb, const QUrl &url, const QJsonObject &body = {})
{
    QNetworkRequest request(url);
    QByteArray payload;
    if (verb != "GET") {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    net::RequestInfo info;
    info.record = false;
    std::optional<net::HttpResult> result;
    http.send(verb, request, payload, info, [&](const net::HttpResult &r) { result = r; });
    if (!waitUntil([&] { return result.has_value(); }, 30000))
        return {};
    return {result->httpStatus, QJsonDocument::fromJson(result->body).object(), result->body};
}

inline std::optional<auth::DiscoveryResult> discover(net::HttpClient &http, const QUrl &issuer, QString *error = nullptr)
{
    auth::Discovery discovery(&http);
    std::optional<auth::OAuthResult<auth::DiscoveryResult>> out;
    discovery.discover(issuer, {}, {}, [&](const auth::OAuthResult<auth::DiscoveryResult> &r) { out = r; });
    if (!waitUntil([&] { return out.has_value(); }, 30000)) {
        if (error)
            *error = QStringLiteral("discovery did not finish");
        return std::nullopt;
    }
    if (!*out) {
        if (error)
            *error = out->error().toString();
        return std::nullopt;
    }
    return out->value();
}

inline auth::ClientConfig confidentialClient(auth::ClientAuthMethod method = auth::ClientAuthMethod::ClientSecretBasic)
{
    auth::ClientConfig c;
    c.authMethod = method;
    if (method == auth::ClientAuthMethod::ClientSecretPost) {
        c.clientId = QStringLiteral("keyway-post");
        c.clientSecret = QStringLiteral("keyway-post-secret");
    } else {
        c.clientId = QStringLiteral("keyway-confidential");
        c.clientSecret = QStringLiteral("keyway-confidential-secret");
    }
    return c;
}

inline auth::ClientConfig deviceClient(const QStringList &scopes)
{
    auth::ClientConfig c;
    c.clientId = QStringLiteral("keyway-device");
    c.authMethod = auth::ClientAuthMethod::None;
    c.scopes = scopes;
    c.openId = scopes.contains(QLatin1String("openid"));
    return c;
}

// The timeline exchanges of a flow whose label starts with `label`.
inline QList<net::Exchange> exchangesLabelled(const net::Timeline &timeline, const QString &flowId, const QString &label)
{
    QList<net::Exchange> list;
    for (const net::Exchange &e : timeline.flow(flowId)) {
        if (e.label.startsWith(label))
            list.append(e);
    }
    return list;
}

inline QByteArray requestHeader(const net::Exchange &e, const QByteArray &name)
{
    for (const auto &h : e.requestHeaders) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

} // namespace keyway::test
