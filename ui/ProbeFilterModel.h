#pragma once

#include <QSortFilterProxyModel>

namespace keyway::ui {

// Filters the probe matrix by outcome (all, failures, failures and unknowns, all passed) and by operation text.
class ProbeFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProbeFilterModel)

public:
    enum class Show { All, Failures, Problems, Passed };
    explicit ProbeFilterModel(QObject *parent = nullptr);
    void setShow(Show show);
    Show show() const { return m_show; }
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Show m_show = Show::All;
    QString m_text;
};

} // namespace keyway::ui
