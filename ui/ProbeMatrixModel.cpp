#include "ProbeMatrixModel.h"

#include "probe/Probe.h"

#include <QBrush>
#include <QColor>
#include <QPalette>

namespace keyway::ui {

using probe::Verdict;

ProbeMatrixModel::ProbeMatrixModel(QObject *parent) : QAbstractTableModel(parent)
{ }

void ProbeMatrixModel::setProbe(probe::Probe *probe)
{
    beginResetModel();
    if (m_probe)
        m_probe->disconnect(this);
    m_probe = probe;
    if (m_probe) {
        connect(m_probe, &probe::Probe::planned, this, [this] {
            beginResetModel();
            endResetModel();
        });
        connect(m_probe, &probe::Probe::caseChanged, this, [this](int row, probe::CaseKind kind) {
            // The whole row: the operation column reflects the row's worst verdict.
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
            Q_UNUSED(kind)
        });
    }
    endResetModel();
}

QString ProbeMatrixModel::cellText(const probe::ProbeCase &c)
{
    const QString status = c.status ? QStringLiteral(" %1").arg(c.status) : QString();
    switch (c.verdict) {
    case Verdict::NotApplicable:
        return tr("— n/a");
    case Verdict::Pending:
        return tr("… pending");
    case Verdict::Running:
        return tr("⟳ running");
    case Verdict::Pass:
        return tr("✓ pass") + status;
    case Verdict::Fail:
        return tr("✗ FAIL") + status;
    case Verdict::Unknown:
        return tr("? unknown") + status;
    case Verdict::Skipped:
        return tr("⏭ skipped");
    }
    return {};
}

int ProbeMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_probe ? 0 : int(m_probe->rows().size());
}

int ProbeMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1 + probe::kCaseCount;
}

QVariant ProbeMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!m_probe || !index.isValid() || index.row() >= m_probe->rows().size())
        return {};
    const probe::ProbeRow &row = m_probe->rows().at(index.row());
    if (role == RowHasFailureRole || role == RowHasUnknownRole) {
        const Verdict wanted = role == RowHasFailureRole ? Verdict::Fail : Verdict::Unknown;
        for (const probe::ProbeCase &c : row.cases) {
            if (c.verdict == wanted)
                return true;
        }
        return false;
    }
    if (index.column() == 0) {
        switch (role) {
        case Qt::DisplayRole:
            return row.displayName;
        case Qt::ToolTipRole:
            return row.security.isEmpty() ? tr("Public") : row.security;
        case CaseKindRole:
            return -1;
        default:
            return {};
        }
    }
    const probe::ProbeCase &c = row.cases.at(index.column() - 1);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return cellText(c);
    case Qt::ToolTipRole: {
        if (c.verdict == Verdict::NotApplicable)
            return tr("This case does not apply to %1.").arg(row.displayName);
        QString tip = tr("Expected: %1").arg(probe::expectationText(c.expectation));
        if (c.status)
            tip += u'\n' + tr("Answered: %1").arg(c.status);
        if (!c.explanation.isEmpty())
            tip += u'\n' + c.explanation;
        if (!c.detail.isEmpty())
            tip += u'\n' + c.detail;
        if (c.exchangeId)
            tip += u'\n' + tr("Click to see the exchange on the timeline.");
        return tip;
    }
    case Qt::BackgroundRole:
        switch (c.verdict) {
        case Verdict::Pass:
            return QBrush(QColor(0xd4, 0xed, 0xda));
        case Verdict::Fail:
            return QBrush(QColor(0xf8, 0xd7, 0xda));
        case Verdict::Unknown:
            return QBrush(QColor(0xff, 0xf3, 0xcd));
        default:
            return {};
        }
    case Qt::ForegroundRole:
        // Dark text on the light cell colours, whatever the palette.
        return c.verdict == Verdict::Pass || c.verdict == Verdict::Fail || c.verdict == Verdict::Unknown ? QBrush(Qt::black) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    case VerdictRole:
        return int(c.verdict);
    case ExchangeIdRole:
        return QVariant::fromValue(c.exchangeId);
    case CaseKindRole:
        return int(c.kind);
    default:
        return {};
    }
}

QVariant ProbeMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("Operation");
    if (section < 1 || section > probe::kCaseCount)
        return {};
    const probe::CaseKind kind = probe::allCaseKinds().at(section - 1);
    return probe::caseKindTitle(kind);
}

} // namespace keyway::ui
