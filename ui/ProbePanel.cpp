#include "ProbePanel.h"

#include "ProbeFilterModel.h"
#include "ProbeMatrixModel.h"

#include "probe/Probe.h"
#include "probe/ProbeReport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace keyway::ui {

using probe::CaseKind;

ProbePanel::ProbePanel(openapi::DocumentPtr document, net::HttpClient *http, const request::CredentialSource *credentials,
                       probe::ScopedTokenProvider *scoped, QWidget *parent)
    : QWidget(parent), m_document(std::move(document)), m_http(http), m_credentials(credentials), m_scoped(scoped)
{
    setObjectName(QStringLiteral("probePanel"));
    setAccessibleName(tr("Enforcement probe"));

    m_operations = new QLineEdit(this);
    m_operations->setObjectName(QStringLiteral("probeOperations"));
    m_operations->setPlaceholderText(tr("All operations (or globs: GET /items*, !POST *)"));
    m_operations->setAccessibleName(tr("Operations to probe"));
    m_operations->setToolTip(tr("Globs over operationIds and \"METHOD /path\", separated by commas; \"!\" excludes."));
    m_unsafe = new QCheckBox(tr("Also send &unsafe methods (POST, PUT, DELETE…) in this run"), this);
    m_unsafe->setObjectName(QStringLiteral("probeUnsafe"));
    m_unsafe->setAccessibleName(tr("Send unsafe methods in this run"));
    m_unsafe->setToolTip(tr("Off: only GET, HEAD and OPTIONS are sent. Requests with other methods may change data on the server."));
    m_concurrency = new QSpinBox(this);
    m_concurrency->setObjectName(QStringLiteral("probeConcurrency"));
    m_concurrency->setRange(1, 64);
    m_concurrency->setValue(4);
    m_concurrency->setAccessibleName(tr("Requests at once"));
    m_rate = new QDoubleSpinBox(this);
    m_rate->setObjectName(QStringLiteral("probeRate"));
    m_rate->setRange(0, 1000);
    m_rate->setDecimals(1);
    m_rate->setValue(20);
    m_rate->setSpecialValueText(tr("no limit"));
    m_rate->setSuffix(tr(" per second"));
    m_rate->setAccessibleName(tr("Requests per second"));

    m_run = new QPushButton(tr("&Run probe"), this);
    m_run->setObjectName(QStringLiteral("probeRun"));
    m_run->setAccessibleName(tr("Run the probe"));
    m_cancel = new QPushButton(tr("&Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("probeCancel"));
    m_cancel->setAccessibleName(tr("Cancel the probe"));
    m_rerunCell = new QPushButton(tr("Rerun &cell"), this);
    m_rerunCell->setObjectName(QStringLiteral("probeRerunCell"));
    m_rerunCell->setAccessibleName(tr("Run the selected case again"));
    m_rerunRow = new QPushButton(tr("Rerun r&ow"), this);
    m_rerunRow->setObjectName(QStringLiteral("probeRerunRow"));
    m_rerunRow->setAccessibleName(tr("Run every case of the selected operation again"));
    m_export = new QPushButton(tr("&Export CSV…"), this);
    m_export->setObjectName(QStringLiteral("probeExport"));
    m_export->setAccessibleName(tr("Export the matrix as CSV"));

    m_show = new QComboBox(this);
    m_show->setObjectName(QStringLiteral("probeShow"));
    m_show->setAccessibleName(tr("Show operations"));
    m_show->addItem(tr("All operations"), int(ProbeFilterModel::Show::All));
    m_show->addItem(tr("Failures"), int(ProbeFilterModel::Show::Failures));
    m_show->addItem(tr("Failures and unknowns"), int(ProbeFilterModel::Show::Problems));
    m_show->addItem(tr("All passed"), int(ProbeFilterModel::Show::Passed));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("probeSearch"));
    m_search->setPlaceholderText(tr("Filter operations"));
    m_search->setAccessibleName(tr("Filter operations by name"));
    m_search->setClearButtonEnabled(true);

    m_matrix = new ProbeMatrixModel(this);
    m_filter = new ProbeFilterModel(this);
    m_filter->setSourceModel(m_matrix);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("probeMatrix"));
    m_view->setAccessibleName(tr("Probe results: operations by cases"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c <= probe::kCaseCount; ++c)
        m_view->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("probeDetail"));
    m_detail->setAccessibleName(tr("Selected case"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("probeStatus"));
    m_status->setAccessibleName(tr("Probe status"));

    auto *settings = new QFormLayout;
    settings->addRow(tr("&Operations:"), m_operations);
    auto *limits = new QHBoxLayout;
    limits->addWidget(m_concurrency);
    limits->addWidget(m_rate);
    limits->addStretch();
    auto *limitsLabel = new QLabel(tr("&Limits:"), this);
    limitsLabel->setBuddy(m_concurrency);
    settings->addRow(limitsLabel, limits);
    settings->addRow(QString(), m_unsafe);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addSpacing(12);
    buttons->addWidget(m_rerunCell);
    buttons->addWidget(m_rerunRow);
    buttons->addStretch();
    buttons->addWidget(m_export);
    auto *filters = new QHBoxLayout;
    auto *showLabel = new QLabel(tr("&Show:"), this);
    showLabel->setBuddy(m_show);
    filters->addWidget(showLabel);
    filters->addWidget(m_show);
    filters->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(settings);
    layout->addLayout(buttons);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_detail);
    layout->addWidget(m_status);

    connect(m_run, &QPushButton::clicked, this, &ProbePanel::run);
    connect(m_cancel, &QPushButton::clicked, this, &ProbePanel::cancel);
    connect(m_rerunCell, &QPushButton::clicked, this, &ProbePanel::rerunSelectedCell);
    connect(m_rerunRow, &QPushButton::clicked, this, &ProbePanel::rerunSelectedRow);
    connect(m_export, &QPushButton::clicked, this, &ProbePanel::chooseCsvFile);
    connect(m_show, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setShow(ProbeFilterModel::Show(m_show->currentData().toInt())); });
    connect(m_search, &QLineEdit::textChanged, m_filter, &ProbeFilterModel::setText);
    connect(m_view, &QTableView::clicked, this, [this](const QModelIndex &index) {
        showCell(index);
        const quint64 id = index.data(ProbeMatrixModel::ExchangeIdRole).value<quint64>();
        if (id != 0)
            Q_EMIT exchangeActivated(id);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        showCell(current);
        updateState();
    });
    rebuildProbe();
}

