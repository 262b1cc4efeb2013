#include "FlowProgressView.h"

#include "Appearance.h"
#include "AuthAppearance.h"
#include "auth/Jwt.h"

#include <QApplication>
#include <QClipboard>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace keyway::ui {

FlowProgressView::FlowProgressView(QWidget *parent)
    : QWidget(parent),
      m_busy(new QProgressBar(this)),
      m_message(new QLabel(this)),
      m_cancel(new QPushButton(this)),
      m_browser(new QWidget(this)),
      m_browserUrl(new QLineEdit(this)),
      m_copyUrl(new QPushButton(this)),
      m_openBrowser(new QPushButton(this)),
      m_device(new QWidget(this)),
      m_verification(new QLabel(this)),
      m_userCode(new QLabel(this)),
      m_copyCode(new QPushButton(this)),
      m_openVerification(new QPushButton(this)),
      m_expiry(new QLabel(this)),
      m_ticker(new QTimer(this))
{
    setObjectName(u"flowProgress"_s);
    m_busy->setObjectName(u"flowBusy"_s);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(6);
    m_busy->setAccessibleName(tr("Flow in progress"));
    m_message->setObjectName(u"flowStatus"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cancel->setObjectName(u"flowCancelButton"_s);
    m_cancel->setText(tr("&Cancel"));
    m_cancel->setToolTip(tr("Stop this flow (Esc)"));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));

    // Browser grants
    m_browser->setObjectName(u"flowBrowserPanel"_s);
    auto *browserText = new QLabel(tr("Sign in in the browser window that opened. If none did, open this address yourself:"), m_browser);
    browserText->setWordWrap(true);
    m_browserUrl->setObjectName(u"flowBrowserUrl"_s);
    m_browserUrl->setAccessibleName(tr("Sign-in address"));
    m_browserUrl->setReadOnly(true);
    m_browserUrl->setFont(appearance::monospaceFont(font()));
    m_copyUrl->setObjectName(u"flowCopyUrlButton"_s);
    m_copyUrl->setText(tr("Co&py"));
    m_copyUrl->setIcon(AuthLook::icon(AuthLook::Icon::Copy));
    m_copyUrl->setToolTip(tr("Copy the sign-in address"));
    m_openBrowser->setObjectName(u"flowOpenBrowserButton"_s);
    m_openBrowser->setText(tr("&Open Browser"));
    m_openBrowser->setIcon(appearance::icon(appearance::IconId::OpenUrl));
    auto *browserRow = new QHBoxLayout;
    browserRow->addWidget(m_browserUrl, 1);
    browserRow->addWidget(m_copyUrl);
    browserRow->addWidget(m_openBrowser);
    auto *browserLayout = new QVBoxLayout(m_browser);
    browserLayout->setContentsMargins(0, 0, 0, 0);
    browserLayout->addWidget(browserText);
    browserLayout->addLayout(browserRow);

    // Device authorization
    m_device->setObjectName(u"flowDevicePanel"_s);
    m_verification->setObjectName(u"flowVerificationUrl"_s);
    m_verification->setWordWrap(true);
    m_verification->setTextFormat(Qt::RichText);
    m_verification->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByKeyboard | Qt::LinksAccessibleByMouse);
    m_userCode->setObjectName(u"flowUserCode"_s);
    m_userCode->setTextFormat(Qt::PlainText);
    m_userCode->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_userCode->setAlignment(Qt::AlignCenter);
    QFont codeFont = appearance::monospaceFont(font());
    codeFont.setPointSizeF(qMax(20.0, font().pointSizeF() * 2.4));
    codeFont.setWeight(QFont::Bold);
    codeFont.setLetterSpacing(QFont::PercentageSpacing, 112);
    m_userCode->setFont(codeFont);
    m_userCode->setAccessibleName(tr("User code"));
    m_copyCode->setObjectName(u"flowCopyCodeButton"_s);
    m_copyCode->setText(tr("Copy &Code"));
    m_copyCode->setIcon(AuthLook::icon(AuthLook::Icon::Copy));
    m_openVerification->setObjectName(u"flowOpenVerificationButton"_s);
    m_openVerification->setText(tr("&Open Verification Page"));
    m_openVerification->setIcon(appearance::icon(appearance::IconId::OpenUrl));
    m_expiry->setObjectName(u"flowDeviceExpiry"_s);
    m_expiry->setAlignment(Qt::AlignCenter);
    auto *deviceButtons = new QHBoxLayout;
    deviceButtons->addStretch();
    deviceButtons->addWidget(m_copyCode);
    deviceButtons->addWidget(m_openVerification);
    deviceButtons->addStretch();
    auto *deviceLayout = new QVBoxLayout(m_device);
    deviceLayout->setContentsMargins(0, 0, 0, 0);
    deviceLayout->setSpacing(6);
    deviceLayout->addWidget(m_verification);
    deviceLayout->addWidget(m_userCode);
    deviceLayout->addLayout(deviceButtons);
    deviceLayout->addWidget(m_expiry);

    auto *statusRow = new QHBoxLayout;
    statusRow->setSpacing(10);
    statusRow->addWidget(m_message, 1);
    statusRow->addWidget(m_cancel, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 12);
    layout->setSpacing(8);
    layout->addWidget(m_busy);
    layout->addLayout(statusRow);
    layout->addWidget(m_browser);
    layout->addWidget(m_device);

    setTabOrder(m_cancel, m_browserUrl);
    setTabOrder(m_browserUrl, m_copyUrl);
    setTabOrder(m_copyUrl, m_openBrowser);
    setTabOrder(m_openBrowser, m_copyCode);
    setTabOrder(m_copyCode, m_openVerification);

    connect(m_cancel, &QPushButton::clicked, this, &FlowProgressView::cancelRequested);
    connect(m_copyUrl, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_browserUrl->text());
        m_copyUrl->setText(tr("Copied"));
        QTimer::singleShot(1500, m_copyUrl, [this] { m_copyUrl->setText(tr("Co&py")); });
    });
    connect(m_openBrowser, &QPushButton::clicked, this, [this] { Q_EMIT openUrlRequested(m_action.url); });
    connect(m_copyCode, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_action.userCode);
        m_copyCode->setText(tr("Copied"));
        QTimer::singleShot(1500, m_copyCode, [this] { m_copyCode->setText(tr("Copy &Code")); });
    });
    connect(m_openVerification, &QPushButton::clicked, this,
            [this] { Q_EMIT openUrlRequested(m_action.urlComplete.isValid() ? m_action.urlComplete : m_action.url); });
    connect(m_verification, &QLabel::linkActivated, this, [this](const QString &link) { Q_EMIT openUrlRequested(QUrl(link)); });
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &FlowProgressView::updateExpiry);

    applyStyle();
    m_browser->setVisible(false);
    m_device->setVisible(false);
    setVisible(false);
}

