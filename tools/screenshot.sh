#!/usr/bin/env bash
# Takes a screenshot of Keyway under a virtual X server, for documentation and visual review.
# Builds nothing: pass the path of a built keyway binary.
#
#   tools/screenshot.sh KEYWAY_BINARY OUTPUT.png [DOCUMENT] [keyway options...]
#
# Without DOCUMENT the bundled example is shown. Extra options are passed to keyway, e.g.
#   --select OPERATION   select an operation (operationId or "GET /path") and show it
#   --scheme NAME        show a security scheme
#   --filter TEXT        type TEXT into the operations filter
# keyway grabs its own window (--screenshot) once the document is shown, so the picture does not
# depend on timing or on a window manager.
set -euo pipefail

if [ $# -lt 2 ]; then
    sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
fi
binary=$1
output=$2
shift 2
args=()
if [ $# -gt 0 ] && [ "${1#--}" = "$1" ]; then
    args+=("$1")
    shift
fi

command -v xvfb-run >/dev/null || { echo "xvfb-run is needed (package xvfb)" >&2; exit 1; }
[ -x "$binary" ] || { echo "not an executable: $binary" >&2; exit 1; }

# A private runtime directory keeps the run from touching the user's session.
runtime=$(mktemp -d)
trap 'rm -rf "$runtime"' EXIT
chmod 700 "$runtime"

XDG_RUNTIME_DIR=$runtime QT_QPA_PLATFORM=xcb LC_ALL=C.UTF-8 \
    timeout 120 xvfb-run -a -s "-screen 0 1400x900x24" \
    "$binary" --screenshot "$output" "$@" "${args[@]}"
echo "$output"
