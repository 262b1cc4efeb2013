#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace keyway::storage {

// Where a known secret value turned up (for leak checks). Names the secret by its index in the list
// given, never by its value.
struct SecretHit
{
    int secretIndex = -1;
    QString encoding; // "raw", "base64", "base64url", "percent", "hex"
    qsizetype offset = -1;
    QString file; // for file scans

    QString toString() const;
};

// Looks for each secret in `text`: as is, base64 and base64url encoded (at any alignment, so that a
// secret inside a larger encoded blob is found too), percent-encoded and hex-encoded. Secrets shorter
// than kMinimumSecretLength are skipped (they would match by chance).
class SecretScan final
{
public:
    static constexpr qsizetype kMinimumSecretLength = 8;

    static QList<SecretHit> scan(QByteArrayView text, const QList<QByteArray> &secrets);
    // Every regular file (no FIFOs, sockets or devices) under each path (files or folders, recursively), at most `maxFiles` files and
    // the first `maxBytesPerFile` bytes of each.
    static QList<SecretHit> scanFiles(const QStringList &paths, const QList<QByteArray> &secrets, int maxFiles = 10000,
                                      qint64 maxBytesPerFile = 64 * 1024 * 1024);
    // The forms a secret is searched in (each with its encoding's name).
    static QList<QPair<QString, QByteArray>> needles(const QByteArray &secret);
};

} // namespace keyway::storage
