# probe/: the enforcement probe (cases per operation, expectations, runner). Listed here so work on the probe
# never touches another area's list.
target_sources(keyway_core PRIVATE
    probe/ProbeTypes.h probe/ProbeTypes.cpp
    probe/TokenBucket.h probe/TokenBucket.cpp
    probe/ExpiredToken.h probe/ExpiredToken.cpp
    probe/ScopedTokenProvider.h
    probe/Probe.h probe/Probe.cpp
    probe/ProbeReport.h probe/ProbeReport.cpp
    probe/ManagerScopedTokens.h probe/ManagerScopedTokens.cpp
)
