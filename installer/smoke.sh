#!/usr/bin/env bash
# Checks the built Debian package the way a user gets it: installs dist/assetmap_*_amd64.deb, then runs
# only the installed files (from a temporary folder, with a clean environment and, as root, no network
# at all) and removes the package again, also when a check fails.
#   1. assetmap --version
#   2. assetmap self-test: demo register, window and map (off screen), CSV import, GeoPackage export,
#      Stockport report PDF read back with pdftotext, HTML map
#   3. the menu entry's Exec line with a register's path, as a file manager opens it on a double-click
#   4. a one-district report typeset by Typst, in Urdu and Polish when the report has --language (else
#      English), read back with pdftotext: a ward's name, Urdu script, a Polish date (Babel's data)
#   5. a command's error message in Polish with --language pl
#   6. removing the package leaves the registers where they are
# Run as root (it installs a package), after installer/build.sh. Usage: installer/smoke.sh [PACKAGE.deb]
set -euo pipefail
cd "$(dirname "$0")/.."
DEB=${1:-$(ls -t dist/assetmap_*_amd64.deb 2>/dev/null | awk 'NR == 1')}
[ -n "$DEB" ] && [ -f "$DEB" ] || { echo "smoke.sh: no package; run installer/build.sh first" >&2; exit 1; }
[ "$(id -u)" = 0 ] || { echo "smoke.sh: run as root (it installs $DEB)" >&2; exit 1; }
if dpkg-query -W -f='${Status}' assetmap 2>/dev/null | grep -q "install ok installed"; then
  echo "smoke.sh: assetmap is already installed here; remove it first (the smoke test removes what it installs)" >&2
  exit 1
fi
DEB=$(realpath "$DEB")
WORK=$(mktemp -d /tmp/assetmap-smoke.XXXXXX)
started=$SECONDS
APP_PID=""

cleanup() {
  local status=$?
  if [ -n "$APP_PID" ]; then kill -- "-$APP_PID" 2>/dev/null || true; fi
  if dpkg-query -W -f='${Status}' assetmap 2>/dev/null | grep -q "install ok installed"; then
    DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq assetmap >/dev/null || dpkg -r assetmap
  fi
  rm -rf "$WORK"
  if [ "$status" = 0 ]; then echo "== smoke test passed in $((SECONDS - started)) s"; else echo "== smoke test FAILED" >&2; fi
}
trap cleanup EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }

echo "== install $(basename "$DEB")"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$DEB" >/dev/null
for file in /usr/bin/assetmap /opt/assetmap/assetmap /usr/share/applications/assetmap.desktop \
  /usr/share/mime/packages/assetmap.xml /usr/share/icons/hicolor/scalable/apps/assetmap.svg \
  /usr/share/icons/hicolor/48x48/apps/assetmap.png /opt/assetmap/_internal/licences/NOTICE.txt; do
  [ -e "$file" ] || fail "$file was not installed"
done
if command -v update-mime-database >/dev/null; then
  grep -q "application/x-assetmap-register:\*\.assetmap$" /usr/share/mime/globs2 || fail "the .assetmap file type is not in the MIME database"
  grep -q "application/x-assetmap-bundle:\*\.assetmap-bundle$" /usr/share/mime/globs2 || fail "the .assetmap-bundle file type is not in the MIME database"
  echo "file types: .assetmap and .assetmap-bundle are in the MIME database"
fi

# Only the installed files: a clean environment (no virtualenv, no PYTHONPATH), a folder of our own, and
# as root no network at all, which also proves AssetMap works offline.
mkdir -p "$WORK/home"
cd "$WORK"
CLEAN=(env -i PATH=/usr/bin:/bin HOME="$WORK/home" LANG=C.UTF-8 QTWEBENGINE_DISABLE_SANDBOX=1)
OFFLINE=(unshare -n)

echo "== assetmap --version"
"${OFFLINE[@]}" "${CLEAN[@]}" assetmap --version

echo "== assetmap self-test (offline)"
"${OFFLINE[@]}" "${CLEAN[@]}" assetmap self-test

echo "== open a register as the file manager does (the menu entry's Exec line)"
REGISTER="$WORK/Open me by path.assetmap"
"${OFFLINE[@]}" "${CLEAN[@]}" ASSETMAP_HOME="$WORK/build-home" assetmap demo --register "$REGISTER" >/dev/null
EXEC_LINE=$(sed -n 's/^Exec=//p' /usr/share/applications/assetmap.desktop)
read -r -a EXEC <<<"$EXEC_LINE"
for i in "${!EXEC[@]}"; do [ "${EXEC[$i]}" = "%f" ] && EXEC[i]=$REGISTER; done
echo "Exec: ${EXEC[*]}"
OPEN_HOME="$WORK/open-home"
# Someone who has started AssetMap before: the first start asks who is using it before any window opens.
mkdir -p "$OPEN_HOME/config"
printf '{"user_name": "Smoke test"}' >"$OPEN_HOME/config/preferences.json"
setsid "${OFFLINE[@]}" "${CLEAN[@]}" ASSETMAP_HOME="$OPEN_HOME" QT_QPA_PLATFORM=offscreen "${EXEC[@]}" \
  >"$WORK/open.out" 2>&1 &
