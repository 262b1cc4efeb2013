#pragma once

#include <QLabel>

namespace keyway::ui {

// A word-wrapped label for form layouts. QLabel's size hint for wrapped text assumes a narrow width and so asks
// for several lines too many; QFormLayout takes the larger of that hint and the real height for the row's width.
// This label hints its minimum height instead, so that the height for the actual width decides.
class WrappingLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WrappingLabel)

public:
    explicit WrappingLabel(QWidget *parent = nullptr) : QLabel(parent) { setWordWrap(true); }
    explicit WrappingLabel(const QString &text, QWidget *parent = nullptr) : QLabel(text, parent) { setWordWrap(true); }

    QSize sizeHint() const override
    {
        QSize hint = QLabel::sizeHint();
        hint.setHeight(minimumSizeHint().height());
        return hint;
    }
};

} // namespace keyway::ui
