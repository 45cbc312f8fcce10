"""What the PyInstaller spec leaves out of the built program (imported by ``tirkeu.spec``).

Qt's hooks collect every plugin of every Qt module in use, and each plugin brings the system
libraries it links to (the GTK platform theme alone brings GTK, GDK, cairo, pango, atk, epoxy…).
The program needs only a few plugins; :func:`unwanted_plugin` names the rest, and on Linux
:func:`prune_unlinked` then drops every library that nothing kept links to any more.
"""
from __future__ import annotations

import posixpath
import re
import shutil
import subprocess
from collections.abc import Iterable
from pathlib import Path

# Plugin folders of Qt that the program never loads: the framebuffer/EGL platforms' input and
# device plugins, network status and TLS (the program never opens a connection), SQL drivers.
UNUSED_PLUGIN_FOLDERS = {"generic", "egldeviceintegrations", "networkinformation", "tls", "sqldrivers",
                         "qmltooling", "designer", "multimedia", "position", "sensors", "texttospeech",
                         "renderers", "sceneparsers", "geometryloaders", "renderplugins", "webview",
                         "virtualkeyboard", "canbus", "scxmldatamodel", "qmllint", "help"}

# Folders where only some plugins are wanted (by name without "lib" and the extension).
WANTED_PLUGINS = {
    # the desktop's own (X11, Wayland, Windows) and offscreen (--self-test, tests, scripted starts)
    "platforms": {"qxcb", "qwayland", "qwindows", "qcocoa", "qoffscreen"},
    # no GTK theme (it needs the whole GTK stack); the portal one is small and gives sandboxes
    # (Flatpak, Snap) the desktop's file dialogs
    "platformthemes": {"qxdgdesktopportal"},
    # what a logo or an icon can be (PNG and BMP are built into Qt); no TIFF, WebP, TGA, ICNS, WBMP
    "imageformats": {"qjpeg", "qgif", "qico", "qsvg"},
    # the standard desktop shell and client buffers; the others serve embedded compositors
    "wayland-shell-integration": {"xdg-shell"},
    "wayland-graphics-integration-client": {"qt-plugin-wayland-egl"},
}

# Linux: the desktop's own libraries, taken from the system as PySide6's wheel itself does (pip
# installs it only where they are): the C++ runtime (the system's graphics drivers need its newest
# version), CUPS (must match the system's printing service; without it Qt prints to PDF only),
# D-Bus, GLib's main loop, Xlib, fontconfig and FreeType (they read the system's font settings).
# OpenSSL 3 too: only Python's ssl module links to it, for psycopg's libpq wrapper, and the system's
# libpq loads the system's OpenSSL in the same process (one copy, kept patched by the system).
# The xcb helper libraries and xkbcommon stay in the build: desktops often lack those.
SYSTEM_LIBRARIES = {"libstdc++.so.6", "libgcc_s.so.1", "libcups.so.2", "libdbus-1.so.3", "libglib-2.0.so.0",
                    "libgthread-2.0.so.0", "libX11.so.6", "libX11-xcb.so.1", "libfontconfig.so.1",
                    "libfreetype.so.6", "libssl.so.3", "libcrypto.so.3"}

# Files Qt's hooks add that only Qt Quick or OpenGL without a driver would load (Windows: a 20 MB
# software OpenGL and Direct3D's shader compiler; Widgets, Charts and Pdf never create a GL context).
UNUSED_FILES = {"opengl32sw.dll", "d3dcompiler_47.dll"}


def _plugin_parts(dest: str) -> tuple[str, str] | None:
    """(folder, plugin name) of a Qt plugin's destination, or None for anything else."""
    parts = dest.replace("\\", "/").split("/")
    if "plugins" not in parts[:-2]:
        return None
    folder = parts[parts.index("plugins") + 1]
    stem = parts[-1].split(".")[0]
    return folder, stem.removeprefix("lib")


