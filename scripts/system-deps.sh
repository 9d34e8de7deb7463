#!/usr/bin/env bash
# Make sure the Debian/Ubuntu packages the app (run) or the test suite (test) needs are there.
# `dist` adds what building the standalone bundle needs.
# As root with apt-get, missing ones are installed; otherwise we stop with the one line to run.
# Elsewhere (no dpkg: macOS, Windows, other Linux) we say so and carry on: see the README.
set -euo pipefail
mode=${1:-run}

run_pkgs=(
  libegl1 libgl1 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0 fonts-dejavu-core
  libpulse0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0 libxcb-render-util0
  libxcb-shape0 libxcb-xfixes0 libxcb-xinerama0 libxcb-xkb1
)
test_pkgs=(xvfb xdotool x11-utils dbus dbus-daemon dbus-session-bus-common pulseaudio pulseaudio-utils speech-dispatcher speech-dispatcher-espeak-ng espeak-ng
  at-spi2-core python3-pyatspi gir1.2-atspi-2.0 python3-gi
  desktop-file-utils appstream gtk-update-icon-cache)

# PyInstaller reads shared libraries' dependencies with objdump and strips them with strip.
dist_pkgs=(binutils)

pkgs=("${run_pkgs[@]}")
[ "$mode" = test ] && pkgs+=("${test_pkgs[@]}")
[ "$mode" = dist ] && pkgs+=("${dist_pkgs[@]}")
# A system Python needs python3-venv for `python3 -m venv`.
if ! "${PYTHON:-python3}" -c 'import ensurepip, venv' >/dev/null 2>&1; then
  pkgs+=(python3-venv)
fi

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "system-deps: not a Debian/Ubuntu system; install Qt's system libraries yourself (see README)."
  exit 0
fi

missing=()
for pkg in "${pkgs[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

line="apt-get install -y --no-install-recommends ${missing[*]}"
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "system-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends "${missing[@]}"
else
  echo "system-deps: these Debian packages are missing: ${missing[*]}" >&2
  echo "Run this once, then try again:" >&2
  echo "    sudo apt-get update && sudo $line" >&2
  exit 1
fi
