#include "SecretLineEdit.h"

#include "AuthAppearance.h"

#include <QAction>
#include <QEvent>

using namespace Qt::StringLiterals;

namespace keyway::ui {

SecretLineEdit::SecretLineEdit(QWidget *parent) : QLineEdit(parent), m_reveal(new QAction(this))
{
    setEchoMode(QLineEdit::Password);
    setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_reveal->setObjectName(u"revealSecretAction"_s);
    m_reveal->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_reveal->setShortcutContext(Qt::WidgetShortcut);
    addAction(m_reveal, QLineEdit::TrailingPosition);
    connect(m_reveal, &QAction::triggered, this, [this] { setRevealed(!m_revealed); });
    updateAction();
}

SecretLineEdit::~SecretLineEdit() = default;

void SecretLineEdit::setRevealed(bool revealed)
{
    if (m_revealed == revealed)
        return;
    m_revealed = revealed;
    setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    updateAction();
    Q_EMIT revealedChanged(revealed);
}

void SecretLineEdit::updateAction()
{
    m_reveal->setIcon(AuthLook::icon(m_revealed ? AuthLook::Icon::Conceal : AuthLook::Icon::Reveal));
    m_reveal->setText(m_revealed ? tr("Hide") : tr("Show"));
    m_reveal->setToolTip(m_revealed ? tr("Hide the value (Ctrl+Shift+R)") : tr("Show the value (Ctrl+Shift+R)"));
}

void SecretLineEdit::changeEvent(QEvent *event)
{
    QLineEdit::changeEvent(event);
    // A secret shown and then left behind (another field, another window) hides itself again.
    if (event->type() == QEvent::EnabledChange && !isEnabled())
        setRevealed(false);
}

} // namespace keyway::ui
