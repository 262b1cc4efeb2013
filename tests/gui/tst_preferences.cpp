// Preferences (the value class and its QSettings keys), the Preferences dialog offscreen (edit, save, reload;
// cancel; a manual proxy needs a host; the restart notice for the language; accessible names and tab order; revoking
// a trusted certificate) and Translations (the settings override, English plural forms, Qt's own translations).

#include "CertificateTrustList.h"
#include "Preferences.h"
#include "PreferencesDialog.h"
#include "Translations.h"
#include "net/CertificateTrustStore.h"
#include "net/HttpClient.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSslCertificate>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;
using keyway::ui::Preferences;
using keyway::ui::PreferencesDialog;
using keyway::ui::Translations;

namespace {

// A self-signed P-256 certificate made for this test (CN=keyway-preferences-test); only its fingerprint matters.
constexpr char kCertificatePem[] = R"(-----BEGIN CERTIFICATE-----
MIIBmTCCAT+gAwIBAgIUPeiJDEIn5zrX4RlfSpNp72DwCI0wCgYIKoZIzj0EAwIw
IjEgMB4GA1UEAwwXa2V5d2F5LXByZWZlcmVuY2VzLXRlc3QwHhcNMjYxMTI3MTQx
NzQ0WhcNMzYxMTI0MTQxNzQ0WjAiMSAwHgYDVQQDDBdrZXl3YXktcHJlZmVyZW5j
ZXMtdGVzdDBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABN79s4fu/u425sXbk+T1
+B2xYGj8afcGHRc4i7k7Ih35W4nuDR0DeFejpAC28gbdCVFr596gCLIGBoK9qd7R
lsmjUzBRMB0GA1UdDgQWBBQq4r9F1rNKNt3Puc+kMhMbu7UVcTAfBgNVHSMEGDAW
gBQq4r9F1rNKNt3Puc+kMhMbu7UVcTAPBgNVHRMBAf8EBTADAQH/MAoGCCqGSM49
BAMCA0gAMEUCIQCT8E+qAU5mczcUXBfTzFrlKnsxwLdKkevsitIstY8SRQIgZg0n
Vfk5sJ05+ziosfMhNJhJmTwR4WQR82XhT6kNL1A=
-----END CERTIFICATE-----
)";

// Where the build put keyway_*.qm (qt_add_translations in app/).
QString translationsDir()
{
    return QStringLiteral(KEYWAY_BINARY_DIR "/app");
}

} // namespace

class TestPreferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void defaultsWhenEmpty();
    void saveAndLoadRoundTrip();
    void handEditedValuesAreClamped_data();
    void handEditedValuesAreClamped();
    void manualProxyWithoutHostFallsBackToSystem();
    void appliesLimitsAndProxyToTheHttpClient();

    void dialogEditSaveReload();
    void dialogCancelLeavesSettingsAlone();
    void dialogManualProxyNeedsAHost();
    void dialogRestoreDefaultsKeepsLanguage();
    void dialogLanguageChangeShowsRestartNotice();
    void dialogEveryControlHasAnAccessibleName();
    void dialogTabOrderFollowsTheLayout();
    void dialogRevokesATrustedCertificate();
    void dialogWithoutTrustStoreSaysSo();

    void translationsAvailableLanguages();
    void translationsFollowTheOverride_data();
    void translationsFollowTheOverride();
    void translationsUnknownLanguageFallsBackToEnglish();
    void translationsLoadQtsOwnWhenPresent();

private:
    QList<Translations::Language> languages() const { return Translations(translationsDir()).availableLanguages(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void TestPreferences::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"keyway.ini"_s), QSettings::IniFormat);
}

void TestPreferences::cleanup()
{
    m_settings.reset();
    m_dir.reset();
    QLocale::setDefault(QLocale::c());
}

