#include "AuthResultView.h"

#include "Appearance.h"
#include "AuthAppearance.h"
#include "WrappingLabel.h"
#include "auth/Jwt.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringDecoder>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace keyway::ui {

namespace {

QLabel *valueLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new WrappingLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLabel *fieldLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setProperty("field", true);
    return label;
}

QString httpReason(int status)
{
    switch (status) {
    case 400:
        return u"Bad Request"_s;
    case 401:
        return u"Unauthorized"_s;
    case 403:
        return u"Forbidden"_s;
    case 404:
        return u"Not Found"_s;
    case 429:
        return u"Too Many Requests"_s;
    case 500:
        return u"Internal Server Error"_s;
    case 502:
        return u"Bad Gateway"_s;
    case 503:
        return u"Service Unavailable"_s;
    default:
        return {};
    }
}

} // namespace

AuthResultView::AuthResultView(QWidget *parent)
    : QWidget(parent),
      m_success(new QWidget(this)),
      m_successTitle(new QLabel(this)),
      m_tokenType(valueLabel(u"resultTokenType"_s, this)),
      m_scopes(valueLabel(u"resultScopes"_s, this)),
      m_expiry(valueLabel(u"resultExpiry"_s, this)),
      m_refresh(valueLabel(u"resultRefreshToken"_s, this)),
      m_storage(valueLabel(u"resultStorage"_s, this)),
      m_checksTitle(new WrappingLabel(this)),
      m_checks(new QTreeWidget(this)),
      m_inspect(new QPushButton(this)),
      m_inspectId(new QPushButton(this)),
      m_failure(new QWidget(this)),
      m_failureTitle(new WrappingLabel(this)),
      m_diagnosis(new WrappingLabel(this)),
      m_errorCode(valueLabel(u"resultErrorCode"_s, this)),
      m_errorDescription(valueLabel(u"resultErrorDescription"_s, this)),
      m_errorUri(new WrappingLabel(this)),
      m_httpStatus(valueLabel(u"resultHttpStatus"_s, this)),
      m_rawToggle(new QPushButton(this)),
      m_timelineButton(new QPushButton(this)),
      m_rawBody(new QPlainTextEdit(this)),
      m_note(new QWidget(this)),
      m_noteTitle(new QLabel(this)),
      m_noteText(new WrappingLabel(this))
{
    setObjectName(u"authResult"_s);

    // Success
    m_success->setObjectName(u"resultSuccess"_s);
    m_successTitle->setObjectName(u"resultTitle"_s);
    m_successTitle->setTextFormat(Qt::PlainText);
    m_checksTitle->setObjectName(u"resultIdTokenSummary"_s);
    m_checksTitle->setTextFormat(Qt::PlainText);
    m_checksTitle->setWordWrap(true);
    m_checks->setObjectName(u"resultIdTokenChecks"_s);
    m_checks->setAccessibleName(tr("ID token checks"));
    m_checks->setColumnCount(2);
    m_checks->setHeaderHidden(true);
    m_checks->setRootIsDecorated(false);
    m_checks->setUniformRowHeights(true);
    m_checks->setSelectionMode(QAbstractItemView::NoSelection);
    m_checks->setFocusPolicy(Qt::TabFocus);
    m_checks->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_checks->header()->setStretchLastSection(true);
    m_checks->setFrameShape(QFrame::NoFrame);
    m_checks->setMaximumHeight(240);
    m_inspect->setObjectName(u"resultInspectButton"_s);
    m_inspect->setText(tr("&Inspect Token…"));
    m_inspect->setIcon(AuthLook::icon(AuthLook::Icon::Token));
    m_inspect->setToolTip(tr("Decode the access token in the token inspector"));
    m_inspectId->setObjectName(u"resultInspectIdButton"_s);
    m_inspectId->setText(tr("Inspect I&D Token…"));
    m_inspectId->setIcon(AuthLook::icon(AuthLook::Icon::Token));

    auto *successForm = new QFormLayout;
    m_successForm = successForm;
    successForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    successForm->setHorizontalSpacing(12);
    successForm->setVerticalSpacing(5);
    successForm->addRow(fieldLabel(tr("Token type:"), this), m_tokenType);
    successForm->addRow(fieldLabel(tr("Scopes granted:"), this), m_scopes);
    successForm->addRow(fieldLabel(tr("Expires:"), this), m_expiry);
    successForm->addRow(fieldLabel(tr("Refresh token:"), this), m_refresh);
    successForm->addRow(fieldLabel(tr("Kept in:"), this), m_storage);
    auto *inspectRow = new QHBoxLayout;
    inspectRow->addWidget(m_inspect);
    inspectRow->addWidget(m_inspectId);
    inspectRow->addStretch();
    auto *successLayout = new QVBoxLayout(m_success);
    successLayout->setContentsMargins(12, 10, 12, 12);
    successLayout->setSpacing(8);
    successLayout->addWidget(m_successTitle);
    successLayout->addLayout(successForm);
    successLayout->addWidget(m_checksTitle);
    successLayout->addWidget(m_checks);
    successLayout->addLayout(inspectRow);

    // Failure
    m_failure->setObjectName(u"resultFailure"_s);
    m_failureTitle->setObjectName(u"resultMessage"_s);
    m_failureTitle->setWordWrap(true);
    m_failureTitle->setTextFormat(Qt::PlainText);
    m_failureTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_diagnosis->setObjectName(u"resultDiagnosis"_s);
    m_diagnosis->setWordWrap(true);
    m_diagnosis->setTextFormat(Qt::PlainText);
    m_diagnosis->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_diagnosis->setAccessibleName(tr("Diagnosis"));
    QFont diagnosisFont = m_diagnosis->font();
    diagnosisFont.setPointSizeF(diagnosisFont.pointSizeF() * 1.08);
    m_diagnosis->setFont(diagnosisFont);
    m_errorCode->setFont(appearance::monospaceFont(font()));
    m_errorUri->setObjectName(u"resultErrorUri"_s);
    m_errorUri->setTextFormat(Qt::RichText);
    m_errorUri->setOpenExternalLinks(true);
    m_errorUri->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_errorUri->setWordWrap(true);
    m_rawToggle->setObjectName(u"resultRawToggle"_s);
    m_rawToggle->setCheckable(true);
    m_rawToggle->setText(tr("Show &Response Body"));
    m_timelineButton->setObjectName(u"resultTimelineButton"_s);
    m_timelineButton->setText(tr("Show on &Timeline"));
    m_timelineButton->setIcon(AuthLook::icon(AuthLook::Icon::Timeline));
    m_rawBody->setObjectName(u"resultRawBody"_s);
    m_rawBody->setAccessibleName(tr("Response body as received"));
    m_rawBody->setReadOnly(true);
    m_rawBody->setFont(appearance::monospaceFont(font()));
    m_rawBody->setMaximumHeight(160);
    m_rawBody->setVisible(false);

    auto *errorForm = new QFormLayout;
    m_errorForm = errorForm;
    errorForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    errorForm->setHorizontalSpacing(12);
    errorForm->setVerticalSpacing(5);
    errorForm->addRow(fieldLabel(tr("error:"), this), m_errorCode);
    errorForm->addRow(fieldLabel(tr("error_description:"), this), m_errorDescription);
    errorForm->addRow(fieldLabel(tr("error_uri:"), this), m_errorUri);
    errorForm->addRow(fieldLabel(tr("HTTP status:"), this), m_httpStatus);
    auto *serverSaid = new QLabel(tr("What the server sent"), this);
    serverSaid->setObjectName(u"resultServerSaid"_s);
    serverSaid->setProperty("field", true);
    auto *rawRow = new QHBoxLayout;
    rawRow->addWidget(m_rawToggle);
    rawRow->addWidget(m_timelineButton);
    rawRow->addStretch();
    auto *failureLayout = new QVBoxLayout(m_failure);
    failureLayout->setContentsMargins(12, 10, 12, 12);
    failureLayout->setSpacing(8);
    failureLayout->addWidget(m_failureTitle);
    failureLayout->addWidget(m_diagnosis);
    failureLayout->addWidget(serverSaid);
    failureLayout->addLayout(errorForm);
    failureLayout->addLayout(rawRow);
    failureLayout->addWidget(m_rawBody);
    m_serverSaid = serverSaid;

    // Note
    m_note->setObjectName(u"resultNote"_s);
    m_noteTitle->setObjectName(u"resultNoteTitle"_s);
    m_noteTitle->setTextFormat(Qt::PlainText);
    m_noteText->setObjectName(u"resultNoteText"_s);
    m_noteText->setWordWrap(true);
    m_noteText->setTextFormat(Qt::PlainText);
    m_noteText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *noteLayout = new QVBoxLayout(m_note);
    noteLayout->setContentsMargins(12, 10, 12, 12);
    noteLayout->addWidget(m_noteTitle);
    noteLayout->addWidget(m_noteText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_success);
    layout->addWidget(m_failure);
    layout->addWidget(m_note);

    setTabOrder(m_checks, m_inspect);
    setTabOrder(m_inspect, m_inspectId);
    setTabOrder(m_inspectId, m_rawToggle);
    setTabOrder(m_rawToggle, m_timelineButton);
    setTabOrder(m_timelineButton, m_rawBody);

    connect(m_inspect, &QPushButton::clicked, this, [this] { Q_EMIT inspectRequested(false); });
    connect(m_inspectId, &QPushButton::clicked, this, [this] { Q_EMIT inspectRequested(true); });
    connect(m_timelineButton, &QPushButton::clicked, this, &AuthResultView::showTimelineRequested);
    connect(m_rawToggle, &QPushButton::toggled, this, [this](bool shown) {
        m_rawBody->setVisible(shown);
        m_rawToggle->setText(shown ? tr("Hide &Response Body") : tr("Show &Response Body"));
    });

    applyStyle();
    clear();
}

