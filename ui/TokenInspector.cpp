#include "TokenInspector.h"

#include "Appearance.h"
#include "AuthAppearance.h"
#include "ExchangeView.h"
#include "SecretLineEdit.h"
#include "auth/CredentialManager.h"
#include "auth/Discovery.h"
#include "auth/JwksCache.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace keyway::ui {

namespace {

constexpr int claimNameRole = Qt::UserRole + 1;
constexpr int timeClaimRole = Qt::UserRole + 2;

QString claimMeaning(const QString &name, bool isClaim)
{
    static const QHash<QString, const char *> claims{
        {u"iss"_s, QT_TRANSLATE_NOOP("keyway::ui::TokenInspector", "Issuer")},
        {u"sub"_s, QT_TRANSLATE_NOOP("keyway::ui::TokenInspector", "Subject")},
        {u"aud"_s, QT_TRANSLATE_NOOP("keyway::ui::TokenInspector", "Audience")},
        {u"exp"_s, QT_TRANSLATE_NOOP("keyway::ui::TokenInspector", "Expires")},
        {u"nbf"_s, QT_TRANSLATE_NOOP("keyway::ui::TokenInspector", "Not valid before")},
        {u"iat"_s, QT_TRANSLATE_NOOP("keyway::ui::TokenInspector", "Issued")},
        {u"jti"_s, QT_TRANSLATE_NOOP("keyway::ui::TokenInspector", "Token id")},
        {u"azp"_s, QT_TRANSLATE_NOOP("keyway::ui::TokenInspector", "Authorized party")},
        {u"scope"_s, QT_TRANSLATE_NOOP("keyway::ui::TokenInspector", "Scopes granted")},
        {u"scp"_s, QT_TRANSLATE_NOOP("keyway::ui::TokenInspector", "Scopes granted")},
        {u"client_id"_s, QT_TRANSLATE_NOOP("keyway::ui::TokenInspector", "Client")},
        {u"nonce"_s, QT_TRANSLATE_NOOP("keyway::ui::TokenInspector", "Nonce of the sign-in request")},
        {u"auth_time"_s, QT_TRANSLATE_NOOP("keyway::ui::TokenInspector", "User signed in")},
        {u"at_hash"_s, QT_TRANSLATE_NOOP("keyway::ui::TokenInspector", "Hash of the access token")},
        {u"c_hash"_s, QT_TRANSLATE_NOOP("keyway::ui::TokenInspector", "Hash of the code")},
        {u"sid"_s, QT_TRANSLATE_NOOP("keyway::ui::TokenInspector", "Session")},
        {u"acr"_s, QT_TRANSLATE_NOOP("keyway::ui::TokenInspector", "Authentication context class")},
        {u"amr"_s, QT_TRANSLATE_NOOP("keyway::ui::TokenInspector", "Authentication methods")},
        {u"email"_s, QT_TRANSLATE_NOOP("keyway::ui::TokenInspector", "E-mail address")},
        {u"name"_s, QT_TRANSLATE_NOOP("keyway::ui::TokenInspector", "Name")},
        {u"roles"_s, QT_TRANSLATE_NOOP("keyway::ui::TokenInspector", "Roles")},
        {u"cnf"_s, QT_TRANSLATE_NOOP("keyway::ui::TokenInspector", "Confirmation (key binding)")},
    };
    static const QHash<QString, const char *> header{
        {u"alg"_s, QT_TRANSLATE_NOOP("keyway::ui::TokenInspector", "Signature algorithm")},
        {u"kid"_s, QT_TRANSLATE_NOOP("keyway::ui::TokenInspector", "Key id")},
        {u"typ"_s, QT_TRANSLATE_NOOP("keyway::ui::TokenInspector", "Token type")},
        {u"cty"_s, QT_TRANSLATE_NOOP("keyway::ui::TokenInspector", "Content type")},
        {u"jku"_s, QT_TRANSLATE_NOOP("keyway::ui::TokenInspector", "Key set URL (not followed)")},
        {u"x5t"_s, QT_TRANSLATE_NOOP("keyway::ui::TokenInspector", "Certificate thumbprint")},
        {u"crit"_s, QT_TRANSLATE_NOOP("keyway::ui::TokenInspector", "Critical extensions")},
    };
    const auto &table = isClaim ? claims : header;
    const auto it = table.constFind(name);
    return it == table.constEnd() ? QString() : QCoreApplication::translate("keyway::ui::TokenInspector", *it);
}

QString compactJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == double(qint64(d)) && qAbs(d) < 9e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

bool isTimeClaim(const QString &name)
{
    return name == u"exp" || name == u"nbf" || name == u"iat" || name == u"auth_time";
}

} // namespace

