#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace keyway::ui {

// Filters the operations tree: a row matches when every word of the filter occurs (case-insensitively)
// in its method, path, summary, operationId, tags or scheme names. Groups stay while any row under them
// matches.
class OperationFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperationFilterModel)

public:
    explicit OperationFilterModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    bool isFiltering() const { return !m_terms.isEmpty(); }

    static QStringList termsOf(const QString &text);
    static bool matches(const QString &searchText, const QStringList &terms);
    bool matches(const QString &searchText) const { return matches(searchText, m_terms); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QStringList m_terms;
};

} // namespace keyway::ui
