#include "AuthorizeDialog.h"

#include "Appearance.h"
#include "AuthAppearance.h"
#include "AuthResultView.h"
#include "FittingScrollArea.h"
#include "FlowProgressView.h"
#include "OAuthSchemeEditor.h"
#include "RichText.h"
#include "SchemeStateModel.h"
#include "SchemeText.h"
#include "SecretMasking.h"
#include "StaticSecretEditor.h"

#include <QCloseEvent>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace keyway::ui {

using openapi::OAuthFlow;
using openapi::SecurityScheme;
using State = auth::CredentialManager::State;

namespace {

QScrollArea *scrollArea(QWidget *content, const QString &objectName, QWidget *parent)
{
    auto *area = new FittingScrollArea(parent);
    area->setObjectName(objectName);
    area->setContent(content);
    return area;
}

// A description as one plain paragraph (it is Markdown or HTML in the document).
QString plainDescription(const QString &markdown)
{
    QTextDocument doc;
    doc.setMarkdown(markdown, richtext::markdownFeatures());
    return doc.toPlainText().simplified();
}

} // namespace

AuthorizeDialog::AuthorizeDialog(auth::CredentialManager *credentials, QWidget *parent)
    : QDialog(parent),
      m_credentials(credentials),
      m_model(new SchemeStateModel(credentials, this)),
      m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); }),
      m_title(new QLabel(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_list(new QListView(this)),
      m_schemeIcon(new QLabel(this)),
      m_schemeName(new QLabel(this)),
      m_schemeKind(new QLabel(this)),
      m_statePill(new QLabel(this)),
      m_description(new QLabel(this)),
      m_editorScroll(nullptr),
      m_oauthEditor(new OAuthSchemeEditor(credentials, this)),
      m_staticEditor(new StaticSecretEditor(credentials, this)),
      m_unsupported(new QLabel(this)),
      m_statusScroll(nullptr),
      m_progress(new FlowProgressView(this)),
      m_result(new AuthResultView(this)),
      m_runButton(new QPushButton(this)),
      m_refreshButton(new QPushButton(this)),
      m_signOutButton(new QPushButton(this)),
      m_forgetButton(new QPushButton(this)),
      m_inspectButton(new QPushButton(this)),
      m_closeButton(new QPushButton(this)),
      m_footer(new QLabel(this)),
      m_ticker(new QTimer(this))
{
    setObjectName(u"authorizeDialog"_s);
    setWindowIcon(AuthLook::icon(AuthLook::Icon::Authorize));
    setSizeGripEnabled(true);
    buildUi();
    resize(1040, 740);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &AuthorizeDialog::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_scheme.clear();
        if (m_model->rowCount() > 0)
            m_list->setCurrentIndex(m_model->index(0));
        else
            showScheme(QString());
        updateFooter();
    });
    connect(m_oauthEditor, &OAuthSchemeEditor::changed, this, &AuthorizeDialog::updateButtons);
    connect(m_oauthEditor, &OAuthSchemeEditor::flowChanged, this, &AuthorizeDialog::updateButtons);
    connect(m_oauthEditor, &OAuthSchemeEditor::discoveryDone, this, [this] {
        updateButtons();
        updateHeader();
    });
    connect(m_staticEditor, &StaticSecretEditor::changed, this, &AuthorizeDialog::updateButtons);
    connect(m_staticEditor, &StaticSecretEditor::submitted, this, &AuthorizeDialog::run);
    connect(m_progress, &FlowProgressView::cancelRequested, this, &AuthorizeDialog::cancelFlow);
    connect(m_progress, &FlowProgressView::openUrlRequested, this, [this](const QUrl &url) {
        if (!m_openUrl(url))
            Q_EMIT message(tr("No browser could be opened: copy the address instead."));
    });
    connect(m_result, &AuthResultView::inspectRequested, this, [this](bool idToken) { Q_EMIT inspectTokenRequested(m_scheme, idToken); });
    connect(m_result, &AuthResultView::showTimelineRequested, this, [this] { Q_EMIT showTimelineRequested(m_lastFlowId); });
    connect(m_runButton, &QPushButton::clicked, this, &AuthorizeDialog::run);
    connect(m_refreshButton, &QPushButton::clicked, this, &AuthorizeDialog::refreshNow);
    connect(m_signOutButton, &QPushButton::clicked, this, [this] { signOut(true); });
    connect(m_forgetButton, &QPushButton::clicked, this, [this] { forgetApi(true); });
    connect(m_inspectButton, &QPushButton::clicked, this, [this] { Q_EMIT inspectTokenRequested(m_scheme, false); });
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::close);
    auto *runShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(runShortcut, &QShortcut::activated, this, [this] {
        if (m_runButton->isEnabled())
            run();
    });

    if (m_credentials) {
        connect(m_credentials, &auth::CredentialManager::stateChanged, this, [this](const QString &scheme) {
            if (scheme != m_scheme)
                return;
            updateHeader();
            updateButtons();
        });
        connect(m_credentials, &auth::CredentialManager::tokensChanged, this, [this](const QString &scheme) {
            if (scheme == m_scheme && !m_running && !m_outcomeShown)
                showHeldState();
            updateButtons();
        });
        const auto reload = [this] {
            if (m_running || m_scheme.isEmpty())
                return;
            // What the keychain held arrived (or another profile is current): show it, unless the user is typing.
            if (!m_oauthEditor->isDirty() && !m_staticEditor->isDirty())
                showScheme(m_scheme);
            updateFooter();
        };
        connect(m_credentials, &auth::CredentialManager::loadingFinished, this, reload);
        connect(m_credentials, &auth::CredentialManager::profileChanged, this, [this, reload] {
            m_outcomeShown = false;
            m_oauthEditor->setDirty(false);
            m_staticEditor->setDirty(false);
            reload();
            updateFooter();
        });
        connect(m_credentials, &auth::CredentialManager::keychainStatusChanged, this, &AuthorizeDialog::updateFooter);
    }
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, [this] {
        m_result->tick(m_credentials ? m_credentials->now() : QDateTime::currentDateTimeUtc());
        updateHeader();
    });
    m_ticker->start();

    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
    else
        showScheme(QString());
    updateFooter();
}

