#include "KeychainIndicator.h"

#include "Appearance.h"
#include "AuthAppearance.h"
#include "auth/CredentialManager.h"

#include <QHBoxLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace keyway::ui {

KeychainIndicator::KeychainIndicator(auth::CredentialManager *credentials, QWidget *parent)
    : QWidget(parent), m_credentials(credentials), m_icon(new QLabel(this)), m_label(new QLabel(this))
{
    setObjectName(u"keychainIndicator"_s);
    m_icon->setObjectName(u"keychainIcon"_s);
    m_icon->setFixedSize(16, 16);
    m_label->setObjectName(u"keychainLabel"_s);
    m_label->setTextFormat(Qt::PlainText);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(5);
    layout->addWidget(m_icon);
    layout->addWidget(m_label);
    setFocusPolicy(Qt::NoFocus);
    if (m_credentials) {
        connect(m_credentials, &auth::CredentialManager::keychainStatusChanged, this, &KeychainIndicator::update);
        update(m_credentials->keychainStatus(), m_credentials->keychainReason());
    } else {
        update(storage::SecretStore::Status::Unavailable, tr("no secret store"));
    }
}

KeychainIndicator::~KeychainIndicator() = default;

QString KeychainIndicator::text() const
{
    return m_text;
}

void KeychainIndicator::update(storage::SecretStore::Status status, const QString &reason)
{
    const bool persistent = m_credentials && m_credentials->isKeychainPersistent();
    QString text;
    QString tip;
    if (status == storage::SecretStore::Status::Unknown) {
        m_warning = false;
        text = tr("Keychain");
        tip = tr("The system keychain is checked on first use.");
        m_icon->setPixmap(AuthLook::icon(AuthLook::Icon::Keychain).pixmap(16, 16, QIcon::Disabled));
        m_label->setStyleSheet(u"color: %1;"_s.arg(appearance::mutedText(palette()).name()));
    } else if (status == storage::SecretStore::Status::Available && persistent && reason.isEmpty()) {
        m_warning = false;
        text = tr("Keychain");
        const QString where = m_credentials ? m_credentials->keychainDescription() : QString();
        tip = tr("Tokens, client secrets, passwords and keys are kept in %1 and nowhere else.")
                  .arg(where.isEmpty() ? tr("the system keychain") : where);
        m_icon->setPixmap(AuthLook::icon(AuthLook::Icon::Keychain).pixmap(16, 16));
        m_label->setStyleSheet(QString());
    } else {
        m_warning = true;
        const QString why = reason.isEmpty() ? tr("the system keychain is not in use") : reason;
        text = tr("Secrets in memory only: %1").arg(why);
        tip = tr("<p><b>Secrets are held in memory only.</b></p><p>%1</p><p>Keyway keeps working: tokens and secrets last "
                 "for this session and are never written to disk. Sign in again after a restart, or make the keychain "
                 "available (unlock it, or start a Secret Service such as GNOME Keyring or KeePassXC).</p>")
                  .arg(why.toHtmlEscaped());
        m_icon->setPixmap(AuthLook::icon(AuthLook::Icon::MemoryOnly).pixmap(16, 16));
        m_label->setStyleSheet(u"color: %1; font-weight: 600;"_s.arg(appearance::warningColor(palette()).name()));
    }
    // Long reasons stay readable in the tooltip; the status bar gets a line of bounded width.
    m_text = text;
    m_label->setText(m_label->fontMetrics().elidedText(text, Qt::ElideRight, 460));
    m_label->setAccessibleName(text);
    setToolTip(tip);
    setAccessibleName(text);
    setAccessibleDescription(tip);
}

} // namespace keyway::ui
