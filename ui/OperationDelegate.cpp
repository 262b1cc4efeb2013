#include "OperationDelegate.h"

#include "Appearance.h"
#include "OperationTreeModel.h"
#include "SchemeText.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace keyway::ui {

namespace {
constexpr int hPadding = 6;
constexpr int vPadding = 5;
constexpr int gap = 8;
constexpr int badgeIconSize = 14;
} // namespace

OperationDelegate::OperationDelegate(bool compact, QObject *parent) : QStyledItemDelegate(parent), m_compact(compact)
{ }

QSize OperationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics fm(option.font);
    const bool group = index.data(OperationTreeModel::IsGroupRole).toBool();
    if (group)
        return QSize(200, fm.height() + 2 * vPadding + 4);
    const int line = qMax(fm.height(), appearance::badgeHeight(option.font));
    if (m_compact)
        return QSize(200, line + 2 * vPadding);
    return QSize(200, line + fm.height() + 2 * vPadding + 2);
}

void OperationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // Background, selection and hover, as the style draws them.
    opt.text.clear();
    opt.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    if (index.data(OperationTreeModel::IsGroupRole).toBool())
        paintGroup(painter, option, index);
    else
        paintOperation(painter, option, index);
}

void OperationDelegate::paintGroup(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup cg = option.state & QStyle::State_Enabled ? QPalette::Active : QPalette::Disabled;
    const QColor text = option.palette.color(cg, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor muted = selected ? text : appearance::mutedText(option.palette, cg);

    QRect r = option.rect.adjusted(hPadding, 0, -hPadding, 0);
    const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
    if (!icon.isNull()) {
        const int s = 16;
        icon.paint(painter, QRect(r.left(), r.center().y() - s / 2 + 1, s, s));
        r.setLeft(r.left() + s + 6);
    }
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics bfm(bold);
    // Rows under the group as shown: while filtering, the matching ones.
    const QString count = QLocale().toString(index.model()->rowCount(index));
    const QFontMetrics fm(option.font);
    const int countWidth = fm.horizontalAdvance(count);
    const QString name = bfm.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, qMax(0, r.width() - countWidth - gap));
    painter->setFont(bold);
    painter->setPen(text);
    painter->drawText(r, Qt::AlignLeft | Qt::AlignVCenter, name);
    painter->setFont(option.font);
    painter->setPen(muted);
    painter->drawText(r.adjusted(bfm.horizontalAdvance(name) + gap, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, count);
    painter->restore();
}

void OperationDelegate::paintOperation(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup cg = option.state & QStyle::State_Enabled ? QPalette::Active : QPalette::Disabled;
    const QColor text = option.palette.color(cg, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = selected ? text : appearance::mutedText(option.palette, cg);
    if (selected)
        muted.setAlphaF(0.8f);
    const bool deprecated = index.data(OperationTreeModel::DeprecatedRole).toBool();

    const QRect r = option.rect.adjusted(hPadding, vPadding, -hPadding, -vPadding);
    const QFontMetrics fm(option.font);
    const int lineHeight = qMax(fm.height(), appearance::badgeHeight(option.font));
    const QRect line1(r.left(), r.top(), r.width(), lineHeight);

    // Method badge.
    const int bw = appearance::badgeWidth(option.font);
    const int bh = appearance::badgeHeight(option.font);
    const QRect badgeRect(line1.left(), line1.center().y() - bh / 2 + 1, bw, bh);
    appearance::paintMethodBadge(painter, badgeRect, index.data(OperationTreeModel::MethodRole).toString(), option.font, deprecated);

    // Security badge on the right (not in compact lists, where the context already says it).
    int right = line1.right();
    if (!m_compact) {
        const auto badge = SecurityBadge(index.data(OperationTreeModel::SecurityBadgeRole).toInt());
        const QString securityText = index.data(OperationTreeModel::SecurityTextRole).toString();
        const QIcon icon = appearance::icon(SchemeText::badgeIcon(badge));
        QFont small = option.font;
        if (small.pointSizeF() > 0)
            small.setPointSizeF(small.pointSizeF() * 0.9);
        const QFontMetrics sfm(small);
        // The path comes first; the scheme names get what is left, within limits.
        const int bw0 = appearance::badgeWidth(option.font);
        const int pathWidth = QFontMetrics(option.font).horizontalAdvance(index.data(OperationTreeModel::PathRole).toString());
        const int left = line1.width() - bw0 - gap - pathWidth - gap - badgeIconSize - 4;
        const int maxTextWidth = qBound(qMin(70, line1.width() / 3), left, line1.width() / 3);
        const QString shown = sfm.elidedText(securityText, Qt::ElideRight, maxTextWidth);
        const int textWidth = shown.isEmpty() ? 0 : sfm.horizontalAdvance(shown);
        int x = right - textWidth;
        if (textWidth > 0) {
            painter->setFont(small);
            painter->setPen(badge == SecurityBadge::Undefined ? appearance::warningColor(option.palette) : muted);
            painter->drawText(QRect(x, line1.top(), textWidth, line1.height()), Qt::AlignLeft | Qt::AlignVCenter, shown);
            x -= 4;
        }
        x -= badgeIconSize;
        icon.paint(painter, QRect(x, line1.center().y() - badgeIconSize / 2 + 1, badgeIconSize, badgeIconSize));
        right = x - gap;
    }

    // Path.
    const int pathLeft = badgeRect.right() + gap;
    QFont pathFont = option.font;
    pathFont.setStrikeOut(deprecated);
    const QFontMetrics pfm(pathFont);
    const QString path = pfm.elidedText(index.data(OperationTreeModel::PathRole).toString(), Qt::ElideMiddle, qMax(0, right - pathLeft));
    painter->setFont(pathFont);
    painter->setPen(deprecated ? muted : text);
    painter->drawText(QRect(pathLeft, line1.top(), qMax(0, right - pathLeft), line1.height()), Qt::AlignLeft | Qt::AlignVCenter, path);

    // Summary (or the operationId) under the path.
    if (!m_compact) {
        QString summary = index.data(OperationTreeModel::SummaryRole).toString();
        if (summary.isEmpty())
            summary = index.data(OperationTreeModel::OperationIdRole).toString();
        summary = summary.simplified();
        if (deprecated)
            summary = summary.isEmpty() ? OperationDelegate::tr("Deprecated") : OperationDelegate::tr("Deprecated · %1").arg(summary);
        const QRect line2(pathLeft, line1.bottom() + 2, r.right() - pathLeft, fm.height());
        painter->setFont(option.font);
        painter->setPen(muted);
        painter->drawText(line2, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(summary, Qt::ElideRight, line2.width()));
    }
    painter->restore();
}

} // namespace keyway::ui
