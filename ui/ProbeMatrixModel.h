#pragma once

#include "probe/Probe.h"
#include "probe/ProbeTypes.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace keyway::ui {

// The probe's matrix as a table: one row per operation, column 0 the operation, then one column per case. A cell
// reads its verdict in words and a symbol ("✓ pass", "✗ fail 200", "? unknown") and is coloured as well, so that
// colour is never the only cue; its tooltip holds the expectation, the status, the explanation and the detail.
class ProbeMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProbeMatrixModel)

public:
    enum Role {
        VerdictRole = Qt::UserRole + 1, // int (probe::Verdict)
        ExchangeIdRole, // quint64; 0 when nothing was sent
        CaseKindRole, // int (probe::CaseKind); -1 for the operation column
        RowHasFailureRole, // bool, on every column
        RowHasUnknownRole, // bool, on every column
    };

    explicit ProbeMatrixModel(QObject *parent = nullptr);
    void setProbe(probe::Probe *probe);
    probe::Probe *probe() const { return m_probe; }

    static int columnOf(probe::CaseKind kind) { return int(kind) + 1; }
    static QString cellText(const probe::ProbeCase &c);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QPointer<probe::Probe> m_probe;
};

} // namespace keyway::ui