AuthResultView::~AuthResultView() = default;

void AuthResultView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyStyle();
}

void AuthResultView::applyStyle()
{
    const QPalette p = palette();
    const QColor ok = AuthLook::successColor(p);
    const QColor bad = AuthLook::errorColor(p);
    const QColor base = p.color(QPalette::Base);
    const QString muted = appearance::mutedText(p).name();
    setStyleSheet(uR"(
        QWidget#resultSuccess { background-color: %1; border: 1px solid %2; border-radius: 6px; }
        QWidget#resultFailure { background-color: %3; border: 1px solid %4; border-radius: 6px; }
        QWidget#resultNote { background-color: %7; border: 1px solid %8; border-radius: 6px; }
        QWidget#resultSuccess QLabel, QWidget#resultFailure QLabel, QWidget#resultNote QLabel { background: transparent; border: none; }
        QLabel#resultTitle { color: %5; font-weight: 700; font-size: 11pt; }
        QLabel#resultMessage { color: %6; font-weight: 700; font-size: 11pt; }
        QWidget#resultFailure QLabel#resultDiagnosis { background-color: %9; border: 1px solid %4; border-left: 4px solid %6; border-radius: 4px; padding: 8px 10px; }
        QLabel[field="true"] { color: %10; }
        QLabel#resultServerSaid { font-weight: 600; padding-top: 4px; }
        QLabel#resultNoteTitle { font-weight: 700; }
        QTreeWidget#resultIdTokenChecks { background: transparent; }
    )"_s.arg(appearance::blend(base, ok, 0.06).name(), appearance::blend(base, ok, 0.35).name(), appearance::blend(base, bad, 0.05).name(),
             appearance::blend(base, bad, 0.35).name(), ok.name(), bad.name(),
             appearance::blend(base, p.color(QPalette::Text), 0.03).name(), appearance::cardBorder(p).name(), base.name(), muted));
    for (QWidget *w : {m_success, m_failure, m_note})
        w->setAttribute(Qt::WA_StyledBackground, true);
}

