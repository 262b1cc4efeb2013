#include "ExchangeView.h"

#include "Appearance.h"
#include "AuthAppearance.h"
#include "RichText.h"
#include "TimelineModel.h"

#include <QEvent>
#include <QLocale>
#include <QScrollBar>
#include <QStringDecoder>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace keyway::ui {

using richtext::escape;

namespace {

QByteArray headerValue(const net::HeaderList &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

std::optional<QString> decodeUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    // Control characters other than white space: treat as binary.
    for (QChar c : std::as_const(text)) {
        if (c.unicode() < 0x20 && c != u'\n' && c != u'\r' && c != u'\t')
            return std::nullopt;
    }
    return text;
}

} // namespace

ExchangeView::ExchangeView(QWidget *parent) : QTextBrowser(parent)
{
    setObjectName(u"exchangeView"_s);
    setAccessibleName(tr("Exchange details"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    document()->setDocumentMargin(12);
    m_emptyText = tr("Select an exchange to see what was sent and what came back.");
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const auto action = SecretMask::parseLink(url);
        if (!action)
            return;
        if (action->reveal)
            m_revealed.insert(action->index);
        else
            m_revealed.remove(action->index);
        render();
    });
    render();
}

ExchangeView::~ExchangeView() = default;

void ExchangeView::setEmptyText(const QString &text)
{
    m_emptyText = text;
    if (!m_exchange)
        render();
}

void ExchangeView::setExchange(const std::optional<net::Exchange> &exchange)
{
    m_revealed.clear();
    m_exchange = exchange;
    m_mask = SecretMask();
    if (m_exchange) {
        // Every value in its raw and percent-encoded form, before any index is handed out.
        SecretMask mask(m_exchange->secrets);
        for (const QByteArray &secret : m_exchange->secrets)
            mask.add(QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(secret))));
        m_mask = mask;
    }
    render();
}

void ExchangeView::updateExchange(const net::Exchange &exchange)
{
    if (!m_exchange || m_exchange->id != exchange.id) {
        setExchange(exchange);
        return;
    }
    const QStringList before = m_mask.values();
    QSet<QString> revealedValues;
    for (int i : std::as_const(m_revealed))
        revealedValues.insert(before.value(i));
    setExchange(exchange);
    const QStringList after = m_mask.values();
    for (int i = 0; i < after.size(); ++i) {
        if (revealedValues.contains(after.at(i)))
            m_revealed.insert(i);
    }
    render();
}

std::optional<quint64> ExchangeView::exchangeId() const
{
    return m_exchange ? std::optional<quint64>(m_exchange->id) : std::nullopt;
}

void ExchangeView::concealAll()
{
    m_revealed.clear();
    render();
}

void ExchangeView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        render();
}

QString ExchangeView::masked(const QString &text) const
{
    const QPalette p = palette();
    const QString style = u"background-color: %1; color: %2; font-family: monospace;"_s.arg(appearance::chipBackground(p).name(),
                                                                                            p.color(QPalette::Link).name());
    return m_mask.toHtml(text, m_revealed, style);
}

QString ExchangeView::headersHtml(const net::HeaderList &headers) const
{
    if (headers.isEmpty())
        return u"<p class=\"muted\">%1</p>"_s.arg(escape(tr("No headers.")));
    QString html = u"<table cellspacing=\"0\" cellpadding=\"2\">"_s;
    for (const auto &[name, value] : headers) {
        html += u"<tr><td class=\"hname\">%1:</td><td class=\"mono\">%2</td></tr>"_s.arg(escape(QString::fromLatin1(name)),
                                                                                         masked(QString::fromUtf8(value)));
    }
    html += u"</table>"_s;
    return html;
}

