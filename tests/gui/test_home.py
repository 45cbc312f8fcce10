"""The overview: the day's tasks open where the work is done; reminders name what is due."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton

from app.events.forms import save_event
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, store):
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.show()
    return win


def reminder_texts(home) -> list[str]:
    return [label.text() for label in home.reminders_box.findChildren(QLabel)]


def opened_dialog(qtbot, click) -> dict:
    """Click; the dialog the task opens is looked at (uid, current tab) and closed."""
    seen: dict = {}

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, look)
            return
        tabs = getattr(dialog, "tabs", None)
        seen.update(kind=type(dialog).__name__, uid=getattr(dialog, "uid", None),
                    participants=tabs is not None and tabs.currentWidget() is dialog.attendance)
        dialog.reject()

    QTimer.singleShot(0, look)
    click()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    return seen


def lecture(days_ago: int, title: str):
    day = dt.date.today() - dt.timedelta(days=days_ago)
    return save_event({"title": title, "kind": "lecture", "programme": "legal_culture",
                       "start_date": day.strftime("%d.%m.%Y"), "duration_minutes": "50"})


def test_overview_offers_the_days_tasks_and_the_targets(qtbot, window):
    home = window.home
    qtbot.waitUntil(lambda: bool(home.shown))
    texts = [b.text() for b in home.task_buttons.values()]
    assert texts == ["&New event", "Add &participants", "Print &certificates", "&Write to the USB stick"]
    assert any("Lectures and meetings a month: 0 this month" in t for t in reminder_texts(home))


def test_write_to_usb_goes_to_the_sync_area(qtbot, window):
    qtbot.mouseClick(window.home.task_buttons["write_bundle"], Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.area("sync")


def test_new_event_opens_the_event_form_in_the_events_area(qtbot, window):
    seen = opened_dialog(qtbot, lambda: qtbot.mouseClick(window.home.task_buttons["new_event"],
                                                         Qt.MouseButton.LeftButton))
    assert seen["kind"] == "EventDialog" and seen["uid"] is None
    assert window.stack.currentWidget() is window.area("events")


def test_add_participants_opens_the_latest_event_at_its_participants(qtbot, window):
    lecture(5, "Ерте дәріс")
    latest = lecture(1, "Кешегі дәріс")
    seen = opened_dialog(qtbot, lambda: qtbot.mouseClick(window.home.task_buttons["add_participants"],
                                                         Qt.MouseButton.LeftButton))
    assert seen["uid"] == latest.uid and seen["participants"]


def test_a_reminder_opens_the_event_it_names(qtbot, window):
    empty = lecture(2, "Бос дәріс")
    home = window.home
    home.refresh()
    assert any("«Бос дәріс»" in t and "no participants recorded yet" in t for t in reminder_texts(home))
    assert any("No bundle has been written yet" in t for t in reminder_texts(home))
    button = next(b for b in home.reminders_box.findChildren(QPushButton) if b.text() == "Open the event")
    seen = opened_dialog(qtbot, lambda: qtbot.mouseClick(button, Qt.MouseButton.LeftButton))
    assert seen["uid"] == empty.uid and not seen["participants"]


def test_record_counts_are_one_click_away(qtbot, window):
    home = window.home
    assert not home.counts.isVisibleTo(home)
    qtbot.mouseClick(home.counts_toggle, Qt.MouseButton.LeftButton)
    assert home.counts.isVisibleTo(home) and home.counts.rowCount() > 0
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert all(home.counts.item(r, 1).textAlignment() == right for r in range(home.counts.rowCount()))
    counts = {home.counts.item(r, 0).text(): home.counts.item(r, 1).text() for r in range(home.counts.rowCount())}
    assert counts["Organisations"] == "1" and counts["People"] == "0"  # the school itself; nobody yet


def test_installation_facts_can_be_selected_to_copy(qtbot, window):
    """The facts (role, region…) become selectable by mouse once the overview has shown."""
    home = window.home
    qtbot.waitUntil(lambda: all(label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
                                for label in home.values.values()))
    assert home.values["region"].text() not in ("", "—")


def test_f1_opens_the_guide_of_the_area_on_screen_in_the_interface_language(qtbot, window):
    from app.guide import guide
    from ui.i18n import install_translator

    window.show_area("people")
    qtbot.waitUntil(lambda: not window.guide_action.shortcut().isEmpty())
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.guide is not None and window.guide.isVisible())
    assert window.guide.area == "people"
    assert window.guide.browser.toPlainText().startswith(guide("people", "en").splitlines()[0].lstrip("# "))
    install_translator(QApplication.instance(), "kk")
    QApplication.processEvents()
    assert window.guide.browser.toPlainText().split("\n")[0] == guide("people", "kk").splitlines()[0].lstrip("# ")


def test_the_overview_follows_a_language_switch(qtbot, window):
    from app.i18n import catalog
    from ui.i18n import install_translator

    lecture(2, "Бос дәріс")
    window.home.refresh()
    install_translator(QApplication.instance(), "ru")
    QApplication.processEvents()
    ru = catalog("ru")
    assert window.home.task_buttons["new_event"].text() == ru.translate("Home", "&New event") != "&New event"
    assert any("участники ещё не внесены" in t for t in reminder_texts(window.home))


def test_f1_inside_a_form_opens_its_areas_guide(qtbot, store):
    from app.guide import guide
    from ui.events.dialog import EventDialog
    from ui.help.dialog import GuideDialog

    form = EventDialog()
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    qtbot.keyClick(form.title, Qt.Key.Key_F1)
    shown = form.findChild(GuideDialog)
    assert shown is not None and shown.isVisible() and shown.area == "events"
    assert shown.browser.toPlainText().split("\n")[0] == guide("events", "en").splitlines()[0].lstrip("# ")


def test_print_certificates_from_the_overview_chooses_the_days_event(qtbot, window):
    latest = lecture(0, "Бүгінгі дәріс")
    seen: dict = {}

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, look)
            return
        seen.update(event=dialog.event.currentData(), kind=dialog.kind.currentData())
        dialog.reject()

    QTimer.singleShot(0, look)
    qtbot.mouseClick(window.home.task_buttons["print_certificates"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert seen == {"event": latest.uid, "kind": "participation"}
