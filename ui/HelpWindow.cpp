#include "HelpWindow.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

// Q_INIT_RESOURCE must be used outside any namespace; the guide lives in keyway_ui, a static library.
static void initHelpResources()
{
    Q_INIT_RESOURCE(help);
}

namespace keyway::ui {

namespace {

const QString kRoot = u":/help"_s;
constexpr int kPageRole = Qt::UserRole + 1;

void ensureResources()
{
    static const bool done = [] {
        initHelpResources();
        return true;
    }();
    Q_UNUSED(done);
}

QString readResource(const QString &path)
{
    ensureResources();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// A page's document as the window shows it (GitHub Markdown, no raw HTML).
void renderMarkdown(QTextDocument &document, const QString &markdown)
{
    document.setMarkdown(markdown, QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML));
}

} // namespace

// ---- The guide ------------------------------------------------------------------------------------------------

QStringList HelpWindow::pages()
{
    QStringList list;
    const QStringList lines = readResource(kRoot + u"/contents.txt"_s).split(u'\n');
    for (const QString &line : lines) {
        const QString name = line.trimmed();
        if (!name.isEmpty() && !name.startsWith(u'#'))
            list.append(name);
    }
    return list;
}

QStringList HelpWindow::pageFiles()
{
    ensureResources();
    QStringList names;
    const QStringList files = QDir(kRoot).entryList({u"*.md"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        names.append(file.chopped(3));
    return names;
}

QString HelpWindow::pageMarkdown(const QString &page)
{
    if (page.isEmpty() || page.contains(u'/') || page.contains(u'.'))
        return {};
    return readResource(kRoot + u'/' + page + u".md"_s);
}

QString HelpWindow::pageTitle(const QString &page)
{
    const QStringList lines = pageMarkdown(page).split(u'\n');
    for (const QString &line : lines) {
        if (line.startsWith(u"# "_s))
            return line.mid(2).trimmed();
    }
    return page;
}

QStringList HelpWindow::linksOf(const QString &page)
{
    QTextDocument document;
    renderMarkdown(document, pageMarkdown(page));
    QStringList links;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid())
                continue;
            const QString href = fragment.charFormat().anchorHref();
            if (!href.isEmpty() && (links.isEmpty() || links.constLast() != href))
                links.append(href);
        }
    }
    return links;
}

std::optional<HelpWindow::Link> HelpWindow::resolveLink(const QUrl &href)
{
    if (!href.scheme().isEmpty() || !href.host().isEmpty())
        return std::nullopt; // a web link (or another scheme): not the guide's
    const QString path = href.path();
    if (path.isEmpty() && href.hasFragment())
        return Link{QString(), href.fragment()}; // within the current page
    if (!path.endsWith(u".md"_s) || path.contains(u'/'))
        return std::nullopt;
    return Link{path.chopped(3), href.fragment()};
}

QString HelpWindow::anchorFor(const QString &headingText)
{
    // GitHub's rule: lower case, punctuation dropped, spaces to hyphens.
    QString anchor;
    for (const QChar c : headingText.trimmed().toLower()) {
        if (c.isLetterOrNumber() || c == u'-' || c == u'_')
            anchor.append(c);
        else if (c.isSpace())
            anchor.append(u'-');
    }
    return anchor;
}

QStringList HelpWindow::anchorsOf(const QString &page)
{
    QTextDocument document;
    renderMarkdown(document, pageMarkdown(page));
    QStringList anchors;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0)
            anchors.append(anchorFor(block.text()));
    }
    return anchors;
}

QList<HelpWindow::SearchHit> HelpWindow::searchGuide(const QString &term)
{
    QList<SearchHit> hits;
    const QString needle = term.trimmed();
    const QStringList all = pages();
    for (const QString &page : all) {
        if (needle.isEmpty()) {
            hits.append({page, 0});
            continue;
        }
        // The text as shown (no Markdown syntax), so that "**PKCE**" is found as "PKCE".
        QTextDocument document;
        renderMarkdown(document, pageMarkdown(page));
        const int matches = int(document.toPlainText().count(needle, Qt::CaseInsensitive));
        if (matches > 0)
            hits.append({page, matches});
    }
    return hits;
}

// ---- The window -----------------------------------------------------------------------------------------------

