// The user guide (HelpWindow over resources/help) and the keyboard shortcut overview (ShortcutsDialog), offscreen:
// the guide loads, its contents list every page, every link between pages resolves (page and heading), pages open by
// name, links and Back/Forward navigate, search finds terms and says when it finds none; the guide documents every
// keyway-cli verb the binary offers; the shortcut dialog lists exactly the actions of a window that have a shortcut,
// stays true when actions change, and covers the real main window.

#include "HelpWindow.h"
#include "MainWindow.h"
#include "ShortcutsDialog.h"
#include "net/HttpClient.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolBar>
#include <QTreeWidget>

#ifndef KEYWAY_CLI_PATH
#error "KEYWAY_CLI_PATH must be defined"
#endif

using namespace Qt::StringLiterals;
using keyway::ui::HelpWindow;
using keyway::ui::ShortcutsDialog;

namespace {

QString native(const QKeySequence &sequence)
{
    return sequence.toString(QKeySequence::NativeText);
}

const ShortcutsDialog::Entry *entryNamed(const QList<ShortcutsDialog::Entry> &entries, const QString &text)
{
    for (const ShortcutsDialog::Entry &entry : entries) {
        if (entry.text == text)
            return &entry;
    }
    return nullptr;
}

} // namespace

class TestHelp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contentsListEveryPage();
    void guideLoadsInTheWindow();
    void everyInternalLinkResolves();
    void pagesTheGuidePromises_data();
    void pagesTheGuidePromises();
    void showPageByName();
    void linksAndHistoryNavigate();
    void searchFindsTerms();
    void searchFieldFiltersContents();
    void everyCliVerbIsDocumented();
    void anchorsFollowGitHub_data();
    void anchorsFollowGitHub();

    void plainActionText_data();
    void plainActionText();
    void shortcutsOfASampleWindow();
    void shortcutsDialogStaysTrue();
    void shortcutsOfTheMainWindow();
};

void TestHelp::contentsListEveryPage()
{
    const QStringList pages = HelpWindow::pages();
    QVERIFY2(pages.size() >= 15, qPrintable(pages.join(u' ')));
    QCOMPARE(QSet<QString>(pages.begin(), pages.end()).size(), pages.size()); // no page twice
    QStringList files = HelpWindow::pageFiles();
    QStringList sorted = pages;
    files.sort();
    sorted.sort();
    QCOMPARE(sorted, files); // every page listed, and every listed page compiled in
    for (const QString &page : pages) {
        const QString markdown = HelpWindow::pageMarkdown(page);
        QVERIFY2(markdown.size() > 400, qPrintable(page));
        QVERIFY2(markdown.startsWith(u"# "_s), qPrintable(page));
        QVERIFY2(HelpWindow::pageTitle(page) != page, qPrintable(page));
    }
    QVERIFY(HelpWindow::pageMarkdown(u"no-such-page"_s).isEmpty());
    QVERIFY(HelpWindow::pageMarkdown(u"../keyway"_s).isEmpty());
}

void TestHelp::guideLoadsInTheWindow()
{
    HelpWindow help;
    help.show();
    QVERIFY(QTest::qWaitForWindowExposed(&help));
    auto *browser = help.findChild<QTextBrowser *>(u"helpBrowser"_s);
    auto *contents = help.findChild<QListWidget *>(u"helpContents"_s);
    QVERIFY(browser && contents);
    QCOMPARE(help.currentPage(), HelpWindow::pages().constFirst());
    QCOMPARE(contents->count(), HelpWindow::pages().size());
    QCOMPARE(contents->currentRow(), 0);
    QVERIFY(browser->toPlainText().contains(HelpWindow::pageTitle(help.currentPage())));
    // Markdown is rendered, not shown as source.
    QVERIFY(!browser->toPlainText().startsWith(u"# "_s));
    QVERIFY(browser->document()->begin().blockFormat().headingLevel() == 1);
    // Picking a page in the contents shows it.
    contents->setCurrentRow(3);
    QCOMPARE(help.currentPage(), HelpWindow::pages().at(3));
    QVERIFY(browser->toPlainText().contains(HelpWindow::pageTitle(HelpWindow::pages().at(3))));
}

