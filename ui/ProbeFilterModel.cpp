#include "ProbeFilterModel.h"

#include "ProbeMatrixModel.h"

namespace keyway::ui {

ProbeFilterModel::ProbeFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{ }

void ProbeFilterModel::setShow(Show show)
{
    m_show = show;
    invalidateFilter();
}

void ProbeFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool ProbeFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex first = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_text.isEmpty() && !first.data().toString().contains(m_text, Qt::CaseInsensitive))
        return false;
    const bool failure = first.data(ProbeMatrixModel::RowHasFailureRole).toBool();
    const bool unknown = first.data(ProbeMatrixModel::RowHasUnknownRole).toBool();
    switch (m_show) {
    case Show::All:
        return true;
    case Show::Failures:
        return failure;
    case Show::Problems:
        return failure || unknown;
    case Show::Passed:
        return !failure && !unknown;
    }
    return true;
}

} // namespace keyway::ui
