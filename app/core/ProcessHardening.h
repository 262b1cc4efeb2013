#pragma once

#include <QString>

namespace keyway {

struct HardeningResult
{
    bool coreDumpsDisabled = false; // RLIMIT_CORE is 0
    bool notDumpable = false; // PR_SET_DUMPABLE 0: no core file, no ptrace attach by other same-user processes
    QString problem; // what could not be done, if anything

    bool ok() const { return coreDumpsDisabled && notDumpable; }
};

// Keeps secrets in this process's memory out of core files: call first thing in main(), before any
// secret is read. Safe to call more than once.
HardeningResult hardenProcess();

} // namespace keyway
