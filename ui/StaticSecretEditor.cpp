#include "StaticSecretEditor.h"

#include "Appearance.h"
#include "SchemeText.h"
#include "SecretLineEdit.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace keyway::ui {

using openapi::SecurityScheme;

StaticSecretEditor::StaticSecretEditor(auth::CredentialManager *credentials, QWidget *parent)
    : QWidget(parent),
      m_credentials(credentials),
      m_explanation(new QLabel(this)),
      m_form(new QFormLayout),
      m_value(new SecretLineEdit(this)),
      m_username(new QLineEdit(this)),
      m_password(new SecretLineEdit(this)),
      m_certificate(new QLineEdit(this)),
      m_browseCertificate(new QPushButton(tr("Browse…"), this)),
      m_privateKey(new QLineEdit(this)),
      m_browseKey(new QPushButton(tr("Browse…"), this)),
      m_passphrase(new SecretLineEdit(this)),
      m_valueLabel(new QLabel(this))
{
    setObjectName(u"staticEditor"_s);
    m_explanation->setObjectName(u"staticExplanation"_s);
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::RichText);
    m_explanation->setStyleSheet(u"color: %1;"_s.arg(appearance::mutedText(palette()).name()));

    m_value->setObjectName(u"staticValue"_s);
    m_value->setPlaceholderText(tr("kept in the keychain"));
    m_username->setObjectName(u"staticUsername"_s);
    m_username->setAccessibleName(tr("User name"));
    m_password->setObjectName(u"staticPassword"_s);
    m_password->setAccessibleName(tr("Password"));
    m_password->setPlaceholderText(tr("kept in the keychain"));
    m_certificate->setObjectName(u"staticCertificate"_s);
    m_certificate->setAccessibleName(tr("Client certificate file"));
    m_certificate->setPlaceholderText(tr("PEM certificate, or a PKCS#12 bundle (.p12, .pfx)"));
    m_browseCertificate->setObjectName(u"staticBrowseCertificate"_s);
    m_browseCertificate->setAccessibleName(tr("Choose the certificate file"));
    m_privateKey->setObjectName(u"staticPrivateKey"_s);
    m_privateKey->setAccessibleName(tr("Private key file"));
    m_privateKey->setPlaceholderText(tr("PEM private key (not needed with a PKCS#12 bundle)"));
    m_browseKey->setObjectName(u"staticBrowseKey"_s);
    m_browseKey->setAccessibleName(tr("Choose the private key file"));
    m_passphrase->setObjectName(u"staticPassphrase"_s);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_passphrase->setPlaceholderText(tr("if the key or bundle is encrypted; kept in the keychain"));

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_form->setHorizontalSpacing(10);
    m_form->setVerticalSpacing(7);
    m_valueLabel->setBuddy(m_value);
    m_form->addRow(m_valueLabel, m_value);
    auto *userLabel = new QLabel(tr("&User name:"), this);
    userLabel->setBuddy(m_username);
    m_form->addRow(userLabel, m_username);
    auto *passwordLabel = new QLabel(tr("Pass&word:"), this);
    passwordLabel->setBuddy(m_password);
    m_form->addRow(passwordLabel, m_password);
    auto *certRow = new QHBoxLayout;
    certRow->addWidget(m_certificate, 1);
    certRow->addWidget(m_browseCertificate);
    auto *certLabel = new QLabel(tr("&Certificate:"), this);
    certLabel->setBuddy(m_certificate);
    m_form->addRow(certLabel, certRow);
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_privateKey, 1);
    keyRow->addWidget(m_browseKey);
    auto *keyLabel = new QLabel(tr("Private &key:"), this);
    keyLabel->setBuddy(m_privateKey);
    m_form->addRow(keyLabel, keyRow);
    auto *passphraseLabel = new QLabel(tr("Pass&phrase:"), this);
    passphraseLabel->setBuddy(m_passphrase);
    m_form->addRow(passphraseLabel, m_passphrase);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_explanation);
    layout->addLayout(m_form);
    layout->addStretch();

    setTabOrder(m_value, m_username);
    setTabOrder(m_username, m_password);
    setTabOrder(m_password, m_certificate);
    setTabOrder(m_certificate, m_browseCertificate);
    setTabOrder(m_browseCertificate, m_privateKey);
    setTabOrder(m_privateKey, m_browseKey);
    setTabOrder(m_browseKey, m_passphrase);

    for (QLineEdit *edit : {static_cast<QLineEdit *>(m_value), m_username, static_cast<QLineEdit *>(m_password), m_certificate,
                            m_privateKey, static_cast<QLineEdit *>(m_passphrase)}) {
        connect(edit, &QLineEdit::textEdited, this, &StaticSecretEditor::markDirty);
        connect(edit, &QLineEdit::returnPressed, this, &StaticSecretEditor::submitted);
    }
    connect(m_browseCertificate, &QPushButton::clicked, this,
            [this] { browse(m_certificate, tr("Client Certificate"), tr("Certificates (*.pem *.crt *.cer *.p12 *.pfx);;All files (*)")); });
    connect(m_browseKey, &QPushButton::clicked, this,
            [this] { browse(m_privateKey, tr("Private Key"), tr("Private keys (*.pem *.key);;All files (*)")); });
}

