// keyway-cli: Keyway's core, headless, for scripts and CI.

#include "cli/CliApp.h"
#include "core/ProcessHardening.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    keyway::hardenProcess(); // before any secret is read: no core dumps
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("keyway-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Keyway"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYWAY_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int status = keyway::cli::CliApp(out, err).run(QCoreApplication::arguments());
    out.flush();
    err.flush();
    return status;
}