QString ExchangeView::bodyHtml(const QByteArray &body, const net::HeaderList &headers, bool truncated) const
{
    if (body.isEmpty())
        return u"<p class=\"muted\">%1</p>"_s.arg(escape(tr("No body.")));
    const QLocale locale;
    QString html;
    const auto decoded = decodeUtf8(body);
    if (!decoded) {
        return u"<p class=\"muted\">%1</p>"_s.arg(escape(tr("%1 of binary data, not shown.").arg(locale.formattedDataSize(body.size()))));
    }
    QString text = *decoded;
    const QByteArray contentType = headerValue(headers, "Content-Type").toLower();
    QString note;
    if (contentType.contains("application/x-www-form-urlencoded")) {
        // One field per line, decoded, as the server reads them.
        QStringList lines;
        for (const QString &pair : text.split(u'&', Qt::SkipEmptyParts)) {
            const qsizetype eq = pair.indexOf(u'=');
            const auto decode = [](QString part) { return QUrl::fromPercentEncoding(part.replace(u'+', u' ').toUtf8()); };
            lines.append(eq < 0 ? decode(pair) : decode(pair.left(eq)) + u" = "_s + decode(pair.mid(eq + 1)));
        }
        text = lines.join(u'\n');
        note = tr("Form fields, decoded");
    } else if (contentType.contains("json") || text.trimmed().startsWith(u'{') || text.trimmed().startsWith(u'[')) {
        text = prettyJson(text);
    }
    bool cut = truncated;
    if (text.size() > kMaxBodyChars) {
        text.truncate(kMaxBodyChars);
        cut = true;
    }
    if (!note.isEmpty())
        html += u"<p class=\"muted\">%1</p>"_s.arg(escape(note));
    html += u"<pre>%1</pre>"_s.arg(masked(text));
    if (cut)
        html += u"<p class=\"muted\">%1</p>"_s.arg(
            escape(tr("The body is longer than shown (%1 in all).").arg(locale.formattedDataSize(body.size()))));
    return html;
}

