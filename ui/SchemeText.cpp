#include "SchemeText.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace keyway::ui {

using openapi::OAuthFlow;
using openapi::SchemeUse;
using openapi::SecurityRequirement;
using openapi::SecurityScheme;

QString SchemeText::kindLabel(const SecurityScheme &scheme)
{
    switch (scheme.type) {
    case SecurityScheme::Type::ApiKey:
        return tr("API key");
    case SecurityScheme::Type::Http: {
        if (scheme.httpScheme == u"basic")
            return tr("HTTP Basic");
        if (scheme.httpScheme == u"bearer")
            return tr("HTTP Bearer");
        if (scheme.httpScheme == u"digest")
            return tr("HTTP Digest");
        if (scheme.httpSchemeAsWritten.isEmpty())
            return tr("HTTP authentication");
        return tr("HTTP %1").arg(scheme.httpSchemeAsWritten);
    }
    case SecurityScheme::Type::OAuth2:
        return tr("OAuth 2.0");
    case SecurityScheme::Type::OpenIdConnect:
        return tr("OpenID Connect");
    case SecurityScheme::Type::MutualTls:
        return tr("Mutual TLS");
    case SecurityScheme::Type::Unknown:
        break;
    }
    return scheme.typeAsWritten.isEmpty() ? tr("Unknown type") : tr("Unknown type “%1”").arg(scheme.typeAsWritten);
}

QString SchemeText::inLabel(const SecurityScheme &scheme)
{
    switch (scheme.in) {
    case SecurityScheme::In::Header:
        return tr("header");
    case SecurityScheme::In::Query:
        return tr("query parameter");
    case SecurityScheme::In::Cookie:
        return tr("cookie");
    case SecurityScheme::In::Unknown:
        break;
    }
    return scheme.inAsWritten.isEmpty() ? tr("(location not given)") : scheme.inAsWritten;
}

QString SchemeText::flowLabel(OAuthFlow::Kind kind)
{
    switch (kind) {
    case OAuthFlow::Kind::AuthorizationCode:
        return tr("Authorization code");
    case OAuthFlow::Kind::Implicit:
        return tr("Implicit");
    case OAuthFlow::Kind::Password:
        return tr("Password");
    case OAuthFlow::Kind::ClientCredentials:
        return tr("Client credentials");
    case OAuthFlow::Kind::DeviceAuthorization:
        return tr("Device authorization");
    }
    return {};
}

QString SchemeText::detailLabel(const SecurityScheme &scheme)
{
    switch (scheme.type) {
    case SecurityScheme::Type::ApiKey:
        if (scheme.parameterName.isEmpty())
            return inLabel(scheme);
        return tr("%1 %2").arg(inLabel(scheme), scheme.parameterName);
    case SecurityScheme::Type::Http:
        return scheme.bearerFormat;
    case SecurityScheme::Type::OAuth2: {
        QStringList flows;
        for (const OAuthFlow &flow : scheme.flows)
            flows.append(flowLabel(flow.kind).toLower());
        return QLocale().createSeparatedList(flows);
    }
    case SecurityScheme::Type::OpenIdConnect:
    case SecurityScheme::Type::MutualTls:
    case SecurityScheme::Type::Unknown:
        break;
    }
    return {};
}

QString SchemeText::kindAndDetail(const SecurityScheme &scheme)
{
    const QString detail = detailLabel(scheme);
    return detail.isEmpty() ? kindLabel(scheme) : tr("%1 · %2").arg(kindLabel(scheme), detail);
}

SecurityBadge SchemeText::badge(const SecurityRequirement &requirement)
{
    if (requirement.origin == SecurityRequirement::Origin::None)
        return SecurityBadge::NoneDeclared;
    if (requirement.alternatives.isEmpty())
        return SecurityBadge::Public;
    for (const QList<SchemeUse> &alternative : requirement.alternatives) {
        for (const SchemeUse &use : alternative) {
            if (!use.defined)
                return SecurityBadge::Undefined;
        }
    }
    if (requirement.allowsAnonymous())
        return SecurityBadge::AnonymousAllowed;
    return SecurityBadge::Secured;
}

appearance::IconId SchemeText::badgeIcon(SecurityBadge badge)
{
    using appearance::IconId;
    switch (badge) {
    case SecurityBadge::Secured:
        return IconId::LockClosed;
    case SecurityBadge::AnonymousAllowed:
        return IconId::Anonymous;
    case SecurityBadge::Public:
        return IconId::LockOpen;
    case SecurityBadge::NoneDeclared:
        return IconId::NoSecurity;
    case SecurityBadge::Undefined:
        return IconId::Warning;
    }
    return IconId::NoSecurity;
}

QString SchemeText::badgeText(const SecurityRequirement &requirement)
{
    switch (badge(requirement)) {
    case SecurityBadge::Public:
        return tr("public");
    case SecurityBadge::NoneDeclared:
        return {};
    case SecurityBadge::AnonymousAllowed:
    case SecurityBadge::Secured:
    case SecurityBadge::Undefined:
        break;
    }
    // The structure at a glance: "a + b" must be sent together, "a | b" are alternatives.
    QStringList options;
    bool anonymous = false;
    for (const QList<SchemeUse> &alternative : requirement.alternatives) {
        if (alternative.isEmpty()) {
            anonymous = true;
            continue;
        }
        QStringList together;
        for (const SchemeUse &use : alternative)
            together << use.scheme;
        options << together.join(u" + "_s);
    }
    if (anonymous)
        options << tr("anonymous");
    return options.join(u" | "_s);
}

QString SchemeText::alternativeText(const QList<SchemeUse> &alternative)
{
    if (alternative.isEmpty())
        return tr("anonymous access");
    QStringList parts;
    for (const SchemeUse &use : alternative) {
        QString part = use.scheme;
        if (!use.scopes.isEmpty())
            part += u" ("_s + use.scopes.join(u", "_s) + u')';
        if (!use.defined)
            part += tr(" [not defined]");
        parts.append(part);
    }
    return parts.join(tr(" and "));
}

QString SchemeText::sentence(const SecurityRequirement &requirement)
{
    switch (badge(requirement)) {
    case SecurityBadge::Public:
        return tr("Public: declares security: [], no credentials needed.");
    case SecurityBadge::NoneDeclared:
        return tr("No security declared.");
    case SecurityBadge::Secured:
    case SecurityBadge::AnonymousAllowed:
    case SecurityBadge::Undefined:
        break;
    }
    QStringList options;
    for (const QList<SchemeUse> &alternative : requirement.alternatives)
        options.append(alternativeText(alternative));
    if (options.size() == 1)
        return tr("Requires %1.").arg(options.constFirst());
    return tr("Requires one of: %1.").arg(options.join(tr("; or ")));
}

QString SchemeText::originText(const SecurityRequirement &requirement, bool documentHasGlobalSecurity)
{
    switch (requirement.origin) {
    case SecurityRequirement::Origin::Global:
        return tr("Inherited from the document’s top-level security.");
    case SecurityRequirement::Origin::Operation:
        return documentHasGlobalSecurity ? tr("Declared on this operation, overriding the document’s security.")
                                         : tr("Declared on this operation.");
    case SecurityRequirement::Origin::None:
        break;
    }
    return tr("No security declared: neither this operation nor the document says which credentials it needs.");
}

} // namespace keyway::ui
