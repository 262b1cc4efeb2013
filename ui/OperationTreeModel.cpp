#include "OperationTreeModel.h"

#include "Appearance.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace keyway::ui {

using openapi::Operation;

// internalId of a leaf is its group's row + 1; groups have 0.
static constexpr quintptr groupId = 0;

OperationTreeModel::OperationTreeModel(QObject *parent) : QAbstractItemModel(parent)
{ }

OperationTreeModel::~OperationTreeModel() = default;

OperationTreeModel::Row OperationTreeModel::makeRow(const Operation &operation, bool webhook)
{
    Row row;
    row.method = operation.method.toUpper();
    row.badge = SchemeText::badge(operation.security);
    row.securityText = SchemeText::badgeText(operation.security);

    QStringList search{operation.method, operation.path, operation.summary, operation.operationId};
    search.append(operation.tags);
    search.append(operation.security.schemeNames());
    if (row.badge == SecurityBadge::Public)
        search.append(u"public"_s);
    if (row.badge == SecurityBadge::AnonymousAllowed)
        search.append(u"anonymous"_s);
    if (operation.deprecated)
        search.append(u"deprecated"_s);
    if (webhook)
        search.append(u"webhook"_s);
    row.searchText = search.join(u'\n').toLower();

    QStringList tip;
    tip.append(u"<b>%1 %2</b>"_s.arg(row.method, operation.path.toHtmlEscaped()));
    if (!operation.summary.isEmpty())
        tip.append(operation.summary.toHtmlEscaped());
    if (!operation.operationId.isEmpty())
        tip.append(OperationTreeModel::tr("Operation ID: %1").arg(operation.operationId.toHtmlEscaped()));
    if (operation.deprecated)
        tip.append(OperationTreeModel::tr("Deprecated"));
    tip.append(SchemeText::sentence(operation.security).toHtmlEscaped());
    row.tooltip = tip.join(u"<br>"_s);
    return row;
}

void OperationTreeModel::setDocument(openapi::DocumentPtr document)
{
    beginResetModel();
    m_document = std::move(document);
    m_operations.clear();
    m_webhooks.clear();
    m_groups.clear();
    if (m_document) {
        const openapi::Document &doc = *m_document;
        m_operations.reserve(doc.operations.size());
        for (const Operation &operation : doc.operations)
            m_operations.append(makeRow(operation, false));
        m_webhooks.reserve(doc.webhooks.size());
        for (const Operation &operation : doc.webhooks)
            m_webhooks.append(makeRow(operation, true));

        QHash<QString, int> groupOfTag;
        for (const openapi::Tag &tag : doc.tags) {
            if (groupOfTag.contains(tag.name))
                continue;
            groupOfTag.insert(tag.name, int(m_groups.size()));
            m_groups.append(Group{tag.name, tag.description, false, false, {}});
        }
        Group untagged{tr("Untagged"), tr("Operations without a tag"), false, true, {}};
        for (int i = 0; i < doc.operations.size(); ++i) {
            const Operation &operation = doc.operations.at(i);
            if (operation.tags.isEmpty()) {
                untagged.members.append(OperationRef{false, i});
                continue;
            }
            QSet<QString> seen;
            for (const QString &tag : operation.tags) {
                if (seen.contains(tag))
                    continue;
                seen.insert(tag);
                auto it = groupOfTag.constFind(tag);
                int group = 0;
                if (it == groupOfTag.constEnd()) {
                    group = int(m_groups.size());
                    groupOfTag.insert(tag, group);
                    m_groups.append(Group{tag, {}, false, false, {}});
                } else {
                    group = *it;
                }
                m_groups[group].members.append(OperationRef{false, i});
            }
        }
        m_groups.removeIf([](const Group &group) { return group.members.isEmpty(); });
        if (!untagged.members.isEmpty())
            m_groups.append(std::move(untagged));
        if (!doc.webhooks.isEmpty()) {
            Group hooks{tr("Webhooks"), tr("Requests the API sends to you"), true, false, {}};
            for (int i = 0; i < doc.webhooks.size(); ++i)
                hooks.members.append(OperationRef{true, i});
            m_groups.append(std::move(hooks));
        }
    }
    endResetModel();
}

