#include "OAuthSchemeEditor.h"

#include "Appearance.h"
#include "AuthAppearance.h"
#include "SchemeText.h"
#include "SecretLineEdit.h"
#include "WrappingLabel.h"
#include "auth/AuthorizationCodeFlow.h"
#include "auth/CredentialManager.h"
#include "auth/GrantFlows.h"
#include "auth/ImplicitFlow.h"
#include "storage/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace keyway::ui {

using openapi::OAuthFlow;
using openapi::SecurityScheme;

namespace {

constexpr int scopeNameRole = Qt::UserRole + 1;

// Descriptions for the scopes OpenID Connect defines (an openIdConnect scheme usually lists none).
QString standardScopeDescription(const QString &scope)
{
    if (scope == u"openid")
        return OAuthSchemeEditor::tr("Sign in with OpenID Connect: an ID token says who the user is");
    if (scope == u"profile")
        return OAuthSchemeEditor::tr("The user’s name and profile details");
    if (scope == u"email")
        return OAuthSchemeEditor::tr("The user’s e-mail address");
    if (scope == u"address")
        return OAuthSchemeEditor::tr("The user’s postal address");
    if (scope == u"phone")
        return OAuthSchemeEditor::tr("The user’s phone number");
    if (scope == u"offline_access")
        return OAuthSchemeEditor::tr("A refresh token, to stay signed in");
    return {};
}

bool needsRedirect(OAuthFlow::Kind kind)
{
    return kind == OAuthFlow::Kind::AuthorizationCode || kind == OAuthFlow::Kind::Implicit;
}

// Parameters users commonly add, with what they do.
const QList<QPair<QString, const char *>> &commonParameters()
{
    static const QList<QPair<QString, const char *>> list{
        {u"audience"_s, QT_TRANSLATE_NOOP("keyway::ui::OAuthSchemeEditor", "the API the token is for (Auth0, Okta)")},
        {u"resource"_s, QT_TRANSLATE_NOOP("keyway::ui::OAuthSchemeEditor", "the API the token is for (RFC 8707)")},
        {u"prompt"_s, QT_TRANSLATE_NOOP("keyway::ui::OAuthSchemeEditor", "login, consent, select_account or none")},
        {u"login_hint"_s, QT_TRANSLATE_NOOP("keyway::ui::OAuthSchemeEditor", "the account to sign in with")},
        {u"acr_values"_s, QT_TRANSLATE_NOOP("keyway::ui::OAuthSchemeEditor", "the authentication strength asked for")},
        {u"max_age"_s, QT_TRANSLATE_NOOP("keyway::ui::OAuthSchemeEditor", "seconds since the user last signed in")},
        {u"ui_locales"_s, QT_TRANSLATE_NOOP("keyway::ui::OAuthSchemeEditor", "languages for the sign-in pages")},
        {u"organization"_s, QT_TRANSLATE_NOOP("keyway::ui::OAuthSchemeEditor", "the organisation to sign in to")},
    };
    return list;
}

} // namespace

OAuthSchemeEditor::OAuthSchemeEditor(auth::CredentialManager *credentials, QWidget *parent)
    : QWidget(parent),
      m_credentials(credentials),
      m_flow(new QComboBox(this)),
      m_endpoints(new WrappingLabel(this)),
      m_advisory(new WrappingLabel(this)),
      m_clientId(new QLineEdit(this)),
      m_clientSecret(new SecretLineEdit(this)),
      m_publicClient(new QCheckBox(this)),
      m_authMethod(new QComboBox(this)),
      m_scopes(new QListWidget(this)),
      m_extraScopes(new QLineEdit(this)),
      m_scopesHint(new WrappingLabel(this)),
      m_ownerSection(new QWidget(this)),
      m_username(new QLineEdit(this)),
      m_password(new SecretLineEdit(this)),
      m_advancedToggle(new QToolButton(this)),
      m_advanced(new QWidget(this)),
      m_redirectSection(new QWidget(this)),
      m_redirectHost(new QComboBox(this)),
      m_redirectPort(new QSpinBox(this)),
      m_redirectPath(new QLineEdit(this)),
      m_redirectPreview(new WrappingLabel(this)),
      m_providerLabel(new QLabel(this)),
      m_issuer(new QLineEdit(this)),
      m_discover(new QPushButton(this)),
      m_discoveryStatus(new WrappingLabel(this)),
      m_parameters(new QTableWidget(0, 2, this)),
      m_addParameter(new QToolButton(this)),
      m_removeParameter(new QToolButton(this))
{
    setObjectName(u"oauthEditor"_s);
    buildUi();
    applyStyle();
}

OAuthSchemeEditor::~OAuthSchemeEditor() = default;

QLabel *OAuthSchemeEditor::sectionLabel(const QString &text)
{
    auto *label = new QLabel(text, this);
    label->setProperty("section", true);
    return label;
}