ProbePanel::~ProbePanel()
{
    m_matrix->setProbe(nullptr);
}

void ProbePanel::setDocument(openapi::DocumentPtr document)
{
    m_document = std::move(document);
    rebuildProbe();
}

void ProbePanel::rebuildProbe()
{
    m_matrix->setProbe(nullptr);
    m_probe = std::make_unique<probe::Probe>(m_document, m_http, m_credentials);
    m_probe->setScopedTokenProvider(m_scoped);
    connect(m_probe.get(), &probe::Probe::caseChanged, this, &ProbePanel::updateState);
    connect(m_probe.get(), &probe::Probe::finished, this, [this] {
        updateState();
        Q_EMIT runFinished();
    });
    m_matrix->setProbe(m_probe.get());
    m_detail->clear();
    updateState();
}

void ProbePanel::run()
{
    if (!m_document)
        return;
    probe::ProbeOptions options;
    options.unsafe = m_unsafe->isChecked();
    options.concurrency = m_concurrency->value();
    options.ratePerSecond = m_rate->value();
    options.operations = m_operations->text().split(u',', Qt::SkipEmptyParts);
    for (QString &glob : options.operations)
        glob = glob.trimmed();
    m_probe->setOptions(options);
    m_probe->start();
    updateState();
}

void ProbePanel::cancel()
{
    m_probe->cancel();
    updateState();
}

QModelIndex ProbePanel::currentSourceIndex() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_filter->mapToSource(current) : QModelIndex();
}

void ProbePanel::rerunSelectedCell()
{
    const QModelIndex index = currentSourceIndex();
    if (!index.isValid() || index.column() == 0) {
        rerunSelectedRow();
        return;
    }
    m_probe->rerunCell(index.row(), CaseKind(index.column() - 1));
    updateState();
}

void ProbePanel::rerunSelectedRow()
{
    const QModelIndex index = currentSourceIndex();
    if (!index.isValid())
        return;
    m_probe->rerunRow(index.row());
    updateState();
}

bool ProbePanel::exportCsv(const QString &path)
{
    QSaveFile file(path);
    const QByteArray csv = probe::probeCsv(m_probe->rows());
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        m_status->setText(tr("Could not write %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_status->setText(tr("Exported %1 operations to %2.").arg(m_probe->rows().size()).arg(path));
    return true;
}

void ProbePanel::chooseCsvFile()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export the probe matrix"), QStringLiteral("probe.csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

void ProbePanel::showCell(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid() || !m_probe) {
        m_detail->clear();
        return;
    }
    const QModelIndex index = m_filter->mapToSource(proxyIndex);
    if (index.row() >= m_probe->rows().size())
        return;
    const probe::ProbeRow &row = m_probe->rows().at(index.row());
    if (index.column() == 0) {
        m_detail->setText(tr("%1 — security: %2").arg(row.displayName, row.security.isEmpty() ? tr("public") : row.security));
        return;
    }
    m_detail->setText(QStringLiteral("%1 — %2: %3")
                          .arg(row.displayName, probe::caseKindTitle(CaseKind(index.column() - 1)),
                               index.data(Qt::ToolTipRole).toString().replace(u'\n', QStringLiteral(" · "))));
}

void ProbePanel::updateState()
{
    const bool running = m_probe && m_probe->isRunning();
    const bool hasRows = m_probe && !m_probe->rows().isEmpty();
    m_run->setEnabled(m_document != nullptr && !running);
    m_cancel->setEnabled(running);
    const QModelIndex index = currentSourceIndex();
    m_rerunCell->setEnabled(index.isValid() && index.column() > 0 && hasRows);
    m_rerunRow->setEnabled(index.isValid() && hasRows);
    m_export->setEnabled(hasRows && !running);
    m_operations->setEnabled(!running);
    m_unsafe->setEnabled(!running);
    m_concurrency->setEnabled(!running);
    m_rate->setEnabled(!running);
    if (!m_document) {
        m_status->setText(tr("No document is open."));
        return;
    }
    if (!hasRows) {
        m_status->setText(tr("Choose the operations and run the probe."));
        return;
    }
    const probe::ProbeSummary s = m_probe->summary();
    QString text = tr("%1 passed, %2 failed, %3 unknown, %4 skipped").arg(s.pass).arg(s.fail).arg(s.unknown).arg(s.skipped);
    if (running)
        text = tr("Running: %1 to go. ").arg(s.pending) + text;
    m_status->setText(text);
}

} // namespace keyway::ui
