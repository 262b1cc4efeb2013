#include "OperationFilterModel.h"

#include "OperationTreeModel.h"

namespace keyway::ui {

OperationFilterModel::OperationFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(false);
}

QStringList OperationFilterModel::termsOf(const QString &text)
{
    return text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool OperationFilterModel::matches(const QString &searchText, const QStringList &terms)
{
    for (const QString &term : terms) {
        if (!searchText.contains(term))
            return false;
    }
    return true;
}

void OperationFilterModel::setFilterText(const QString &text)
{
    const QStringList terms = termsOf(text.simplified());
    m_text = text;
    if (terms == m_terms)
        return;
    m_terms = terms;
    invalidateFilter();
}

bool OperationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_terms.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    // Groups are kept by the recursive filtering when a row under them matches.
    if (index.data(OperationTreeModel::IsGroupRole).toBool())
        return false;
    return matches(index.data(OperationTreeModel::SearchTextRole).toString());
}

} // namespace keyway::ui