void TestHelp::everyInternalLinkResolves()
{
    const QStringList pages = HelpWindow::pages();
    int internal = 0;
    int withAnchor = 0;
    QStringList problems;
    QSet<QString> linkedTo;
    for (const QString &page : pages) {
        const QStringList links = HelpWindow::linksOf(page);
        for (const QString &href : links) {
            const QUrl url(href);
            const auto link = HelpWindow::resolveLink(url);
            if (!link) {
                if (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
                    problems << QStringLiteral("%1: %2 is neither a page of the guide nor a web link").arg(page, href);
                continue;
            }
            ++internal;
            const QString target = link->page.isEmpty() ? page : link->page;
            linkedTo.insert(target);
            if (!pages.contains(target)) {
                problems << QStringLiteral("%1: %2 names no page").arg(page, href);
                continue;
            }
            if (!link->anchor.isEmpty()) {
                ++withAnchor;
                if (!HelpWindow::anchorsOf(target).contains(link->anchor))
                    problems << QStringLiteral("%1: %2 names no heading of %3").arg(page, href, target);
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QVERIFY2(internal >= 40, qPrintable(QString::number(internal)));
    QVERIFY(withAnchor >= 5);
    // Every page but the first is reachable by a link.
    for (const QString &page : pages.mid(1))
        QVERIFY2(linkedTo.contains(page), qPrintable(page + u" is linked from no page"_s));
}

void TestHelp::pagesTheGuidePromises_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QStringList>("mustMention");
    QTest::newRow("getting started") << u"getting-started"_s << QStringList{u"Open"_s, u"keyway-cli"_s};
    QTest::newRow("documents") << u"documents"_s << QStringList{u"YAML"_s, u"Swagger 2.0"_s, u"Reload"_s, u"Open URL"_s};
    QTest::newRow("security panel") << u"security-panel"_s << QStringList{u"apiKey"_s,        u"bearer"_s,    u"digest"_s,
                                                                          u"openIdConnect"_s, u"mutualTLS"_s, u"security: []"_s};
    QTest::newRow("signing in") << u"signing-in"_s
                                << QStringList{
                                       u"PKCE"_s,    u"Client credentials"_s, u"Password"_s, u"Implicit"_s, u"Device authorization"_s,
                                       u"Refresh"_s, u"ID token"_s,           u"Sign Out"_s};
    QTest::newRow("requests") << u"requests"_s << QStringList{u"curl"_s, u"WWW-Authenticate"_s, u"redirect"_s, u"history"_s};
    QTest::newRow("profiles and keychain") << u"profiles-keychain"_s
                                           << QStringList{u"Profile"_s, u"memory"_s, u"Secret Service"_s, u"Forget This API"_s};
    QTest::newRow("timeline") << u"timeline"_s << QStringList{u"Ctrl+Shift+T"_s, u"masked"_s};
    QTest::newRow("probe") << u"probe"_s << QStringList{u"malformed token"_s, u"expired token"_s, u"CSV"_s, u"JUnit"_s};
    QTest::newRow("export") << u"export"_s << QStringList{u"HAR"_s, u"hash"_s, u"bundle"_s};
    QTest::newRow("cli") << u"cli"_s << QStringList{u"Exit status"_s, u"--secret-env"_s, u"--json"_s};
    QTest::newRow("troubleshooting") << u"troubleshooting"_s << QStringList{u"invalid_client"_s, u"invalid_grant"_s, u"redirect_uri"_s,
                                                                            u"invalid_scope"_s,  u"access_denied"_s, u"clock"_s};
    QTest::newRow("walkthrough: login flow") << u"walkthrough-login"_s << QStringList{u"PKCE"_s, u"Token Inspector"_s};
    QTest::newRow("walkthrough: probe") << u"walkthrough-probe"_s << QStringList{u"keyway-cli probe"_s, u"--junit"_s};
    QTest::newRow("walkthrough: support bundle") << u"walkthrough-support"_s << QStringList{u"bundle"_s, u"Timeline"_s};
}

void TestHelp::pagesTheGuidePromises()
{
    QFETCH(QString, page);
    QFETCH(QStringList, mustMention);
    QVERIFY2(HelpWindow::pages().contains(page), qPrintable(page));
    const QString markdown = HelpWindow::pageMarkdown(page);
    for (const QString &term : mustMention)
        QVERIFY2(markdown.contains(term, Qt::CaseInsensitive), qPrintable(page + u": "_s + term));
}

void TestHelp::showPageByName()
{
    HelpWindow help;
    auto *browser = help.findChild<QTextBrowser *>(u"helpBrowser"_s);
    QVERIFY(help.showPage(u"probe"_s));
    QCOMPARE(help.currentPage(), u"probe"_s);
    QVERIFY(browser->toPlainText().contains(HelpWindow::pageTitle(u"probe"_s)));
    QVERIFY(help.windowTitle().contains(HelpWindow::pageTitle(u"probe"_s)));
    QCOMPARE(help.findChild<QListWidget *>(u"helpContents"_s)->currentItem()->data(Qt::UserRole + 1).toString(), u"probe"_s);

    // An unknown page changes nothing.
    QVERIFY(!help.showPage(u"nope"_s));
    QCOMPARE(help.currentPage(), u"probe"_s);

    // At a heading: the cursor sits on it.
    const QStringList anchors = HelpWindow::anchorsOf(u"cli"_s);
    QVERIFY(anchors.contains(u"exit-status"_s));
    QVERIFY(help.showPage(u"cli"_s, u"exit-status"_s));
    QCOMPARE(help.currentAnchor(), u"exit-status"_s);
    const QTextBlock block = browser->textCursor().block();
    QVERIFY(block.blockFormat().headingLevel() > 0);
    QCOMPARE(HelpWindow::anchorFor(block.text()), u"exit-status"_s);
}

void TestHelp::linksAndHistoryNavigate()
{
    HelpWindow help;
    auto *browser = help.findChild<QTextBrowser *>(u"helpBrowser"_s);
    QVERIFY(help.showPage(u"getting-started"_s));
    // A click on a link, as QTextBrowser reports it.
    Q_EMIT browser->anchorClicked(QUrl(u"signing-in.md#device-authorization"_s));
    QCOMPARE(help.currentPage(), u"signing-in"_s);
    QCOMPARE(help.currentAnchor(), u"device-authorization"_s);
    Q_EMIT browser->anchorClicked(QUrl(u"cli.md"_s));
    QCOMPARE(help.currentPage(), u"cli"_s);
    // A link within the page.
    Q_EMIT browser->anchorClicked(QUrl(u"#exit-status"_s));
    QCOMPARE(help.currentPage(), u"cli"_s);
    QCOMPARE(help.currentAnchor(), u"exit-status"_s);

    auto *backAction = help.findChild<QAction *>(u"helpBackAction"_s);
    auto *forwardAction = help.findChild<QAction *>(u"helpForwardAction"_s);
    QVERIFY(backAction && forwardAction);
    QVERIFY(backAction->isEnabled());
    QVERIFY(!forwardAction->isEnabled());
    backAction->trigger();
    QCOMPARE(help.currentPage(), u"cli"_s);
    QCOMPARE(help.currentAnchor(), QString());
    QVERIFY(help.back());
    QCOMPARE(help.currentPage(), u"signing-in"_s);
    QVERIFY(forwardAction->isEnabled());
    forwardAction->trigger();
    QCOMPARE(help.currentPage(), u"cli"_s);
    // A new place drops what was ahead.
    QVERIFY(help.showPage(u"timeline"_s));
    QVERIFY(!help.forward());
    // A web link leaves the guide where it is (it goes to the system browser).
    const QUrl web(u"https://www.rfc-editor.org/rfc/rfc7636"_s);
    QVERIFY(!HelpWindow::resolveLink(web));
}

void TestHelp::searchFindsTerms()
{
    const auto pkce = HelpWindow::searchGuide(u"pkce"_s);
    QStringList pages;
    for (const auto &hit : pkce) {
        pages << hit.page;
        QVERIFY(hit.matches > 0);
    }
    QVERIFY2(pages.contains(u"signing-in"_s), qPrintable(pages.join(u' ')));
    QVERIFY2(pages.contains(u"walkthrough-login"_s), qPrintable(pages.join(u' ')));
    QVERIFY(HelpWindow::searchGuide(u"zqxj-not-in-the-guide"_s).isEmpty());

    HelpWindow help;
    auto *contents = help.findChild<QListWidget *>(u"helpContents"_s);
    auto *browser = help.findChild<QTextBrowser *>(u"helpBrowser"_s);
    auto *status = help.findChild<QLabel *>(u"helpStatus"_s);
    const auto hits = help.search(u"forget"_s);
    QVERIFY(!hits.isEmpty());
    QCOMPARE(contents->count(), hits.size());
    QVERIFY(contents->item(0)->text().contains(u'('));
    QVERIFY(status->text().contains(u"forget"_s));
    QVERIFY(help.showPage(hits.constFirst().page));
    QVERIFY(!browser->extraSelections().isEmpty()); // highlighted
    for (const auto &selection : browser->extraSelections())
        QCOMPARE(selection.cursor.selectedText().toLower(), u"forget"_s);

    QVERIFY(help.search(u"zqxj-not-in-the-guide"_s).isEmpty());
    QCOMPARE(contents->count(), 0);
    QVERIFY(status->text().contains(u"not in the guide"_s));
    QVERIFY(help.search(QString()).isEmpty());
    QCOMPARE(contents->count(), HelpWindow::pages().size());
    QVERIFY(browser->extraSelections().isEmpty());
}

void TestHelp::searchFieldFiltersContents()
{
    HelpWindow help;
    help.show();
    QVERIFY(QTest::qWaitForWindowExposed(&help));
    auto *field = help.findChild<QLineEdit *>(u"helpSearch"_s);
    auto *contents = help.findChild<QListWidget *>(u"helpContents"_s);
    QVERIFY(field && contents);
    QTest::keyClicks(field, u"JUnit"_s);
    const auto expected = HelpWindow::searchGuide(u"JUnit"_s);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(contents->count(), expected.size());
    QTest::keyClick(field, Qt::Key_Return); // opens the first page with the term
    QCOMPARE(help.currentPage(), expected.constFirst().page);
}

void TestHelp::everyCliVerbIsDocumented()
{
    QProcess cli;
    cli.start(QStringLiteral(KEYWAY_CLI_PATH), {u"--help"_s});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 0);
    const QString usage = QString::fromUtf8(cli.readAllStandardOutput());
    const qsizetype from = usage.indexOf(u"Verbs:"_s);
    QVERIFY(from >= 0);
    QStringList verbs;
    static const QRegularExpression verbLine(u"^  ([a-z]+) "_s, QRegularExpression::MultilineOption);
    for (auto it = verbLine.globalMatch(usage.mid(from)); it.hasNext();)
        verbs << it.next().captured(1);
    QVERIFY2(verbs.size() >= 5, qPrintable(usage));
    const QString cliPage = HelpWindow::pageMarkdown(u"cli"_s);
    for (const QString &verb : verbs)
        QVERIFY2(cliPage.contains(u"keyway-cli "_s + verb), qPrintable(verb));
    // Every exit status the binary names.
    static const QRegularExpression statusWord(u"(\\d) [a-z]"_s);
    const QString statusText = usage.mid(usage.indexOf(u"Exit status"_s));
    for (auto it = statusWord.globalMatch(statusText); it.hasNext();) {
        const QString code = it.next().captured(1);
        QVERIFY2(cliPage.contains(u"| "_s + code + u" |"_s), qPrintable(code));
    }
}

void TestHelp::anchorsFollowGitHub_data()
{
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QString>("anchor");
    QTest::newRow("words") << u"Exit status"_s << u"exit-status"_s;
    QTest::newRow("punctuation") << u"Authorization code + PKCE"_s << u"authorization-code--pkce"_s;
    QTest::newRow("code and dots") << u"keyway-cli call"_s << u"keyway-cli-call"_s;
    QTest::newRow("apostrophe") << u"What's stored where"_s << u"whats-stored-where"_s;
}

void TestHelp::anchorsFollowGitHub()
{
    QFETCH(QString, heading);
    QFETCH(QString, anchor);
    QCOMPARE(HelpWindow::anchorFor(heading), anchor);
}

// ---- Shortcuts ------------------------------------------------------------------------------------------------

void TestHelp::plainActionText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("plain");
    QTest::newRow("mnemonic") << u"&Open…"_s << u"Open…"_s;
    QTest::newRow("escaped ampersand") << u"Save && &Close"_s << u"Save & Close"_s;
    QTest::newRow("tab shortcut") << u"&Reload\tF5"_s << u"Reload"_s;
    QTest::newRow("plain") << u"Copy"_s << u"Copy"_s;
}

void TestHelp::plainActionText()
{
    QFETCH(QString, text);
    QFETCH(QString, plain);
    QCOMPARE(ShortcutsDialog::plainText(text), plain);
}

void TestHelp::shortcutsOfASampleWindow()
{
    QMainWindow window;
    QMenu *file = window.menuBar()->addMenu(u"&File"_s);
    QAction *open = file->addAction(u"&Open…"_s);
    open->setShortcut(QKeySequence::Open);
    file->addAction(u"No &Shortcut"_s); // not listed
    QAction *hidden = file->addAction(u"Hidden"_s);
    hidden->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    hidden->setVisible(false); // its shortcut does not work: not listed
    file->addSeparator();
    QAction *twoKeys = file->addAction(u"&Back"_s);
    twoKeys->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::Key_Back)});
    // An action of a widget deep in the tree, owned by nothing in it.
    QAction orphan(u"Send Request"_s);
    orphan.setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    auto *central = new QWidget(&window);
    auto *inner = new QLineEdit(central);
    inner->addAction(&orphan);
    window.setCentralWidget(central);
    // A window-wide action without a menu, and a dock's toggle.
    auto *filter = new QAction(u"&Filter"_s, &window);
    filter->setShortcut(QKeySequence::Find);
    window.addAction(filter);
    auto *dock = new QDockWidget(u"Timeline"_s, &window);
    window.addDockWidget(Qt::BottomDockWidgetArea, dock);
    dock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    // The same action in a menu and a tool bar: once.
    window.addToolBar(u"Tools"_s)->addAction(open);

    const QList<ShortcutsDialog::Entry> entries = ShortcutsDialog::collect(&window);
    QStringList names;
    for (const auto &entry : entries)
        names << entry.text;
    QCOMPARE(entries.size(), 5);
    QVERIFY2(!names.contains(u"No Shortcut"_s) && !names.contains(u"Hidden"_s), qPrintable(names.join(u", "_s)));
    const auto *openEntry = entryNamed(entries, u"Open…"_s);
    QVERIFY(openEntry);
    QCOMPARE(openEntry->shortcuts, native(QKeySequence::Open));
    QCOMPARE(openEntry->group, u"File"_s);
    const auto *backEntry = entryNamed(entries, u"Back"_s);
    QVERIFY(backEntry);
    QCOMPARE(backEntry->shortcuts, native(QKeySequence(Qt::ALT | Qt::Key_Left)) + u", "_s + native(QKeySequence(Qt::Key_Back)));
    QVERIFY(entryNamed(entries, u"Send Request"_s));
    QCOMPARE(entryNamed(entries, u"Filter"_s)->group, QString());
    QCOMPARE(entryNamed(entries, u"Timeline"_s)->shortcuts, native(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)));
    QCOMPARE(entries.constFirst().text, u"Back"_s); // grouped (File first), then by name

    ShortcutsDialog dialog(&window);
    QCOMPARE(dialog.rowCount(), 5);
    auto *list = dialog.findChild<QTreeWidget *>(u"shortcutsList"_s);
    QVERIFY(list);
    QCOMPARE(list->topLevelItem(0)->text(0), u"Back"_s);
    QCOMPARE(list->topLevelItem(0)->text(2), u"File"_s);
    dialog.setFilter(native(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)));
    QCOMPARE(dialog.rowCount(), 1);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"shortcutsFilter"_s), u"x"_s);
    QCOMPARE(dialog.rowCount(), 0);
    dialog.setFilter(QString());
    QCOMPARE(dialog.rowCount(), 5);
}

