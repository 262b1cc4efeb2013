#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QTextBrowser;
class QTextDocument;
class QToolButton;

namespace keyway::ui {

// The user guide: Markdown pages compiled in under :/help (resources/help), listed in the order of
// resources/help/contents.txt. A contents list on the left (filtered by the search field to the pages that
// contain the term, with the number of matches), the page on the right; links between pages ("probe.md",
// "signing-in.md#device-authorization") open in the window, web links in the system browser; Back and
// Forward; the term searched for is highlighted in the page.
//
// Other windows link to a page by its name: helpWindow->showPage(u"probe"_s).
class HelpWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpWindow)

public:
    struct SearchHit
    {
        QString page;
        int matches = 0;
    };
    struct Link
    {
        QString page; // the target page; empty when the link is not internal
        QString anchor; // the heading it points at, if any
    };

    explicit HelpWindow(QWidget *parent = nullptr);
    ~HelpWindow() override;

    // Shows a page (its name without ".md") at a heading (its anchor: "device-authorization"), raises the window.
    // False, and nothing changes, when there is no such page.
    bool showPage(const QString &page, const QString &anchor = {});
    QString currentPage() const { return m_current; }
    QString currentAnchor() const { return m_currentAnchor; }

    // Filters the contents to the pages containing `term` (case-insensitive; empty: all) and highlights it.
    QList<SearchHit> search(const QString &term);
    bool back();
    bool forward();

    // The guide itself (no window needed).
    static QStringList pages(); // in contents order
    static QString pageTitle(const QString &page); // its first "# " heading
    static QString pageMarkdown(const QString &page); // empty when there is no such page
    static QStringList pageFiles(); // every .md file compiled in, by name without ".md"
    // Every link of a page as the rendered document holds it (href values).
    static QStringList linksOf(const QString &page);
    // Where a link of the guide goes: an internal page (with anchor), or nothing for web links and the unknown.
    static std::optional<Link> resolveLink(const QUrl &href);
    // The anchors of a page's headings (GitHub style: "Sending requests" -> "sending-requests").
    static QStringList anchorsOf(const QString &page);
    static QString anchorFor(const QString &headingText);
    static QList<SearchHit> searchGuide(const QString &term);

private:
    void onLinkClicked(const QUrl &url);
    void onContentsRowChanged(int row);
    void load(const QString &page, const QString &anchor);
    void scrollToAnchor(const QString &anchor);
    void highlight(const QString &term);
    void updateNavigation();
    void fillContents(const QList<SearchHit> &hits, bool filtered);

    QLineEdit *m_search;
    QListWidget *m_contents;
    QTextBrowser *m_browser;
    QLabel *m_status;
    QToolButton *m_backButton;
    QToolButton *m_forwardButton;
    QAction *m_backAction;
    QAction *m_forwardAction;
    QAction *m_findAction;
    QAction *m_findNextAction;
    QString m_current;
    QString m_currentAnchor;
    QString m_term;
    struct Place
    {
        QString page;
        QString anchor;
    };
    QList<Place> m_history;
    qsizetype m_historyIndex = -1;
    bool m_fillingContents = false;
};

} // namespace keyway::ui
