#!/usr/bin/env bash
# Formats every C++ source of the project with clang-format; --check only reports (exit 1 if unformatted).
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files -co --exclude-standard -- '*.cpp' '*.h' | grep -v '^build/' || true)
[ ${#files[@]} -gt 0 ] || exit 0
if [ "${1:-}" = "--check" ]; then
  report=$(mktemp)
  if ! clang-format --dry-run --Werror "${files[@]}" 2>"$report"; then
    { grep -E '^[^ ]+:[0-9]+:[0-9]+: (warning|error):' "$report" || true; } | cut -d: -f1 | sort -u | sed 's/^/not clang-formatted: /' >&2
    rm -f "$report"
    echo "Run tools/format.sh to fix." >&2
    exit 1
  fi
  rm -f "$report"
else
  clang-format -i "${files[@]}"
fi
