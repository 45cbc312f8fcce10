"""Start-up: arguments, the QApplication, the database, set-up, the main window.

Heavy modules (reportlab, openpyxl, cryptography) are imported only when a
feature needs them, so the first window appears about as fast as a bare Qt
window does (``make bench`` measures the ratio).
"""
from __future__ import annotations

import argparse
import gc
import json
import logging
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QLockFile, QThreadPool, QTimer
from PySide6.QtGui import QGuiApplication, QImageReader
from PySide6.QtWidgets import QApplication, QWidget

from app import APP_NAME, __version__
from app.db.address import is_server_address, safe_address
from app.errors import KnownError
from app.fileperms import private_dir, tighten
from app.paths import default_db_path
from ui.i18n import i18n_dir, install_translator, render, tr
from ui.tasks import run_task

log = logging.getLogger("tirkeu.ui")


def parse_args(argv: list[str]) -> argparse.Namespace:
    """The window's own options (Qt's, like -platform, are left to Qt)."""
    parser = argparse.ArgumentParser(prog="python -m ui")
    parser.add_argument("--db", metavar="PATH",
                        help="database file, or postgresql://user@host/name (an office's server)")
    parser.add_argument("--lang", choices=["kk", "ru", "en"], help="language (default: the installation's)")
    # For benchmarks and smoke tests: quit once the window is shown / filled with data.
    parser.add_argument("--quit-after-show", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--quit-after-load", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--no-crash-dialog", action="store_true",
                        help="log unexpected errors without showing a dialog (scripted runs)")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation of the program in a temporary folder (no window), "
                             "print one line of JSON and exit 0, or 1 with the reason")
    parser.add_argument("--self-test-report", metavar="FILE",
                        help="also write the self-test's JSON line to FILE (Windows shows no console)")
    args, _ = parser.parse_known_args(argv[1:])
    return args


def make_application(argv: list[str]) -> QApplication:
    """The QApplication with Tirkeu's names (they decide Qt's data folder)."""
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("")
    app.setApplicationVersion(__version__)
    return app


def _tell(kind: str, title: str, text: str) -> None:
    """A message box of ``kind`` (critical, warning, information) before or without the main window."""
    from PySide6.QtWidgets import QMessageBox  # on use: PySide6 builds its enums at first use (~2 ms)

    getattr(QMessageBox, kind)(None, title, text)


def show_main_window(window: QWidget) -> None:
    """Show the main window maximised: on a 1366×768 laptop every pixel is needed for the lists."""
    window.showMaximized()


def open_store(path: Path):
    """Open the database (a ``Store``), or explain in a dialog why it cannot be opened."""
    from app.db.drivers import import_peewee_for_files

    import_peewee_for_files()  # a file needs no PostgreSQL driver: ~0.1 s less before the overview fills
    from app.db.store import open_database  # peewee and the models: after the window is up

    try:
        return open_database(path)
    except KnownError as exc:
        _tell("critical", tr("Startup", "Tirkeu cannot open the database"), render(exc.msg))
        return None


def run(argv: list[str]) -> int:
    """The whole program: returns the exit code of the event loop.

    A set-up database is only peeked at (standard library, read-only) before
    the main window is shown; the database layer is loaded right after, from
    the event loop, so the window appears without waiting for it.
    """
    args = parse_args(argv)
    if args.self_test:
        return self_test(argv[0] if argv else "tirkeu", args.self_test_report)
    from app.db.guard import peek  # start-up time (see the module's docstring)

    app = make_application(argv)
    if args.db and is_server_address(args.db):
        return run_on_server(app, args)
    path = Path(args.db) if args.db else default_db_path()
    from ui.crash import install, start_log  # start-up time

    install(show_dialog=not args.no_crash_dialog)
    QTimer.singleShot(500, start_log)  # after the first paint; a crash before then still logs (handle)
    lock = single_instance(path)
    if lock is None:
        install_translator(app, args.lang or "kk")
        _tell("information", "Tirkeu", tr("Startup", "Tirkeu is already open with this database. "
                                                              "Use the window that is open."))
        return 1
    try:
        seen = peek(path)
    except KnownError as exc:
        install_translator(app, args.lang or "kk")
        _tell("critical", tr("Startup", "Tirkeu cannot open the database"), render(exc.msg))
        return 1
    install_translator(app, args.lang or seen.language or "kk")
    from ui.main_window import MainWindow  # after the translator is installed: start-up time

    if seen.set_up:
        window = MainWindow(None, title_name=seen.name)
        show_main_window(window)
        if args.quit_after_show:
            QTimer.singleShot(0, app.quit)
            return app.exec()
        QTimer.singleShot(0, lambda: _attach(window, path, args))
    else:
        store = open_store(path)
        if store is None:
            return 1
        from ui.setup.dialog import SetupDialog  # only on the first start

        dialog = SetupDialog(language=args.lang or "kk")
        if not dialog.exec():
            store.close()
            return 0
        if not args.lang:
            install_translator(app, dialog.installation.language)
        window = MainWindow(store)
        show_main_window(window)
        daily_backup(window)
        settled()
        if args.quit_after_load:
            QTimer.singleShot(0, app.quit)
    code = app.exec()

    QThreadPool.globalInstance().waitForDone(30_000)  # a backup still being written finishes first
    if window.store is not None:
        window.store.close()
    lock.unlock()
    return code