void AuthResultView::clear()
{
    m_tokens = auth::TokenSet();
    m_failureShown = false;
    m_success->setVisible(false);
    m_failure->setVisible(false);
    m_note->setVisible(false);
    m_rawToggle->setChecked(false);
    m_rawBody->clear();
}

void AuthResultView::showTokens(const auth::TokenSet &tokens, const std::optional<auth::IdTokenValidation> &idToken, const QString &storage,
                                bool fresh)
{
    clear();
    m_tokens = tokens;
    const QString grant = AuthLook::grantLabel(tokens.grant);
    m_successTitle->setText(fresh ? (grant.isEmpty() ? tr("✓ Authorized") : tr("✓ Authorized with %1").arg(grant.toLower()))
                                  : (grant.isEmpty() ? tr("✓ Tokens held") : tr("✓ Tokens held (%1)").arg(grant.toLower())));
    m_tokenType->setText(tokens.tokenType.isEmpty() ? tr("(not given)") : tokens.tokenType);
    if (tokens.grantedScopes.isEmpty()) {
        m_scopes->setText(tr("none"));
    } else {
        QString text = tokens.grantedScopes.join(u"  "_s);
        if (!tokens.scopesFromResponse)
            text += u"\n"_s + tr("(as requested: the server did not list the scopes it granted)");
        m_scopes->setText(text);
    }
    m_refresh->setText(tokens.refreshToken.isEmpty() ? tr("none: sign in again when the token expires")
                                                     : tr("yes: Keyway refreshes the token shortly before it expires"));
    m_storage->setText(storage);
    m_successForm->setRowVisible(m_storage, !storage.isEmpty());

    m_checks->clear();
    if (tokens.idToken.isEmpty()) {
        m_checksTitle->setVisible(false);
        m_checks->setVisible(false);
    } else if (!idToken) {
        m_checksTitle->setText(tr("ID token: received; its checks are not known in this session."));
        m_checksTitle->setVisible(true);
        m_checks->setVisible(false);
    } else {
        int passed = 0;
        int failed = 0;
        for (const auth::ValidationCheck &check : idToken->checks) {
            QString mark;
            QColor color;
            switch (check.status) {
            case auth::ValidationCheck::Status::Passed:
                mark = u"✓"_s;
                color = AuthLook::successColor(palette());
                ++passed;
                break;
            case auth::ValidationCheck::Status::Failed:
                mark = u"✗"_s;
                color = AuthLook::errorColor(palette());
                ++failed;
                break;
            case auth::ValidationCheck::Status::Skipped:
                mark = u"–"_s;
                color = appearance::mutedText(palette());
                break;
            }
            auto *item = new QTreeWidgetItem(m_checks, {u"%1  %2"_s.arg(mark, check.name), check.detail});
            item->setForeground(0, color);
            QFont f = item->font(0);
            f.setWeight(QFont::DemiBold);
            item->setFont(0, f);
            item->setToolTip(1, check.detail);
            item->setData(0, Qt::AccessibleTextRole,
                          tr("%1: %2. %3")
                              .arg(check.name,
                                   check.status == auth::ValidationCheck::Status::Passed       ? tr("passed")
                                       : check.status == auth::ValidationCheck::Status::Failed ? tr("failed")
                                                                                               : tr("skipped"),
                                   check.detail));
        }
        m_checksTitle->setText(failed == 0 ? tr("ID token: verified — %n check(s) passed", nullptr, passed)
                                           : tr("ID token: %n check(s) FAILED", nullptr, failed));
        m_checksTitle->setStyleSheet(u"color: %1; font-weight: 600;"_s.arg(
            (failed == 0 ? AuthLook::successColor(palette()) : AuthLook::errorColor(palette())).name()));
        m_checksTitle->setVisible(true);
        m_checks->setVisible(true);
        const int rows = int(idToken->checks.size());
        m_checks->setFixedHeight(qMin(240, rows * (m_checks->fontMetrics().height() + 6) + 6));
    }
    m_inspectId->setVisible(!tokens.idToken.isEmpty());
    m_inspect->setEnabled(!tokens.accessToken.isEmpty());
    tick(QDateTime::currentDateTimeUtc());
    m_success->setVisible(true);
}

