#include "ProfileSwitcher.h"

#include "AuthAppearance.h"
#include "auth/CredentialManager.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace keyway::ui {

ProfileSwitcher::ProfileSwitcher(auth::CredentialManager *credentials, QWidget *parent)
    : QWidget(parent),
      m_credentials(credentials),
      m_icon(new QLabel(this)),
      m_combo(new QComboBox(this)),
      m_menuButton(new QToolButton(this)),
      m_addAction(new QAction(tr("&Add Profile…"), this)),
      m_renameAction(new QAction(tr("&Rename Profile…"), this)),
      m_removeAction(new QAction(tr("Re&move Profile…"), this))
{
    setObjectName(u"profileSwitcher"_s);
    m_icon->setPixmap(AuthLook::icon(AuthLook::Icon::Profile).pixmap(16, 16));
    m_icon->setToolTip(tr("Profile"));
    m_combo->setObjectName(u"profileCombo"_s);
    m_combo->setAccessibleName(tr("Profile"));
    m_combo->setToolTip(tr("The identity to use with this API: each profile has its own tokens and secrets"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumContentsLength(8);

    m_addAction->setObjectName(u"addProfileAction"_s);
    m_renameAction->setObjectName(u"renameProfileAction"_s);
    m_removeAction->setObjectName(u"removeProfileAction"_s);
    auto *menu = new QMenu(this);
    menu->setObjectName(u"profileMenu"_s);
    menu->addAction(m_addAction);
    menu->addAction(m_renameAction);
    menu->addSeparator();
    menu->addAction(m_removeAction);
    m_menuButton->setObjectName(u"profileMenuButton"_s);
    m_menuButton->setMenu(menu);
    m_menuButton->setPopupMode(QToolButton::InstantPopup);
    m_menuButton->setAutoRaise(true);
    m_menuButton->setText(u"…"_s);
    m_menuButton->setAccessibleName(tr("Manage profiles"));
    m_menuButton->setToolTip(tr("Add, rename or remove profiles"));
    m_menuButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_menuButton->setStyleSheet(u"QToolButton::menu-indicator { image: none; width: 0px; }"_s);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_icon);
    layout->addWidget(m_combo);
    layout->addWidget(m_menuButton);

    connect(m_addAction, &QAction::triggered, this, &ProfileSwitcher::addInteractively);
    connect(m_renameAction, &QAction::triggered, this, &ProfileSwitcher::renameInteractively);
    connect(m_removeAction, &QAction::triggered, this, &ProfileSwitcher::removeInteractively);
    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        const QString profile = m_combo->itemText(index);
        if (m_credentials && profile != m_credentials->currentProfile())
            switchTo(profile);
    });
    if (m_credentials) {
        connect(m_credentials, &auth::CredentialManager::profilesChanged, this, &ProfileSwitcher::refresh);
        connect(m_credentials, &auth::CredentialManager::profileChanged, this, &ProfileSwitcher::refresh);
        connect(m_credentials, &auth::CredentialManager::documentChanged, this, &ProfileSwitcher::refresh);
    }
    refresh();
}

ProfileSwitcher::~ProfileSwitcher() = default;

void ProfileSwitcher::refresh()
{
    m_refreshing = true;
    const bool open = m_credentials && m_credentials->document() && m_credentials->api().isValid();
    const QStringList profiles = open ? m_credentials->profiles() : QStringList();
    const QString current = open ? m_credentials->currentProfile() : QString();
    {
        const QSignalBlocker blocker(m_combo);
        m_combo->clear();
        m_combo->addItems(profiles.isEmpty() ? QStringList{storage::Workspace::defaultProfileName()} : profiles);
        const int index = m_combo->findText(current.isEmpty() ? storage::Workspace::defaultProfileName() : current);
        m_combo->setCurrentIndex(qMax(0, index));
    }
    setEnabled(open);
    m_removeAction->setEnabled(open && profiles.size() > 1);
    m_renameAction->setEnabled(open);
    m_combo->setAccessibleDescription(tr("Current profile: %1").arg(m_combo->currentText()));
    m_refreshing = false;
}

void ProfileSwitcher::showError(const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box.setObjectName(u"profileErrorBox"_s);
    box.exec();
}

