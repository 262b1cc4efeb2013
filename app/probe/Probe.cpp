#include "probe/Probe.h"

#include "net/HttpClient.h"
#include "net/Timeline.h"
#include "probe/ScopedTokenProvider.h"
#include "request/DigestAuth.h"
#include "request/RequestModel.h"
#include "request/WwwAuthenticate.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrlQuery>

namespace keyway::probe {

using openapi::SchemeUse;
using openapi::SecurityScheme;
using request::BuildError;
using request::BuildResult;
using request::BuiltRequest;
using request::CredentialSource;
using request::SchemeCredential;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Probe)
};

constexpr int kMaxConcurrency = 64;

quint64 cellKey(int row, CaseKind kind)
{
    return quint64(row) * 8 + quint64(kind);
}

// The valid credentials with some schemes replaced for one case.
class OverlaySource final : public CredentialSource
{
public:
    explicit OverlaySource(const CredentialSource *base) : m_base(base) { }
    void set(const QString &scheme, const SchemeCredential &credential) { m_overrides.insert(scheme, credential); }
    std::optional<SchemeCredential> credential(const QString &schemeName) const override
    {
        if (auto it = m_overrides.constFind(schemeName); it != m_overrides.constEnd())
            return *it;
        return m_base ? m_base->credential(schemeName) : std::nullopt;
    }

private:
    const CredentialSource *m_base;
    QHash<QString, SchemeCredential> m_overrides;
};

bool isTokenScheme(const SecurityScheme &s)
{
    if (s.type == SecurityScheme::Type::OAuth2 || s.type == SecurityScheme::Type::OpenIdConnect)
        return true;
    return s.type == SecurityScheme::Type::Http && s.httpScheme != QLatin1String("basic") && s.httpScheme != QLatin1String("digest");
}

bool isHttp(const SecurityScheme &s, const char *name)
{
    return s.type == SecurityScheme::Type::Http && s.httpScheme == QLatin1String(name);
}

bool isSafeMethod(const QString &method)
{
    return method == QLatin1String("GET") || method == QLatin1String("HEAD") || method == QLatin1String("OPTIONS");
}

void removeHeader(BuiltRequest &r, const QByteArray &name)
{
    r.headers.removeIf([&name](const QPair<QByteArray, QByteArray> &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
}

void addQueryItem(BuiltRequest &r, const QString &name, const QString &value)
{
    QUrlQuery query(r.url);
    query.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(name)), QString::fromLatin1(QUrl::toPercentEncoding(value)));
    r.url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    r.secrets.append(QUrl::toPercentEncoding(value));
}

