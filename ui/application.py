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
        if args.quit_after_load:
            QTimer.singleShot(0, app.quit)
    code = app.exec()
    if window.store is not None:
        window.store.close()
    return code


def _attach(window, path: Path, args: argparse.Namespace) -> None:
    store = open_store(path)
    if store is None:
        window.close()
        return
    window.attach(store)
    if args.quit_after_load:
        QTimer.singleShot(0, QApplication.instance().quit)
