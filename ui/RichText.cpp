#include "RichText.h"

#include "Appearance.h"

#include <QPalette>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

using namespace Qt::StringLiterals;

namespace keyway::ui::richtext {

QString escape(const QString &text)
{
    return text.toHtmlEscaped();
}

QTextDocument::MarkdownFeatures markdownFeatures()
{
    QTextDocument::MarkdownFeatures features(QTextDocument::MarkdownDialectGitHub);
    features |= QTextDocument::MarkdownNoHTML;
    return features;
}

QString htmlSubsetToMarkdown(const QString &text)
{
    static const QRegularExpression looksLikeHtml(u"</(p|code|a|b|strong|em|i|ul|ol|li)>|<br\\s*/?>"_s,
                                                  QRegularExpression::CaseInsensitiveOption);
    if (!text.contains(looksLikeHtml))
        return text;
    struct Rule
    {
        QRegularExpression pattern;
        QString replacement;
    };
    static const QList<Rule> rules = [] {
        const auto ci = QRegularExpression::CaseInsensitiveOption;
        return QList<Rule>{
            {QRegularExpression(u"<br\\s*/?>"_s, ci), u"  \n"_s},
            {QRegularExpression(u"</?p(\\s[^>]*)?>"_s, ci), u"\n\n"_s},
            {QRegularExpression(u"</?(strong|b)>"_s, ci), u"**"_s},
            {QRegularExpression(u"</?(em|i)>"_s, ci), u"*"_s},
            {QRegularExpression(u"</?code>"_s, ci), u"`"_s},
            {QRegularExpression(u"<a\\s[^>]*href=\"([^\"]*)\"[^>]*>(.*?)</a>"_s, ci | QRegularExpression::DotMatchesEverythingOption),
             u"[\\2](\\1)"_s},
            {QRegularExpression(u"</?(ul|ol)(\\s[^>]*)?>"_s, ci), u"\n\n"_s},
            {QRegularExpression(u"<li(\\s[^>]*)?>"_s, ci), u"\n- "_s},
            {QRegularExpression(u"</li>"_s, ci), QString()},
        };
    }();
    QString result = text;
    for (const Rule &rule : rules)
        result.replace(rule.pattern, rule.replacement);
    result.replace(u"&lt;"_s, u"<"_s);
    result.replace(u"&gt;"_s, u">"_s);
    result.replace(u"&quot;"_s, u"\""_s);
    result.replace(u"&#39;"_s, u"'"_s);
    result.replace(u"&nbsp;"_s, u" "_s);
    result.replace(u"&amp;"_s, u"&"_s);
    return result;
}

void setDescription(QTextDocument *document, const QString &markdown, int headingDemotion, const QPalette &palette)
{
    // GitHub's alert blocks ("> [!NOTE]") read better as a bold label.
    static const QRegularExpression alert(u"^(\\s*>\\s*)\\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\\]"_s,
                                          QRegularExpression::MultilineOption);
    QString text = htmlSubsetToMarkdown(markdown);
    QRegularExpressionMatchIterator it = alert.globalMatch(text);
    qsizetype shift = 0;
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString kind = match.captured(2);
        const QString label = u"%1**%2:**"_s.arg(match.captured(1), kind.left(1) + kind.mid(1).toLower());
        text.replace(match.capturedStart() + shift, match.capturedLength(), label);
        shift += label.size() - match.capturedLength();
    }
    document->setMarkdown(text, markdownFeatures());

    const QColor border = appearance::cardBorder(palette);
    const QColor codeBackground = appearance::blend(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.06);
    const QColor headerBackground = appearance::blend(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.04);
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        QTextCursor cursor(block);
        const int level = format.headingLevel();
        if (level > 0) {
            format.setTopMargin(level <= 2 ? 14 : 10);
            format.setBottomMargin(4);
            cursor.setBlockFormat(format);
            cursor.movePosition(QTextCursor::StartOfBlock);
            cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
            QTextCharFormat chars;
            chars.setProperty(QTextFormat::FontSizeAdjustment, qMax(0, qMax(0, 4 - level) - headingDemotion));
            chars.setFontWeight(QFont::DemiBold);
            cursor.mergeCharFormat(chars);
        } else if (format.hasProperty(QTextFormat::BlockQuoteLevel)) {
            format.setLeftMargin(14);
            format.setRightMargin(0);
            format.setBackground(codeBackground);
            cursor.setBlockFormat(format);
        } else if (format.nonBreakableLines()) {
            format.setBackground(codeBackground);
            format.setLeftMargin(4);
            cursor.setBlockFormat(format);
        }
    }
    const QList<QTextFrame *> frames = document->rootFrame()->childFrames();
    for (QTextFrame *frame : frames) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        QTextTableFormat format = table->format();
        format.setCellSpacing(0);
        format.setCellPadding(5);
        format.setBorder(1);
        format.setBorderBrush(border);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setBorderCollapse(true);
        format.setTopMargin(6);
        format.setBottomMargin(6);
        table->setFormat(format);
        for (int column = 0; column < table->columns(); ++column) {
            QTextTableCell cell = table->cellAt(0, column);
            QTextCharFormat cellFormat = cell.format();
            cellFormat.setBackground(headerBackground);
            cell.setFormat(cellFormat);
        }
    }
}

QString markdownToHtml(const QString &markdown, int headingDemotion, const QPalette &palette)
{
    if (markdown.trimmed().isEmpty())
        return {};
    QTextDocument document;
    setDescription(&document, markdown, headingDemotion, palette);
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
