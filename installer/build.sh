#!/usr/bin/env bash
# Builds AssetMap for Linux from installer/assetmap.spec, and checks the Windows installer script:
#   dist/AssetMap/                                 the one-folder bundle (PyInstaller)
#   dist/AssetMap-VERSION-linux-x86_64.tar.gz      that folder, for any Linux
#   dist/assetmap_VERSION_amd64.deb                Debian/Ubuntu package: /opt/assetmap, /usr/bin/assetmap,
#                                                  menu entry, icons, and file types for registers and bundles
#   build/nsis/AssetMap-standin-setup.exe          installer/windows/assetmap.nsi compiled with makensis
#                                                  over a stand-in payload, so a broken script fails here
# PYTHON names the interpreter with AssetMap installed (default .venv/bin/python); the packaging extra
# (PyInstaller) is installed into it if missing. Needs dpkg-deb, rsvg-convert (librsvg2-bin) and makensis
# (nsis); installer/setup.sh installs them when run as root.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PYTHON=${PYTHON:-$ROOT/.venv/bin/python}

for tool in dpkg-deb rsvg-convert makensis readelf strip; do
  command -v "$tool" >/dev/null || { echo "build.sh: $tool is missing (apt-get install dpkg librsvg2-bin nsis binutils)" >&2; exit 1; }
done
if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
  "$PYTHON" -m pip install -q --disable-pip-version-check -e ".[package]"
fi
VERSION=$("$PYTHON" -c "import assetmap; print(assetmap.__version__)")
ARCH=amd64
started=$SECONDS

echo "== bundle (PyInstaller, AssetMap $VERSION)"
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller installer/assetmap.spec
BUNDLE=dist/AssetMap
# Symbol tables out of the libraries that still carry them (the Python library above all), but not out
# of those auditwheel patched (vendored in *.libs folders, or finding them through an RPATH to one):
# strip breaks their program headers. PyInstaller's own strip option cannot leave those out.
find "$BUNDLE" -type f \( -name "*.so" -o -name "*.so.*" \) ! -path "*.libs/*" -print0 |
  while IFS= read -r -d '' library; do
    if readelf -S "$library" 2>/dev/null | grep -q '\.symtab' &&
      ! readelf -d "$library" | grep -E 'R(UN)?PATH' | grep -q '\.libs'; then
      strip --strip-unneeded "$library"
    fi
  done
"$BUNDLE/assetmap" --version

echo "== tar.gz"
TARBALL=dist/AssetMap-$VERSION-linux-x86_64.tar.gz
# gzip's best level: 1.3 MB smaller than its default level on this bundle (310.6 against 311.9 MB).
tar -C dist --owner=0 --group=0 -cf - AssetMap | gzip -9 >"$TARBALL"

echo "== deb"
STAGE=build/deb/assetmap_${VERSION}_$ARCH
rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
  "$STAGE/usr/share/mime/packages" "$STAGE/usr/share/doc/assetmap" "$STAGE/usr/share/icons/hicolor/scalable/apps"
cp -a "$BUNDLE" "$STAGE/opt/assetmap"
# QtWebEngine creates this folder when it can (as root); the package owns it, so removal cleans it up.
mkdir -p "$STAGE/opt/assetmap/_internal/PySide6/Qt/resources/locales"
ln -s /opt/assetmap/assetmap "$STAGE/usr/bin/assetmap"
install -m 644 installer/linux/assetmap.desktop "$STAGE/usr/share/applications/assetmap.desktop"
install -m 644 installer/linux/assetmap-mime.xml "$STAGE/usr/share/mime/packages/assetmap.xml"
install -m 644 resources/icons/assetmap.svg "$STAGE/usr/share/icons/hicolor/scalable/apps/assetmap.svg"
for size in 16 22 24 32 48 64 128 256 512; do
  mkdir -p "$STAGE/usr/share/icons/hicolor/${size}x$size/apps"
  rsvg-convert -w "$size" -h "$size" resources/icons/assetmap.svg \
    -o "$STAGE/usr/share/icons/hicolor/${size}x$size/apps/assetmap.png"
done
install -m 644 installer/licences/NOTICE.txt "$STAGE/usr/share/doc/assetmap/copyright"
# The menu, file types and icons are picked up by the triggers of desktop-file-utils, shared-mime-info
# and the icon theme, so the package has no maintainer scripts: removing it cannot touch any register
# (registers live in each user's data folder, never under /opt/assetmap).
# The bundle carries libraries from this machine, so it needs at least this machine's C library.
# awk reads all of ldd's output: "head -n 1" could close the pipe first and fail the build (pipefail).
GLIBC=$(ldd --version | awk 'NR == 1 {print $NF}')
cat > "$STAGE/DEBIAN/control" <<EOF
Package: assetmap
Version: $VERSION
Architecture: $ARCH
Maintainer: AssetMap <assetmap@example.org>
Installed-Size: $(du -sk "$STAGE" | cut -f1)
Section: science
Priority: optional
Depends: libc6 (>= $GLIBC), libegl1, libgl1, libx11-6, libx11-xcb1, libdbus-1-3, libfontconfig1, libfreetype6,
 libglib2.0-0 | libglib2.0-0t64, libxkbcommon0, libxkbcommon-x11-0, libnss3, libnspr4, libxcomposite1,
 libxdamage1, libxext6, libxfixes3, libxrandr2, libxtst6, libasound2 | libasound2t64, libgbm1, libxcb1,
 libxcb-dri3-0, libxkbfile1, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-image0,
 libxcb-render-util0, libxcb-shape0, libxcb-xinerama0, libxcb-randr0
Recommends: shared-mime-info, desktop-file-utils, poppler-utils
Description: map what is strong in a neighbourhood
 AssetMap keeps a register of community assets (people's skills, groups,
 institutions, spaces) on Greater Manchester's ward map, offline, and makes
 abundance maps, reports and shareable HTML maps from it.
EOF
dpkg-deb --root-owner-group -Zzstd --build "$STAGE" "dist/assetmap_${VERSION}_$ARCH.deb" >/dev/null

echo "== Windows installer script (makensis, stand-in payload)"
STANDIN=build/nsis/payload
rm -rf build/nsis && mkdir -p "$STANDIN/_internal/licences"
echo "Stand-in for the Windows build of AssetMap: checks that assetmap.nsi compiles." > "$STANDIN/AssetMap.exe"
cp "$STANDIN/AssetMap.exe" "$STANDIN/assetmap-cli.exe"
cp installer/licences/NOTICE.txt "$STANDIN/_internal/licences/"
makensis -V2 -WX -DVERSION="$VERSION" -DPAYLOAD="$ROOT/$STANDIN" -DOUTFILE="$ROOT/build/nsis/AssetMap-standin-setup.exe" \
  installer/windows/assetmap.nsi

echo "== done in $((SECONDS - started)) s"
du -sh "$BUNDLE" "$TARBALL" "dist/assetmap_${VERSION}_$ARCH.deb"
