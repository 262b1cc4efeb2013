#pragma once

#include "storage/SecretStore.h"

#include <QWidget>

class QLabel;

namespace keyway::auth {
class CredentialManager;
}

namespace keyway::ui {

// The status bar's word on where secrets go: "Keychain" while the system keychain works, or a warning "Secrets in
// memory only: <reason>" when it does not (they then last for this session only), with the details in a tooltip.
class KeychainIndicator final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainIndicator)

public:
    explicit KeychainIndicator(auth::CredentialManager *credentials, QWidget *parent = nullptr);
    ~KeychainIndicator() override;

    QString text() const;
    bool isWarning() const { return m_warning; }

private:
    void update(storage::SecretStore::Status status, const QString &reason);

    auth::CredentialManager *m_credentials;
    QLabel *m_icon;
    QLabel *m_label;
    QString m_text;
    bool m_warning = false;
};

} // namespace keyway::ui
