// The probe core in-process against the FastAPI resource server (tokens from the real OpenID Provider): the
// verdicts of each case on correct and broken endpoints, each exchange on the Timeline (one flow per run, labelled
// with the operation and the case), rerun of a cell and of a row, cancel, bounded concurrency, and the writers.

#include "OAuthTestSupport.h"

#include "../common/PeerProcess.h"

#include "auth/GrantFlows.h"
#include "net/HttpClient.h"
#include "net/Timeline.h"
#include "probe/Probe.h"
#include "probe/ProbeReport.h"
#include "probe/ScopedTokenProvider.h"
#include "request/CredentialSource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QXmlStreamReader>

using namespace keyway;
using keyway::probe::CaseKind;
using keyway::probe::Verdict;
using keyway::test::PeerProcess;
using keyway::test::waitUntil;

namespace {

// Narrower tokens by client credentials at the provider (opOAuth2) and by the password grant at the resource
// server's own token endpoint (passwordOAuth2): what ManagerScopedTokens does over a CredentialManager.
class TestScopedTokens final : public QObject, public probe::ScopedTokenProvider
{
public:
    TestScopedTokens(net::HttpClient *http, auth::ProviderMetadata op, auth::ProviderMetadata password)
        : m_http(http), m_op(std::move(op)), m_password(std::move(password))
    { }
    int calls = 0;
    void obtain(const QString &scheme, const QStringList &required, const QStringList &declared, Done done) override
    {
        ++calls;
        QStringList narrower;
        for (const QString &s : declared) {
            if (!required.contains(s))
                narrower << s;
        }
        auth::TokenGrantFlow *flow = nullptr;
        if (scheme == QLatin1String("passwordOAuth2")) {
            auth::ClientConfig c;
            c.clientId = QStringLiteral("keyway-tests");
            c.authMethod = auth::ClientAuthMethod::None;
            c.username = QStringLiteral("alice");
            c.password = QStringLiteral("alice-password");
            c.scopes = narrower;
            flow = new auth::PasswordFlow(m_http, m_password, c, this);
        } else {
            auth::ClientConfig c = test::confidentialClient();
            c.scopes = narrower;
            flow = new auth::ClientCredentialsFlow(m_http, m_op, c, this);
        }
        connect(flow, &auth::AuthFlow::succeeded, this, [done, flow](const auth::TokenSet &t) {
            flow->deleteLater();
            done(t);
        });
        connect(flow, &auth::AuthFlow::failed, this, [done, flow](const auth::OAuthError &e) {
            flow->deleteLater();
            done(Error{e.toString()});
        });
        flow->start();
    }

private:
    net::HttpClient *m_http;
    auth::ProviderMetadata m_op;
    auth::ProviderMetadata m_password;
};

const probe::ProbeRow *rowOf(const probe::Probe &p, const QString &name)
{
    for (const probe::ProbeRow &r : p.rows()) {
        if (r.displayName == name)
            return &r;
    }
    return nullptr;
}

} // namespace

class TestProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void verdictsOnCorrectAndBrokenEndpoints();
    void exchangesOnTheTimeline();
    void rerunCellAndRow();
    void cancelStopsEverything();
    void concurrencyIsBounded();
    void missingCredentialsAreUnknown();
    void writers();
    void globs();

private:
    std::unique_ptr<probe::Probe> makeProbe(const QStringList &operations, int concurrency = 4, double rate = 0);
    bool runToEnd(probe::Probe &p, int limitMs = 60000);

    PeerProcess m_op;
    PeerProcess m_resource;
    net::Timeline m_timeline;
    net::HttpClient m_http;
    openapi::DocumentPtr m_doc;
    request::MemoryCredentialSource m_credentials;
    std::unique_ptr<TestScopedTokens> m_scoped;
};