TokenInspector::TokenInspector(auth::CredentialManager *credentials, QWidget *parent)
    : QDialog(parent),
      m_credentials(credentials),
      m_source(new QComboBox(this)),
      m_input(new QPlainTextEdit(this)),
      m_summary(new QLabel(this)),
      m_signatureIcon(new QLabel(this)),
      m_signature(new QLabel(this)),
      m_tabs(new QTabWidget(this)),
      m_decodedStack(new QStackedWidget(this)),
      m_notJwt(new QLabel(this)),
      m_tree(new QTreeWidget(this)),
      m_raw(new SecretLineEdit(this)),
      m_copyRaw(new QPushButton(this)),
      m_fetchKeys(new QPushButton(this)),
      m_json(new QPlainTextEdit(this)),
      m_ticker(new QTimer(this))
{
    setObjectName(u"tokenInspector"_s);
    setWindowTitle(tr("Token Inspector"));
    setWindowIcon(AuthLook::icon(AuthLook::Icon::Token));
    resize(820, 640);

    m_source->setObjectName(u"tokenSourceCombo"_s);
    m_source->setAccessibleName(tr("Token to inspect"));
    m_input->setObjectName(u"tokenInput"_s);
    m_input->setAccessibleName(tr("Pasted token"));
    m_input->setPlaceholderText(tr("Paste a token here: a JWT (eyJ…) is decoded; any other token is shown as opaque."));
    m_input->setTabChangesFocus(true);
    m_input->setFont(appearance::monospaceFont(font()));
    m_input->setMaximumHeight(84);
    m_input->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_input->setWordWrapMode(QTextOption::WrapAnywhere);

    m_summary->setObjectName(u"tokenSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bigger = m_summary->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.1);
    bigger.setWeight(QFont::DemiBold);
    m_summary->setFont(bigger);
    m_signatureIcon->setFixedSize(16, 16);
    m_signature->setObjectName(u"tokenSignature"_s);
    m_signature->setWordWrap(true);
    m_signature->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_signature->setOpenExternalLinks(false);
    m_signature->setTextFormat(Qt::PlainText);

    m_tree->setObjectName(u"tokenClaims"_s);
    m_tree->setAccessibleName(tr("Decoded header and claims"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Name"), tr("Value"), tr("Meaning")});
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setWordWrap(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(1, 300);
    m_tree->setFrameShape(QFrame::NoFrame);

    m_notJwt->setObjectName(u"tokenOpaque"_s);
    m_notJwt->setWordWrap(true);
    m_notJwt->setAlignment(Qt::AlignCenter);
    m_notJwt->setMargin(24);
    m_decodedStack->addWidget(m_tree);
    m_decodedStack->addWidget(m_notJwt);

    m_raw->setObjectName(u"tokenRaw"_s);
    m_raw->setAccessibleName(tr("Raw token"));
    m_raw->setReadOnly(true);
    m_raw->setFont(appearance::monospaceFont(font()));
    m_copyRaw->setObjectName(u"tokenCopyButton"_s);
    m_copyRaw->setText(tr("Copy Token"));
    m_copyRaw->setIcon(AuthLook::icon(AuthLook::Icon::Copy));
    m_copyRaw->setToolTip(tr("Copy the raw token to the clipboard"));
    m_json->setObjectName(u"tokenRawJson"_s);
    m_json->setAccessibleName(tr("Decoded header and payload as JSON"));
    m_json->setReadOnly(true);
    m_json->setFont(appearance::monospaceFont(font()));
    m_json->setFrameShape(QFrame::NoFrame);

    auto *rawPage = new QWidget(this);
    auto *rawLayout = new QVBoxLayout(rawPage);
    rawLayout->setContentsMargins(8, 8, 8, 8);
    auto *rawRow = new QHBoxLayout;
    auto *rawLabel = new QLabel(tr("&Token:"), rawPage);
    rawLabel->setBuddy(m_raw);
    rawRow->addWidget(rawLabel);
    rawRow->addWidget(m_raw, 1);
    rawRow->addWidget(m_copyRaw);
    rawLayout->addLayout(rawRow);
    auto *jsonLabel = new QLabel(tr("Decoded &JSON (as sent, not verified):"), rawPage);
    jsonLabel->setBuddy(m_json);
    rawLayout->addWidget(jsonLabel);
    rawLayout->addWidget(m_json, 1);

    m_tabs->setObjectName(u"tokenTabs"_s);
    m_tabs->addTab(m_decodedStack, tr("&Decoded"));
    m_tabs->addTab(rawPage, tr("&Raw"));

    auto *top = new QFormLayout;
    top->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *sourceLabel = new QLabel(tr("&Inspect:"), this);
    sourceLabel->setBuddy(m_source);
    top->addRow(sourceLabel, m_source);
    top->addRow(QString(), m_input);

    auto *signatureRow = new QHBoxLayout;
    signatureRow->setSpacing(6);
    signatureRow->addWidget(m_signatureIcon, 0, Qt::AlignTop);
    signatureRow->addWidget(m_signature, 1);
    QPushButton *fetchKeys = m_fetchKeys;
    fetchKeys->setText(tr("&Verify with the Issuer’s Keys"));
    fetchKeys->setObjectName(u"tokenFetchKeysButton"_s);
    fetchKeys->setToolTip(tr("Discover the issuer named in the token and check the signature with its published keys"));
    fetchKeys->setVisible(false);
    signatureRow->addWidget(fetchKeys, 0, Qt::AlignTop);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addLayout(signatureRow);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    setTabOrder(m_source, m_input);
    setTabOrder(m_input, fetchKeys);
    setTabOrder(fetchKeys, m_tabs);
    setTabOrder(m_tabs, m_tree);
    setTabOrder(m_tree, m_raw);
    setTabOrder(m_raw, m_copyRaw);
    setTabOrder(m_copyRaw, m_json);

    connect(m_source, &QComboBox::currentIndexChanged, this, &TokenInspector::onSourceChanged);
    connect(m_input, &QPlainTextEdit::textChanged, this, [this] {
        if (m_source->currentIndex() <= 0)
            showToken(m_input->toPlainText().trimmed(), QString());
    });
    connect(m_copyRaw, &QPushButton::clicked, this, [this] {
        if (!m_token.isEmpty())
            QApplication::clipboard()->setText(m_token);
    });
    connect(fetchKeys, &QPushButton::clicked, this, [this, fetchKeys] {
        if (!m_inspection || !m_credentials)
            return;
        const QString issuer = m_inspection->jws.claims.value(u"iss"_s).toString();
        const QUrl url(issuer);
        if (!url.isValid() || (url.scheme() != u"https" && !(url.scheme() == u"http" && auth::isLoopbackUrl(url))))
            return;
        fetchKeys->setEnabled(false);
        setSignature(QString(), tr("Discovering %1…").arg(issuer));
        auto *discovery = new auth::Discovery(m_credentials->httpClient(), this);
        const int generation = m_verification;
        QPointer<TokenInspector> self(this);
        discovery->discover(
            url, issuer, QString(), [self, discovery, generation, fetchKeys](const auth::OAuthResult<auth::DiscoveryResult> &r) {
                discovery->deleteLater();
                if (!self || generation != self->m_verification)
                    return;
                fetchKeys->setEnabled(true);
                if (!r) {
                    self->setSignature(AuthLook::stateIconPath(AuthLook::State::Failed),
                                       tr("Not verified: discovery failed: %1").arg(r.error().message), r.error().diagnosis);
                    return;
                }
                self->m_discoveredJwks = r->metadata.jwksUri;
                self->verifySignature();
            });
    });
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &TokenInspector::updateTimes);
    if (m_credentials) {
        connect(m_credentials, &auth::CredentialManager::tokensChanged, this, &TokenInspector::rebuildSources);
        connect(m_credentials, &auth::CredentialManager::documentChanged, this, &TokenInspector::rebuildSources);
        connect(m_credentials, &auth::CredentialManager::profileChanged, this, &TokenInspector::rebuildSources);
    }
    rebuildSources();
    showToken(QString(), QString());
}

TokenInspector::~TokenInspector() = default;

void TokenInspector::rebuildSources()
{
    const QString currentScheme = m_source->currentIndex() > 0 ? m_sources.value(m_source->currentIndex()).scheme : QString();
    const TokenKind currentKind = m_source->currentIndex() > 0 ? m_sources.value(m_source->currentIndex()).kind : TokenKind::Access;
    const QSignalBlocker blocker(m_source);
    m_source->clear();
    m_sources.clear();
    m_source->addItem(tr("A token I paste"));
    m_sources.append(Source{});
    int select = 0;
    if (m_credentials && m_credentials->document()) {
        for (const QString &scheme : m_credentials->schemeNames()) {
            const auth::TokenSet tokens = m_credentials->tokens(scheme);
            const auto add = [&](TokenKind kind, const QString &what, bool present) {
                if (!present)
                    return;
                if (scheme == currentScheme && kind == currentKind)
                    select = int(m_sources.size());
                m_source->addItem(AuthLook::stateIcon(m_credentials->state(scheme)), tr("%1 — %2").arg(scheme, what));
                m_sources.append(Source{scheme, kind});
            };
            add(TokenKind::Access, tr("access token"), !tokens.accessToken.isEmpty());
            add(TokenKind::Id, tr("ID token"), !tokens.idToken.isEmpty());
            add(TokenKind::Refresh, tr("refresh token"), !tokens.refreshToken.isEmpty());
        }
    }
    m_source->setCurrentIndex(select);
    if (!currentScheme.isEmpty() && select == 0)
        onSourceChanged(); // the token shown went away (sign-out, profile switch)
}

bool TokenInspector::inspectScheme(const QString &scheme, TokenKind kind)
{
    rebuildSources();
    for (int i = 1; i < m_sources.size(); ++i) {
        if (m_sources.at(i).scheme == scheme && m_sources.at(i).kind == kind) {
            if (m_source->currentIndex() == i)
                onSourceChanged();
            else
                m_source->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void TokenInspector::inspectToken(const QString &token)
{
    m_source->setCurrentIndex(0);
    m_input->setPlainText(token);
}

void TokenInspector::onSourceChanged()
{
    const int index = m_source->currentIndex();
    const bool pasted = index <= 0;
    m_input->setVisible(pasted);
    if (pasted) {
        showToken(m_input->toPlainText().trimmed(), QString());
        return;
    }
    const Source source = m_sources.value(index);
    const auth::TokenSet tokens = m_credentials ? m_credentials->tokens(source.scheme) : auth::TokenSet();
    const QString token = source.kind == TokenKind::Access ? tokens.accessToken
        : source.kind == TokenKind::Id                     ? tokens.idToken
                                                           : tokens.refreshToken;
    showToken(token, source.scheme);
}

void TokenInspector::showToken(const QString &token, const QString &scheme)
{
    ++m_verification;
    m_discoveredJwks.clear();
    m_token = token;
    m_scheme = scheme;
    m_inspection.reset();
    m_parseError.clear();
    if (!token.isEmpty()) {
        auto inspected = auth::inspectJwt(token.toUtf8(), QDateTime::currentDateTimeUtc());
        if (inspected)
            m_inspection = std::move(inspected.value());
        else
            m_parseError = inspected.error().message;
    }
    fillTree();
    fillRaw();
    updateTimes();
    verifySignature();
    if (m_inspection)
        m_ticker->start();
    else
        m_ticker->stop();
}

QTreeWidgetItem *TokenInspector::addJsonItem(QTreeWidgetItem *parent, const QString &name, const QJsonValue &value, bool isClaim)
{
    auto *item = new QTreeWidgetItem(parent);
    item->setText(0, name);
    item->setData(0, claimNameRole, name);
    item->setFont(0, appearance::monospaceFont(font()));
    QString meaning = claimMeaning(name, isClaim);
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        const bool simple = std::all_of(array.begin(), array.end(), [](const QJsonValue &v) { return !v.isArray() && !v.isObject(); });
        if (simple) {
            QStringList parts;
            for (const QJsonValue &v : array)
                parts.append(compactJson(v));
            item->setText(1, parts.join(u", "_s));
        } else {
            item->setText(1, tr("%n item(s)", nullptr, int(array.size())));
            for (qsizetype i = 0; i < array.size(); ++i)
                addJsonItem(item, QString::number(i), array.at(i), false);
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        item->setText(1, tr("%n member(s)", nullptr, int(object.size())));
        for (auto it = object.begin(); it != object.end(); ++it)
            addJsonItem(item, it.key(), it.value(), false);
    } else {
        item->setText(1, compactJson(value));
    }
    if (isClaim && name == u"scope" && value.isString())
        meaning = tr("Scopes granted (%n)", nullptr, int(value.toString().split(u' ', Qt::SkipEmptyParts).size()));
    if (isClaim && isTimeClaim(name))
        item->setData(0, timeClaimRole, true);
    item->setText(2, meaning);
    item->setToolTip(1, item->text(1));
    return item;
}

void TokenInspector::fillTree()
{
    m_tree->clear();
    if (!m_inspection) {
        m_decodedStack->setCurrentWidget(m_notJwt);
        if (m_token.isEmpty()) {
            m_notJwt->setText(m_source->currentIndex() <= 0 ? tr("Paste a token above, or choose one of the open API’s tokens.")
                                                            : tr("This scheme holds no such token."));
        } else {
            m_notJwt->setText(tr("<p><b>Opaque token</b></p><p>This token (%n character(s)) is not a JWT: only the server that "
                                 "issued it knows what it means. Ask it through introspection (RFC 7662) where it offers "
                                 "that.</p><p style=\"color: gray\">Why it is not a JWT: %1</p>",
                                 nullptr, int(m_token.size()))
                                  .arg(m_parseError.toHtmlEscaped()));
        }
        return;
    }
    m_decodedStack->setCurrentWidget(m_tree);
    const auth::Jws &jws = m_inspection->jws;
    QFont bold = font();
    bold.setWeight(QFont::DemiBold);
    auto *header = new QTreeWidgetItem(m_tree, {tr("Header"), tr("%n member(s)", nullptr, int(jws.header.size()))});
    header->setFont(0, bold);
    header->setFirstColumnSpanned(false);
    for (auto it = jws.header.begin(); it != jws.header.end(); ++it)
        addJsonItem(header, it.key(), it.value(), false);
    auto *claims = new QTreeWidgetItem(m_tree, {tr("Claims"), tr("%n claim(s)", nullptr, int(jws.claims.size()))});
    claims->setFont(0, bold);
    // Registered claims first, in a useful order; then the rest as sent.
    const QStringList first{u"iss"_s,   u"sub"_s, u"aud"_s, u"azp"_s, u"client_id"_s,
                            u"scope"_s, u"exp"_s, u"iat"_s, u"nbf"_s, u"auth_time"_s};
    for (const QString &name : first) {
        if (jws.claims.contains(name))
            addJsonItem(claims, name, jws.claims.value(name), true);
    }
    for (auto it = jws.claims.begin(); it != jws.claims.end(); ++it) {
        if (!first.contains(it.key()))
            addJsonItem(claims, it.key(), it.value(), true);
    }
    m_tree->expandItem(header);
    m_tree->expandItem(claims);
    for (const QTreeWidgetItem *top : {header, claims}) {
        for (int i = 0; i < top->childCount(); ++i)
            m_tree->expandItem(top->child(i));
    }
}

void TokenInspector::fillRaw()
{
    m_raw->setRevealed(false);
    m_raw->setText(m_token);
    m_raw->setEnabled(!m_token.isEmpty());
    m_copyRaw->setEnabled(!m_token.isEmpty());
    if (!m_inspection) {
        m_json->setPlainText(m_token.isEmpty() ? QString() : tr("(not a JWT: nothing to decode)"));
        return;
    }
    const auth::Jws &jws = m_inspection->jws;
    QString text = tr("// header") + u'\n';
    text += QString::fromUtf8(QJsonDocument(jws.header).toJson(QJsonDocument::Indented));
    text += u'\n' + tr("// payload") + u'\n';
    text += jws.payloadIsJson ? ExchangeView::prettyJson(QString::fromUtf8(jws.payload)) : QString::fromUtf8(jws.payload);
    text += u"\n\n"_s + tr("// signature: %n byte(s)", nullptr, int(jws.signature.size()));
    m_json->setPlainText(text);
}

void TokenInspector::updateTimes()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_inspection) {
        m_summary->setText(m_token.isEmpty() ? QString() : tr("Opaque token · %n character(s)", nullptr, int(m_token.size())));
        m_summary->setStyleSheet(QString());
        return;
    }
    const auth::Jws &jws = m_inspection->jws;
    QStringList parts{jws.type.isEmpty() ? tr("JWT") : tr("JWT (%1)").arg(jws.type), jws.algorithm};
    if (!jws.keyId.isEmpty())
        parts.append(tr("key %1").arg(jws.keyId));
    QString expiry;
    QColor color;
    const QJsonValue exp = jws.claims.value(u"exp"_s);
    if (!exp.isUndefined()) {
        const auth::JwtTimeClaim t = auth::describeTimeClaim(u"exp"_s, exp, now);
        if (t.valid) {
            const qint64 left = t.secondsSinceEpoch - now.toSecsSinceEpoch();
            expiry = left > 0 ? tr("expires in %1").arg(auth::describeDuration(left))
                              : tr("expired %1 ago").arg(auth::describeDuration(-left));
            color = left > 0 ? AuthLook::successColor(palette()) : AuthLook::errorColor(palette());
        } else {
            expiry = tr("exp is not a valid time");
            color = AuthLook::errorColor(palette());
        }
    } else {
        expiry = tr("no expiry (exp)");
    }
    parts.append(expiry);
    m_summary->setText(parts.join(u"  ·  "_s));
    m_summary->setStyleSheet(color.isValid() ? u"color: %1;"_s.arg(color.name()) : QString());

    // The meaning column of the time claims follows the clock.
    QTreeWidgetItemIterator it(m_tree);
    while (*it) {
        QTreeWidgetItem *item = *it;
        if (item->data(0, timeClaimRole).toBool()) {
            const QString name = item->data(0, claimNameRole).toString();
            const auth::JwtTimeClaim t = auth::describeTimeClaim(name, jws.claims.value(name), now);
            const QString meaning = claimMeaning(name, true);
            item->setText(2,
                          t.valid ? tr("%1: %2 (%3)").arg(meaning, t.utcText, t.relativeText) : tr("%1: %2").arg(meaning, t.relativeText));
            if (name == u"exp" && t.valid && t.secondsSinceEpoch <= now.toSecsSinceEpoch())
                item->setForeground(2, AuthLook::errorColor(palette()));
            else
                item->setForeground(2, palette().color(QPalette::Text));
        }
        ++it;
    }
}

void TokenInspector::setSignature(const QString &iconPath, const QString &text, const QString &tooltip)
{
    m_signatureIcon->setPixmap(iconPath.isEmpty() ? QPixmap() : QIcon(iconPath).pixmap(16, 16));
    m_signature->setText(text);
    m_signature->setToolTip(tooltip);
    m_signature->setAccessibleDescription(tooltip);
}

void TokenInspector::verifySignature()
{
    QPushButton *fetchButton = m_fetchKeys;
    fetchButton->setVisible(false);
    if (!m_inspection) {
        setSignature(QString(), QString());
        m_signature->setVisible(false);
        return;
    }
    m_signature->setVisible(true);
    const auth::Jws &jws = m_inspection->jws;
    if (jws.algorithm.compare(u"none"_s, Qt::CaseInsensitive) == 0) {
        setSignature(AuthLook::stateIconPath(AuthLook::State::Failed),
                     tr("Unsigned (alg “none”): anyone could have written this token. "
                        "Keyway never trusts it."));
        return;
    }
    const QString issuer = jws.claims.value(u"iss"_s).toString();

    // Which key set: the one found through discovery for the user's request, or one a scheme of the open API knows.
    QUrl jwks = m_discoveredJwks;
    QByteArray hmacSecret;
    if (m_credentials && m_credentials->document()) {
        QStringList schemes = m_credentials->schemeNames();
        if (!m_scheme.isEmpty()) {
            schemes.removeAll(m_scheme);
            schemes.prepend(m_scheme);
        }
        for (const QString &scheme : std::as_const(schemes)) {
            if (jwks.isValid())
                break;
            if (const auth::DiscoveryResult *d = m_credentials->discovery(scheme)) {
                if (d->metadata.jwksUri.isValid() && (issuer.isEmpty() || d->metadata.issuer == issuer || scheme == m_scheme))
                    jwks = d->metadata.jwksUri;
            }
            if (!jwks.isValid()) {
                for (openapi::OAuthFlow::Kind kind : m_credentials->availableFlows(scheme)) {
                    const auth::ProviderMetadata p = m_credentials->provider(scheme, kind);
                    if (p.jwksUri.isValid() && (p.issuer == issuer || scheme == m_scheme)) {
                        jwks = p.jwksUri;
                        break;
                    }
                }
            }
        }
        if (!m_scheme.isEmpty() && jws.algorithm.startsWith(u"HS"_s))
            hmacSecret = m_credentials->clientConfig(m_scheme).clientSecret.toUtf8();
    }

    const auto finish = [this](const QList<auth::Jwk> &keys, const QByteArray &secret, const QString &from) {
        auth::JwsVerifyOptions options;
        options.allowedAlgorithms = auth::allJwsAlgorithms();
        options.keys = keys;
        options.hmacSecret = secret;
        const auth::JwsVerification v = auth::verifyJws(m_inspection->jws, options);
        if (v.ok()) {
            const QString with = v.usedHmacSecret ? tr("the client secret") : (v.key ? v.key->describe() : tr("a known key"));
            setSignature(AuthLook::stateIconPath(AuthLook::State::Authorized), tr("Signature verified with %1%2.").arg(with, from),
                         v.detail);
        } else {
            setSignature(AuthLook::stateIconPath(AuthLook::State::Failed), tr("Signature NOT valid: %1").arg(v.detail),
                         v.attempts.join(u'\n'));
        }
        return v;
    };

    if (!jwks.isValid() || !m_credentials || !m_credentials->jwksCache()) {
        if (!hmacSecret.isEmpty()) {
            finish({}, hmacSecret, QString());
            return;
        }
        const QUrl iss(issuer);
        const bool discoverable
            = m_credentials && iss.isValid() && (iss.scheme() == u"https" || (iss.scheme() == u"http" && auth::isLoopbackUrl(iss)));
        setSignature(AuthLook::stateIconPath(AuthLook::State::Unconfigured),
                     issuer.isEmpty() ? tr("Signature not checked: the token names no issuer, and no key is known for it.")
                                      : tr("Signature not checked: no key is known for the issuer %1.").arg(issuer),
                     tr("Keys are known once the issuer has been discovered (OpenID Connect schemes, or an issuer entered in "
                        "the Authorize dialog)."));
        fetchButton->setVisible(discoverable);
        return;
    }

    setSignature(QString(), tr("Checking the signature with the keys at %1…").arg(jwks.toString()));
    const int generation = m_verification;
    QPointer<TokenInspector> self(this);
    const QString from = tr(" from %1").arg(jwks.host());
    m_credentials->jwksCache()->keys(
        jwks, QString(), [self, generation, jwks, hmacSecret, from, finish](const auth::OAuthResult<auth::JwkSet> &r) {
            if (!self || generation != self->m_verification || !self->m_inspection)
                return;
            if (!r) {
                self->setSignature(
                    AuthLook::stateIconPath(AuthLook::State::Failed),
                    tr("Signature not checked: the keys at %1 could not be fetched: %2").arg(jwks.toString(), r.error().message),
                    r.error().diagnosis);
                return;
            }
            const auth::JwsVerification v = finish(r->keys, hmacSecret, from);
            if (!v.shouldRefetchKeys())
                return;
            // Keys rotate: one refetch for an unknown kid.
            self->m_credentials->jwksCache()->refetch(
                jwks, QString(), [self, generation, hmacSecret, from, finish](const auth::OAuthResult<auth::JwkSet> &again) {
                    if (!self || generation != self->m_verification || !self->m_inspection || !again)
                        return;
                    finish(again->keys, hmacSecret, from);
                });
        });
}

std::optional<QString> TokenInspector::claimText(const QString &name) const
{
    QTreeWidgetItemIterator it(m_tree);
    while (*it) {
        const QTreeWidgetItem *item = *it;
        if (item->parent() && item->parent()->parent() == nullptr && item->parent()->text(0) == tr("Claims") && item->text(0) == name)
            return item->text(1);
        ++it;
    }
    return std::nullopt;
}

QString TokenInspector::summaryText() const
{
    return m_summary->text();
}

QString TokenInspector::signatureText() const
{
    return m_signature->text();
}

} // namespace keyway::ui