// Moves each credential of the alternative to a place (or a scheme) the document does not declare for it. An empty
// result means it could not be done; `detail` says what was done.
bool moveCredentials(BuiltRequest &r, const openapi::Document &doc, const QList<SchemeUse> &alternative, const CredentialSource &source,
                     QStringList &detail, QString &problem)
{
    for (const SchemeUse &use : alternative) {
        const SecurityScheme *s = doc.scheme(use.scheme);
        const std::optional<SchemeCredential> c = source.credential(use.scheme);
        if (!s || !c) {
            problem = Tr::tr("No credentials are held for %1.").arg(use.scheme);
            return false;
        }
        const QString token = c->tokens ? c->tokens->accessToken : c->apiKey;
        if (s->type == SecurityScheme::Type::ApiKey) {
            const QByteArray name = s->parameterName.toUtf8();
            if (s->in == SecurityScheme::In::Header) {
                removeHeader(r, name);
                addQueryItem(r, s->parameterName, c->apiKey);
                detail << Tr::tr("%1: the key sent as the query parameter \"%2\" instead of the header").arg(use.scheme, s->parameterName);
            } else if (s->in == SecurityScheme::In::Query) {
                QUrlQuery query(r.url);
                query.removeAllQueryItems(QString::fromLatin1(QUrl::toPercentEncoding(s->parameterName)));
                query.removeAllQueryItems(s->parameterName);
                r.url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
                r.headers.append({name, c->apiKey.toUtf8()});
                detail << Tr::tr("%1: the key sent in the header \"%2\" instead of the query").arg(use.scheme, s->parameterName);
            } else if (s->in == SecurityScheme::In::Cookie) {
                const QByteArray cookie = r.header("Cookie");
                QList<QByteArray> kept;
                for (const QByteArray &part : cookie.split(';')) {
                    const QByteArray trimmed = part.trimmed();
                    if (!trimmed.isEmpty() && !trimmed.startsWith(name + '='))
                        kept.append(trimmed);
                }
                removeHeader(r, "Cookie");
                if (!kept.isEmpty())
                    r.headers.append({QByteArrayLiteral("Cookie"), kept.join("; ")});
                r.headers.append({name, c->apiKey.toUtf8()});
                detail << Tr::tr("%1: the key sent in the header \"%2\" instead of a cookie").arg(use.scheme, s->parameterName);
            } else {
                problem = Tr::tr("%1 has no known location.").arg(use.scheme);
                return false;
            }
        } else if (isHttp(*s, "basic")) {
            const QByteArray value = r.header("Authorization");
            const qsizetype space = value.indexOf(' ');
            if (space < 0) {
                problem = Tr::tr("No Basic credentials were built for %1.").arg(use.scheme);
                return false;
            }
            r.setHeader("Authorization", "Bearer " + value.mid(space + 1));
            detail << Tr::tr("%1: the Basic credentials sent under the Bearer scheme").arg(use.scheme);
        } else if (isTokenScheme(*s) && !token.isEmpty()) {
            removeHeader(r, "Authorization");
            addQueryItem(r, QStringLiteral("access_token"), token);
            detail << Tr::tr("%1: the token sent as the access_token query parameter instead of the Authorization header").arg(use.scheme);
        } else {
            problem = Tr::tr("The probe cannot move %1 credentials (%2).").arg(use.scheme, SecurityScheme::typeName(s->type));
            return false;
        }
    }
    return true;
}

QString buildProblem(const BuildError &error)
{
    if (error.kind == BuildError::Kind::MissingCredentials)
        return Tr::tr("%1 Store them first (keyway-cli authorize, or Authorize in Keyway).").arg(error.message);
    return Tr::tr("The request could not be built: %1").arg(error.message);
}

} // namespace

Probe::Probe(openapi::DocumentPtr document, net::HttpClient *http, const request::CredentialSource *credentials, QObject *parent)
    : QObject(parent), m_document(std::move(document)), m_http(http), m_credentials(credentials)
{
    m_wait.setSingleShot(true);
    connect(&m_wait, &QTimer::timeout, this, &Probe::pump);
    setOptions(m_options);
}

Probe::~Probe()
{
    m_queue.clear();
    for (const QPointer<net::HttpRequestHandle> &h : std::as_const(m_inflight)) {
        if (h)
            h->cancel();
    }
}

void Probe::setOptions(const ProbeOptions &options)
{
    m_options = options;
    m_options.concurrency = qBound(1, m_options.concurrency, kMaxConcurrency);
    m_options.ratePerSecond = m_options.ratePerSecond <= 0 ? 0 : qBound(0.1, m_options.ratePerSecond, 10000.0);
    m_bucket.setRate(m_options.ratePerSecond, 1);
}