AuthorizeDialog::~AuthorizeDialog()
{
    // A flow still waiting for the browser or polling belongs to the manager; stop it with the dialog, without
    // hearing back from it (the dialog is half gone).
    ++m_runGeneration;
    if (m_flow && !m_flow->isFinished()) {
        disconnect(m_flow, nullptr, this, nullptr);
        m_flow->cancel();
    }
}

void AuthorizeDialog::buildUi()
{
    m_title->setObjectName(u"authorizeTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);

    m_list->setObjectName(u"authorizeSchemeList"_s);
    m_list->setAccessibleName(tr("Security schemes"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new SchemeStateDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setMinimumWidth(220);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);

    // The selected scheme
    m_schemeIcon->setFixedSize(28, 28);
    m_schemeName->setObjectName(u"authorizeSchemeName"_s);
    m_schemeName->setTextFormat(Qt::PlainText);
    m_schemeName->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont nameFont = m_schemeName->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.3);
    nameFont.setWeight(QFont::Bold);
    m_schemeName->setFont(nameFont);
    m_schemeKind->setObjectName(u"authorizeSchemeKind"_s);
    m_schemeKind->setTextFormat(Qt::PlainText);
    m_schemeKind->setStyleSheet(u"color: %1;"_s.arg(appearance::mutedText(palette()).name()));
    m_statePill->setObjectName(u"authorizeSchemeState"_s);
    m_statePill->setTextFormat(Qt::PlainText);
    m_description->setObjectName(u"authorizeSchemeDescription"_s);
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_description->setStyleSheet(u"color: %1;"_s.arg(appearance::mutedText(palette()).name()));

    auto *nameColumn = new QVBoxLayout;
    nameColumn->setSpacing(1);
    nameColumn->addWidget(m_schemeName);
    nameColumn->addWidget(m_schemeKind);
    auto *header = new QHBoxLayout;
    header->setSpacing(10);
    header->addWidget(m_schemeIcon, 0, Qt::AlignTop);
    header->addLayout(nameColumn, 1);
    header->addWidget(m_statePill, 0, Qt::AlignTop);

    m_unsupported->setObjectName(u"authorizeUnsupported"_s);
    m_unsupported->setWordWrap(true);
    m_unsupported->setAlignment(Qt::AlignCenter);
    auto *editorPage = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editorPage);
    editorLayout->setContentsMargins(0, 4, 12, 8);
    // One editor shown at a time; the hidden ones take no room (a stacked widget would size for the tallest).
    editorLayout->addWidget(m_oauthEditor);
    editorLayout->addWidget(m_staticEditor);
    editorLayout->addWidget(m_unsupported);
    showEditor(m_unsupported);
    m_editorScroll = scrollArea(editorPage, u"authorizeEditorScroll"_s, this);

    auto *statusPage = new QWidget(this);
    auto *statusLayout = new QVBoxLayout(statusPage);
    statusLayout->setContentsMargins(0, 4, 12, 4);
    statusLayout->setSpacing(8);
    statusLayout->addWidget(m_progress);
    statusLayout->addWidget(m_result);
    statusLayout->addStretch();
    m_statusScroll = scrollArea(statusPage, u"authorizeStatusScroll"_s, this);

    auto *rightSplitter = new QSplitter(Qt::Vertical, this);
    m_rightSplitter = rightSplitter;
    rightSplitter->setObjectName(u"authorizeRightSplitter"_s);
    rightSplitter->addWidget(m_editorScroll);
    rightSplitter->addWidget(m_statusScroll);
    rightSplitter->setStretchFactor(0, 3);
    rightSplitter->setStretchFactor(1, 2);
    rightSplitter->setChildrenCollapsible(false);

    m_runButton->setObjectName(u"authorizeRunButton"_s);
    m_runButton->setDefault(true);
    m_runButton->setIcon(AuthLook::icon(AuthLook::Icon::Authorize));
    m_refreshButton->setObjectName(u"authorizeRefreshButton"_s);
    m_refreshButton->setText(tr("&Refresh Now"));
    m_refreshButton->setIcon(appearance::icon(appearance::IconId::Reload));
    m_refreshButton->setToolTip(tr("Get a new access token with the refresh token"));
    m_signOutButton->setObjectName(u"authorizeSignOutButton"_s);
    m_signOutButton->setText(tr("Sign &Out"));
    m_signOutButton->setIcon(AuthLook::icon(AuthLook::Icon::SignOut));
    m_signOutButton->setToolTip(
        tr("Revoke the tokens where the server allows it, and delete this scheme’s secrets for the current profile"));
    auto *actions = new QHBoxLayout;
    actions->setContentsMargins(0, 6, 12, 0);
    actions->addWidget(m_runButton);
    actions->addStretch();
    actions->addWidget(m_refreshButton);
    actions->addWidget(m_signOutButton);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(14, 4, 0, 0);
    rightLayout->setSpacing(8);
    rightLayout->addLayout(header);
    rightLayout->addWidget(m_description);
    rightLayout->addWidget(rightSplitter, 1);
    rightLayout->addLayout(actions);

    m_splitter->setObjectName(u"authorizeSplitter"_s);
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({260, 780});
    m_splitter->setChildrenCollapsible(false);

    m_forgetButton->setObjectName(u"authorizeForgetButton"_s);
    m_forgetButton->setText(tr("&Forget This API…"));
    m_forgetButton->setIcon(AuthLook::icon(AuthLook::Icon::Forget));
    m_forgetButton->setToolTip(tr("Delete every secret of this API: all schemes, all profiles"));
    m_forgetButton->setAutoDefault(false);
    m_inspectButton->setObjectName(u"authorizeInspectButton"_s);
    m_inspectButton->setText(tr("&Inspect Token…"));
    m_inspectButton->setIcon(AuthLook::icon(AuthLook::Icon::Token));
    m_inspectButton->setAutoDefault(false);
    m_closeButton->setObjectName(u"authorizeCloseButton"_s);
    m_closeButton->setText(tr("Close"));
    m_closeButton->setAutoDefault(false);
    for (QPushButton *b : {m_refreshButton, m_signOutButton})
        b->setAutoDefault(false);
    m_footer->setObjectName(u"authorizeFooter"_s);
    m_footer->setTextFormat(Qt::PlainText);
    m_footer->setWordWrap(true);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_forgetButton);
    bottom->addSpacing(12);
    bottom->addWidget(m_footer, 1);
    bottom->addWidget(m_inspectButton);
    bottom->addWidget(m_closeButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(10);
    layout->addWidget(m_title);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(bottom);

    // Keyboard: the list, the settings, the action buttons, then the dialog's own buttons.
    setTabOrder(m_list, m_oauthEditor);
    setTabOrder(m_oauthEditor, m_staticEditor);
    setTabOrder(m_staticEditor, m_progress);
    setTabOrder(m_progress, m_result);
    setTabOrder(m_result, m_runButton);
    setTabOrder(m_runButton, m_refreshButton);
    setTabOrder(m_refreshButton, m_signOutButton);
    setTabOrder(m_signOutButton, m_forgetButton);
    setTabOrder(m_forgetButton, m_inspectButton);
    setTabOrder(m_inspectButton, m_closeButton);
}

