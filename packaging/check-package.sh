#!/usr/bin/env bash
# Builds the Debian package from a configured build directory, checks it, installs it on this machine and runs
# the installed keyway-cli on the bundled example. For CI machines (it installs a package: needs root or sudo).
#
#   packaging/check-package.sh BUILD_DIR
#
# Checks: desktop-file-validate on the .desktop file, appstreamcli validate (without network access) on the
# metainfo, lintian (every error fails; every warning fails unless packaging/lintian-notes.md justifies its tag),
# the package's contents (icons in every size, manual pages, the example), then dpkg installs it with its
# dependencies through apt-get, and /usr/bin/keyway-cli inspects /usr/share/keyway/examples/keyway-example.yaml.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:?usage: packaging/check-package.sh BUILD_DIR}
[ -f "$build/CPackConfig.cmake" ] || { echo "check-package: $build is not a configured build directory" >&2; exit 1; }
app_id=io.github.keyway.Keyway

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi

step() { printf '== %s\n' "$*"; }

step "building what the package installs"
cmake --build "$build" --target keyway keyway-cli keyway_icons keyway_man keyway_changelog

step "cpack -G DEB"
out="$build/package"
rm -rf "$out"
mkdir -p "$out"
(cd "$build" && cpack -G DEB -B "$PWD/package" >"$PWD/package/cpack.log" 2>&1) || { cat "$out/cpack.log" >&2; exit 1; }
mapfile -t debs < <(find "$out" -maxdepth 1 -name 'keyway_*.deb')
[ ${#debs[@]} -eq 1 ] || { echo "check-package: expected one .deb in $out, found ${#debs[@]}" >&2; exit 1; }
deb=$(realpath "${debs[0]}")
echo "$deb"
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'

step "contents"
contents=$(dpkg-deb --contents "$deb" | awk '{print $6}')
expect=(./usr/bin/keyway ./usr/bin/keyway-cli
  "./usr/share/applications/$app_id.desktop" "./usr/share/metainfo/$app_id.metainfo.xml"
  "./usr/share/icons/hicolor/scalable/apps/$app_id.svg"
  ./usr/share/man/man1/keyway.1.gz ./usr/share/man/man1/keyway-cli.1.gz
  ./usr/share/doc/keyway/copyright ./usr/share/doc/keyway/changelog.gz
  ./usr/share/keyway/examples/keyway-example.yaml)
for size in 16 22 24 32 48 64 128 256 512; do
  expect+=("./usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
missing=0
for path in "${expect[@]}"; do
  grep -qxF "$path" <<<"$contents" || { echo "missing from the package: $path" >&2; missing=1; }
done
[ $missing -eq 0 ]
unpacked=$(mktemp -d)
trap 'rm -rf "$unpacked"' EXIT
dpkg-deb --extract "$deb" "$unpacked"
for size in 16 22 24 32 48 64 128 256 512; do
  png="$unpacked/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
  file "$png" | grep -q "PNG image data, $size x $size," || { echo "not a ${size}x${size} PNG: $(file "$png")" >&2; exit 1; }
done

step "desktop-file-validate"
desktop-file-validate "$unpacked/usr/share/applications/$app_id.desktop"

step "appstreamcli validate"
appstreamcli validate --no-net "$unpacked/usr/share/metainfo/$app_id.metainfo.xml"

step "lintian"
# Tags that packaging/lintian-notes.md explains, one per "- `tag`" line there.
# shellcheck disable=SC2016 # the backquotes are Markdown, not a command
mapfile -t justified < <(sed -n 's/^- `\([a-z0-9.+-]*\)`.*/\1/p' packaging/lintian-notes.md)
lintian_out=$(lintian --tag-display-limit 0 "$deb" 2>&1 || true)
[ -n "$lintian_out" ] && printf '%s\n' "$lintian_out"
unjustified=0
while read -r level _ tag _; do
  case "$level" in
  E:) echo "lintian error: $tag" >&2; unjustified=1 ;;
  W:)
    if ! printf '%s\n' "${justified[@]}" | grep -qxF "$tag"; then
      echo "lintian warning not justified in packaging/lintian-notes.md: $tag" >&2
      unjustified=1
    fi
    ;;
  esac
done <<<"$lintian_out"
[ $unjustified -eq 0 ]

step "install"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends --reinstall "$deb"
dpkg -s keyway | grep -E '^(Status|Version|Depends):'

step "run the installed keyway-cli"
[ -x /usr/bin/keyway-cli ] || { echo "/usr/bin/keyway-cli is not installed" >&2; exit 1; }
/usr/bin/keyway-cli --version
/usr/bin/keyway-cli inspect /usr/share/keyway/examples/keyway-example.yaml
json=$(/usr/bin/keyway-cli inspect /usr/share/keyway/examples/keyway-example.yaml --json)
/usr/bin/python3 -c 'import json, sys
d = json.loads(sys.stdin.read())
assert d["schemes"] and d["operations"], "no schemes or operations"
print("inspect --json:", len(d["schemes"]), "schemes,", len(d["operations"]), "operations")' <<<"$json"
# The desktop application starts from its installed path too (offscreen; --version exits at once).
if ldd /usr/bin/keyway | grep -q 'not found'; then
  ldd /usr/bin/keyway | grep 'not found' >&2
  exit 1
fi
runtime=$(mktemp -d)
chmod 700 "$runtime"
XDG_RUNTIME_DIR=$runtime QT_QPA_PLATFORM=offscreen timeout 60 /usr/bin/keyway --version
rm -rf "$runtime"
echo "check-package: OK ($deb)"