HelpWindow::HelpWindow(QWidget *parent)
    : QWidget(parent, Qt::Window),
      m_search(new QLineEdit(this)),
      m_contents(new QListWidget(this)),
      m_browser(new QTextBrowser(this)),
      m_status(new QLabel(this)),
      m_backButton(new QToolButton(this)),
      m_forwardButton(new QToolButton(this)),
      m_backAction(new QAction(tr("&Back"), this)),
      m_forwardAction(new QAction(tr("&Forward"), this)),
      m_findAction(new QAction(tr("&Search the Guide"), this)),
      m_findNextAction(new QAction(tr("Find &Next"), this))
{
    ensureResources();
    setObjectName(u"helpWindow"_s);
    setWindowTitle(tr("Keyway User Guide"));
    resize(980, 700);

    m_search->setObjectName(u"helpSearch"_s);
    m_search->setPlaceholderText(tr("Search the guide…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the guide"));
    m_contents->setObjectName(u"helpContents"_s);
    m_contents->setAccessibleName(tr("Contents"));
    m_browser->setObjectName(u"helpBrowser"_s);
    m_browser->setAccessibleName(tr("Guide page"));
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    m_browser->document()->setDocumentMargin(16);
    m_status->setObjectName(u"helpStatus"_s);

    m_backAction->setObjectName(u"helpBackAction"_s);
    m_backAction->setShortcuts(QKeySequence::Back);
    m_backAction->setToolTip(tr("The page shown before"));
    m_forwardAction->setObjectName(u"helpForwardAction"_s);
    m_forwardAction->setShortcuts(QKeySequence::Forward);
    m_forwardAction->setToolTip(tr("The page shown after"));
    m_findAction->setObjectName(u"helpFindAction"_s);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findNextAction->setObjectName(u"helpFindNextAction"_s);
    m_findNextAction->setShortcut(QKeySequence::FindNext);
    for (QAction *action : {m_backAction, m_forwardAction, m_findAction, m_findNextAction}) {
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
    }
    m_backButton->setDefaultAction(m_backAction);
    m_backButton->setArrowType(Qt::LeftArrow);
    m_backButton->setObjectName(u"helpBackButton"_s);
    m_forwardButton->setDefaultAction(m_forwardAction);
    m_forwardButton->setArrowType(Qt::RightArrow);
    m_forwardButton->setObjectName(u"helpForwardButton"_s);

    auto *navigation = new QHBoxLayout;
    navigation->addWidget(m_backButton);
    navigation->addWidget(m_forwardButton);
    navigation->addWidget(m_search, 1);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(navigation);
    leftLayout->addWidget(m_contents, 1);
    leftLayout->addWidget(m_status);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 720});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    setTabOrder(m_search, m_contents);
    setTabOrder(m_contents, m_browser);

    connect(m_browser, &QTextBrowser::anchorClicked, this, &HelpWindow::onLinkClicked);
    connect(m_contents, &QListWidget::currentRowChanged, this, &HelpWindow::onContentsRowChanged);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) { search(text); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        // Enter: the first page with the term, at its first occurrence.
        if (m_contents->count() > 0 && !m_term.isEmpty())
            showPage(m_contents->item(0)->data(kPageRole).toString());
    });
    connect(m_backAction, &QAction::triggered, this, &HelpWindow::back);
    connect(m_forwardAction, &QAction::triggered, this, &HelpWindow::forward);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_findNextAction, &QAction::triggered, this, [this] {
        if (m_term.isEmpty())
            return;
        if (!m_browser->find(m_term)) { // wrap around
            m_browser->moveCursor(QTextCursor::Start);
            m_browser->find(m_term);
        }
    });

    fillContents(searchGuide({}), false);
    const QStringList all = pages();
    if (!all.isEmpty())
        showPage(all.constFirst());
}

HelpWindow::~HelpWindow() = default;

bool HelpWindow::showPage(const QString &page, const QString &anchor)
{
    if (pageMarkdown(page).isEmpty())
        return false;
    // A new place: what was ahead in the history goes.
    if (m_historyIndex < 0 || m_history.at(m_historyIndex).page != page || m_history.at(m_historyIndex).anchor != anchor) {
        m_history.resize(m_historyIndex + 1);
        m_history.append({page, anchor});
        m_historyIndex = m_history.size() - 1;
    }
    load(page, anchor);
    if (isWindow() && isVisible()) {
        raise();
        activateWindow();
    }
    return true;
}

bool HelpWindow::back()
{
    if (m_historyIndex <= 0)
        return false;
    --m_historyIndex;
    load(m_history.at(m_historyIndex).page, m_history.at(m_historyIndex).anchor);
    return true;
}

