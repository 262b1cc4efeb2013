#include "PreferencesDialog.h"

#include "CertificateTrustList.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace keyway::ui {

namespace {

QSpinBox *spinBox(QWidget *parent, const QString &objectName, int low, int high, const QString &suffix, const QString &accessibleName)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setRange(low, high);
    box->setSuffix(suffix);
    box->setAccessibleName(accessibleName);
    return box;
}

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

PreferencesDialog::PreferencesDialog(QSettings *settings, net::CertificateTrustStore *trustStore,
                                     const QList<Translations::Language> &languages, QWidget *parent)
    : QDialog(parent), m_settings(settings)
{
    setObjectName(u"preferencesDialog"_s);
    setWindowTitle(tr("Preferences"));
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"preferencesTabs"_s);
    m_tabs->setAccessibleName(tr("Preference pages"));
    m_tabs->addTab(buildNetworkPage(), tr("&Network"));
    m_tabs->addTab(buildSecurityPage(trustStore), tr("S&ecurity"));
    m_tabs->addTab(buildLanguagePage(languages), tr("Lan&guage"));
    layout->addWidget(m_tabs);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    m_buttons->setObjectName(u"preferencesButtons"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Save the preferences and close"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Close without saving"));
    m_buttons->button(QDialogButtonBox::RestoreDefaults)->setObjectName(u"restoreDefaultsButton"_s);
    m_buttons->button(QDialogButtonBox::RestoreDefaults)->setAccessibleName(tr("Restore the default preferences"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, &PreferencesDialog::restoreDefaults);

    // Keyboard order: the controls of each page top to bottom, then the dialog's buttons.
    QWidget *chain[] = {m_tabs,
                        m_timeout,
                        m_idleTimeout,
                        m_responseCap,
                        m_proxyNone,
                        m_proxySystem,
                        m_proxyManual,
                        m_proxyHost,
                        m_proxyPort,
                        m_clockSkew,
                        m_trustList ? static_cast<QWidget *>(m_trustList->view()) : nullptr,
                        m_trustList ? static_cast<QWidget *>(m_trustList->revokeButton()) : nullptr,
                        m_language,
                        m_buttons->button(QDialogButtonBox::RestoreDefaults),
                        m_buttons->button(QDialogButtonBox::Ok),
                        m_buttons->button(QDialogButtonBox::Cancel)};
    QWidget *previous = nullptr;
    for (QWidget *widget : chain) {
        if (!widget)
            continue;
        if (previous)
            setTabOrder(previous, widget);
        previous = widget;
    }

    const Preferences current = m_settings ? Preferences::load(*m_settings) : Preferences{};
    m_startLanguage = current.language;
    setPreferences(current);
}

PreferencesDialog::~PreferencesDialog() = default;

