#include "net/CertificateTrustStore.h"

#include <QCryptographicHash>
#include <QSettings>

namespace keyway::net {

namespace {

const QString kGroup = QStringLiteral("certificateTrust");

QString normalisedHost(const QString &host)
{
    return host.toLower();
}

QString distinguishedName(const QSslCertificate &certificate, bool issuer)
{
    // The attributes people recognise, in the usual order; the rest is rarely useful in a message.
    static const QList<QByteArray> order{"CN", "OU", "O", "L", "ST", "C"};
    QStringList parts;
    for (const QByteArray &attribute : order) {
        const QStringList values = issuer ? certificate.issuerInfo(attribute) : certificate.subjectInfo(attribute);
        for (const QString &value : values)
            parts.append(QString::fromLatin1(attribute) + u'=' + value);
    }
    return parts.isEmpty() ? QStringLiteral("(none)") : parts.join(QStringLiteral(", "));
}

} // namespace

QString TrustedCertificate::hostPort() const
{
    return (host.contains(u':') ? u'[' + host + u']' : host) + u':' + QString::number(port);
}

CertificateTrustStore::CertificateTrustStore(QSettings *settings, QObject *parent) : QObject(parent), m_settings(settings)
{
    load();
}

CertificateTrustStore::~CertificateTrustStore() = default;

QString CertificateTrustStore::fingerprint(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    const QByteArray hex = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QString out;
    out.reserve(hex.size() * 3 / 2);
    for (qsizetype i = 0; i < hex.size(); i += 2) {
        if (i > 0)
            out += u':';
        out += QString::fromLatin1(hex.mid(i, 2));
    }
    return out;
}

QString CertificateTrustStore::subjectText(const QSslCertificate &certificate)
{
    return distinguishedName(certificate, false);
}

QString CertificateTrustStore::issuerText(const QSslCertificate &certificate)
{
    return distinguishedName(certificate, true);
}

QString CertificateTrustStore::describe(const QSslCertificate &certificate, const QList<QSslError> &errors)
{
    QStringList reasons;
    for (const QSslError &e : errors) {
        if (!reasons.contains(e.errorString()))
            reasons.append(e.errorString());
    }
    QString text = tr("Certificate: subject \"%1\", issued by \"%2\", valid from %3 to %4, SHA-256 fingerprint %5.")
                       .arg(subjectText(certificate), issuerText(certificate), certificate.effectiveDate().toUTC().toString(Qt::ISODate),
                            certificate.expiryDate().toUTC().toString(Qt::ISODate), fingerprint(certificate));
    if (!reasons.isEmpty())
        text += u' ' + tr("Why it is not trusted: %1.").arg(reasons.join(QStringLiteral("; ")));
    return text;
}

const TrustedCertificate *CertificateTrustStore::find(const QString &host, quint16 port) const
{
    const QString h = normalisedHost(host);
    for (const TrustedCertificate &entry : m_entries) {
        if (entry.host == h && entry.port == port)
            return &entry;
    }
    return nullptr;
}

bool CertificateTrustStore::isTrusted(const QString &host, quint16 port, const QSslCertificate &certificate) const
{
    if (certificate.isNull())
        return false;
    const TrustedCertificate *entry = find(host, port);
    return entry && entry->fingerprint == fingerprint(certificate);
}

void CertificateTrustStore::trust(const QString &host, quint16 port, const QSslCertificate &certificate, const QList<QSslError> &errors)
{
    if (certificate.isNull() || host.isEmpty() || port == 0)
        return;
    TrustedCertificate entry;
    entry.host = normalisedHost(host);
    entry.port = port;
    entry.fingerprint = fingerprint(certificate);
    entry.subject = subjectText(certificate);
    entry.issuer = issuerText(certificate);
    entry.expiresAt = certificate.expiryDate().toUTC();
    entry.trustedAt = QDateTime::currentDateTimeUtc();
    for (const QSslError &e : errors) {
        if (!entry.acceptedErrors.contains(e.errorString()))
            entry.acceptedErrors.append(e.errorString());
    }
    const QString h = entry.host;
    m_entries.removeIf([&](const TrustedCertificate &t) { return t.host == h && t.port == port; });
    m_entries.append(entry);
    save();
    Q_EMIT changed();
}

bool CertificateTrustStore::revoke(const QString &host, quint16 port)
{
    const QString h = normalisedHost(host);
    const qsizetype removed = m_entries.removeIf([&](const TrustedCertificate &t) { return t.host == h && t.port == port; });
    if (removed == 0)
        return false;
    save();
    Q_EMIT changed();
    return true;
}

void CertificateTrustStore::load()
{
    m_entries.clear();
    if (!m_settings)
        return;
    const int n = m_settings->beginReadArray(kGroup);
    for (int i = 0; i < n; ++i) {
        m_settings->setArrayIndex(i);
        TrustedCertificate entry;
        entry.host = normalisedHost(m_settings->value(QStringLiteral("host")).toString());
        entry.port = quint16(m_settings->value(QStringLiteral("port")).toUInt());
        entry.fingerprint = m_settings->value(QStringLiteral("sha256")).toString().toUpper();
        entry.subject = m_settings->value(QStringLiteral("subject")).toString();
        entry.issuer = m_settings->value(QStringLiteral("issuer")).toString();
        entry.expiresAt = QDateTime::fromString(m_settings->value(QStringLiteral("expires")).toString(), Qt::ISODate);
        entry.trustedAt = QDateTime::fromString(m_settings->value(QStringLiteral("trusted")).toString(), Qt::ISODate);
        entry.acceptedErrors = m_settings->value(QStringLiteral("errors")).toStringList();
        // A pin is 32 bytes: 95 characters with the colons. Anything else is a damaged entry, never a wildcard.
        if (entry.host.isEmpty() || entry.port == 0 || entry.fingerprint.size() != 95)
            continue;
        m_entries.append(entry);
    }
    m_settings->endArray();
}

void CertificateTrustStore::save() const
{
    if (!m_settings)
        return;
    m_settings->remove(kGroup);
    m_settings->beginWriteArray(kGroup, int(m_entries.size()));
    for (int i = 0; i < m_entries.size(); ++i) {
        const TrustedCertificate &entry = m_entries.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("host"), entry.host);
        m_settings->setValue(QStringLiteral("port"), entry.port);
        m_settings->setValue(QStringLiteral("sha256"), entry.fingerprint);
        m_settings->setValue(QStringLiteral("subject"), entry.subject);
        m_settings->setValue(QStringLiteral("issuer"), entry.issuer);
        m_settings->setValue(QStringLiteral("expires"), entry.expiresAt.toString(Qt::ISODate));
        m_settings->setValue(QStringLiteral("trusted"), entry.trustedAt.toString(Qt::ISODate));
        m_settings->setValue(QStringLiteral("errors"), entry.acceptedErrors);
    }
    m_settings->endArray();
    m_settings->sync();
}

} // namespace keyway::net
