#include "MethodBadge.h"

#include "Appearance.h"

#include <QPainter>

namespace keyway::ui {

MethodBadge::MethodBadge(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void MethodBadge::setMethod(const QString &method)
{
    m_method = method.toUpper();
    setAccessibleName(m_method);
    updateGeometry();
    update();
}

QSize MethodBadge::sizeHint() const
{
    const QFont f = appearance::badgeFont(font());
    const int width = qMax(appearance::badgeWidth(font()), QFontMetrics(f).horizontalAdvance(m_method) + 16);
    return QSize(width, appearance::badgeHeight(font()) + 4);
}

QSize MethodBadge::minimumSizeHint() const
{
    return sizeHint();
}

void MethodBadge::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    appearance::paintMethodBadge(&painter, rect(), m_method, font());
}

} // namespace keyway::ui
