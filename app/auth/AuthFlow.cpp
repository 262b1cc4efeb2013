#include "auth/AuthFlow.h"

namespace keyway::auth {

void AuthFlow::cancel()
{
    if (isFinished())
        return;
    setState(State::Cancelled);
    Q_EMIT cancelled();
}

void AuthFlow::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void AuthFlow::succeed(const TokenSet &tokens)
{
    if (isFinished())
        return;
    m_tokens = tokens;
    setState(State::Succeeded);
    Q_EMIT succeeded(m_tokens);
}

void AuthFlow::fail(const OAuthError &error)
{
    if (isFinished())
        return;
    m_error = error;
    setState(State::Failed);
    Q_EMIT failed(m_error);
}

} // namespace keyway::auth
