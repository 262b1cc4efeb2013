#include "storage/SecretScan.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

namespace keyway::storage {

QString SecretHit::toString() const
{
    QString text = QStringLiteral("secret #%1 (%2) at offset %3").arg(secretIndex).arg(encoding).arg(offset);
    if (!file.isEmpty())
        text += QStringLiteral(" in ") + file;
    return text;
}

QList<QPair<QString, QByteArray>> SecretScan::needles(const QByteArray &secret)
{
    QList<QPair<QString, QByteArray>> forms;
    forms.append({QStringLiteral("raw"), secret});
    // Base64 of the secret starting at byte offset 0, 1 or 2 of a 3-byte group: keep only the characters
    // made of the secret's bits alone, which appear whatever surrounds it.
    for (int shift = 0; shift < 3; ++shift) {
        const QByteArray padded = QByteArray(shift, '\0') + secret;
        const QByteArray encoded = padded.toBase64(QByteArray::OmitTrailingEquals);
        const qsizetype first = (shift * 8 + 5) / 6; // first character entirely after the prefix
        const qsizetype totalBits = padded.size() * 8;
        const qsizetype last = totalBits / 6; // characters entirely within the data
        if (last - first < 4)
            continue;
        const QByteArray core = encoded.mid(first, last - first);
        forms.append({QStringLiteral("base64"), core});
        QByteArray url = core;
        url.replace('+', '-').replace('/', '_');
        if (url != core)
            forms.append({QStringLiteral("base64url"), url});
    }
    const QByteArray percent = QUrl::toPercentEncoding(QString::fromUtf8(secret));
    if (percent != secret)
        forms.append({QStringLiteral("percent"), percent});
    forms.append({QStringLiteral("hex"), secret.toHex()});
    return forms;
}

QList<SecretHit> SecretScan::scan(QByteArrayView text, const QList<QByteArray> &secrets)
{
    QList<SecretHit> hits;
    for (int i = 0; i < secrets.size(); ++i) {
        if (secrets.at(i).size() < kMinimumSecretLength)
            continue;
        for (const auto &[encoding, needle] : needles(secrets.at(i))) {
            const qsizetype at = text.indexOf(needle);
            if (at >= 0)
                hits.append({i, encoding, at, {}});
        }
    }
    return hits;
}

QList<SecretHit> SecretScan::scanFiles(const QStringList &paths, const QList<QByteArray> &secrets, int maxFiles, qint64 maxBytesPerFile)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isFile()) {
            files.append(info.absoluteFilePath());
        } else if (info.isDir()) {
            QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
            while (it.hasNext() && files.size() < maxFiles)
                files.append(it.next());
        }
        if (files.size() >= maxFiles)
            break;
    }
    QList<SecretHit> hits;
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue; // sockets and the like
        const QByteArray content = file.read(maxBytesPerFile);
        for (SecretHit hit : scan(content, secrets)) {
            hit.file = path;
            hits.append(hit);
        }
    }
    return hits;
}

} // namespace keyway::storage