void TestPreferences::defaultsWhenEmpty()
{
    const Preferences p = Preferences::load(*m_settings);
    QCOMPARE(p.timeoutSeconds, 30);
    QCOMPARE(p.idleTimeoutSeconds, 15);
    QCOMPARE(p.responseMegabytes, 64);
    QCOMPARE(p.clockSkewSeconds, 60);
    QCOMPARE(p.proxy, Preferences::Proxy::System);
    QVERIFY(p.proxyHost.isEmpty());
    QVERIFY(p.language.isEmpty());
    // The defaults are the HTTP client's own.
    const keyway::net::HttpLimits limits = p.httpLimits();
    QCOMPARE(limits.timeout, keyway::net::HttpLimits{}.timeout);
    QCOMPARE(limits.idleTimeout, keyway::net::HttpLimits{}.idleTimeout);
    QCOMPARE(limits.maxResponseBytes, keyway::net::HttpLimits{}.maxResponseBytes);
}

void TestPreferences::saveAndLoadRoundTrip()
{
    Preferences p;
    p.timeoutSeconds = 120;
    p.idleTimeoutSeconds = 7;
    p.responseMegabytes = 256;
    p.clockSkewSeconds = 5;
    p.proxy = Preferences::Proxy::Manual;
    p.proxyHost = u"proxy.test"_s;
    p.proxyPort = 3128;
    p.language = u"de"_s;
    p.save(*m_settings);
    m_settings->sync();

    QSettings reread(m_dir->filePath(u"keyway.ini"_s), QSettings::IniFormat);
    QCOMPARE(Preferences::load(reread), p);
    // The documented keys hold the values.
    QCOMPARE(reread.value(u"preferences/timeoutSeconds"_s).toInt(), 120);
    QCOMPARE(reread.value(u"preferences/proxy"_s).toString(), u"manual"_s);
    QCOMPARE(reread.value(u"preferences/language"_s).toString(), u"de"_s);
}

void TestPreferences::handEditedValuesAreClamped_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("stored");
    QTest::addColumn<int>("timeout");
    QTest::addColumn<int>("responseMegabytes");
    QTest::addColumn<int>("clockSkew");
    QTest::newRow("timeout zero") << u"preferences/timeoutSeconds"_s << QVariant(0) << 5 << 64 << 60;
    QTest::newRow("timeout a day") << u"preferences/timeoutSeconds"_s << QVariant(86400) << 600 << 64 << 60;
    QTest::newRow("timeout not a number") << u"preferences/timeoutSeconds"_s << QVariant(u"soon"_s) << 30 << 64 << 60;
    QTest::newRow("size cap negative") << u"preferences/maxResponseMegabytes"_s << QVariant(-1) << 30 << 1 << 60;
    QTest::newRow("size cap unbounded") << u"preferences/maxResponseMegabytes"_s << QVariant(1 << 30) << 30 << 1024 << 60;
    QTest::newRow("skew negative") << u"preferences/clockSkewSeconds"_s << QVariant(-30) << 30 << 64 << 0;
    QTest::newRow("skew an hour") << u"preferences/clockSkewSeconds"_s << QVariant(3600) << 30 << 64 << 600;
}

void TestPreferences::handEditedValuesAreClamped()
{
    QFETCH(QString, key);
    QFETCH(QVariant, stored);
    m_settings->setValue(key, stored);
    const Preferences p = Preferences::load(*m_settings);
    QTEST(p.timeoutSeconds, "timeout");
    QTEST(p.responseMegabytes, "responseMegabytes");
    QTEST(p.clockSkewSeconds, "clockSkew");
}

void TestPreferences::manualProxyWithoutHostFallsBackToSystem()
{
    m_settings->setValue(u"preferences/proxy"_s, u"manual"_s);
    m_settings->setValue(u"preferences/proxyHost"_s, u"   "_s);
    QCOMPARE(Preferences::load(*m_settings).proxy, Preferences::Proxy::System);
    m_settings->setValue(u"preferences/proxy"_s, u"carrier pigeon"_s);
    QCOMPARE(Preferences::load(*m_settings).proxy, Preferences::Proxy::System);
    m_settings->setValue(u"preferences/proxy"_s, u"none"_s);
    QCOMPARE(Preferences::load(*m_settings).proxy, Preferences::Proxy::None);
}

