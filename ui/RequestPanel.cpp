#include "RequestPanel.h"

#include "RequestEditor.h"
#include "ResponseView.h"
#include "auth/CredentialManager.h"
#include "net/HttpClient.h"
#include "net/Timeline.h"
#include "request/CurlExport.h"
#include "request/ManagerCredentialSource.h"
#include "request/Redaction.h"
#include "request/RequestBuilder.h"
#include "storage/ApiIdentity.h"

#include <QApplication>
#include <QClipboard>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSettings>
#include <QShowEvent>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace keyway::ui {

namespace {

constexpr int kPreviewDelayMs = 150;

// Names whose values are treated as secrets when the edited request is autosaved to disk.
bool looksSecret(const QString &name)
{
    static const QRegularExpression pattern(u"(pass|secret|token|key|auth|cookie|session|credential|signature|assertion)"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern.match(name).hasMatch();
}

} // namespace

RequestPanel::RequestPanel(net::HttpClient *http, net::Timeline *timeline, auth::CredentialManager *credentials, QSettings *settings,
                           QWidget *parent)
    : QWidget(parent),
      m_timeline(timeline),
      m_credentials(credentials),
      m_settings(settings),
      m_sender(new request::RequestSender(http, this)),
      m_splitter(new QSplitter(Qt::Vertical, this)),
      m_editor(new RequestEditor(this)),
      m_response(new ResponseView(timeline, this)),
      m_previewTimer(new QTimer(this))
{
    setObjectName(u"requestPanel"_s);
    if (m_credentials) {
        m_source = std::make_unique<request::ManagerCredentialSource>(m_credentials);
        m_sender->setRefresher(request::ManagerCredentialSource::refresher(m_credentials));
        auto refresh = [this] {
            m_editor->refreshSecurity();
            schedulePreview();
        };
        connect(m_credentials, &auth::CredentialManager::stateChanged, this, refresh);
        connect(m_credentials, &auth::CredentialManager::tokensChanged, this, refresh);
        connect(m_credentials, &auth::CredentialManager::profileChanged, this, refresh);
        connect(m_credentials, &auth::CredentialManager::loadingFinished, this, refresh);
    } else {
        m_source = std::make_unique<request::MemoryCredentialSource>();
    }
    if (m_settings)
        m_historyStorage = std::make_unique<request::SettingsHistoryStorage>(m_settings);
    m_editor->setCredentialSource(m_source.get());

    m_splitter->setObjectName(u"requestSplitter"_s);
    m_splitter->addWidget(m_editor);
    m_splitter->addWidget(m_response);
    m_splitter->setStretchFactor(0, 45);
    m_splitter->setStretchFactor(1, 55);
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(kPreviewDelayMs);
    connect(m_previewTimer, &QTimer::timeout, this, &RequestPanel::updatePreview);

    connect(m_editor, &RequestEditor::changed, this, [this] {
        m_dirty = true;
        schedulePreview();
    });
    connect(m_editor, &RequestEditor::sendRequested, this, &RequestPanel::send);
    connect(m_editor, &RequestEditor::cancelRequested, this, &RequestPanel::cancel);
    connect(m_editor, &RequestEditor::authorizeRequested, this, &RequestPanel::authorizeRequested);
    connect(m_editor, &RequestEditor::copyAsCurlRequested, this, [this](bool reveal) { copyAsCurl(reveal); });
    connect(m_response, &ResponseView::showInTimelineRequested, this, &RequestPanel::showInTimelineRequested);
    connect(m_response, &ResponseView::clearHistoryRequested, this, [this] {
        if (m_history && m_filled.isValid()) {
            m_history->clear(operationKey());
            refreshHistory();
        }
    });
    connect(m_sender, &request::RequestSender::stageChanged, m_response, &ResponseView::showSending);
}

RequestPanel::~RequestPanel() = default;

void RequestPanel::setDocument(openapi::DocumentPtr document)
{
    m_sender->cancel();
    m_document = std::move(document);
    m_ref = {};
    m_filled = {};
    m_lastOutcome.reset();
    m_editor->setDocument(m_document);
    m_response->clear();
    m_response->setHistory({});
    resetHistory();
}

void RequestPanel::resetHistory()
{
    m_history.reset();
    if (!m_document)
        return;
    QString apiId = m_credentials && m_credentials->api().isValid() ? m_credentials->api().id : QString();
    if (apiId.isEmpty())
        apiId = storage::ApiIdentity::fromDocument(*m_document).id;
    m_history = std::make_unique<request::RequestHistory>(m_historyStorage.get(), apiId);
}

void RequestPanel::setOperation(const OperationRef &ref)
{
    if (ref == m_ref && (m_filled == ref || !isVisible()))
        return;
    m_ref = ref;
    if (isVisible())
        fill();
}

void RequestPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!(m_filled == m_ref))
        fill();
}