void OAuthSchemeEditor::applyStyle()
{
    const QPalette p = palette();
    setStyleSheet(uR"(
        QLabel[section="true"] { font-weight: 600; padding-top: 8px; }
        QLabel[muted="true"] { color: %1; }
        QLabel#oauthAdvisory { color: %2; background-color: %3; border: 1px solid %4; border-radius: 5px; padding: 6px 8px; }
    )"_s.arg(appearance::mutedText(p).name(), p.color(QPalette::Text).name(),
             appearance::blend(p.color(QPalette::Base), appearance::warningColor(p), 0.10).name(),
             appearance::blend(p.color(QPalette::Base), appearance::warningColor(p), 0.45).name()));
}

void OAuthSchemeEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyStyle();
}

void OAuthSchemeEditor::buildUi()
{
    const auto muted = [](QLabel *label) {
        label->setProperty("muted", true);
        label->setWordWrap(true);
    };

    // Flow
    m_flow->setObjectName(u"oauthFlowCombo"_s);
    m_flow->setAccessibleName(tr("Flow"));
    m_endpoints->setObjectName(u"oauthEndpoints"_s);
    muted(m_endpoints);
    m_endpoints->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_endpoints->setTextFormat(Qt::RichText);
    m_advisory->setObjectName(u"oauthAdvisory"_s);
    m_advisory->setWordWrap(true);
    m_advisory->setTextFormat(Qt::PlainText);

    // Client
    m_clientId->setObjectName(u"oauthClientId"_s);
    m_clientId->setAccessibleName(tr("Client ID"));
    m_clientId->setPlaceholderText(tr("as registered with the authorization server"));
    m_clientId->setClearButtonEnabled(true);
    m_clientSecret->setObjectName(u"oauthClientSecret"_s);
    m_clientSecret->setAccessibleName(tr("Client secret"));
    m_clientSecret->setPlaceholderText(tr("kept in the keychain"));
    m_publicClient->setObjectName(u"oauthPublicClient"_s);
    m_publicClient->setText(tr("&Public client (no secret)"));
    m_publicClient->setToolTip(tr("A native or browser app that cannot keep a secret: it sends only its client id; PKCE "
                                  "protects the authorization code"));
    m_authMethod->setObjectName(u"oauthAuthMethod"_s);
    m_authMethod->setAccessibleName(tr("Client authentication"));
    m_authMethod->addItem(tr("HTTP Basic header (client_secret_basic)"), int(auth::ClientAuthMethod::ClientSecretBasic));
    m_authMethod->addItem(tr("Request body (client_secret_post)"), int(auth::ClientAuthMethod::ClientSecretPost));
    m_authMethod->addItem(tr("None: client id only (public client)"), int(auth::ClientAuthMethod::None));

    // Scopes
    m_scopes->setObjectName(u"oauthScopes"_s);
    m_scopes->setAccessibleName(tr("Scopes"));
    m_scopes->setUniformItemSizes(true);
    m_scopes->setSelectionMode(QAbstractItemView::SingleSelection);
    m_scopes->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_extraScopes->setObjectName(u"oauthExtraScopes"_s);
    m_extraScopes->setAccessibleName(tr("Other scopes"));
    m_extraScopes->setPlaceholderText(tr("other scopes, separated by spaces"));
    m_extraScopes->setClearButtonEnabled(true);
    m_scopesHint->setObjectName(u"oauthScopesHint"_s);
    muted(m_scopesHint);

    // Resource owner (password grant)
    m_username->setObjectName(u"oauthUsername"_s);
    m_username->setAccessibleName(tr("User name"));
    m_password->setObjectName(u"oauthPassword"_s);
    m_password->setAccessibleName(tr("Password"));
    m_password->setPlaceholderText(tr("kept in the keychain"));
    auto *ownerForm = new QFormLayout(m_ownerSection);
    ownerForm->setContentsMargins(0, 0, 0, 0);
    ownerForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    ownerForm->addRow(sectionLabel(tr("Resource owner")));
    ownerForm->addRow(tr("&User name:"), m_username);
    ownerForm->addRow(tr("Pass&word:"), m_password);

    // Advanced: redirect, provider, parameters
    m_advancedToggle->setObjectName(u"oauthAdvancedToggle"_s);
    m_advancedToggle->setText(tr("Advanced"));
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    m_advancedToggle->setAutoRaise(true);
    m_advancedToggle->setAccessibleName(tr("Show advanced settings"));
    QFont toggleFont = m_advancedToggle->font();
    toggleFont.setWeight(QFont::DemiBold);
    m_advancedToggle->setFont(toggleFont);

    m_redirectHost->setObjectName(u"oauthRedirectHost"_s);
    m_redirectHost->setAccessibleName(tr("Redirect host"));
    m_redirectHost->addItems({u"127.0.0.1"_s, u"localhost"_s});
    m_redirectHost->setToolTip(tr("Keyway always listens on 127.0.0.1; choose “localhost” only when the provider registered that name"));
    m_redirectPort->setObjectName(u"oauthRedirectPort"_s);
    m_redirectPort->setAccessibleName(tr("Redirect port"));
    m_redirectPort->setRange(0, 65535);
    m_redirectPort->setSpecialValueText(tr("any free port"));
    m_redirectPort->setToolTip(tr("0: any free port (RFC 8252). Pin a port when the provider registered one exactly."));
    m_redirectPath->setObjectName(u"oauthRedirectPath"_s);
    m_redirectPath->setAccessibleName(tr("Redirect path"));
    m_redirectPath->setPlaceholderText(u"/callback"_s);
    m_redirectPreview->setObjectName(u"oauthRedirectPreview"_s);
    muted(m_redirectPreview);
    m_redirectPreview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *redirectRow = new QHBoxLayout;
    redirectRow->setSpacing(6);
    redirectRow->addWidget(m_redirectHost);
    redirectRow->addWidget(new QLabel(tr("port"), this));
    redirectRow->addWidget(m_redirectPort);
    redirectRow->addWidget(new QLabel(tr("path"), this));
    redirectRow->addWidget(m_redirectPath, 1);
    auto *redirectForm = new QFormLayout(m_redirectSection);
    redirectForm->setContentsMargins(0, 0, 0, 0);
    redirectForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *redirectLabel = new QLabel(tr("&Redirect:"), this);
    redirectLabel->setBuddy(m_redirectHost);
    redirectForm->addRow(redirectLabel, redirectRow);
    redirectForm->addRow(QString(), m_redirectPreview);

    m_providerLabel->setObjectName(u"oauthProviderLabel"_s);
    m_issuer->setObjectName(u"oauthIssuer"_s);
    m_issuer->setAccessibleName(tr("Issuer"));
    m_issuer->setPlaceholderText(tr("https://login.example.com — optional: endpoints and keys from its metadata"));
    m_issuer->setClearButtonEnabled(true);
    m_discover->setObjectName(u"oauthDiscoverButton"_s);
    m_discover->setText(tr("&Discover"));
    m_discover->setToolTip(tr("Fetch the provider’s metadata (OpenID Connect discovery or RFC 8414)"));
    m_discoveryStatus->setObjectName(u"oauthDiscoveryStatus"_s);
    muted(m_discoveryStatus);
    m_discoveryStatus->setTextFormat(Qt::RichText);
    m_discoveryStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_discover->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    auto *issuerRow = new QHBoxLayout;
    issuerRow->setSpacing(6);
    issuerRow->addWidget(m_issuer, 1);
    issuerRow->addWidget(m_discover);
    issuerRow->addStretch(0); // takes the room when the issuer field is hidden (openIdConnect)

    m_parameters->setObjectName(u"oauthExtraParameters"_s);
    m_parameters->setAccessibleName(tr("Extra parameters"));
    m_parameters->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_parameters->horizontalHeader()->setStretchLastSection(true);
    m_parameters->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_parameters->setColumnWidth(0, 150);
    m_parameters->verticalHeader()->setVisible(false);
    m_parameters->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_parameters->setSelectionMode(QAbstractItemView::SingleSelection);
    m_parameters->setMinimumHeight(70);
    m_parameters->setMaximumHeight(140);
    m_parameters->setTabKeyNavigation(false);
    m_addParameter->setObjectName(u"oauthAddParameter"_s);
    m_addParameter->setText(tr("Add"));
    m_addParameter->setAccessibleName(tr("Add a parameter"));
    m_addParameter->setPopupMode(QToolButton::InstantPopup);
    m_addParameter->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *parameterMenu = new QMenu(m_addParameter);
    for (const auto &[name, what] : commonParameters()) {
        QAction *action = parameterMenu->addAction(u"%1 — %2"_s.arg(name, tr(what)));
        connect(action, &QAction::triggered, this, [this, name = name] { addParameter(name); });
    }
    parameterMenu->addSeparator();
    connect(parameterMenu->addAction(tr("Other…")), &QAction::triggered, this, [this] { addParameter(QString()); });
    m_addParameter->setMenu(parameterMenu);
    m_removeParameter->setObjectName(u"oauthRemoveParameter"_s);
    m_removeParameter->setText(tr("Remove"));
    m_removeParameter->setAccessibleName(tr("Remove the selected parameter"));
    auto *parameterButtons = new QVBoxLayout;
    parameterButtons->addWidget(m_addParameter);
    parameterButtons->addWidget(m_removeParameter);
    parameterButtons->addStretch();
    auto *parameterRow = new QHBoxLayout;
    parameterRow->addWidget(m_parameters, 1);
    parameterRow->addLayout(parameterButtons);

    auto *advancedForm = new QFormLayout(m_advanced);
    m_advancedForm = advancedForm;
    advancedForm->setContentsMargins(18, 0, 0, 0);
    advancedForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    advancedForm->addRow(m_redirectSection);
    auto *parametersLabel = new QLabel(tr("E&xtra parameters:"), this);
    parametersLabel->setBuddy(m_parameters);
    advancedForm->addRow(parametersLabel, parameterRow);

    // The whole form
    auto *form = new QFormLayout;
    m_form = form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setHorizontalSpacing(10);
    form->setVerticalSpacing(7);
    auto *flowLabel = new QLabel(tr("&Flow:"), this);
    flowLabel->setBuddy(m_flow);
    form->addRow(flowLabel, m_flow);
    form->addRow(QString(), m_endpoints);
    form->addRow(m_advisory);
    m_providerLabel->setText(tr("&Issuer:"));
    m_providerLabel->setBuddy(m_issuer);
    form->addRow(m_providerLabel, issuerRow);
    form->addRow(QString(), m_discoveryStatus);
    form->addRow(sectionLabel(tr("Client")));
    auto *clientIdLabel = new QLabel(tr("Client &ID:"), this);
    clientIdLabel->setBuddy(m_clientId);
    form->addRow(clientIdLabel, m_clientId);
    auto *secretLabel = new QLabel(tr("Client &secret:"), this);
    secretLabel->setBuddy(m_clientSecret);
    form->addRow(secretLabel, m_clientSecret);
    form->addRow(QString(), m_publicClient);
    auto *methodLabel = new QLabel(tr("Au&thentication:"), this);
    methodLabel->setBuddy(m_authMethod);
    form->addRow(methodLabel, m_authMethod);
    form->addRow(sectionLabel(tr("Scopes")));
    form->addRow(m_scopesHint);
    form->addRow(m_scopes);
    auto *extraLabel = new QLabel(tr("&Other scopes:"), this);
    extraLabel->setBuddy(m_extraScopes);
    form->addRow(extraLabel, m_extraScopes);
    form->addRow(m_ownerSection);
    form->addRow(m_advancedToggle);
    form->addRow(m_advanced);
    // Hidden rows go through setRowVisible: a hidden widget alone would leave its row's spacing behind.
    form->setRowVisible(m_advanced, false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addStretch();

    // Keyboard order follows the form.
    setTabOrder(m_flow, m_issuer);
    setTabOrder(m_issuer, m_discover);
    setTabOrder(m_discover, m_clientId);
    setTabOrder(m_clientId, m_clientSecret);
    setTabOrder(m_clientSecret, m_publicClient);
    setTabOrder(m_publicClient, m_authMethod);
    setTabOrder(m_authMethod, m_scopes);
    setTabOrder(m_scopes, m_extraScopes);
    setTabOrder(m_extraScopes, m_username);
    setTabOrder(m_username, m_password);
    setTabOrder(m_password, m_advancedToggle);
    setTabOrder(m_advancedToggle, m_redirectHost);
    setTabOrder(m_redirectHost, m_redirectPort);
    setTabOrder(m_redirectPort, m_redirectPath);
    setTabOrder(m_redirectPath, m_parameters);
    setTabOrder(m_parameters, m_addParameter);
    setTabOrder(m_addParameter, m_removeParameter);

    connect(m_flow, &QComboBox::currentIndexChanged, this, [this] {
        updateForFlow();
        markDirty();
        Q_EMIT flowChanged();
    });
    connect(m_clientId, &QLineEdit::textEdited, this, &OAuthSchemeEditor::markDirty);
    connect(m_clientSecret, &QLineEdit::textEdited, this, &OAuthSchemeEditor::markDirty);
    connect(m_publicClient, &QCheckBox::toggled, this, [this](bool isPublic) {
        m_clientSecret->setEnabled(!isPublic);
        if (isPublic) {
            m_authMethod->setCurrentIndex(m_authMethod->findData(int(auth::ClientAuthMethod::None)));
        } else if (m_authMethod->currentData().toInt() == int(auth::ClientAuthMethod::None)) {
            m_authMethod->setCurrentIndex(m_authMethod->findData(int(auth::ClientAuthMethod::ClientSecretBasic)));
        }
        markDirty();
    });
    connect(m_authMethod, &QComboBox::currentIndexChanged, this, [this] {
        const bool none = m_authMethod->currentData().toInt() == int(auth::ClientAuthMethod::None);
        if (m_publicClient->isChecked() != none)
            m_publicClient->setChecked(none);
        markDirty();
    });
    connect(m_scopes, &QListWidget::itemChanged, this, &OAuthSchemeEditor::markDirty);
    connect(m_extraScopes, &QLineEdit::textEdited, this, &OAuthSchemeEditor::markDirty);
    connect(m_username, &QLineEdit::textEdited, this, &OAuthSchemeEditor::markDirty);
    connect(m_password, &QLineEdit::textEdited, this, &OAuthSchemeEditor::markDirty);
    connect(m_redirectHost, &QComboBox::currentIndexChanged, this, [this] {
        updateEndpoints();
        markDirty();
    });
    connect(m_redirectPort, &QSpinBox::valueChanged, this, [this] {
        updateEndpoints();
        markDirty();
    });
    connect(m_redirectPath, &QLineEdit::textEdited, this, [this] {
        updateEndpoints();
        markDirty();
    });
    connect(m_issuer, &QLineEdit::textEdited, this, &OAuthSchemeEditor::markDirty);
    connect(m_issuer, &QLineEdit::returnPressed, this, &OAuthSchemeEditor::discover);
    connect(m_discover, &QPushButton::clicked, this, &OAuthSchemeEditor::discover);
    connect(m_parameters, &QTableWidget::itemChanged, this, &OAuthSchemeEditor::markDirty);
    connect(m_removeParameter, &QToolButton::clicked, this, [this] {
        const int row = m_parameters->currentRow();
        if (row >= 0) {
            m_parameters->removeRow(row);
            markDirty();
        }
        m_removeParameter->setEnabled(m_parameters->rowCount() > 0);
    });
    connect(m_advancedToggle, &QToolButton::toggled, this, [this](bool open) {
        m_form->setRowVisible(m_advanced, open);
        m_advancedToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_advancedToggle->setAccessibleName(open ? tr("Hide advanced settings") : tr("Show advanced settings"));
    });
    if (m_credentials)
        connect(m_credentials, &auth::CredentialManager::discoveryFinished, this, [this](const QString &scheme) {
            if (scheme == m_scheme && !m_discovering)
                refreshProvider();
        });
}

void OAuthSchemeEditor::markDirty()
{
    if (m_loading)
        return;
    m_dirty = true;
    Q_EMIT changed();
}

void OAuthSchemeEditor::setScheme(const QString &scheme)
{
    m_loading = true;
    m_scheme = scheme;
    const SecurityScheme *s = m_credentials ? m_credentials->scheme(scheme) : nullptr;
    const bool oidc = s && s->type == SecurityScheme::Type::OpenIdConnect;
    const auth::ClientConfig config = m_credentials ? m_credentials->clientConfig(scheme) : auth::ClientConfig();
    storage::SchemeSettings settings;
    if (m_credentials && m_credentials->workspace() && m_credentials->api().isValid())
        settings = m_credentials->workspace()->schemeSettings(m_credentials->api().id, scheme);

    // Flows: as written (oauth2), or every grant (openIdConnect); the one used last preselected.
    {
        const QSignalBlocker blocker(m_flow);
        m_flow->clear();
        const QList<OAuthFlow::Kind> flows = m_credentials ? m_credentials->availableFlows(scheme) : QList<OAuthFlow::Kind>();
        for (OAuthFlow::Kind kind : flows)
            m_flow->addItem(SchemeText::flowLabel(kind), int(kind));
        int select = 0;
        for (int i = 0; i < m_flow->count(); ++i) {
            if (OAuthFlow::kindName(OAuthFlow::Kind(m_flow->itemData(i).toInt())) == settings.flow)
                select = i;
        }
        m_flow->setCurrentIndex(m_flow->count() > 0 ? select : -1);
        m_flow->setEnabled(m_flow->count() > 1);
    }

    m_clientId->setText(config.clientId);
    m_clientSecret->setRevealed(false);
    m_clientSecret->setText(config.clientSecret);
    const bool isPublic = config.authMethod == auth::ClientAuthMethod::None;
    m_publicClient->setChecked(isPublic);
    m_clientSecret->setEnabled(!isPublic);
    m_authMethod->setCurrentIndex(m_authMethod->findData(int(config.authMethod)));
    m_username->setText(config.username);
    m_password->setRevealed(false);
    m_password->setText(config.password);
    m_redirectHost->setCurrentIndex(qMax(0, m_redirectHost->findText(config.redirectHost)));
    m_redirectPort->setValue(config.redirectPort);
    m_redirectPath->setText(config.redirectPath);
    m_parameters->setRowCount(0);
    for (const auto &[name, value] : config.extraParameters)
        addParameter(name, value);
    m_removeParameter->setEnabled(m_parameters->rowCount() > 0);

    // The issuer: typed for oauth2 schemes; an openIdConnect scheme has its discovery URL instead.
    m_issuer->setVisible(!oidc);
    m_discover->setText(oidc ? tr("&Discover Again") : tr("&Discover"));
    m_providerLabel->setText(oidc ? tr("Discovery:") : tr("&Issuer:"));
    m_providerLabel->setBuddy(oidc ? static_cast<QWidget *>(m_discover) : m_issuer);
    const auth::DiscoveryResult *discovered = m_credentials ? m_credentials->discovery(scheme) : nullptr;
    m_issuer->setText(!oidc ? (settings.issuer.isEmpty() && discovered ? discovered->metadata.issuer : settings.issuer) : QString());
    // Parameters or an issuer set before: open the advanced part so that they are seen.
    const bool advanced = !config.extraParameters.isEmpty() || config.redirectPort != 0;
    m_advancedToggle->setChecked(advanced);

    loadScopes(config);
    updateForFlow();
    updateDiscoveryStatus();
    m_loading = false;
    m_dirty = false;

    // An openIdConnect scheme lists its flows and scopes after discovery: do it now rather than at the first run.
    if (oidc && !discovered && m_credentials && !m_discovering)
        discover();
}

void OAuthSchemeEditor::refreshProvider()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const auth::ClientConfig current = config();
    // Flows may have changed (never fewer for openIdConnect); keep the chosen one.
    const std::optional<OAuthFlow::Kind> chosen = flow();
    {
        const QSignalBlocker blocker(m_flow);
        m_flow->clear();
        for (OAuthFlow::Kind kind : m_credentials->availableFlows(m_scheme))
            m_flow->addItem(SchemeText::flowLabel(kind), int(kind));
        const int index = chosen ? m_flow->findData(int(*chosen)) : -1;
        m_flow->setCurrentIndex(index >= 0 ? index : (m_flow->count() > 0 ? 0 : -1));
        m_flow->setEnabled(m_flow->count() > 1);
    }
    loadScopes(current);
    updateForFlow();
    updateDiscoveryStatus();
    m_loading = wasLoading;
}