bool Probe::matches(const openapi::Operation &operation, const QStringList &globs)
{
    const QString name = operation.displayName();
    auto hit = [&](const QString &glob) {
        // '*' and '?' also match '/' here (Qt 6.4's wildcard conversion treats '/' as a path separator).
        QString pattern;
        for (const QChar ch : glob)
            pattern += ch == u'*' ? QStringLiteral(".*") : ch == u'?' ? QStringLiteral(".") : QRegularExpression::escape(QString(ch));
        const QRegularExpression re(QRegularExpression::anchoredPattern(pattern), QRegularExpression::CaseInsensitiveOption);
        return re.match(name).hasMatch() || (!operation.operationId.isEmpty() && re.match(operation.operationId).hasMatch());
    };
    bool included = true;
    bool anyInclude = false;
    for (const QString &glob : globs) {
        if (glob.startsWith(u'!')) {
            if (hit(glob.mid(1)))
                return false;
        } else {
            if (!anyInclude)
                included = false;
            anyInclude = true;
            included = included || hit(glob);
        }
    }
    return included;
}

QString Probe::labelFor(const ProbeRow &row, CaseKind kind) const
{
    return QStringLiteral("%1: %2 — %3").arg(m_options.labelPrefix, row.displayName, caseKindTitle(kind));
}

void Probe::plan()
{
    cancel();
    m_rows.clear();
    m_models.clear();
    m_values.clear();
    m_cellGeneration.clear();
    m_flowId = m_http && m_http->timeline() ? m_http->timeline()->newFlowId() : QStringLiteral("probe");
    if (!m_document) {
        Q_EMIT planned();
        return;
    }
    const openapi::Document &doc = *m_document;
    const request::MemoryCredentialSource none;
    const CredentialSource &source = m_credentials ? *m_credentials : static_cast<const CredentialSource &>(none);
    for (int i = 0; i < doc.operations.size(); ++i) {
        const openapi::Operation &op = doc.operations.at(i);
        if (!matches(op, m_options.operations))
            continue;
        request::RequestModel model = request::buildRequestModel(doc, op);
        ProbeRow row;
        row.displayName = model.displayName;
        row.method = model.method;
        row.path = model.pathTemplate;
        row.operationId = model.operationId;
        row.operationIndex = i;
        row.security = model.security.summary();
        row.declaredPublic = model.security.isPublic() || model.security.allowsAnonymous();
        for (const CaseKind kind : allCaseKinds()) {
            ProbeCase c;
            c.kind = kind;
            row.cases.append(c);
        }
        if (row.declaredPublic) {
            row.at(CaseKind::NoCredentials).expectation = Expectation::Accepted;
            row.at(CaseKind::NoCredentials).verdict = Verdict::Pending;
        } else {
            row.alternative = qMax(0, request::pickAlternative(doc, model.security, source));
            const QList<SchemeUse> &alt = model.security.alternatives.at(row.alternative);
            bool token = false, movable = !alt.isEmpty(), scoped = false, tlsOrUnknown = false;
            for (const SchemeUse &use : alt) {
                const SecurityScheme *s = doc.scheme(use.scheme);
                if (!s)
                    continue;
                token = token || isTokenScheme(*s);
                const bool oauth = s->type == SecurityScheme::Type::OAuth2 || s->type == SecurityScheme::Type::OpenIdConnect;
                scoped = scoped || (oauth && !use.scopes.isEmpty());
                const bool tls = s->type == SecurityScheme::Type::MutualTls || s->type == SecurityScheme::Type::Unknown;
                tlsOrUnknown = tlsOrUnknown || tls;
                movable = movable && !tls && !isHttp(*s, "digest");
            }
            row.at(CaseKind::NoCredentials).verdict = Verdict::Pending;
            row.at(CaseKind::MalformedToken).verdict = tlsOrUnknown ? Verdict::NotApplicable : Verdict::Pending;
            row.at(CaseKind::ExpiredToken).verdict = token ? Verdict::Pending : Verdict::NotApplicable;
            row.at(CaseKind::WrongPlace).verdict = movable ? Verdict::Pending : Verdict::NotApplicable;
            row.at(CaseKind::InsufficientScope).verdict = scoped ? Verdict::Pending : Verdict::NotApplicable;
            row.at(CaseKind::InsufficientScope).expectation = Expectation::ScopeRefused;
            row.at(CaseKind::ValidCredentials).verdict = Verdict::Pending;
            row.at(CaseKind::ValidCredentials).expectation = Expectation::Accepted;
        }
        if (!m_options.unsafe && !isSafeMethod(row.method)) {
            for (ProbeCase &c : row.cases) {
                if (c.verdict == Verdict::Pending) {
                    c.verdict = Verdict::Skipped;
                    c.explanation = Tr::tr("Not sent: %1 is not a safe method (only GET, HEAD and OPTIONS are sent unless unsafe "
                                           "methods are allowed for this run).")
                                        .arg(row.method);
                }
            }
        }
        request::RequestValues values = request::RequestValues::prefilled(model);
        values.serverUrl = m_options.serverUrl;
        for (const auto &[key, value] : m_options.parameters) {
            QString name = key;
            QString in;
            if (const qsizetype colon = key.indexOf(u':'); colon > 0) {
                in = key.left(colon);
                name = key.mid(colon + 1);
            }
            for (const request::ParameterSpec &p : std::as_const(model.parameters)) {
                const bool sameName
                    = p.in == request::ParameterIn::Header ? p.name.compare(name, Qt::CaseInsensitive) == 0 : p.name == name;
                if (sameName && (in.isEmpty() || request::parameterInName(p.in) == in))
                    values.set(p.name, p.in, value);
            }
        }
        m_rows.append(row);
        m_models.append(std::move(model));
        m_values.append(std::move(values));
    }
    Q_EMIT planned();
}

