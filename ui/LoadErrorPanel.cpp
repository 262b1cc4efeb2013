#include "LoadErrorPanel.h"

#include "Appearance.h"

#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace keyway::ui {

namespace {
constexpr int excerptContext = 70; // characters shown either side of the column on long lines
constexpr qint64 maxLineBytes = 1 << 20;
} // namespace

LoadErrorPanel::LoadErrorPanel(QWidget *parent)
    : QWidget(parent),
      m_frame(new QFrame(this)),
      m_title(new QLabel(m_frame)),
      m_location(new QLabel(m_frame)),
      m_message(new QLabel(m_frame)),
      m_excerpt(new QLabel(m_frame)),
      m_note(new QLabel(m_frame)),
      m_retry(new QPushButton(m_frame)),
      m_close(new QPushButton(m_frame))
{
    setObjectName(u"loadErrorPanel"_s);
    setAccessibleName(tr("Error"));
    m_frame->setObjectName(u"loadErrorFrame"_s);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 8, 8, 4);
    outer->addWidget(m_frame);

    auto *icon = new QLabel(m_frame);
    icon->setPixmap(appearance::icon(appearance::IconId::Warning).pixmap(24, 24));
    icon->setFixedSize(24, 24);

    m_title->setObjectName(u"loadErrorTitle"_s);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);

    m_location->setObjectName(u"loadErrorLocation"_s);
    m_location->setFont(appearance::monospaceFont(font()));
    m_location->setTextFormat(Qt::PlainText);
    m_location->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_message->setObjectName(u"loadErrorMessage"_s);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_excerpt->setObjectName(u"loadErrorExcerpt"_s);
    m_excerpt->setFont(appearance::monospaceFont(font()));
    m_excerpt->setTextFormat(Qt::PlainText);
    m_excerpt->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_excerpt->setMargin(6);
    m_excerpt->setAutoFillBackground(true);

    m_note->setObjectName(u"loadErrorNote"_s);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);

    m_retry->setObjectName(u"loadErrorRetry"_s);
    m_retry->setText(tr("Try Again"));
    m_close->setObjectName(u"loadErrorDismiss"_s);
    m_close->setText(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss the error"));

    auto *buttons = new QVBoxLayout;
    buttons->setSpacing(4);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_close);
    buttons->addStretch();

    auto *grid = new QGridLayout(m_frame);
    grid->setContentsMargins(12, 10, 12, 10);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(4);
    grid->addWidget(icon, 0, 0, Qt::AlignTop);
    grid->addWidget(m_title, 0, 1);
    grid->addWidget(m_location, 1, 1);
    grid->addWidget(m_message, 2, 1);
    grid->addWidget(m_excerpt, 3, 1);
    grid->addWidget(m_note, 4, 1);
    grid->addLayout(buttons, 0, 2, 5, 1);
    grid->setColumnStretch(1, 1);

    connect(m_retry, &QPushButton::clicked, this, [this] {
        dismiss();
        Q_EMIT retryRequested();
    });
    connect(m_close, &QPushButton::clicked, this, [this] {
        dismiss();
        Q_EMIT dismissed();
    });
    applyStyle();
    setVisible(false);
}

LoadErrorPanel::~LoadErrorPanel() = default;

void LoadErrorPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyStyle();
}

void LoadErrorPanel::applyStyle()
{
    const QPalette p = palette();
    const QColor red(0xcf, 0x22, 0x2e);
    const QColor background = appearance::blend(p.color(QPalette::Window), red, 0.08);
    const QColor border = appearance::blend(p.color(QPalette::Window), red, 0.45);
    m_frame->setStyleSheet(
        u"QFrame#loadErrorFrame { background-color: %1; border: 1px solid %2; border-radius: 6px; }"
        "QFrame#loadErrorFrame QLabel { background: transparent; border: none; }"
        "QFrame#loadErrorFrame QLabel#loadErrorExcerpt { background-color: %3; border: 1px solid %2; border-radius: 4px; }"_s.arg(
            background.name(), border.name(), p.color(QPalette::Base).name()));
    QPalette muted = m_note->palette();
    muted.setColor(QPalette::WindowText, appearance::mutedText(p));
    m_note->setPalette(muted);
    m_location->setPalette(muted);
}

