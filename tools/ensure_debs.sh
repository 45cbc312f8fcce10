#!/bin/sh
# Install Debian packages only when missing and only as root; otherwise say what to install.
# With no arguments: the packages the tests need —
#   libEGL/libGL/xkbcommon/fontconfig/dbus/glib: Qt's offscreen platform plugin loads them;
#   minisign and age: the tests check bundles with the real tools, as the format document shows;
#   poppler-utils and zbar-tools: certificate tests read PDFs back and scan QR codes;
#   time: /usr/bin/time -v measures the peak memory of hostile-file imports (tests/test_table_limits.py);
#   cups and printer-driver-cups-pdf: printing from the window is checked against a real, private CUPS
#     queue that writes PDFs (tests/gui/test_printing.py, tests/cups_server.py);
#   postgresql: the office-on-a-server tests start a throwaway cluster of their own with its initdb and
#     pg_ctl on 127.0.0.1 in a temporary folder, stopped at the end (tests/pg_server.py); the system's
#     own cluster is not used.
# With arguments: those packages (packaging/ensure_build_debs.sh passes the build's).
set -e
command -v dpkg-query >/dev/null || exit 0  # not Debian: nothing to check here
PKGS="${*:-libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 minisign age poppler-utils zbar-tools time cups printer-driver-cups-pdf postgresql}"
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
