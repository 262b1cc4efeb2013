#pragma once

#include <QTextBrowser>

namespace keyway::ui {

// A read-only rich-text view for descriptions written in Markdown and for Keyway's own pages.
// Raw HTML in Markdown is shown as text; only bundled resources (qrc) are loaded, never remote ones;
// web links open in the system browser; "keyway:" links are reported through internalLinkActivated.
class MarkdownView final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarkdownView)

public:
    explicit MarkdownView(QWidget *parent = nullptr);

    void setMarkdownText(const QString &markdown);
    void setPage(const QString &html); // with Keyway's style sheet

    // Grow with the content instead of scrolling (for a view inside a scroll area).
    void setAutoHeight(bool enabled);

    QVariant loadResource(int type, const QUrl &name) override;

Q_SIGNALS:
    void internalLinkActivated(const QUrl &url);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void onAnchorClicked(const QUrl &url);
    void updateHeight();
    void applyStyleSheet();

    bool m_autoHeight = false;
};

} // namespace keyway::ui
