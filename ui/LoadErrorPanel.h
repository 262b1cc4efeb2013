#pragma once

#include "core/Result.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace keyway::ui {

// Says why a document could not be opened: where (file:line:column), what, and the offending source
// line with a caret under the column. Shown above the panels, so the document that was open stays in
// view and usable; dismissed by the user or by the next successful load.
class LoadErrorPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadErrorPanel)

public:
    explicit LoadErrorPanel(QWidget *parent = nullptr);
    ~LoadErrorPanel() override;

    // what: the document as the user named it. previousKept: a document is still open.
    void showError(const QString &what, const keyway::Error &error, bool previousKept);
    void dismiss();

    // The lines before the error's line (context) and the line itself, numbered, with a caret under the
    // 1-based column of the last line (no caret for column 0). Long lines are cut around the column.
    static QString formatExcerpt(const QStringList &lines, int lastLineNumber, int column);
    // Reads line `line` of a local file (path or file: URL) and the one before it; empty when it is not
    // a readable local file or has no such line. Blocking: run it on a worker thread.
    static QStringList readSourceLines(const QString &source, int line);

Q_SIGNALS:
    void retryRequested();
    void dismissed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyStyle();

    QWidget *m_frame;
    QLabel *m_title;
    QLabel *m_location;
    QLabel *m_message;
    QLabel *m_excerpt;
    QLabel *m_note;
    QPushButton *m_retry;
    QPushButton *m_close;
    quint64 m_generation = 0;
};

} // namespace keyway::ui
