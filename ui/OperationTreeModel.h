#pragma once

#include "OperationRef.h"
#include "SchemeText.h"
#include "openapi/DocumentLoader.h"

#include <QAbstractItemModel>
#include <QList>
#include <QString>

namespace keyway::ui {

// The operations of a document grouped by tag, in document order: each declared or used tag, then the
// operations without a tag, then the webhooks. An operation with several tags is listed under each.
// Everything a row shows or is filtered on is computed once per document, so filtering and painting
// never walk the document again.
class OperationTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperationTreeModel)

public:
    enum Role {
        RefRole = Qt::UserRole + 1, // OperationRef (leaves)
        IsGroupRole, // bool
        MethodRole, // "GET"
        PathRole,
        SummaryRole,
        OperationIdRole,
        DeprecatedRole, // bool
        WebhookRole, // bool
        SecurityBadgeRole, // int(SecurityBadge)
        SecurityTextRole, // "oauth2, api_key", "public"
        SearchTextRole, // lower-case text the filter matches
        GroupCountRole, // int: operations in the group
    };

    explicit OperationTreeModel(QObject *parent = nullptr);
    ~OperationTreeModel() override;

    void setDocument(openapi::DocumentPtr document);
    openapi::DocumentPtr document() const { return m_document; }

    // Distinct operations and webhooks.
    int operationCount() const { return int(m_operations.size() + m_webhooks.size()); }
    QList<OperationRef> allOperations() const;
    QString searchText(const OperationRef &ref) const;

    // The first row showing the operation.
    QModelIndex indexOf(const OperationRef &ref) const;
    OperationRef refAt(const QModelIndex &index) const;
    bool isGroup(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Row
    {
        QString method; // upper-case
        QString searchText;
        QString securityText;
        QString tooltip;
        SecurityBadge badge = SecurityBadge::NoneDeclared;
    };
    struct Group
    {
        QString name;
        QString description;
        bool webhooks = false;
        bool untagged = false;
        QList<OperationRef> members;
    };

    const Row *rowFor(const OperationRef &ref) const;
    static Row makeRow(const openapi::Operation &operation, bool webhook);

    openapi::DocumentPtr m_document;
    QList<Row> m_operations;
    QList<Row> m_webhooks;
    QList<Group> m_groups;
};

} // namespace keyway::ui