void Probe::start()
{
    plan();
    for (int r = 0; r < m_rows.size(); ++r) {
        for (const ProbeCase &c : std::as_const(m_rows.at(r).cases)) {
            if (c.verdict == Verdict::Pending)
                enqueue(r, c.kind);
        }
    }
    m_busy = true; // finished() comes even when nothing was to be sent
    pump();
}

void Probe::rerunCell(int row, CaseKind kind)
{
    if (row < 0 || row >= m_rows.size())
        return;
    ProbeCase &c = m_rows[row].at(kind);
    if (c.verdict == Verdict::NotApplicable || c.verdict == Verdict::Running || c.verdict == Verdict::Pending)
        return;
    if (!m_options.unsafe && !isSafeMethod(m_rows.at(row).method))
        return; // stays Skipped, with its explanation
    c.verdict = Verdict::Pending;
    c.explanation.clear();
    Q_EMIT caseChanged(row, kind);
    enqueue(row, kind);
    pump();
}

void Probe::rerunRow(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    for (const CaseKind kind : allCaseKinds())
        rerunCell(row, kind);
}

void Probe::enqueue(int row, CaseKind kind)
{
    const quint64 generation = m_nextGeneration++;
    m_cellGeneration.insert(cellKey(row, kind), generation);
    m_queue.append(Task{row, kind, generation});
    m_busy = true;
}

bool Probe::isCurrent(const Task &task) const
{
    return task.row >= 0 && task.row < m_rows.size() && m_cellGeneration.value(cellKey(task.row, task.kind)) == task.generation;
}

void Probe::cancel()
{
    m_wait.stop();
    for (const Task &t : std::as_const(m_queue)) {
        if (!isCurrent(t))
            continue;
        ProbeCase &c = m_rows[t.row].at(t.kind);
        c.verdict = Verdict::Skipped;
        c.explanation = Tr::tr("Cancelled before it was sent.");
        m_cellGeneration.remove(cellKey(t.row, t.kind));
        Q_EMIT caseChanged(t.row, t.kind);
    }
    m_queue.clear();
    for (int r = 0; r < m_rows.size(); ++r) {
        for (ProbeCase &c : m_rows[r].cases) {
            if (c.verdict != Verdict::Running)
                continue;
            c.verdict = Verdict::Skipped;
            c.explanation = Tr::tr("Cancelled while under way.");
            m_cellGeneration.remove(cellKey(r, c.kind));
            Q_EMIT caseChanged(r, c.kind);
        }
    }
    const auto inflight = m_inflight;
    m_inflight.clear();
    for (const QPointer<net::HttpRequestHandle> &h : inflight) {
        if (h)
            h->cancel(); // its callback still comes, and only counts the task as ended
    }
    if (m_scoped)
        m_scoped->cancel();
    pump(); // says finished() when nothing was under way
}