void ExchangeView::render()
{
    const QPalette p = palette();
    const QString css = u"body { } h2 { margin: 0 0 2px 0; font-size: large; } h3 { margin: 14px 0 4px 0; } "
                        ".muted { color: %1; } .mono, pre { font-family: monospace; } "
                        ".hname { color: %1; font-family: monospace; padding-right: 6px; white-space: nowrap; } "
                        ".error { color: %2; } .warning { color: %3; } "
                        ".box { border: 1px solid %2; background-color: %4; padding: 6px; } "
                        "pre { margin: 2px 0 0 0; white-space: pre-wrap; }"_s.arg(
                            appearance::mutedText(p).name(), AuthLook::errorColor(p).name(), appearance::warningColor(p).name(),
                            AuthLook::errorBackground(p).name());
    document()->setDefaultStyleSheet(css);
    const int scroll = verticalScrollBar() ? verticalScrollBar()->value() : 0;

    if (!m_exchange) {
        setHtml(u"<p class=\"muted\">%1</p>"_s.arg(escape(m_emptyText)));
        return;
    }
    const net::Exchange &e = *m_exchange;
    const QLocale locale;
    QString html;
    html += u"<h2>%1</h2>"_s.arg(escape(e.label.isEmpty() ? tr("Exchange") : e.label));
    QStringList facts;
    facts.append(locale.toString(e.startedAt.toLocalTime(), u"yyyy-MM-dd HH:mm:ss.zzz"_s));
    if (!(e.isBrowserStep && e.elapsedMs == 0))
        facts.append(TimelineModel::durationText(e.elapsedMs));
    if (!e.flowId.isEmpty())
        facts.append(e.flowId);
    html += u"<p class=\"muted\">%1</p>"_s.arg(escape(facts.join(u"  ·  "_s)));
    if (!m_mask.isEmpty())
        html += u"<p class=\"muted\">%1</p>"_s.arg(
            escape(tr("Secret values are masked (••••). Click one to show it; click it again to hide it.")));

    if (e.isBrowserStep)
        html += u"<p class=\"muted\">%1</p>"_s.arg(escape(tr("This step happened in the browser: Keyway did not send it, it shows what the "
                                                             "browser was asked to open or brought back.")));
    if (!e.error.isEmpty())
        html += u"<p class=\"box error\"><b>%1</b> %2</p>"_s.arg(escape(tr("No answer:")), masked(e.error));
    if (e.credentialsDropped)
        html += u"<p class=\"warning\"><b>%1</b> %2</p>"_s.arg(
            escape(tr("Credentials dropped on redirect.")),
            escape(tr("The request was redirected to another origin; Keyway removed the Authorization header, cookies and API "
                      "keys before following it.")));

    html += u"<h3>%1</h3>"_s.arg(escape(tr("Request")));
    html += u"<pre><b>%1</b> %2</pre>"_s.arg(escape(QString::fromLatin1(e.method.isEmpty() ? QByteArray("GET") : e.method)),
                                             masked(e.url.toString()));
    html += headersHtml(e.requestHeaders);
    if (!e.requestBody.isEmpty() || e.method == "POST" || e.method == "PUT" || e.method == "PATCH")
        html += bodyHtml(e.requestBody, e.requestHeaders, false);

    html += u"<h3>%1</h3>"_s.arg(escape(tr("Response")));
    if (e.status == 0 && e.error.isEmpty() && e.isBrowserStep) {
        html += u"<p class=\"muted\">%1</p>"_s.arg(escape(tr("Not seen by Keyway.")));
    } else if (e.status == 0) {
        html += u"<p class=\"error\">%1</p>"_s.arg(escape(tr("No HTTP answer came.")));
    } else {
        const bool bad = e.status >= 400;
        html += u"<pre class=\"%1\"><b>HTTP %2</b> %3</pre>"_s.arg(bad ? u"error"_s : QString())
                    .arg(e.status)
                    .arg(escape(QString::fromLatin1(e.reason)));
        if (e.finalUrl.isValid() && e.finalUrl != e.url)
            html += u"<p class=\"muted\">%1 <span class=\"mono\">%2</span></p>"_s.arg(escape(tr("After redirects, from")),
                                                                                      masked(e.finalUrl.toString()));
        html += headersHtml(e.responseHeaders);
        html += bodyHtml(e.responseBody, e.responseHeaders, e.responseBodyTruncated);
    }
    setHtml(html);
    if (verticalScrollBar())
        verticalScrollBar()->setValue(scroll);
}

QString ExchangeView::prettyJson(const QString &json)
{
    const QString trimmed = json.trimmed();
    if (trimmed.isEmpty() || (trimmed.front() != u'{' && trimmed.front() != u'['))
        return json;
    QString out;
    out.reserve(trimmed.size() * 2);
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    const auto newline = [&] {
        out += u'\n';
        out += QString(depth * 2, u' ');
    };
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (inString) {
            out += c;
            if (escaped)
                escaped = false;
            else if (c == u'\\')
                escaped = true;
            else if (c == u'"')
                inString = false;
            continue;
        }
        switch (c.unicode()) {
        case u'"':
            inString = true;
            out += c;
            break;
        case u'{':
        case u'[': {
            // Empty containers stay on one line.
            qsizetype j = i + 1;
            while (j < trimmed.size() && trimmed.at(j).isSpace())
                ++j;
            if (j < trimmed.size() && (trimmed.at(j) == u'}' || trimmed.at(j) == u']')) {
                out += c;
                out += trimmed.at(j);
                i = j;
                break;
            }
            out += c;
            ++depth;
            newline();
            break;
        }
        case u'}':
        case u']':
            depth = qMax(0, depth - 1);
            newline();
            out += c;
            break;
        case u',':
            out += c;
            newline();
            break;
        case u':':
            out += u": "_s;
            break;
        default:
            if (!c.isSpace())
                out += c;
            break;
        }
        if (depth > 200)
            return json; // not worth indenting: show it as it came
    }
    return out;
}

} // namespace keyway::ui
