#pragma once

#include "OperationRef.h"

#include <QString>
#include <QUrl>

#include <optional>

class QPalette;

// Helpers for the rich-text pages (overview, scheme details): escaping, Markdown, and the internal
// "keyway:" links that let a page jump to a scheme or an operation.
namespace keyway::ui::richtext {

QString escape(const QString &text);
// Renders Markdown (GitHub dialect, raw HTML shown as text, never interpreted) to an HTML fragment.
QString markdownToHtml(const QString &markdown);
// The default style sheet of Keyway's rich-text pages, with colours from the palette.
QString styleSheet(const QPalette &palette);
QString iconImage(const QString &resourcePath, int size = 16);

QUrl schemeLink(const QString &schemeName);
std::optional<QString> schemeFromLink(const QUrl &url);
QUrl operationLink(const OperationRef &ref);
std::optional<OperationRef> operationFromLink(const QUrl &url);

} // namespace keyway::ui::richtext
