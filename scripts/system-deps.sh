#!/usr/bin/env bash
# Install the system libraries Qt loads, on Debian and Ubuntu, where this user may.
# Elsewhere, or without the right to install, say in one message what is missing.
set -uo pipefail

# shared library -> Debian/Ubuntu package that provides it
LIBS=(
  libEGL.so.1:libegl1 libGL.so.1:libgl1 libglib-2.0.so.0:libglib2.0-0 libdbus-1.so.3:libdbus-1-3
  libfontconfig.so.1:libfontconfig1 libfreetype.so.6:libfreetype6 libxkbcommon.so.0:libxkbcommon0
  libxkbcommon-x11.so.0:libxkbcommon-x11-0 libX11-xcb.so.1:libx11-xcb1 libxcb-cursor.so.0:libxcb-cursor0
  libxcb-icccm.so.4:libxcb-icccm4 libxcb-image.so.0:libxcb-image0 libxcb-keysyms.so.1:libxcb-keysyms1
  libxcb-randr.so.0:libxcb-randr0 libxcb-render-util.so.0:libxcb-render-util0 libxcb-shape.so.0:libxcb-shape0
  libxcb-xfixes.so.0:libxcb-xfixes0 libxcb-xkb.so.1:libxcb-xkb1 libpulse.so.0:libpulse0
)

if ! command -v python3 >/dev/null || ! python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "The kiosk needs Python 3.11 or newer as python3 (on Debian/Ubuntu: apt-get install python3)." >&2
  exit 1
fi

known=$(ldconfig -p 2>/dev/null || /sbin/ldconfig -p 2>/dev/null)
missing=()
for pair in "${LIBS[@]}"; do
  grep -qF "${pair%%:*}" <<<"$known" || missing+=("${pair##*:}")
done
python3 -c 'import ensurepip, venv' 2>/dev/null || missing+=(python3-venv)
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null; then
  echo "Qt needs these system libraries (Debian package names): ${missing[*]}. Install their equivalents." >&2
  exit 0
fi
if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  sudo=(sudo -n)
else
  echo "Qt needs system libraries that are not installed. Please run:" >&2
  echo "  sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "Installing system libraries: ${missing[*]}"
"${sudo[@]}" apt-get update -qq && DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
