// keyway: the desktop application. Only wiring: the application object, settings, the HTTP client
// and the main window; everything else lives in keyway_core and keyway_ui.

#include "MainWindow.h"
#include "Resources.h"
#include "net/HttpClient.h"

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
    QApplication app(argc, argv);
    // Keyway's debug lines are for developers: QT_LOGGING_RULES="keyway.*.debug=true" turns them on.
    QLoggingCategory::setFilterRules(QStringLiteral("keyway.*.debug=false"));
    QApplication::setOrganizationName(u"Keyway"_s);
    QApplication::setApplicationName(u"Keyway"_s);
    QApplication::setApplicationVersion(QStringLiteral(KEYWAY_VERSION));
    QGuiApplication::setDesktopFileName(u"io.github.keyway.Keyway"_s);

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
    parser.addOption(screenshotOption);
    parser.addOption(selectOption);
    parser.addOption(schemeOption);
    parser.addOption(filterOption);
    parser.process(app);

    const QString screenshot = parser.value(screenshotOption);
    // Screenshots start from default settings so that they are the same on every machine.
    QTemporaryDir scratch;
    std::unique_ptr<QSettings> settings = screenshot.isEmpty()
        ? std::make_unique<QSettings>()
        : std::make_unique<QSettings>(scratch.filePath(u"keyway.ini"_s), QSettings::IniFormat);

    keyway::net::HttpClient http;
    keyway::ui::MainWindow window(settings.get(), &http);
    window.show();

    if (!screenshot.isEmpty()) {
        const auto grab = [&] {
            if (parser.isSet(filterOption)) {
                if (auto *filter = window.findChild<QWidget *>(u"operationFilter"_s))
                    QMetaObject::invokeMethod(filter, "setText", Q_ARG(QString, parser.value(filterOption)));
            }
            if (parser.isSet(selectOption))
                window.selectOperation(parser.value(selectOption));
            if (parser.isSet(schemeOption))
                window.showScheme(parser.value(schemeOption));
            // Let the layouts settle and the filter apply before grabbing.
            QTimer::singleShot(600, &window, [&] {
                const bool saved = window.grab().save(screenshot);
                QCoreApplication::exit(saved ? 0 : 1);
            });
        };
        QObject::connect(&window, &keyway::ui::MainWindow::documentLoaded, &window, grab);
        QObject::connect(&window, &keyway::ui::MainWindow::loadFailed, &window, grab);
    }

    const QStringList arguments = parser.positionalArguments();
    window.openInput(arguments.isEmpty() ? QString::fromLatin1(keyway::ui::exampleDocumentPath) : arguments.constFirst());
    return QApplication::exec();
}
