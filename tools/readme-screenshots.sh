#!/usr/bin/env bash
# Makes the README's screenshots from the real application under a virtual X server.
#
#   tools/readme-screenshots.sh BUILD_DIR [OUTPUT_DIR]
#
# OUTPUT_DIR defaults to docs/screenshots. The request pictures need the test resource server
# (tests/peers/resource/app.py, Debian's python3-fastapi): it is started on 127.0.0.1 for the run and stopped after.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -lt 1 ]; then
    sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
fi
build=$1
out=${2:-docs/screenshots}
keyway=$build/bin/keyway
[ -x "$keyway" ] || { echo "not built: $keyway" >&2; exit 1; }
mkdir -p "$out"

# The bundled example: the operations, one operation and its security.
tools/screenshot.sh "$keyway" "$out/main-window.png" --select "listGreenhouses" >/dev/null
tools/screenshot.sh "$keyway" "$out/security-schemes.png" --scheme "petstore_auth" >/dev/null

# A real request against the test resource server.
log=$(mktemp)
/usr/bin/python3 tests/peers/resource/app.py --port 0 >"$log" 2>/dev/null &
server=$!
trap 'kill "$server" 2>/dev/null || true; rm -f "$log"' EXIT
origin=""
for _ in $(seq 1 100); do
    origin=$(sed -n 's/.*"origin": *"\([^"]*\)".*/\1/p' "$log" | head -n 1)
    [ -n "$origin" ] && break
    sleep 0.1
done
[ -n "$origin" ] || { echo "the resource server did not start" >&2; exit 1; }

tools/screenshot.sh "$keyway" "$out/request-response.png" "$origin/openapi.json" \
    --select "GET /echo/{word}" --static-secret "apiKeyHeader=keyway-header-key" \
    --param "word=hello" --param "times=2" --send >/dev/null
tools/screenshot.sh "$keyway" "$out/request-refused.png" "$origin/openapi.json" \
    --select "GET /apikey/header" --static-secret "apiKeyHeader=wrong-key" --send >/dev/null
tools/screenshot.sh "$keyway" "$out/probe.png" "$origin/openapi.json" --probe \
    --static-secret "apiKeyHeader=keyway-header-key" --static-secret "apiKeyQuery=keyway-query-key" \
    --static-secret "apiKeyCookie=keyway-cookie-key" >/dev/null
ls "$out"