void Probe::pump()
{
    while (m_active < m_options.concurrency && !m_queue.isEmpty()) {
        if (const int wait = m_bucket.msUntilAvailable(); wait > 0) {
            if (!m_wait.isActive())
                m_wait.start(wait);
            return;
        }
        (void)m_bucket.tryTake();
        const Task task = m_queue.takeFirst();
        if (!isCurrent(task))
            continue;
        ++m_active;
        startTask(task);
    }
    if (m_busy && m_active == 0 && m_queue.isEmpty() && !m_finishPending) {
        m_finishPending = true;
        QTimer::singleShot(0, this, [this] {
            m_finishPending = false;
            if (m_busy && m_active == 0 && m_queue.isEmpty()) {
                m_busy = false;
                Q_EMIT finished();
            }
        });
    }
}

void Probe::finishCase(const Task &task, Verdict verdict, const QString &explanation, int status, bool credentialsMissing)
{
    if (isCurrent(task)) {
        m_inflight.remove(cellKey(task.row, task.kind));
        ProbeCase &c = m_rows[task.row].at(task.kind);
        c.verdict = verdict;
        c.explanation = explanation;
        c.status = status;
        c.credentialsMissing = credentialsMissing;
        Q_EMIT caseChanged(task.row, task.kind);
    }
    --m_active;
    pump();
}

