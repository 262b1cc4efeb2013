#pragma once

#include "request/RequestHistory.h"
#include "request/RequestSender.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTabWidget;
class QTableWidget;
class QTextBrowser;
class QTreeWidget;

namespace keyway::net {
class Timeline;
}

namespace keyway::ui {

class ExchangeView;
class JsonHighlighter;

// What came back: the status and reason, time and size; notices (credentials dropped by a cross-origin redirect, a
// refreshed token, warnings, why nothing was sent); the body pretty-printed with JSON highlighting or raw, images as
// images; the headers; the server's WWW-Authenticate challenges parsed and explained with the schemes that were
// applied; the request as it was sent (secrets masked until revealed, from the timeline); and the operation's
// history.
class ResponseView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResponseView)

public:
    enum Tab { BodyTab, HeadersTab, AuthenticationTab, RequestTab, HistoryTab };

    // `timeline` (not owned, may be null) is where the sent exchange is read from.
    explicit ResponseView(net::Timeline *timeline, QWidget *parent = nullptr);
    ~ResponseView() override;

    void clear();
    // A send is under way: `stage` says what it is doing.
    void showSending(const QString &stage);
    void showOutcome(const request::RequestOutcome &outcome);
    void setHistory(const QList<request::HistoryEntry> &entries);

    // For tests and the window: what is shown.
    QString statusText() const;
    QString noticeText() const;
    QString bodyText() const; // as shown (pretty or raw)
    bool isShowingImage() const;
    QTabWidget *tabs() const { return m_tabs; }
    QTableWidget *headersTable() const { return m_headers; }
    QTextBrowser *authenticationView() const { return m_authentication; }
    ExchangeView *requestView() const { return m_request; }
    QTreeWidget *historyList() const { return m_history; }
    QCheckBox *rawCheck() const { return m_raw; }

Q_SIGNALS:
    void showInTimelineRequested(quint64 exchangeId);
    void clearHistoryRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showBody();
    void showHeaders();
    void showAuthentication();
    void showRequest();
    void setStatusStyle(int httpStatus, bool failed);
    QString contentType() const;

    net::Timeline *m_timeline;
    std::optional<request::RequestOutcome> m_outcome;
    quint64 m_exchangeId = 0;

    QLabel *m_status;
    QLabel *m_meta;
    QPushButton *m_timelineButton;
    QLabel *m_notice;
    QTabWidget *m_tabs;
    QStackedWidget *m_bodyStack;
    QPlainTextEdit *m_body;
    JsonHighlighter *m_highlighter;
    QScrollArea *m_imageArea;
    QLabel *m_image;
    QLabel *m_bodyEmpty;
    QCheckBox *m_raw;
    QLabel *m_bodyNote;
    QTableWidget *m_headers;
    QTextBrowser *m_authentication;
    ExchangeView *m_request;
    QTreeWidget *m_history;
    QPushButton *m_clearHistory;
};

} // namespace keyway::ui
