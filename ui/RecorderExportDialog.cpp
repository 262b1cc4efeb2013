#include "RecorderExportDialog.h"

#include "net/Timeline.h"
#include "recorder/BundleWriter.h"
#include "recorder/HarExporter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace keyway::ui {

RecorderExportDialog::RecorderExportDialog(const net::Timeline *timeline, QWidget *parent)
    : QDialog(parent),
      m_timeline(timeline),
      m_flowButton(new QRadioButton(this)),
      m_selectionButton(new QRadioButton(this)),
      m_format(new QComboBox(this)),
      m_note(new QPlainTextEdit(this)),
      m_preview(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"recorderExportDialog"_s);
    setWindowTitle(tr("Export exchanges"));
    m_flowButton->setObjectName(u"exportWholeFlow"_s);
    m_selectionButton->setObjectName(u"exportSelection"_s);
    m_format->setObjectName(u"exportFormat"_s);
    m_format->addItem(tr("HAR 1.2 (.har)"), int(Format::Har));
    m_format->addItem(tr("Reproduction bundle (.%1)").arg(recorder::ReproBundle::kFileSuffix), int(Format::Bundle));
    m_note->setObjectName(u"exportNote"_s);
    m_note->setPlaceholderText(tr("Optional: what happened, a ticket number… (secrets in it are redacted too)"));
    m_note->setMaximumHeight(80);
    m_preview->setObjectName(u"exportPreview"_s);
    m_preview->setWordWrap(true);

    auto *explanation = new QLabel(tr("Every secret — tokens, codes, verifiers, client secrets, passwords, API keys, cookies and "
                                      "Authorization values — is replaced by a marker such as REDACTED-1a2b3c4d5e6f. The same value "
                                      "gets the same marker within one file. Decoded token claims are kept; signatures are not."),
                                   this);
    explanation->setWordWrap(true);

    auto *form = new QFormLayout;
    auto *which = new QVBoxLayout;
    which->addWidget(m_flowButton);
    which->addWidget(m_selectionButton);
    form->addRow(tr("Export:"), which);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Note:"), m_note);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(m_buttons);

    connect(m_flowButton, &QRadioButton::toggled, this, &RecorderExportDialog::updatePreview);
    connect(m_format, &QComboBox::currentIndexChanged, this, &RecorderExportDialog::updatePreview);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecorderExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecorderExportDialog::reject);
    m_flowButton->setChecked(true);
    updatePreview();
}

RecorderExportDialog::~RecorderExportDialog() = default;

void RecorderExportDialog::setFlow(const QString &flowId)
{
    m_flowId = flowId;
    updatePreview();
}

void RecorderExportDialog::setSelection(const QList<quint64> &exchangeIds)
{
    m_selection = exchangeIds;
    if (m_flowId.isEmpty() && !m_selection.isEmpty())
        m_selectionButton->setChecked(true);
    updatePreview();
}

void RecorderExportDialog::setWorkspace(const std::optional<recorder::WorkspaceSnapshot> &workspace)
{
    m_workspace = workspace;
    updatePreview();
}

void RecorderExportDialog::setDiagnoses(const QList<recorder::FlowDiagnosis> &diagnoses)
{
    m_diagnoses = diagnoses;
    updatePreview();
}

void RecorderExportDialog::setWholeFlow(bool wholeFlow)
{
    (wholeFlow ? m_flowButton : m_selectionButton)->setChecked(true);
    updatePreview();
}

bool RecorderExportDialog::wholeFlow() const
{
    return m_flowButton->isChecked();
}

