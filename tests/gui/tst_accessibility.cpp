// Keyboard and assistive-technology habits, checked over the whole main window and its dialogs: every action can be
// reached from a menu or a shortcut, no two actions share a shortcut, and every input has a name that a screen
// reader reads (its accessible name, its label buddy, or its own text).

#include "AuthorizeDialog.h"
#include "MainWindow.h"
#include "ProbePanel.h"
#include "Resources.h"
#include "auth/CredentialManager.h"
#include "net/HttpClient.h"
#include "net/Timeline.h"
#include "storage/CredentialStore.h"
#include "storage/MemorySecretStore.h"
#include "storage/Workspace.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

#include <memory>

using namespace Qt::StringLiterals;
using keyway::ui::MainWindow;

namespace {

QString accessibleNameOf(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

bool isInput(QWidget *w)
{
    return qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QTextEdit *>(w)
        || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QAbstractItemView *>(w) || qobject_cast<QAbstractButton *>(w);
}

// Inputs of `root` that are shown and lack a name a screen reader can read.
QStringList unnamedInputs(QWidget *root)
{
    QStringList unnamed;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!isInput(w) || !w->isVisibleTo(root))
            continue;
        // Parts of a compound control (a combo box's line edit or list, a spin box's editor) are named by it.
        if (qobject_cast<QComboBox *>(w->parentWidget()) || qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
            continue;
        if (w->inherits("QTabBar") || w->parentWidget()->inherits("QTabBar") || w->inherits("QScrollBar")
            || w->inherits("QToolBarExtension") || w->inherits("QDockWidgetTitleButton") || w->inherits("QHeaderView"))
            continue;
        if (accessibleNameOf(w).isEmpty())
            unnamed.append(u"%1 (%2)"_s.arg(w->objectName().isEmpty() ? u"<no object name>"_s : w->objectName(),
                                            QString::fromLatin1(w->metaObject()->className())));
    }
    return unnamed;
}

} // namespace

class TestAccessibility final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void theCheckFindsUnnamedInputs();
    void everyActionIsReachable();
    void shortcutsAreUnique();
    void mainWindowInputsAreNamed();
    void requestPageInputsAreNamed();
    void authorizeDialogInputsAreNamed();
    void probePanelInputsAreNamed();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<QSettings> m_workspaceSettings;
    std::unique_ptr<keyway::net::Timeline> m_timeline;
    std::unique_ptr<keyway::net::HttpClient> m_http;
    std::unique_ptr<keyway::storage::Workspace> m_workspace;
    std::unique_ptr<keyway::storage::MemorySecretStore> m_secrets;
    std::unique_ptr<keyway::storage::CredentialStore> m_store;
    std::unique_ptr<keyway::auth::CredentialManager> m_credentials;
    std::unique_ptr<MainWindow> m_window;
};

