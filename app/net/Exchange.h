#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace keyway::net {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// One HTTP exchange as it happened, for the timeline: what was sent, what came back, how long it took.
// Holds secrets in memory exactly as sent (views mask them, exports replace them with hashes);
// `secrets` lists the values known to be secret in it (tokens, client secrets, codes, verifiers,
// passwords, API keys) so that masking does not depend on guessing.
struct Exchange
{
    quint64 id = 0; // assigned by the Timeline
    QString flowId; // groups the exchanges of one sign-in or one request
    QString label; // "Token request (client credentials)", "Discovery", "GET /pets"
    QDateTime startedAt;
    qint64 elapsedMs = 0;

    QByteArray method;
    QUrl url;
    HeaderList requestHeaders;
    QByteArray requestBody;

    int status = 0; // 0 when no HTTP answer came
    QByteArray reason;
    HeaderList responseHeaders;
    QByteArray responseBody;
    bool responseBodyTruncated = false;

    QString error; // network error, timeout, size cap; empty when an HTTP answer came
    bool credentialsDropped = false; // a cross-origin redirect removed credentials
    QUrl finalUrl; // after redirects

    QList<QByteArray> secrets;

    bool isBrowserStep = false; // not sent by Keyway: the authorization redirect seen in the browser
};

} // namespace keyway::net