void TestProbe::initTestCase()
{
    m_http.setTimeline(&m_timeline);
    if (const QString e = m_op.startOpenIdProvider(); !e.isEmpty())
        QFAIL(qPrintable(e));
    if (const QString e = m_resource.startResourceServer(m_op.issuer()); !e.isEmpty())
        QFAIL(qPrintable(e));
    const QUrl docUrl = m_resource.url(QStringLiteral("/openapi.json"));
    const test::JsonAnswer answer = test::callJson(m_http, "GET", docUrl);
    QCOMPARE(answer.status, 200);
    auto loaded = openapi::loadDocumentBytes(answer.body, docUrl, docUrl.toString());
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    m_doc = loaded.value();

    QString error;
    const auto discovery = test::discover(m_http, m_op.issuer(), &error);
    QVERIFY2(discovery, qPrintable(error));
    auth::ClientConfig client = test::confidentialClient();
    client.scopes = QStringList{QStringLiteral("read:items"), QStringLiteral("write:items"), QStringLiteral("admin")};
    auth::ClientCredentialsFlow cc(&m_http, discovery->metadata, client);
    QVERIFY(test::runFlow(cc));
    QVERIFY2(cc.state() == auth::AuthFlow::State::Succeeded, qPrintable(cc.error().toString()));

    auth::ProviderMetadata password;
    password.tokenEndpoint = m_resource.url(QStringLiteral("/token"));
    auth::ClientConfig alice;
    alice.clientId = QStringLiteral("keyway-tests");
    alice.authMethod = auth::ClientAuthMethod::None;
    alice.username = QStringLiteral("alice");
    alice.password = QStringLiteral("alice-password");
    auth::PasswordFlow pw(&m_http, password, alice);
    QVERIFY(test::runFlow(pw));
    QVERIFY2(pw.state() == auth::AuthFlow::State::Succeeded, qPrintable(pw.error().toString()));

    m_credentials.set(QStringLiteral("apiKeyHeader"), request::SchemeCredential::fromApiKey(QStringLiteral("keyway-header-key")));
    m_credentials.set(QStringLiteral("apiKeyQuery"), request::SchemeCredential::fromApiKey(QStringLiteral("keyway-query-key")));
    m_credentials.set(QStringLiteral("apiKeyCookie"), request::SchemeCredential::fromApiKey(QStringLiteral("keyway-cookie-key")));
    m_credentials.set(QStringLiteral("httpBasic"),
                      request::SchemeCredential::fromUserPassword(QStringLiteral("keyway"), QStringLiteral("basic-secret")));
    m_credentials.set(QStringLiteral("httpDigest"),
                      request::SchemeCredential::fromUserPassword(QStringLiteral("keyway"), QStringLiteral("digest-secret")));
    m_credentials.set(QStringLiteral("httpBearer"), request::SchemeCredential::fromTokens(cc.tokens()));
    m_credentials.set(QStringLiteral("opOAuth2"), request::SchemeCredential::fromTokens(cc.tokens()));
    m_credentials.set(QStringLiteral("opOIDC"), request::SchemeCredential::fromTokens(cc.tokens()));
    m_credentials.set(QStringLiteral("passwordOAuth2"), request::SchemeCredential::fromTokens(pw.tokens()));
    m_scoped = std::make_unique<TestScopedTokens>(&m_http, discovery->metadata, password);
}

void TestProbe::cleanup()
{
    m_op.printLogIfFailed();
    m_resource.printLogIfFailed();
}

void TestProbe::cleanupTestCase()
{
    m_scoped.reset();
    m_resource.stop();
    m_op.stop();
}

std::unique_ptr<probe::Probe> TestProbe::makeProbe(const QStringList &operations, int concurrency, double rate)
{
    auto p = std::make_unique<probe::Probe>(m_doc, &m_http, &m_credentials);
    probe::ProbeOptions o;
    o.operations = operations;
    o.concurrency = concurrency;
    o.ratePerSecond = rate;
    p->setOptions(o);
    p->setScopedTokenProvider(m_scoped.get());
    return p;
}

bool TestProbe::runToEnd(probe::Probe &p, int limitMs)
{
    QSignalSpy finished(&p, &probe::Probe::finished);
    p.start();
    return waitUntil([&] { return !finished.isEmpty(); }, limitMs) && !p.isRunning();
}

