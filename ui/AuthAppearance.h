#pragma once

#include "auth/CredentialManager.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QPalette>
#include <QString>

class QLabel;

namespace keyway::ui {

// Icons, colours and words for credential states and the sign-in UI, shared by the Authorize dialog, the scheme
// list, the token inspector and the timeline so that they all look and read alike.
class AuthLook final
{
    Q_DECLARE_TR_FUNCTIONS(keyway::ui::AuthLook)

public:
    using State = auth::CredentialManager::State;

    enum class Icon { Authorize, Timeline, Token, Profile, Keychain, MemoryOnly, Copy, Reveal, Conceal, SignOut, Forget };

    AuthLook() = delete;

    static QIcon icon(Icon id);
    static QString iconPath(Icon id);
    static QIcon stateIcon(State state);
    static QString stateIconPath(State state);
    // "Not configured", "Configured", "Authorized", "Expired", "Failed".
    static QString stateLabel(State state);
    // A colour for the state's text and pill, readable on the palette's base colour.
    static QColor stateColor(State state, const QPalette &palette);

    static QColor successColor(const QPalette &palette);
    static QColor errorColor(const QPalette &palette);
    static QColor errorBackground(const QPalette &palette);
    static QColor successBackground(const QPalette &palette);

    // Makes `label` a small rounded pill in the state's colour.
    static void stylePill(QLabel *label, State state);

    // "in 5 min 30 s", "expired 2 min ago", "no expiry" for a token at `now`.
    static QString expiryText(const auth::TokenSet &tokens, const QDateTime &now);
    // "Client credentials" for "clientCredentials" (grant names of auth::grants).
    static QString grantLabel(const QString &grant);
    // "client_secret_basic" ... for a combo's tooltip.
    static QString authMethodName(auth::ClientAuthMethod method);
};

} // namespace keyway::ui