void TestPreferences::appliesLimitsAndProxyToTheHttpClient()
{
    keyway::net::HttpClient client;
    keyway::net::HttpLimits before = client.limits();
    before.maxRedirects = 3;
    client.setLimits(before);

    Preferences p;
    p.timeoutSeconds = 45;
    p.idleTimeoutSeconds = 9;
    p.responseMegabytes = 2;
    p.proxy = Preferences::Proxy::Manual;
    p.proxyHost = u"127.0.0.1"_s;
    p.proxyPort = 3128;
    p.applyTo(client);
    QCOMPARE(client.limits().timeout, std::chrono::milliseconds(45'000));
    QCOMPARE(client.limits().idleTimeout, std::chrono::milliseconds(9'000));
    QCOMPARE(client.limits().maxResponseBytes, 2LL * 1024 * 1024);
    QCOMPARE(client.limits().maxRedirects, 3); // not a preference: left alone
    QNetworkAccessManager *nam = client.networkAccessManager();
    QCOMPARE(nam->proxy().type(), QNetworkProxy::HttpProxy);
    QCOMPARE(nam->proxy().hostName(), u"127.0.0.1"_s);
    QCOMPARE(nam->proxy().port(), quint16(3128));
    QVERIFY(!nam->proxyFactory());

    p.proxy = Preferences::Proxy::System;
    p.applyTo(client);
    QVERIFY(nam->proxyFactory()); // asked per request

    p.proxy = Preferences::Proxy::None;
    p.applyTo(client);
    QVERIFY(!nam->proxyFactory());
    QCOMPARE(nam->proxy().type(), QNetworkProxy::NoProxy);
}

void TestPreferences::dialogEditSaveReload()
{
    PreferencesDialog dialog(m_settings.get(), nullptr, languages());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy saved(&dialog, &PreferencesDialog::preferencesSaved);

    auto *timeout = dialog.findChild<QSpinBox *>(u"timeout"_s);
    auto *idle = dialog.findChild<QSpinBox *>(u"idleTimeout"_s);
    auto *cap = dialog.findChild<QSpinBox *>(u"responseCap"_s);
    auto *skew = dialog.findChild<QSpinBox *>(u"clockSkew"_s);
    auto *manual = dialog.findChild<QRadioButton *>(u"proxyManual"_s);
    auto *host = dialog.findChild<QLineEdit *>(u"proxyHost"_s);
    auto *port = dialog.findChild<QSpinBox *>(u"proxyPort"_s);
    auto *language = dialog.findChild<QComboBox *>(u"language"_s);
    QVERIFY(timeout && idle && cap && skew && manual && host && port && language);
    QCOMPARE(timeout->value(), 30); // the defaults, from empty settings
    QVERIFY(!host->isEnabled());

    // Typed as a person would: select the number, type a new one.
    timeout->setFocus();
    timeout->selectAll();
    QTest::keyClicks(timeout, u"90"_s);
    QCOMPARE(timeout->value(), 90);
    idle->setValue(20);
    cap->selectAll();
    QTest::keyClicks(cap, u"128"_s);
    QCOMPARE(cap->value(), 128);
    skew->setValue(120);
    QTest::mouseClick(manual, Qt::LeftButton, {}, QPoint(4, manual->height() / 2));
    QVERIFY(manual->isChecked());
    QVERIFY(host->isEnabled());
    QTest::keyClicks(host, u"proxy.test"_s);
    port->setValue(3128);
    const int german = language->findData(u"de"_s);
    QVERIFY2(german > 0, "the German translation is listed");
    language->setCurrentIndex(german);

    QPushButton *ok = dialog.findChild<QPushButton *>(u"okButton"_s);
    QVERIFY(ok && ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(saved.count(), 1);

    // Reloaded from the file, as the next start would.
    QSettings reread(m_dir->filePath(u"keyway.ini"_s), QSettings::IniFormat);
    const Preferences p = Preferences::load(reread);
    QCOMPARE(p.timeoutSeconds, 90);
    QCOMPARE(p.idleTimeoutSeconds, 20);
    QCOMPARE(p.responseMegabytes, 128);
    QCOMPARE(p.clockSkewSeconds, 120);
    QCOMPARE(p.proxy, Preferences::Proxy::Manual);
    QCOMPARE(p.proxyHost, u"proxy.test"_s);
    QCOMPARE(p.proxyPort, quint16(3128));
    QCOMPARE(p.language, u"de"_s);
    QCOMPARE(saved.first().first().value<Preferences>(), p);

    // A new dialog shows what was saved.
    PreferencesDialog again(&reread, nullptr, languages());
    QCOMPARE(again.preferences(), p);
}

void TestPreferences::dialogCancelLeavesSettingsAlone()
{
    Preferences stored;
    stored.timeoutSeconds = 40;
    stored.save(*m_settings);
    PreferencesDialog dialog(m_settings.get(), nullptr, languages());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.findChild<QSpinBox *>(u"timeout"_s)->setValue(300);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"cancelButton"_s), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(Preferences::load(*m_settings).timeoutSeconds, 40);
}

void TestPreferences::dialogManualProxyNeedsAHost()
{
    PreferencesDialog dialog(m_settings.get(), nullptr, languages());
    auto *ok = dialog.findChild<QPushButton *>(u"okButton"_s);
    auto *host = dialog.findChild<QLineEdit *>(u"proxyHost"_s);
    dialog.findChild<QRadioButton *>(u"proxyManual"_s)->setChecked(true);
    QVERIFY(!ok->isEnabled());
    host->setText(u"proxy.test"_s);
    QVERIFY(ok->isEnabled());
    host->setText(u"  "_s);
    QVERIFY(!ok->isEnabled());
    dialog.findChild<QRadioButton *>(u"proxyNone"_s)->setChecked(true);
    QVERIFY(ok->isEnabled());
    QVERIFY(!host->isEnabled());
}

void TestPreferences::dialogRestoreDefaultsKeepsLanguage()
{
    Preferences stored;
    stored.timeoutSeconds = 200;
    stored.proxy = Preferences::Proxy::None;
    stored.language = u"de"_s;
    stored.save(*m_settings);
    PreferencesDialog dialog(m_settings.get(), nullptr, languages());
    dialog.findChild<QPushButton *>(u"restoreDefaultsButton"_s)->click();
    Preferences expected;
    expected.language = u"de"_s;
    QCOMPARE(dialog.preferences(), expected);
}

void TestPreferences::dialogLanguageChangeShowsRestartNotice()
{
    PreferencesDialog dialog(m_settings.get(), nullptr, languages());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *tabs = dialog.findChild<QTabWidget *>(u"preferencesTabs"_s);
    tabs->setCurrentWidget(dialog.findChild<QWidget *>(u"languagePage"_s));
    auto *language = dialog.findChild<QComboBox *>(u"language"_s);
    auto *notice = dialog.findChild<QLabel *>(u"languageNotice"_s);
    QVERIFY(language && notice);
    QCOMPARE(language->currentData().toString(), QString()); // the system's language
    QVERIFY(!notice->isVisible());
    language->setCurrentIndex(language->findData(u"de"_s));
    QVERIFY(notice->isVisible());
    language->setCurrentIndex(0);
    QVERIFY(!notice->isVisible());
    // A language this build has no translation for stays selectable, not silently replaced.
    m_settings->setValue(u"preferences/language"_s, u"fr"_s);
    PreferencesDialog french(m_settings.get(), nullptr, languages());
    QCOMPARE(french.preferences().language, u"fr"_s);
}

void TestPreferences::dialogEveryControlHasAnAccessibleName()
{
    keyway::net::CertificateTrustStore store(m_settings.get());
    PreferencesDialog dialog(m_settings.get(), &store, languages());
    const QList<QWidget *> widgets = dialog.findChildren<QWidget *>();
    int controls = 0;
    for (QWidget *widget : widgets) {
        const QWidget *parent = widget->parentWidget();
        // Parts of composite widgets (a spin box's line edit, a tab bar's scroll buttons, a combo box's popup).
        const bool internal = qobject_cast<const QAbstractSpinBox *>(parent) || qobject_cast<const QComboBox *>(parent)
            || qobject_cast<const QTabBar *>(parent) || qobject_cast<const QTabBar *>(widget)
            || widget->inherits("QComboBoxPrivateContainer") || (parent && parent->inherits("QComboBoxPrivateContainer"));
        const bool control = qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QLineEdit *>(widget)
            || qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractButton *>(widget) || qobject_cast<QTreeWidget *>(widget)
            || qobject_cast<QTabWidget *>(widget);
        if (internal || !control)
            continue;
        ++controls;
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(u"no accessible name: "_s + widget->objectName()));
        QVERIFY2(widget->focusPolicy() & Qt::TabFocus, qPrintable(u"not reachable with Tab: "_s + widget->objectName()));
    }
    QVERIFY(controls >= 15); // 3 times, 3 proxy choices, host, port, skew, list, revoke, language, 3 buttons, tabs
}

void TestPreferences::dialogTabOrderFollowsTheLayout()
{
    keyway::net::CertificateTrustStore store(m_settings.get());
    PreferencesDialog dialog(m_settings.get(), &store, languages());
    const QStringList expected = {u"timeout"_s,
                                  u"idleTimeout"_s,
                                  u"responseCap"_s,
                                  u"proxyNone"_s,
                                  u"proxySystem"_s,
                                  u"proxyManual"_s,
                                  u"proxyHost"_s,
                                  u"proxyPort"_s,
                                  u"clockSkew"_s,
                                  u"trustedCertificates"_s,
                                  u"revokeButton"_s,
                                  u"language"_s,
                                  u"restoreDefaultsButton"_s,
                                  u"okButton"_s,
                                  u"cancelButton"_s};
    // Walk the focus chain from the first control; each expected control comes after the one before it.
    QWidget *widget = dialog.findChild<QWidget *>(expected.first());
    QVERIFY(widget);
    QStringList seen;
    for (int i = 0; i < 500 && seen.size() < expected.size(); ++i) {
        if (expected.contains(widget->objectName()) && !seen.contains(widget->objectName()))
            seen.append(widget->objectName());
        widget = widget->nextInFocusChain();
    }
    QCOMPARE(seen, expected);

    // And Tab really moves there.
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QApplication::setActiveWindow(&dialog);
    auto *timeout = dialog.findChild<QSpinBox *>(u"timeout"_s);
    timeout->setFocus();
    QTRY_VERIFY(timeout->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_VERIFY(dialog.findChild<QSpinBox *>(u"idleTimeout"_s)->hasFocus());
}

void TestPreferences::dialogRevokesATrustedCertificate()
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(QByteArray(kCertificatePem), QSsl::Pem);
    QCOMPARE(certificates.size(), 1);
    {
        keyway::net::CertificateTrustStore store(m_settings.get());
        store.trust(u"localhost"_s, 8443, certificates.first());
        store.trust(u"127.0.0.1"_s, 9443, certificates.first());
    }
    keyway::net::CertificateTrustStore store(m_settings.get());
    QCOMPARE(store.entries().size(), 2);

    PreferencesDialog dialog(m_settings.get(), &store, languages());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.findChild<QTabWidget *>(u"preferencesTabs"_s)->setCurrentWidget(dialog.findChild<QWidget *>(u"securityPage"_s));
    auto *view = dialog.findChild<QTreeWidget *>(u"trustedCertificates"_s);
    auto *revoke = dialog.findChild<QPushButton *>(u"revokeButton"_s);
    QVERIFY(view && revoke);
    QCOMPARE(view->topLevelItemCount(), 2);
    QVERIFY(!revoke->isEnabled()); // nothing selected
    QTreeWidgetItem *localhost = nullptr;
    for (int i = 0; i < view->topLevelItemCount(); ++i) {
        if (view->topLevelItem(i)->text(0) == u"localhost:8443"_s)
            localhost = view->topLevelItem(i);
    }
    QVERIFY(localhost);
    view->setCurrentItem(localhost);
    QVERIFY(revoke->isEnabled());
    QTest::mouseClick(revoke, Qt::LeftButton);

    QCOMPARE(view->topLevelItemCount(), 1);
    QCOMPARE(view->topLevelItem(0)->text(0), u"127.0.0.1:9443"_s);
    QVERIFY(!store.isTrusted(u"localhost"_s, 8443, certificates.first()));
    QVERIFY(store.isTrusted(u"127.0.0.1"_s, 9443, certificates.first()));
    // Revoked at once and for good, even when the dialog is cancelled.
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"cancelButton"_s), Qt::LeftButton);
    keyway::net::CertificateTrustStore reloaded(m_settings.get());
    QCOMPARE(reloaded.entries().size(), 1);
}

void TestPreferences::dialogWithoutTrustStoreSaysSo()
{
    PreferencesDialog dialog(m_settings.get(), nullptr, languages());
    QVERIFY(!dialog.findChild<QTreeWidget *>(u"trustedCertificates"_s));
    QVERIFY(dialog.findChild<QLabel *>(u"noTrustStore"_s));
}

void TestPreferences::translationsAvailableLanguages()
{
    const QList<Translations::Language> list = languages();
    QStringList codes;
    for (const auto &language : list) {
        codes.append(language.code);
        QVERIFY(!language.name.isEmpty());
    }
    QCOMPARE(codes, QStringList({u"en"_s, u"de"_s})); // English, the source language, first
    QCOMPARE(list.at(1).name, u"Deutsch"_s);
}

void TestPreferences::translationsFollowTheOverride_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("fileMenu");
    QTest::addColumn<QString>("oneDay");
    QTest::addColumn<QString>("threeDays");
    QTest::newRow("German") << u"de"_s << u"&Datei"_s << u"1 Tag"_s << u"3 Tage"_s;
    QTest::newRow("English") << u"en"_s << u"&File"_s << u"1 day"_s << u"3 days"_s;
    QTest::newRow("German, Austria") << u"de_AT"_s << u"&Datei"_s << u"1 Tag"_s << u"3 Tage"_s;
}

