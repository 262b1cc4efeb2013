#!/usr/bin/env bash
# Fails when translations/*.ts no longer match the tr() strings of the sources.
# Usage: tools/check-translations.sh BUILD_DIR
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:?usage: tools/check-translations.sh BUILD_DIR}
before=$(mktemp -d)
cp translations/*.ts "$before"/
cmake --build "$build" --target update_translations >/dev/null
stale=0
for ts in translations/*.ts; do
  if ! cmp -s "$ts" "$before/$(basename "$ts")"; then
    echo "stale translation source: $ts (run: cmake --build $build --target update_translations, and commit it)" >&2
    stale=1
  fi
done
rm -rf "$before"
exit $stale