void AuthorizeDialog::showEditor(QWidget *editor)
{
    for (QWidget *w :
         {static_cast<QWidget *>(m_oauthEditor), static_cast<QWidget *>(m_staticEditor), static_cast<QWidget *>(m_unsupported)})
        w->setVisible(w == editor);
}

AuthorizeDialog::Page AuthorizeDialog::pageFor(const QString &scheme) const
{
    const SecurityScheme *s = m_credentials ? m_credentials->scheme(scheme) : nullptr;
    if (!s)
        return Page::None;
    switch (s->type) {
    case SecurityScheme::Type::OAuth2:
    case SecurityScheme::Type::OpenIdConnect:
        return Page::OAuth;
    case SecurityScheme::Type::ApiKey:
    case SecurityScheme::Type::Http:
    case SecurityScheme::Type::MutualTls:
        return Page::Static;
    case SecurityScheme::Type::Unknown:
        break;
    }
    return Page::None;
}

bool AuthorizeDialog::selectScheme(const QString &scheme)
{
    const int row = m_model->rowOf(scheme);
    if (row < 0)
        return false;
    m_list->setCurrentIndex(m_model->index(row));
    return true;
}

QString AuthorizeDialog::currentScheme() const
{
    return m_scheme;
}

void AuthorizeDialog::onCurrentChanged()
{
    const QString next = m_model->schemeAt(m_list->currentIndex().row());
    if (next == m_scheme)
        return;
    if (!m_scheme.isEmpty() && !m_running)
        saveEdits(m_scheme);
    showScheme(next);
}

