#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace keyway::ui {

// The status bar's loading indicator: what is being loaded and at which stage, a progress bar (busy
// while the size is unknown) and a Cancel button. Hidden while nothing loads.
class LoadStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadStatusWidget)

public:
    explicit LoadStatusWidget(QWidget *parent = nullptr);
    ~LoadStatusWidget() override;

    void start(const QString &what);
    void setStage(const QString &stage);
    void setProgress(qint64 received, qint64 total);
    void stop();
    bool isActive() const { return m_active; }

Q_SIGNALS:
    void cancelRequested();

private:
    void updateText();

    QLabel *m_label;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QString m_what;
    QString m_stage;
    QString m_bytes;
    bool m_active = false;
};

} // namespace keyway::ui
