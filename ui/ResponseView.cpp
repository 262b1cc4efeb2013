#include "ResponseView.h"

#include "Appearance.h"
#include "AuthAppearance.h"
#include "ExchangeView.h"
#include "JsonHighlighter.h"
#include "net/Timeline.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QSvgRenderer>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace keyway::ui {

namespace {

enum BodyPage { TextPage, ImagePage, EmptyPage };
// Bodies larger than this are shown cut (the whole body is on the timeline and can be saved from there).
constexpr qsizetype kMaxShownBody = 4 * 1024 * 1024;
constexpr int kMaxImageSide = 8192;

QString escape(const QString &text)
{
    return text.toHtmlEscaped();
}

bool isJsonType(const QString &type)
{
    const QString t = type.section(u';', 0, 0).trimmed().toLower();
    return t == u"application/json" || t.endsWith(u"+json") || t == u"text/json" || t == u"application/problem+json";
}

} // namespace

ResponseView::ResponseView(net::Timeline *timeline, QWidget *parent)
    : QWidget(parent),
      m_timeline(timeline),
      m_status(new QLabel(this)),
      m_meta(new QLabel(this)),
      m_timelineButton(new QPushButton(tr("Show in Timeline"), this)),
      m_notice(new QLabel(this)),
      m_tabs(new QTabWidget(this)),
      m_bodyStack(new QStackedWidget(this)),
      m_body(new QPlainTextEdit(this)),
      m_highlighter(new JsonHighlighter(m_body->document())),
      m_imageArea(new QScrollArea(this)),
      m_image(new QLabel(this)),
      m_bodyEmpty(new QLabel(this)),
      m_raw(new QCheckBox(tr("&Raw"), this)),
      m_bodyNote(new QLabel(this)),
      m_headers(new QTableWidget(0, 2, this)),
      m_authentication(new QTextBrowser(this)),
      m_request(new ExchangeView(this)),
      m_history(new QTreeWidget(this)),
      m_clearHistory(new QPushButton(tr("Clear History"), this))
{
    setObjectName(u"responseView"_s);

    m_status->setObjectName(u"responseStatus"_s);
    m_status->setAccessibleName(tr("Response status"));
    m_status->setTextFormat(Qt::PlainText);
    QFont statusFont = m_status->font();
    statusFont.setBold(true);
    m_status->setFont(statusFont);
    m_meta->setObjectName(u"responseMeta"_s);
    m_meta->setTextFormat(Qt::PlainText);
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_timelineButton->setObjectName(u"showInTimelineButton"_s);
    m_timelineButton->setAccessibleName(tr("Show this exchange in the timeline"));
    m_timelineButton->setVisible(false);
    connect(m_timelineButton, &QPushButton::clicked, this, [this] {
        if (m_exchangeId != 0)
            Q_EMIT showInTimelineRequested(m_exchangeId);
    });
    auto *statusRow = new QHBoxLayout;
    statusRow->setSpacing(10);
    statusRow->addWidget(m_status);
    statusRow->addWidget(m_meta, 1);
    statusRow->addWidget(m_timelineButton);

    m_notice->setObjectName(u"responseNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->setMargin(6);
    m_notice->setAutoFillBackground(true);
    m_notice->setVisible(false);

    // Body.
    m_body->setObjectName(u"responseBody"_s);
    m_body->setAccessibleName(tr("Response body"));
    m_body->setReadOnly(true);
    m_body->setFont(appearance::monospaceFont(font()));
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_image->setObjectName(u"responseImage"_s);
    m_image->setAlignment(Qt::AlignCenter);
    m_imageArea->setWidget(m_image);
    m_imageArea->setWidgetResizable(true);
    m_imageArea->setAccessibleName(tr("Response image"));
    m_bodyEmpty->setAlignment(Qt::AlignCenter);
    m_bodyEmpty->setWordWrap(true);
    m_bodyStack->addWidget(m_body);
    m_bodyStack->addWidget(m_imageArea);
    m_bodyStack->addWidget(m_bodyEmpty);
    m_raw->setObjectName(u"rawCheck"_s);
    m_raw->setToolTip(tr("Show the body exactly as received"));
    connect(m_raw, &QCheckBox::toggled, this, &ResponseView::showBody);
    m_bodyNote->setObjectName(u"bodyNote"_s);
    m_bodyNote->setTextFormat(Qt::PlainText);
    auto *bodyBar = new QHBoxLayout;
    bodyBar->addWidget(m_bodyNote, 1);
    bodyBar->addWidget(m_raw);
    auto *bodyPage = new QWidget(this);
    auto *bodyLayout = new QVBoxLayout(bodyPage);
    bodyLayout->setContentsMargins(0, 4, 0, 0);
    bodyLayout->addLayout(bodyBar);
    bodyLayout->addWidget(m_bodyStack, 1);

    // Headers.
    m_headers->setObjectName(u"responseHeaders"_s);
    m_headers->setAccessibleName(tr("Response headers"));
    m_headers->setHorizontalHeaderLabels({tr("Header"), tr("Value")});
    m_headers->verticalHeader()->setVisible(false);
    m_headers->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_headers->setWordWrap(true);

    m_authentication->setObjectName(u"responseAuthentication"_s);
    m_authentication->setAccessibleName(tr("Authentication details"));
    m_authentication->setOpenLinks(false);

    m_request->setObjectName(u"responseRequest"_s);
    m_request->setAccessibleName(tr("The request as sent"));
    m_request->setEmptyText(tr("Send the request to see it here as it went out, secrets masked."));

    m_history->setObjectName(u"historyList"_s);
    m_history->setAccessibleName(tr("History of this operation"));
    m_history->setRootIsDecorated(false);
    m_history->setHeaderLabels({tr("Sent"), tr("Status"), tr("Time"), tr("URL")});
    m_history->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->header()->setStretchLastSection(true);
    m_clearHistory->setObjectName(u"clearHistoryButton"_s);
    m_clearHistory->setToolTip(tr("Forget the history of this operation"));
    connect(m_clearHistory, &QPushButton::clicked, this, &ResponseView::clearHistoryRequested);
    auto *historyPage = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(historyPage);
    historyLayout->setContentsMargins(0, 4, 0, 0);
    historyLayout->addWidget(m_history, 1);
    auto *historyBar = new QHBoxLayout;
    auto *historyNote = new QLabel(tr("History keeps no headers, bodies or secrets."), this);
    historyNote->setWordWrap(true);
    historyBar->addWidget(historyNote, 1);
    historyBar->addWidget(m_clearHistory);
    historyLayout->addLayout(historyBar);

    m_tabs->setObjectName(u"responseTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(bodyPage, tr("Body"));
    m_tabs->addTab(m_headers, tr("Headers"));
    m_tabs->addTab(m_authentication, tr("Authentication"));
    m_tabs->addTab(m_request, tr("Request"));
    m_tabs->addTab(historyPage, tr("History"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 8);
    layout->setSpacing(6);
    layout->addLayout(statusRow);
    layout->addWidget(m_notice);
    layout->addWidget(m_tabs, 1);
    clear();
}

ResponseView::~ResponseView() = default;

void ResponseView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        m_highlighter->setPalette(palette());
        if (m_outcome)
            setStatusStyle(m_outcome->httpStatus, m_outcome->status != request::RequestOutcome::Status::Completed);
    }
    QWidget::changeEvent(event);
}

void ResponseView::clear()
{
    m_outcome.reset();
    m_exchangeId = 0;
    m_status->setText(tr("No response yet"));
    m_status->setStyleSheet(QString());
    m_meta->setText(tr("Send the request to see what the API answers."));
    m_notice->setVisible(false);
    m_timelineButton->setVisible(false);
    m_body->clear();
    m_bodyEmpty->setText(QString());
    m_bodyStack->setCurrentIndex(EmptyPage);
    m_bodyNote->clear();
    m_headers->setRowCount(0);
    m_authentication->clear();
    m_request->setExchange(std::nullopt);
    m_tabs->setTabText(HeadersTab, tr("Headers"));
}

void ResponseView::showSending(const QString &stage)
{
    m_status->setText(tr("Sending…"));
    m_status->setStyleSheet(QString());
    m_meta->setText(stage);
}

void ResponseView::setStatusStyle(int httpStatus, bool failed)
{
    const QPalette p = palette();
    QColor color = appearance::mutedText(p);
    if (failed)
        color = AuthLook::errorColor(p);
    else if (httpStatus >= 200 && httpStatus < 300)
        color = AuthLook::successColor(p);
    else if (httpStatus >= 300 && httpStatus < 400)
        color = QColor(0x09, 0x69, 0xda);
    else if (httpStatus >= 400 && httpStatus < 500)
        color = appearance::warningColor(p);
    else if (httpStatus >= 500)
        color = AuthLook::errorColor(p);
    m_status->setStyleSheet(u"QLabel { color: white; background-color: %1; border-radius: 4px; padding: 2px 8px; }"_s.arg(color.name()));
}

void ResponseView::showOutcome(const request::RequestOutcome &outcome)
{
    using Status = request::RequestOutcome::Status;
    m_outcome = outcome;
    const QLocale locale;

    // The exchange on the timeline: the last one of this send's flow.
    m_exchangeId = 0;
    if (m_timeline && !outcome.flowId.isEmpty()) {
        const QList<net::Exchange> flow = m_timeline->flow(outcome.flowId);
        if (!flow.isEmpty())
            m_exchangeId = flow.constLast().id;
    }
    m_timelineButton->setVisible(m_exchangeId != 0);

    QStringList notices;
    if (outcome.status == Status::Completed) {
        QString text = QString::number(outcome.httpStatus);
        if (!outcome.reason.isEmpty())
            text += u' ' + QString::fromLatin1(outcome.reason);
        m_status->setText(text);
        setStatusStyle(outcome.httpStatus, false);
        QStringList meta{tr("%1 ms").arg(outcome.elapsedMs), locale.formattedDataSize(outcome.size)};
        const QString type = contentType();
        if (!type.isEmpty())
            meta.append(type.section(u';', 0, 0).trimmed());
        if (outcome.finalUrl.isValid())
            meta.append(outcome.finalUrl.toDisplayString(QUrl::RemoveUserInfo));
        m_meta->setText(meta.join(u"  ·  "_s));
    } else {
        QString title;
        switch (outcome.status) {
        case Status::NotBuilt:
            title = outcome.credentialsMissing() ? tr("Not sent: credentials missing") : tr("Not sent");
            break;
        case Status::RefreshFailed:
            title = tr("Not sent: the token could not be refreshed");
            break;
        case Status::Timeout:
            title = tr("Timed out");
            break;
        case Status::TooLarge:
            title = tr("Response too large");
            break;
        case Status::Cancelled:
            title = tr("Cancelled");
            break;
        case Status::RedirectRefused:
            title = tr("Redirect refused");
            break;
        default:
            title = tr("No response");
            break;
        }
        m_status->setText(title);
        setStatusStyle(0, outcome.status != Status::Cancelled);
        m_meta->setText(outcome.elapsedMs > 0 ? tr("after %1 ms").arg(outcome.elapsedMs) : QString());
        if (outcome.buildError) {
            notices.append(outcome.buildError->message);
            for (const request::ValidationIssue &issue : outcome.buildError->issues)
                notices.append(u"• "_s + issue.toString());
        } else if (!outcome.errorString.isEmpty()) {
            notices.append(outcome.errorString);
        }
    }
    if (outcome.credentialsDropped)
        notices.append(tr("A redirect led to another origin: Authorization, API keys and the API's cookies were not sent "
                          "there."));
    if (outcome.refreshed)
        notices.append(tr("The access token had expired or was refused, so it was refreshed and the request sent again."));
    if (!outcome.digestProblem.isEmpty())
        notices.append(tr("Digest: %1").arg(outcome.digestProblem));
    for (const QString &warning : outcome.warnings)
        notices.append(warning);
    if (outcome.status == Status::Completed && (outcome.httpStatus == 401 || outcome.httpStatus == 403) && !outcome.explanations.isEmpty())
        notices.append(outcome.explanations.join(u'\n'));
    m_notice->setText(notices.join(u'\n'));
    QPalette np = m_notice->palette();
    const bool problem = outcome.status != Status::Completed || outcome.credentialsDropped;
    np.setColor(QPalette::Window, problem ? AuthLook::errorBackground(palette()) : appearance::chipBackground(palette()));
    m_notice->setPalette(np);
    m_notice->setVisible(!notices.isEmpty());

    showBody();
    showHeaders();
    showAuthentication();
    showRequest();
    if (outcome.status == Status::Completed && (outcome.httpStatus == 401 || outcome.httpStatus == 403))
        m_tabs->setCurrentIndex(AuthenticationTab);
    else if (m_tabs->currentIndex() == AuthenticationTab || m_tabs->currentIndex() == HistoryTab)
        m_tabs->setCurrentIndex(BodyTab);
}

QString ResponseView::contentType() const
{
    if (!m_outcome)
        return {};
    return QString::fromLatin1(m_outcome->header("Content-Type"));
}

void ResponseView::showBody()
{
    m_bodyNote->clear();
    if (!m_outcome || m_outcome->status != request::RequestOutcome::Status::Completed) {
        m_bodyEmpty->setText(m_outcome ? tr("No body: nothing came back.") : QString());
        m_bodyStack->setCurrentIndex(EmptyPage);
        m_raw->setEnabled(false);
        return;
    }
    const QByteArray &body = m_outcome->body;
    const QString type = contentType().section(u';', 0, 0).trimmed().toLower();
    if (body.isEmpty()) {
        m_bodyEmpty->setText(tr("The response has no body."));
        m_bodyStack->setCurrentIndex(EmptyPage);
        m_raw->setEnabled(false);
        return;
    }
    if (type.startsWith(u"image/") && !m_raw->isChecked()) {
        QImage image;
        if (type == u"image/svg+xml") {
            QSvgRenderer svg(body);
            if (svg.isValid()) {
                QSize size = svg.defaultSize().boundedTo(QSize(kMaxImageSide, kMaxImageSide));
                if (size.isEmpty())
                    size = QSize(256, 256);
                image = QImage(size, QImage::Format_ARGB32_Premultiplied);
                image.fill(Qt::transparent);
                QPainter painter(&image);
                svg.render(&painter);
            }
        } else {
            image = QImage::fromData(body);
        }
        if (!image.isNull() && image.width() <= kMaxImageSide && image.height() <= kMaxImageSide) {
            m_image->setPixmap(QPixmap::fromImage(image));
            m_image->setAccessibleName(tr("Image, %1 × %2 pixels").arg(image.width()).arg(image.height()));
            m_bodyNote->setText(tr("%1 image, %2 × %3 pixels").arg(type).arg(image.width()).arg(image.height()));
            m_bodyStack->setCurrentIndex(ImagePage);
            m_raw->setEnabled(true);
            return;
        }
        m_bodyNote->setText(tr("The image could not be decoded; shown as text."));
    }
    m_raw->setEnabled(true);
    QByteArray shown = body.left(kMaxShownBody);
    QString text = QString::fromUtf8(shown);
    const bool json = isJsonType(type) || (type.isEmpty() && (text.trimmed().startsWith(u'{') || text.trimmed().startsWith(u'[')));
    if (json && !m_raw->isChecked())
        text = ExchangeView::prettyJson(text);
    const bool binary = shown.contains('\0');
    if (binary) {
        text = tr("%1 of binary data. The first bytes:\n").arg(QLocale().formattedDataSize(body.size()))
            + QString::fromLatin1(shown.left(512).toHex(' '));
    }
    m_highlighter->setDocument(json && !binary ? m_body->document() : nullptr);
    m_body->setPlainText(text);
    if (body.size() > kMaxShownBody)
        m_bodyNote->setText(
            tr("Showing the first %1 of %2.").arg(QLocale().formattedDataSize(kMaxShownBody), QLocale().formattedDataSize(body.size())));
    else if (m_bodyNote->text().isEmpty())
        m_bodyNote->setText(json && !m_raw->isChecked() ? tr("JSON, indented") : type);
    m_bodyStack->setCurrentIndex(TextPage);
}

bool ResponseView::isShowingImage() const
{
    return m_bodyStack->currentIndex() == ImagePage;
}

QString ResponseView::statusText() const
{
    return m_status->text();
}

QString ResponseView::noticeText() const
{
    return m_notice->isVisibleTo(this) ? m_notice->text() : QString();
}

QString ResponseView::bodyText() const
{
    if (m_bodyStack->currentIndex() == TextPage)
        return m_body->toPlainText();
    if (m_bodyStack->currentIndex() == EmptyPage)
        return m_bodyEmpty->text();
    return {};
}

void ResponseView::showHeaders()
{
    m_headers->setRowCount(0);
    if (!m_outcome || m_outcome->status != request::RequestOutcome::Status::Completed) {
        m_tabs->setTabText(HeadersTab, tr("Headers"));
        return;
    }
    const net::HeaderList &headers = m_outcome->headers;
    m_headers->setRowCount(int(headers.size()));
    const QFont mono = appearance::monospaceFont(font());
    for (int row = 0; row < headers.size(); ++row) {
        auto *name = new QTableWidgetItem(QString::fromLatin1(headers.at(row).first));
        name->setFont(mono);
        auto *value = new QTableWidgetItem(QString::fromUtf8(headers.at(row).second));
        value->setFont(mono);
        value->setToolTip(value->text());
        m_headers->setItem(row, 0, name);
        m_headers->setItem(row, 1, value);
    }
    m_headers->resizeRowsToContents();
    m_tabs->setTabText(HeadersTab, tr("Headers (%1)").arg(headers.size()));
}

void ResponseView::showAuthentication()
{
    if (!m_outcome) {
        m_authentication->clear();
        return;
    }
    const request::RequestOutcome &o = *m_outcome;
    QString html;
    html += u"<h3>%1</h3>"_s.arg(escape(tr("Credentials sent")));
    if (o.request) {
        const request::BuiltRequest &r = *o.request;
        if (r.appliedSchemes.isEmpty())
            html += u"<p>%1</p>"_s.arg(
                escape(r.alternative < 0 ? tr("None: the request was sent without credentials.") : tr("None (anonymous alternative).")));
        else
            html += u"<p>%1</p>"_s.arg(escape(tr("Applied together: %1").arg(r.appliedSchemes.join(u", "_s))));
        for (const request::ScopeWarning &warning : r.scopeWarnings)
            html += u"<p>⚠ %1</p>"_s.arg(escape(warning.toString()));
        if (o.digestAnswered)
            html += u"<p>%1</p>"_s.arg(escape(tr("The Digest challenge was answered.")));
    } else {
        html += u"<p>%1</p>"_s.arg(escape(tr("Nothing was sent.")));
    }
    if (o.refreshed)
        html += u"<p>%1</p>"_s.arg(escape(tr("The token was refreshed during this send.")));
    if (o.credentialsDropped)
        html += u"<p>⚠ %1</p>"_s.arg(escape(tr("A redirect to another origin dropped the credentials.")));

    html += u"<h3>%1</h3>"_s.arg(escape(tr("Challenges (WWW-Authenticate)")));
    if (o.challenges.challenges.isEmpty() && o.challenges.problems.isEmpty()) {
        html += u"<p>%1</p>"_s.arg(
            escape(o.status == request::RequestOutcome::Status::Completed ? tr("The server sent none.") : tr("No answer came.")));
    }
    for (qsizetype i = 0; i < o.challenges.challenges.size(); ++i) {
        const request::AuthChallenge &challenge = o.challenges.challenges.at(i);
        html += u"<p><code>%1</code><br>%2</p>"_s.arg(escape(challenge.toString()),
                                                      escape(i < o.explanations.size() ? o.explanations.at(i) : QString()));
    }
    for (const QString &problem : o.challenges.problems)
        html += u"<p>⚠ %1</p>"_s.arg(escape(problem));
    m_authentication->setHtml(html);
    const bool refused = o.status == request::RequestOutcome::Status::Completed && (o.httpStatus == 401 || o.httpStatus == 403);
    m_tabs->setTabText(AuthenticationTab, refused ? tr("Authentication ⚠") : tr("Authentication"));
}

void ResponseView::showRequest()
{
    if (m_timeline && m_exchangeId != 0) {
        if (const net::Exchange *exchange = m_timeline->find(m_exchangeId)) {
            m_request->setExchange(*exchange);
            return;
        }
    }
    m_request->setExchange(std::nullopt);
}

void ResponseView::setHistory(const QList<request::HistoryEntry> &entries)
{
    m_history->clear();
    const QLocale locale;
    for (const request::HistoryEntry &entry : entries) {
        auto *item = new QTreeWidgetItem(m_history);
        item->setText(0, locale.toString(entry.time.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, entry.status > 0 ? QString::number(entry.status) : entry.error);
        item->setText(2, tr("%1 ms").arg(entry.durationMs));
        item->setText(3, entry.method + u' ' + entry.url);
        item->setToolTip(3, entry.url);
    }
    m_clearHistory->setEnabled(!entries.isEmpty());
    m_tabs->setTabText(HistoryTab, entries.isEmpty() ? tr("History") : tr("History (%1)").arg(entries.size()));
}

} // namespace keyway::ui
