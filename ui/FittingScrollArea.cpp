#include "FittingScrollArea.h"

#include <QEvent>
#include <QLayout>
#include <QScrollBar>
#include <QTimer>

namespace keyway::ui {

FittingScrollArea::FittingScrollArea(QWidget *parent) : QScrollArea(parent)
{
    setWidgetResizable(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
}

FittingScrollArea::~FittingScrollArea() = default;

void FittingScrollArea::setContent(QWidget *content)
{
    if (QLayout *layout = content->layout())
        layout->setSizeConstraint(QLayout::SetNoConstraint);
    setWidget(content);
    content->installEventFilter(this);
    fit();
}

void FittingScrollArea::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    fit();
}

bool FittingScrollArea::eventFilter(QObject *watched, QEvent *event)
{
    // Content shown, hidden or changed: fit again once the layout has settled.
    if (watched == widget() && event->type() == QEvent::LayoutRequest && !m_fitting)
        QTimer::singleShot(0, this, &FittingScrollArea::fit);
    return QScrollArea::eventFilter(watched, event);
}

void FittingScrollArea::fit()
{
    QWidget *content = widget();
    if (!content || !content->layout() || m_fitting)
        return;
    m_fitting = true;
    QLayout *layout = content->layout();
    layout->activate();
    // Twice at most: a vertical scroll bar appearing narrows the viewport, which may make the content taller.
    for (int pass = 0; pass < 2; ++pass) {
        const int width = viewport()->width();
        const int height = layout->hasHeightForWidth() ? layout->totalHeightForWidth(width) : layout->totalSizeHint().height();
        content->resize(width, height);
        if (viewport()->width() == width)
            break;
    }
    m_fitting = false;
}

} // namespace keyway::ui
