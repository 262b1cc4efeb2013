// The TLS exception dialog and list (ui/CertificateTrust*), over a CertificateTrustStore: nothing is trusted
// without the explicit confirmation; the dialog names the certificate; the list shows and revokes exceptions.

#include "CertificateTrustDialog.h"
#include "CertificateTrustList.h"
#include "net/CertificateTrustStore.h"

#include <QCheckBox>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace keyway;

class TestCertificateTrust : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dialogNamesTheCertificate();
    void nothingTrustedWithoutConfirmation();
    void confirmedTrustIsStoredForThatHostOnly();
    void listShowsAndRevokes();

private:
    QTemporaryDir m_dir;
    QSslCertificate m_cert;
    QList<QSslError> m_errors;
};

void TestCertificateTrust::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString certFile = m_dir.filePath(QStringLiteral("c.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                   QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=dialog.test/O=Keyway Test"),
                   QStringLiteral("-keyout"), m_dir.filePath(QStringLiteral("c.key")), QStringLiteral("-out"), certFile});
    QVERIFY(openssl.waitForFinished(30000));
    QCOMPARE(openssl.exitCode(), 0);
    const auto certs = QSslCertificate::fromPath(certFile);
    QCOMPARE(certs.size(), 1);
    m_cert = certs.first();
    m_errors = {QSslError(QSslError::SelfSignedCertificate, m_cert)};
}

void TestCertificateTrust::dialogNamesTheCertificate()
{
    net::CertificateTrustStore store(nullptr);
    ui::CertificateTrustDialog dialog(QStringLiteral("127.0.0.1"), 8443, m_cert, m_errors, &store);
    QVERIFY(dialog.windowTitle().contains(QLatin1String("127.0.0.1:8443")));
    auto *fingerprint = dialog.findChild<QLabel *>(QStringLiteral("fingerprint"));
    QVERIFY(fingerprint);
    QCOMPARE(fingerprint->text(), net::CertificateTrustStore::fingerprint(m_cert));
    QStringList texts;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        texts.append(label->text());
    const QString all = texts.join(u'\n');
    QVERIFY2(all.contains(QLatin1String("CN=dialog.test, O=Keyway Test")), qPrintable(all));
    QVERIFY2(all.contains(QSslError(QSslError::SelfSignedCertificate).errorString()), qPrintable(all));
}

void TestCertificateTrust::nothingTrustedWithoutConfirmation()
{
    net::CertificateTrustStore store(nullptr);
    ui::CertificateTrustDialog dialog(QStringLiteral("127.0.0.1"), 8443, m_cert, m_errors, &store);
    QVERIFY(!dialog.trustButton()->isEnabled());
    auto *refuse = dialog.findChild<QPushButton *>(QStringLiteral("refuseButton"));
    QVERIFY(refuse && refuse->isDefault());
    dialog.accept(); // even if called directly
    QVERIFY(store.entries().isEmpty());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestCertificateTrust::confirmedTrustIsStoredForThatHostOnly()
{
    QSettings settings(m_dir.filePath(QStringLiteral("t.ini")), QSettings::IniFormat);
    net::CertificateTrustStore store(&settings);
    ui::CertificateTrustDialog dialog(QStringLiteral("127.0.0.1"), 8443, m_cert, m_errors, &store);
    dialog.show();
    dialog.confirmation()->setChecked(true);
    QVERIFY(dialog.trustButton()->isEnabled());
    QTest::mouseClick(dialog.trustButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(store.isTrusted(QStringLiteral("127.0.0.1"), 8443, m_cert));
    QVERIFY(!store.isTrusted(QStringLiteral("127.0.0.1"), 443, m_cert));
    QCOMPARE(store.entries().first().acceptedErrors, QStringList{m_errors.first().errorString()});
    net::CertificateTrustStore reread(&settings);
    QVERIFY(reread.isTrusted(QStringLiteral("127.0.0.1"), 8443, m_cert));
}

void TestCertificateTrust::listShowsAndRevokes()
{
    net::CertificateTrustStore store(nullptr);
    store.trust(QStringLiteral("127.0.0.1"), 8443, m_cert, m_errors);
    store.trust(QStringLiteral("::1"), 9443, m_cert, m_errors);
    ui::CertificateTrustList list(&store);
    QTreeWidget *view = list.view();
    QCOMPARE(view->topLevelItemCount(), 2);
    QCOMPARE(view->topLevelItem(0)->text(0), QStringLiteral("127.0.0.1:8443"));
    QCOMPARE(view->topLevelItem(1)->text(0), QStringLiteral("[::1]:9443"));
    QCOMPARE(view->topLevelItem(0)->text(2), net::CertificateTrustStore::fingerprint(m_cert));
    QVERIFY(!list.revokeButton()->isEnabled());
    view->topLevelItem(0)->setSelected(true);
    QVERIFY(list.revokeButton()->isEnabled());
    QTest::mouseClick(list.revokeButton(), Qt::LeftButton);
    QVERIFY(!store.isTrusted(QStringLiteral("127.0.0.1"), 8443, m_cert));
    QVERIFY(store.isTrusted(QStringLiteral("::1"), 9443, m_cert));
    QCOMPARE(view->topLevelItemCount(), 1);
}

QTEST_MAIN(TestCertificateTrust)
#include "tst_certificatetrust.moc"