def unwanted_plugin(dest: str) -> bool:
    """True for a Qt plugin (or a file of Qt's) the program does not use."""
    if posixpath.basename(dest.replace("\\", "/")).lower() in UNUSED_FILES:
        return True
    found = _plugin_parts(dest)
    if found is None:
        return False
    folder, name = found
    if folder in UNUSED_PLUGIN_FOLDERS:
        return True
    wanted = WANTED_PLUGINS.get(folder)
    return wanted is not None and name not in wanted


def needed_libraries(path: str) -> list[str]:
    """The sonames an ELF file links to (its DT_NEEDED entries), read with binutils' objdump."""
    out = subprocess.run(["objdump", "-p", path], capture_output=True, text=True, check=True).stdout
    return re.findall(r"^\s*NEEDED\s+(\S+)", out, flags=re.MULTILINE)


def _is_dependency(dest: str) -> bool:
    """A shared library collected because something links to it (not loaded by name itself)."""
    folder, name = posixpath.split(dest.replace("\\", "/"))
    if not name.startswith("lib") or ".so" not in name or name.startswith("libpython"):
        return False
    return folder in ("", "PySide6/Qt/lib") or folder.endswith(".libs")


def prune_unlinked(entries: Iterable[tuple], system: Iterable[str] = SYSTEM_LIBRARIES,
                   ) -> tuple[list[tuple], list[str]]:
    """Linux: the binaries that stay (``entries``) once libraries nothing kept links to are dropped.

    Python's extension modules, Qt's plugins and the program's own files are the roots; a library
    stays when a root, or a library that stays, names it in DT_NEEDED, unless it is one the
    ``system`` provides (then what only it linked to goes too).  Returns the kept entries and the
    destinations dropped.
    """
    if shutil.which("objdump") is None:
        raise SystemExit("packaging: objdump is missing (Debian: apt-get install binutils)")
    entries = list(entries)
    from_system = set(system)
    by_name: dict[str, list[int]] = {}
    for index, (dest, _src, _kind) in enumerate(entries):
        name = posixpath.basename(dest.replace("\\", "/"))
        if name not in from_system:
            by_name.setdefault(name, []).append(index)
    kept: set[int] = set()
    todo = [i for i, (dest, _src, kind) in enumerate(entries) if kind != "SYMLINK" and not _is_dependency(dest)]
    while todo:
        index = todo.pop()
        if index in kept:
            continue
        kept.add(index)
        dest, src, kind = entries[index]
        if kind == "SYMLINK":  # a link keeps the file it points to
            target = posixpath.normpath(posixpath.join(posixpath.dirname(dest), src))
            todo.extend(i for i in by_name.get(posixpath.basename(target), []) if i not in kept)
            continue
        for soname in needed_libraries(src):
            todo.extend(i for i in by_name.get(soname, []) if i not in kept)
    dropped = [entries[i][0] for i in range(len(entries)) if i not in kept]
    return [entries[i] for i in sorted(kept)], dropped


def drop_dangling_links(entries: Iterable[tuple], dropped: Iterable[str]) -> list[tuple]:
    """``entries`` without the symlinks that point at a dropped file."""
    gone = {d.replace("\\", "/") for d in dropped}
    kept = []
    for dest, src, kind in entries:
        if kind == "SYMLINK":
            target = posixpath.normpath(posixpath.join(posixpath.dirname(dest.replace("\\", "/")), src))
            if target in gone:
                continue
        kept.append((dest, src, kind))
    return kept


def tree_size(folder: Path) -> tuple[int, list[tuple[int, str]]]:
    """Bytes in ``folder`` (files, not following links) and the largest files, biggest first."""
    sizes = [(p.stat().st_size, str(p.relative_to(folder))) for p in folder.rglob("*")
             if p.is_file() and not p.is_symlink()]
    return sum(s for s, _ in sizes), sorted(sizes, reverse=True)
