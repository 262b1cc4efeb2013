#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QPointer>
#include <QString>

class QLineEdit;
class QTreeWidget;

namespace keyway::ui {

// Help > Keyboard Shortcuts: every QAction of a widget tree that has a shortcut — its text (without mnemonics), its
// shortcuts in the platform's notation, and the menu it sits in. Collected again each time the dialog is shown, so
// the list is never out of date; a filter narrows it.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    struct Entry
    {
        QString text; // "Open URL…"
        QString shortcuts; // "Ctrl+L" (several joined by ", ")
        QString group; // the menu's title ("File"), or empty
        QString toolTip;
    };

    // `root` (not owned; may go away) is the tree whose actions are listed: usually the main window.
    explicit ShortcutsDialog(QWidget *root, QWidget *parent = nullptr);
    ~ShortcutsDialog() override;

    // The actions with a shortcut under `root` (the widget's own, its children's and those of every menu in it),
    // each action once, sorted by group then text.
    static QList<Entry> collect(const QWidget *root);
    static QString plainText(const QString &actionText); // "&Open…" -> "Open…", "Save && Close" -> "Save & Close"

    // Rebuilds the list from the tree as it is now.
    void refresh();
    int rowCount() const;
    void setFilter(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QPointer<QWidget> m_root;
    QLineEdit *m_filter;
    QTreeWidget *m_list;
};

} // namespace keyway::ui
