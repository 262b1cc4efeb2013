#pragma once

#include "Appearance.h"
#include "openapi/Document.h"

#include <QCoreApplication>
#include <QString>

namespace keyway::ui {

// How an operation's security reads at a glance (the badge of a row in the operations tree).
enum class SecurityBadge {
    Secured, // credentials are required
    AnonymousAllowed, // one alternative is `{}`
    Public, // `security: []`
    NoneDeclared, // nothing said anywhere
    Undefined, // names a scheme the document does not define
};

// Words for schemes, flows and requirements, shared by every panel so that they all say the same thing.
class SchemeText final
{
    Q_DECLARE_TR_FUNCTIONS(keyway::ui::SchemeText)

public:
    SchemeText() = delete;

    static QString kindLabel(const openapi::SecurityScheme &scheme); // "OAuth 2.0", "HTTP Bearer", "API key"
    static QString detailLabel(const openapi::SecurityScheme &scheme); // "header X-API-KEY", "JWT", flows
    static QString kindAndDetail(const openapi::SecurityScheme &scheme); // "API key · header X-API-KEY"
    static QString flowLabel(openapi::OAuthFlow::Kind kind); // "Authorization code"
    static QString inLabel(const openapi::SecurityScheme &scheme); // "header", "query parameter", "cookie"

    static SecurityBadge badge(const openapi::SecurityRequirement &requirement);
    static appearance::IconId badgeIcon(SecurityBadge badge);
    // Short text next to the badge: scheme names, "public", "anonymous or …".
    static QString badgeText(const openapi::SecurityRequirement &requirement);
    // One plain-language sentence about the requirement, for tooltips and accessible descriptions.
    static QString sentence(const openapi::SecurityRequirement &requirement);
    // Where the requirement comes from.
    static QString originText(const openapi::SecurityRequirement &requirement, bool documentHasGlobalSecurity);
    // "oauth2 (read, write) and api_key".
    static QString alternativeText(const QList<openapi::SchemeUse> &alternative);
};

} // namespace keyway::ui
