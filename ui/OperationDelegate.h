#pragma once

#include <QStyledItemDelegate>

namespace keyway::ui {

// Paints a row of the operations tree: a coloured method badge, the path (struck through when
// deprecated), the security badge on the right, and the summary on a second line. Group rows show the
// tag and how many operations it holds.
class OperationDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperationDelegate)

public:
    // compact: one line, no summary (lists of operations elsewhere).
    explicit OperationDelegate(bool compact = false, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void paintGroup(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintOperation(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;

    bool m_compact;
};

} // namespace keyway::ui
