#pragma once

#include "openapi/Document.h"

#include <QColor>
#include <QFont>
#include <QIcon>
#include <QPalette>
#include <QString>

class QPainter;
class QRect;

namespace keyway::ui::appearance {

enum class IconId {
    App,
    LockClosed, // secured
    LockOpen, // public (`security: []`)
    Anonymous, // anonymous access is one of the alternatives
    NoSecurity, // nothing declared
    Warning,
    And, // several schemes required together
    ApiKey,
    Http,
    OAuth2,
    OpenIdConnect,
    MutualTls,
    Webhook,
    Tag,
    Server,
    Open,
    OpenUrl,
    Reload,
};

QIcon icon(IconId id);
QString iconPath(IconId id); // ":/icons/…svg", also usable as "qrc:" in rich text
IconId schemeIcon(openapi::SecurityScheme::Type type);

// The colour of an HTTP method's badge (readable with white text on light and dark themes).
QColor methodColor(const QString &method);

// The small bold font of method badges, derived from the widget's font.
QFont badgeFont(const QFont &base);
// One width for every badge, so that paths line up.
int badgeWidth(const QFont &base);
int badgeHeight(const QFont &base);
void paintMethodBadge(QPainter *painter, const QRect &rect, const QString &method, const QFont &base, bool muted = false);

// Secondary text: between text and background.
QColor mutedText(const QPalette &palette, QPalette::ColorGroup group = QPalette::Active);
QColor blend(const QColor &a, const QColor &b, qreal ratioOfB);
bool isDark(const QPalette &palette);
QColor warningColor(const QPalette &palette);
QColor cardBorder(const QPalette &palette);
QColor cardBackground(const QPalette &palette);
QColor chipBackground(const QPalette &palette);

// Font used for paths and other literal text.
QFont monospaceFont(const QFont &base);

} // namespace keyway::ui::appearance
