// keyway-cli: Keyway's core, headless, for scripts and CI.

#include "cli/CliApp.h"
#include "core/ProcessHardening.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>

int main(int argc, char *argv[])
{
    keyway::hardenProcess(); // before any secret is read: no core dumps
    QCoreApplication app(argc, argv);
    // Keyway's debug lines are for developers: QT_LOGGING_RULES="keyway.*.debug=true" turns them on.
    QLoggingCategory::setFilterRules(QStringLiteral("keyway.*.debug=false"));
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
