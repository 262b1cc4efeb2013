#include "core/ProcessHardening.h"

#include <QtGlobal>

#include <cerrno>
#include <cstring>

#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif
#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

namespace keyway {

HardeningResult hardenProcess()
{
    HardeningResult result;
#if defined(Q_OS_UNIX)
    struct rlimit none = {0, 0};
    if (setrlimit(RLIMIT_CORE, &none) == 0)
        result.coreDumpsDisabled = true;
    else
        result.problem += QStringLiteral("setrlimit(RLIMIT_CORE): %1. ").arg(QString::fromLocal8Bit(std::strerror(errno)));
#else
    result.coreDumpsDisabled = true; // no core files to speak of
#endif
#if defined(Q_OS_LINUX)
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0)
        result.notDumpable = true;
    else
        result.problem += QStringLiteral("prctl(PR_SET_DUMPABLE): %1.").arg(QString::fromLocal8Bit(std::strerror(errno)));
#else
    result.notDumpable = true;
#endif
    result.problem = result.problem.trimmed();
    return result;
}

} // namespace keyway
