#include "recorder/FlowDiagnoser.h"

#include "auth/OAuthTypes.h"
#include "auth/TokenEndpoint.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace keyway::recorder {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(keyway::recorder::FlowDiagnoser)
};

QString grantOf(const net::Exchange &e)
{
    const QUrlQuery form(QString::fromUtf8(e.requestBody));
    const QString type = form.queryItemValue(u"grant_type"_s, QUrl::FullyDecoded);
    if (type == u"authorization_code")
        return auth::grants::authorizationCode;
    if (type == u"client_credentials")
        return auth::grants::clientCredentials;
    if (type == u"password")
        return auth::grants::password;
    if (type == u"refresh_token")
        return auth::grants::refresh;
    if (type == u"urn:ietf:params:oauth:grant-type:device_code")
        return auth::grants::deviceCode;
    return {};
}

} // namespace

std::optional<FlowDiagnosis> FlowDiagnoser::diagnose(const net::Exchange &e)
{
    const QString where = u"%1 %2"_s.arg(QString::fromLatin1(e.method),
                                         e.url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::RemoveFragment));
    FlowDiagnosis d;
    d.flowId = e.flowId;
    d.title = Tr::tr("%1 failed").arg(e.label.isEmpty() ? where : e.label);
    if (e.status == 0) {
        if (e.error.isEmpty())
            return std::nullopt;
        d.text = Tr::tr("No answer from %1: %2").arg(where, e.error);
        return d;
    }
    if (e.status < 400)
        return std::nullopt;
    const QJsonObject body = QJsonDocument::fromJson(e.responseBody).object();
    const QString error = body.value(u"error"_s).toString();
    const QString description = body.value(u"error_description"_s).toString();
    QString text = Tr::tr("%1 answered HTTP %2").arg(where).arg(e.status);
    if (!error.isEmpty())
        text += u" ("_s + error + (description.isEmpty() ? QString() : u": "_s + description) + u')';
    text += u". "_s + auth::diagnoseOAuthError(error, description, grantOf(e), e.status);
    for (const auto &[name, value] : e.responseHeaders) {
        if (name.compare("www-authenticate", Qt::CaseInsensitive) == 0)
            text += u' ' + Tr::tr("The server asked for: %1").arg(QString::fromUtf8(value));
    }
    d.text = text;
    return d;
}

QList<FlowDiagnosis> FlowDiagnoser::diagnose(const QList<net::Exchange> &exchanges)
{
    QList<FlowDiagnosis> out;
    for (const net::Exchange &e : exchanges) {
        if (auto d = diagnose(e))
            out.append(*d);
    }
    return out;
}

} // namespace keyway::recorder
