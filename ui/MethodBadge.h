#pragma once

#include <QWidget>

namespace keyway::ui {

// An HTTP method as a coloured pill ("GET", "POST"), the same as in the operations tree.
class MethodBadge final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MethodBadge)

public:
    explicit MethodBadge(QWidget *parent = nullptr);

    void setMethod(const QString &method);
    QString method() const { return m_method; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_method;
};

} // namespace keyway::ui
