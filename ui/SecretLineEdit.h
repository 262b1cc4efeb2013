#pragma once

#include <QLineEdit>

class QAction;

namespace keyway::ui {

// A line edit for a secret (client secret, password, API key, token): echoes bullets until the user clicks the
// eye at its end (or presses Ctrl+Shift+R in it), and never offers the value to the clipboard while hidden.
class SecretLineEdit final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretLineEdit)

public:
    explicit SecretLineEdit(QWidget *parent = nullptr);
    ~SecretLineEdit() override;

    bool isRevealed() const { return m_revealed; }
    void setRevealed(bool revealed);
    QAction *revealAction() const { return m_reveal; }

Q_SIGNALS:
    void revealedChanged(bool revealed);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateAction();

    QAction *m_reveal;
    bool m_revealed = false;
};

} // namespace keyway::ui