QList<OperationRef> OperationTreeModel::allOperations() const
{
    QList<OperationRef> refs;
    refs.reserve(operationCount());
    for (int i = 0; i < m_operations.size(); ++i)
        refs.append(OperationRef{false, i});
    for (int i = 0; i < m_webhooks.size(); ++i)
        refs.append(OperationRef{true, i});
    return refs;
}

const OperationTreeModel::Row *OperationTreeModel::rowFor(const OperationRef &ref) const
{
    const QList<Row> &rows = ref.webhook ? m_webhooks : m_operations;
    return ref.index >= 0 && ref.index < rows.size() ? &rows.at(ref.index) : nullptr;
}

QString OperationTreeModel::searchText(const OperationRef &ref) const
{
    const Row *row = rowFor(ref);
    return row ? row->searchText : QString();
}

QModelIndex OperationTreeModel::indexOf(const OperationRef &ref) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        const qsizetype row = m_groups.at(g).members.indexOf(ref);
        if (row >= 0)
            return createIndex(int(row), 0, quintptr(g + 1));
    }
    return {};
}

OperationRef OperationTreeModel::refAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == groupId)
        return {};
    const int g = int(index.internalId() - 1);
    if (g < 0 || g >= m_groups.size() || index.row() >= m_groups.at(g).members.size())
        return {};
    return m_groups.at(g).members.at(index.row());
}

bool OperationTreeModel::isGroup(const QModelIndex &index) const
{
    return index.isValid() && index.internalId() == groupId;
}

QModelIndex OperationTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, 0, groupId) : QModelIndex();
    if (parent.internalId() != groupId || parent.row() >= m_groups.size())
        return {};
    if (row >= m_groups.at(parent.row()).members.size())
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex OperationTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == groupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, groupId);
}

int OperationTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != groupId || parent.row() >= m_groups.size())
        return 0;
    return int(m_groups.at(parent.row()).members.size());
}

int OperationTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

Qt::ItemFlags OperationTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant OperationTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_document)
        return {};
    if (index.internalId() == groupId) {
        if (index.row() >= m_groups.size())
            return {};
        const Group &group = m_groups.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return group.name;
        case Qt::ToolTipRole:
            return group.description.isEmpty() ? QVariant() : QVariant(group.description.left(400).toHtmlEscaped());
        case Qt::DecorationRole:
            return appearance::icon(group.webhooks ? appearance::IconId::Webhook : appearance::IconId::Tag);
        case IsGroupRole:
            return true;
        case GroupCountRole:
            return int(group.members.size());
        case WebhookRole:
            return group.webhooks;
        case SearchTextRole:
            return group.name.toLower();
        default:
            return {};
        }
    }

    const OperationRef ref = refAt(index);
    const Row *row = rowFor(ref);
    const Operation *operation = ref.resolve(*m_document);
    if (!row || !operation)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return QString(row->method + u' ' + operation->path);
    case Qt::AccessibleTextRole: {
        QString text = row->method + u' ' + operation->path;
        if (!operation->summary.isEmpty())
            text += u", "_s + operation->summary;
        if (operation->deprecated)
            text += u", "_s + tr("deprecated");
        return QString(text + u", "_s + SchemeText::sentence(operation->security));
    }
    case Qt::ToolTipRole:
        return row->tooltip;
    case RefRole:
        return QVariant::fromValue(ref);
    case IsGroupRole:
        return false;
    case MethodRole:
        return row->method;
    case PathRole:
        return operation->path;
    case SummaryRole:
        return operation->summary;
    case OperationIdRole:
        return operation->operationId;
    case DeprecatedRole:
        return operation->deprecated;
    case WebhookRole:
        return ref.webhook;
    case SecurityBadgeRole:
        return int(row->badge);
    case SecurityTextRole:
        return row->securityText;
    case SearchTextRole:
        return row->searchText;
    default:
        return {};
    }
}

} // namespace keyway::ui
