#include "MarkdownView.h"

#include "RichText.h"

#include <QAbstractTextDocumentLayout>
#include <QDesktopServices>
#include <QEvent>
#include <QPointer>
#include <QScrollBar>
#include <QTextDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace keyway::ui {

MarkdownView::MarkdownView(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setTextInteractionFlags(Qt::TextBrowserInteraction);
    document()->setDocumentMargin(12);
    applyStyleSheet();
    connect(this, &QTextBrowser::anchorClicked, this, &MarkdownView::onAnchorClicked);
}

void MarkdownView::setMarkdownText(const QString &markdown)
{
    // Built detached from the view: restyling a document that a view lays out re-lays it out after
    // every change, which is quadratic in the length of the description.
    auto *fresh = new QTextDocument(this);
    fresh->setDocumentMargin(document()->documentMargin());
    fresh->setDefaultStyleSheet(document()->defaultStyleSheet());
    fresh->setDefaultFont(document()->defaultFont());
    richtext::setDescription(fresh, markdown, 1, palette());
    // The first document belongs to the view's text control, which deletes it; later ones are ours.
    const QPointer<QTextDocument> old = document();
    setDocument(fresh);
    if (old && old->parent() == this)
        old->deleteLater();
    if (m_autoHeight)
        connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this, &MarkdownView::updateHeight,
                Qt::UniqueConnection);
    updateHeight();
}

void MarkdownView::setPage(const QString &html)
{
    setHtml(html);
    updateHeight();
}

void MarkdownView::setAutoHeight(bool enabled)
{
    m_autoHeight = enabled;
    setVerticalScrollBarPolicy(enabled ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
    setSizePolicy(QSizePolicy::Expanding, enabled ? QSizePolicy::Fixed : QSizePolicy::Expanding);
    if (enabled) {
        setFrameShape(QFrame::NoFrame);
        viewport()->setAutoFillBackground(false);
        document()->setDocumentMargin(0);
        connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this, &MarkdownView::updateHeight,
                Qt::UniqueConnection);
    }
    updateHeight();
}

QVariant MarkdownView::loadResource(int type, const QUrl &name)
{
    // Only Keyway's own icons; a description must not make Keyway fetch anything.
    if (name.scheme() == u"qrc" || (name.scheme().isEmpty() && name.path().startsWith(u':')))
        return QTextBrowser::loadResource(type, name);
    return {};
}

void MarkdownView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    updateHeight();
}

void MarkdownView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyStyleSheet();
}

void MarkdownView::applyStyleSheet()
{
    document()->setDefaultStyleSheet(richtext::styleSheet(palette()));
}

void MarkdownView::onAnchorClicked(const QUrl &url)
{
    if (url.scheme() == u"keyway") {
        Q_EMIT internalLinkActivated(url);
        return;
    }
    if (url.scheme().isEmpty() && url.path().isEmpty() && url.hasFragment()) {
        scrollToAnchor(url.fragment());
        return;
    }
    if (url.scheme() == u"http" || url.scheme() == u"https" || url.scheme() == u"mailto")
        QDesktopServices::openUrl(url);
}

void MarkdownView::updateHeight()
{
    if (!m_autoHeight)
        return;
    // The view keeps the document as wide as its viewport; setting the width here again would lay the
    // whole document out once more.
    const int height = int(std::ceil(document()->size().height())) + frameWidth() * 2;
    if (height != this->height())
        setFixedHeight(qMax(height, fontMetrics().height()));
}

} // namespace keyway::ui