QWidget *PreferencesDialog::buildNetworkPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"networkPage"_s);
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    const QString seconds = tr(" s", "unit suffix: seconds");
    m_timeout = spinBox(page, u"timeout"_s, Preferences::minTimeoutSeconds, Preferences::maxTimeoutSeconds, seconds,
                        tr("Request timeout in seconds"));
    m_timeout->setToolTip(tr("A request that has not finished, body included, after this long is stopped"));
    form->addRow(tr("Request &timeout:"), m_timeout);
    m_idleTimeout = spinBox(page, u"idleTimeout"_s, Preferences::minIdleTimeoutSeconds, Preferences::maxIdleTimeoutSeconds, seconds,
                            tr("Idle timeout in seconds"));
    m_idleTimeout->setToolTip(tr("A request is stopped when the server sends nothing for this long"));
    form->addRow(tr("&Idle timeout:"), m_idleTimeout);
    m_responseCap = spinBox(page, u"responseCap"_s, Preferences::minResponseMegabytes, Preferences::maxResponseMegabytes,
                            tr(" MB", "unit suffix: megabytes"), tr("Largest response accepted, in megabytes"));
    m_responseCap->setToolTip(tr("A larger response is cut off at this size"));
    form->addRow(tr("Response size &limit:"), m_responseCap);
    layout->addLayout(form);

    auto *proxyBox = new QGroupBox(tr("Proxy"), page);
    proxyBox->setObjectName(u"proxyBox"_s);
    auto *proxyLayout = new QVBoxLayout(proxyBox);
    m_proxyGroup = new QButtonGroup(this);
    m_proxyNone = new QRadioButton(tr("N&o proxy"), proxyBox);
    m_proxyNone->setObjectName(u"proxyNone"_s);
    m_proxyNone->setAccessibleName(tr("Connect directly, without a proxy"));
    m_proxySystem = new QRadioButton(tr("Use the s&ystem's proxy settings"), proxyBox);
    m_proxySystem->setObjectName(u"proxySystem"_s);
    m_proxySystem->setAccessibleName(tr("Use the system's proxy settings"));
    m_proxyManual = new QRadioButton(tr("&Manual HTTP proxy:"), proxyBox);
    m_proxyManual->setObjectName(u"proxyManual"_s);
    m_proxyManual->setAccessibleName(tr("Use this HTTP proxy"));
    m_proxyGroup->addButton(m_proxyNone, int(Preferences::Proxy::None));
    m_proxyGroup->addButton(m_proxySystem, int(Preferences::Proxy::System));
    m_proxyGroup->addButton(m_proxyManual, int(Preferences::Proxy::Manual));
    proxyLayout->addWidget(m_proxyNone);
    proxyLayout->addWidget(m_proxySystem);
    auto *manualRow = new QHBoxLayout;
    manualRow->addWidget(m_proxyManual);
    m_proxyHost = new QLineEdit(proxyBox);
    m_proxyHost->setObjectName(u"proxyHost"_s);
    m_proxyHost->setPlaceholderText(tr("proxy.example.com"));
    m_proxyHost->setAccessibleName(tr("Proxy host"));
    manualRow->addWidget(m_proxyHost, 1);
    auto *portLabel = new QLabel(tr("&Port:"), proxyBox);
    manualRow->addWidget(portLabel);
    m_proxyPort = spinBox(proxyBox, u"proxyPort"_s, 1, 65535, {}, tr("Proxy port"));
    portLabel->setBuddy(m_proxyPort);
    manualRow->addWidget(m_proxyPort);
    proxyLayout->addLayout(manualRow);
    proxyLayout->addWidget(note(tr("Requests to this machine (127.0.0.1, localhost) may still go through a manual proxy; choose "
                                   "“No proxy” to test a local server."),
                                proxyBox));
    layout->addWidget(proxyBox);
    layout->addStretch();
    connect(m_proxyGroup, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            updateProxyFields();
    });
    connect(m_proxyHost, &QLineEdit::textChanged, this, &PreferencesDialog::updateProxyFields);
    return page;
}

QWidget *PreferencesDialog::buildSecurityPage(net::CertificateTrustStore *trustStore)
{
    auto *page = new QWidget(this);
    page->setObjectName(u"securityPage"_s);
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    m_clockSkew = spinBox(page, u"clockSkew"_s, Preferences::minClockSkewSeconds, Preferences::maxClockSkewSeconds,
                          tr(" s", "unit suffix: seconds"), tr("Allowed clock skew in seconds"));
    m_clockSkew->setToolTip(tr("How far the clocks of this machine and a token's issuer may differ when the times in an ID token are "
                               "checked (exp, nbf, iat)"));
    form->addRow(tr("Allowed clock &skew:"), m_clockSkew);
    layout->addLayout(form);
    layout->addWidget(note(tr("Applies to ID tokens checked from now on."), page));

    auto *certificates = new QGroupBox(tr("Trusted certificates"), page);
    certificates->setObjectName(u"certificatesBox"_s);
    auto *certificateLayout = new QVBoxLayout(certificates);
    if (trustStore) {
        m_trustList = new CertificateTrustList(trustStore, certificates);
        m_trustList->revokeButton()->setAccessibleName(tr("Revoke the selected certificate"));
        certificateLayout->addWidget(m_trustList);
    } else {
        auto *none = note(tr("No certificate exceptions are kept in this session."), certificates);
        none->setObjectName(u"noTrustStore"_s);
        certificateLayout->addWidget(none);
    }
    layout->addWidget(certificates, 1);
    return page;
}