def open_server_store(address: str):
    """Open a server database, asking for the password while the server refuses it; None if given up."""
    from app.db.store import open_database  # peewee and psycopg: after the window is up
    from app.errors import LoginRefused
    from ui.server.dialog import ask_password  # only for a server

    while True:
        try:
            return open_database(address)
        except LoginRefused as exc:
            _tell("warning", "Tirkeu", render(exc.msg))
            if ask_password(safe_address(address)) is None:
                return None
        except KnownError as exc:
            _tell("critical", tr("Startup", "Tirkeu cannot open the database"), render(exc.msg))
            return None


def run_on_server(app: QApplication, args: argparse.Namespace) -> int:
    """The window on an office's PostgreSQL database (several staff may have it open at once)."""
    from ui.crash import install, start_log  # start-up time

    install(show_dialog=not args.no_crash_dialog)
    QTimer.singleShot(500, start_log)
    install_translator(app, args.lang or "kk")
    store = open_server_store(args.db.strip())
    if store is None:
        return 1
    from app.installation import get_installation
    from ui.main_window import MainWindow  # after the translator is installed

    inst = get_installation()
    if inst is None:
        from ui.setup.dialog import SetupDialog  # only on the first start

        dialog = SetupDialog(language=args.lang or "kk")
        if not dialog.exec():
            store.close()
            return 0
        inst = dialog.installation
    if not args.lang:
        install_translator(app, inst.language)
    window = MainWindow(store)
    show_main_window(window)
    settled()
    if args.quit_after_load:
        QTimer.singleShot(0, app.quit)
    code = app.exec()
    if window.store is not None:
        window.store.close()
    return code


def single_instance(path: Path):
    """A lock beside the database, so a second start cannot write to it at the same time."""


    private_dir(path.parent, tighten_existing=False)  # a new data folder is the user's only
    lock = QLockFile(str(path.with_name(path.name + ".lock")))
    lock.setStaleLockTime(0)  # a crashed program's lock is recognised by its dead process
    if not lock.tryLock(200):
        return None
    tighten(path.with_name(path.name + ".lock"))  # like the database beside it: 0600
    return lock


def daily_backup(window) -> None:
    """The first start of each day copies the database, in the background."""
    from app.backup import auto_backup  # after the first paint

    store = window.store
    run_task(window, tr("Startup", "Backing up…"), lambda: auto_backup(store))


def settled() -> None:
    """Start-up is over: what it made (modules, classes, the window) lives as long as the program.

    Python's full collections go over every object alive, and one more runs at exit; moved out of
    their sight, start-up's ~31,000 objects cost no collection again (4-5 ms each, and 13-15 ms of
    every exit here, measured).  What is made afterwards is collected as always.
    """
    gc.freeze()


def _attach(window, path: Path, args: argparse.Namespace) -> None:
    store = open_store(path)
    if store is None:
        window.close()
        return
    window.attach(store)
    daily_backup(window)
    settled()
    if args.quit_after_load:
        QTimer.singleShot(0, QApplication.instance().quit)


