#pragma once

#include "Preferences.h"
#include "Translations.h"

#include <QDialog>
#include <QList>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSettings;
class QSpinBox;
class QTabWidget;

namespace keyway::net {
class CertificateTrustStore;
}

namespace keyway::ui {

class CertificateTrustList;

// Edit > Preferences: timeouts, the response size cap, the clock skew allowed when checking tokens, the proxy
// (none, the system's, or a manual HTTP proxy), the trusted certificates (each revocable at once) and the
// language (takes effect on the next start). OK saves to the settings and emits preferencesSaved(); the caller
// applies the values (Preferences::applyTo() for the HTTP client, the clock skew to the OAuth client config).
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    // `settings` (not owned, must outlive the dialog) is read now and written on OK. `trustStore` (not owned;
    // may be null: the page then says that no exceptions are kept) is changed at once when a certificate is
    // revoked. `languages`: Translations::availableLanguages() of the running application.
    PreferencesDialog(QSettings *settings, net::CertificateTrustStore *trustStore, const QList<Translations::Language> &languages,
                      QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    // What the controls show now.
    Preferences preferences() const;
    void setPreferences(const Preferences &preferences);

    // Writes preferences() to the settings and emits preferencesSaved(); what OK does.
    void save();

Q_SIGNALS:
    void preferencesSaved(const keyway::ui::Preferences &preferences);

private:
    QWidget *buildNetworkPage();
    QWidget *buildSecurityPage(net::CertificateTrustStore *trustStore);
    QWidget *buildLanguagePage(const QList<Translations::Language> &languages);
    void updateProxyFields();
    void updateLanguageNotice();
    void restoreDefaults();

    QSettings *m_settings;
    QString m_startLanguage; // the language in effect in this run
    QTabWidget *m_tabs = nullptr;
    QSpinBox *m_timeout = nullptr;
    QSpinBox *m_idleTimeout = nullptr;
    QSpinBox *m_responseCap = nullptr;
    QButtonGroup *m_proxyGroup = nullptr;
    QRadioButton *m_proxyNone = nullptr;
    QRadioButton *m_proxySystem = nullptr;
    QRadioButton *m_proxyManual = nullptr;
    QLineEdit *m_proxyHost = nullptr;
    QSpinBox *m_proxyPort = nullptr;
    QSpinBox *m_clockSkew = nullptr;
    CertificateTrustList *m_trustList = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_languageNotice = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace keyway::ui