void Probe::startTask(const Task &task)
{
    ProbeRow &row = m_rows[task.row];
    ProbeCase &c = row.at(task.kind);
    c.verdict = Verdict::Running;
    c.status = 0;
    c.exchangeId = 0;
    c.elapsedMs = 0;
    c.explanation.clear();
    c.detail.clear();
    c.credentialsMissing = false;
    Q_EMIT caseChanged(task.row, task.kind);

    const openapi::Document &doc = *m_document;
    const request::RequestModel &model = m_models.at(task.row);
    const request::RequestValues &values = m_values.at(task.row);
    const request::MemoryCredentialSource none;
    const CredentialSource *base = m_credentials ? m_credentials : &none;
    request::BuildOptions options;
    options.alternative = row.alternative;
    const QList<SchemeUse> alt = row.alternative >= 0 ? model.security.alternatives.value(row.alternative) : QList<SchemeUse>{};

    switch (task.kind) {
    case CaseKind::NoCredentials: {
        options.withoutCredentials = true;
        sendCase(task, request::buildRequest(doc, model, values, *base, options),
                 Tr::tr("Sent without any Authorization header, API key or cookie."));
        return;
    }
    case CaseKind::MalformedToken: {
        OverlaySource overlay(base);
        const QByteArray garbled = garbledToken();
        bool basic = false;
        QStringList detail;
        for (const SchemeUse &use : alt) {
            const SecurityScheme *s = doc.scheme(use.scheme);
            if (!s)
                continue;
            if (s->type == SecurityScheme::Type::ApiKey) {
                overlay.set(use.scheme, SchemeCredential::fromApiKey(QString::fromLatin1(garbled)));
                detail << Tr::tr("%1: a random key").arg(use.scheme);
            } else if (isHttp(*s, "digest")) {
                overlay.set(use.scheme, SchemeCredential::fromUserPassword(QStringLiteral("keyway-probe"), QString::fromLatin1(garbled)));
                detail << Tr::tr("%1: the Digest challenge answered with an unknown user and a random password").arg(use.scheme);
            } else if (isHttp(*s, "basic")) {
                overlay.set(use.scheme, SchemeCredential::fromUserPassword(QStringLiteral("keyway-probe"), QStringLiteral("x")));
                basic = true;
                detail << Tr::tr("%1: Basic with a value that is not base64").arg(use.scheme);
            } else {
                overlay.set(use.scheme, SchemeCredential::fromBearerToken(QString::fromLatin1(garbled)));
                detail << Tr::tr("%1: a token that is not a JWT nor token68").arg(use.scheme);
            }
        }
        BuildResult built = request::buildRequest(doc, model, values, overlay, options);
        if (built && basic)
            built.value().setHeader("Authorization", "Basic " + garbled);
        sendCase(task, built, detail.join(QLatin1String("; ")));
        return;
    }
    case CaseKind::ExpiredToken: {
        OverlaySource overlay(base);
        QStringList detail;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const SchemeUse &use : alt) {
            const SecurityScheme *s = doc.scheme(use.scheme);
            if (!s || !isTokenScheme(*s))
                continue;
            const std::optional<SchemeCredential> valid = base->credential(use.scheme);
            const QString templ = valid ? (valid->tokens ? valid->tokens->accessToken : valid->apiKey) : QString();
            const ExpiredToken expired = makeExpiredToken(templ, m_options.signingKey ? &*m_options.signingKey : nullptr, now);
            overlay.set(use.scheme, SchemeCredential::fromBearerToken(QString::fromLatin1(expired.token)));
            detail << use.scheme + QStringLiteral(": ") + expired.detail;
        }
        sendCase(task, request::buildRequest(doc, model, values, overlay, options), detail.join(QLatin1String("; ")));
        return;
    }
    case CaseKind::WrongPlace: {
        BuildResult built = request::buildRequest(doc, model, values, *base, options);
        if (!built) {
            sendCase(task, built, {});
            return;
        }
        QStringList detail;
        QString problem;
        if (!moveCredentials(built.value(), doc, alt, *base, detail, problem)) {
            finishCase(task, Verdict::Unknown, problem);
            return;
        }
        sendCase(task, built, detail.join(QLatin1String("; ")));
        return;
    }
    case CaseKind::InsufficientScope: {
        const SchemeUse *scoped = nullptr;
        for (const SchemeUse &use : alt) {
            const SecurityScheme *s = doc.scheme(use.scheme);
            if (s && !use.scopes.isEmpty() && (s->type == SecurityScheme::Type::OAuth2 || s->type == SecurityScheme::Type::OpenIdConnect)) {
                scoped = &use;
                break;
            }
        }
        if (!scoped) {
            finishCase(task, Verdict::NotApplicable, {});
            return;
        }
        if (!m_scoped) {
            finishCase(task, Verdict::Unknown,
                       Tr::tr("No token with fewer scopes can be obtained for %1 here (it takes client credentials or the "
                              "password flow configured for the scheme).")
                           .arg(scoped->scheme),
                       0, true);
            return;
        }
        const QString schemeName = scoped->scheme;
        const QStringList required = scoped->scopes;
        QStringList declared;
        for (const openapi::Scope &sc : doc.scheme(schemeName)->allScopes())
            declared << sc.name;
        QPointer<Probe> self(this);
        m_scoped->obtain(schemeName, required, declared, [self, task, schemeName, required, options](const Result<auth::TokenSet> &tokens) {
            if (!self)
                return;
            Probe *that = self;
            if (!that->isCurrent(task)) {
                that->finishCase(task, Verdict::Skipped, {});
                return;
            }
            if (!tokens) {
                that->finishCase(task, Verdict::Unknown, Tr::tr("No token with fewer scopes: %1").arg(tokens.error().message), 0, true);
                return;
            }
            QStringList overlap;
            for (const QString &s : required) {
                if (tokens->grantedScopes.contains(s))
                    overlap << s;
            }
            if (!overlap.isEmpty()) {
                that->finishCase(task, Verdict::Unknown,
                                 Tr::tr("The narrower token still carries %1; the case cannot be made.").arg(overlap.join(u' ')), 0, true);
                return;
            }
            const request::MemoryCredentialSource empty;
            OverlaySource overlay(that->m_credentials ? that->m_credentials : &empty);
            overlay.set(schemeName, SchemeCredential::fromTokens(*tokens));
            const BuildResult built
                = request::buildRequest(*that->m_document, that->m_models.at(task.row), that->m_values.at(task.row), overlay, options);
            that->sendCase(task, built,
                           Tr::tr("%1: a token granted \"%2\" by the %3 grant; the operation needs \"%4\".")
                               .arg(schemeName, tokens->grantedScopes.join(u' '), tokens->grant, required.join(u' ')));
        });
        return;
    }
    case CaseKind::ValidCredentials: {
        sendCase(task, request::buildRequest(doc, model, values, *base, options), Tr::tr("Sent with the stored credentials."));
        return;
    }
    }
}