void AuthorizeDialog::saveEdits(const QString &scheme)
{
    if (!m_credentials || scheme.isEmpty())
        return;
    // Typed settings are kept when the user moves on, like a form that saves itself.
    if (pageFor(scheme) == Page::OAuth && m_oauthEditor->scheme() == scheme && m_oauthEditor->isDirty()) {
        m_credentials->setClientConfig(scheme, m_oauthEditor->config());
        m_oauthEditor->setDirty(false);
    } else if (pageFor(scheme) == Page::Static && m_staticEditor->scheme() == scheme && m_staticEditor->isDirty()) {
        m_credentials->setStaticSecret(scheme, m_staticEditor->secret());
        m_staticEditor->setDirty(false);
    }
}

void AuthorizeDialog::showScheme(const QString &scheme)
{
    m_scheme = scheme;
    const SecurityScheme *s = m_credentials && !scheme.isEmpty() ? m_credentials->scheme(scheme) : nullptr;
    const openapi::DocumentPtr document = m_credentials ? m_credentials->document() : nullptr;
    const QString apiTitle = document ? (document->title.isEmpty() ? tr("this API") : document->title) : QString();
    setWindowTitle(document ? tr("Authorize — %1").arg(apiTitle) : tr("Authorize"));
    m_title->setText(document ? tr("Credentials for %1").arg(apiTitle) : tr("No document is open"));

    if (!s) {
        m_schemeIcon->clear();
        m_schemeName->setText(document ? tr("No security schemes") : QString());
        m_schemeKind->setText(document ? tr("This document declares none: its operations need no credentials that Keyway could manage.")
                                       : tr("Open an OpenAPI document to authorize its security schemes."));
        m_statePill->setVisible(false);
        m_description->setVisible(false);
        m_unsupported->setText(QString());
        showEditor(m_unsupported);
        m_result->clear();
        m_statusScroll->setVisible(false);
        updateButtons();
        return;
    }
    m_schemeIcon->setPixmap(appearance::icon(appearance::schemeIcon(s->type)).pixmap(28, 28));
    m_schemeName->setText(s->name);
    m_schemeKind->setText(SchemeText::kindAndDetail(*s));
    const QString description = plainDescription(s->description);
    m_description->setText(description.size() > 400 ? description.left(400) + u'…' : description);
    m_description->setToolTip(description.size() > 400 ? description : QString());
    m_description->setVisible(!description.isEmpty());

    switch (pageFor(scheme)) {
    case Page::OAuth:
        if (!(m_running && m_runScheme == scheme))
            m_oauthEditor->setScheme(scheme);
        showEditor(m_oauthEditor);
        break;
    case Page::Static:
        m_staticEditor->setScheme(scheme);
        showEditor(m_staticEditor);
        break;
    case Page::None:
        m_unsupported->setText(tr("Keyway cannot obtain or send credentials for a scheme of type “%1”.")
                                   .arg(s->typeAsWritten.isEmpty() ? SecurityScheme::typeName(s->type) : s->typeAsWritten));
        showEditor(m_unsupported);
        break;
    }
    m_oauthEditor->setBusy(m_running && m_runScheme == scheme);
    m_progress->setVisible(m_running && m_runScheme == scheme);
    m_outcomeShown = m_outcomeShown && m_runScheme == scheme;
    if (!m_outcomeShown && !(m_running && m_runScheme == scheme))
        showHeldState();
    updateHeader();
    updateButtons();
}

void AuthorizeDialog::showHeldState()
{
    m_result->clear();
    bool shown = false;
    if (m_credentials && !m_scheme.isEmpty()) {
        const State state = m_credentials->state(m_scheme);
        const auth::TokenSet tokens = m_credentials->tokens(m_scheme);
        if (!tokens.isEmpty()) {
            const QString storage = m_credentials->isKeychainPersistent() ? m_credentials->keychainDescription()
                                                                          : tr("memory only: %1").arg(m_credentials->keychainReason());
            m_result->showTokens(tokens, m_credentials->idTokenValidation(m_scheme), storage, false);
            shown = true;
        } else if (state == State::Failed) {
            m_result->showNote(tr("The last attempt failed"), m_credentials->stateDetail(m_scheme), false);
            shown = true;
        } else if (state == State::Authorized && pageFor(m_scheme) == Page::Static) {
            m_result->showNote(tr("✓ Credential saved"),
                               tr("Requests that use “%1” send it (profile “%2”).").arg(m_scheme, m_credentials->currentProfile()), true);
            shown = true;
        }
    }
    showStatus(shown || (m_progress->isActive() && m_runScheme == m_scheme));
}