void RecorderExportDialog::setFormat(Format format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

RecorderExportDialog::Format RecorderExportDialog::format() const
{
    return Format(m_format->currentData().toInt());
}

QList<net::Exchange> RecorderExportDialog::chosenExchanges() const
{
    if (!m_timeline)
        return {};
    if (wholeFlow())
        return m_flowId.isEmpty() ? QList<net::Exchange>() : recorder::HarExporter::selectFlow(*m_timeline, m_flowId);
    return recorder::HarExporter::selectIds(*m_timeline, m_selection);
}

RecorderExportDialog::Job RecorderExportDialog::job() const
{
    return Job{chosenExchanges(), format(), m_workspace, m_diagnoses, m_note->toPlainText().trimmed()};
}

Result<QByteArray> RecorderExportDialog::run(const Job &job)
{
    if (job.exchanges.isEmpty())
        return Error{tr("There is nothing to export: choose a flow or select exchanges on the timeline.")};
    if (job.format == Format::Har) {
        recorder::HarExporter exporter;
        auto har = exporter.exportExchanges(job.exchanges);
        if (!har)
            return har.error();
        return har->json;
    }
    recorder::BundleInput input;
    input.exchanges = job.exchanges;
    input.workspace = job.workspace;
    input.diagnoses = job.diagnoses;
    input.note = job.note;
    auto bundle = recorder::BundleWriter::write(input);
    if (!bundle)
        return bundle.error();
    return bundle->bytes;
}

Result<bool> RecorderExportDialog::write(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{tr("Could not write %1: %2").arg(path, file.errorString())};
    return true;
}

Result<QByteArray> RecorderExportDialog::exportBytes() const
{
    return run(job());
}

Result<bool> RecorderExportDialog::saveTo(const QString &path) const
{
    const auto bytes = exportBytes();
    if (!bytes)
        return bytes.error();
    return write(path, *bytes);
}

QString RecorderExportDialog::suggestedFileName() const
{
    const QString base = wholeFlow() && !m_flowId.isEmpty() ? u"keyway-"_s + m_flowId : u"keyway-exchanges"_s;
    return base + (format() == Format::Har ? u".har"_s : u"."_s + QString(recorder::ReproBundle::kFileSuffix));
}

QString RecorderExportDialog::previewText() const
{
    return m_preview->text();
}

RecorderExportDialog::Preview RecorderExportDialog::preview(const QList<net::Exchange> &exchanges)
{
    Preview p;
    p.exchanges = int(exchanges.size());
    recorder::HarExporter exporter;
    const auto har = exporter.exportExchanges(exchanges);
    if (!har) {
        p.error = har.error().message;
        return p;
    }
    p.redactions = har->redactionCount;
    p.distinct = har->distinctSecrets;
    p.tokens = har->tokenCount;
    return p;
}

void RecorderExportDialog::updatePreview()
{
    m_flowButton->setEnabled(!m_flowId.isEmpty());
    m_selectionButton->setEnabled(!m_selection.isEmpty());
    const QList<net::Exchange> flow
        = m_timeline && !m_flowId.isEmpty() ? recorder::HarExporter::selectFlow(*m_timeline, m_flowId) : QList<net::Exchange>();
    m_flowButton->setText(flow.isEmpty() ? tr("Whole flow")
                                         : tr("Whole flow: %1 (%n exchange(s))", nullptr, int(flow.size())).arg(flow.first().label));
    m_selectionButton->setText(tr("Selected exchanges (%n)", nullptr, int(m_selection.size())));
    m_note->setEnabled(format() == Format::Bundle);

    const QList<net::Exchange> exchanges = chosenExchanges();
    const quint64 generation = ++m_generation;
    m_previewExchanges = int(exchanges.size());
    m_previewRedactions = 0;
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    if (exchanges.isEmpty()) {
        m_previewPending = false;
        m_preview->setText(tr("Nothing to export."));
        Q_EMIT previewUpdated();
        return;
    }
    m_previewPending = true;
    m_preview->setText(tr("Counting the values to redact in %n exchange(s)…", nullptr, m_previewExchanges));
    auto *watcher = new QFutureWatcher<Preview>(this);
    connect(watcher, &QFutureWatcher<Preview>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation)
            applyPreview(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([exchanges] { return preview(exchanges); }));
}

void RecorderExportDialog::applyPreview(const Preview &p)
{
    m_previewPending = false;
    if (!p.error.isEmpty()) {
        m_preview->setText(p.error);
        Q_EMIT previewUpdated();
        return;
    }
    m_previewRedactions = p.redactions;
    m_preview->setText(tr("%n exchange(s) will be exported", nullptr, p.exchanges) + u"; "_s
                       + tr("%n value(s) redacted", nullptr, p.redactions) + u" ("_s + tr("%n distinct", nullptr, p.distinct) + u"); "_s
                       + tr("%n token(s) decoded", nullptr, p.tokens) + u'.');
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!m_saving);
    Q_EMIT previewUpdated();
}

void RecorderExportDialog::accept()
{
    if (m_saving)
        return;
    const QString filter
        = format() == Format::Har ? tr("HAR files (*.har)") : tr("Keyway bundles (*.%1)").arg(recorder::ReproBundle::kFileSuffix);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), suggestedFileName(), filter);
    if (path.isEmpty())
        return;
    m_saving = true;
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    m_preview->setText(tr("Writing %1…").arg(QFileInfo(path).fileName()));
    auto *watcher = new QFutureWatcher<Result<bool>>(this);
    connect(watcher, &QFutureWatcher<Result<bool>>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        m_saving = false;
        const Result<bool> saved = watcher->result();
        if (!saved) {
            QMessageBox::warning(this, tr("Export failed"), saved.error().message);
            updatePreview();
            return;
        }
        Q_EMIT this->saved(path);
        QDialog::accept();
    });
    watcher->setFuture(QtConcurrent::run([job = job(), path]() -> Result<bool> {
        const auto bytes = run(job);
        if (!bytes)
            return bytes.error();
        return write(path, *bytes);
    }));
}

} // namespace keyway::ui
