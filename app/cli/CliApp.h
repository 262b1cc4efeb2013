#pragma once

#include <QStringList>
#include <QTextStream>

namespace keyway::cli {

// Exit statuses shared by every verb: scripts rely on them.
enum ExitCode : int {
    ExitOk = 0,
    ExitUsage = 1,
    ExitBadDocument = 2,
    ExitCredentials = 3,
    ExitHttpStatus = 4,
    ExitProbeFailed = 5,
};

// keyway-cli: dispatches a verb. Output goes to the given streams so that tests can capture it.
class CliApp final
{
public:
    CliApp(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) { }
    Q_DISABLE_COPY_MOVE(CliApp)

    int run(const QStringList &arguments);

private:
    int usage(const QString &problem = {});
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace keyway::cli