void Probe::sendCase(const Task &task, const request::BuildResult &built, const QString &detail)
{
    if (!isCurrent(task)) {
        finishCase(task, Verdict::Skipped, {});
        return;
    }
    ProbeRow &row = m_rows[task.row];
    row.at(task.kind).detail = detail;
    if (!built) {
        const BuildError &e = built.error();
        finishCase(task, Verdict::Unknown, buildProblem(e), 0, e.kind == BuildError::Kind::MissingCredentials);
        return;
    }
    if (!m_http) {
        finishCase(task, Verdict::Unknown, Tr::tr("No HTTP client."));
        return;
    }
    sendBuilt(task, built.value(), false);
}

void Probe::sendBuilt(const Task &task, const request::BuiltRequest &r, bool digestAnswered)
{
    const ProbeRow &row = m_rows.at(task.row);
    net::RequestInfo info = r.requestInfo(m_flowId);
    info.label = labelFor(row, task.kind);
    if (digestAnswered)
        info.label += Tr::tr(" (Digest answer)");
    QPointer<Probe> self(this);
    net::HttpRequestHandle *handle = m_http->send(
        r.method, r.toNetworkRequest(), r.body, info, [self, task, label = info.label, r, digestAnswered](const net::HttpResult &result) {
            if (!self)
                return;
            Probe *that = self;
            if (that->isCurrent(task)) {
                ProbeCase &c = that->m_rows[task.row].at(task.kind);
                c.exchangeId = that->exchangeIdFor(label);
                c.elapsedMs += result.elapsedMs;
            }
            if (result.status == net::HttpResult::Status::Cancelled) {
                that->finishCase(task, Verdict::Skipped, Tr::tr("Cancelled while under way."));
                return;
            }
            // Digest: the first answer is the server's challenge; answer it once, as a client would.
            if (result.succeeded() && result.httpStatus == 401 && r.digest && !digestAnswered && that->isCurrent(task)) {
                QList<QByteArray> values;
                for (const auto &h : result.headers) {
                    if (h.first.compare("WWW-Authenticate", Qt::CaseInsensitive) == 0)
                        values.append(h.second);
                }
                const Result<request::DigestAuth::Challenge> challenge
                    = request::DigestAuth::choose(request::parseWwwAuthenticate(values).challenges);
                if (challenge) {
                    request::DigestAuth::Input input;
                    input.username = r.digest->username;
                    input.password = r.digest->password;
                    input.method = r.method;
                    input.uri = r.requestTarget();
                    input.body = r.body;
                    input.cnonce = request::DigestAuth::newClientNonce();
                    BuiltRequest answered = r;
                    answered.secrets.append(request::DigestAuth::response(*challenge, input));
                    answered.setHeader("Authorization", request::DigestAuth::authorization(*challenge, input));
                    that->sendBuilt(task, answered, true);
                    return;
                }
            }
            that->judge(task, result.succeeded() ? result.httpStatus : 0,
                        result.succeeded() ? QString() : (result.errorString.isEmpty() ? Tr::tr("no answer") : result.errorString));
        });
    m_inflight.insert(cellKey(task.row, task.kind), handle);
}

