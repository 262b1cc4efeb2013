#pragma once

#include "SecretMasking.h"
#include "net/Exchange.h"

#include <QSet>
#include <QTextBrowser>

#include <optional>

namespace keyway::ui {

// One HTTP exchange in full: what was sent (method, URL, headers, body) and what came back (status, headers,
// body), with timings, the error when no answer came, and a note when credentials were dropped on a redirect.
// Every known secret value is masked; each masked value is a link that shows it (and hides it again): one value
// at a time, never all at once, and forgotten when another exchange is shown.
class ExchangeView final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeView)

public:
    explicit ExchangeView(QWidget *parent = nullptr);
    ~ExchangeView() override;

    // Shows `exchange` (a copy is kept while it is shown); nullopt clears the view.
    void setExchange(const std::optional<net::Exchange> &exchange);
    // The same exchange again (updated on the timeline): revealed values stay revealed.
    void updateExchange(const net::Exchange &exchange);
    std::optional<quint64> exchangeId() const;
    void setEmptyText(const QString &text);

    int revealedCount() const { return int(m_revealed.size()); }
    void concealAll();

    // Bodies longer than this are cut in the view (the timeline keeps them whole).
    static constexpr qsizetype kMaxBodyChars = 200 * 1024;

    // JSON re-indented without reordering members (QJsonDocument would sort them); other text as it is.
    static QString prettyJson(const QString &json);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    QString bodyHtml(const QByteArray &body, const net::HeaderList &headers, bool truncated) const;
    QString headersHtml(const net::HeaderList &headers) const;
    QString masked(const QString &text) const;

    std::optional<net::Exchange> m_exchange;
    SecretMask m_mask;
    QSet<int> m_revealed;
    QString m_emptyText;
};

} // namespace keyway::ui
