# Probe throughput benchmark (the probe area): requests per second at concurrency 1, 8 and 32 against the FastAPI
# resource server, and Keyway's CPU time per request.
add_executable(keyway-bench-probe bench_probe.cpp ../common/PeerProcess.h)
keyway_target_defaults(keyway-bench-probe)
target_link_libraries(keyway-bench-probe PRIVATE keyway_core Qt6::Test)
target_compile_definitions(keyway-bench-probe PRIVATE KEYWAY_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