void AuthorizeDialog::showStatus(bool visible)
{
    m_statusScroll->setVisible(visible);
    if (!visible)
        return;
    // Once the content has its new layout: as much height as it needs, leaving the settings at least 35 %.
    QTimer::singleShot(0, this, [this] {
        QWidget *content = m_statusScroll->widget();
        if (!content || !content->layout() || !m_statusScroll->isVisible())
            return;
        content->layout()->activate();
        const int width = m_statusScroll->viewport()->width();
        const int needed = content->layout()->totalHeightForWidth(width) + 2;
        const int total = m_rightSplitter->height() - m_rightSplitter->handleWidth();
        const int status = qMin(needed, total * 65 / 100);
        m_rightSplitter->setSizes({total - status, status});
    });
}

void AuthorizeDialog::updateHeader()
{
    if (!m_credentials || m_scheme.isEmpty() || !m_credentials->scheme(m_scheme)) {
        m_statePill->setVisible(false);
        return;
    }
    const State state = m_credentials->state(m_scheme);
    m_statePill->setText(SchemeStateModel::shortStateText(*m_credentials, m_scheme));
    m_statePill->setToolTip(m_credentials->stateDetail(m_scheme));
    m_statePill->setMaximumWidth(360);
    AuthLook::stylePill(m_statePill, state);
    m_statePill->setVisible(true);
    m_statePill->setAccessibleName(tr("State: %1").arg(m_statePill->text()));
}

void AuthorizeDialog::updateButtons()
{
    const Page page = m_scheme.isEmpty() ? Page::None : pageFor(m_scheme);
    const State state = m_credentials && !m_scheme.isEmpty() ? m_credentials->state(m_scheme) : State::Unconfigured;
    const auth::TokenSet tokens = m_credentials && !m_scheme.isEmpty() ? m_credentials->tokens(m_scheme) : auth::TokenSet();

    switch (page) {
    case Page::OAuth:
        m_runButton->setText(state == State::Authorized ? tr("&Authorize Again") : tr("&Authorize"));
        m_runButton->setToolTip(tr("Run the chosen flow and store the tokens (Ctrl+Return)"));
        m_runButton->setEnabled(!m_running && m_oauthEditor->flow().has_value());
        break;
    case Page::Static:
        m_runButton->setText(tr("&Save"));
        m_runButton->setToolTip(tr("Store the credential in the keychain (Ctrl+Return)"));
        m_runButton->setEnabled(!m_running && m_staticEditor->isSupported());
        break;
    case Page::None:
        m_runButton->setText(tr("&Authorize"));
        m_runButton->setEnabled(false);
        break;
    }
    m_refreshButton->setVisible(page == Page::OAuth);
    m_refreshButton->setEnabled(!m_running && page == Page::OAuth && !tokens.refreshToken.isEmpty());
    m_signOutButton->setEnabled(!m_running && page != Page::None && state != State::Unconfigured);
    m_forgetButton->setEnabled(!m_running && m_credentials && m_credentials->document() && m_credentials->api().isValid());
    m_inspectButton->setEnabled(!tokens.accessToken.isEmpty() || !tokens.idToken.isEmpty());
}

void AuthorizeDialog::updateFooter()
{
    if (!m_credentials || !m_credentials->document()) {
        m_footer->clear();
        return;
    }
    const QString profile = m_credentials->currentProfile();
    if (m_credentials->isKeychainPersistent() && m_credentials->keychainReason().isEmpty()) {
        m_footer->setText(tr("Profile “%1” · secrets are kept in %2").arg(profile, m_credentials->keychainDescription()));
        m_footer->setStyleSheet(u"color: %1;"_s.arg(appearance::mutedText(palette()).name()));
    } else {
        const QString reason = m_credentials->keychainReason();
        m_footer->setText(reason.isEmpty() ? tr("Profile “%1” · secrets in memory only, for this session").arg(profile)
                                           : tr("Profile “%1” · secrets in memory only, for this session: %2").arg(profile, reason));
        m_footer->setStyleSheet(u"color: %1;"_s.arg(appearance::warningColor(palette()).name()));
    }
}

