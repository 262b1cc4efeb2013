#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QToolButton;

namespace keyway::auth {
class CredentialManager;
}

namespace keyway::ui {

// The tool bar's profile chooser: the open API's profiles (identities such as "admin" and "read-only", each with
// its own secrets) in a combo, and a menu to add, rename and remove them. Switching reloads the credentials of
// the chosen profile; removing one deletes its secrets, after a confirmation.
class ProfileSwitcher final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileSwitcher)

public:
    explicit ProfileSwitcher(auth::CredentialManager *credentials, QWidget *parent = nullptr);
    ~ProfileSwitcher() override;

    QComboBox *comboBox() const { return m_combo; }
    QToolButton *menuButton() const { return m_menuButton; }

    // Without questions (for the menu's dialogs, and tests). Errors are shown in a message box unless `quiet`.
    bool switchTo(const QString &profile, bool quiet = false);
    void rename(const QString &from, const QString &to);
    void remove(const QString &profile);

    void addInteractively();
    void renameInteractively();
    void removeInteractively();

Q_SIGNALS:
    void message(const QString &text); // for the status bar

private:
    void refresh();
    void showError(const QString &title, const QString &text);

    auth::CredentialManager *m_credentials;
    QLabel *m_icon;
    QComboBox *m_combo;
    QToolButton *m_menuButton;
    QAction *m_addAction;
    QAction *m_renameAction;
    QAction *m_removeAction;
    bool m_refreshing = false;
};

} // namespace keyway::ui
