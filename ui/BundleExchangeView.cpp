#include "BundleExchangeView.h"

#include "ExchangeView.h"
#include "recorder/SecretRedactor.h"

#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace keyway::ui {

namespace {

QString escape(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

BundleExchangeView::BundleExchangeView(QWidget *parent) : QTextBrowser(parent)
{
    setObjectName(u"bundleExchangeView"_s);
    setAccessibleName(tr("Exchange details (redacted)"));
    setOpenLinks(false);
    setReadOnly(true);
    render();
}

BundleExchangeView::~BundleExchangeView() = default;

void BundleExchangeView::setEntry(const std::optional<recorder::HarEntry> &entry)
{
    m_entry = entry;
    render();
}

QString BundleExchangeView::highlightMarkers(const QString &text, int *count)
{
    QString html;
    qsizetype pos = 0;
    int found = 0;
    auto it = recorder::SecretRedactor::markerPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        html += escape(text.mid(pos, m.capturedStart() - pos));
        html += u"<span style=\"background-color:#fde68a; color:#78350f; font-weight:bold\">%1</span>"_s.arg(escape(m.captured()));
        pos = m.capturedEnd();
        ++found;
    }
    html += escape(text.mid(pos));
    if (count)
        *count += found;
    return html;
}

QString BundleExchangeView::headersHtml(const net::HeaderList &headers)
{
    if (headers.isEmpty())
        return u"<p><i>%1</i></p>"_s.arg(escape(tr("No headers.")));
    QString html = u"<table cellspacing=\"0\" cellpadding=\"2\">"_s;
    for (const auto &[name, value] : headers) {
        html += u"<tr><td style=\"font-family:monospace; font-weight:bold\">%1:</td><td style=\"font-family:monospace\">%2</td></tr>"_s.arg(
            escape(QString::fromLatin1(name)), highlightMarkers(QString::fromUtf8(value), &m_markers));
    }
    return html + u"</table>"_s;
}

QString BundleExchangeView::bodyHtml(const QByteArray &body)
{
    if (body.isEmpty())
        return u"<p><i>%1</i></p>"_s.arg(escape(tr("No body.")));
    QString text = QString::fromUtf8(body.left(ExchangeView::kMaxBodyChars));
    const QByteArray trimmed = body.trimmed();
    if (trimmed.startsWith('{') || trimmed.startsWith('['))
        text = ExchangeView::prettyJson(text);
    return u"<pre style=\"font-family:monospace; white-space:pre-wrap\">%1</pre>"_s.arg(highlightMarkers(text, &m_markers));
}

void BundleExchangeView::render()
{
    m_markers = 0;
    if (!m_entry) {
        setHtml(u"<p><i>%1</i></p>"_s.arg(escape(tr("Select an exchange to see what was sent and what came back."))));
        return;
    }
    const net::Exchange &e = m_entry->exchange;
    QString html = u"<h2>%1</h2>"_s.arg(escape(e.label));
    html += u"<p>%1</p>"_s.arg(escape(tr("Values shown as %1 were removed when the bundle was made: the same value has the same marker "
                                         "everywhere in the bundle, so places can be matched without seeing it."))
                                   .arg(u"REDACTED-…"_s));
    if (e.isBrowserStep)
        html += u"<p><i>%1</i></p>"_s.arg(escape(tr("This step happened in the browser; Keyway did not send it.")));
    if (!e.error.isEmpty())
        html += u"<p style=\"color:#b91c1c\"><b>%1</b> %2</p>"_s.arg(escape(tr("No answer:")), highlightMarkers(e.error, &m_markers));
    if (e.credentialsDropped)
        html += u"<p><b>%1</b></p>"_s.arg(escape(tr("Credentials were dropped on a redirect to another origin.")));

    html += u"<h3>%1</h3>"_s.arg(escape(tr("Request")));
    html += u"<p style=\"font-family:monospace\"><b>%1</b> %2</p>"_s.arg(escape(QString::fromLatin1(e.method)),
                                                                         highlightMarkers(e.url.toString(QUrl::FullyEncoded), &m_markers));
    html += headersHtml(e.requestHeaders);
    html += bodyHtml(e.requestBody);

    html += u"<h3>%1</h3>"_s.arg(escape(tr("Response")));
    if (e.status == 0) {
        html += u"<p><i>%1</i></p>"_s.arg(escape(tr("No HTTP answer came.")));
    } else {
        html += u"<p style=\"font-family:monospace\"><b>%1 %2</b> · %3</p>"_s.arg(
            QString::number(e.status), escape(QString::fromUtf8(e.reason)), escape(tr("%n ms", nullptr, int(e.elapsedMs))));
        html += headersHtml(e.responseHeaders);
        html += bodyHtml(e.responseBody);
        if (e.responseBodyTruncated)
            html += u"<p><i>%1</i></p>"_s.arg(escape(tr("The body was cut when it was recorded.")));
    }

    if (!m_entry->tokens.isEmpty()) {
        html += u"<h3>%1</h3>"_s.arg(escape(tr("Tokens (decoded; signatures not kept)")));
        for (const recorder::HarToken &t : m_entry->tokens) {
            html += u"<p><b>%1</b> — %2</p>"_s.arg(highlightMarkers(t.marker, &m_markers), escape(t.where));
            if (!t.decoded) {
                html += u"<p><i>%1</i></p>"_s.arg(escape(tr("Not a decodable JWT (encrypted, or not JSON).")));
                continue;
            }
            html += u"<pre style=\"font-family:monospace\">%1\n%2</pre>"_s.arg(
                highlightMarkers(QString::fromUtf8(QJsonDocument(t.header).toJson(QJsonDocument::Indented)), &m_markers),
                highlightMarkers(QString::fromUtf8(QJsonDocument(t.claims).toJson(QJsonDocument::Indented)), &m_markers));
        }
    }
    setHtml(html);
}

} // namespace keyway::ui
