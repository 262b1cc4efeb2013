#include "SchemesPage.h"

#include "Appearance.h"
#include "AuthAppearance.h"
#include "MarkdownView.h"
#include "OperationDelegate.h"
#include "OperationTreeModel.h"
#include "RichText.h"
#include "SchemeText.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace keyway::ui {

using openapi::OAuthFlow;
using openapi::SecurityScheme;
using richtext::escape;

namespace {

constexpr int kindRole = Qt::UserRole + 100;

// A scheme in the list: its icon, its name and, underneath, what kind of scheme it is.
class SchemeItemDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return QSize(160, QFontMetrics(option.font).height() * 2 + 12);
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString name = opt.text;
        const QIcon icon = opt.icon;
        opt.text.clear();
        opt.icon = QIcon();
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

        painter->save();
        const bool selected = opt.state & QStyle::State_Selected;
        const QColor text = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        QColor muted = selected ? text : appearance::mutedText(opt.palette);
        const QRect r = opt.rect.adjusted(8, 6, -8, -6);
        const int iconSize = 20;
        icon.paint(painter, QRect(r.left(), r.center().y() - iconSize / 2, iconSize, iconSize));
        const QFontMetrics fm(opt.font);
        const QRect textRect = r.adjusted(iconSize + 8, 0, 0, 0);
        QFont bold = opt.font;
        bold.setWeight(QFont::DemiBold);
        painter->setFont(bold);
        painter->setPen(text);
        painter->drawText(textRect.adjusted(0, 0, 0, -fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(bold).elidedText(name, Qt::ElideRight, textRect.width()));
        painter->setFont(opt.font);
        painter->setPen(muted);
        painter->drawText(textRect.adjusted(0, fm.height(), 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(index.data(kindRole).toString(), Qt::ElideRight, textRect.width()));
        painter->restore();
    }
};

} // namespace

