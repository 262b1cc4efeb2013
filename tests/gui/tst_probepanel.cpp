// The probe panel offscreen against the FastAPI resource server: Run fills the matrix (verdicts in words and symbols,
// not colour alone), the broken endpoint is flagged, a click on a cell emits its Timeline exchange id, filters,
// rerun of a cell and of a row, Cancel, the unsafe opt-in, CSV export, and an accessible name on every control.

#include "ProbeFilterModel.h"
#include "ProbeMatrixModel.h"
#include "ProbePanel.h"

#include "../common/PeerProcess.h"

#include "net/HttpClient.h"
#include "net/Timeline.h"
#include "probe/Probe.h"
#include "request/CredentialSource.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace keyway;
using keyway::probe::CaseKind;
using keyway::probe::Verdict;
using keyway::ui::ProbeMatrixModel;
using keyway::ui::ProbePanel;

namespace {

int sourceRow(const ProbePanel &panel, const QString &operation)
{
    const auto &rows = panel.probe()->rows();
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).displayName == operation)
            return i;
    }
    return -1;
}

// The view's index of a source cell (through the filter).
QModelIndex viewIndex(const ProbePanel &panel, int row, CaseKind kind)
{
    const auto *proxy = static_cast<const QSortFilterProxyModel *>(panel.view()->model());
    return proxy->mapFromSource(panel.matrix()->index(row, ProbeMatrixModel::columnOf(kind)));
}

void clickCell(ProbePanel &panel, const QModelIndex &index)
{
    QTableView *view = panel.view();
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

} // namespace

class TestProbePanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void accessibleNames();
    void runFillsTheMatrix();
    void clickEmitsExchangeId();
    void filters();
    void rerunCellAndRow();
    void unsafeOptIn();
    void cancel();
    void exportCsv();

private:
    bool runAndWait(const QString &operations, int limitMs = 60000);

    test::PeerProcess m_resource;
    net::Timeline m_timeline;
    net::HttpClient m_http;
    openapi::DocumentPtr m_doc;
    request::MemoryCredentialSource m_credentials;
    std::unique_ptr<ProbePanel> m_panel;
};

void TestProbePanel::initTestCase()
{
    m_http.setTimeline(&m_timeline);
    if (const QString e = m_resource.startResourceServer(QUrl()); !e.isEmpty())
        QFAIL(qPrintable(e));
    std::optional<net::HttpResult> fetched;
    const QUrl url = m_resource.url(QStringLiteral("/openapi.json"));
    m_http.get(url, [&fetched](const net::HttpResult &r) { fetched = r; });
    QTRY_VERIFY_WITH_TIMEOUT(fetched.has_value(), 30000);
    QCOMPARE(fetched->httpStatus, 200);
    auto loaded = openapi::loadDocumentBytes(fetched->body, url, url.toString());
    QVERIFY(loaded.ok());
    m_doc = loaded.value();
    m_credentials.set(QStringLiteral("apiKeyHeader"), request::SchemeCredential::fromApiKey(QStringLiteral("keyway-header-key")));
    m_credentials.set(QStringLiteral("httpBasic"),
                      request::SchemeCredential::fromUserPassword(QStringLiteral("keyway"), QStringLiteral("basic-secret")));
}

void TestProbePanel::cleanupTestCase()
{
    m_resource.stop();
}