void AuthorizeDialog::run()
{
    if (m_running || m_scheme.isEmpty() || !m_credentials)
        return;
    switch (pageFor(m_scheme)) {
    case Page::OAuth:
        runOAuth();
        break;
    case Page::Static:
        saveStatic();
        break;
    case Page::None:
        break;
    }
}

void AuthorizeDialog::runOAuth()
{
    const QString scheme = m_scheme;
    const std::optional<OAuthFlow::Kind> kind = m_oauthEditor->flow();
    if (!kind)
        return;
    const auth::ClientConfig config = m_oauthEditor->config();
    const QString issuer = m_oauthEditor->issuer();
    m_running = true;
    m_runScheme = scheme;
    m_outcomeShown = false;
    const int generation = ++m_runGeneration;
    m_oauthEditor->setBusy(true);
    m_oauthEditor->setDirty(false);
    m_result->clear();
    m_progress->begin(tr("Saving the settings…"));
    showStatus();
    updateButtons();

    QPointer<AuthorizeDialog> self(this);
    const auto current = [self, generation] { return self && generation == self->m_runGeneration; };
    const auto resolve = [self, current, scheme, kind] {
        self->m_progress->setMessage(tr("Finding the provider’s endpoints…"));
        self->m_credentials->resolveProvider(
            scheme, *kind, [self, current, scheme, kind](const auth::OAuthResult<auth::ProviderMetadata> &p) {
                if (!current())
                    return;
                if (!p) {
                    self->finishWithError(p.error());
                    return;
                }
                const int run = self->m_runGeneration;
                auth::AuthFlow *flow = self->m_credentials->authorize(scheme, *kind, [self, run](const auth::AuthorizeOutcome &outcome) {
                    if (self && run == self->m_runGeneration)
                        self->onOutcome(outcome);
                });
                if (!flow) {
                    auth::OAuthError error;
                    error.kind = auth::OAuthError::Kind::Configuration;
                    error.message = tr("“%1” is not a scheme Keyway can sign in with.").arg(scheme);
                    self->finishWithError(error);
                    return;
                }
                self->startFlow(flow, SchemeText::flowLabel(*kind));
            });
    };
    m_credentials->setClientConfig(scheme, config, [self, current, scheme, issuer, resolve](Result<storage::Done> stored) {
        if (!current())
            return;
        if (!stored)
            Q_EMIT self->message(tr("The settings could not be stored: %1").arg(stored.error().message));
        const auth::DiscoveryResult *known = self->m_credentials->discovery(scheme);
        if (issuer.isEmpty() || (known && known->metadata.issuer == issuer)) {
            resolve();
            return;
        }
        // An issuer typed for an oauth2 scheme: its metadata completes (or replaces) the document's endpoints.
        self->m_progress->setMessage(tr("Discovering %1…").arg(issuer));
        self->m_credentials->discover(scheme, QUrl::fromUserInput(issuer),
                                      [self, current, resolve](const auth::OAuthResult<auth::DiscoveryResult> &r) {
                                          if (!current())
                                              return;
                                          if (!r) {
                                              self->finishWithError(r.error());
                                              return;
                                          }
                                          self->m_oauthEditor->refreshProvider();
                                          resolve();
                                      });
    });
}

void AuthorizeDialog::startFlow(auth::AuthFlow *flow, const QString &what)
{
    m_flow = flow;
    m_lastFlowId = flow->flowId();
    QPointer<AuthorizeDialog> self(this);
    connect(flow, &auth::AuthFlow::userActionRequired, this, [this](const auth::UserAction &action) {
        m_progress->showAction(action);
        showStatus();
        if (action.kind == auth::UserAction::Kind::OpenBrowser) {
            m_progress->setMessage(tr("Waiting for you to sign in in the browser…"));
            if (!m_openUrl(action.url))
                m_progress->setMessage(tr("No browser could be opened: open the address below yourself."));
        } else {
            m_progress->setMessage(tr("Waiting for the code to be entered…"));
        }
    });
    connect(flow, &auth::AuthFlow::progressMessage, m_progress, &FlowProgressView::setMessage);
    connect(flow, &auth::AuthFlow::stateChanged, this, [this](auth::AuthFlow::State state) {
        if (state == auth::AuthFlow::State::Exchanging)
            m_progress->setMessage(tr("Asking the token endpoint for tokens…"));
    });
    m_progress->setMessage(tr("Running the %1 flow…").arg(what.toLower()));
    flow->start();
}