void OAuthSchemeEditor::loadScopes(const auth::ClientConfig &config)
{
    const SecurityScheme *s = m_credentials ? m_credentials->scheme(m_scheme) : nullptr;
    QList<openapi::Scope> offered;
    const auto offer = [&](const QString &name, const QString &description) {
        if (name.isEmpty())
            return;
        for (const openapi::Scope &o : std::as_const(offered)) {
            if (o.name == name)
                return;
        }
        offered.append(openapi::Scope{name, description});
    };
    if (s) {
        const std::optional<OAuthFlow::Kind> kind = flow();
        const OAuthFlow *f = kind ? s->flow(*kind) : nullptr;
        for (const openapi::Scope &scope : (f && !f->scopes.isEmpty()) ? f->scopes : s->allScopes())
            offer(scope.name, scope.description);
        if (s->type == SecurityScheme::Type::OpenIdConnect) {
            offer(u"openid"_s, standardScopeDescription(u"openid"_s));
            // Scopes the document's operations ask for with this scheme, then what the provider advertises.
            if (const openapi::DocumentPtr document = m_credentials->document()) {
                const auto collect = [&](const QList<openapi::Operation> &operations) {
                    for (const openapi::Operation &operation : operations) {
                        for (const QList<openapi::SchemeUse> &alternative : operation.security.alternatives) {
                            for (const openapi::SchemeUse &use : alternative) {
                                if (use.scheme == m_scheme) {
                                    for (const QString &scope : use.scopes)
                                        offer(scope, tr("asked for by the document’s operations"));
                                }
                            }
                        }
                    }
                };
                collect(document->operations);
                collect(document->webhooks);
            }
            if (const auth::DiscoveryResult *d = m_credentials->discovery(m_scheme)) {
                for (const QString &scope : d->metadata.scopesSupported)
                    offer(scope, standardScopeDescription(scope));
            }
        }
    }

    // The checked ones: what was configured; a fresh openIdConnect scheme starts with "openid".
    QStringList wanted = config.scopes;
    if (wanted.isEmpty() && s && s->type == SecurityScheme::Type::OpenIdConnect && config.clientId.isEmpty())
        wanted.append(u"openid"_s);

    const QSignalBlocker blocker(m_scopes);
    m_scopes->clear();
    for (const openapi::Scope &scope : std::as_const(offered)) {
        const QString text = scope.description.isEmpty() ? scope.name : u"%1 — %2"_s.arg(scope.name, scope.description);
        auto *item = new QListWidgetItem(text, m_scopes);
        item->setData(scopeNameRole, scope.name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(wanted.contains(scope.name) ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(scope.description.isEmpty() ? scope.name : scope.description);
        item->setData(Qt::AccessibleTextRole, scope.description.isEmpty() ? scope.name : tr("%1: %2").arg(scope.name, scope.description));
    }
    QStringList extra;
    for (const QString &scope : std::as_const(wanted)) {
        const bool listed = std::any_of(offered.cbegin(), offered.cend(), [&](const openapi::Scope &o) { return o.name == scope; });
        if (!listed)
            extra.append(scope);
    }
    m_extraScopes->setText(extra.join(u' '));
    m_form->setRowVisible(m_scopes, !offered.isEmpty());
    // As tall as its rows (up to eight; it scrolls beyond).
    const int rowHeight = qMax(m_scopes->sizeHintForRow(0), m_scopes->fontMetrics().height() + 4);
    const int rows = qBound(1, int(offered.size()), 8);
    m_scopes->setFixedHeight(rows * rowHeight + 2 * m_scopes->frameWidth() + 4);
    m_scopesHint->setText(offered.isEmpty() ? tr("The document lists no scopes for this flow: type the ones you need, if any.")
                                            : tr("Check the scopes to ask for; the server may grant fewer."));
}

std::optional<OAuthFlow::Kind> OAuthSchemeEditor::flow() const
{
    if (m_flow->currentIndex() < 0)
        return std::nullopt;
    return OAuthFlow::Kind(m_flow->currentData().toInt());
}

void OAuthSchemeEditor::setFlow(OAuthFlow::Kind kind)
{
    const int index = m_flow->findData(int(kind));
    if (index >= 0)
        m_flow->setCurrentIndex(index);
}

QStringList OAuthSchemeEditor::scopes() const
{
    QStringList result;
    for (int i = 0; i < m_scopes->count(); ++i) {
        const QListWidgetItem *item = m_scopes->item(i);
        if (item->checkState() == Qt::Checked)
            result.append(item->data(scopeNameRole).toString());
    }
    for (const QString &scope : m_extraScopes->text().split(u' ', Qt::SkipEmptyParts)) {
        if (!result.contains(scope))
            result.append(scope);
    }
    return result;
}

void OAuthSchemeEditor::setScopeChecked(const QString &scope, bool checked)
{
    for (int i = 0; i < m_scopes->count(); ++i) {
        QListWidgetItem *item = m_scopes->item(i);
        if (item->data(scopeNameRole).toString() == scope) {
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            return;
        }
    }
    QStringList extra = m_extraScopes->text().split(u' ', Qt::SkipEmptyParts);
    if (checked && !extra.contains(scope))
        extra.append(scope);
    if (!checked)
        extra.removeAll(scope);
    m_extraScopes->setText(extra.join(u' '));
    markDirty();
}

auth::ClientConfig OAuthSchemeEditor::config() const
{
    auth::ClientConfig c = m_credentials ? m_credentials->clientConfig(m_scheme) : auth::ClientConfig();
    c.clientId = m_clientId->text().trimmed();
    c.authMethod = auth::ClientAuthMethod(m_authMethod->currentData().toInt());
    c.clientSecret = c.authMethod == auth::ClientAuthMethod::None ? QString() : m_clientSecret->text();
    c.scopes = scopes();
    c.extraParameters.clear();
    for (int row = 0; row < m_parameters->rowCount(); ++row) {
        const QTableWidgetItem *name = m_parameters->item(row, 0);
        const QTableWidgetItem *value = m_parameters->item(row, 1);
        const QString key = name ? name->text().trimmed() : QString();
        if (!key.isEmpty())
            c.extraParameters.append({key, value ? value->text() : QString()});
    }
    c.redirectHost = m_redirectHost->currentText();
    c.redirectPort = quint16(m_redirectPort->value());
    c.redirectPath = m_redirectPath->text().trimmed().isEmpty() ? u"/callback"_s : m_redirectPath->text().trimmed();
    if (!c.redirectPath.startsWith(u'/'))
        c.redirectPath.prepend(u'/');
    c.username = m_username->text().trimmed();
    c.password = m_password->text();
    const SecurityScheme *s = m_credentials ? m_credentials->scheme(m_scheme) : nullptr;
    c.openId = (s && s->type == SecurityScheme::Type::OpenIdConnect) || c.scopes.contains(u"openid"_s);
    return c;
}

QString OAuthSchemeEditor::issuer() const
{
    return m_issuer->isHidden() ? QString() : m_issuer->text().trimmed();
}

void OAuthSchemeEditor::setBusy(bool busy)
{
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_flow, m_clientId, m_clientSecret, m_publicClient, m_authMethod, m_scopes, m_extraScopes, m_username, m_password,
             m_redirectHost, m_redirectPort, m_redirectPath, m_issuer, m_discover, m_parameters, m_addParameter, m_removeParameter}) {
        w->setEnabled(!busy);
    }
    if (!busy) {
        m_flow->setEnabled(m_flow->count() > 1);
        m_clientSecret->setEnabled(!m_publicClient->isChecked());
        m_removeParameter->setEnabled(m_parameters->rowCount() > 0);
        m_discover->setEnabled(!m_discovering);
    }
}

