#!/bin/sh
# Linux build only (make package): the Debian libraries Qt's xcb and wayland platform plugins
# link against, so PyInstaller finds them and puts them in dist/tirkeu (the built program then
# opens its window on a desktop that lacks them); binutils: PyInstaller reads binaries with objdump.
# Installed only when missing and only as root; otherwise says what to install and goes on.
set -e
command -v dpkg-query >/dev/null || exit 0  # not Debian: nothing to check here
PKGS="binutils libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-cursor0 libxkbcommon-x11-0 libwayland-cursor0 libwayland-egl1"
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing Debian packages for the build:$missing"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q $missing >/dev/null 2>&1 || {
    apt-get update -q >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q $missing >/dev/null; }
else
  echo "Missing Debian packages (the Linux build will lack them):$missing (run: sudo apt-get install$missing)" >&2
fi
