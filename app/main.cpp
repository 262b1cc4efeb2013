// keyway: the desktop application. Only wiring: the application object, settings, the HTTP client and its
// timeline, the secret store (the keychain, degrading to memory), the workspace, the credentials, and the main
// window; everything else lives in keyway_core and keyway_ui.

#include "AuthorizeDialog.h"
#include "MainWindow.h"
#include "Preferences.h"
#include "ProbePanel.h"
#include "RequestEditor.h"
#include "RequestPanel.h"
#include "Resources.h"
#include "Translations.h"
#include "auth/CredentialManager.h"
#include "core/ProcessHardening.h"
#include "net/CertificateTrustStore.h"
#include "net/HttpClient.h"
#include "net/Timeline.h"
#include "storage/CredentialStore.h"
#include "storage/DegradingSecretStore.h"
#include "storage/KeychainSecretStore.h"
#include "storage/MemorySecretStore.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLoggingCategory>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    // Before anything can hold a secret: no core files, no ptrace by other processes of the user.
    const keyway::HardeningResult hardening = keyway::hardenProcess();

    QApplication app(argc, argv);
    // Keyway's debug lines are for developers: QT_LOGGING_RULES="keyway.*.debug=true" turns them on.
    QLoggingCategory::setFilterRules(QStringLiteral("keyway.*.debug=false"));
    QApplication::setOrganizationName(u"Keyway"_s);
    QApplication::setApplicationName(u"Keyway"_s);
    QApplication::setApplicationVersion(QStringLiteral(KEYWAY_VERSION));
    QGuiApplication::setDesktopFileName(u"io.github.keyway.Keyway"_s);
    if (!hardening.ok())
        qWarning("keyway: process hardening incomplete: %s", qPrintable(hardening.problem));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Explore and test secured HTTP APIs described by OpenAPI."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"document"_s,
                                 QCoreApplication::translate("main", "An OpenAPI or Swagger document to open: a file or an http(s) URL."),
                                 u"[document]"_s);
    // For documentation and visual checks: grab the window once the document is shown, then quit.
    QCommandLineOption screenshotOption(u"screenshot"_s, u"Save a picture of the window to FILE and quit."_s, u"FILE"_s);
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption selectOption(u"select"_s, u"Select an operation (operationId or \"GET /path\")."_s, u"OPERATION"_s);
    selectOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption schemeOption(u"scheme"_s, u"Show a security scheme."_s, u"NAME"_s);
    schemeOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption filterOption(u"filter"_s, u"Type this into the operations filter."_s, u"TEXT"_s);
    filterOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption authorizeOption(u"open-authorize"_s, u"Open the Authorize dialog on a scheme (the screenshot shows the dialog)."_s,
                                       u"SCHEME"_s);
    authorizeOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption timelineOption(u"show-timeline"_s, u"Show the timeline dock."_s);
    timelineOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption requestOption(u"request"_s, u"Show the Request page of the selected operation."_s);
    requestOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption paramOption(u"param"_s, u"Set a parameter of the request (NAME=VALUE)."_s, u"NAME=VALUE"_s);
    paramOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption sendOption(u"send"_s, u"Send the request before taking the screenshot."_s);
    sendOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption secretOption(
        u"static-secret"_s, u"Screenshots only: hold an API key or token for a scheme in memory (SCHEME=VALUE)."_s, u"SCHEME=VALUE"_s);
    secretOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption probeOption(u"probe"_s, u"Show the enforcement probe and run it before the screenshot."_s);
    probeOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(probeOption);
    parser.addOption(requestOption);
    parser.addOption(paramOption);
    parser.addOption(sendOption);
    parser.addOption(secretOption);
    parser.addOption(screenshotOption);
    parser.addOption(selectOption);
    parser.addOption(schemeOption);
    parser.addOption(filterOption);
    parser.addOption(authorizeOption);
    parser.addOption(timelineOption);
    parser.process(app);

    const QString screenshot = parser.value(screenshotOption);
    // The user's language (or the one chosen in Preferences); screenshots stay in English, the source language.
    keyway::ui::Translations translations;
    if (screenshot.isEmpty()) {
        const QSettings languageSettings;
        translations.installFor(languageSettings);
    }
    // Screenshots start from default settings and touch no keychain, so that they are the same on every machine.
    QTemporaryDir scratch;
    std::unique_ptr<QSettings> settings = screenshot.isEmpty()
        ? std::make_unique<QSettings>()
        : std::make_unique<QSettings>(scratch.filePath(u"keyway.ini"_s), QSettings::IniFormat);
    std::unique_ptr<QSettings> workspaceSettings = screenshot.isEmpty()
        ? keyway::storage::Workspace::openDefaultSettings()
        : std::make_unique<QSettings>(scratch.filePath(u"workspace.ini"_s), QSettings::IniFormat);

    keyway::net::Timeline timeline;
    keyway::net::HttpClient http;
    http.setTimeline(&timeline);
    // Preferences (timeouts, size cap, proxy, clock skew) and the certificates the user chose to trust, both kept in
    // the non-secret settings.
    const keyway::ui::Preferences preferences = keyway::ui::Preferences::load(*settings);
    preferences.applyTo(http);
    keyway::net::CertificateTrustStore trust(settings.get());
    http.setTrustStore(&trust);
    keyway::storage::Workspace workspace(workspaceSettings.get());
    // The keychain while it works, memory for the rest of the session when it does not (never a file).
    std::unique_ptr<keyway::storage::SecretStore> keychain;
    std::unique_ptr<keyway::storage::SecretStore> secrets;
    if (screenshot.isEmpty()) {
        keychain = std::make_unique<keyway::storage::KeychainSecretStore>();
        auto degrading = std::make_unique<keyway::storage::DegradingSecretStore>(keychain.get());
        degrading->start();
        secrets = std::move(degrading);
    } else {
        secrets = std::make_unique<keyway::storage::MemorySecretStore>();
    }
    keyway::storage::CredentialStore credentialStore(secrets.get(), &workspace);
    keyway::auth::CredentialManager credentials(&http, &credentialStore, &workspace);
    credentials.setClockSkewSeconds(preferences.clockSkewSeconds);

    keyway::ui::MainWindow window(settings.get(), &http, &timeline, &credentials);
    window.setTrustStore(&trust);
    window.show();
    if (parser.isSet(timelineOption))
        window.setTimelineVisible(true);

    if (!screenshot.isEmpty()) {
        const auto grab = [&] {
            if (parser.isSet(filterOption)) {
                if (auto *filter = window.findChild<QWidget *>(u"operationFilter"_s))
                    QMetaObject::invokeMethod(filter, "setText", Q_ARG(QString, parser.value(filterOption)));
            }
            if (parser.isSet(selectOption))
                window.selectOperation(parser.value(selectOption));
            if (parser.isSet(requestOption) || parser.isSet(sendOption) || parser.isSet(paramOption))
                window.showPage(keyway::ui::MainWindow::Page::Request);
            const QStringList params = parser.values(paramOption);
            for (const QString &param : params)
                window.requestPanel()->editor()->setParameterValue(param.section(u'=', 0, 0), param.section(u'=', 1));
            if (parser.isSet(schemeOption))
                window.showScheme(parser.value(schemeOption));
            QWidget *target = &window;
            if (parser.isSet(authorizeOption)) {
                if (QWidget *dialog = window.openAuthorize(parser.value(authorizeOption)))
                    target = dialog;
            }
            // Let the layouts settle and the filter apply before grabbing (after the answer, when sending).
            const auto shoot = [&, target] {
                QTimer::singleShot(900, &window, [&, target] {
                    const bool saved = target->grab().save(screenshot);
                    QCoreApplication::exit(saved ? 0 : 1);
                });
            };
            if (parser.isSet(probeOption)) {
                window.setProbeVisible(true);
                QObject::connect(window.probePanel(), &keyway::ui::ProbePanel::runFinished, &window, shoot, Qt::SingleShotConnection);
                QTimer::singleShot(300, &window, [&] { window.probePanel()->run(); });
            } else if (parser.isSet(sendOption)) {
                QObject::connect(window.requestPanel(), &keyway::ui::RequestPanel::finished, &window, shoot, Qt::SingleShotConnection);
                QTimer::singleShot(300, &window, [&] { window.requestPanel()->send(); });
            } else {
                shoot();
            }
        };
        // Secrets given for the picture are held in memory once the credentials of the document are loaded; the
        // request is sent after the last one is stored.
        const auto withSecrets = [&, grab] {
            const QStringList given = parser.values(secretOption);
            if (given.isEmpty()) {
                grab();
                return;
            }
            auto pending = std::make_shared<int>(int(given.size()));
            for (const QString &item : given) {
                keyway::auth::StaticSecret secret;
                secret.value = item.section(u'=', 1);
                credentials.setStaticSecret(item.section(u'=', 0, 0), secret, [pending, grab](const auto &) {
                    if (--*pending == 0)
                        grab();
                });
            }
        };
        const auto ready = [&, withSecrets] {
            if (credentials.isLoading())
                QObject::connect(&credentials, &keyway::auth::CredentialManager::loadingFinished, &window, withSecrets,
                                 Qt::SingleShotConnection);
            else
                withSecrets();
        };
        QObject::connect(&window, &keyway::ui::MainWindow::documentLoaded, &window, ready);
        QObject::connect(&window, &keyway::ui::MainWindow::loadFailed, &window, grab);
    }

    // Outside screenshots, --select, --request and --param apply once the document is shown.
    if (screenshot.isEmpty() && (parser.isSet(selectOption) || parser.isSet(requestOption) || parser.isSet(paramOption))) {
        QObject::connect(
            &window, &keyway::ui::MainWindow::documentLoaded, &window,
            [&] {
                if (parser.isSet(selectOption))
                    window.selectOperation(parser.value(selectOption));
                window.showPage(keyway::ui::MainWindow::Page::Request);
                const QStringList params = parser.values(paramOption);
                for (const QString &param : params)
                    window.requestPanel()->editor()->setParameterValue(param.section(u'=', 0, 0), param.section(u'=', 1));
            },
            Qt::SingleShotConnection);
    }

    const QStringList arguments = parser.positionalArguments();
    // Without a document named, a request left unsaved by a crash comes back with its document.
    QString input = arguments.isEmpty() ? QString::fromLatin1(keyway::ui::exampleDocumentPath) : arguments.constFirst();
    if (arguments.isEmpty() && screenshot.isEmpty() && window.autosavedDocument().isValid())
        window.openUrl(window.autosavedDocument());
    else
        window.openInput(input);
    return QApplication::exec();
}
