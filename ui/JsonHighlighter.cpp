#include "JsonHighlighter.h"

#include "Appearance.h"

#include <QGuiApplication>
#include <QPalette>

namespace keyway::ui {

namespace {

// Lines longer than this are coloured only up to it: a minified megabyte on one line must not stall the view.
constexpr int kMaxHighlightedColumns = 20'000;

bool isNumberStart(QChar c)
{
    return c == u'-' || (c >= u'0' && c <= u'9');
}

bool isNumberChar(QChar c)
{
    return (c >= u'0' && c <= u'9') || c == u'-' || c == u'+' || c == u'.' || c == u'e' || c == u'E';
}

// The end (exclusive) of the string starting at `start` (a quote), honouring backslash escapes; the line's end
// when it is not closed.
int stringEnd(const QString &text, int start, int limit)
{
    int i = start + 1;
    while (i < limit) {
        const QChar c = text.at(i);
        if (c == u'\\') {
            i += 2;
            continue;
        }
        ++i;
        if (c == u'"')
            return i;
    }
    return limit;
}

} // namespace

JsonHighlighter::JsonHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    setObjectName(QStringLiteral("jsonHighlighter"));
    setPalette(QGuiApplication::palette());
}

JsonHighlighter::~JsonHighlighter() = default;

void JsonHighlighter::setPalette(const QPalette &palette)
{
    const bool dark = appearance::isDark(palette);
    m_key = {};
    m_key.setForeground(dark ? QColor(0x79, 0xc0, 0xff) : QColor(0x05, 0x50, 0xae));
    m_string = {};
    m_string.setForeground(dark ? QColor(0x7e, 0xe7, 0x87) : QColor(0x11, 0x63, 0x29));
    m_number = {};
    m_number.setForeground(dark ? QColor(0xff, 0xa6, 0x57) : QColor(0x95, 0x38, 0x00));
    m_literal = {};
    m_literal.setForeground(dark ? QColor(0xd2, 0xa8, 0xff) : QColor(0x82, 0x50, 0xdf));
    m_literal.setFontWeight(QFont::DemiBold);
    m_punctuation = {};
    m_punctuation.setForeground(appearance::mutedText(palette));
    rehighlight();
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    const int limit = int(qMin<qsizetype>(text.size(), kMaxHighlightedColumns));
    int i = 0;
    while (i < limit) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == u'"') {
            const int end = stringEnd(text, i, limit);
            // A member name is a string followed (after spaces) by a colon.
            int next = end;
            while (next < limit && text.at(next).isSpace())
                ++next;
            const bool isKey = next < limit && text.at(next) == u':';
            setFormat(i, end - i, isKey ? m_key : m_string);
            i = end;
        } else if (isNumberStart(c)) {
            int end = i + 1;
            while (end < limit && isNumberChar(text.at(end)))
                ++end;
            setFormat(i, end - i, m_number);
            i = end;
        } else if (c == u'{' || c == u'}' || c == u'[' || c == u']' || c == u':' || c == u',') {
            setFormat(i, 1, m_punctuation);
            ++i;
        } else if (c.isLetter()) {
            int end = i + 1;
            while (end < limit && text.at(end).isLetter())
                ++end;
            const QStringView word = QStringView(text).mid(i, end - i);
            if (word == u"true" || word == u"false" || word == u"null")
                setFormat(i, end - i, m_literal);
            i = end;
        } else {
            return; // not JSON from here on: leave the rest as it is
        }
    }
}

} // namespace keyway::ui
