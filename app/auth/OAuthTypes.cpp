#include "auth/OAuthTypes.h"

#include <QObject>

namespace keyway::auth {

QString OAuthError::toString() const
{
    QStringList parts;
    if (!message.isEmpty())
        parts << message;
    if (!error.isEmpty())
        parts << (errorDescription.isEmpty() ? error : error + QStringLiteral(": ") + errorDescription);
    if (!diagnosis.isEmpty())
        parts << diagnosis;
    return parts.join(u'\n');
}

// The full table of diagnoses is written with the grants (auth/TokenEndpoint.cpp); this is the
// fallback for codes it does not know.
QString diagnoseOAuthError(const QString &error, const QString &errorDescription, const QString &grant, int httpStatus)
{
    Q_UNUSED(errorDescription);
    Q_UNUSED(grant);
    Q_UNUSED(httpStatus);
    return QObject::tr("The server refused the request with \"%1\".").arg(error);
}

} // namespace keyway::auth