void TestAccessibility::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_workspaceSettings = std::make_unique<QSettings>(m_dir->filePath(u"workspace.ini"_s), QSettings::IniFormat);
    m_timeline = std::make_unique<keyway::net::Timeline>();
    m_http = std::make_unique<keyway::net::HttpClient>();
    m_http->setTimeline(m_timeline.get());
    m_workspace = std::make_unique<keyway::storage::Workspace>(m_workspaceSettings.get());
    m_secrets = std::make_unique<keyway::storage::MemorySecretStore>();
    m_store = std::make_unique<keyway::storage::CredentialStore>(m_secrets.get(), m_workspace.get());
    m_credentials = std::make_unique<keyway::auth::CredentialManager>(m_http.get(), m_store.get(), m_workspace.get());
    m_window = std::make_unique<MainWindow>(m_settings.get(), m_http.get(), m_timeline.get(), m_credentials.get());
    m_window->resize(1280, 860);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy loaded(m_window.get(), &MainWindow::documentLoaded);
    m_window->openInput(QString::fromLatin1(keyway::ui::exampleDocumentPath));
    // The bundled example may be shown before openInput() returns (its parse can finish first).
    QVERIFY(loaded.count() > 0 || loaded.wait(20'000));
    QVERIFY(m_window->document());
}

void TestAccessibility::cleanup()
{
    m_window.reset();
    m_credentials.reset();
    m_store.reset();
    m_secrets.reset();
    m_workspace.reset();
    m_http.reset();
    m_timeline.reset();
    m_workspaceSettings.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestAccessibility::theCheckFindsUnnamedInputs()
{
    // A control: the check below really looks.
    QWidget form;
    auto *nameless = new QLineEdit(&form);
    nameless->setObjectName(u"nameless"_s);
    auto *named = new QLineEdit(&form);
    named->setAccessibleName(u"Named"_s);
    form.show();
    const QStringList unnamed = unnamedInputs(&form);
    QCOMPARE(unnamed.size(), 1);
    QVERIFY(unnamed.constFirst().startsWith(u"nameless"_s));
}

void TestAccessibility::everyActionIsReachable()
{
    QStringList unreachable;
    const QList<QAction *> actions = m_window->findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->isSeparator() || action->text().isEmpty() || action->menu())
            continue;
        if (action->inherits("QWidgetAction"))
            continue; // a widget placed in a tool bar: reached with Tab
        bool inMenu = false;
        const QList<QObject *> owners = action->associatedObjects();
        for (QObject *owner : owners)
            inMenu |= qobject_cast<QMenu *>(owner) != nullptr;
        if (!inMenu && action->shortcut().isEmpty())
            unreachable.append(action->text());
    }
    QVERIFY2(unreachable.isEmpty(), qPrintable(unreachable.join(u", "_s)));

    // The shortcuts the brief names: send, authorize, filter, copy as curl, next and previous operation.
    for (const char *name :
         {"sendAction", "authorizeAction", "copyCurlAction", "nextOperationAction", "previousOperationAction", "openAction"}) {
        auto *action = m_window->findChild<QAction *>(QString::fromLatin1(name));
        QVERIFY2(action, name);
        QVERIFY2(!action->shortcut().isEmpty(), name);
    }
}

void TestAccessibility::shortcutsAreUnique()
{
    QHash<QString, QString> seen;
    QStringList clashes;
    const QList<QAction *> actions = m_window->findChildren<QAction *>();
    for (QAction *action : actions) {
        const QList<QKeySequence> shortcuts = action->shortcuts();
        for (const QKeySequence &shortcut : shortcuts) {
            const QString key = shortcut.toString(QKeySequence::PortableText);
            if (seen.contains(key) && seen.value(key) != action->text())
                clashes.append(u"%1: %2 / %3"_s.arg(key, seen.value(key), action->text()));
            seen.insert(key, action->text());
        }
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; "_s)));
}

void TestAccessibility::mainWindowInputsAreNamed()
{
    QVERIFY(m_window->selectOperation(u"listGreenhouses"_s));
    const QStringList unnamed = unnamedInputs(m_window.get());
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
}

void TestAccessibility::requestPageInputsAreNamed()
{
    QVERIFY(m_window->selectOperation(u"createGreenhouse"_s));
    m_window->showPage(MainWindow::Page::Request);
    QTest::qWait(50);
    const QStringList unnamed = unnamedInputs(m_window.get());
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
}

void TestAccessibility::authorizeDialogInputsAreNamed()
{
    QStringList unnamed;
    for (const keyway::openapi::SecurityScheme &s : m_window->document()->schemes) {
        const QString scheme = s.name;
        keyway::ui::AuthorizeDialog *dialog = m_window->openAuthorize(scheme);
        QVERIFY(dialog);
        QTest::qWait(50);
        const QStringList missing = unnamedInputs(dialog);
        for (const QString &m : missing)
            unnamed.append(scheme + u": "_s + m);
    }
    unnamed.removeDuplicates();
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
}

void TestAccessibility::probePanelInputsAreNamed()
{
    m_window->setProbeVisible(true);
    QTest::qWait(50);
    QWidget *probe = m_window->probePanel();
    QVERIFY(probe && probe->isVisible());
    const QStringList unnamed = unnamedInputs(probe);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
