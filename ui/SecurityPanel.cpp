#include "SecurityPanel.h"

#include "Appearance.h"
#include "AuthAppearance.h"
#include "FlowLayout.h"
#include "RichText.h"
#include "SchemeText.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace keyway::ui {

using openapi::SchemeUse;
using openapi::SecurityRequirement;
using openapi::SecurityScheme;

namespace {

QLabel *iconLabel(const QString &path, int size, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setPixmap(QIcon(path).pixmap(size, size));
    label->setFixedSize(size, size);
    label->setAlignment(Qt::AlignCenter);
    return label;
}

QLabel *mutedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setProperty("muted", true);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

SecurityPanel::SecurityPanel(QWidget *parent)
    : QWidget(parent),
      m_originIcon(new QLabel(this)),
      m_origin(new QLabel(this)),
      m_summary(new QLabel(this)),
      m_cards(new QWidget(this)),
      m_cardsLayout(new QVBoxLayout(m_cards))
{
    setObjectName(u"securityPanel"_s);
    m_origin->setObjectName(u"securityOrigin"_s);
    m_origin->setWordWrap(true);
    m_origin->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_originIcon->setFixedSize(18, 18);
    m_summary->setObjectName(u"securitySummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont summaryFont = m_summary->font();
    summaryFont.setBold(true);
    m_summary->setFont(summaryFont);

    auto *originRow = new QHBoxLayout;
    originRow->setSpacing(8);
    originRow->addWidget(m_originIcon, 0, Qt::AlignTop);
    originRow->addWidget(m_origin, 1);

    m_cardsLayout->setContentsMargins(0, 0, 0, 0);
    m_cardsLayout->setSpacing(6);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(originRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_cards);
    applyStyle();
}

SecurityPanel::~SecurityPanel() = default;

void SecurityPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyStyle();
}

void SecurityPanel::applyStyle()
{
    const QPalette p = palette();
    const QString border = appearance::cardBorder(p).name();
    const QString background = appearance::cardBackground(p).name();
    const QString chip = appearance::chipBackground(p).name();
    const QString chipBorder = appearance::blend(appearance::chipBackground(p), p.color(QPalette::Highlight), 0.35).name();
    const QString muted = appearance::mutedText(p).name();
    const QString warning = appearance::warningColor(p).name();
    setStyleSheet(uR"(
        QFrame[card="true"] { border: 1px solid %1; border-radius: 6px; background-color: %2; }
        QFrame[card="true"] QLabel { border: none; background: transparent; }
        QFrame[card="true"] QWidget#schemeRow { background: transparent; }
        QFrame[card="true"] QLabel[chip="true"] { background-color: %3; border: 1px solid %6; border-radius: 9px; padding: 1px 8px; }
        QFrame[card="true"] QLabel[chip="true"][warning="true"] { border-color: %5; }
        QLabel[muted="true"] { color: %4; }
        QLabel[warning="true"] { color: %5; }
        QLabel[cardTitle="true"] { font-weight: 600; }
        QLabel[separator="true"] { color: %4; font-weight: 600; }
    )"_s.arg(border, background, chip, muted, warning, chipBorder));
}

void SecurityPanel::clear()
{
    m_origin->clear();
    m_originIcon->clear();
    m_summary->clear();
    while (QLayoutItem *item = m_cardsLayout->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            // Out of the tree at once (findChildren, accessibility), deleted once its events are done.
            w->hide();
            w->setParent(nullptr);
            w->deleteLater();
        }
        delete item;
    }
}

