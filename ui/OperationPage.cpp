#include "OperationPage.h"

#include "Appearance.h"
#include "MarkdownView.h"
#include "MethodBadge.h"
#include "SecurityPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace keyway::ui {

namespace {

// Lets a long path wrap after its slashes (a label only breaks lines at spaces).
QString breakablePath(const QString &path)
{
    QString result;
    result.reserve(path.size() + path.size() / 8);
    for (const QChar c : path) {
        result.append(c);
        if (c == u'/' && path.size() > 40)
            result.append(QChar(0x200B));
    }
    return result;
}

// Long descriptions are shown cut at first, so that selecting an operation stays instant (laying out tens of
// kilobytes of rich text takes longer than a frame); the rest comes with one click.
constexpr qsizetype kDescriptionPreviewChars = 1500;
const QUrl fullDescriptionLink(QStringLiteral("keyway:description-full"));

// The start of `markdown`, cut at a paragraph break before the limit and never inside a code fence; the whole text
// when it is short.
QString descriptionPreview(const QString &markdown, bool *cut)
{
    *cut = false;
    if (markdown.size() <= kDescriptionPreviewChars + kDescriptionPreviewChars / 4)
        return markdown;
    qsizetype end = markdown.lastIndexOf(u"\n\n"_s, kDescriptionPreviewChars);
    if (end < kDescriptionPreviewChars / 2)
        end = markdown.lastIndexOf(u'\n', kDescriptionPreviewChars);
    if (end < kDescriptionPreviewChars / 2)
        end = kDescriptionPreviewChars;
    QString head = markdown.left(end);
    if (head.count(u"```"_s) % 2 != 0)
        head.truncate(head.lastIndexOf(u"```"_s));
    *cut = true;
    return head;
}

void setMuted(QLabel *label)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, appearance::mutedText(label->palette()));
    label->setPalette(p);
}

} // namespace

OperationPage::OperationPage(QWidget *parent)
    : QWidget(parent),
      m_stack(new QStackedWidget(this)),
      m_placeholder(new QLabel(this)),
      m_scroll(new QScrollArea(this)),
      m_method(new MethodBadge(this)),
      m_path(new QLabel(this)),
      m_deprecated(new QLabel(this)),
      m_try(new QPushButton(tr("Try It…"), this)),
      m_summary(new QLabel(this)),
      m_meta(new QLabel(this)),
      m_security(new SecurityPanel(this)),
      m_descriptionTitle(nullptr),
      m_description(new MarkdownView(this)),
      m_location(new QLabel(this))
{
    setObjectName(u"operationPage"_s);

    m_placeholder->setObjectName(u"operationPlaceholder"_s);
    m_placeholder->setText(tr("Select an operation on the left to see what it requires."));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    setMuted(m_placeholder);

    auto *content = new QWidget;
    content->setObjectName(u"operationContent"_s);

    m_method->setObjectName(u"operationMethod"_s);
    m_path->setObjectName(u"operationPath"_s);
    QFont pathFont = appearance::monospaceFont(font());
    pathFont.setPointSizeF(pathFont.pointSizeF() * 1.2);
    pathFont.setBold(true);
    m_path->setFont(pathFont);
    m_path->setWordWrap(true);
    m_path->setTextFormat(Qt::PlainText);
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_path->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    m_deprecated->setObjectName(u"operationDeprecated"_s);
    m_deprecated->setText(tr("Deprecated"));
    m_deprecated->setStyleSheet(u"QLabel { color: #cf222e; border: 1px solid #cf222e; border-radius: 9px; "
                                "padding: 1px 8px; font-weight: 600; }"_s);
    m_deprecated->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);

    m_try->setObjectName(u"tryItButton"_s);
    m_try->setToolTip(tr("Edit and send a request of this operation (Ctrl+4; Ctrl+Return sends)"));
    m_try->setAccessibleName(tr("Try this operation"));
    connect(m_try, &QPushButton::clicked, this, &OperationPage::tryRequested);

    auto *header = new QHBoxLayout;
    header->setSpacing(10);
    header->addWidget(m_method, 0, Qt::AlignTop);
    header->addWidget(m_path, 1);
    header->addWidget(m_deprecated, 0, Qt::AlignTop);
    header->addWidget(m_try, 0, Qt::AlignTop);

    m_summary->setObjectName(u"operationSummary"_s);
    QFont summaryFont = m_summary->font();
    summaryFont.setPointSizeF(summaryFont.pointSizeF() * 1.1);
    m_summary->setFont(summaryFont);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_meta->setObjectName(u"operationMeta"_s);
    m_meta->setWordWrap(true);
    m_meta->setTextFormat(Qt::RichText);
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setMuted(m_meta);

    m_description->setObjectName(u"operationDescription"_s);
    m_description->setAccessibleName(tr("Description"));
    m_description->setAutoHeight(true);

    m_location->setObjectName(u"operationLocation"_s);
    m_location->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setMuted(m_location);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(20, 16, 20, 20);
    layout->setSpacing(6);
    layout->addLayout(header);
    layout->addWidget(m_summary);
    layout->addWidget(m_meta);
    layout->addSpacing(10);
    layout->addWidget(sectionTitle(tr("Security")));
    layout->addWidget(m_security);
    layout->addSpacing(10);
    m_descriptionTitle = sectionTitle(tr("Description"));
    layout->addWidget(m_descriptionTitle);
    layout->addWidget(m_description);
    layout->addSpacing(6);
    layout->addWidget(m_location);
    layout->addStretch(1);

    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_scroll);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    connect(m_security, &SecurityPanel::schemeActivated, this, &OperationPage::schemeActivated);
    connect(m_description, &MarkdownView::internalLinkActivated, this, [this](const QUrl &url) {
        if (url != fullDescriptionLink || !m_document)
            return;
        if (const openapi::Operation *operation = m_current.resolve(*m_document))
            m_description->setMarkdownText(operation->description);
    });
}

