#pragma once

#include "auth/CredentialManager.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace keyway::ui {

class SecretLineEdit;

// The credential of a scheme that is typed in rather than obtained: an API key, a bearer token, basic or digest
// credentials, or a mutualTLS client certificate (paths, plus the key's passphrase). Secret fields are masked until
// the user shows them. Saved through CredentialManager::setStaticSecret.
class StaticSecretEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaticSecretEditor)

public:
    explicit StaticSecretEditor(auth::CredentialManager *credentials, QWidget *parent = nullptr);
    ~StaticSecretEditor() override;

    void setScheme(const QString &scheme);
    QString scheme() const { return m_scheme; }
    // False for a kind Keyway cannot send (an unknown type).
    bool isSupported() const { return m_supported; }

    auth::StaticSecret secret() const;
    bool isDirty() const { return m_dirty; }
    void setDirty(bool dirty) { m_dirty = dirty; }
    void setBusy(bool busy);

Q_SIGNALS:
    void changed();
    void submitted(); // Return pressed in a field

private:
    enum class Kind { ApiKey, Token, UserPassword, Certificate, Unsupported };

    void markDirty();
    void browse(QLineEdit *target, const QString &title, const QString &filter);

    auth::CredentialManager *m_credentials;
    QString m_scheme;
    Kind m_kind = Kind::Unsupported;
    bool m_supported = false;
    bool m_dirty = false;
    bool m_loading = false;

    QLabel *m_explanation;
    QFormLayout *m_form;
    SecretLineEdit *m_value;
    QLineEdit *m_username;
    SecretLineEdit *m_password;
    QLineEdit *m_certificate;
    QPushButton *m_browseCertificate;
    QLineEdit *m_privateKey;
    QPushButton *m_browseKey;
    SecretLineEdit *m_passphrase;
    QLabel *m_valueLabel;
};

} // namespace keyway::ui
