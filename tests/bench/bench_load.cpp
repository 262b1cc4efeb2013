// Document load benchmark: for each document, in a fresh process, the time to read, parse, resolve and
// build the security model (median and minimum of N runs) and the whole process's peak memory.
//
//   keyway-bench-load [--runs N] FILE_OR_FOLDER...
//   keyway-bench-load --rss-cycles N FILE        open and drop FILE N times, print RSS after each cycle

#include "openapi/DocumentLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <vector>

#include <malloc.h>

namespace {

long statusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

int child(const QString &path, int runs)
{
    std::vector<double> ms;
    qsizetype operations = 0;
    qsizetype schemes = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const auto result = keyway::openapi::loadDocumentFile(path);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!result) {
            std::fprintf(stderr, "%s\n", qPrintable(result.error().toString()));
            return 2;
        }
        operations = result.value()->operations.size() + result.value()->webhooks.size();
        schemes = result.value()->schemes.size();
    }
    std::sort(ms.begin(), ms.end());
    std::printf("%.2f %.2f %ld %lld %lld\n", ms[ms.size() / 2], ms.front(), statusKb("VmHWM"), qint64(operations), qint64(schemes));
    return 0;
}

int rssCycles(const QString &path, int cycles)
{
    QTextStream out(stdout);
    long first = 0;
    for (int i = 1; i <= cycles; ++i) {
        {
            const auto result = keyway::openapi::loadDocumentFile(path);
            if (!result) {
                std::fprintf(stderr, "%s\n", qPrintable(result.error().toString()));
                return 2;
            }
        }
        malloc_trim(0);
        const long rss = statusKb("VmRSS");
        if (i == 1)
            first = rss;
        out << "cycle " << i << ": RSS " << QString::number(double(rss) / 1024.0, 'f', 1) << " MB ("
            << QString::number(100.0 * double(rss - first) / double(first), 'f', 1) << "% from cycle 1)\n";
        out.flush();
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    int runs = 7;
    if (args.size() >= 3 && args[0] == QLatin1String("--child"))
        return child(args[1], args[2].toInt());
    if (args.size() >= 3 && args[0] == QLatin1String("--rss-cycles"))
        return rssCycles(args[2], args[1].toInt());
    if (args.size() >= 2 && args[0] == QLatin1String("--runs")) {
        runs = std::max(1, args[1].toInt());
        args = args.mid(2);
    }
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: keyway-bench-load [--runs N] FILE_OR_FOLDER... | --rss-cycles N FILE\n");
        return 1;
    }
    QStringList files;
    for (const QString &arg : std::as_const(args)) {
        const QFileInfo info(arg);
        if (info.isDir()) {
            for (const QFileInfo &f : QDir(arg).entryInfoList({QStringLiteral("*.json"), QStringLiteral("*.yaml"), QStringLiteral("*.yml")},
                                                              QDir::Files, QDir::Name))
                files << f.filePath();
        } else {
            files << arg;
        }
    }
    QTextStream out(stdout);
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
               .arg(QStringLiteral("document"), -40)
               .arg(QStringLiteral("MB"), 7)
               .arg(QStringLiteral("median ms"), 10)
               .arg(QStringLiteral("min ms"), 8)
               .arg(QStringLiteral("peak RSS MB"), 12)
               .arg(QStringLiteral("ops"), 6)
               .arg(QStringLiteral("schemes"), 8);
    int failures = 0;
    for (const QString &file : std::as_const(files)) {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), file, QString::number(runs)});
        p.waitForFinished(600000);
        const QList<QByteArray> f = p.readAllStandardOutput().trimmed().split(' ');
        const double mb = double(QFileInfo(file).size()) / (1024.0 * 1024.0);
        if (p.exitCode() != 0 || f.size() < 5) {
            out << QStringLiteral("%1 %2  FAILED\n").arg(QFileInfo(file).fileName(), -40).arg(mb, 7, 'f', 2);
            ++failures;
            continue;
        }
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                   .arg(QFileInfo(file).fileName(), -40)
                   .arg(mb, 7, 'f', 2)
                   .arg(f[0].toDouble(), 10, 'f', 1)
                   .arg(f[1].toDouble(), 8, 'f', 1)
                   .arg(f[2].toDouble() / 1024.0, 12, 'f', 1)
                   .arg(QString::fromLatin1(f[3]), 6)
                   .arg(QString::fromLatin1(f[4]), 8);
        out.flush();
    }
    return failures ? 2 : 0;
}