void AuthResultView::tick(const QDateTime &now)
{
    if (!m_success->isVisible() && m_tokens.isEmpty())
        return;
    if (!m_tokens.hasExpiry()) {
        m_expiry->setText(tr("not said by the server"));
        m_expiry->setStyleSheet(QString());
        return;
    }
    const qint64 left = m_tokens.secondsLeft(now);
    const QString when = auth::formatUtc(m_tokens.expiresAt.toSecsSinceEpoch());
    m_expiry->setText(left > 0 ? tr("in %1 (%2)").arg(auth::describeDuration(left), when)
                               : tr("expired %1 ago (%2)").arg(auth::describeDuration(-left), when));
    m_expiry->setStyleSheet(left > 0 ? QString() : u"color: %1;"_s.arg(AuthLook::errorColor(palette()).name()));
}

void AuthResultView::showFailure(const auth::OAuthError &error, const SecretMask &mask)
{
    clear();
    m_failureShown = true;
    m_failureTitle->setText(u"✗ "_s + (error.message.isEmpty() ? tr("The flow failed.") : mask.maskPlain(error.message)));
    const QString diagnosis
        = error.diagnosis.isEmpty() ? tr("No diagnosis: see what the server sent below, and the timeline.") : error.diagnosis;
    m_diagnosis->setText(mask.maskPlain(diagnosis));

    const bool fromServer = !error.error.isEmpty() || error.httpStatus > 0 || !error.rawBody.isEmpty();
    m_serverSaid->setVisible(fromServer);
    const auto setRow = [this](QWidget *field, bool visible) { m_errorForm->setRowVisible(field, visible); };
    m_errorCode->setText(error.error);
    setRow(m_errorCode, !error.error.isEmpty());
    m_errorDescription->setText(mask.maskPlain(error.errorDescription));
    setRow(m_errorDescription, !error.errorDescription.isEmpty());
    const QUrl uri(error.errorUri);
    const bool webUri = uri.isValid() && (uri.scheme() == u"https" || uri.scheme() == u"http");
    m_errorUri->setText(
        webUri ? u"<a href=\"%1\">%2</a>"_s.arg(uri.toString(QUrl::FullyEncoded).toHtmlEscaped(), error.errorUri.toHtmlEscaped())
               : error.errorUri.toHtmlEscaped());
    setRow(m_errorUri, !error.errorUri.isEmpty());
    const QString reason = httpReason(error.httpStatus);
    m_httpStatus->setText(reason.isEmpty() ? QString::number(error.httpStatus) : u"%1 %2"_s.arg(error.httpStatus).arg(reason));
    setRow(m_httpStatus, error.httpStatus > 0);

    QString body;
    if (error.rawBody.isEmpty()) {
        body = tr("(empty body)");
    } else {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        body = decoder.decode(error.rawBody.left(64 * 1024));
        if (decoder.hasError())
            body = tr("(%n byte(s) that are not text)", nullptr, int(error.rawBody.size()));
    }
    m_rawBody->setPlainText(mask.maskPlain(body));
    m_rawToggle->setVisible(fromServer);
    m_failure->setVisible(true);
}

void AuthResultView::showNote(const QString &title, const QString &text, bool ok)
{
    clear();
    m_noteTitle->setText(title);
    m_noteTitle->setStyleSheet(u"color: %1;"_s.arg((ok ? AuthLook::successColor(palette()) : appearance::warningColor(palette())).name()));
    m_noteText->setText(text);
    m_noteText->setVisible(!text.isEmpty());
    m_note->setVisible(true);
}

QString AuthResultView::diagnosisText() const
{
    return m_failure->isVisibleTo(this) ? m_diagnosis->text() : QString();
}

QString AuthResultView::scopesText() const
{
    return m_success->isVisibleTo(this) ? m_scopes->text() : QString();
}

} // namespace keyway::ui
