#include "LoadStatusWidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace keyway::ui {

LoadStatusWidget::LoadStatusWidget(QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this)), m_progress(new QProgressBar(this)), m_cancel(new QPushButton(this))
{
    setObjectName(u"loadStatus"_s);
    m_label->setObjectName(u"loadStage"_s);
    m_progress->setObjectName(u"loadProgress"_s);
    m_progress->setAccessibleName(tr("Loading progress"));
    m_progress->setTextVisible(false);
    m_progress->setFixedWidth(140);
    m_progress->setMaximumHeight(14);
    m_cancel->setObjectName(u"cancelLoadButton"_s);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel loading"));
    m_cancel->setToolTip(tr("Stop loading; the document already open stays open"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 4, 0);
    layout->setSpacing(8);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);

    connect(m_cancel, &QPushButton::clicked, this, &LoadStatusWidget::cancelRequested);
    setVisible(false);
}

LoadStatusWidget::~LoadStatusWidget() = default;

void LoadStatusWidget::start(const QString &what)
{
    m_active = true;
    m_what = what;
    m_stage = tr("Opening %1").arg(what);
    m_bytes.clear();
    m_progress->setRange(0, 0);
    updateText();
    setVisible(true);
}

void LoadStatusWidget::setStage(const QString &stage)
{
    m_stage = stage;
    // Parsing and building have no measurable progress.
    if (!stage.contains(u"Download"_s, Qt::CaseInsensitive))
        m_progress->setRange(0, 0);
    updateText();
}

void LoadStatusWidget::setProgress(qint64 received, qint64 total)
{
    const QLocale locale;
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(qBound(qint64(0), received * 1000 / total, qint64(1000))));
        m_bytes = tr("%1 of %2").arg(locale.formattedDataSize(received), locale.formattedDataSize(total));
    } else {
        m_progress->setRange(0, 0);
        m_bytes = locale.formattedDataSize(received);
    }
    updateText();
}

void LoadStatusWidget::stop()
{
    m_active = false;
    setVisible(false);
}

void LoadStatusWidget::updateText()
{
    QString text = m_stage + u'…';
    if (!m_bytes.isEmpty())
        text += u"  "_s + m_bytes;
    m_label->setText(text);
    m_progress->setAccessibleDescription(text);
}

} // namespace keyway::ui