void RequestPanel::fill()
{
    if (m_sender->isBusy())
        m_sender->cancel();
    m_filled = m_ref;
    m_lastOutcome.reset();
    m_response->clear();
    const openapi::Operation *operation = m_document && m_ref.isValid() ? m_ref.resolve(*m_document) : nullptr;
    if (!operation) {
        m_editor->clear();
        m_response->setHistory({});
        return;
    }
    const request::RequestModel model = request::buildRequestModel(*m_document, *operation);
    request::RequestValues values = request::RequestValues::prefilled(model);
    bool restored = false;
    if (!m_pendingRestore.isEmpty() && m_pendingRestore.value(u"operation"_s).toString() == operationKey()) {
        const QJsonObject saved = m_pendingRestore;
        m_pendingRestore = {};
        values = {};
        const QJsonArray parameters = saved.value(u"parameters"_s).toArray();
        for (const QJsonValue &p : parameters) {
            const QJsonObject o = p.toObject();
            const QString in = o.value(u"in"_s).toString();
            for (const request::ParameterSpec &spec : model.parameters) {
                if (spec.name == o.value(u"name"_s).toString() && request::parameterInName(spec.in) == in)
                    values.set(spec.name, spec.in, o.value(u"value"_s).toString());
            }
        }
        values.mediaType = saved.value(u"mediaType"_s).toString();
        values.body = saved.value(u"body"_s).toString().toUtf8();
        const QJsonArray headers = saved.value(u"headers"_s).toArray();
        for (const QJsonValue &h : headers) {
            const QJsonObject o = h.toObject();
            values.extraHeaders.append({o.value(u"name"_s).toString().toLatin1(), o.value(u"value"_s).toString().toUtf8()});
        }
        m_editor->setOperation(model, values);
        m_editor->setAlternative(saved.value(u"alternative"_s).toInt(-1));
        restored = true;
    } else {
        m_editor->setOperation(model, values);
    }
    m_dirty = restored;
    refreshHistory();
    updatePreview();
}

void RequestPanel::setServer(int index, const QHash<QString, QString> &variables)
{
    m_serverIndex = qMax(0, index);
    m_serverVariables = variables;
    schedulePreview();
}

QString RequestPanel::operationKey() const
{
    const openapi::Operation *operation = m_document && m_filled.isValid() ? m_filled.resolve(*m_document) : nullptr;
    if (!operation)
        return {};
    return operation->operationId.isEmpty() ? operation->method.toUpper() + u' ' + operation->path : operation->operationId;
}

request::RequestValues RequestPanel::currentValues(bool readFiles) const
{
    request::RequestValues values = m_editor->values(readFiles);
    // The tool bar's server applies when the operation uses the document's servers; an operation with servers of its
    // own uses its first.
    const request::RequestModel &model = m_editor->model();
    bool sameServers = m_document && model.servers.size() == m_document->servers.size();
    for (qsizetype i = 0; sameServers && i < model.servers.size(); ++i)
        sameServers = model.servers.at(i).urlTemplate == m_document->servers.at(i).urlTemplate;
    if (sameServers && m_serverIndex < model.servers.size()) {
        values.serverIndex = m_serverIndex;
        values.serverVariables = m_serverVariables;
    }
    return values;
}

request::BuildOptions RequestPanel::buildOptions() const
{
    request::BuildOptions options;
    options.alternative = m_editor->alternative();
    options.withoutCredentials = m_editor->sendWithoutCredentials();
    options.validate = m_editor->validateBeforeSending();
    return options;
}

void RequestPanel::schedulePreview()
{
    if (m_editor->hasOperation())
        m_previewTimer->start();
}

void RequestPanel::updatePreview()
{
    if (!m_document || !m_editor->hasOperation())
        return;
    const request::RequestValues values = currentValues(false);
    request::BuildOptions options = buildOptions();
    options.validate = false;
    QStringList warnings;
    request::BuildResult built = request::buildRequest(*m_document, m_editor->model(), values, *m_source, options);
    if (!built.ok() && built.error().kind == request::BuildError::Kind::MissingCredentials) {
        warnings.append(built.error().message);
        options.withoutCredentials = true;
        built = request::buildRequest(*m_document, m_editor->model(), values, *m_source, options);
    }
    if (!built.ok()) {
        if (!warnings.contains(built.error().message))
            warnings.append(built.error().message);
        m_editor->setPreview(QString(), warnings);
        return;
    }
    warnings.append(built->warnings);
    warnings.removeDuplicates();
    const QString url = request::maskSecrets(built->url.toString(QUrl::FullyEncoded), built->secrets);
    m_editor->setPreview(url, warnings);
}