void SecurityPanel::showRequirement(const openapi::Document &document, const SecurityRequirement &requirement)
{
    clear();
    const bool documentHasGlobal = document.globalSecurity.origin != SecurityRequirement::Origin::None;
    m_origin->setText(SchemeText::originText(requirement, documentHasGlobal));
    const SecurityBadge badge = SchemeText::badge(requirement);
    m_originIcon->setPixmap(appearance::icon(SchemeText::badgeIcon(badge)).pixmap(18, 18));

    if (requirement.origin == SecurityRequirement::Origin::None) {
        m_summary->clear();
        m_cardsLayout->addWidget(makeStatementCard(
            u"securityNone"_s, appearance::iconPath(appearance::IconId::NoSecurity), tr("No security declared"),
            document.schemes.isEmpty() ? tr("The document declares no security schemes and no security requirement. The API may still "
                                            "ask for credentials; the document does not say.")
                                       : tr("The document defines security schemes but neither it nor this operation says which apply "
                                            "here. Treat it as unknown rather than public.")));
        setAccessibleDescription(SchemeText::sentence(requirement));
        m_summary->setVisible(false);
        return;
    }

    if (requirement.alternatives.isEmpty()) {
        m_summary->setText(tr("No credentials are needed."));
        const QString text = requirement.origin == SecurityRequirement::Origin::Operation
            ? tr("This operation declares <code>security: []</code>: it is public and needs no credentials, "
                 "whatever the document requires elsewhere.")
            : tr("The document declares <code>security: []</code>: its operations are public unless they say "
                 "otherwise.");
        m_cardsLayout->addWidget(
            makeStatementCard(u"securityPublic"_s, appearance::iconPath(appearance::IconId::LockOpen), tr("Public: security: []"), text));
        setAccessibleDescription(SchemeText::sentence(requirement));
        m_summary->setVisible(true);
        return;
    }

    const int count = int(requirement.alternatives.size());
    if (count == 1) {
        const QList<SchemeUse> &only = requirement.alternatives.constFirst();
        if (only.isEmpty())
            m_summary->setText(tr("Anonymous access is allowed."));
        else if (only.size() == 1)
            m_summary->setText(tr("Requires one scheme."));
        else
            m_summary->setText(tr("Requires %1 schemes, all together.").arg(only.size()));
    } else {
        m_summary->setText(tr("Any one of these %1 options is enough.").arg(count));
    }

    for (int i = 0; i < count; ++i) {
        if (i > 0)
            m_cardsLayout->addWidget(makeSeparator(tr("or")));
        const QList<SchemeUse> &alternative = requirement.alternatives.at(i);
        if (alternative.isEmpty()) {
            QWidget *card = makeStatementCard(u"securityAnonymous"_s, appearance::iconPath(appearance::IconId::Anonymous),
                                              count > 1 ? tr("Option %1 of %2: anonymous access allowed").arg(i + 1).arg(count)
                                                        : tr("Anonymous access allowed"),
                                              tr("This option is an empty requirement <code>{}</code>: the operation can be called without "
                                                 "any credentials."));
            card->setProperty("optionIndex", i + 1);
            m_cardsLayout->addWidget(card);
        } else {
            m_cardsLayout->addWidget(makeOptionCard(document, alternative, i + 1, count));
        }
    }
    setAccessibleDescription(SchemeText::sentence(requirement));
    m_summary->setVisible(!m_summary->text().isEmpty());
}

QWidget *SecurityPanel::makeCard(const QString &objectName, const QString &title, const QString &subtitle)
{
    auto *card = new QFrame(m_cards);
    card->setObjectName(objectName);
    card->setProperty("card", true);
    card->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(12, 10, 12, 12);
    layout->setSpacing(8);
    auto *header = new QHBoxLayout;
    header->setSpacing(8);
    auto *titleLabel = new QLabel(title, card);
    titleLabel->setObjectName(u"cardTitle"_s);
    titleLabel->setProperty("cardTitle", true);
    header->addWidget(titleLabel);
    if (!subtitle.isEmpty()) {
        auto *sub = mutedLabel(subtitle, card);
        sub->setObjectName(u"cardSubtitle"_s);
        sub->setWordWrap(false);
        header->addWidget(sub);
    }
    header->addStretch();
    layout->addLayout(header);
    return card;
}