void TestProbe::verdictsOnCorrectAndBrokenEndpoints()
{
    auto p = makeProbe({QStringLiteral("!*/redirect-cross")});
    QVERIFY(runToEnd(*p));
    const QList<QPair<QString, CaseKind>> broken{
        {QStringLiteral("GET /broken/no-check"), CaseKind::NoCredentials},
        {QStringLiteral("GET /broken/no-check"), CaseKind::MalformedToken},
        {QStringLiteral("GET /broken/no-check"), CaseKind::ExpiredToken},
        {QStringLiteral("GET /broken/no-check"), CaseKind::WrongPlace},
        {QStringLiteral("GET /broken/ignores-scope"), CaseKind::InsufficientScope},
        {QStringLiteral("GET /broken/public-demands-token"), CaseKind::NoCredentials},
    };
    for (const probe::ProbeRow &row : p->rows()) {
        for (const probe::ProbeCase &c : row.cases) {
            const QString where = row.displayName + u' ' + probe::caseKindName(c.kind) + QStringLiteral(": ") + c.explanation;
            if (broken.contains({row.displayName, c.kind})) {
                QVERIFY2(c.verdict == Verdict::Fail, qPrintable(where));
                QCOMPARE(c.status, row.declaredPublic ? 401 : 200);
            } else if (row.method == QLatin1String("POST")) {
                QVERIFY2(c.verdict == Verdict::Skipped || c.verdict == Verdict::NotApplicable, qPrintable(where));
            } else if (c.verdict != Verdict::NotApplicable) {
                QVERIFY2(c.verdict == Verdict::Pass, qPrintable(where + u'\n' + c.detail));
            }
        }
    }
    // Without a key the server trusts, the expired token is unsigned: the broken endpoint still refuses it (for the
    // signature), and the case says it could not test the expiry for certain.
    const probe::ProbeCase &expired = rowOf(*p, QStringLiteral("GET /broken/accepts-expired"))->at(CaseKind::ExpiredToken);
    QCOMPARE(expired.verdict, Verdict::Pass);
    QVERIFY2(expired.detail.contains(QLatin1String("Unsigned")), qPrintable(expired.detail));
    // The cases that apply, and those that do not.
    const probe::ProbeRow *items = rowOf(*p, QStringLiteral("GET /items"));
    QVERIFY(items);
    QCOMPARE(items->at(CaseKind::InsufficientScope).verdict, Verdict::Pass);
    QCOMPARE(items->at(CaseKind::InsufficientScope).status, 403);
    QVERIFY(items->at(CaseKind::InsufficientScope).detail.contains(QLatin1String("write:items admin")));
    const probe::ProbeRow *header = rowOf(*p, QStringLiteral("GET /apikey/header"));
    QCOMPARE(header->at(CaseKind::ExpiredToken).verdict, Verdict::NotApplicable);
    QCOMPARE(header->at(CaseKind::InsufficientScope).verdict, Verdict::NotApplicable);
    QCOMPARE(header->at(CaseKind::WrongPlace).status, 401);
    const probe::ProbeRow *digest = rowOf(*p, QStringLiteral("GET /digest"));
    QCOMPARE(digest->at(CaseKind::ValidCredentials).verdict, Verdict::Pass);
    QCOMPARE(digest->at(CaseKind::MalformedToken).verdict, Verdict::Pass);
    const probe::ProbeRow *pub = rowOf(*p, QStringLiteral("GET /public"));
    QVERIFY(pub->declaredPublic);
    QCOMPARE(pub->at(CaseKind::NoCredentials).expectation, probe::Expectation::Accepted);
    QCOMPARE(pub->at(CaseKind::ValidCredentials).verdict, Verdict::NotApplicable);
    const probe::ProbeRow *post = rowOf(*p, QStringLiteral("POST /items"));
    QVERIFY(post);
    QCOMPARE(post->at(CaseKind::NoCredentials).verdict, Verdict::Skipped);
    QCOMPARE(post->at(CaseKind::NoCredentials).exchangeId, quint64(0));
}

