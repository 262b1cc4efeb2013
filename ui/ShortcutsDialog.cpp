#include "ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace keyway::ui {

ShortcutsDialog::ShortcutsDialog(QWidget *root, QWidget *parent)
    : QDialog(parent), m_root(root), m_filter(new QLineEdit(this)), m_list(new QTreeWidget(this))
{
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard Shortcuts"));
    resize(560, 520);

    m_filter->setObjectName(u"shortcutsFilter"_s);
    m_filter->setPlaceholderText(tr("Filter: action, key or menu…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter shortcuts"));
    m_list->setObjectName(u"shortcutsList"_s);
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Action"), tr("Shortcut"), tr("Menu")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    auto *label
        = new QLabel(tr("Keys of the commands of this window. Menus can also be reached with Alt and the underlined letter."), this);
    label->setWordWrap(true);
    layout->addWidget(label);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);

    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::setFilter);
    refresh();
}

ShortcutsDialog::~ShortcutsDialog() = default;

QString ShortcutsDialog::plainText(const QString &actionText)
{
    QString text;
    text.reserve(actionText.size());
    for (qsizetype i = 0; i < actionText.size(); ++i) {
        const QChar c = actionText.at(i);
        if (c == u'&') {
            if (i + 1 < actionText.size() && actionText.at(i + 1) == u'&') {
                text.append(u'&');
                ++i;
            }
            continue; // a mnemonic marker
        }
        if (c == u'\t')
            break; // "Text\tShortcut" in menus written by hand
        text.append(c);
    }
    return text.trimmed();
}

QList<ShortcutsDialog::Entry> ShortcutsDialog::collect(const QWidget *root)
{
    QList<Entry> entries;
    if (!root)
        return entries;
    // Every action once, wherever it hangs: children of the tree, and actions added to its widgets.
    QList<QAction *> actions = root->findChildren<QAction *>();
    QList<const QWidget *> widgets{root};
    const QList<QWidget *> children = root->findChildren<QWidget *>();
    for (const QWidget *child : children)
        widgets.append(child);
    QHash<const QAction *, QString> groups;
    for (const QWidget *widget : std::as_const(widgets)) {
        const QList<QAction *> own = widget->actions();
        actions += own;
        if (const auto *menu = qobject_cast<const QMenu *>(widget)) {
            for (const QAction *action : own) {
                if (!groups.contains(action))
                    groups.insert(action, plainText(menu->title()));
            }
        }
    }
    QSet<const QAction *> seen;
    for (const QAction *action : std::as_const(actions)) {
        if (seen.contains(action))
            continue;
        seen.insert(action);
        if (action->isSeparator() || !action->isVisible() || action->shortcuts().isEmpty())
            continue;
        QStringList keys;
        const QList<QKeySequence> shortcuts = action->shortcuts();
        for (const QKeySequence &shortcut : shortcuts) {
            if (!shortcut.isEmpty())
                keys.append(shortcut.toString(QKeySequence::NativeText));
        }
        if (keys.isEmpty())
            continue;
        QString text = plainText(action->text());
        if (text.isEmpty())
            text = plainText(action->iconText());
        if (text.isEmpty())
            text = action->objectName();
        entries.append({text, keys.join(u", "_s), groups.value(action), action->toolTip()});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        if (a.group != b.group)
            return a.group.isEmpty() != b.group.isEmpty() ? !a.group.isEmpty() : a.group.localeAwareCompare(b.group) < 0;
        return a.text.localeAwareCompare(b.text) < 0;
    });
    return entries;
}

void ShortcutsDialog::refresh()
{
    m_list->clear();
    const QList<Entry> entries = collect(m_root);
    for (const Entry &entry : entries) {
        auto *item = new QTreeWidgetItem(m_list, {entry.text, entry.shortcuts, entry.group});
        if (!entry.toolTip.isEmpty() && entry.toolTip != entry.text)
            item->setToolTip(0, entry.toolTip);
    }
    setFilter(m_filter->text());
}

int ShortcutsDialog::rowCount() const
{
    int visible = 0;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row)
        visible += m_list->topLevelItem(row)->isHidden() ? 0 : 1;
    return visible;
}

void ShortcutsDialog::setFilter(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text); // comes back here through textChanged
    const QString needle = text.trimmed();
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        bool match = needle.isEmpty();
        for (int column = 0; column < 3 && !match; ++column)
            match = item->text(column).contains(needle, Qt::CaseInsensitive);
        item->setHidden(!match);
    }
}

void ShortcutsDialog::showEvent(QShowEvent *event)
{
    refresh();
    QDialog::showEvent(event);
}

} // namespace keyway::ui