void OAuthSchemeEditor::addParameter(const QString &name, const QString &value)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const int row = m_parameters->rowCount();
    m_parameters->insertRow(row);
    auto *nameItem = new QTableWidgetItem(name);
    auto *valueItem = new QTableWidgetItem(value);
    nameItem->setFont(appearance::monospaceFont(font()));
    m_parameters->setItem(row, 0, nameItem);
    m_parameters->setItem(row, 1, valueItem);
    m_loading = wasLoading;
    m_removeParameter->setEnabled(true);
    if (!m_loading) {
        m_parameters->setCurrentCell(row, name.isEmpty() ? 0 : 1);
        m_parameters->editItem(name.isEmpty() ? nameItem : valueItem);
        markDirty();
    }
}

void OAuthSchemeEditor::updateForFlow()
{
    const std::optional<OAuthFlow::Kind> kind = flow();
    const bool password = kind == OAuthFlow::Kind::Password;
    const bool implicit = kind == OAuthFlow::Kind::Implicit;
    m_form->setRowVisible(m_ownerSection, password);
    m_advancedForm->setRowVisible(m_redirectSection, kind && needsRedirect(*kind));
    if (password)
        m_advisory->setText(auth::PasswordFlow::advisory());
    else if (implicit)
        m_advisory->setText(auth::ImplicitFlow::advisory());
    m_form->setRowVisible(m_advisory, password || implicit);
    // Scopes can differ per flow in the document.
    if (!m_loading) {
        const bool wasLoading = m_loading;
        m_loading = true;
        QStringList wanted = scopes();
        auth::ClientConfig c;
        c.scopes = wanted;
        c.clientId = m_clientId->text();
        loadScopes(c);
        m_loading = wasLoading;
    }
    updateEndpoints();
}

