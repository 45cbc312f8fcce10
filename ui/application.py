"""Start-up: arguments, the QApplication, the database, set-up, the main window.

Heavy modules (reportlab, openpyxl, cryptography) are imported only when a
feature needs them, so the first window appears about as fast as a bare Qt
window does (``make bench`` measures the ratio).
"""
from __future__ import annotations

import argparse
import logging
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app import APP_NAME, __version__
from app.errors import KnownError
from app.paths import default_db_path
from ui.i18n import install_translator, render, tr

log = logging.getLogger("tirkeu.ui")


def parse_args(argv: list[str]) -> argparse.Namespace:
    """The window's own options (Qt's, like -platform, are left to Qt)."""
    parser = argparse.ArgumentParser(prog="python -m ui")
    parser.add_argument("--db", metavar="PATH", help="database file")
    parser.add_argument("--lang", choices=["kk", "ru", "en"], help="language (default: the installation's)")
    # For benchmarks and smoke tests: quit once the window is shown / filled with data.
    parser.add_argument("--quit-after-show", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--quit-after-load", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--no-crash-dialog", action="store_true",
                        help="log unexpected errors without showing a dialog (scripted runs)")
    args, _ = parser.parse_known_args(argv[1:])
    return args


def make_application(argv: list[str]) -> QApplication:
    """The QApplication with Tirkeu's names (they decide Qt's data folder)."""
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("")
    app.setApplicationVersion(__version__)
    return app


def open_store(path: Path):
    """Open the database (a ``Store``), or explain in a dialog why it cannot be opened."""
    from app.db.store import open_database

    try:
        return open_database(path)
    except KnownError as exc:
        QMessageBox.critical(None, tr("Startup", "Tirkeu cannot open the database"), render(exc.msg))
        return None


def run(argv: list[str]) -> int:
    """The whole program: returns the exit code of the event loop.

    A set-up database is only peeked at (standard library, read-only) before
    the main window is shown; the database layer is loaded right after, from
    the event loop, so the window appears without waiting for it.
    """
    from app.db.guard import peek

    args = parse_args(argv)
    app = make_application(argv)
    path = Path(args.db) if args.db else default_db_path()
    from ui.crash import install, start_log

    install(show_dialog=not args.no_crash_dialog)
    QTimer.singleShot(500, start_log)  # after the first paint; a crash before then still logs (handle)
    lock = single_instance(path)
    if lock is None:
        install_translator(app, args.lang or "kk")
        QMessageBox.information(None, "Tirkeu", tr("Startup", "Tirkeu is already open with this database. "
                                                              "Use the window that is open."))
        return 1
    try:
        seen = peek(path)
    except KnownError as exc:
        install_translator(app, args.lang or "kk")
        QMessageBox.critical(None, tr("Startup", "Tirkeu cannot open the database"), render(exc.msg))
        return 1
    install_translator(app, args.lang or seen.language or "kk")
    from ui.main_window import MainWindow

    if seen.set_up:
        window = MainWindow(None, title_name=seen.name)
        window.show()
        if args.quit_after_show:
            QTimer.singleShot(0, app.quit)
            return app.exec()
        QTimer.singleShot(0, lambda: _attach(window, path, args))
    else:
        store = open_store(path)
        if store is None:
            return 1
        from ui.setup.dialog import SetupDialog

        dialog = SetupDialog(language=args.lang or "kk")
        if not dialog.exec():
            store.close()
            return 0
        if not args.lang:
            install_translator(app, dialog.installation.language)
        window = MainWindow(store)
        window.show()
        daily_backup(window)
        if args.quit_after_load:
            QTimer.singleShot(0, app.quit)
    code = app.exec()
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(30_000)  # a backup still being written finishes first
    if window.store is not None:
        window.store.close()
    lock.unlock()
    return code


def single_instance(path: Path):
    """A lock beside the database, so a second start cannot write to it at the same time."""
    from PySide6.QtCore import QLockFile

    path.parent.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(path.with_name(path.name + ".lock")))
    lock.setStaleLockTime(0)  # a crashed program's lock is recognised by its dead process
    return lock if lock.tryLock(200) else None


def daily_backup(window) -> None:
    """The first start of each day copies the database, in the background."""
    from app.backup import auto_backup
    from ui.tasks import run_task

    store = window.store
    run_task(window, tr("Startup", "Backing up…"), lambda: auto_backup(store))


def _attach(window, path: Path, args: argparse.Namespace) -> None:
    store = open_store(path)
    if store is None:
        window.close()
        return
    window.attach(store)
    daily_backup(window)
    if args.quit_after_load:
        QTimer.singleShot(0, QApplication.instance().quit)
