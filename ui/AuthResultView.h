#pragma once

#include "SecretMasking.h"
#include "auth/CredentialManager.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace keyway::ui {

// The outcome of a sign-in, refresh or save. On success: the token type, the scopes granted, the expiry counting
// down, refresh and ID token, where the tokens are kept, and each ID-token check with ✓/✗ and its detail, plus
// "Inspect token". On failure: what failed, the plain-language diagnosis (prominent), and the OAuth error exactly
// as the server sent it (error, error_description, error_uri, HTTP status), the raw body one click away.
class AuthResultView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthResultView)

public:
    explicit AuthResultView(QWidget *parent = nullptr);
    ~AuthResultView() override;

    // `fresh`: just obtained (vs. what was held already).
    void showTokens(const auth::TokenSet &tokens, const std::optional<auth::IdTokenValidation> &idToken, const QString &storage,
                    bool fresh);
    // `mask`: values that must not show in the raw body (the client secret...).
    void showFailure(const auth::OAuthError &error, const SecretMask &mask = {});
    // A short note (saved, signed out, cancelled...), `ok` choosing the colour.
    void showNote(const QString &title, const QString &text, bool ok);
    void clear();
    // Updates the expiry countdown.
    void tick(const QDateTime &now);

    bool isShowingFailure() const { return m_failureShown; }
    QString diagnosisText() const;
    QString scopesText() const;

Q_SIGNALS:
    void inspectRequested(bool idToken);
    void showTimelineRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyStyle();

    auth::TokenSet m_tokens;
    bool m_failureShown = false;

    QWidget *m_success;
    QFormLayout *m_successForm = nullptr;
    QFormLayout *m_errorForm = nullptr;
    QLabel *m_serverSaid = nullptr;
    QLabel *m_successTitle;
    QLabel *m_tokenType;
    QLabel *m_scopes;
    QLabel *m_expiry;
    QLabel *m_refresh;
    QLabel *m_storage;
    QLabel *m_checksTitle;
    QTreeWidget *m_checks;
    QPushButton *m_inspect;
    QPushButton *m_inspectId;

    QWidget *m_failure;
    QLabel *m_failureTitle;
    QLabel *m_diagnosis;
    QLabel *m_errorCode;
    QLabel *m_errorDescription;
    QLabel *m_errorUri;
    QLabel *m_httpStatus;
    QPushButton *m_rawToggle;
    QPushButton *m_timelineButton;
    QPlainTextEdit *m_rawBody;

    QWidget *m_note;
    QLabel *m_noteTitle;
    QLabel *m_noteText;
};

} // namespace keyway::ui