void OAuthSchemeEditor::updateEndpoints()
{
    const std::optional<OAuthFlow::Kind> kind = flow();
    if (!kind || !m_credentials) {
        m_endpoints->setText(m_flow->count() == 0 ? tr("This scheme declares no flow Keyway can run.") : QString());
        return;
    }
    const auth::ProviderMetadata p = m_credentials->provider(m_scheme, *kind);
    const auto line = [](const QString &label, const QUrl &url) {
        return u"%1 <span style=\"font-family: monospace\">%2</span>"_s.arg(label.toHtmlEscaped(),
                                                                            url.isValid() ? url.toDisplayString().toHtmlEscaped() : u"—"_s);
    };
    QStringList lines;
    if (needsRedirect(*kind) || kind == OAuthFlow::Kind::AuthorizationCode)
        lines.append(line(tr("Authorization:"), p.authorizationEndpoint));
    if (kind == OAuthFlow::Kind::DeviceAuthorization)
        lines.append(line(tr("Device authorization:"), p.deviceAuthorizationEndpoint));
    if (kind != OAuthFlow::Kind::Implicit)
        lines.append(line(tr("Token:"), p.tokenEndpoint));
    const bool missing = (kind != OAuthFlow::Kind::Implicit && !p.tokenEndpoint.isValid())
        || (needsRedirect(*kind) && !p.authorizationEndpoint.isValid())
        || (kind == OAuthFlow::Kind::DeviceAuthorization && !p.deviceAuthorizationEndpoint.isValid());
    if (missing)
        lines.append(u"<i>%1</i>"_s.arg(tr("Missing endpoints come from discovery when the flow starts.").toHtmlEscaped()));
    m_endpoints->setText(lines.join(u"<br>"_s));

    if (needsRedirect(*kind)) {
        const QString port = m_redirectPort->value() == 0 ? tr("<any port>") : QString::number(m_redirectPort->value());
        QString path = m_redirectPath->text().trimmed().isEmpty() ? u"/callback"_s : m_redirectPath->text().trimmed();
        if (!path.startsWith(u'/'))
            path.prepend(u'/');
        m_redirectPreview->setText(tr("The browser comes back to http://%1:%2%3 — Keyway listens on 127.0.0.1 only.")
                                       .arg(m_redirectHost->currentText(), port, path));
    }
}

