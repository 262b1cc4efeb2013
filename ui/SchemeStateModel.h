#pragma once

#include "auth/CredentialManager.h"

#include <QAbstractListModel>
#include <QStyledItemDelegate>

class QTimer;

namespace keyway::ui {

// The open API's security schemes with their credential state for the current profile: one row per scheme, in
// document order, with its kind and a state line ("Authorized · expires in 54 min") that counts down.
class SchemeStateModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchemeStateModel)

public:
    enum Role {
        SchemeRole = Qt::UserRole + 1, // QString: the scheme's name
        KindRole, // QString: "OAuth 2.0 · authorization code, client credentials"
        StateRole, // int: CredentialManager::State
        StateTextRole, // QString
    };

    explicit SchemeStateModel(auth::CredentialManager *credentials, QObject *parent = nullptr);
    ~SchemeStateModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    int rowOf(const QString &scheme) const;
    QString schemeAt(int row) const;

    // "Authorized · expires in 54 min", "Expired 3 min ago", "Failed: <first line of what failed>"
    static QString stateText(const auth::CredentialManager &credentials, const QString &scheme);
    // For a badge: the same without the failure's detail ("Failed", "Configured").
    static QString shortStateText(const auth::CredentialManager &credentials, const QString &scheme);

private:
    void reload();
    void refreshRow(const QString &scheme);

    auth::CredentialManager *m_credentials;
    QStringList m_schemes;
    QTimer *m_ticker;
};

// Paints a row of SchemeStateModel: the scheme's icon, its name, its kind, and the state with its icon and colour.
class SchemeStateDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchemeStateDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace keyway::ui
