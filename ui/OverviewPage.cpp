#include "OverviewPage.h"

#include "Appearance.h"
#include "MarkdownView.h"
#include "RichText.h"
#include "SchemeText.h"

#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace keyway::ui {

using richtext::escape;

namespace {
constexpr int maxDiagnosticsShown = 200;
}

OverviewPage::OverviewPage(QWidget *parent) : QWidget(parent), m_view(new MarkdownView(this))
{
    setObjectName(u"overviewPage"_s);
    m_view->setObjectName(u"overviewText"_s);
    m_view->setAccessibleName(tr("Document overview"));
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->document()->setDocumentMargin(20);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    connect(m_view, &MarkdownView::internalLinkActivated, this, [this](const QUrl &url) {
        if (const auto scheme = richtext::schemeFromLink(url))
            Q_EMIT schemeActivated(*scheme);
    });
}

OverviewPage::~OverviewPage() = default;

void OverviewPage::setDocument(openapi::DocumentPtr document)
{
    m_document = std::move(document);
    if (!m_document) {
        m_view->setPage(u"<p class=\"muted\">%1</p>"_s.arg(escape(tr("No document is open."))));
        return;
    }
    m_view->setPage(render(*m_document));
}

QString OverviewPage::render(const openapi::Document &doc) const
{
    QString html;
    const QString title = doc.title.isEmpty() ? tr("Untitled API") : doc.title;
    html += u"<h1>%1</h1>"_s.arg(escape(title));

    QStringList facts;
    if (!doc.apiVersion.isEmpty())
        facts.append(tr("Version %1").arg(escape(doc.apiVersion)));
    const QString spec = doc.versionString.isEmpty()
        ? openapi::Document::specVersionName(doc.specVersion)
        : (doc.specVersion == openapi::SpecVersion::Swagger20 ? tr("Swagger %1") : tr("OpenAPI %1")).arg(doc.versionString);
    facts.append(escape(spec));
    html += u"<p class=\"muted\">%1</p>"_s.arg(facts.join(u" &nbsp;·&nbsp; "_s));
    QString source = doc.sourceUrl.scheme() == u"qrc" ? tr("Bundled example")
        : doc.sourceUrl.isLocalFile()                 ? doc.sourceUrl.toLocalFile()
                                                      : doc.sourceUrl.toString();
    if (source.isEmpty())
        source = doc.sourceName;
    html += u"<p class=\"muted\">%1 <span class=\"mono\">%2</span></p>"_s.arg(escape(tr("Source:")), escape(source));

    html += richtext::markdownToHtml(doc.description, 2, palette());

    // Security at a glance.
    html += u"<h2>%1</h2>"_s.arg(escape(tr("Security")));
    int secured = 0, open = 0, anonymous = 0, undeclared = 0, undefined = 0;
    const auto count = [&](const QList<openapi::Operation> &operations) {
        for (const openapi::Operation &operation : operations) {
            switch (SchemeText::badge(operation.security)) {
            case SecurityBadge::Secured:
                ++secured;
                break;
            case SecurityBadge::Public:
                ++open;
                break;
            case SecurityBadge::AnonymousAllowed:
                ++anonymous;
                break;
            case SecurityBadge::NoneDeclared:
                ++undeclared;
                break;
            case SecurityBadge::Undefined:
                ++undefined;
                break;
            }
        }
    };
    count(doc.operations);
    count(doc.webhooks);
    const int total = int(doc.operations.size() + doc.webhooks.size());

    if (doc.schemes.isEmpty())
        html += u"<p>%1 %2</p>"_s.arg(richtext::iconImage(appearance::iconPath(appearance::IconId::NoSecurity)),
                                      escape(tr("This document declares no security schemes.")));

    switch (doc.globalSecurity.origin) {
    case openapi::SecurityRequirement::Origin::None:
        if (!doc.schemes.isEmpty())
            html += u"<p>%1</p>"_s.arg(escape(tr("No document-wide security requirement: each operation says what it needs, or nothing.")));
        break;
    case openapi::SecurityRequirement::Origin::Global:
    case openapi::SecurityRequirement::Origin::Operation:
        html += u"<p>%1 <b>%2</b></p>"_s.arg(
            escape(tr("By default, operations require:")),
            escape(doc.globalSecurity.alternatives.isEmpty() ? tr("nothing (security: [])") : doc.globalSecurity.summary()));
        break;
    }

    if (total > 0) {
        const QLocale locale;
        const auto row = [&locale](appearance::IconId icon, const QString &text, int n) {
            return u"<tr><td>%1</td><td align=\"right\"><b>%2</b></td><td>%3</td></tr>"_s.arg(
                richtext::iconImage(appearance::iconPath(icon)), locale.toString(n), text.toHtmlEscaped());
        };
        html += u"<table cellspacing=\"0\" cellpadding=\"3\">"_s;
        if (secured)
            html += row(appearance::IconId::LockClosed, secured == 1 ? tr("requires credentials") : tr("require credentials"), secured);
        if (anonymous)
            html += row(appearance::IconId::Anonymous,
                        anonymous == 1 ? tr("also allows anonymous access") : tr("also allow anonymous access"), anonymous);
        if (open)
            html += row(appearance::IconId::LockOpen, open == 1 ? tr("is public (security: [])") : tr("are public (security: [])"), open);
        if (undeclared)
            html += row(appearance::IconId::NoSecurity, undeclared == 1 ? tr("declares no security") : tr("declare no security"),
                        undeclared);
        if (undefined)
            html += row(appearance::IconId::Warning,
                        undefined == 1 ? tr("names a scheme the document does not define")
                                       : tr("name a scheme the document does not define"),
                        undefined);
        html += u"</table>"_s;
    }

    if (!doc.schemes.isEmpty()) {
        html += u"<h3>%1</h3>"_s.arg(escape(tr("Security schemes")));
        html += u"<table cellspacing=\"0\" cellpadding=\"4\">"_s;
        for (const openapi::SecurityScheme &scheme : doc.schemes) {
            const int used = int(doc.operationsUsing(scheme.name).size() + doc.webhooksUsing(scheme.name).size());
            html += u"<tr><td>%1</td><td><a href=\"%2\"><b>%3</b></a></td><td>%4</td><td class=\"muted\">%5</td></tr>"_s.arg(
                richtext::iconImage(appearance::iconPath(appearance::schemeIcon(scheme.type))),
                richtext::schemeLink(scheme.name).toString(QUrl::FullyEncoded), escape(scheme.name),
                escape(SchemeText::kindAndDetail(scheme)),
                escape(used == 0       ? tr("not used")
                           : used == 1 ? tr("used by 1 operation")
                                       : tr("used by %1 operations").arg(used)));
        }
        html += u"</table>"_s;
    }

    // Servers.
    html += u"<h2>%1</h2>"_s.arg(escape(doc.servers.size() == 1 ? tr("Server") : tr("Servers")));
    if (doc.servers.isEmpty())
        html += u"<p class=\"muted\">%1</p>"_s.arg(escape(tr("No server is declared.")));
    html += u"<table cellspacing=\"0\" cellpadding=\"4\">"_s;
    for (const openapi::Server &server : doc.servers) {
        const QUrl resolved = doc.resolveServerUrl(server);
        QString url = escape(server.urlTemplate);
        if (resolved.isValid() && !resolved.isRelative() && resolved.toString() != server.urlTemplate)
            url += u"<br><span class=\"muted\">→ %1</span>"_s.arg(escape(resolved.toString()));
        QString details = escape(server.description);
        for (const openapi::ServerVariable &variable : server.variables) {
            QString line = u"<br><span class=\"mono\">{%1}</span> = <span class=\"mono\">%2</span>"_s.arg(escape(variable.name),
                                                                                                          escape(variable.defaultValue));
            if (!variable.enumValues.isEmpty())
                line += u" <span class=\"muted\">%1</span>"_s.arg(escape(tr("(one of %1)").arg(variable.enumValues.join(u", "_s))));
            if (!variable.description.isEmpty())
                line += u" — "_s + escape(variable.description);
            details += line;
        }
        html += u"<tr><td>%1</td><td class=\"mono\">%2</td><td>%3</td></tr>"_s.arg(
            richtext::iconImage(appearance::iconPath(appearance::IconId::Server)), url, details);
    }
    html += u"</table>"_s;

    // Diagnostics.
    if (!doc.diagnostics.isEmpty()) {
        html += u"<h2>%1</h2>"_s.arg(escape(tr("Problems found (%1)").arg(doc.diagnostics.size())));
        html += u"<table cellspacing=\"0\" cellpadding=\"3\">"_s;
        int shown = 0;
        for (const openapi::Diagnostic &diagnostic : doc.diagnostics) {
            if (shown++ == maxDiagnosticsShown)
                break;
            html += u"<tr><td>%1</td><td class=\"mono muted\">%2</td><td>%3</td></tr>"_s.arg(
                richtext::iconImage(appearance::iconPath(appearance::IconId::Warning), 14),
                escape(diagnostic.location.isValid() ? diagnostic.location.toString() : QString()), escape(diagnostic.message));
        }
        html += u"</table>"_s;
        if (doc.diagnostics.size() > maxDiagnosticsShown)
            html += u"<p class=\"muted\">%1</p>"_s.arg(escape(tr("…and %1 more.").arg(doc.diagnostics.size() - maxDiagnosticsShown)));
    }
    return html;
}

} // namespace keyway::ui