void AuthorizeDialog::onOutcome(const auth::AuthorizeOutcome &outcome)
{
    m_running = false;
    m_flow = nullptr;
    m_progress->end();
    m_oauthEditor->setBusy(false);
    m_outcomeShown = true;
    m_runScheme = outcome.scheme;
    if (outcome.succeeded) {
        m_result->showTokens(outcome.tokens, outcome.idToken, storageText(outcome), true);
        Q_EMIT message(tr("Authorized “%1”.").arg(outcome.scheme));
    } else if (outcome.error.kind == auth::OAuthError::Kind::Cancelled) {
        m_result->showNote(tr("Cancelled"), tr("The flow was stopped; nothing changed."), false);
    } else {
        SecretMask mask;
        const auth::ClientConfig config = m_credentials->clientConfig(outcome.scheme);
        mask.add(config.clientSecret);
        mask.add(config.password);
        m_result->showFailure(outcome.error, mask);
        Q_EMIT message(tr("Authorizing “%1” failed: %2").arg(outcome.scheme, outcome.error.message));
    }
    showStatus();
    if (m_scheme != outcome.scheme)
        showHeldState();
    updateHeader();
    updateButtons();
}

void AuthorizeDialog::finishWithError(const auth::OAuthError &error)
{
    auth::AuthorizeOutcome outcome;
    outcome.scheme = m_runScheme;
    outcome.error = error;
    ++m_runGeneration;
    onOutcome(outcome);
}

void AuthorizeDialog::cancelFlow()
{
    if (!m_running)
        return;
    if (m_flow && !m_flow->isFinished())
        m_flow->cancel();
    auth::OAuthError error;
    error.kind = auth::OAuthError::Kind::Cancelled;
    error.message = tr("Cancelled.");
    finishWithError(error);
}

QString AuthorizeDialog::storageText(const auth::AuthorizeOutcome &outcome) const
{
    if (!outcome.stored)
        return tr("not stored: %1").arg(outcome.storeProblem.isEmpty() ? tr("the secret store refused them") : outcome.storeProblem);
    if (!outcome.persistent)
        return outcome.storeProblem.isEmpty() ? tr("memory only, for this session") : outcome.storeProblem;
    return m_credentials->keychainDescription();
}

void AuthorizeDialog::saveStatic()
{
    const QString scheme = m_scheme;
    const auth::StaticSecret secret = m_staticEditor->secret();
    m_staticEditor->setDirty(false);
    m_staticEditor->setBusy(true);
    m_running = true;
    m_runScheme = scheme;
    const int generation = ++m_runGeneration;
    updateButtons();
    QPointer<AuthorizeDialog> self(this);
    m_credentials->setStaticSecret(scheme, secret, [self, generation, scheme, secret](Result<storage::Done> done) {
        if (!self || generation != self->m_runGeneration)
            return;
        self->m_running = false;
        self->m_staticEditor->setBusy(false);
        self->m_outcomeShown = true;
        if (!done) {
            self->m_result->showNote(tr("Not saved"), done.error().message, false);
        } else if (secret.isEmpty()) {
            self->m_result->showNote(
                tr("Removed"), tr("“%1” has no credential any more for profile “%2”.").arg(scheme, self->m_credentials->currentProfile()),
                true);
        } else {
            const QString where = self->m_credentials->isKeychainPersistent()
                ? tr("Kept in %1.").arg(self->m_credentials->keychainDescription())
                : tr("Held in memory only, for this session: %1").arg(self->m_credentials->keychainReason());
            self->m_result->showNote(tr("✓ Saved"), where, true);
            Q_EMIT self->message(tr("Saved the credential of “%1”.").arg(scheme));
        }
        self->showStatus();
        self->updateHeader();
        self->updateButtons();
    });
}

void AuthorizeDialog::refreshNow()
{
    if (m_running || m_scheme.isEmpty() || !m_credentials)
        return;
    const QString scheme = m_scheme;
    m_running = true;
    m_runScheme = scheme;
    m_outcomeShown = false;
    const int generation = ++m_runGeneration;
    m_oauthEditor->setBusy(true);
    m_result->clear();
    m_progress->begin(tr("Refreshing the access token…"));
    showStatus();
    updateButtons();
    QPointer<AuthorizeDialog> self(this);
    const auto go = [self, generation, scheme] {
        auth::RefreshFlow *flow = self->m_credentials->refresh(scheme, [self, generation](const auth::AuthorizeOutcome &outcome) {
            if (self && generation == self->m_runGeneration)
                self->onOutcome(outcome);
        });
        if (!flow) {
            auth::OAuthError error;
            error.kind = auth::OAuthError::Kind::Configuration;
            error.message = tr("“%1” cannot be refreshed.").arg(scheme);
            self->finishWithError(error);
            return;
        }
        self->startFlow(flow, tr("refresh"));
    };
    const SecurityScheme *s = m_credentials->scheme(scheme);
    if (s && s->type == SecurityScheme::Type::OpenIdConnect && !m_credentials->discovery(scheme)) {
        m_credentials->discover(scheme, [self, generation, go](const auth::OAuthResult<auth::DiscoveryResult> &r) {
            if (!self || generation != self->m_runGeneration)
                return;
            if (!r) {
                self->finishWithError(r.error());
                return;
            }
            go();
        });
        return;
    }
    go();
}