QWidget *SecurityPanel::makeStatementCard(const QString &objectName, const QString &iconPath, const QString &title, const QString &text)
{
    auto *card = new QFrame(m_cards);
    card->setObjectName(objectName);
    card->setProperty("card", true);
    card->setFrameShape(QFrame::StyledPanel);
    auto *grid = new QGridLayout(card);
    grid->setContentsMargins(12, 10, 12, 12);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(4);
    grid->addWidget(iconLabel(iconPath, 22, card), 0, 0, 2, 1, Qt::AlignTop);
    auto *titleLabel = new QLabel(title, card);
    titleLabel->setObjectName(u"cardTitle"_s);
    titleLabel->setProperty("cardTitle", true);
    titleLabel->setTextFormat(Qt::PlainText);
    grid->addWidget(titleLabel, 0, 1);
    auto *body = new QLabel(text, card);
    body->setObjectName(u"cardText"_s);
    body->setWordWrap(true);
    body->setTextFormat(Qt::RichText);
    body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(body, 1, 1);
    grid->setColumnStretch(1, 1);
    card->setAccessibleName(title);
    card->setAccessibleDescription(QTextDocumentFragment::fromHtml(text).toPlainText());
    return card;
}

QWidget *SecurityPanel::makeOptionCard(const openapi::Document &document, const QList<SchemeUse> &alternative, int number, int count)
{
    const QString title = count > 1 ? tr("Option %1 of %2").arg(number).arg(count) : tr("Required");
    const QString subtitle = alternative.size() > 1 ? tr("all of these together") : QString();
    QWidget *card = makeCard(u"securityOption"_s, title, subtitle);
    card->setProperty("optionIndex", number);
    auto *layout = static_cast<QVBoxLayout *>(card->layout());
    for (int i = 0; i < alternative.size(); ++i) {
        if (i > 0) {
            auto *andRow = new QHBoxLayout;
            andRow->setContentsMargins(2, 0, 0, 0);
            andRow->setSpacing(6);
            andRow->addWidget(iconLabel(appearance::iconPath(appearance::IconId::And), 14, card));
            auto *andLabel = new QLabel(tr("and"), card);
            andLabel->setProperty("separator", true);
            andRow->addWidget(andLabel);
            andRow->addStretch();
            layout->addLayout(andRow);
        }
        layout->addWidget(makeSchemeRow(document, alternative.at(i), card));
    }
    card->setAccessibleName(tr("%1: %2").arg(title, SchemeText::alternativeText(alternative)));
    return card;
}

