#!/bin/sh
# Install the Debian packages the tests need, only when missing and only as root.
# libEGL/libGL/xkbcommon/fontconfig/dbus: Qt's offscreen platform plugin loads them;
# minisign and age: the tests check bundles with the real tools, as the format document shows;
# poppler-utils and zbar-tools: the certificate tests read PDFs back (pdftotext, pdffonts, pdftoppm) and scan QR codes (zbarimg).
set -e
PKGS="libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 minisign age poppler-utils zbar-tools"
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing Debian packages:$missing"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q $missing >/dev/null 2>&1 || {
    apt-get update -q >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q $missing >/dev/null; }
else
  echo "Missing Debian packages:$missing (run: sudo apt-get install$missing)" >&2
fi
