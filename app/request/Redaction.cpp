#include "request/Redaction.h"

#include <QCryptographicHash>

#include <algorithm>

namespace keyway::request {

QByteArray redactionMarker(const QByteArray &secret)
{
    const QByteArray hash = QCryptographicHash::hash(secret, QCryptographicHash::Sha256).toHex().left(8);
    return QByteArrayLiteral("<redacted:") + hash + '>';
}

QByteArray maskSecrets(QByteArray text, const QList<QByteArray> &secrets, const QByteArray &fixedMarker)
{
    QList<QByteArray> sorted;
    sorted.reserve(secrets.size());
    for (const QByteArray &s : secrets) {
        if (!s.isEmpty() && !sorted.contains(s))
            sorted.append(s);
    }
    if (sorted.isEmpty() || text.isEmpty())
        return text;
    std::sort(sorted.begin(), sorted.end(), [](const QByteArray &a, const QByteArray &b) { return a.size() > b.size(); });
    // One pass over the text, so that a marker already written is never searched again (a short secret such as
    // "red" must not match inside "<redacted:...>").
    QList<qsizetype> next(sorted.size());
    for (qsizetype k = 0; k < sorted.size(); ++k)
        next[k] = text.indexOf(sorted[k]);
    QByteArray out;
    out.reserve(text.size());
    qsizetype pos = 0;
    while (pos < text.size()) {
        qsizetype best = -1;
        for (qsizetype k = 0; k < sorted.size(); ++k) {
            if (next[k] >= 0 && next[k] < pos)
                next[k] = text.indexOf(sorted[k], pos);
            if (next[k] >= 0 && (best < 0 || next[k] < next[best]))
                best = k; // ties keep the longer secret: sorted longest first
        }
        if (best < 0)
            break;
        out.append(text.constData() + pos, next[best] - pos);
        out.append(fixedMarker.isEmpty() ? redactionMarker(sorted[best]) : fixedMarker);
        pos = next[best] + sorted[best].size();
    }
    if (pos < text.size())
        out.append(text.constData() + pos, text.size() - pos);
    return out;
}

QString maskSecrets(const QString &text, const QList<QByteArray> &secrets, const QByteArray &fixedMarker)
{
    return QString::fromUtf8(maskSecrets(text.toUtf8(), secrets, fixedMarker));
}

QList<QByteArray> secretForms(const QByteArray &secret)
{
    if (secret.isEmpty())
        return {};
    QList<QByteArray> forms{secret};
    const QByteArray encoded = secret.toPercentEncoding();
    if (encoded != secret)
        forms.append(encoded);
    return forms;
}

} // namespace keyway::request