def self_test(program: str, report_file: str | None = None) -> int:
    """``--self-test``: the core's checks (:mod:`app.selftest`), then Qt's, without a window or a display.

    Prints one line of JSON and returns 0; on failure prints one line with the
    reason on stderr and returns 1.
    """

    from app.selftest import SelfTestError, run_self_test  # only for --self-test

    try:
        with tempfile.TemporaryDirectory(prefix="tirkeu-self-test-") as tmp:
            report = run_self_test(Path(tmp))
            report["qt"] = _qt_self_test(program, Path(tmp) / report["certificates"]["file"])
        code, line = 0, json.dumps(report, ensure_ascii=False)
        report_text = line
    except Exception as exc:  # noqa: BLE001 - every failure becomes the one-line reason
        known = isinstance(exc, (SelfTestError, KnownError))
        reason = " ".join((str(exc) if known else f"{type(exc).__name__}: {exc}").split())
        code, line = 1, f"Tirkeu self-test failed: {reason}"
        report_text = json.dumps({"self_test": "failed", "reason": reason}, ensure_ascii=False)
    if report_file:
        try:
            Path(report_file).write_text(report_text + "\n", encoding="utf-8")
        except OSError as exc:
            code, line = 1, f"Tirkeu self-test failed: cannot write {report_file}: {exc.strerror or exc}"
    stream = _console(sys.stdout if code == 0 else sys.stderr)
    if stream is not None:
        stream.write(line + "\n")
        stream.flush()
    return code


def _qt_self_test(program: str, pdf: Path) -> dict:
    """Qt's part: the platform plugins, the translations (.qm), QtPdf reading the certificates, printing."""

    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator  # --self-test's own checks

    from app.selftest import SelfTestError  # only for --self-test

    if QCoreApplication.instance() is None:
        # No display is needed: "-platform" overrides QT_QPA_PLATFORM.
        app = QGuiApplication([program, "-platform", "offscreen"])  # noqa: F841 - kept alive below
    platforms = QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath) + "/platforms"
    found = sorted(p.name.split(".")[0].removeprefix("lib") for p in Path(platforms).glob("*") if p.is_file())
    native = {"win32": "qwindows", "darwin": "qcocoa"}.get(sys.platform, "qxcb")
    for name in ("qoffscreen", native):
        if name not in found:
            raise SelfTestError(f"the Qt platform plugin {name} is missing from {platforms}")
    qm = {}
    for lang in ("kk", "ru", "en"):
        translator = QTranslator()
        path = i18n_dir() / f"tirkeu_{lang}.qm"
        if not translator.load(str(path)) or translator.isEmpty():
            raise SelfTestError(f"the translation {path} is missing or cannot be loaded")
        qm[lang] = path.stat().st_size
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if not QTranslator().load(f"qtbase_{lang}", qt_dir):
            raise SelfTestError(f"Qt's own translation qtbase_{lang}.qm is missing from {qt_dir}")
    formats = sorted(bytes(f).decode() for f in QImageReader.supportedImageFormats())
    if "jpeg" not in formats:
        raise SelfTestError("Qt cannot read JPEG images (the imageformats plugins are missing)")
    from ui.certificates.pdf_view import render_page  # QtPdf: only for --self-test

    image = render_page(pdf, 0, 300)
    if image.isNull():
        raise SelfTestError(f"QtPdf cannot show {pdf.name}")
    from PySide6.QtPrintSupport import QPrinterInfo  # only for --self-test

    return {"platform": QGuiApplication.platformName(), "platform_plugins": found, "translations": qm,
            "image_formats": formats, "pdf_preview": [image.width(), image.height()],
            "printers": len(QPrinterInfo.availablePrinterNames()), "collation": _kazakh_collation()}


def _kazakh_collation() -> str:
    """Qt's Kazakh collation and case mapping (ICU on Linux, whose data the build trims to kk/ru/en)."""
    from PySide6.QtCore import QCollator, QLocale  # only for --self-test

    from app.selftest import SelfTestError  # only for --self-test

    kazakh = QLocale(QLocale.Language.Kazakh)
    if kazakh.toUpper("әлі іңкәр") != "ӘЛІ ІҢКӘР":
        raise SelfTestError("Qt does not write Kazakh letters in capitals (ICU's case data is missing)")
    # Kazakh order puts і after ы (so after к), the root order after и: only ICU's Kazakh data does this
    if sys.platform.startswith("linux") and QCollator(kazakh).compare("іс", "кім") <= 0:
        raise SelfTestError("Qt's collation has no Kazakh order (ICU's kk collation data is missing)")
    return "kk"


def _console(stream):
    """``stream``, or on Windows' windowed build (no stdout) the console it was started from, if any."""
    if stream is not None:
        return stream

    if sys.platform != "win32":
        return None
    try:
        import ctypes  # Windows only

        if not ctypes.windll.kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS
            return None
        return open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115 - the process ends right after
    except OSError:
        return None