void TestHelp::shortcutsDialogStaysTrue()
{
    QMainWindow window;
    QMenu *view = window.menuBar()->addMenu(u"&View"_s);
    QAction *first = view->addAction(u"&Overview"_s);
    first->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    ShortcutsDialog dialog(&window, &window);
    QCOMPARE(dialog.rowCount(), 1);
    // Actions change after the dialog was made: showing it again shows them as they are.
    QAction *second = view->addAction(u"&Schemes"_s);
    second->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    first->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_9));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.rowCount(), 2);
    auto *list = dialog.findChild<QTreeWidget *>(u"shortcutsList"_s);
    const auto items = list->findItems(u"Overview"_s, Qt::MatchExactly);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.constFirst()->text(1), native(QKeySequence(Qt::CTRL | Qt::Key_9)));
    dialog.hide();
    delete second;
    dialog.show();
    QCOMPARE(dialog.rowCount(), 1);
}

void TestHelp::shortcutsOfTheMainWindow()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(u"keyway.ini"_s), QSettings::IniFormat);
    keyway::net::HttpClient http;
    keyway::ui::MainWindow window(&settings, &http, nullptr, nullptr);
    const QList<ShortcutsDialog::Entry> entries = ShortcutsDialog::collect(&window);
    // Exactly the window's visible actions with a shortcut.
    QSet<const QAction *> expected;
    const QList<QAction *> actions = window.findChildren<QAction *>();
    for (const QAction *action : actions) {
        if (action->isVisible() && !action->isSeparator() && !action->shortcuts().isEmpty())
            expected.insert(action);
    }
    QVERIFY(expected.size() >= 8);
    QCOMPARE(entries.size(), expected.size());
    const auto *open = entryNamed(entries, u"Open…"_s);
    QVERIFY(open);
    QCOMPARE(open->shortcuts, native(QKeySequence::Open));
    QCOMPARE(open->group, u"File"_s);
    const auto *authorize = entryNamed(entries, u"Authorize…"_s);
    QVERIFY(authorize);
    QCOMPARE(authorize->shortcuts, native(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)));
    for (const auto &entry : entries)
        QVERIFY2(!entry.text.contains(u'&'), qPrintable(entry.text));
}

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