StaticSecretEditor::~StaticSecretEditor() = default;

void StaticSecretEditor::browse(QLineEdit *target, const QString &title, const QString &filter)
{
    const QString path = QFileDialog::getOpenFileName(this, title, target->text(), filter);
    if (path.isEmpty())
        return;
    target->setText(path);
    markDirty();
}

void StaticSecretEditor::markDirty()
{
    if (m_loading)
        return;
    m_dirty = true;
    Q_EMIT changed();
}

void StaticSecretEditor::setScheme(const QString &scheme)
{
    m_loading = true;
    m_scheme = scheme;
    const SecurityScheme *s = m_credentials ? m_credentials->scheme(scheme) : nullptr;
    m_kind = Kind::Unsupported;
    QString explanation;
    if (s) {
        switch (s->type) {
        case SecurityScheme::Type::ApiKey:
            m_kind = Kind::ApiKey;
            explanation = tr("Sent as the %1 <b>%2</b> with every request that uses this scheme.")
                              .arg(SchemeText::inLabel(*s).toHtmlEscaped(), s->parameterName.toHtmlEscaped());
            if (s->in == SecurityScheme::In::Cookie)
                explanation += u' ' + tr("Keyway sends it in a real Cookie header.").toHtmlEscaped();
            break;
        case SecurityScheme::Type::Http:
            if (s->httpScheme == u"basic" || s->httpScheme == u"digest") {
                m_kind = Kind::UserPassword;
                explanation = s->httpScheme == u"basic"
                    ? tr("Sent as <b>Authorization: Basic …</b> (the user name and password, base64-encoded: use https).")
                    : tr("Used to answer the server’s <b>Digest</b> challenge; the password itself is never sent.");
            } else {
                m_kind = Kind::Token;
                const QString name = s->httpSchemeAsWritten.isEmpty() ? u"Bearer"_s : s->httpSchemeAsWritten;
                explanation = tr("Sent as <b>Authorization: %1 …</b>.").arg(name.toHtmlEscaped());
                if (!s->bearerFormat.isEmpty())
                    explanation += u' ' + tr("The document says the token is a %1.").arg(s->bearerFormat.toHtmlEscaped());
            }
            break;
        case SecurityScheme::Type::MutualTls:
            m_kind = Kind::Certificate;
            explanation = tr("The client proves who it is with a TLS client certificate. The file paths are settings; only "
                             "the passphrase is a secret.");
            break;
        case SecurityScheme::Type::OAuth2:
        case SecurityScheme::Type::OpenIdConnect:
        case SecurityScheme::Type::Unknown:
            break;
        }
    }
    m_supported = m_kind != Kind::Unsupported;
    if (!m_supported)
        explanation
            = tr("Keyway cannot send credentials for a scheme of type “%1”.").arg((s ? s->typeAsWritten : QString()).toHtmlEscaped());
    m_explanation->setText(explanation);

    const auth::StaticSecret secret = m_credentials ? m_credentials->staticSecret(scheme) : auth::StaticSecret();
    const auto showRow = [this](QWidget *field, bool visible) { m_form->setRowVisible(field, visible); };
    const bool value = m_kind == Kind::ApiKey || m_kind == Kind::Token;
    showRow(m_value, value);
    showRow(m_username, m_kind == Kind::UserPassword);
    showRow(m_password, m_kind == Kind::UserPassword);
    m_form->setRowVisible(3, m_kind == Kind::Certificate); // certificate file and its Browse button
    m_form->setRowVisible(4, m_kind == Kind::Certificate); // private key file and its Browse button
    showRow(m_passphrase, m_kind == Kind::Certificate);
    m_valueLabel->setText(m_kind == Kind::ApiKey ? tr("API &key:") : tr("&Token:"));
    m_value->setAccessibleName(m_kind == Kind::ApiKey ? tr("API key") : tr("Token"));

    for (SecretLineEdit *edit : {m_value, m_password, m_passphrase})
        edit->setRevealed(false);
    m_value->setText(secret.value);
    m_username->setText(secret.username);
    m_password->setText(secret.password);
    m_certificate->setText(secret.certificatePath);
    m_privateKey->setText(secret.privateKeyPath);
    m_passphrase->setText(secret.passphrase);
    m_loading = false;
    m_dirty = false;
}

auth::StaticSecret StaticSecretEditor::secret() const
{
    auth::StaticSecret secret;
    switch (m_kind) {
    case Kind::ApiKey:
    case Kind::Token:
        secret.value = m_value->text().trimmed();
        break;
    case Kind::UserPassword:
        secret.username = m_username->text();
        secret.password = m_password->text();
        break;
    case Kind::Certificate:
        secret.certificatePath = m_certificate->text().trimmed();
        secret.privateKeyPath = m_privateKey->text().trimmed();
        secret.passphrase = m_passphrase->text();
        break;
    case Kind::Unsupported:
        break;
    }
    return secret;
}

void StaticSecretEditor::setBusy(bool busy)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_value, m_username, m_password, m_certificate, m_browseCertificate, m_privateKey,
                                                       m_browseKey, m_passphrase})
        w->setEnabled(!busy);
}

} // namespace keyway::ui