void OAuthSchemeEditor::updateDiscoveryStatus(const QString &problem)
{
    const SecurityScheme *s = m_credentials ? m_credentials->scheme(m_scheme) : nullptr;
    const bool oidc = s && s->type == SecurityScheme::Type::OpenIdConnect;
    const auth::DiscoveryResult *d = m_credentials ? m_credentials->discovery(m_scheme) : nullptr;
    QString text;
    if (m_discovering) {
        text = tr("Discovering…");
    } else if (!problem.isEmpty()) {
        text = u"<span style=\"color: %1\">%2</span>"_s.arg(AuthLook::errorColor(palette()).name(), problem.toHtmlEscaped());
    } else if (d) {
        text = tr("Discovered: issuer %1").arg(d->metadata.issuer.toHtmlEscaped());
        if (!d->warnings.isEmpty())
            text += u"<br><span style=\"color: %1\">%2</span>"_s.arg(appearance::warningColor(palette()).name(),
                                                                     d->warnings.join(u"<br>"_s).toHtmlEscaped());
    } else if (oidc) {
        const QUrl url
            = m_credentials->document() ? m_credentials->document()->resolveUrl(s->openIdConnectUrl, m_credentials->server()) : QUrl();
        text = tr("Discovery from %1").arg((url.isValid() ? url.toDisplayString() : s->openIdConnectUrl).toHtmlEscaped());
    } else {
        text = tr("Optional: endpoints, keys and ID-token checks from the issuer’s metadata.");
    }
    m_discoveryStatus->setText(text);
}

