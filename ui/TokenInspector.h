#pragma once

#include "auth/Jwt.h"

#include <QDialog>
#include <QPointer>
#include <QUrl>

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace keyway::auth {
class CredentialManager;
}

namespace keyway::ui {

class SecretLineEdit;

// Any token, decoded: a JWT's header and claims as a tree, with times readable ("2026-11-27 10:00:00 UTC, in
// 5 min") and the time left counting down; its signature checked when a key is known (the issuer's JWKS, fetched
// through the CredentialManager's cache; HS* with the scheme's client secret); the raw token (masked until the
// user shows it) and the decoded JSON one click away. Tokens that are not JWTs are said to be opaque. A token is
// pasted, or taken from a scheme of the open API (access, ID or refresh token).
class TokenInspector final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenInspector)

public:
    enum class TokenKind { Access, Id, Refresh };

    explicit TokenInspector(auth::CredentialManager *credentials, QWidget *parent = nullptr);
    ~TokenInspector() override;

    // A token of a scheme of the open API (false when it has none of that kind).
    bool inspectScheme(const QString &scheme, TokenKind kind = TokenKind::Access);
    // A token the user has (as if pasted).
    void inspectToken(const QString &token);

    // What is shown, for tests and accessibility: the claim's displayed value, or nullopt.
    std::optional<QString> claimText(const QString &name) const;
    QString summaryText() const;
    QString signatureText() const;
    bool isJwt() const { return m_inspection.has_value(); }

private:
    struct Source
    {
        QString scheme; // empty: pasted
        TokenKind kind = TokenKind::Access;
    };

    void rebuildSources();
    void onSourceChanged();
    void showToken(const QString &token, const QString &scheme);
    void fillTree();
    void fillRaw();
    void updateTimes();
    void verifySignature();
    void setSignature(const QString &iconPath, const QString &text, const QString &tooltip = {});
    QTreeWidgetItem *addJsonItem(QTreeWidgetItem *parent, const QString &name, const QJsonValue &value, bool isClaim);

    auth::CredentialManager *m_credentials;
    QComboBox *m_source;
    QPlainTextEdit *m_input;
    QLabel *m_summary;
    QLabel *m_signatureIcon;
    QLabel *m_signature;
    QTabWidget *m_tabs;
    QStackedWidget *m_decodedStack;
    QLabel *m_notJwt;
    QTreeWidget *m_tree;
    SecretLineEdit *m_raw;
    QPushButton *m_copyRaw;
    QPushButton *m_fetchKeys;
    QPlainTextEdit *m_json;
    QTimer *m_ticker;

    QList<Source> m_sources;
    QString m_token; // the token shown (a secret: never logged)
    QString m_scheme; // the scheme it came from, if any
    std::optional<auth::JwtInspection> m_inspection;
    QString m_parseError;
    QUrl m_discoveredJwks; // found by "Verify with the issuer's keys" for the token shown
    int m_verification = 0; // bumped per token, so that late key fetches for an earlier one are dropped
};

} // namespace keyway::ui