void RequestPanel::send()
{
    if (!m_document || !m_editor->hasOperation())
        return;
    if (const QString problem = m_editor->fileProblem(); !problem.isEmpty()) {
        request::RequestOutcome outcome;
        outcome.status = request::RequestOutcome::Status::NotBuilt;
        outcome.buildError = request::BuildError{request::BuildError::Kind::BadBody, problem, {}, {}};
        onOutcome(outcome);
        return;
    }
    request::RequestJob job;
    job.document = m_document;
    job.model = m_editor->model();
    job.values = currentValues(true);
    job.options = buildOptions();
    job.credentials = m_source.get();
    m_response->showSending(tr("Sending %1…").arg(job.model.displayName));
    m_editor->setBusy(true);
    Q_EMIT busyChanged(true);
    const OperationRef sentFor = m_filled;
    m_sender->send(std::move(job), [this, sentFor](const request::RequestOutcome &outcome) {
        if (!(sentFor == m_filled))
            return; // the operation changed meanwhile; the exchange is on the timeline
        onOutcome(outcome);
    });
}

void RequestPanel::onOutcome(const request::RequestOutcome &outcome)
{
    m_lastOutcome = outcome;
    m_editor->setBusy(false);
    m_response->showOutcome(outcome);
    if (m_history && outcome.request) {
        const QString error = outcome.status == request::RequestOutcome::Status::Completed ? QString() : outcome.summary();
        m_history->add(request::RequestHistory::entryFor(operationKey(), *outcome.request, outcome.httpStatus, outcome.elapsedMs, error));
        refreshHistory();
    }
    Q_EMIT busyChanged(false);
    Q_EMIT message(outcome.summary());
    Q_EMIT finished();
}

void RequestPanel::cancel()
{
    if (m_sender->isBusy())
        m_sender->cancel();
}

bool RequestPanel::isBusy() const
{
    return m_sender->isBusy();
}

void RequestPanel::refreshHistory()
{
    m_response->setHistory(m_history && m_filled.isValid() ? m_history->entries(operationKey()) : QList<request::HistoryEntry>{});
}

QString RequestPanel::copyAsCurl(bool reveal)
{
    if (!m_document || !m_editor->hasOperation())
        return {};
    request::BuildOptions options = buildOptions();
    options.validate = false;
    const request::BuildResult built = request::buildRequest(*m_document, m_editor->model(), currentValues(true), *m_source, options);
    if (!built.ok()) {
        Q_EMIT message(tr("Cannot copy as curl: %1").arg(built.error().message));
        return {};
    }
    request::CurlOptions curl;
    curl.revealSecrets = reveal;
    const QString command = request::toCurl(built.value(), curl);
    QApplication::clipboard()->setText(command);
    Q_EMIT message(reveal ? tr("Copied as curl, with the secrets: paste it with care.") : tr("Copied as curl, secrets masked."));
    return command;
}

QJsonObject RequestPanel::autosaveState() const
{
    if (!m_document || !m_editor->hasOperation())
        return {};
    const request::RequestValues values = m_editor->values(false);
    QJsonObject state;
    state.insert(u"operation"_s, operationKey());
    QJsonArray parameters;
    for (const request::RequestValues::Parameter &p : values.parameters) {
        if (looksSecret(p.name))
            continue;
        parameters.append(QJsonObject{{u"name"_s, p.name}, {u"in"_s, request::parameterInName(p.in)}, {u"value"_s, p.value}});
    }
    state.insert(u"parameters"_s, parameters);
    state.insert(u"mediaType"_s, values.mediaType);
    // A body that names a secret field (a password in a login body) is not kept.
    const QString body = QString::fromUtf8(values.body);
    static const QRegularExpression secretField(u"\"[^\"]*(pass|secret|token|key|credential)[^\"]*\"\\s*:"_s,
                                                QRegularExpression::CaseInsensitiveOption);
    if (!secretField.match(body).hasMatch() && body.size() < 256 * 1024)
        state.insert(u"body"_s, body);
    QJsonArray headers;
    for (const auto &[name, value] : values.extraHeaders) {
        if (looksSecret(QString::fromLatin1(name)))
            continue;
        headers.append(QJsonObject{{u"name"_s, QString::fromLatin1(name)}, {u"value"_s, QString::fromUtf8(value)}});
    }
    state.insert(u"headers"_s, headers);
    state.insert(u"alternative"_s, m_editor->alternative());
    return state;
}

bool RequestPanel::restoreAutosave(const QJsonObject &state)
{
    if (state.value(u"operation"_s).toString().isEmpty())
        return false;
    m_pendingRestore = state;
    if (m_filled.isValid() && operationKey() == state.value(u"operation"_s).toString())
        fill();
    return true;
}

} // namespace keyway::ui