FlowProgressView::~FlowProgressView() = default;

void FlowProgressView::applyStyle()
{
    const QPalette p = palette();
    const QColor accent = p.color(QPalette::Highlight);
    setStyleSheet(
        u"QWidget#flowProgress { background-color: %1; border: 1px solid %2; border-radius: 6px; }"
        "QWidget#flowProgress QLabel, QWidget#flowBrowserPanel, QWidget#flowDevicePanel { background: transparent; border: none; }"
        "QLabel#flowUserCode { background-color: %3; border: 1px dashed %2; border-radius: 6px; padding: 8px 18px; }"_s.arg(
            appearance::blend(p.color(QPalette::Base), accent, 0.06).name(), appearance::blend(p.color(QPalette::Base), accent, 0.4).name(),
            p.color(QPalette::Base).name()));
    setAttribute(Qt::WA_StyledBackground, true);
}

void FlowProgressView::begin(const QString &message)
{
    m_active = true;
    m_action = auth::UserAction();
    m_browser->setVisible(false);
    m_device->setVisible(false);
    m_busy->setVisible(true);
    m_cancel->setEnabled(true);
    setMessage(message);
    setVisible(true);
}

void FlowProgressView::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setAccessibleDescription(message);
}

QString FlowProgressView::message() const
{
    return m_message->text();
}

void FlowProgressView::showAction(const auth::UserAction &action)
{
    m_action = action;
    m_actionExpires = action.expiresInSeconds > 0 ? QDateTime::currentDateTimeUtc().addSecs(action.expiresInSeconds) : QDateTime();
    if (action.kind == auth::UserAction::Kind::OpenBrowser) {
        m_device->setVisible(false);
        m_browser->setVisible(true);
        m_browserUrl->setText(action.url.toString(QUrl::FullyEncoded));
        m_browserUrl->setCursorPosition(0);
        m_ticker->stop();
        return;
    }
    m_browser->setVisible(false);
    m_device->setVisible(true);
    const QString url = action.url.toString();
    m_verification->setText(tr("On this or any other device, open <a href=\"%1\">%2</a> and enter this code:")
                                .arg(url.toHtmlEscaped(), action.url.toDisplayString().toHtmlEscaped()));
    m_userCode->setText(action.userCode);
    m_userCode->setAccessibleDescription(tr("User code %1").arg(action.userCode));
    m_openVerification->setToolTip(action.urlComplete.isValid() ? tr("Opens the page with the code filled in") : url);
    updateExpiry();
    m_ticker->start();
}

void FlowProgressView::updateExpiry()
{
    if (!m_actionExpires.isValid()) {
        m_expiry->clear();
        return;
    }
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(m_actionExpires);
    m_expiry->setText(left > 0 ? tr("The code expires in %1.").arg(auth::describeDuration(left)) : tr("The code has expired."));
}

void FlowProgressView::end()
{
    m_active = false;
    m_ticker->stop();
    m_action = auth::UserAction();
    setVisible(false);
}

} // namespace keyway::ui