QWidget *PreferencesDialog::buildLanguagePage(const QList<Translations::Language> &languages)
{
    auto *page = new QWidget(this);
    page->setObjectName(u"languagePage"_s);
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    m_language = new QComboBox(page);
    m_language->setObjectName(u"language"_s);
    m_language->setAccessibleName(tr("Language of the user interface"));
    const QString systemLanguage = QLocale::system().nativeLanguageName();
    m_language->addItem(systemLanguage.isEmpty() ? tr("System default") : tr("System default (%1)").arg(systemLanguage), QString());
    for (const Translations::Language &language : languages)
        m_language->addItem(tr("%1 (%2)", "language name (code)").arg(language.name, language.code), language.code);
    form->addRow(tr("&Language:"), m_language);
    layout->addLayout(form);
    m_languageNotice = new QLabel(tr("Keyway shows the new language after a restart."), page);
    m_languageNotice->setObjectName(u"languageNotice"_s);
    m_languageNotice->setWordWrap(true);
    m_languageNotice->setVisible(false);
    layout->addWidget(m_languageNotice);
    layout->addStretch();
    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateLanguageNotice);
    return page;
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.timeoutSeconds = m_timeout->value();
    p.idleTimeoutSeconds = m_idleTimeout->value();
    p.responseMegabytes = m_responseCap->value();
    p.clockSkewSeconds = m_clockSkew->value();
    const int proxy = m_proxyGroup->checkedId();
    p.proxy = proxy < 0 ? Preferences::Proxy::System : Preferences::Proxy(proxy);
    p.proxyHost = m_proxyHost->text().trimmed();
    p.proxyPort = quint16(m_proxyPort->value());
    p.language = m_language->currentData().toString();
    return p;
}

void PreferencesDialog::setPreferences(const Preferences &preferences)
{
    m_timeout->setValue(preferences.timeoutSeconds);
    m_idleTimeout->setValue(preferences.idleTimeoutSeconds);
    m_responseCap->setValue(preferences.responseMegabytes);
    m_clockSkew->setValue(preferences.clockSkewSeconds);
    if (QAbstractButton *button = m_proxyGroup->button(int(preferences.proxy)))
        button->setChecked(true);
    m_proxyHost->setText(preferences.proxyHost);
    m_proxyPort->setValue(preferences.proxyPort);
    int index = m_language->findData(preferences.language);
    if (index < 0) {
        // A language this build has no translation for: keep it visible rather than silently dropping it.
        m_language->addItem(preferences.language, preferences.language);
        index = m_language->count() - 1;
    }
    m_language->setCurrentIndex(index);
    updateProxyFields();
    updateLanguageNotice();
}

void PreferencesDialog::save()
{
    const Preferences p = preferences();
    if (m_settings) {
        p.save(*m_settings);
        m_settings->sync();
    }
    Q_EMIT preferencesSaved(p);
}

void PreferencesDialog::updateProxyFields()
{
    const bool manual = m_proxyManual->isChecked();
    m_proxyHost->setEnabled(manual);
    m_proxyPort->setEnabled(manual);
    // A manual proxy needs a host.
    QPushButton *ok = m_buttons ? m_buttons->button(QDialogButtonBox::Ok) : nullptr;
    if (ok) {
        const bool usable = !manual || !m_proxyHost->text().trimmed().isEmpty();
        ok->setEnabled(usable);
        ok->setToolTip(usable ? QString() : tr("Enter the host of the manual proxy"));
    }
}

void PreferencesDialog::updateLanguageNotice()
{
    m_languageNotice->setVisible(m_language->currentData().toString() != m_startLanguage);
}

void PreferencesDialog::restoreDefaults()
{
    Preferences defaults;
    // The language is kept: restoring defaults should not switch the interface language behind the user's back.
    defaults.language = preferences().language;
    setPreferences(defaults);
}

} // namespace keyway::ui
