#include "CertificateTrustDialog.h"

#include "net/CertificateTrustStore.h"
#include "net/HttpClient.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace keyway::ui {

namespace {

QLabel *selectableLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

} // namespace

CertificateTrustDialog::CertificateTrustDialog(const net::HttpResult &refusal, net::CertificateTrustStore *store, QWidget *parent)
    : CertificateTrustDialog(refusal.tlsHost, refusal.tlsPort, refusal.untrustedCertificate, refusal.sslErrors, store, parent)
{ }

CertificateTrustDialog::CertificateTrustDialog(const QString &host, quint16 port, const QSslCertificate &certificate,
                                               const QList<QSslError> &errors, net::CertificateTrustStore *store, QWidget *parent)
    : QDialog(parent), m_host(host), m_port(port), m_certificate(certificate), m_errors(errors), m_store(store)
{
    using net::CertificateTrustStore;
    setObjectName(QStringLiteral("certificateTrustDialog"));
    const QString where = (host.contains(u':') ? u'[' + host + u']' : host) + u':' + QString::number(port);
    setWindowTitle(tr("Untrusted Certificate — %1").arg(where));

    auto *layout = new QVBoxLayout(this);
    auto *intro = selectableLabel(tr("The server at %1 presented a certificate that could not be verified, so Keyway did not "
                                     "connect. Someone could be pretending to be this server.")
                                      .arg(where),
                                  this);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    form->addRow(tr("Subject:"), selectableLabel(CertificateTrustStore::subjectText(certificate), this));
    form->addRow(tr("Issued by:"), selectableLabel(CertificateTrustStore::issuerText(certificate), this));
    form->addRow(tr("Valid:"),
                 selectableLabel(tr("from %1 to %2")
                                     .arg(certificate.effectiveDate().toUTC().toString(Qt::ISODate),
                                          certificate.expiryDate().toUTC().toString(Qt::ISODate)),
                                 this));
    auto *fingerprint = selectableLabel(CertificateTrustStore::fingerprint(certificate), this);
    fingerprint->setObjectName(QStringLiteral("fingerprint"));
    QFont mono = fingerprint->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    fingerprint->setFont(mono);
    form->addRow(tr("SHA-256:"), fingerprint);
    QStringList reasons;
    for (const QSslError &e : errors) {
        if (!reasons.contains(e.errorString()))
            reasons.append(e.errorString());
    }
    auto *why = selectableLabel(reasons.join(u'\n'), this);
    why->setObjectName(QStringLiteral("errors"));
    form->addRow(tr("Problem:"), why);
    layout->addLayout(form);

    m_confirm
        = new QCheckBox(tr("I have checked this fingerprint with the server's owner; trust this certificate for %1 only").arg(where), this);
    m_confirm->setObjectName(QStringLiteral("confirmTrust"));
    layout->addWidget(m_confirm);
    layout->addWidget(selectableLabel(tr("Only this exact certificate is trusted, only at %1; a different certificate is refused again. "
                                         "You can revoke the exception at any time.")
                                          .arg(where),
                                      this));

    auto *buttons = new QDialogButtonBox(this);
    m_trust = buttons->addButton(tr("&Trust"), QDialogButtonBox::AcceptRole);
    m_trust->setObjectName(QStringLiteral("trustButton"));
    m_trust->setEnabled(false);
    m_trust->setAutoDefault(false);
    QPushButton *refuse = buttons->addButton(tr("&Do Not Connect"), QDialogButtonBox::RejectRole);
    refuse->setObjectName(QStringLiteral("refuseButton"));
    refuse->setDefault(true);
    layout->addWidget(buttons);
    connect(m_confirm, &QCheckBox::toggled, m_trust, &QPushButton::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &CertificateTrustDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CertificateTrustDialog::reject);
    if (certificate.isNull() || host.isEmpty() || port == 0 || !store)
        m_confirm->setEnabled(false);
}

CertificateTrustDialog::~CertificateTrustDialog() = default;

void CertificateTrustDialog::accept()
{
    if (!m_confirm->isChecked() || !m_store || m_certificate.isNull())
        return;
    m_store->trust(m_host, m_port, m_certificate, m_errors);
    QDialog::accept();
}

} // namespace keyway::ui