void TestPreferences::translationsFollowTheOverride()
{
    QFETCH(QString, language);
    QTemporaryDir noQt;
    m_settings->setValue(Preferences::languageKey, language);
    Translations translations(translationsDir(), noQt.path());
    QVERIFY(translations.installFor(*m_settings));
    QTEST(QCoreApplication::translate("keyway::ui::MainWindow", "&File"), "fileMenu");
    QTEST(QCoreApplication::translate("CredentialManager", "%n days", nullptr, 1), "oneDay");
    QTEST(QCoreApplication::translate("CredentialManager", "%n days", nullptr, 3), "threeDays");
    QCOMPARE(QLocale().name().left(2), language.left(2)); // an explicit choice formats numbers and dates too
}

void TestPreferences::translationsUnknownLanguageFallsBackToEnglish()
{
    QTemporaryDir noQt;
    {
        m_settings->setValue(Preferences::languageKey, u"fr"_s); // no French translation (yet)
        Translations translations(translationsDir(), noQt.path());
        QVERIFY(!translations.installFor(*m_settings));
        QVERIFY(translations.loadedFile().endsWith(u"keyway_en.qm"_s));
        QCOMPARE(QCoreApplication::translate("CredentialManager", "%n days", nullptr, 1), u"1 day"_s);
    }
    // Destroyed: its translators are gone again.
    QCOMPARE(QCoreApplication::translate("CredentialManager", "%n days", nullptr, 1), u"1 days"_s);
}

void TestPreferences::translationsLoadQtsOwnWhenPresent()
{
    QTemporaryDir qtDir;
    Translations without(translationsDir(), qtDir.path());
    QVERIFY(without.install(QLocale(QLocale::German)));
    QVERIFY(!without.hasQtTranslation());
    // Any valid .qm stands in for Qt's qtbase_de.qm here.
    QVERIFY(QFile::copy(translationsDir() + u"/keyway_de.qm"_s, qtDir.filePath(u"qtbase_de.qm"_s)));
    Translations with(translationsDir(), qtDir.path());
    QVERIFY(with.install(QLocale(QLocale::German)));
    QVERIFY(with.hasQtTranslation());
}

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