void TestProbePanel::init()
{
    m_panel = std::make_unique<ProbePanel>(m_doc, &m_http, &m_credentials);
    m_panel->resize(1000, 600);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestProbePanel::cleanup()
{
    m_panel.reset();
    m_resource.printLogIfFailed();
}

bool TestProbePanel::runAndWait(const QString &operations, int limitMs)
{
    QSignalSpy finished(m_panel.get(), &ProbePanel::runFinished);
    m_panel->findChild<QLineEdit *>(QStringLiteral("probeOperations"))->setText(operations);
    auto *run = m_panel->findChild<QPushButton *>(QStringLiteral("probeRun"));
    if (!run || !run->isEnabled())
        return false;
    QTest::mouseClick(run, Qt::LeftButton);
    const QDeadlineTimer deadline(limitMs);
    while (finished.isEmpty() && !deadline.hasExpired())
        QTest::qWait(20);
    return !finished.isEmpty();
}

void TestProbePanel::accessibleNames()
{
    int controls = 0;
    for (QWidget *w : m_panel->findChildren<QWidget *>()) {
        const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
            || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QTableView *>(w);
        if (!control || w->objectName().startsWith(QLatin1String("qt_")) || qobject_cast<QLineEdit *>(w->parentWidget()))
            continue;
        if (qobject_cast<QLineEdit *>(w) && qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
            continue; // the spin box's own editor
        if (w != m_panel->view() && m_panel->view()->isAncestorOf(w))
            continue; // the table's own parts (corner button, scroll bars)
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(QString::fromLatin1(w->metaObject()->className()) + u' ' + w->objectName()));
        ++controls;
    }
    QVERIFY(controls >= 12);
}

void TestProbePanel::runFillsTheMatrix()
{
    QVERIFY(runAndWait(QStringLiteral("GET /apikey/header, GET /public, GET /broken/no-check, GET /basic")));
    QCOMPARE(m_panel->probe()->rows().size(), 4);
    const int header = sourceRow(*m_panel, QStringLiteral("GET /apikey/header"));
    const int broken = sourceRow(*m_panel, QStringLiteral("GET /broken/no-check"));
    QVERIFY(header >= 0 && broken >= 0);
    // Words and symbols, not colour alone.
    QCOMPARE(viewIndex(*m_panel, header, CaseKind::ValidCredentials).data().toString(), QStringLiteral("✓ pass 200"));
    QCOMPARE(viewIndex(*m_panel, header, CaseKind::NoCredentials).data().toString(), QStringLiteral("✓ pass 401"));
    QCOMPARE(viewIndex(*m_panel, broken, CaseKind::NoCredentials).data().toString(), QStringLiteral("✗ FAIL 200"));
    QVERIFY(viewIndex(*m_panel, broken, CaseKind::ValidCredentials).data().toString().startsWith(QStringLiteral("? unknown")));
    QCOMPARE(viewIndex(*m_panel, header, CaseKind::ExpiredToken).data().toString(), QStringLiteral("— n/a"));
    QVERIFY(viewIndex(*m_panel, broken, CaseKind::NoCredentials)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("without any credentials")));
    QVERIFY(viewIndex(*m_panel, broken, CaseKind::NoCredentials).data(Qt::BackgroundRole).isValid());
    const QString status = m_panel->findChild<QLabel *>(QStringLiteral("probeStatus"))->text();
    QVERIFY2(status.contains(QLatin1String("failed")), qPrintable(status));
    QVERIFY(!m_panel->findChild<QPushButton *>(QStringLiteral("probeCancel"))->isEnabled());
}

void TestProbePanel::clickEmitsExchangeId()
{
    QVERIFY(runAndWait(QStringLiteral("GET /broken/no-check")));
    QSignalSpy activated(m_panel.get(), &ProbePanel::exchangeActivated);
    const QModelIndex cell = viewIndex(*m_panel, 0, CaseKind::NoCredentials);
    clickCell(*m_panel, cell);
    QCOMPARE(activated.size(), 1);
    const quint64 id = activated.at(0).at(0).value<quint64>();
    const net::Exchange *e = m_timeline.find(id);
    QVERIFY(e);
    QCOMPARE(e->flowId, m_panel->probe()->flowId());
    QVERIFY(e->label.contains(QLatin1String("GET /broken/no-check")));
    QCOMPARE(e->status, 200);
    QVERIFY(m_panel->findChild<QLabel *>(QStringLiteral("probeDetail"))->text().contains(QLatin1String("No credentials")));
    // A case that sent nothing emits nothing.
    clickCell(*m_panel, viewIndex(*m_panel, 0, CaseKind::InsufficientScope));
    QCOMPARE(activated.size(), 1);
}

void TestProbePanel::filters()
{
    QVERIFY(runAndWait(QStringLiteral("GET /apikey/header, GET /public, GET /broken/no-check")));
    QAbstractItemModel *shown = m_panel->view()->model();
    QCOMPARE(shown->rowCount(), 3);
    auto *show = m_panel->findChild<QComboBox *>(QStringLiteral("probeShow"));
    show->setCurrentIndex(show->findData(int(ui::ProbeFilterModel::Show::Failures)));
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, 0).data().toString(), QStringLiteral("GET /broken/no-check"));
    show->setCurrentIndex(show->findData(int(ui::ProbeFilterModel::Show::Passed)));
    QCOMPARE(shown->rowCount(), 2);
    show->setCurrentIndex(0);
    QTest::keyClicks(m_panel->findChild<QLineEdit *>(QStringLiteral("probeSearch")), QStringLiteral("apikey"));
    QCOMPARE(shown->rowCount(), 1);
}

