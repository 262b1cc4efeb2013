#include "Appearance.h"

#include "Resources.h"

#include <QFontDatabase>
#include <QFontMetrics>
#include <QHash>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace keyway::ui::appearance {

QString iconPath(IconId id)
{
    switch (id) {
    case IconId::App:
        return u":/icons/keyway.svg"_s;
    case IconId::LockClosed:
        return u":/icons/lock-closed.svg"_s;
    case IconId::LockOpen:
        return u":/icons/lock-open.svg"_s;
    case IconId::Anonymous:
        return u":/icons/anonymous.svg"_s;
    case IconId::NoSecurity:
        return u":/icons/no-security.svg"_s;
    case IconId::Warning:
        return u":/icons/warning.svg"_s;
    case IconId::And:
        return u":/icons/and.svg"_s;
    case IconId::ApiKey:
        return u":/icons/scheme-apikey.svg"_s;
    case IconId::Http:
        return u":/icons/scheme-http.svg"_s;
    case IconId::OAuth2:
        return u":/icons/scheme-oauth2.svg"_s;
    case IconId::OpenIdConnect:
        return u":/icons/scheme-openid.svg"_s;
    case IconId::MutualTls:
        return u":/icons/scheme-mtls.svg"_s;
    case IconId::Webhook:
        return u":/icons/webhook.svg"_s;
    case IconId::Tag:
        return u":/icons/tag.svg"_s;
    case IconId::Server:
        return u":/icons/server.svg"_s;
    case IconId::Open:
        return u":/icons/open.svg"_s;
    case IconId::OpenUrl:
        return u":/icons/open-url.svg"_s;
    case IconId::Reload:
        return u":/icons/reload.svg"_s;
    }
    return {};
}

QIcon icon(IconId id)
{
    initResources();
    static QHash<int, QIcon> cache;
    auto it = cache.constFind(int(id));
    if (it != cache.constEnd())
        return *it;
    QIcon result(iconPath(id));
    cache.insert(int(id), result);
    return result;
}

IconId schemeIcon(openapi::SecurityScheme::Type type)
{
    using Type = openapi::SecurityScheme::Type;
    switch (type) {
    case Type::ApiKey:
        return IconId::ApiKey;
    case Type::Http:
        return IconId::Http;
    case Type::OAuth2:
        return IconId::OAuth2;
    case Type::OpenIdConnect:
        return IconId::OpenIdConnect;
    case Type::MutualTls:
        return IconId::MutualTls;
    case Type::Unknown:
        break;
    }
    return IconId::Warning;
}

QColor methodColor(const QString &method)
{
    const QString m = method.toLower();
    if (m == u"get")
        return QColor(0x1f, 0x6f, 0xeb);
    if (m == u"post")
        return QColor(0x1a, 0x7f, 0x37);
    if (m == u"put")
        return QColor(0xb3, 0x59, 0x00);
    if (m == u"patch")
        return QColor(0x82, 0x50, 0xdf);
    if (m == u"delete")
        return QColor(0xcf, 0x22, 0x2e);
    if (m == u"head" || m == u"query")
        return QColor(0x0e, 0x74, 0x90);
    return QColor(0x57, 0x60, 0x6a); // options, trace and anything else
}

QFont badgeFont(const QFont &base)
{
    QFont f = base;
    f.setBold(true);
    if (base.pointSizeF() > 0)
        f.setPointSizeF(base.pointSizeF() * 0.78);
    else if (base.pixelSize() > 0)
        f.setPixelSize(qMax(8, int(base.pixelSize() * 0.78)));
    return f;
}

int badgeWidth(const QFont &base)
{
    const QFontMetrics fm(badgeFont(base));
    return fm.horizontalAdvance(u"OPTIONS"_s) + 12;
}

int badgeHeight(const QFont &base)
{
    const QFontMetrics fm(badgeFont(base));
    return fm.height() + 4;
}

void paintMethodBadge(QPainter *painter, const QRect &rect, const QString &method, const QFont &base, bool muted)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    QColor fill = methodColor(method);
    if (muted)
        fill.setAlphaF(0.55);
    QPainterPath path;
    path.addRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    painter->fillPath(path, fill);
    painter->setPen(Qt::white);
    const QFont f = badgeFont(base);
    painter->setFont(f);
    const QString text = method.toUpper();
    const QString shown = QFontMetrics(f).elidedText(text, Qt::ElideRight, rect.width() - 4);
    painter->drawText(rect, Qt::AlignCenter, shown);
    painter->restore();
}

QColor blend(const QColor &a, const QColor &b, qreal ratioOfB)
{
    const qreal r = qBound(0.0, ratioOfB, 1.0);
    return QColor::fromRgbF(float(a.redF() * (1 - r) + b.redF() * r), float(a.greenF() * (1 - r) + b.greenF() * r),
                            float(a.blueF() * (1 - r) + b.blueF() * r));
}

QColor mutedText(const QPalette &palette, QPalette::ColorGroup group)
{
    return blend(palette.color(group, QPalette::Text), palette.color(group, QPalette::Base), 0.42);
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor warningColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xe3, 0xb3, 0x41) : QColor(0x9a, 0x67, 0x00);
}

QColor cardBorder(const QPalette &palette)
{
    return blend(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.16);
}

QColor cardBackground(const QPalette &palette)
{
    return palette.color(QPalette::Base);
}

QColor chipBackground(const QPalette &palette)
{
    return blend(palette.color(QPalette::Base), palette.color(QPalette::Highlight), 0.12);
}

QFont monospaceFont(const QFont &base)
{
    QFont f = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (base.pointSizeF() > 0)
        f.setPointSizeF(base.pointSizeF());
    return f;
}

} // namespace keyway::ui::appearance