bool HelpWindow::forward()
{
    if (m_historyIndex + 1 >= m_history.size())
        return false;
    ++m_historyIndex;
    load(m_history.at(m_historyIndex).page, m_history.at(m_historyIndex).anchor);
    return true;
}

void HelpWindow::load(const QString &page, const QString &anchor)
{
    if (page != m_current) {
        renderMarkdown(*m_browser->document(), pageMarkdown(page));
        m_current = page;
        setWindowTitle(tr("%1 — Keyway User Guide").arg(pageTitle(page)));
    }
    m_currentAnchor = anchor;
    // The contents follow (without loading again).
    m_fillingContents = true;
    m_contents->setCurrentRow(-1);
    for (int row = 0; row < m_contents->count(); ++row) {
        if (m_contents->item(row)->data(kPageRole).toString() == page)
            m_contents->setCurrentRow(row);
    }
    m_fillingContents = false;
    if (!anchor.isEmpty())
        scrollToAnchor(anchor);
    else
        m_browser->verticalScrollBar()->setValue(0);
    highlight(m_term);
    updateNavigation();
}

void HelpWindow::scrollToAnchor(const QString &anchor)
{
    QTextDocument *document = m_browser->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0 && anchorFor(block.text()) == anchor) {
            QTextCursor cursor(block);
            // To the end first, then back: the heading ends up at the top of the view.
            m_browser->moveCursor(QTextCursor::End);
            m_browser->setTextCursor(cursor);
            m_browser->ensureCursorVisible();
            return;
        }
    }
}

void HelpWindow::highlight(const QString &term)
{
    QList<QTextEdit::ExtraSelection> selections;
    if (!term.isEmpty()) {
        QTextCharFormat format;
        format.setBackground(palette().color(QPalette::Highlight).lighter(160));
        format.setForeground(palette().color(QPalette::Text));
        QTextDocument *document = m_browser->document();
        QTextCursor cursor(document);
        for (int guard = 0; guard < 2000; ++guard) {
            cursor = document->find(term, cursor);
            if (cursor.isNull())
                break;
            selections.append({cursor, format});
        }
        if (!selections.isEmpty() && m_currentAnchor.isEmpty()) {
            QTextCursor first = selections.constFirst().cursor;
            first.clearSelection();
            m_browser->setTextCursor(first);
            m_browser->ensureCursorVisible();
        }
    }
    m_browser->setExtraSelections(selections);
}

QList<HelpWindow::SearchHit> HelpWindow::search(const QString &term)
{
    if (m_search->text() != term) {
        const QSignalBlocker block(m_search);
        m_search->setText(term);
    }
    m_term = term.trimmed();
    const QList<SearchHit> hits = searchGuide(m_term);
    fillContents(hits, !m_term.isEmpty());
    highlight(m_term);
    if (m_term.isEmpty())
        m_status->clear();
    else if (hits.isEmpty())
        m_status->setText(tr("“%1” is not in the guide.").arg(m_term));
    else
        m_status->setText(tr("“%1” is on %n page(s).", nullptr, int(hits.size())).arg(m_term));
    return m_term.isEmpty() ? QList<SearchHit>{} : hits;
}

void HelpWindow::fillContents(const QList<SearchHit> &hits, bool filtered)
{
    m_fillingContents = true;
    m_contents->clear();
    for (const SearchHit &hit : hits) {
        const QString title = pageTitle(hit.page);
        auto *item = new QListWidgetItem(filtered ? tr("%1 (%2)").arg(title).arg(hit.matches) : title, m_contents);
        item->setData(kPageRole, hit.page);
        item->setToolTip(hit.page + u".md"_s);
        if (hit.page == m_current)
            m_contents->setCurrentItem(item);
    }
    m_fillingContents = false;
}

void HelpWindow::onContentsRowChanged(int row)
{
    if (m_fillingContents || row < 0)
        return;
    showPage(m_contents->item(row)->data(kPageRole).toString());
}

void HelpWindow::onLinkClicked(const QUrl &url)
{
    if (const auto link = resolveLink(url)) {
        showPage(link->page.isEmpty() ? m_current : link->page, link->anchor);
        return;
    }
    const QString scheme = url.scheme();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        QDesktopServices::openUrl(url);
}

void HelpWindow::updateNavigation()
{
    m_backAction->setEnabled(m_historyIndex > 0);
    m_forwardAction->setEnabled(m_historyIndex + 1 < m_history.size());
}

} // namespace keyway::ui