void TestProbe::exchangesOnTheTimeline()
{
    auto p = makeProbe({QStringLiteral("GET /bearer"), QStringLiteral("GET /public")});
    QVERIFY(runToEnd(*p));
    QVERIFY(!p->flowId().isEmpty());
    QSet<quint64> ids;
    for (const probe::ProbeRow &row : p->rows()) {
        for (const probe::ProbeCase &c : row.cases) {
            if (c.verdict == Verdict::NotApplicable)
                continue;
            QVERIFY2(c.exchangeId != 0, qPrintable(row.displayName + u' ' + probe::caseKindName(c.kind)));
            const net::Exchange *e = m_timeline.find(c.exchangeId);
            QVERIFY(e);
            QCOMPARE(e->flowId, p->flowId());
            QVERIFY2(e->label.contains(row.displayName) && e->label.contains(probe::caseKindTitle(c.kind)), qPrintable(e->label));
            QCOMPARE(e->status, c.status);
            ids.insert(c.exchangeId);
            // What each case sent.
            const QByteArray authorization = test::requestHeader(*e, "Authorization");
            if (c.kind == CaseKind::NoCredentials)
                QVERIFY(authorization.isEmpty());
            if (c.kind == CaseKind::WrongPlace) {
                QVERIFY(authorization.isEmpty());
                QVERIFY(e->url.query().contains(QLatin1String("access_token=")));
            }
            if (c.kind == CaseKind::ValidCredentials || c.kind == CaseKind::ExpiredToken)
                QVERIFY(authorization.startsWith("Bearer ey"));
        }
    }
    QCOMPARE(ids.size(), 5 + 1); // bearer: none, malformed, expired, wrong place, valid; public: none
    QCOMPARE(m_timeline.flow(p->flowId()).size(), 6);
}

void TestProbe::rerunCellAndRow()
{
    auto p = makeProbe({QStringLiteral("GET /apikey/header")});
    QVERIFY(runToEnd(*p));
    const quint64 before = p->rows().at(0).at(CaseKind::ValidCredentials).exchangeId;
    const quint64 otherBefore = p->rows().at(0).at(CaseKind::NoCredentials).exchangeId;
    QSignalSpy finished(p.get(), &probe::Probe::finished);
    p->rerunCell(0, CaseKind::ValidCredentials);
    const Verdict queued = p->rows().at(0).at(CaseKind::ValidCredentials).verdict;
    QVERIFY(queued == Verdict::Pending || queued == Verdict::Running);
    QVERIFY(waitUntil([&] { return !finished.isEmpty(); }, 30000));
    const probe::ProbeCase &again = p->rows().at(0).at(CaseKind::ValidCredentials);
    QCOMPARE(again.verdict, Verdict::Pass);
    QVERIFY(again.exchangeId > before);
    QCOMPARE(p->rows().at(0).at(CaseKind::NoCredentials).exchangeId, otherBefore); // the rest of the row was not rerun
    QCOMPARE(m_timeline.find(again.exchangeId)->flowId, p->flowId()); // same run, same flow

    finished.clear();
    p->rerunRow(0);
    QVERIFY(waitUntil([&] { return !finished.isEmpty(); }, 30000));
    QVERIFY(p->rows().at(0).at(CaseKind::NoCredentials).exchangeId > otherBefore);
    QCOMPARE(p->summary().pass, 4);
}

void TestProbe::cancelStopsEverything()
{
    // One request every second at most: plenty still queued when cancel() comes.
    auto p = makeProbe({QStringLiteral("GET *")}, 2, 1);
    QSignalSpy finished(p.get(), &probe::Probe::finished);
    QSignalSpy changed(p.get(), &probe::Probe::caseChanged);
    p->start();
    QVERIFY(waitUntil([&] { return p->summary().pass + p->summary().fail >= 1; }, 30000));
    p->cancel();
    QVERIFY(waitUntil([&] { return !finished.isEmpty(); }, 30000));
    QVERIFY(!p->isRunning());
    const probe::ProbeSummary s = p->summary();
    QCOMPARE(s.pending, 0);
    QVERIFY2(s.skipped > 20, qPrintable(QString::number(s.skipped)));
    for (const probe::ProbeRow &row : p->rows()) {
        for (const probe::ProbeCase &c : row.cases)
            QVERIFY(c.verdict != Verdict::Running && c.verdict != Verdict::Pending);
    }
    // Nothing more is sent after the cancel.
    const qsizetype sent = m_timeline.flow(p->flowId()).size();
    QTest::qWait(1500);
    QCOMPARE(m_timeline.flow(p->flowId()).size(), sent);
}

