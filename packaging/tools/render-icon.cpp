// Build-time tool: renders the application's one SVG icon to a square PNG of the given size with Qt's own
// SVG renderer, for the hicolor icon theme sizes of the package.
//
//   keyway-render-icon INPUT.svg OUTPUT.png SIZE

#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    // No display is needed to render into an image; a private runtime folder keeps Qt quiet on build machines
    // that have none.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir runtime;
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR") && runtime.isValid())
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
    QGuiApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    bool ok = false;
    const int size = args.size() == 4 ? args.at(3).toInt(&ok) : 0;
    if (!ok || size < 8 || size > 4096) {
        err << "usage: keyway-render-icon INPUT.svg OUTPUT.png SIZE (8 to 4096)\n";
        return 1;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        err << "keyway-render-icon: " << args.at(1) << " is not a readable SVG\n";
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        renderer.render(&painter, QRectF(0, 0, size, size));
    }
    // Without a time stamp or other text chunks, the same SVG gives the same PNG on every build.
    if (!image.convertToFormat(QImage::Format_ARGB32).save(args.at(2), "PNG", 9)) {
        err << "keyway-render-icon: cannot write " << args.at(2) << '\n';
        return 1;
    }
    return 0;
}
