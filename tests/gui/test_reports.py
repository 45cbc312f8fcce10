"""The Reports area: compute in the background, marks, failing events, charts, files, targets.

A region office of Turkistan (KZ-61), today pinned to 1 December 2026.  In
September 2026: five lectures of 45 minutes with 20 people each (target
≥ 5 a month: met) and one of 90 minutes (breaks the 40–60 minutes rule).
"""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from app.models import AidRecipient
from tests.gui.conftest import type_text
from tests.reports_world import attend, event, org, person
from ui.main_window import MainWindow
from ui.reports.indicators_view import MARK, VALUE

D = dt.date
TODAY = D(2026, 12, 1)


@pytest.fixture
def office(empty_store):
    from app.installation import init_installation

    init_installation("office", "Түркістан облысы білім басқармасы", "KZ-61", None, "Сейітова Ә.", "kk")
    return empty_store


@pytest.fixture
def data(office) -> dict:
    school = org("№1 мектеп", "school", district="Сайрам ауданы")
    people = [person(f"Қатысушы{i:02d}", school=school) for i in range(1, 21)]
    for day in (3, 10, 17, 24, 25):
        attend(event("lecture", D(2026, 9, day), 45), people)
    long = event("lecture", D(2026, 9, 28), 90, title="Ұзақ дәріс")
    attend(long, people)
    child = person("Бала", school=school)
    AidRecipient(person=child, family_categories="low_income", school=school,
                 identified_date=D(2026, 8, 1)).save()
    return {"school": school, "long": long}


@pytest.fixture
def page(qtbot, office, data, monkeypatch, no_unsaved_question):
    from ui.reports.page import ReportsPage

    monkeypatch.setattr(ReportsPage, "fixed_today", TODAY)
    window = MainWindow(office)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.show_area("reports")
    page = window.area("reports")
    qtbot.waitUntil(lambda: page.report is not None and not page.busy(), timeout=15000)
    return page


def compute(qtbot, page, period: str) -> None:
    before = page.report
    page.period.lineEdit().clear()
    type_text(page.period.lineEdit(), period)
    page.refresh_button.click()
    qtbot.waitUntil(lambda: page.report is not before and not page.busy(), timeout=15000)


def test_indicators_marks_failing_events_and_charts(qtbot, page, data, monkeypatch):
    assert page.report.period.label == "2026"  # this year, by the pinned day
    assert page.scope.isEnabled() and page.scope.count() > 2  # region, its districts, its schools
    compute(qtbot, page, "2026-09")
    assert page.report.period.label == "2026-09"
    item = page.indicators.find_item("legal_culture.lectures", "2026-09")
    assert item.text(VALUE) == "5" and item.text(MARK) == "✔ met"
    assert item.foreground(MARK).color().name() == "#1b5e20"  # green, and the word too
    page.indicators.tree.setCurrentItem(item)
    failing = page.indicators.failing
    assert failing.rowCount() == 1 and failing.item(0, 0).text() == "Ұзақ дәріс"
    assert failing.item(0, 3).text() == "90" and "90 minutes" in failing.item(0, 4).text()
    assert failing.item(0, 2).text() == "20"
    # The event opens in its form (closed at once here).
    from ui.events.dialog import EventDialog

    opened = []
    monkeypatch.setattr(EventDialog, "exec", lambda self: opened.append(self) or 0)
    failing.selectRow(0)
    page.indicators.open_button.click()
    assert len(opened) == 1
    # Charts: events per month with the target line, coverage, aid by category.
    charts = page.charts.charts
    assert len(charts["months"].series()) == 2  # the bars and the target line
    bars = charts["months"].series()[0].barSets()[0]
    assert bars.at(0) == 5
    assert charts["coverage"].series() and charts["aid"].series()
    # Tables: numbers right-aligned.
    page.tables.show_table("lc_kinds")
    model = page.tables.model
    assert model.rowCount() >= 2
    align = model.data(model.index(0, 1), Qt.ItemDataRole.TextAlignmentRole)
    assert align & int(Qt.AlignmentFlag.AlignRight)


def test_bad_period_shows_the_core_message(qtbot, page):
    before = page.report
    page.period.lineEdit().clear()
    type_text(page.period.lineEdit(), "сентябрь")
    page.refresh_button.click()
    assert not page.busy() and page.report is before
    assert "is not a period" in page.status.text()


def test_export_xlsx(qtbot, page, tmp_path, monkeypatch):
    from openpyxl import load_workbook

    target = tmp_path / "indicators"  # the suffix is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Close)
    page.export_buttons["xlsx"].click()
    qtbot.waitUntil(lambda: bool(page.written) and not page.busy(), timeout=20000)
    path = tmp_path / "indicators.xlsx"
    assert page.written == [path] and path.is_file() and asked
    book = load_workbook(path)
    assert len(book.sheetnames) > 3


def test_office_sets_a_region_target_and_the_mark_changes(qtbot, page, monkeypatch):
    from ui.reports.targets_dialog import OWN, TargetsDialog

    compute(qtbot, page, "2026-09")
    seen = {}

    def fake_exec(dialog):
        row = dialog.row_of("legal_culture.lectures")
        seen["editable"] = bool(dialog.table.item(row, OWN).flags() & Qt.ItemFlag.ItemIsEditable)
        dialog.set_value("legal_culture.lectures", "6")
        return 1 if dialog.save() else 0

    monkeypatch.setattr(TargetsDialog, "exec", fake_exec)
    before = page.report
    page.targets_button.click()
    assert seen["editable"]
    qtbot.waitUntil(lambda: page.report is not before and not page.busy(), timeout=15000)
    item = page.indicators.find_item("legal_culture.lectures", "2026-09")
    assert item.text(VALUE) == "5" and item.text(MARK) == "✘ not met"
    assert "≥ 6" in item.text(3)


def test_language_change_relabels_without_the_database(qtbot, page, qapp):
    from app.db.store import current_store
    from ui.i18n import install_translator

    compute(qtbot, page, "2026-09")
    queries: list[str] = []
    connection = current_store().db.connection()
    connection.set_trace_callback(queries.append)
    try:
        install_translator(qapp, "kk")
        QApplication.processEvents()
    finally:
        connection.set_trace_callback(None)
    assert page.tabs.tabText(0) and page.indicators.tree.topLevelItemCount() == 6
    # (The main window re-reads its own title from the installation; the page reads nothing.)
    assert not [q for q in queries if "SELECT" in q.upper() and '"installation"' not in q], queries[:3]


def test_a_school_sees_its_targets_read_only(qtbot, store, monkeypatch):
    from ui.reports.page import ReportsPage
    from ui.reports.targets_dialog import OWN, TargetsDialog

    monkeypatch.setattr(ReportsPage, "fixed_today", TODAY)
    page = ReportsPage()
    qtbot.addWidget(page)
    assert not page.scope.isEnabled() and page.current_scope().level == "school"
    dialog = TargetsDialog("KZ-61", editable=False)
    qtbot.addWidget(dialog)
    row = dialog.row_of("legal_culture.lectures")
    assert not dialog.table.item(row, OWN).flags() & Qt.ItemFlag.ItemIsEditable
    assert dialog.table.item(row, 3).text() == "≥ 5"
