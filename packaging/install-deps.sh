#!/usr/bin/env bash
# Installs everything Keyway needs to build, run and test on Debian 12, from Debian's own packages.
# Usage: packaging/install-deps.sh [--runtime-only]
# Safe to run again: apt-get skips what is already installed.
set -euo pipefail

build_packages=(
  cmake ninja-build g++ pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-networkauth-dev qt6-httpserver-dev qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev libxkbcommon-dev
  qtkeychain-qt6-dev libsecret-1-0
  libssl-dev libsimdjson-dev libfyaml-dev
  clang-format ccache
  # sanitizer and fuzzing builds (libFuzzer), packaging checks
  clang-14 libclang-rt-14-dev llvm-14 lintian dpkg-dev fakeroot file
)
test_packages=(
  # GUI tests and screenshots
  xvfb xauth fonts-dejavu-core qt6-qpa-plugins
  # a real keychain for tests: gnome-keyring in a private D-Bus session
  gnome-keyring dbus libsecret-tools
  # the resource server written for the tests (FastAPI's own security classes)
  python3 python3-fastapi python3-uvicorn python3-jose python3-jwt python3-passlib python3-multipart
  python3-httpx
  # the OpenID Provider under tests/peers is installed with npm ci
  curl ca-certificates
  # desktop metadata validation
  appstream desktop-file-utils
)

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi

export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${build_packages[@]}" "${test_packages[@]}"

# Node.js and npm run the OpenID Provider used by the tests. Keep a Node.js that is already there
# (it may come from another source); otherwise take Debian's.
if ! command -v node >/dev/null 2>&1; then
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends nodejs npm
fi