QWidget *SecurityPanel::makeSchemeRow(const openapi::Document &document, const SchemeUse &use, QWidget *parent)
{
    auto *row = new QWidget(parent);
    row->setObjectName(u"schemeRow"_s);
    row->setProperty("scheme", use.scheme);
    auto *grid = new QGridLayout(row);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(6);

    const SecurityScheme *scheme = use.defined ? document.scheme(use.scheme) : nullptr;
    const QString icon
        = scheme ? appearance::iconPath(appearance::schemeIcon(scheme->type)) : appearance::iconPath(appearance::IconId::Warning);
    grid->addWidget(iconLabel(icon, 20, row), 0, 0, Qt::AlignTop);

    auto *nameRow = new QHBoxLayout;
    nameRow->setSpacing(10);
    auto *name = new QLabel(row);
    name->setObjectName(u"securitySchemeName"_s);
    QFont nameFont = name->font();
    nameFont.setBold(true);
    name->setFont(nameFont);
    if (scheme) {
        name->setText(u"<a href=\"%1\" style=\"text-decoration: none\">%2</a>"_s.arg(
            richtext::schemeLink(use.scheme).toString(QUrl::FullyEncoded), richtext::escape(use.scheme)));
        name->setTextFormat(Qt::RichText);
        name->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        name->setToolTip(tr("Show the scheme “%1”").arg(use.scheme));
        connect(name, &QLabel::linkActivated, this, [this](const QString &link) {
            if (const auto schemeName = richtext::schemeFromLink(QUrl(link)))
                Q_EMIT schemeActivated(*schemeName);
        });
    } else {
        name->setTextFormat(Qt::PlainText);
        name->setText(use.scheme);
    }
    nameRow->addWidget(name);
    QLabel *kind = nullptr;
    if (scheme) {
        kind = mutedLabel(SchemeText::kindAndDetail(*scheme), row);
        kind->setObjectName(u"securitySchemeKind"_s);
    } else {
        kind = new QLabel(tr("Not defined among the document’s security schemes"), row);
        kind->setObjectName(u"securitySchemeUndefined"_s);
        kind->setProperty("warning", true);
        kind->setWordWrap(true);
    }
    nameRow->addWidget(kind, 1);
    if (scheme) {
        auto *authorize = new QPushButton(tr("Authorize…"), row);
        authorize->setObjectName(u"securityAuthorizeButton"_s);
        authorize->setProperty("scheme", use.scheme);
        authorize->setIcon(AuthLook::icon(AuthLook::Icon::Authorize));
        authorize->setToolTip(tr("Configure the credentials of “%1” or sign in").arg(use.scheme));
        authorize->setAccessibleName(tr("Authorize %1").arg(use.scheme));
        connect(authorize, &QPushButton::clicked, this, [this, name = use.scheme] { Q_EMIT authorizeRequested(name); });
        nameRow->addWidget(authorize, 0, Qt::AlignTop);
    }
    grid->addLayout(nameRow, 0, 1);

    // Scopes (OAuth 2.0 / OpenID Connect) or roles (other kinds, OpenAPI 3.1) as chips.
    const bool scoped = scheme && (scheme->type == SecurityScheme::Type::OAuth2 || scheme->type == SecurityScheme::Type::OpenIdConnect);
    if (!use.scopes.isEmpty()) {
        auto *chipsWidget = new QWidget(row);
        chipsWidget->setObjectName(u"scopeChips"_s);
        auto *chips = new FlowLayout(chipsWidget, 6);
        auto *caption = mutedLabel(scoped || !scheme ? tr("Scopes:") : tr("Roles:"), chipsWidget);
        caption->setWordWrap(false);
        chips->addWidget(caption);
        const QList<openapi::Scope> known = scheme ? scheme->allScopes() : QList<openapi::Scope>();
        for (const QString &scope : use.scopes) {
            auto *chip = new QLabel(scope, chipsWidget);
            chip->setObjectName(u"scopeChip"_s);
            chip->setProperty("chip", true);
            chip->setTextFormat(Qt::PlainText);
            chip->setTextInteractionFlags(Qt::TextSelectableByMouse);
            QString description;
            bool declared = !scoped;
            for (const openapi::Scope &s : known) {
                if (s.name == scope) {
                    description = s.description;
                    declared = true;
                    break;
                }
            }
            if (!declared) {
                chip->setProperty("warning", true);
                chip->setToolTip(tr("“%1” is not among the scopes this scheme’s flows declare").arg(scope));
            } else if (!description.isEmpty()) {
                chip->setToolTip(description);
            }
            chip->setAccessibleName(tr("Scope %1").arg(scope));
            chip->setAccessibleDescription(description);
            chips->addWidget(chip);
        }
        grid->addWidget(chipsWidget, 1, 1);
    } else if (scoped) {
        auto *none = mutedLabel(tr("No particular scope asked for."), row);
        none->setObjectName(u"scopeNone"_s);
        grid->addWidget(none, 1, 1);
    }
    grid->setColumnStretch(1, 1);
    row->setAccessibleName(SchemeText::alternativeText({use}));
    return row;
}

QWidget *SecurityPanel::makeSeparator(const QString &text)
{
    auto *label = new QLabel(text, m_cards);
    label->setObjectName(u"securityOr"_s);
    label->setProperty("separator", true);
    label->setAlignment(Qt::AlignCenter);
    return label;
}

} // namespace keyway::ui