void TestProbePanel::rerunCellAndRow()
{
    QVERIFY(runAndWait(QStringLiteral("GET /apikey/header")));
    const probe::ProbeRow before = m_panel->probe()->rows().at(0);
    clickCell(*m_panel, viewIndex(*m_panel, 0, CaseKind::ValidCredentials));
    auto *rerunCell = m_panel->findChild<QPushButton *>(QStringLiteral("probeRerunCell"));
    QVERIFY(rerunCell->isEnabled());
    QSignalSpy finished(m_panel.get(), &ProbePanel::runFinished);
    QTest::mouseClick(rerunCell, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
    const probe::ProbeRow after = m_panel->probe()->rows().at(0);
    QVERIFY(after.at(CaseKind::ValidCredentials).exchangeId > before.at(CaseKind::ValidCredentials).exchangeId);
    QCOMPARE(after.at(CaseKind::NoCredentials).exchangeId, before.at(CaseKind::NoCredentials).exchangeId);
    QCOMPARE(after.at(CaseKind::ValidCredentials).verdict, Verdict::Pass);

    finished.clear();
    QTest::mouseClick(m_panel->findChild<QPushButton *>(QStringLiteral("probeRerunRow")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
    QVERIFY(m_panel->probe()->rows().at(0).at(CaseKind::NoCredentials).exchangeId > before.at(CaseKind::NoCredentials).exchangeId);
    QCOMPARE(m_panel->probe()->summary().pass, 4);
}

void TestProbePanel::unsafeOptIn()
{
    QVERIFY(runAndWait(QStringLiteral("POST /items")));
    QCOMPARE(m_panel->probe()->rows().at(0).at(CaseKind::NoCredentials).verdict, Verdict::Skipped);
    QCOMPARE(viewIndex(*m_panel, 0, CaseKind::NoCredentials).data().toString(), QStringLiteral("⏭ skipped"));
    m_panel->findChild<QCheckBox *>(QStringLiteral("probeUnsafe"))->setChecked(true);
    QVERIFY(runAndWait(QStringLiteral("POST /items")));
    const probe::ProbeCase &c = m_panel->probe()->rows().at(0).at(CaseKind::NoCredentials);
    QCOMPARE(c.verdict, Verdict::Pass); // sent this time, and refused
    QVERIFY(c.exchangeId != 0);
    QCOMPARE(m_timeline.find(c.exchangeId)->method, QByteArray("POST"));
}

void TestProbePanel::cancel()
{
    m_panel->findChild<QDoubleSpinBox *>(QStringLiteral("probeRate"))->setValue(1);
    m_panel->findChild<QSpinBox *>(QStringLiteral("probeConcurrency"))->setValue(1);
    QSignalSpy finished(m_panel.get(), &ProbePanel::runFinished);
    m_panel->findChild<QLineEdit *>(QStringLiteral("probeOperations"))->setText(QStringLiteral("GET *"));
    QTest::mouseClick(m_panel->findChild<QPushButton *>(QStringLiteral("probeRun")), Qt::LeftButton);
    auto *cancel = m_panel->findChild<QPushButton *>(QStringLiteral("probeCancel"));
    QVERIFY(cancel->isEnabled());
    QVERIFY(!m_panel->findChild<QCheckBox *>(QStringLiteral("probeUnsafe"))->isEnabled()); // settings are fixed during a run
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
    QVERIFY(!m_panel->probe()->isRunning());
    QVERIFY(m_panel->probe()->summary().skipped > 20);
    QCOMPARE(m_panel->probe()->summary().pending, 0);
    QVERIFY(m_panel->findChild<QPushButton *>(QStringLiteral("probeRun"))->isEnabled());
}

void TestProbePanel::exportCsv()
{
    QVERIFY(runAndWait(QStringLiteral("GET /broken/no-check, GET /public")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("probe.csv"));
    QVERIFY(m_panel->exportCsv(path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray csv = f.readAll();
    QVERIFY(csv.startsWith("operation,method,path,operationId,case,expectation,verdict,status"));
    QVERIFY(csv.contains("GET /broken/no-check,GET,/broken/no-check,"));
    QVERIFY(csv.contains(",fail,200,"));
    QVERIFY(!csv.contains("keyway-header-key"));
    QVERIFY(!m_panel->exportCsv(dir.filePath(QStringLiteral("missing-folder/probe.csv"))));
}

QTEST_MAIN(TestProbePanel)
#include "tst_probepanel.moc"
