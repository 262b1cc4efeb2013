#pragma once

#include "OperationRef.h"

#include <QString>
#include <QTextDocument>
#include <QUrl>

#include <optional>

class QPalette;

// Helpers for the rich-text pages (overview, scheme details): escaping, Markdown, and the internal
// "keyway:" links that let a page jump to a scheme or an operation.
namespace keyway::ui::richtext {

QString escape(const QString &text);
// GitHub-flavoured Markdown, with raw HTML shown as text.
QTextDocument::MarkdownFeatures markdownFeatures();
// Many published documents (Stripe's, for one) write descriptions in HTML. The common, harmless tags
// (p, br, b, strong, i, em, code, a, ul/ol/li) become Markdown; any other tag stays visible as text.
QString htmlSubsetToMarkdown(const QString &text);
// Loads a description into a document: HTML subset converted, Markdown parsed without raw HTML,
// headings lowered by headingDemotion levels to sit under the page's own headings, tables and code
// blocks given Keyway's look.
void setDescription(QTextDocument *document, const QString &markdown, int headingDemotion, const QPalette &palette);
// The same, as an HTML fragment to embed in a page.
QString markdownToHtml(const QString &markdown, int headingDemotion, const QPalette &palette);
// The default style sheet of Keyway's rich-text pages, with colours from the palette.
QString styleSheet(const QPalette &palette);
QString iconImage(const QString &resourcePath, int size = 16);

QUrl schemeLink(const QString &schemeName);
std::optional<QString> schemeFromLink(const QUrl &url);
QUrl operationLink(const OperationRef &ref);
std::optional<OperationRef> operationFromLink(const QUrl &url);

} // namespace keyway::ui::richtext
