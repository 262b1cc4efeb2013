#include "CertificateTrustList.h"

#include "net/CertificateTrustStore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace keyway::ui {

namespace {
constexpr int kHostRole = Qt::UserRole + 1;
constexpr int kPortRole = Qt::UserRole + 2;
} // namespace

CertificateTrustList::CertificateTrustList(net::CertificateTrustStore *store, QWidget *parent) : QWidget(parent), m_store(store)
{
    setObjectName(QStringLiteral("certificateTrustList"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *intro = new QLabel(tr("Certificates you chose to trust although they could not be verified. Each is trusted only for "
                                "its host and port, and only while the server presents exactly that certificate."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_view = new QTreeWidget(this);
    m_view->setObjectName(QStringLiteral("trustedCertificates"));
    m_view->setRootIsDecorated(false);
    m_view->setHeaderLabels({tr("Host"), tr("Subject"), tr("SHA-256"), tr("Trusted on")});
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setAccessibleName(tr("Trusted certificates"));
    layout->addWidget(m_view);
    auto *row = new QHBoxLayout;
    row->addStretch();
    m_revoke = new QPushButton(tr("&Revoke"), this);
    m_revoke->setObjectName(QStringLiteral("revokeButton"));
    m_revoke->setToolTip(tr("Stop trusting the selected certificate"));
    row->addWidget(m_revoke);
    layout->addLayout(row);
    connect(m_revoke, &QPushButton::clicked, this, &CertificateTrustList::revokeSelected);
    connect(m_view, &QTreeWidget::itemSelectionChanged, this, [this] { m_revoke->setEnabled(!m_view->selectedItems().isEmpty()); });
    if (m_store)
        connect(m_store, &net::CertificateTrustStore::changed, this, &CertificateTrustList::reload);
    reload();
}

CertificateTrustList::~CertificateTrustList() = default;

void CertificateTrustList::reload()
{
    m_view->clear();
    if (m_store) {
        const auto entries = m_store->entries();
        for (const net::TrustedCertificate &e : entries) {
            auto *item
                = new QTreeWidgetItem(m_view, {e.hostPort(), e.subject, e.fingerprint, e.trustedAt.toLocalTime().toString(Qt::ISODate)});
            item->setData(0, kHostRole, e.host);
            item->setData(0, kPortRole, e.port);
            item->setToolTip(0, e.acceptedErrors.join(u'\n'));
        }
    }
    m_revoke->setEnabled(!m_view->selectedItems().isEmpty());
}

void CertificateTrustList::revokeSelected()
{
    if (!m_store)
        return;
    const auto items = m_view->selectedItems();
    QList<QPair<QString, quint16>> targets;
    for (const QTreeWidgetItem *item : items)
        targets.append({item->data(0, kHostRole).toString(), quint16(item->data(0, kPortRole).toUInt())});
    for (const auto &t : targets)
        m_store->revoke(t.first, t.second);
}

} // namespace keyway::ui
