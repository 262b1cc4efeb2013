#pragma once

#include "core/Result.h"
#include "net/Exchange.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace keyway::recorder {

// A decoded JWT kept in an export: its header and claims, and the marker that replaced the token.
struct HarToken
{
    QString marker;
    QString where;
    QJsonObject header;
    QJsonObject claims;
    bool decoded = false;
};

// One HAR entry read back: the exchange as the timeline knows it (its `secrets` are empty: the values in it are
// redaction markers already) and Keyway's extra fields when the file came from Keyway.
struct HarEntry
{
    net::Exchange exchange;
    QList<HarToken> tokens;
    int redactions = 0;
};

struct HarLog
{
    QString version; // "1.2" (1.1 is read too)
    QString creatorName;
    QString creatorVersion;
    QList<HarEntry> entries;
    int redactionCount = -1; // from Keyway's log fields; -1 when absent
};

// Reads HAR 1.1/1.2 strictly: pure functions (no I/O), for import and for fuzzing. Every member Keyway uses is
// type-checked; an error names the member by its path ("log.entries[3].request.headers[1].value: expected a
// string") and no input can crash or exhaust memory: the input size, entry count, header count and string sizes
// are capped.
class HarReader final
{
public:
    static constexpr qsizetype kMaxBytes = 32 * 1024 * 1024;
    static constexpr qsizetype kMaxEntries = 5000;
    static constexpr qsizetype kMaxHeaders = 500;
    static constexpr qsizetype kMaxTokensPerEntry = 50;
    static constexpr qsizetype kMaxUrlLength = 64 * 1024;

    static Result<HarLog> parse(const QByteArray &bytes);
    // The same checks on an already parsed document ({"log": {...}}); `path` prefixes error paths.
    static Result<HarLog> fromJson(const QJsonObject &root, const QString &path = {});
};

} // namespace keyway::recorder