quint64 Probe::exchangeIdFor(const QString &label) const
{
    if (!m_http || !m_http->timeline())
        return 0;
    const QList<net::Exchange> &all = m_http->timeline()->exchanges();
    for (qsizetype i = all.size() - 1; i >= 0; --i) {
        const net::Exchange &e = all.at(i);
        if (e.flowId == m_flowId && e.label == label)
            return e.id;
    }
    return 0;
}

void Probe::judge(const Task &task, int status, const QString &networkError)
{
    if (!isCurrent(task)) {
        finishCase(task, Verdict::Skipped, {});
        return;
    }
    const ProbeRow &row = m_rows.at(task.row);
    const ProbeCase &c = row.at(task.kind);
    if (status == 0) {
        finishCase(task, Verdict::Unknown, Tr::tr("No answer: %1").arg(networkError));
        return;
    }
    const bool success = status >= 200 && status < 300;
    const bool refused = status == 401 || status == 403;
    const QString other = Tr::tr("The API answered %1, neither a refusal (401/403) nor a success (2xx): the probe cannot tell "
                                 "whether credentials were checked.")
                              .arg(status);
    switch (c.expectation) {
    case Expectation::Refused: {
        if (refused) {
            finishCase(task, Verdict::Pass, Tr::tr("Refused with %1, as the document's security requires.").arg(status), status);
            return;
        }
        if (!success) {
            finishCase(task, Verdict::Unknown, other, status);
            return;
        }
        QString why;
        switch (task.kind) {
        case CaseKind::NoCredentials:
            why = Tr::tr("The API answered %1 without any credentials, although the operation requires %2.");
            break;
        case CaseKind::MalformedToken:
            why = Tr::tr("The API answered %1 to a malformed credential: it does not check %2.");
            break;
        case CaseKind::ExpiredToken:
            why = Tr::tr("The API answered %1 to an expired token: it does not check the expiry of %2.");
            break;
        case CaseKind::WrongPlace:
            why = Tr::tr("The API answered %1 to the credential in a place or scheme the document does not declare for %2.");
            break;
        default:
            why = Tr::tr("The API answered %1, although %2 should have been refused.");
            break;
        }
        finishCase(task, Verdict::Fail, why.arg(status).arg(row.security), status);
        return;
    }
    case Expectation::ScopeRefused: {
        if (status == 403) {
            finishCase(task, Verdict::Pass, Tr::tr("Refused with 403 for the missing scope."), status);
            return;
        }
        if (status == 401) {
            finishCase(task, Verdict::Pass, Tr::tr("Refused with 401 (RFC 6750 recommends 403 insufficient_scope for a missing scope)."),
                       status);
            return;
        }
        if (success) {
            finishCase(task, Verdict::Fail,
                       Tr::tr("The API answered %1 to a token without the required scope(s): it does not check scopes (%2).")
                           .arg(status)
                           .arg(row.security),
                       status);
            return;
        }
        finishCase(task, Verdict::Unknown, other, status);
        return;
    }
    case Expectation::Accepted: {
        if (success) {
            finishCase(task, Verdict::Pass, Tr::tr("Accepted with %1.").arg(status), status);
            return;
        }
        if (refused) {
            const QString why = task.kind == CaseKind::NoCredentials
                ? Tr::tr("The operation is declared public (%1) but the API refused it without credentials (%2).")
                      .arg(row.security.isEmpty() ? Tr::tr("no security") : row.security)
                      .arg(status)
                : Tr::tr("The API refused the valid credentials with %1.").arg(status);
            finishCase(task, Verdict::Fail, why, status);
            return;
        }
        finishCase(task, Verdict::Unknown, other, status);
        return;
    }
    }
}

} // namespace keyway::probe
