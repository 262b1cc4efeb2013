#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

class QSettings;

namespace keyway::net {

// One certificate the user chose to trust for one host and port, despite the TLS errors it had.
struct TrustedCertificate
{
    QString host; // lower case, as in the URL
    quint16 port = 0;
    QString fingerprint; // SHA-256 of the DER certificate, "AB:CD:..." (what the pin compares)
    QString subject;
    QString issuer;
    QDateTime expiresAt;
    QDateTime trustedAt;
    QStringList acceptedErrors; // the TLS errors the user saw when trusting it

    QString hostPort() const;
};

// The per-host TLS exceptions: a certificate that failed verification is accepted again only for the
// host:port it was trusted for and only while the server presents exactly that certificate (pinned by its
// SHA-256 fingerprint), so a changed certificate is refused again. Kept in the non-secret settings (a
// certificate and its fingerprint are public); every entry is visible through entries() and revocable.
class CertificateTrustStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificateTrustStore)

public:
    // `settings` is not owned and must outlive the store; null keeps the exceptions in memory only.
    explicit CertificateTrustStore(QSettings *settings, QObject *parent = nullptr);
    ~CertificateTrustStore() override;

    // True when `certificate` is the one trusted for host:port.
    bool isTrusted(const QString &host, quint16 port, const QSslCertificate &certificate) const;
    // Trusts `certificate` for host:port (replacing an earlier exception for it); `errors` are remembered for display.
    void trust(const QString &host, quint16 port, const QSslCertificate &certificate, const QList<QSslError> &errors = {});
    // Removes the exception for host:port; false when there was none.
    bool revoke(const QString &host, quint16 port);
    QList<TrustedCertificate> entries() const { return m_entries; }
    const TrustedCertificate *find(const QString &host, quint16 port) const;

    // "AB:CD:..." SHA-256 of the DER encoding.
    static QString fingerprint(const QSslCertificate &certificate);
    // "CN=host, O=Org" in RFC 4514 order of what is present; "(none)" when empty.
    static QString subjectText(const QSslCertificate &certificate);
    static QString issuerText(const QSslCertificate &certificate);
    // One paragraph naming the certificate and why it failed: subject, issuer, validity, fingerprint, errors.
    static QString describe(const QSslCertificate &certificate, const QList<QSslError> &errors);

Q_SIGNALS:
    void changed();

private:
    void load();
    void save() const;

    QSettings *m_settings;
    QList<TrustedCertificate> m_entries;
};

} // namespace keyway::net
