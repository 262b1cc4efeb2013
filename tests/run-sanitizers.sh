#!/usr/bin/env bash
# The whole test suite under AddressSanitizer + UndefinedBehaviorSanitizer (the asan preset, clang 14), which
# also builds the libFuzzer targets; then, unless KEYWAY_FUZZ_SECONDS=0, every fuzz target for a bounded time
# (tests/run-fuzz.sh). Fails on any sanitizer finding, test failure or fuzzer crash. Prints how long each step took.
# Needs what packaging/install-deps.sh installs (clang-14, libclang-rt-14-dev) and the peers (npm ci).
set -euo pipefail
cd "$(dirname "$0")/.."
build=build/asan
jobs=${KEYWAY_JOBS:-2}
fuzz_seconds=${KEYWAY_FUZZ_SECONDS:-60}

step() { printf '== %s (%s)\n' "$1" "$(date -u +%H:%M:%S)"; }
elapsed() { printf '== %s took %d s\n' "$1" $(( $(date +%s) - $2 )); }

if [ ! -d tests/peers/oidc/node_modules ]; then
    npm ci --prefix tests/peers/oidc --no-audit --no-fund --loglevel=error
fi

t0=$(date +%s)
step configure
cmake --preset asan
step build
cmake --build "$build" -j "$jobs"
elapsed build "$t0"

# Options the preset's test environment also sets (CMakePresets.json), repeated for running a test by hand.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:halt_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/lsan.supp:print_suppressions=0}

t1=$(date +%s)
step test
ctest --preset asan --parallel "$jobs"
elapsed tests "$t1"

if [ "$fuzz_seconds" != 0 ]; then
    t2=$(date +%s)
    step fuzz
    tests/run-fuzz.sh "$build" "$fuzz_seconds"
    elapsed fuzzing "$t2"
fi
elapsed "everything" "$t0"
