#include "AuthAppearance.h"

#include "Appearance.h"
#include "Resources.h"
#include "auth/Jwt.h"
#include "auth/TokenEndpoint.h"

#include <QHash>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace keyway::ui {

QString AuthLook::iconPath(Icon id)
{
    switch (id) {
    case Icon::Authorize:
        return u":/icons/authorize.svg"_s;
    case Icon::Timeline:
        return u":/icons/timeline.svg"_s;
    case Icon::Token:
        return u":/icons/token.svg"_s;
    case Icon::Profile:
        return u":/icons/profile.svg"_s;
    case Icon::Keychain:
        return u":/icons/keychain.svg"_s;
    case Icon::MemoryOnly:
        return u":/icons/memory-only.svg"_s;
    case Icon::Copy:
        return u":/icons/copy.svg"_s;
    case Icon::Reveal:
        return u":/icons/eye.svg"_s;
    case Icon::Conceal:
        return u":/icons/eye-off.svg"_s;
    case Icon::SignOut:
        return u":/icons/sign-out.svg"_s;
    case Icon::Forget:
        return u":/icons/forget.svg"_s;
    }
    return {};
}

QIcon AuthLook::icon(Icon id)
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

QString AuthLook::stateIconPath(State state)
{
    switch (state) {
    case State::Unconfigured:
        return u":/icons/state-unconfigured.svg"_s;
    case State::Configured:
        return u":/icons/state-configured.svg"_s;
    case State::Authorized:
        return u":/icons/state-authorized.svg"_s;
    case State::Expired:
        return u":/icons/state-expired.svg"_s;
    case State::Failed:
        return u":/icons/state-failed.svg"_s;
    }
    return {};
}

QIcon AuthLook::stateIcon(State state)
{
    initResources();
    static QHash<int, QIcon> cache;
    auto it = cache.constFind(int(state));
    if (it != cache.constEnd())
        return *it;
    QIcon result(stateIconPath(state));
    cache.insert(int(state), result);
    return result;
}

QString AuthLook::stateLabel(State state)
{
    switch (state) {
    case State::Unconfigured:
        return tr("Not configured");
    case State::Configured:
        return tr("Configured");
    case State::Authorized:
        return tr("Authorized");
    case State::Expired:
        return tr("Expired");
    case State::Failed:
        return tr("Failed");
    }
    return {};
}

QColor AuthLook::stateColor(State state, const QPalette &palette)
{
    const bool dark = appearance::isDark(palette);
    switch (state) {
    case State::Unconfigured:
        return appearance::mutedText(palette);
    case State::Configured:
        return dark ? QColor(0x58, 0xa6, 0xff) : QColor(0x09, 0x69, 0xda);
    case State::Authorized:
        return successColor(palette);
    case State::Expired:
        return dark ? QColor(0xf0, 0x88, 0x3e) : QColor(0xbc, 0x4c, 0x00);
    case State::Failed:
        return errorColor(palette);
    }
    return palette.color(QPalette::Text);
}

QColor AuthLook::successColor(const QPalette &palette)
{
    return appearance::isDark(palette) ? QColor(0x3f, 0xb9, 0x50) : QColor(0x1a, 0x7f, 0x37);
}

QColor AuthLook::errorColor(const QPalette &palette)
{
    return appearance::isDark(palette) ? QColor(0xf8, 0x51, 0x49) : QColor(0xcf, 0x22, 0x2e);
}

QColor AuthLook::errorBackground(const QPalette &palette)
{
    return appearance::blend(palette.color(QPalette::Base), errorColor(palette), 0.08);
}

QColor AuthLook::successBackground(const QPalette &palette)
{
    return appearance::blend(palette.color(QPalette::Base), successColor(palette), 0.08);
}

void AuthLook::stylePill(QLabel *label, State state)
{
    const QPalette p = label->palette();
    const QColor color = stateColor(state, p);
    const QColor fill = appearance::blend(p.color(QPalette::Base), color, 0.12);
    const QColor border = appearance::blend(p.color(QPalette::Base), color, 0.45);
    label->setStyleSheet(u"QLabel { color: %1; background-color: %2; border: 1px solid %3; border-radius: 9px; padding: 1px 9px; "
                         "font-weight: 600; }"_s.arg(color.name(), fill.name(), border.name()));
}

QString AuthLook::expiryText(const auth::TokenSet &tokens, const QDateTime &now)
{
    if (!tokens.hasExpiry())
        return tr("no expiry given");
    const qint64 left = tokens.secondsLeft(now);
    if (left > 0)
        return tr("expires in %1").arg(auth::describeDuration(left));
    if (left == 0)
        return tr("expires now");
    return tr("expired %1 ago").arg(auth::describeDuration(-left));
}

QString AuthLook::grantLabel(const QString &grant)
{
    if (grant == auth::grants::authorizationCode)
        return tr("Authorization code");
    if (grant == auth::grants::implicit)
        return tr("Implicit");
    if (grant == auth::grants::clientCredentials)
        return tr("Client credentials");
    if (grant == auth::grants::password)
        return tr("Password");
    if (grant == auth::grants::refresh)
        return tr("Refresh");
    if (grant == auth::grants::deviceCode)
        return tr("Device authorization");
    return grant;
}

QString AuthLook::authMethodName(auth::ClientAuthMethod method)
{
    switch (method) {
    case auth::ClientAuthMethod::None:
        return u"none"_s;
    case auth::ClientAuthMethod::ClientSecretBasic:
        return u"client_secret_basic"_s;
    case auth::ClientAuthMethod::ClientSecretPost:
        return u"client_secret_post"_s;
    }
    return {};
}

} // namespace keyway::ui
