// GUI benchmark: the time from process start until the main window shows every operation of a document,
// then the time to show each operation's details after selecting it (median, 95th percentile, worst).
//
//   QT_QPA_PLATFORM=offscreen keyway-bench-gui DOCUMENT [--selections N]

#include "MainWindow.h"
#include "net/HttpClient.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTreeView>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace {

// Milliseconds since the kernel started this process (includes loading the libraries).
double msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray s = stat.readAll();
    const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble(); // field 22 overall: starttime
    const double up = uptime.readAll().split(' ').value(0).toDouble();
    return (up - startTicks / double(sysconf(_SC_CLK_TCK))) * 1000.0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: keyway-bench-gui DOCUMENT [--selections N]\n");
        return 1;
    }
    int selections = 300;
    if (const qsizetype i = args.indexOf(QStringLiteral("--selections")); i > 0 && i + 1 < args.size())
        selections = std::max(1, args.at(i + 1).toInt());

    QTemporaryDir scratch;
    QSettings settings(scratch.filePath(QStringLiteral("bench.ini")), QSettings::IniFormat);
    keyway::net::HttpClient http;
    keyway::ui::MainWindow window(&settings, &http, nullptr, nullptr); // no timeline, no credentials: the bench measures the document views
    window.resize(1280, 800);
    window.show();

    QTextStream out(stdout);
    QObject::connect(&window, &keyway::ui::MainWindow::loadFailed, &app, [&](const keyway::Error &e) {
        out << "load failed: " << e.toString() << '\n';
        QCoreApplication::exit(2);
    });
    QObject::connect(&window, &keyway::ui::MainWindow::documentLoaded, &app, [&] {
        // Shown means painted: force the paint of the populated tree before reading the clock.
        window.repaint();
        QCoreApplication::processEvents();
        const double ready = msSinceProcessStart();
        const auto document = window.document();
        out << "document: " << args.at(1) << '\n'
            << "operations shown: " << document->operations.size() << '\n'
            << "from process start to all operations shown: " << QString::number(ready, 'f', 0) << " ms\n";
        out.flush();

        // Select operations spread over the document, each followed by a full repaint.
        std::vector<double> ms;
        const qsizetype count = document->operations.size();
        const qsizetype step = std::max<qsizetype>(1, count / selections);
        QString slowest;
        double worst = 0;
        for (qsizetype i = 0; i < count && qsizetype(ms.size()) < selections; i += step) {
            const auto &op = document->operations.at(i);
            const QString name = op.displayName();
            QElapsedTimer t;
            t.start();
            window.selectOperation(name);
            window.repaint();
            QCoreApplication::processEvents();
            const double elapsed = double(t.nsecsElapsed()) / 1e6;
            ms.push_back(elapsed);
            if (elapsed > worst) {
                worst = elapsed;
                slowest = name;
            }
        }
        std::sort(ms.begin(), ms.end());
        if (!ms.empty()) {
            out << "selections: " << ms.size() << ", median " << QString::number(ms[ms.size() / 2], 'f', 1) << " ms, 95th percentile "
                << QString::number(ms[std::min(ms.size() - 1, ms.size() * 95 / 100)], 'f', 1) << " ms, worst "
                << QString::number(worst, 'f', 1) << " ms (" << slowest << ")\n";
        }
        out.flush();
        QCoreApplication::exit(0);
    });
    window.openInput(args.at(1));
    return QApplication::exec();
}
