#pragma once

#include "core/Result.h"
#include "net/Exchange.h"
#include "recorder/SecretRedactor.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace keyway::net {
class Timeline;
}

namespace keyway::recorder {

struct HarExportOptions
{
    // The key of the redaction markers; empty for a random one (the default: markers are stable within one
    // export, and cannot be matched against a table of guessed secrets).
    QByteArray markerKey;
    QString creatorName = QStringLiteral("Keyway");
    QString creatorVersion = QStringLiteral(KEYWAY_VERSION);
};

struct HarExport
{
    QJsonObject document; // {"log": {...}}
    QByteArray json; // the document, indented
    int entryCount = 0;
    int redactionCount = 0; // markers written
    int distinctSecrets = 0; // distinct values replaced or searched for
    int tokenCount = 0; // JWTs whose header and claims were kept
};

// The timeline as HAR 1.2 (https://w3c.github.io/web-performance/specs/HAR/Overview.html) with every secret replaced
// by a SecretRedactor marker. Each entry has, besides the HAR fields, a "_keyway" object: exchange id, flow id,
// label, error, final URL, whether credentials were dropped on a redirect, whether it was a browser step, the
// number of values redacted in it, and "tokens": the decoded header and claims of every JWT it carried (never
// the signature). The log has a "_keyway" object with the marker format and the totals.
//
// Redaction runs in two passes over the exchanges: the first finds every secret (the exchanges' own lists, and by
// structure: parameter and header names, cookies, Authorization credentials, JWTs), the second writes the
// document with all of them replaced wherever they appear. The result is then scanned (storage::SecretScan: raw,
// base64, base64url, percent and hex forms) for every secret found; a hit makes the export fail rather than leak.
class HarExporter final
{
public:
    explicit HarExporter(const HarExportOptions &options = {});

    Result<HarExport> exportExchanges(const QList<net::Exchange> &exchanges);

    // The redactor of the last export (same markers), for text that goes along with it (a bundle's workspace
    // and diagnosis).
    SecretRedactor &redactor() { return m_redactor; }

    // Refuses `bytes` when any secret seen so far (at least SecretScan's minimum length) occurs in them, in any
    // encoding SecretScan knows.
    Result<bool> verifyNoSecrets(const QByteArray &bytes) const;

    // The exchanges of a flow, or with the given ids (in timeline order; unknown ids ignored).
    static QList<net::Exchange> selectFlow(const net::Timeline &timeline, const QString &flowId);
    static QList<net::Exchange> selectIds(const net::Timeline &timeline, const QList<quint64> &ids);

    static constexpr qsizetype kMaxTextBody = 4 * 1024 * 1024;

private:
    QJsonObject entry(const net::Exchange &exchange);

    HarExportOptions m_options;
    SecretRedactor m_redactor;
};

} // namespace keyway::recorder
