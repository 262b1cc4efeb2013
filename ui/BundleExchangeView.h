#pragma once

#include "recorder/HarReader.h"

#include <QTextBrowser>

#include <optional>

namespace keyway::ui {

// One exchange of an imported bundle or HAR file, read-only: request and response with headers and bodies, where
// every redaction marker ("REDACTED-1a2b3c4d5e6f") is highlighted so that the reader sees at once what was taken
// out, and the decoded claims of the tokens it carried. Unlike ExchangeView there is nothing to reveal: the
// values are not in the file.
class BundleExchangeView final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BundleExchangeView)

public:
    explicit BundleExchangeView(QWidget *parent = nullptr);
    ~BundleExchangeView() override;

    void setEntry(const std::optional<recorder::HarEntry> &entry);
    // How many markers the shown exchange has (highlighted).
    int markerCount() const { return m_markers; }

    // `text` HTML-escaped with every redaction marker wrapped in a highlighted span.
    static QString highlightMarkers(const QString &text, int *count = nullptr);

private:
    QString headersHtml(const net::HeaderList &headers);
    QString bodyHtml(const QByteArray &body);
    void render();

    std::optional<recorder::HarEntry> m_entry;
    int m_markers = 0;
};

} // namespace keyway::ui
