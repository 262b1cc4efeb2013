#pragma once

#include <QDialog>
#include <QList>
#include <QSslCertificate>
#include <QSslError>

class QCheckBox;
class QPushButton;

namespace keyway::net {
class CertificateTrustStore;
struct HttpResult;
} // namespace keyway::net

namespace keyway::ui {

// Shown when a server's TLS certificate failed verification (HttpResult::certificateUntrusted()): names the
// certificate (host and port, subject, issuer, validity, SHA-256 fingerprint) and why it failed, and lets the
// user trust exactly that certificate for exactly that host and port. Nothing is trusted unless the user ticks
// the confirmation and presses "Trust"; the default button refuses. Accepting records the exception in the
// store (persisted, listed and revocable through CertificateTrustList).
class CertificateTrustDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificateTrustDialog)

public:
    // `store` is not owned and must outlive the dialog.
    CertificateTrustDialog(const net::HttpResult &refusal, net::CertificateTrustStore *store, QWidget *parent = nullptr);
    CertificateTrustDialog(const QString &host, quint16 port, const QSslCertificate &certificate, const QList<QSslError> &errors,
                           net::CertificateTrustStore *store, QWidget *parent = nullptr);
    ~CertificateTrustDialog() override;

    QPushButton *trustButton() const { return m_trust; }
    QCheckBox *confirmation() const { return m_confirm; }

    void accept() override; // trusts the certificate (only when confirmed)

private:
    QString m_host;
    quint16 m_port;
    QSslCertificate m_certificate;
    QList<QSslError> m_errors;
    net::CertificateTrustStore *m_store;
    QCheckBox *m_confirm;
    QPushButton *m_trust;
};

} // namespace keyway::ui