void AuthorizeDialog::signOut(bool confirm)
{
    if (m_running || m_scheme.isEmpty() || !m_credentials)
        return;
    const QString scheme = m_scheme;
    const QString profile = m_credentials->currentProfile();
    if (confirm) {
        QMessageBox box(QMessageBox::Question, tr("Sign Out"), tr("Sign out of “%1” for the profile “%2”?").arg(scheme, profile),
                        QMessageBox::Cancel, this);
        box.setObjectName(u"signOutConfirmation"_s);
        box.setInformativeText(tr("Keyway revokes the tokens at the server when it offers revocation, then deletes this "
                                  "scheme’s secrets for the profile: tokens, client secret, password, keys. Settings such as "
                                  "the client id stay."));
        QPushButton *yes = box.addButton(tr("Sign Out"), QMessageBox::AcceptRole);
        box.setDefaultButton(yes);
        box.exec();
        if (box.clickedButton() != yes)
            return;
    }
    m_running = true;
    m_runScheme = scheme;
    const int generation = ++m_runGeneration;
    m_progress->begin(tr("Signing out…"));
    showStatus();
    updateButtons();
    QPointer<AuthorizeDialog> self(this);
    m_credentials->signOut(scheme, [self, generation, scheme](const auth::SignOutReport &report) {
        if (!self || generation != self->m_runGeneration)
            return;
        self->m_running = false;
        self->m_progress->end();
        self->m_outcomeShown = true;
        self->m_result->showNote(report.ok() ? tr("Signed out") : tr("Signed out, with problems"), report.summary(), report.ok());
        Q_EMIT self->message(tr("Signed out of “%1”.").arg(scheme));
        if (self->m_scheme == scheme) {
            // The secrets are gone: show the fields as they are now.
            if (self->pageFor(scheme) == Page::OAuth)
                self->m_oauthEditor->setScheme(scheme);
            else if (self->pageFor(scheme) == Page::Static)
                self->m_staticEditor->setScheme(scheme);
        }
        self->updateHeader();
        self->updateButtons();
    });
}

void AuthorizeDialog::forgetApi(bool confirm)
{
    if (m_running || !m_credentials || !m_credentials->document())
        return;
    const openapi::DocumentPtr document = m_credentials->document();
    const QString title = document->title.isEmpty() ? tr("this API") : document->title;
    if (confirm) {
        QMessageBox box(QMessageBox::Warning, tr("Forget This API"), tr("Forget every secret of “%1”?").arg(title), QMessageBox::Cancel,
                        this);
        box.setObjectName(u"forgetApiConfirmation"_s);
        box.setInformativeText(tr("All tokens, client secrets, passwords and keys of this API are deleted from the keychain, for "
                                  "every scheme and every profile. Settings such as client ids stay. This cannot be undone."));
        QPushButton *forget = box.addButton(tr("Forget Secrets"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != forget)
            return;
    }
    m_running = true;
    m_runScheme = m_scheme;
    const int generation = ++m_runGeneration;
    m_progress->begin(tr("Deleting the secrets of %1…").arg(title));
    showStatus();
    updateButtons();
    QPointer<AuthorizeDialog> self(this);
    m_credentials->forgetApi([self, generation, title](storage::ForgetReport report) {
        if (!self || generation != self->m_runGeneration)
            return;
        self->m_running = false;
        self->m_progress->end();
        self->m_outcomeShown = true;
        QStringList lines;
        lines.append(tr("%n secret(s) deleted.", nullptr, int(report.deleted.size())));
        if (!report.storeProblem.isEmpty())
            lines.append(report.storeProblem);
        for (const auto &[address, why] : std::as_const(report.failed))
            lines.append(tr("Not deleted: %1 (%2)").arg(address.describe(), why));
        self->m_result->showNote(report.ok() ? tr("%1 forgotten").arg(title) : tr("%1 partly forgotten").arg(title), lines.join(u'\n'),
                                 report.ok());
        Q_EMIT self->message(tr("Forgot the secrets of %1.").arg(title));
        if (!self->m_scheme.isEmpty()) {
            if (self->pageFor(self->m_scheme) == Page::OAuth)
                self->m_oauthEditor->setScheme(self->m_scheme);
            else if (self->pageFor(self->m_scheme) == Page::Static)
                self->m_staticEditor->setScheme(self->m_scheme);
        }
        self->updateHeader();
        self->updateButtons();
    });
}

void AuthorizeDialog::closeEvent(QCloseEvent *event)
{
    if (!m_running)
        saveEdits(m_scheme);
    QDialog::closeEvent(event);
}

} // namespace keyway::ui