SchemesPage::SchemesPage(QWidget *parent)
    : QWidget(parent),
      m_stack(new QStackedWidget(this)),
      m_empty(new QLabel(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_list(new QListWidget(this)),
      m_details(new MarkdownView(this)),
      m_authorize(new QPushButton(this)),
      m_usedByLabel(new QLabel(this)),
      m_usedBy(new QListWidget(this))
{
    setObjectName(u"schemesPage"_s);

    m_empty->setObjectName(u"schemesEmpty"_s);
    m_empty->setText(tr("This document declares no security schemes."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    m_list->setObjectName(u"schemeList"_s);
    m_list->setAccessibleName(tr("Security schemes"));
    m_list->setItemDelegate(new SchemeItemDelegate(m_list));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setUniformItemSizes(true);

    m_details->setObjectName(u"schemeDetails"_s);
    m_details->setAccessibleName(tr("Scheme details"));
    m_details->setFrameShape(QFrame::NoFrame);
    m_details->document()->setDocumentMargin(16);

    m_usedByLabel->setObjectName(u"schemeUsedByLabel"_s);
    QFont bold = m_usedByLabel->font();
    bold.setBold(true);
    m_usedByLabel->setFont(bold);
    m_usedByLabel->setContentsMargins(16, 8, 16, 4);

    m_usedBy->setObjectName(u"schemeUsedBy"_s);
    m_usedBy->setAccessibleName(tr("Operations using this scheme"));
    m_usedBy->setItemDelegate(new OperationDelegate(true, m_usedBy));
    m_usedBy->setUniformItemSizes(true);
    m_usedBy->setFrameShape(QFrame::NoFrame);
    m_usedBy->setToolTip(tr("Click an operation to show it"));

    auto *usedByBox = new QWidget(this);
    auto *usedByLayout = new QVBoxLayout(usedByBox);
    usedByLayout->setContentsMargins(0, 0, 0, 0);
    usedByLayout->setSpacing(0);
    usedByLayout->addWidget(m_usedByLabel);
    usedByLayout->addWidget(m_usedBy);

    // The scheme's "Authorize…" button floats at the top right of its details.
    m_authorize->setObjectName(u"schemeAuthorizeButton"_s);
    m_authorize->setText(tr("Authorize…"));
    m_authorize->setIcon(AuthLook::icon(AuthLook::Icon::Authorize));
    m_authorize->setToolTip(tr("Configure this scheme’s credentials or sign in (Ctrl+Shift+A)"));
    auto *detailsBox = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(detailsBox);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->setSpacing(0);
    auto *authorizeRow = new QHBoxLayout;
    authorizeRow->setContentsMargins(16, 10, 16, 0);
    authorizeRow->addStretch();
    authorizeRow->addWidget(m_authorize);
    detailsLayout->addLayout(authorizeRow);
    detailsLayout->addWidget(m_details, 1);
    connect(m_authorize, &QPushButton::clicked, this, [this] {
        if (!currentScheme().isEmpty())
            Q_EMIT authorizeRequested(currentScheme());
    });

    auto *right = new QSplitter(Qt::Vertical, this);
    right->setObjectName(u"schemeDetailSplitter"_s);
    right->addWidget(detailsBox);
    right->addWidget(usedByBox);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);
    right->setChildrenCollapsible(false);

    m_splitter->setObjectName(u"schemesSplitter"_s);
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({220, 600});
    m_splitter->setChildrenCollapsible(false);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_splitter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_list, &QListWidget::currentRowChanged, this, [this] { showCurrent(); });
    const auto activate = [this](QListWidgetItem *item) {
        if (item)
            Q_EMIT operationActivated(item->data(OperationTreeModel::RefRole).value<OperationRef>());
    };
    connect(m_usedBy, &QListWidget::itemClicked, this, activate);
    connect(m_usedBy, &QListWidget::itemActivated, this, activate);
}

SchemesPage::~SchemesPage() = default;

void SchemesPage::setDocument(openapi::DocumentPtr document)
{
    m_document = std::move(document);
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    if (m_document) {
        for (const SecurityScheme &scheme : m_document->schemes) {
            auto *item = new QListWidgetItem(appearance::icon(appearance::schemeIcon(scheme.type)), scheme.name);
            item->setToolTip(SchemeText::kindAndDetail(scheme));
            item->setData(Qt::AccessibleTextRole, tr("%1, %2").arg(scheme.name, SchemeText::kindAndDetail(scheme)));
            item->setData(kindRole, SchemeText::kindLabel(scheme));
            m_list->addItem(item);
        }
    }
    const bool any = m_list->count() > 0;
    m_stack->setCurrentWidget(any ? static_cast<QWidget *>(m_splitter) : m_empty);
    m_list->setCurrentRow(any ? 0 : -1);
    showCurrent();
}

void SchemesPage::setServer(const std::optional<openapi::Server> &server)
{
    m_server = server;
    if (m_document && m_list->currentRow() >= 0) {
        const int scroll = m_details->verticalScrollBar()->value();
        m_details->setPage(render(m_document->schemes.at(m_list->currentRow())));
        m_details->verticalScrollBar()->setValue(scroll);
    }
}

bool SchemesPage::showScheme(const QString &name)
{
    if (!m_document)
        return false;
    const int index = m_document->schemeIndex(name);
    if (index < 0)
        return false;
    m_list->setCurrentRow(index);
    return true;
}

QString SchemesPage::currentScheme() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->text() : QString();
}

void SchemesPage::showCurrent()
{
    const int row = m_list->currentRow();
    if (!m_document || row < 0 || row >= m_document->schemes.size()) {
        m_details->setPage({});
        m_usedBy->clear();
        m_usedByLabel->clear();
        return;
    }
    const SecurityScheme &scheme = m_document->schemes.at(row);
    m_details->setPage(render(scheme));
    fillUsedBy(scheme);
}

void SchemesPage::fillUsedBy(const SecurityScheme &scheme)
{
    m_usedBy->clear();
    const QList<int> operations = m_document->operationsUsing(scheme.name);
    const QList<int> webhooks = m_document->webhooksUsing(scheme.name);
    const int total = int(operations.size() + webhooks.size());
    m_usedByLabel->setText(total == 0       ? tr("Not used by any operation")
                               : total == 1 ? tr("Used by 1 operation")
                                            : tr("Used by %1 operations").arg(total));
    m_usedBy->setVisible(total > 0);
    const auto add = [this](const openapi::Operation &operation, OperationRef ref) {
        auto *item = new QListWidgetItem(operation.displayName());
        item->setData(OperationTreeModel::RefRole, QVariant::fromValue(ref));
        item->setData(OperationTreeModel::IsGroupRole, false);
        item->setData(OperationTreeModel::MethodRole, operation.method.toUpper());
        item->setData(OperationTreeModel::PathRole, operation.path);
        item->setData(OperationTreeModel::DeprecatedRole, operation.deprecated);
        item->setToolTip(operation.summary.isEmpty() ? operation.displayName() : operation.displayName() + u"\n"_s + operation.summary);
        m_usedBy->addItem(item);
    };
    for (int index : operations)
        add(m_document->operations.at(index), OperationRef{false, index});
    for (int index : webhooks)
        add(m_document->webhooks.at(index), OperationRef{true, index});
}

QString SchemesPage::urlCell(const QString &written) const
{
    if (written.isEmpty())
        return u"<span class=\"muted\">%1</span>"_s.arg(escape(tr("not given")));
    QString cell = u"<span class=\"mono\">%1</span>"_s.arg(escape(written));
    const QUrl resolved = m_document->resolveUrl(written, m_server ? &*m_server : nullptr);
    const bool web = resolved.isValid() && (resolved.scheme() == u"https" || resolved.scheme() == u"http");
    if (!web) {
        // 3.1 resolves against the document's own URL, earlier versions against the server.
        const QString why = m_document->specVersion == openapi::SpecVersion::OpenApi31
            ? tr("Relative to the document’s own URL, which is not a web address here: load the document from "
                 "its server to resolve it.")
            : tr("Relative to the server: the selected server has no absolute URL to resolve it against.");
        cell += u"<br><span class=\"warning\">%1</span>"_s.arg(escape(why));
    } else if (resolved.toString() != written) {
        cell += u"<br><span class=\"muted\">→ </span><span class=\"mono\">%1</span>"_s.arg(escape(resolved.toString()));
    }
    return cell;
}

QString SchemesPage::render(const SecurityScheme &scheme) const
{
    QString html;
    html
        += u"<h1>%1 %2</h1>"_s.arg(richtext::iconImage(appearance::iconPath(appearance::schemeIcon(scheme.type)), 22), escape(scheme.name));
    html += u"<p class=\"muted\">%1</p>"_s.arg(escape(SchemeText::kindAndDetail(scheme)));
    html += richtext::markdownToHtml(scheme.description, 2, palette());

    const auto row = [](const QString &label, const QString &valueHtml) {
        return u"<tr><td class=\"label\">%1</td><td>%2</td></tr>"_s.arg(escape(label), valueHtml);
    };
    const auto mono = [](const QString &text) { return u"<span class=\"mono\">%1</span>"_s.arg(escape(text)); };

    html += u"<table cellspacing=\"0\" cellpadding=\"4\" style=\"margin-top: 10px\">"_s;
    QString type = mono(scheme.typeAsWritten.isEmpty() ? SecurityScheme::typeName(scheme.type) : scheme.typeAsWritten);
    html += row(tr("Type"), type + u" — "_s + escape(SchemeText::kindLabel(scheme)));
    switch (scheme.type) {
    case SecurityScheme::Type::ApiKey:
        html += row(tr("Parameter name"),
                    scheme.parameterName.isEmpty() ? u"<span class=\"warning\">%1</span>"_s.arg(escape(tr("not given")))
                                                   : mono(scheme.parameterName));
        html += row(tr("Sent in"), escape(SchemeText::inLabel(scheme)));
        if (scheme.in == SecurityScheme::In::Cookie)
            html += row(QString(), u"<span class=\"muted\">%1</span>"_s.arg(escape(tr("Keyway sends it in a real Cookie header."))));
        break;
    case SecurityScheme::Type::Http:
        html += row(tr("HTTP scheme"), mono(scheme.httpSchemeAsWritten.isEmpty() ? scheme.httpScheme : scheme.httpSchemeAsWritten));
        if (!scheme.bearerFormat.isEmpty())
            html += row(tr("Bearer format"), escape(scheme.bearerFormat));
        html += row(tr("Sent as"),
                    mono(u"Authorization: %1 …"_s.arg(scheme.httpScheme == u"basic"        ? u"Basic"_s
                                                          : scheme.httpScheme == u"bearer" ? u"Bearer"_s
                                                                                           : scheme.httpSchemeAsWritten)));
        break;
    case SecurityScheme::Type::OpenIdConnect:
        html += row(tr("Discovery URL"), urlCell(scheme.openIdConnectUrl));
        break;
    case SecurityScheme::Type::MutualTls:
        html += row(QString(), escape(tr("The client proves its identity with a TLS client certificate.")));
        break;
    case SecurityScheme::Type::OAuth2:
        if (!scheme.oauth2MetadataUrl.isEmpty())
            html += row(tr("Metadata URL"), urlCell(scheme.oauth2MetadataUrl));
        break;
    case SecurityScheme::Type::Unknown:
        break;
    }
    if (!scheme.refChain.isEmpty())
        html += row(tr("Reached through"), mono(scheme.refChain));
    if (scheme.location.isValid())
        html += row(tr("Defined at"), mono(scheme.location.toString()));
    html += u"</table>"_s;

    if (scheme.type == SecurityScheme::Type::OAuth2 && scheme.flows.isEmpty())
        html += u"<p class=\"warning\">%1</p>"_s.arg(escape(tr("This OAuth 2.0 scheme declares no flows.")));

    for (const OAuthFlow &flow : scheme.flows) {
        QString heading = tr("%1 flow").arg(SchemeText::flowLabel(flow.kind));
        html += u"<h2>%1 <span class=\"muted mono\">%2</span></h2>"_s.arg(escape(heading), escape(flow.nameAsWritten));
        html += u"<table cellspacing=\"0\" cellpadding=\"4\">"_s;
        const bool needsAuthorization = flow.kind == OAuthFlow::Kind::AuthorizationCode || flow.kind == OAuthFlow::Kind::Implicit;
        const bool needsToken = flow.kind != OAuthFlow::Kind::Implicit;
        if (needsAuthorization || !flow.authorizationUrl.isEmpty())
            html += row(tr("Authorization URL"), urlCell(flow.authorizationUrl));
        if (flow.kind == OAuthFlow::Kind::DeviceAuthorization || !flow.deviceAuthorizationUrl.isEmpty())
            html += row(tr("Device authorization URL"), urlCell(flow.deviceAuthorizationUrl));
        if (needsToken || !flow.tokenUrl.isEmpty())
            html += row(tr("Token URL"), urlCell(flow.tokenUrl));
        if (!flow.refreshUrl.isEmpty())
            html += row(tr("Refresh URL"), urlCell(flow.refreshUrl));
        html += u"</table>"_s;

        if (flow.scopes.isEmpty()) {
            html += u"<p class=\"muted\">%1</p>"_s.arg(escape(tr("This flow declares no scopes.")));
            continue;
        }
        html += u"<h3>%1</h3>"_s.arg(escape(flow.scopes.size() == 1 ? tr("1 scope") : tr("%1 scopes").arg(flow.scopes.size())));
        html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" class=\"border\" "
                "style=\"border-collapse: collapse; border-style: solid\">"_s;
        html += u"<tr><th>%1</th><th>%2</th></tr>"_s.arg(escape(tr("Scope")), escape(tr("Description")));
        for (const openapi::Scope &scope : flow.scopes)
            html += u"<tr><td class=\"mono\">%1</td><td>%2</td></tr>"_s.arg(escape(scope.name), escape(scope.description));
        html += u"</table>"_s;
    }
    return html;
}

} // namespace keyway::ui
