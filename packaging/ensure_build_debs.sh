#!/bin/sh
# Linux build only (make package): the Debian libraries Qt's xcb and wayland platform plugins
# link against, so PyInstaller finds them and puts them in dist/tirkeu (the built program then
# opens its window on a desktop that lacks them); binutils: PyInstaller reads binaries with objdump,
# and packaging/icu_trim.py makes the smaller ICU data library with as and ld; xvfb and xauth:
# make package-test opens the built window on an X server (xvfb-run) as well as offscreen.
exec sh "$(dirname "$0")/../tools/ensure_debs.sh" binutils libxcb-icccm4 libxcb-keysyms1 libxcb-image0 \
  libxcb-render-util0 libxcb-cursor0 libxkbcommon-x11-0 libwayland-cursor0 libwayland-egl1 xvfb xauth
