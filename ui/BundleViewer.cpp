#include "BundleViewer.h"

#include "BundleExchangeView.h"
#include "TimelineModel.h"
#include "net/Timeline.h"
#include "recorder/BundleReader.h"
#include "recorder/HarReader.h"

#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace keyway::ui {

BundleViewer::BundleViewer(QWidget *parent)
    : QWidget(parent),
      m_timeline(new net::Timeline(this)),
      m_model(new TimelineModel(m_timeline, this)),
      m_header(new QLabel(this)),
      m_view(new QTreeView(this)),
      m_tabs(new QTabWidget(this)),
      m_exchangeView(new BundleExchangeView(this)),
      m_diagnosis(new QTextBrowser(this)),
      m_workspace(new QTextBrowser(this))
{
    setObjectName(u"bundleViewer"_s);
    setWindowTitle(tr("Reproduction bundle"));
    m_timeline->setMaxExchanges(int(recorder::HarReader::kMaxEntries));

    m_header->setObjectName(u"bundleHeader"_s);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_view->setObjectName(u"bundleTimeline"_s);
    m_view->setAccessibleName(tr("Recorded HTTP exchanges"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setSectionResizeMode(TimelineModel::UrlColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(TimelineModel::TimeColumn, 140);
    m_view->setColumnWidth(TimelineModel::LabelColumn, 230);

    m_diagnosis->setObjectName(u"bundleDiagnosis"_s);
    m_diagnosis->setAccessibleName(tr("Diagnosis"));
    m_workspace->setObjectName(u"bundleWorkspace"_s);
    m_workspace->setAccessibleName(tr("Workspace settings"));
    m_tabs->setObjectName(u"bundleTabs"_s);
    m_tabs->addTab(m_exchangeView, tr("Exchange"));
    m_tabs->addTab(m_diagnosis, tr("Diagnosis"));
    m_tabs->addTab(m_workspace, tr("Workspace"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(splitter, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &BundleViewer::showCurrent);
    resize(1100, 700);
}

BundleViewer::~BundleViewer() = default;

Result<bool> BundleViewer::openFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot open %1: %2").arg(QFileInfo(path).fileName(), file.errorString())};
    if (file.size() > recorder::BundleReader::kMaxBytes)
        return Error{tr("%1 is too large for a bundle (%2 MB at most).")
                         .arg(QFileInfo(path).fileName())
                         .arg(recorder::BundleReader::kMaxBytes / (1024 * 1024))};
    const QByteArray bytes = file.read(recorder::BundleReader::kMaxBytes + 1);
    if (recorder::BundleReader::looksLikeBundle(bytes.left(4096))) {
        auto bundle = recorder::BundleReader::parse(bytes);
        if (!bundle)
            return bundle.error();
        setBundle(*bundle);
    } else {
        auto har = recorder::HarReader::parse(bytes);
        if (!har)
            return har.error();
        setHar(*har, QFileInfo(path).fileName());
    }
    setWindowTitle(tr("%1 — Reproduction bundle").arg(QFileInfo(path).fileName()));
    return true;
}

void BundleViewer::setBundle(const recorder::ReproBundle &bundle)
{
    QString header = u"<b>%1</b><br>"_s.arg(tr("Recorded %1 with %2")
                                                .arg(QLocale().toString(bundle.createdAt.toLocalTime(), QLocale::ShortFormat))
                                                .arg(bundle.versions.summary().toHtmlEscaped()));
    if (bundle.workspace && !bundle.workspace->isEmpty())
        header += tr("API: %1 (%2)").arg(bundle.workspace->title.toHtmlEscaped(), bundle.workspace->source.toHtmlEscaped()) + u"<br>"_s;
    header += tr("%n exchange(s); secrets were replaced by REDACTED markers and cannot be recovered from this file.", nullptr,
                 int(bundle.har.entries.size()));
    if (!bundle.note.isEmpty())
        header += u"<br><i>%1</i>"_s.arg(bundle.note.toHtmlEscaped());
    m_header->setText(header);

    QString diagnosis;
    for (const recorder::FlowDiagnosis &d : bundle.diagnoses)
        diagnosis
            += u"<h3>%1</h3><p>%2</p>"_s.arg(BundleExchangeView::highlightMarkers(d.title), BundleExchangeView::highlightMarkers(d.text));
    if (diagnosis.isEmpty())
        diagnosis = u"<p><i>%1</i></p>"_s.arg(tr("No failure was diagnosed in this bundle.").toHtmlEscaped());
    m_diagnosis->setHtml(diagnosis);

    QString workspace;
    if (bundle.workspace && !bundle.workspace->isEmpty()) {
        const recorder::WorkspaceSnapshot &w = *bundle.workspace;
        workspace += u"<h3>%1</h3>"_s.arg(w.title.toHtmlEscaped());
        workspace += u"<p>%1 %2<br>%3 %4<br>%5 %6</p>"_s.arg(tr("Document:").toHtmlEscaped(), w.source.toHtmlEscaped(),
                                                             tr("Server:").toHtmlEscaped(), w.serverTemplate.toHtmlEscaped(),
                                                             tr("Profile:").toHtmlEscaped(), w.currentProfile.toHtmlEscaped());
        for (const auto &[name, s] : w.schemes) {
            workspace += u"<h4>%1</h4><p>"_s.arg(name.toHtmlEscaped());
            auto line = [&workspace](const QString &label, const QString &value) {
                if (!value.isEmpty())
                    workspace += label.toHtmlEscaped() + u" "_s + BundleExchangeView::highlightMarkers(value) + u"<br>"_s;
            };
            line(tr("Flow:"), s.flow);
            line(tr("Client id:"), s.clientId);
            line(tr("Client authentication:"), s.authMethod);
            line(tr("Scopes:"), s.scopes.join(u' '));
            line(tr("Issuer:"), s.issuer);
            line(tr("User name:"), s.username);
            for (const auto &[key, value] : s.extraParameters)
                line(key + u" ="_s, value);
            workspace += u"</p>"_s;
        }
    } else {
        workspace = u"<p><i>%1</i></p>"_s.arg(tr("No workspace settings in this file.").toHtmlEscaped());
    }
    m_workspace->setHtml(workspace);
    showEntries(bundle.har.entries);
}

void BundleViewer::setHar(const recorder::HarLog &har, const QString &title)
{
    m_header->setText(u"<b>%1</b><br>%2"_s.arg(title.toHtmlEscaped(),
                                               tr("HAR %1 from %2 %3; %n exchange(s).", nullptr, int(har.entries.size()))
                                                   .arg(har.version, har.creatorName, har.creatorVersion)
                                                   .toHtmlEscaped()));
    m_diagnosis->setHtml(u"<p><i>%1</i></p>"_s.arg(tr("A HAR file carries no diagnosis.").toHtmlEscaped()));
    m_workspace->setHtml(u"<p><i>%1</i></p>"_s.arg(tr("No workspace settings in this file.").toHtmlEscaped()));
    showEntries(har.entries);
}

void BundleViewer::showEntries(const QList<recorder::HarEntry> &entries)
{
    m_timeline->clear();
    m_entries = entries;
    m_entryOfTimelineId.clear();
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        net::Exchange copy = m_entries.at(i).exchange;
        const quint64 id = m_timeline->append(std::move(copy));
        m_entryOfTimelineId.insert(id, int(i));
    }
    m_view->expandAll();
    m_exchangeView->setEntry(std::nullopt);
    if (!m_entries.isEmpty())
        selectExchange(m_entries.first().exchange.id);
}

int BundleViewer::exchangeCount() const
{
    return int(m_entries.size());
}

bool BundleViewer::selectExchange(quint64 originalId)
{
    for (auto it = m_entryOfTimelineId.cbegin(); it != m_entryOfTimelineId.cend(); ++it) {
        if (m_entries.at(it.value()).exchange.id != originalId)
            continue;
        const QModelIndex index = m_model->indexOfExchange(it.key());
        if (!index.isValid())
            return false;
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
        showCurrent();
        return true;
    }
    return false;
}

void BundleViewer::showCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    const net::Exchange *e = m_model->exchange(current);
    if (!e) {
        m_exchangeView->setEntry(std::nullopt);
        return;
    }
    const int index = m_entryOfTimelineId.value(e->id, -1);
    if (index < 0) {
        m_exchangeView->setEntry(std::nullopt);
        return;
    }
    m_exchangeView->setEntry(m_entries.at(index));
}

} // namespace keyway::ui