void TestProbe::concurrencyIsBounded()
{
    auto p = makeProbe({QStringLiteral("GET /apikey/*"), QStringLiteral("GET /basic"), QStringLiteral("GET /bearer")}, 2, 0);
    int running = 0;
    int most = 0;
    connect(p.get(), &probe::Probe::caseChanged, this, [&](int row, CaseKind kind) {
        const Verdict v = p->rows().at(row).at(kind).verdict;
        if (v == Verdict::Running)
            ++running;
        else if (v != Verdict::Pending)
            running = qMax(0, running - 1);
        most = qMax(most, running);
    });
    QVERIFY(runToEnd(*p));
    QCOMPARE(most, 2);
    QCOMPARE(p->summary().fail, 0);
}

void TestProbe::missingCredentialsAreUnknown()
{
    request::MemoryCredentialSource none;
    probe::Probe p(m_doc, &m_http, &none);
    probe::ProbeOptions o;
    o.operations = {QStringLiteral("GET /items")};
    p.setOptions(o);
    QVERIFY(runToEnd(p));
    const probe::ProbeRow &row = p.rows().at(0);
    QCOMPARE(row.at(CaseKind::NoCredentials).verdict, Verdict::Pass);
    QCOMPARE(row.at(CaseKind::ValidCredentials).verdict, Verdict::Unknown);
    QVERIFY(row.at(CaseKind::ValidCredentials).credentialsMissing);
    QCOMPARE(row.at(CaseKind::InsufficientScope).verdict, Verdict::Unknown); // no provider of narrower tokens
    QVERIFY(row.at(CaseKind::InsufficientScope).credentialsMissing);
    QVERIFY(p.summary().credentialsMissing >= 2);
}

void TestProbe::writers()
{
    auto p = makeProbe({QStringLiteral("GET /broken/no-check"), QStringLiteral("GET /public")});
    QVERIFY(runToEnd(*p));
    const probe::ProbeReportInfo info{QStringLiteral("doc.json"), QStringLiteral("Test"), {}, p->flowId()};

    const QByteArray csv = probe::probeCsv(p->rows());
    const QList<QByteArray> lines = csv.trimmed().split('\n');
    QVERIFY(lines.first().startsWith("operation,method,path,operationId,case,expectation,verdict,status"));
    QCOMPARE(lines.size(), 1 + 5 + 1);
    QVERIFY(csv.contains("GET /broken/no-check,GET,/broken/no-check,"));
    QVERIFY(csv.contains(",fail,200,"));

    const QByteArray xml = probe::probeJUnit(p->rows(), info);
    QXmlStreamReader reader(xml);
    int testcases = 0, failures = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("testcase"))
            ++testcases;
        if (reader.isStartElement() && reader.name() == QLatin1String("failure"))
            ++failures;
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(testcases, 6);
    QCOMPARE(failures, 4); // no credentials, malformed, expired, wrong place: all accepted by /broken/no-check

    const QJsonObject json = probe::probeJson(p->rows(), info);
    QCOMPARE(json.value(QStringLiteral("summary")).toObject().value(QStringLiteral("fail")).toInt(), 4);
    QCOMPARE(json.value(QStringLiteral("operations")).toArray().size(), 2);
    QCOMPARE(json.value(QStringLiteral("flowId")).toString(), p->flowId());
}

void TestProbe::globs()
{
    openapi::Operation op;
    op.method = QStringLiteral("get");
    op.path = QStringLiteral("/pets/{id}");
    op.operationId = QStringLiteral("getPet");
    QVERIFY(probe::Probe::matches(op, {}));
    QVERIFY(probe::Probe::matches(op, {QStringLiteral("GET /pets/*")}));
    QVERIFY(probe::Probe::matches(op, {QStringLiteral("get *")}));
    QVERIFY(probe::Probe::matches(op, {QStringLiteral("getP?t")}));
    QVERIFY(!probe::Probe::matches(op, {QStringLiteral("POST *")}));
    QVERIFY(!probe::Probe::matches(op, {QStringLiteral("!*/pets/*")}));
    QVERIFY(probe::Probe::matches(op, {QStringLiteral("!POST *")}));
    QVERIFY(!probe::Probe::matches(op, {QStringLiteral("GET *"), QStringLiteral("!getPet")}));
}

QTEST_GUILESS_MAIN(TestProbe)
#include "tst_probe.moc"
