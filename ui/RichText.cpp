#include "RichText.h"

#include "Appearance.h"

#include <QPalette>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace keyway::ui::richtext {

QString escape(const QString &text)
{
    return text.toHtmlEscaped();
}

QString markdownToHtml(const QString &markdown)
{
    if (markdown.trimmed().isEmpty())
        return {};
    QTextDocument document;
    document.setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML);
    const QString html = document.toHtml();
    // toHtml() writes a whole document; keep what is inside <body>.
    const qsizetype bodyTag = html.indexOf(u"<body"_s);
    const qsizetype bodyStart = bodyTag < 0 ? -1 : html.indexOf(u'>', bodyTag);
    const qsizetype bodyEnd = html.lastIndexOf(u"</body>"_s);
    if (bodyStart < 0 || bodyEnd < bodyStart)
        return escape(markdown);
    return html.mid(bodyStart + 1, bodyEnd - bodyStart - 1);
}

QString styleSheet(const QPalette &palette)
{
    const QString muted = appearance::mutedText(palette).name();
    const QString link = palette.color(QPalette::Link).name();
    const QString border = appearance::cardBorder(palette).name();
    const QString code = appearance::blend(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.07).name();
    const QString warning = appearance::warningColor(palette).name();
    return uR"(
        h1 { font-size: x-large; font-weight: 600; margin-top: 4px; margin-bottom: 2px; }
        h2 { font-size: large; font-weight: 600; margin-top: 18px; margin-bottom: 6px; }
        h3 { font-size: medium; font-weight: 600; margin-top: 12px; margin-bottom: 4px; }
        a { color: %2; text-decoration: none; }
        code { background-color: %4; font-family: monospace; }
        pre { background-color: %4; font-family: monospace; }
        th { text-align: left; font-weight: 600; color: %1; }
        td { vertical-align: top; }
        .muted { color: %1; }
        .mono { font-family: monospace; }
        .label { color: %1; white-space: nowrap; }
        .warning { color: %5; }
        .border { border-color: %3; }
    )"_s.arg(muted, link, border, code, warning);
}

QString iconImage(const QString &resourcePath, int size)
{
    QString url = resourcePath;
    if (url.startsWith(u':'))
        url.prepend(u"qrc"_s);
    return u"<img src=\"%1\" width=\"%2\" height=\"%2\" style=\"vertical-align: middle\">"_s.arg(url).arg(size);
}

QUrl schemeLink(const QString &schemeName)
{
    QUrl url;
    url.setScheme(u"keyway"_s);
    url.setPath(u"scheme"_s);
    url.setFragment(schemeName);
    return url;
}

std::optional<QString> schemeFromLink(const QUrl &url)
{
    if (url.scheme() != u"keyway" || url.path() != u"scheme")
        return std::nullopt;
    return url.fragment(QUrl::FullyDecoded);
}

QUrl operationLink(const OperationRef &ref)
{
    QUrl url;
    url.setScheme(u"keyway"_s);
    url.setPath(ref.webhook ? u"webhook"_s : u"operation"_s);
    url.setFragment(QString::number(ref.index));
    return url;
}

std::optional<OperationRef> operationFromLink(const QUrl &url)
{
    if (url.scheme() != u"keyway" || (url.path() != u"operation" && url.path() != u"webhook"))
        return std::nullopt;
    bool ok = false;
    const int index = url.fragment().toInt(&ok);
    if (!ok || index < 0)
        return std::nullopt;
    return OperationRef{url.path() == u"webhook", index};
}

} // namespace keyway::ui::richtext