void LoadErrorPanel::showError(const QString &what, const keyway::Error &error, bool previousKept)
{
    const quint64 generation = ++m_generation;
    m_title->setText(tr("Could not open “%1”").arg(what));
    const SourceLocation &location = error.location;
    if (location.isValid()) {
        QString where = location.source.isEmpty() ? what : location.source;
        where += u':' + QString::number(location.line);
        if (location.column > 0)
            where += u':' + QString::number(location.column);
        m_location->setText(where);
        m_location->setVisible(true);
    } else {
        m_location->clear();
        m_location->setVisible(false);
    }
    m_message->setText(error.message);
    m_excerpt->clear();
    m_excerpt->setVisible(false);
    m_note->setText(previousKept ? tr("The document that was open is still open.") : QString());
    m_note->setVisible(previousKept);
    setAccessibleDescription(error.toString());
    setVisible(true);

    if (!location.isValid())
        return;
    // Read the offending line off the UI thread: the file may be large or on a slow disk.
    const QString source = location.source;
    const int line = location.line;
    const int column = location.column;
    auto *watcher = new QFutureWatcher<QStringList>(this);
    connect(watcher, &QFutureWatcher<QStringList>::finished, this, [this, watcher, generation, line, column] {
        watcher->deleteLater();
        if (generation != m_generation || !isVisible())
            return;
        const QStringList lines = watcher->result();
        if (lines.isEmpty())
            return;
        m_excerpt->setText(formatExcerpt(lines, line, column));
        m_excerpt->setVisible(true);
    });
    watcher->setFuture(QtConcurrent::run([source, line] { return readSourceLines(source, line); }));
}

void LoadErrorPanel::dismiss()
{
    ++m_generation;
    setVisible(false);
}

QStringList LoadErrorPanel::readSourceLines(const QString &source, int line)
{
    if (line <= 0 || source.isEmpty())
        return {};
    QString path = source;
    if (source.startsWith(u"file:"_s))
        path = QUrl(source).toLocalFile();
    else if (source.contains(u"://"_s))
        return {}; // a URL: nothing local to read
    const QFileInfo info(path);
    if (!info.isFile())
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const auto decode = [](QByteArray bytes) {
        while (bytes.endsWith('\n') || bytes.endsWith('\r'))
            bytes.chop(1);
        return QString::fromUtf8(bytes);
    };
    QString previous;
    int current = 1;
    while (current < line && !file.atEnd()) {
        // readLine with a cap keeps a single huge line from filling memory.
        const QByteArray chunk = file.readLine(maxLineBytes);
        if (chunk.isEmpty())
            return {};
        if (chunk.endsWith('\n')) {
            if (current == line - 1)
                previous = decode(chunk);
            ++current;
        }
    }
    if (current != line)
        return {};
    QStringList lines;
    if (line > 1)
        lines.append(previous);
    lines.append(decode(file.readLine(maxLineBytes)));
    return lines;
}

QString LoadErrorPanel::formatExcerpt(const QStringList &lines, int lastLineNumber, int column)
{
    if (lines.isEmpty())
        return {};
    const int width = int(QString::number(lastLineNumber).size());
    const auto cut = [](const QString &text, int start) {
        QString part = text.mid(start, 2 * excerptContext);
        if (start > 0)
            part.prepend(u"…"_s);
        if (start + 2 * excerptContext < text.size())
            part.append(u"…"_s);
        return part;
    };
    // One window for every line, centred on the column, so that the lines stay aligned.
    int caret = column > 0 ? column - 1 : -1;
    int start = 0;
    qsizetype longest = 0;
    for (const QString &text : lines)
        longest = qMax(longest, text.size());
    if (longest > 2 * excerptContext && caret > excerptContext)
        start = caret - excerptContext;

    QStringList out;
    QString last;
    for (int i = 0; i < lines.size(); ++i) {
        const int number = lastLineNumber - int(lines.size()) + 1 + i;
        const QString text = longest > 2 * excerptContext ? cut(lines.at(i), start) : lines.at(i);
        out.append(u" %1 │ %2"_s.arg(number, width).arg(text));
        last = text;
    }
    if (caret >= 0) {
        if (start > 0)
            caret = caret - start + 1; // after the "…"
        // Keep tabs so that the caret lines up under the same column in a monospace font.
        QString pad;
        for (int i = 0; i < caret; ++i)
            pad += i < last.size() && last.at(i) == u'\t' ? u'\t' : u' ';
        out.append(u" %1 │ %2^"_s.arg(QString(width, u' '), pad));
    }
    return out.join(u'\n');
}

} // namespace keyway::ui
