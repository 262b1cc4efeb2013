#pragma once

#include "auth/AuthFlow.h"

#include <QDateTime>
#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTimer;

namespace keyway::ui {

// What a running flow needs from the user, and how far it is: a busy line with the flow's latest message and a
// Cancel button; for a browser grant the URL that was opened (copy, open again); for the device grant the user code,
// big, with the verification address (copy, open) and the time left while Keyway polls.
class FlowProgressView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowProgressView)

public:
    explicit FlowProgressView(QWidget *parent = nullptr);
    ~FlowProgressView() override;

    void begin(const QString &message);
    void setMessage(const QString &message);
    void showAction(const auth::UserAction &action);
    void end();
    bool isActive() const { return m_active; }

    QString message() const;
    QString userCode() const { return m_action.userCode; }

Q_SIGNALS:
    void cancelRequested();
    void openUrlRequested(const QUrl &url);

private:
    void updateExpiry();
    void applyStyle();

    bool m_active = false;
    auth::UserAction m_action;
    QDateTime m_actionExpires;

    QProgressBar *m_busy;
    QLabel *m_message;
    QPushButton *m_cancel;
    QWidget *m_browser;
    QLineEdit *m_browserUrl;
    QPushButton *m_copyUrl;
    QPushButton *m_openBrowser;
    QWidget *m_device;
    QLabel *m_verification;
    QLabel *m_userCode;
    QPushButton *m_copyCode;
    QPushButton *m_openVerification;
    QLabel *m_expiry;
    QTimer *m_ticker;
};

} // namespace keyway::ui
