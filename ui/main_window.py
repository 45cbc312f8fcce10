"""The main window: a navigation list on the left, the chosen area on the right.

Areas are added as their features land (events, people, aid, tournaments,
certificates, sync, reports); there are no empty placeholders.  The window
fits a 1366×768 laptop screen.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QMainWindow, QStackedWidget, QWidget

from ui.exchange.actions import ExchangeActions
from ui.i18n import tr

if TYPE_CHECKING:  # peewee is loaded after the window shows
    from app.db.store import Store


class Area:
    """One entry of the navigation: a key, its translated title and how to build its page.

    Pages are built the first time they are shown, so the window appears fast
    and an area nobody opens costs nothing.
    """

    def __init__(self, key: str, title: Callable[[], str], make: Callable[[], QWidget]) -> None:
        self.key, self.title, self.make = key, title, make
        self.page: QWidget | None = None


class MainWindow(QMainWindow):
    """Tirkeu's main window."""

    def __init__(self, store: Store | None, title_name: str | None = None) -> None:
        super().__init__()
        self.store = store
        self.title_name = title_name
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(200)
        self.nav.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget()
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.areas = [
            Area("home", lambda: tr("MainWindow", "Overview"), self._make_home),
            Area("events", lambda: tr("MainWindow", "Events"), self._make_events),
            Area("people", lambda: tr("MainWindow", "People"), self._make_people),
            Area("aid", lambda: tr("MainWindow", "Aid «Мектепке жол»"), self._make_aid),
            Area("tournaments", lambda: tr("MainWindow", "Tournaments"), self._make_tournaments),
            Area("contests", lambda: tr("MainWindow", "Contests"), self._make_contests),
            Area("organisations", lambda: tr("MainWindow", "Organisations"), self._make_organisations),
            Area("certificates", lambda: tr("MainWindow", "Certificates"), self._make_certificates),
            Area("reports", lambda: tr("MainWindow", "Reports"), self._make_reports),
            Area("sync", lambda: tr("MainWindow", "Sync"), self._make_sync),
            Area("settings", lambda: tr("MainWindow", "Settings"), self._make_settings),
        ]
        for _ in self.areas:
            QListWidgetItem(self.nav)
        self.nav.currentRowChanged.connect(self._show_area)
        self._make_menus()
        self.retranslate()
        self.nav.setCurrentRow(0)
        self.resize(1200, 720)

    def _make_menus(self) -> None:
        self.exchange = ExchangeActions(self)
        self.file_menu = self.menuBar().addMenu("")
        for action in self.exchange.actions():
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.quit_action = QAction(self)
        # setShortcuts takes the standard key as it is; setShortcut(StandardKey) made PySide6 convert it
        # through its slow overload path (20-40 ms at start-up), and it sets all of the platform's keys.
        self.quit_action.setShortcuts(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)
        self.help_menu = self.menuBar().addMenu("")
        self.guide_action = QAction(self)
        self.guide_action.setShortcuts(QKeySequence.StandardKey.HelpContents)
        self.guide_action.triggered.connect(self.show_guide)
        self.help_menu.addAction(self.guide_action)
        self.guide = None
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.about_action)
        self.exchange.finished.connect(self.refresh)

    def _make_home(self) -> QWidget:
        from ui.home.page import HomePage  # when the area is first shown: start-up time

        page = HomePage(self.store)
        page.task.connect(self.do_task)
        return page

    def do_task(self, action: str, event_uid: str = "") -> None:
        """Carry out a task from the overview in its area (after the area has shown)."""
        from app.home.reminders import latest_event_uid  # peewee models: only once a database is open

        if action == "add_participants":
            event_uid = latest_event_uid() or ""
            action = "open_participants" if event_uid else "new_event"
        if action in ("new_event", "open_event", "open_participants"):
            self.show_area("events")
            page = self.area("events")
            if action == "new_event":
                QTimer.singleShot(0, page.new_record)
            else:
                QTimer.singleShot(0, lambda: page.open_record(event_uid, participants=action == "open_participants"))
        elif action == "print_certificates":
            self.show_area("certificates")
            latest = latest_event_uid()  # the day's event, as "Add participants" opens it
            QTimer.singleShot(0, lambda: self.area("certificates").new_record(latest))
        elif action == "write_bundle":
            self.show_area("sync")
            self.area("sync").export_button.setFocus()

    def _make_events(self) -> QWidget:
        from ui.events.page import EventsPage  # when the area is first shown: start-up time

        return self._list_page(EventsPage())

    def _make_people(self) -> QWidget:
        from ui.people.page import PeoplePage  # when the area is first shown: start-up time

        return self._list_page(PeoplePage())

    def _make_aid(self) -> QWidget:
        from ui.aid.page import AidPage  # when the area is first shown: start-up time

        return self._list_page(AidPage())

    def _make_tournaments(self) -> QWidget:
        from ui.tournaments.page import TournamentsArea  # when the area is first shown: start-up time

        return self._list_page(TournamentsArea())

    def _make_contests(self) -> QWidget:
        from ui.contests.page import ContestsArea  # when the area is first shown: start-up time

        return self._list_page(ContestsArea())

    def _make_organisations(self) -> QWidget:
        from ui.organisations.page import OrganisationsArea  # when the area is first shown: start-up time

        return self._list_page(OrganisationsArea())

    def _list_page(self, page: QWidget) -> QWidget:
        page.countChanged.connect(self.statusBar().showMessage)
        return page

    def _make_certificates(self) -> QWidget:
        from ui.certificates.page import CertificatesPage  # when the area is first shown: start-up time

        return self._list_page(CertificatesPage())

    def _make_reports(self) -> QWidget:
        from ui.reports.page import ReportsPage  # QtCharts is loaded here, not at start

        return ReportsPage()

    def _make_sync(self) -> QWidget:
        from ui.sync.page import SyncPage  # when the area is first shown: start-up time

        return SyncPage()

    def _make_settings(self) -> QWidget:
        from ui.settings.page import SettingsPage  # when the area is first shown: start-up time

        return SettingsPage(self.store)

    def attach(self, store: Store) -> None:
        """Give the window its open database and show the chosen area's page."""
        self.store = store
        self.retranslate()
        self._show_area(max(0, self.nav.currentRow()))

    def _page(self, area: Area) -> QWidget:
        if area.page is None:
            area.page = area.make()
            self.stack.addWidget(area.page)
        return area.page

    def _show_area(self, row: int) -> None:
        if 0 <= row < len(self.areas) and self.store is not None:
            # Pages refresh themselves when shown (showEvent), not here.
            page = self._page(self.areas[row])
            self.stack.setCurrentWidget(page)
            self.statusBar().clearMessage()
            if hasattr(page, "_show_count") and getattr(page, "_loaded", False):
                page._show_count()

    def area(self, key: str) -> QWidget:
        """The page of the area ``key`` (built if it was not yet)."""
        return self._page(next(a for a in self.areas if a.key == key))

    @property
    def home(self) -> QWidget:
        """The overview page."""
        return self.area("home")

    @property
    def settings(self) -> QWidget:
        """The settings page."""
        return self.area("settings")

    def show_area(self, key: str) -> None:
        """Switch to the area ``key``."""
        self.nav.setCurrentRow([a.key for a in self.areas].index(key))

    def refresh(self) -> None:
        """Reload what the current page shows (after an import, say)."""
        page = self.stack.currentWidget()
        if hasattr(page, "refresh"):
            page.refresh()

    def show_guide(self) -> None:
        """F1: the short guide of the area on screen, in the interface language."""
        from ui.help.dialog import GuideDialog  # opened on demand: not at start

        row = max(0, self.nav.currentRow())
        if self.guide is None:
            self.guide = GuideDialog(self)
        self.guide.show_area(self.areas[row].key, self.areas[row].title())

    def show_about(self) -> None:
        from ui.about import AboutDialog  # rarely opened: not at start

        AboutDialog(self.store, self).exec()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        # Qt may deliver LanguageChange while the window is still being built.
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "exchange"):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every text in the current language."""
        name = self.title_name or ""
        if self.store is not None:
            from app.installation import get_installation  # the models load once a database is open

            inst = get_installation()
            name = inst.name if inst else name
        self.setWindowTitle(tr("MainWindow", "Tirkeu — {name}").format(name=name))
        for row, area in enumerate(self.areas):
            self.nav.item(row).setText(area.title())
        self.file_menu.setTitle(tr("MainWindow", "&File"))
        self.help_menu.setTitle(tr("MainWindow", "&Help"))
        self.quit_action.setText(tr("MainWindow", "&Quit"))
        self.about_action.setText(tr("MainWindow", "&About Tirkeu"))
        self.guide_action.setText(tr("MainWindow", "&Help for this area"))
        if self.guide is not None and self.guide.isVisible():
            self.show_guide()  # the open guide follows the language
        self.exchange.retranslate()
