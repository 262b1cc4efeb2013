#pragma once

#include "auth/OAuthTypes.h"
#include "auth/TokenSet.h"

#include <QObject>
#include <QUrl>

namespace keyway::auth {

// What the user has to do for a flow to go on: open a URL in the browser (authorization code,
// implicit), or enter a code on another device (device authorization).
struct UserAction
{
    enum class Kind { OpenBrowser, EnterCodeElsewhere };
    Kind kind = Kind::OpenBrowser;
    QUrl url; // the authorization URL, or verification_uri
    QUrl urlComplete; // verification_uri_complete, when the server gave one
    QString userCode;
    int expiresInSeconds = 0;
};

// One run of one grant. Every grant (authorization code + PKCE, implicit, password, client credentials,
// device authorization, refresh) has this shape, so that the UI and keyway-cli treat them alike:
// start(), maybe a UserAction, then exactly one of succeeded / failed (or cancelled).
class AuthFlow : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthFlow)

public:
    enum class State { Idle, WaitingForUser, Exchanging, Polling, Succeeded, Failed, Cancelled };
    Q_ENUM(State)

    explicit AuthFlow(QObject *parent = nullptr) : QObject(parent) { }
    ~AuthFlow() override = default;

    virtual void start() = 0;
    virtual void cancel();
    virtual QString grantName() const = 0; // "authorizationCode", "clientCredentials", ...

    State state() const { return m_state; }
    bool isFinished() const { return m_state == State::Succeeded || m_state == State::Failed || m_state == State::Cancelled; }
    const TokenSet &tokens() const { return m_tokens; }
    const OAuthError &error() const { return m_error; }
    QString flowId() const { return m_flowId; } // the timeline's group for this run's exchanges
    void setFlowId(const QString &flowId) { m_flowId = flowId; }

Q_SIGNALS:
    void stateChanged(keyway::auth::AuthFlow::State state);
    void userActionRequired(const keyway::auth::UserAction &action);
    void progressMessage(const QString &message); // "Waiting for the browser…", "Polling (slow_down: every 10 s)"
    void succeeded(const keyway::auth::TokenSet &tokens);
    void failed(const keyway::auth::OAuthError &error);
    void cancelled();

protected:
    void setState(State state);
    // Each emits the matching signal once; later calls are ignored.
    void succeed(const TokenSet &tokens);
    void fail(const OAuthError &error);

private:
    State m_state = State::Idle;
    TokenSet m_tokens;
    OAuthError m_error;
    QString m_flowId;
};

} // namespace keyway::auth

Q_DECLARE_METATYPE(keyway::auth::UserAction)
Q_DECLARE_METATYPE(keyway::auth::TokenSet)
Q_DECLARE_METATYPE(keyway::auth::OAuthError)
