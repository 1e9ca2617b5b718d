#!/usr/bin/env bash
# Sets up AssetMap from a fresh checkout: the system libraries Qt needs (when run as root on
# Debian), a virtual environment in .venv, and the package with its test extras.
set -euo pipefail
cd "$(dirname "$0")/.."

# Qt widgets, QtWebEngine (Chromium), a virtual screen for screenshots, and poppler for reading PDFs back.
DEBIAN_PACKAGES=(
  python3 python3-venv python3-pip
  libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0
  libnss3 libnspr4 libxcomposite1 libxdamage1 libxext6 libxfixes3 libxrandr2 libxtst6 libbrotli1
  libgbm1 libxcb-dri3-0 libxcb1 libxkbfile1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4
  libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
  xvfb xauth poppler-utils fonts-dejavu-core
  # Packaging (installer/build.sh and smoke.sh): the Windows installer compiler, the icon renderer, and
  # the desktop databases the .deb's menu entry and file types go into.
  nsis librsvg2-bin shared-mime-info desktop-file-utils binutils
  # The team register's tests and benchmarks start a throwaway PostgreSQL server with PostGIS
  # (postgresql-postgis is Debian's PostGIS for its default PostgreSQL).
  postgresql postgresql-postgis
  # ogrinfo: the tests check that GDAL (as QGIS does) reads a server register as point and polygon layers.
  gdal-bin
)
# Renamed in Debian 13 (t64 transition): the first name that exists is installed.
ALTERNATIVES=("libasound2 libasound2t64")

install_debian_packages() {
  local missing=() pkg choice
  for pkg in "${DEBIAN_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  for choice in "${ALTERNATIVES[@]}"; do
    local have=""
    for pkg in $choice; do
      dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" && have=1
    done
    [ -n "$have" ] || missing+=("ALT:$choice")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing system libraries for Qt: ${missing[*]}"
  apt-get update -qq
  local resolved=()
  for pkg in "${missing[@]}"; do
    if [[ $pkg == ALT:* ]]; then
      for choice in ${pkg#ALT:}; do
        if apt-cache show "$choice" >/dev/null 2>&1; then resolved+=("$choice"); break; fi
      done
    else
      resolved+=("$pkg")
    fi
  done
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${resolved[@]}" >/dev/null
}

if [ "$(id -u)" = 0 ] && [ -f /etc/debian_version ] && command -v apt-get >/dev/null; then
  install_debian_packages
fi

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".[test]"