OperationPage::~OperationPage() = default;

QLabel *OperationPage::sectionTitle(const QString &text)
{
    auto *label = new QLabel(text, this);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    label->setFont(f);
    label->setContentsMargins(0, 4, 0, 2);
    return label;
}

void OperationPage::setDocument(openapi::DocumentPtr document)
{
    m_document = std::move(document);
    showOperation({});
}

void OperationPage::showOperation(const OperationRef &ref)
{
    const openapi::Operation *operation = m_document && ref.isValid() ? ref.resolve(*m_document) : nullptr;
    if (operation && ref == m_current && m_stack->currentWidget() == m_scroll)
        return; // already shown
    m_current = operation ? ref : OperationRef();
    if (!operation) {
        m_security->clear();
        m_stack->setCurrentWidget(m_placeholder);
        return;
    }

    m_method->setMethod(operation->method);
    m_path->setText(breakablePath(operation->path));
    m_path->setAccessibleName(operation->path);
    m_deprecated->setVisible(operation->deprecated);
    m_try->setVisible(!ref.webhook); // a webhook is sent by the API, not to it
    m_summary->setText(operation->summary);
    m_summary->setVisible(!operation->summary.isEmpty());

    QStringList meta;
    if (ref.webhook)
        meta.append(tr("Webhook: a request the API sends to you"));
    if (!operation->operationId.isEmpty())
        meta.append(tr("Operation ID <code>%1</code>").arg(operation->operationId.toHtmlEscaped()));
    if (!operation->tags.isEmpty()) {
        QStringList tags;
        for (const QString &tag : operation->tags)
            tags.append(tag.toHtmlEscaped());
        meta.append((operation->tags.size() == 1 ? tr("Tag %1") : tr("Tags %1")).arg(tags.join(u", "_s)));
    }
    m_meta->setText(meta.join(u"  ·  "_s));
    m_meta->setVisible(!meta.isEmpty());

    m_security->showRequirement(*m_document, operation->security);

    const bool hasDescription = !operation->description.trimmed().isEmpty();
    m_descriptionTitle->setVisible(hasDescription);
    m_description->setVisible(hasDescription);
    bool cut = false;
    QString shown = hasDescription ? descriptionPreview(operation->description, &cut) : QString();
    if (cut)
        shown += u"\n\n[%1](%2)"_s.arg(
            tr("Show the whole description (%1 more characters)").arg(QLocale().toString(operation->description.size() - shown.size())),
            fullDescriptionLink.toString());
    m_description->setMarkdownText(shown);

    m_location->setText(operation->location.isValid() ? tr("Defined at %1").arg(operation->location.toString()) : QString());
    m_location->setVisible(operation->location.isValid());
    m_stack->setCurrentWidget(m_scroll);
    m_scroll->verticalScrollBar()->setValue(0);
}

} // namespace keyway::ui
