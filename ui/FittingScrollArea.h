#pragma once

#include <QScrollArea>

namespace keyway::ui {

// A vertical scroll area whose content takes the viewport's width and exactly the height its layout needs at that
// width. QScrollArea's own resizable mode sizes the content from its minimum size, which for word-wrapped labels
// is computed at a narrow width: rows then get far more height than their text needs.
class FittingScrollArea final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FittingScrollArea)

public:
    explicit FittingScrollArea(QWidget *parent = nullptr);
    ~FittingScrollArea() override;

    // Takes ownership, as QScrollArea::setWidget does. The widget must have a layout.
    void setContent(QWidget *content);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fit();

    bool m_fitting = false;
};

} // namespace keyway::ui
