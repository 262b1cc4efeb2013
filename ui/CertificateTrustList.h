#pragma once

#include <QWidget>

class QPushButton;
class QTreeWidget;

namespace keyway::net {
class CertificateTrustStore;
}

namespace keyway::ui {

// Every TLS exception the user made (host:port, subject, fingerprint, when), each revocable; for the
// preferences. Follows the store's changes.
class CertificateTrustList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificateTrustList)

public:
    // `store` is not owned and must outlive the widget.
    explicit CertificateTrustList(net::CertificateTrustStore *store, QWidget *parent = nullptr);
    ~CertificateTrustList() override;

    QTreeWidget *view() const { return m_view; }
    QPushButton *revokeButton() const { return m_revoke; }

private:
    void reload();
    void revokeSelected();

    net::CertificateTrustStore *m_store;
    QTreeWidget *m_view;
    QPushButton *m_revoke;
};

} // namespace keyway::ui
