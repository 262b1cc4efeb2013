#pragma once

#include "auth/OAuthTypes.h"
#include "openapi/Document.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QToolButton;

namespace keyway::auth {
class CredentialManager;
}

namespace keyway::ui {

class SecretLineEdit;

// The settings of one oauth2 or openIdConnect scheme: the flow (from the document's flows; for openIdConnect every
// grant Keyway runs, whatever discovery advertises), the client (id, secret or public, how it authenticates), the
// scopes (the document's, with their descriptions, plus any typed), the resource owner for the password grant,
// and, under "Advanced", the loopback redirect, the issuer to discover from and extra request parameters.
// The RFC 9700 caution shows with implicit and password.
class OAuthSchemeEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OAuthSchemeEditor)

public:
    explicit OAuthSchemeEditor(auth::CredentialManager *credentials, QWidget *parent = nullptr);
    ~OAuthSchemeEditor() override;

    // Loads the scheme's settings and secrets for the current profile (what the manager holds now).
    void setScheme(const QString &scheme);
    QString scheme() const { return m_scheme; }
    // Reloads the discovered metadata (flows, scopes, endpoints) without touching what the user typed.
    void refreshProvider();

    std::optional<openapi::OAuthFlow::Kind> flow() const;
    void setFlow(openapi::OAuthFlow::Kind kind);
    // What the fields say, secrets included.
    auth::ClientConfig config() const;
    // The issuer typed for discovery (oauth2 schemes), or empty.
    QString issuer() const;
    bool isDirty() const { return m_dirty; }
    void setDirty(bool dirty) { m_dirty = dirty; }
    // While a flow runs, nothing can be changed.
    void setBusy(bool busy);

    // The checked and typed scopes, in order and without repeats.
    QStringList scopes() const;
    void setScopeChecked(const QString &scope, bool checked);

    QLineEdit *clientIdEdit() const { return m_clientId; }
    SecretLineEdit *clientSecretEdit() const { return m_clientSecret; }
    QComboBox *flowCombo() const { return m_flow; }

    // Discovery from the issuer field (oauth2) or the discovery URL (openIdConnect), reported in the editor.
    void discover();

Q_SIGNALS:
    void changed();
    void flowChanged();
    void discoveryDone(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void loadScopes(const auth::ClientConfig &config);
    void updateForFlow();
    void updateEndpoints();
    void updateDiscoveryStatus(const QString &problem = {});
    void addParameter(const QString &name, const QString &value = {});
    void markDirty();
    QLabel *sectionLabel(const QString &text);
    void applyStyle();

    auth::CredentialManager *m_credentials;
    QString m_scheme;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_discovering = false;

    QFormLayout *m_form = nullptr;
    QFormLayout *m_advancedForm = nullptr;
    QComboBox *m_flow;
    QLabel *m_endpoints;
    QLabel *m_advisory;
    QLineEdit *m_clientId;
    SecretLineEdit *m_clientSecret;
    QCheckBox *m_publicClient;
    QComboBox *m_authMethod;
    QListWidget *m_scopes;
    QLineEdit *m_extraScopes;
    QLabel *m_scopesHint;
    QWidget *m_ownerSection;
    QLineEdit *m_username;
    SecretLineEdit *m_password;
    QToolButton *m_advancedToggle;
    QWidget *m_advanced;
    QWidget *m_redirectSection;
    QComboBox *m_redirectHost;
    QSpinBox *m_redirectPort;
    QLineEdit *m_redirectPath;
    QLabel *m_redirectPreview;
    QLabel *m_providerLabel;
    QLineEdit *m_issuer;
    QPushButton *m_discover;
    QLabel *m_discoveryStatus;
    QTableWidget *m_parameters;
    QToolButton *m_addParameter;
    QToolButton *m_removeParameter;
};

} // namespace keyway::ui
