#include "storage/ApiIdentity.h"

#include "openapi/Document.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace keyway::storage {

QString ApiIdentity::hashOf(const QString &identity)
{
    const QByteArray digest = QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex().left(16));
}

ApiIdentity ApiIdentity::fromSource(const QUrl &sourceUrl, const QString &title, const QString &apiVersion)
{
    ApiIdentity identity;
    identity.title = title;
    const QString scheme = sourceUrl.scheme().toLower();
    if (sourceUrl.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https"))) {
        QUrl url = sourceUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveFragment | QUrl::NormalizePathSegments);
        url.setScheme(scheme);
        url.setHost(url.host().toLower());
        if ((scheme == QLatin1String("http") && url.port() == 80) || (scheme == QLatin1String("https") && url.port() == 443))
            url.setPort(-1);
        identity.source = QStringLiteral("url:") + url.toString(QUrl::FullyEncoded);
    } else if (sourceUrl.isLocalFile()) {
        const QFileInfo info(sourceUrl.toLocalFile());
        const QString canonical = info.canonicalFilePath();
        identity.source = QStringLiteral("file:") + (canonical.isEmpty() ? info.absoluteFilePath() : canonical);
    } else {
        identity.source = QStringLiteral("title:") + title + QLatin1Char('\n') + apiVersion;
    }
    identity.id = hashOf(identity.source);
    return identity;
}

ApiIdentity ApiIdentity::fromDocument(const openapi::Document &document)
{
    return fromSource(document.sourceUrl, document.title, document.apiVersion);
}

} // namespace keyway::storage