APP_PID=$!
LOG="$OPEN_HOME/logs/assetmap.log"
for _ in $(seq 1 240); do
  grep -q "map ready with 4211 assets" "$LOG" 2>/dev/null && break
  kill -0 "$APP_PID" 2>/dev/null || break
  sleep 0.5
done
grep -q "map ready with 4211 assets" "$LOG" 2>/dev/null || { tail -n 20 "$WORK/open.out" >&2; fail "the window did not open the register by its path"; }
[ ! -e "$OPEN_HOME/data/register.assetmap" ] || fail "the default register was opened, not the one given"
kill -- "-$APP_PID" 2>/dev/null || true
wait "$APP_PID" 2>/dev/null || true
APP_PID=""
echo "the window opened $(basename "$REGISTER") and drew its 4,211 assets"

echo "== a one-district report (Stockport) made by the installed app, offline"
# In each language the report speaks: Urdu (Noto Naskh Arabic, Babel's "ur" numbers) and Polish (Babel's
# "pl" long date) when "assetmap report" has --language, else English. pdftotext reads the pages back.
REPORT_HOME="$WORK/report-home"
if "${CLEAN[@]}" assetmap report --help 2>/dev/null | grep -q -- "--language"; then
  REPORT_LANGUAGES=(ur pl)
else
  REPORT_LANGUAGES=(en)
fi
for code in "${REPORT_LANGUAGES[@]}"; do
  PDF="$WORK/stockport-$code.pdf"
  LANGUAGE_OPTION=()
  [ "$code" = en ] || LANGUAGE_OPTION=(--language "$code")
  "${OFFLINE[@]}" "${CLEAN[@]}" ASSETMAP_HOME="$REPORT_HOME" QT_QPA_PLATFORM=offscreen \
    assetmap report --register "$REGISTER" --area Stockport "${LANGUAGE_OPTION[@]}" -q -o "$PDF" ||
    fail "the $code report of Stockport could not be made"
  TEXT=$(pdftotext -enc UTF-8 "$PDF" - 2>/dev/null) || fail "pdftotext cannot read the $code report"
  grep -q "Bramhall North" <<<"$TEXT" || fail "the $code report does not name the ward Bramhall North"
  case $code in
    # Urdu script in the text (the catalogue's words, shaped with Noto Naskh Arabic).
    ur) LC_ALL=C.UTF-8 grep -qP '[\x{0600}-\x{06FF}]' <<<"$TEXT" || fail "the Urdu report has no Urdu text" ;;
    # The report's date as Babel writes it for Polish ("2 grudnia 2026").
    pl) grep -qE '[0-9]{1,2} (stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia) [0-9]{4}' <<<"$TEXT" ||
      fail "the Polish report has no date written in Polish" ;;
  esac
  echo "report ($code): $(basename "$PDF"), $(stat -c %s "$PDF") bytes, names Bramhall North"
done

echo "== the command line's own messages in the language asked for"
# A command's error, in English and then with --language pl: the same register named, other words.
MISSING="$WORK/no-such-folder/absent.assetmap"
if "${OFFLINE[@]}" "${CLEAN[@]}" ASSETMAP_HOME="$REPORT_HOME" assetmap report --register "$MISSING" -q \
  -o "$WORK/none.pdf" 2>"$WORK/error-en.txt"; then fail "a report of a missing register was made"; fi
if "${OFFLINE[@]}" "${CLEAN[@]}" ASSETMAP_HOME="$REPORT_HOME" assetmap --language pl report --register "$MISSING" \
  -q -o "$WORK/none.pdf" 2>"$WORK/error-pl.txt"; then fail "a report of a missing register was made"; fi
grep -qF "$MISSING" "$WORK/error-pl.txt" || fail "the Polish error does not name the register"
cmp -s "$WORK/error-en.txt" "$WORK/error-pl.txt" && fail "the command's error is the same in English and Polish"
echo "error (pl): $(head -c 200 "$WORK/error-pl.txt")"

echo "== remove the package"
cd /
DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq assetmap >/dev/null
[ ! -e /opt/assetmap ] && [ ! -e /usr/bin/assetmap ] || fail "files remain after removing the package"
[ -f "$REGISTER" ] || fail "removing the package touched a register"
echo "removed; the register $(basename "$REGISTER") is still there"