bool ProfileSwitcher::switchTo(const QString &profile, bool quiet)
{
    if (!m_credentials)
        return false;
    const Result<storage::Done> done = m_credentials->setProfile(profile);
    if (!done) {
        refresh();
        if (!quiet)
            showError(tr("Switch Profile"), tr("Could not switch to the profile “%1”: %2").arg(profile, done.error().message));
        return false;
    }
    refresh();
    Q_EMIT message(tr("Profile “%1”: its credentials are loaded.").arg(profile));
    return true;
}

void ProfileSwitcher::addInteractively()
{
    if (!m_credentials)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add Profile"),
                                               tr("Name of the new profile (for example “admin” or “read-only”).\n"
                                                  "It starts without credentials."),
                                               QLineEdit::Normal, QString(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    if (auto valid = storage::Workspace::validateProfileName(name); !valid) {
        showError(tr("Add Profile"), valid.error().message);
        return;
    }
    for (const QString &existing : m_credentials->profiles()) {
        if (existing.compare(name, Qt::CaseInsensitive) == 0) {
            showError(tr("Add Profile"), tr("A profile named “%1” exists already.").arg(existing));
            return;
        }
    }
    switchTo(name);
}

void ProfileSwitcher::renameInteractively()
{
    if (!m_credentials)
        return;
    const QString from = m_credentials->currentProfile();
    bool ok = false;
    const QString to
        = QInputDialog::getText(this, tr("Rename Profile"), tr("New name for the profile “%1”:").arg(from), QLineEdit::Normal, from, &ok)
              .trimmed();
    if (!ok || to.isEmpty() || to == from)
        return;
    rename(from, to);
}

void ProfileSwitcher::rename(const QString &from, const QString &to)
{
    if (!m_credentials || !m_credentials->credentialStore())
        return;
    const bool wasCurrent = m_credentials->currentProfile() == from;
    setEnabled(false);
    QPointer<ProfileSwitcher> self(this);
    m_credentials->credentialStore()->renameProfile(
        m_credentials->api().id, from, to, [self, from, to, wasCurrent](Result<storage::Done> done) {
            if (!self)
                return;
            if (!done) {
                self->refresh();
                self->showError(tr("Rename Profile"), tr("Could not rename “%1”: %2").arg(from, done.error().message));
                return;
            }
            if (wasCurrent)
                self->switchTo(to, true);
            self->refresh();
            Q_EMIT self->message(tr("Profile “%1” is now “%2”.").arg(from, to));
        });
}

void ProfileSwitcher::removeInteractively()
{
    if (!m_credentials)
        return;
    const QString profile = m_credentials->currentProfile();
    if (m_credentials->profiles().size() < 2) {
        showError(tr("Remove Profile"), tr("The last profile cannot be removed."));
        return;
    }
    QMessageBox box(QMessageBox::Warning, tr("Remove Profile"), tr("Remove the profile “%1”?").arg(profile), QMessageBox::Cancel, this);
    box.setObjectName(u"removeProfileConfirmation"_s);
    box.setInformativeText(tr("Every secret of this profile — tokens, client secrets, passwords, API keys — is deleted from the "
                              "keychain. Its settings go too. This cannot be undone."));
    QPushButton *remove = box.addButton(tr("Remove Profile"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    this->remove(profile);
}

void ProfileSwitcher::remove(const QString &profile)
{
    if (!m_credentials || !m_credentials->credentialStore())
        return;
    // The profile in use cannot go: move to another one first.
    if (m_credentials->currentProfile() == profile) {
        QString other;
        for (const QString &p : m_credentials->profiles()) {
            if (p != profile && (other.isEmpty() || p == storage::Workspace::defaultProfileName()))
                other = p;
        }
        if (other.isEmpty() || !switchTo(other))
            return;
    }
    setEnabled(false);
    QPointer<ProfileSwitcher> self(this);
    m_credentials->credentialStore()->removeProfile(m_credentials->api().id, profile, [self, profile](storage::ForgetReport report) {
        if (!self)
            return;
        self->refresh();
        if (!report.ok()) {
            QStringList problems;
            if (!report.storeProblem.isEmpty())
                problems.append(report.storeProblem);
            for (const auto &[address, why] : std::as_const(report.failed))
                problems.append(u"%1: %2"_s.arg(address.describe(), why));
            self->showError(tr("Remove Profile"),
                            tr("The profile “%1” could not be removed completely:\n%2").arg(profile, problems.join(u'\n')));
            return;
        }
        Q_EMIT self->message(tr("Profile “%1” removed, with its %n secret(s).", nullptr, int(report.deleted.size())).arg(profile));
    });
}

} // namespace keyway::ui
