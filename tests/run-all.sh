#!/usr/bin/env bash
# The whole test suite, as CI runs it: configure, build, then every test through CTest.
# Needs what packaging/install-deps.sh installs. KEYWAY_PRESET picks another preset (dev, release, asan).
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${KEYWAY_PRESET:-ci}

# Sources must be clang-formatted (the check is cheap; fix with tools/format.sh).
tools/format.sh --check

# The OpenID Provider the integration tests run against, exactly as locked.
npm ci --prefix tests/peers/oidc --no-audit --no-fund --loglevel=error

cmake --preset "$preset"
cmake --build --preset "$preset"
# The English source .ts (and the German one) must be current: fails with a diff when a string changed.
tools/check-translations.sh "build/$preset"
ctest --preset "$preset" --parallel 2
# The Debian package: built, validated (desktop file, AppStream, lintian), installed, and its keyway-cli run.
if [ "${KEYWAY_SKIP_PACKAGE:-0}" != 1 ]; then
    packaging/check-package.sh "build/$preset"
fi
# The whole suite again under AddressSanitizer + UBSan + LSan (clang 14), then each libFuzzer target for
# KEYWAY_FUZZ_SECONDS (60) seconds. KEYWAY_SKIP_SANITIZERS=1 leaves this out of a quick local run; CI runs it.
if [ "${KEYWAY_SKIP_SANITIZERS:-0}" != 1 ]; then
    KEYWAY_FUZZ_SECONDS=${KEYWAY_FUZZ_SECONDS:-60} tests/run-sanitizers.sh
fi