void OAuthSchemeEditor::discover()
{
    if (!m_credentials || m_scheme.isEmpty() || m_discovering)
        return;
    const SecurityScheme *s = m_credentials->scheme(m_scheme);
    if (!s)
        return;
    const QString scheme = m_scheme;
    QPointer<OAuthSchemeEditor> self(this);
    const auto done = [self, scheme](const auth::OAuthResult<auth::DiscoveryResult> &result) {
        if (!self || self->m_scheme != scheme)
            return;
        self->m_discovering = false;
        self->m_discover->setEnabled(true);
        if (result) {
            self->refreshProvider();
        } else {
            QString problem = result.error().message;
            if (!result.error().diagnosis.isEmpty())
                problem += u' ' + result.error().diagnosis;
            self->updateDiscoveryStatus(problem);
            self->updateEndpoints();
        }
        Q_EMIT self->discoveryDone(result.ok());
    };
    if (s->type == SecurityScheme::Type::OpenIdConnect) {
        m_discovering = true;
        m_discover->setEnabled(false);
        updateDiscoveryStatus();
        m_credentials->discover(scheme, done);
        return;
    }
    const QString typed = m_issuer->text().trimmed();
    if (typed.isEmpty()) {
        if (s->oauth2MetadataUrl.isEmpty()) {
            updateDiscoveryStatus(tr("Type the issuer (the authorization server’s base URL) first."));
            return;
        }
        m_discovering = true;
        m_discover->setEnabled(false);
        updateDiscoveryStatus();
        m_credentials->discover(scheme, done);
        return;
    }
    const QUrl url = QUrl::fromUserInput(typed);
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http")) {
        updateDiscoveryStatus(tr("“%1” is not an http(s) URL.").arg(typed));
        return;
    }
    m_discovering = true;
    m_discover->setEnabled(false);
    updateDiscoveryStatus();
    m_credentials->discover(scheme, url, done);
}

} // namespace keyway::ui
