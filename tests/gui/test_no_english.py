"""No English shown in the Kazakh or Russian window: every area and its main dialogs, every visible text.

Each area of the side list is opened, every tab of it shown in turn, and the
texts a user reads are collected: labels, buttons, group and tab titles,
window titles, placeholders, list and combo items, table headers (and the
first rows' cells: codes must be shown as words too).  The dialogs an area
opens (New… and opening a record) are caught as they open (``exec``) and
walked the same way.  Any Latin word of three letters or more that is not a
name the interface may show as it is (PDF, Excel, Ctrl…) fails the test.
"""
from __future__ import annotations

import re

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QChartView
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from app.demo import make_demo
from ui.common.list_page import ListPage
from ui.main_window import MainWindow

#: Latin words a Kazakh or Russian interface shows as they are: names of programs, formats, keys.
ALLOWED = {"pdf", "xlsx", "xls", "csv", "ods", "usb", "tirkeu", "qr", "apf", "mail", "excel", "libreoffice",
           "windows", "linux", "utf", "json", "sqlite", "ctrl", "alt", "shift", "enter", "tab", "esc", "del",
           "delete", "home", "end", "ins", "minisign", "age", "png", "jpg", "jpeg", "jpe", "card", "pub", "http",
           "https", "whatsapp", "telegram", "instagram", "tiktok", "youtube", "zoom", "google", "meet", "ctrl+n",
           "gov", "opp", "uid", "sha"}
WORD = re.compile(r"(?<![\w\-.@/])[A-Za-z]{3,}(?![\w\-@/])")
FILE_NAME = re.compile(r"\S+\.(json|pdf|csv|xlsx|xls|ods|card|pub|sqlite3|png|jpg)\b|\S+@\S+|https?://\S+"
                       r"|\b(?:[0-9A-F]{4} ){3,}[0-9A-F]{4}\b")  # file names, addresses, key fingerprints
TAGS = re.compile(r"<[^>]+>|&\w+;|\{\w+\}")  # markup, and {placeholders} typed into certificate texts
ENDONYMS = {"Қазақша", "Русский", "English"}
ROMAN = re.compile(r"^[IVXLC]+$")  # «Диплом III степени»
CELL_ROWS = 15  # the first rows of each table: enough to meet every kind of code


def english_words(text: str) -> list[str]:
    """The Latin words of ``text`` a Kazakh or Russian user should not be shown."""
    text = FILE_NAME.sub(" ", TAGS.sub(" ", text or ""))
    return [w for w in WORD.findall(text) if w.lower() not in ALLOWED and not ROMAN.match(w)]


def texts_of(top: QWidget) -> list[tuple[str, str]]:
    """(where, text) of everything shown in ``top`` now (hidden widgets left out)."""
    found: list[tuple[str, str]] = [(f"{type(top).__name__} title", top.windowTitle())]

    def seen(w: QWidget) -> bool:
        return w is top or w.isVisibleTo(top)

    for w in [top, *top.findChildren(QWidget)]:
        if not seen(w):
            continue
        name = f"{type(w).__name__} {w.objectName()}".strip()
        if isinstance(w, QLabel):
            found.append((name, w.text()))
        elif isinstance(w, QAbstractButton):
            found.append((name, w.text()))
        elif isinstance(w, QGroupBox):
            found.append((name, w.title()))
        elif isinstance(w, QLineEdit | QPlainTextEdit):
            found.append((name + " placeholder", w.placeholderText()))
        if isinstance(w, QTabWidget):
            found += [(name + " tab", w.tabText(i)) for i in range(w.count()) if w.isTabVisible(i)]
        elif isinstance(w, QComboBox):
            items = [w.itemText(i) for i in range(w.count())]
            if ENDONYMS <= set(items):  # a language switcher names each language in itself
                items = [t for t in items if t not in ENDONYMS]
            found += [(name + " item", t) for t in items]
        elif isinstance(w, QListWidget):
            found += [(name + " item", w.item(i).text()) for i in range(min(w.count(), 50))]
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            for c in range(model.columnCount()):
                if hasattr(w, "isColumnHidden") and w.isColumnHidden(c):
                    continue
                found.append((name + " header", str(model.headerData(c, Qt.Orientation.Horizontal) or "")))
                for r in range(min(model.rowCount(), CELL_ROWS)):
                    value = model.data(model.index(r, c))
                    if isinstance(value, str):
                        found.append((name + " cell", value))
    for view in [v for v in top.findChildren(QChartView) if seen(v)]:
        chart = view.chart()
        found.append(("chart title", chart.title()))
        for axis in chart.axes():
            if isinstance(axis, QBarCategoryAxis):
                found += [("chart axis", text) for text in axis.categories()]
        for series in chart.series():
            found.append(("chart series", series.name()))
            for bar in series.barSets() if hasattr(series, "barSets") else []:
                found.append(("chart bars", bar.label()))
    if isinstance(top, QMainWindow):
        for menu in top.menuBar().findChildren(QWidget):
            found += [("menu", a.text()) for a in menu.actions()]
        found += [("menu bar", a.text()) for a in top.menuBar().actions()]
    return found


def walk(top: QWidget, where: str, problems: list[str]) -> None:
    """Collect the English in ``top`` with every tab shown in turn (the tabs left as found)."""
    def collect() -> None:
        QCoreApplication.processEvents()
        for place, text in texts_of(top):
            for word in english_words(text):
                problems.append(f"{where} · {place}: {word!r} in {text[:90]!r}")

    collect()
    for tabs in [t for t in top.findChildren(QTabWidget) if t.isVisibleTo(top)]:
        current = tabs.currentIndex()
        for i in range(tabs.count()):
            if i != current and tabs.isTabVisible(i) and tabs.isTabEnabled(i):
                tabs.setCurrentIndex(i)
                collect()
        tabs.setCurrentIndex(current)


@pytest.fixture
def window(qtbot, qapp, store, lang):
    from ui.i18n import install_translator

    install_translator(qapp, lang)  # as the program starts: in the installation's language
    make_demo(seed=3, people=40)
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    yield win
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_no_english_word_in_any_area_or_its_dialogs(qtbot, window, monkeypatch, lang):
    problems: list[str] = []
    opened: list[str] = []
    walked: set[str] = set()  # areas whose first record was opened too

    def caught(dialog: QDialog) -> int:  # a dialog an area opens: walked, then closed unchanged
        dialog.show()
        opened.append(type(dialog).__name__)
        walk(dialog, f"{area} › {type(dialog).__name__}", problems)
        dialog.hide()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QDialog, "exec", caught)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: walk(self, f"{area} › message", problems) or 0)
    for area in [a.key for a in window.areas]:
        window.show_area(area)
        page = window.stack.currentWidget()
        if hasattr(page, "busy"):  # the reports: computed in the background when shown
            qtbot.waitUntil(lambda shown=page: not shown.busy(), timeout=60000)
        walk(window, area, problems)
        for lister in [page] * isinstance(page, ListPage) + page.findChildren(ListPage):  # each list in the area
            if lister.new_button.isVisibleTo(window) and lister.new_button.isEnabled():
                qtbot.mouseClick(lister.new_button, Qt.MouseButton.LeftButton)
            if lister.model.ids:
                lister.open_record(lister.model.ids[0])  # the first record, as Enter on the list opens it
                walk(window, f"{area} record", problems)
                walked.add(area)
    area = "more"
    window.show_about()
    window.area("reports").open_targets()
    from ui.certificates.dialog import GenerateDialog
    from ui.setup.dialog import SetupDialog

    generate = GenerateDialog()
    qtbot.addWidget(generate)
    generate.edit_texts()  # the certificate texts' editor

    setup = SetupDialog(lang)  # the first start
    qtbot.addWidget(setup)
    setup.show()
    walk(setup, "set-up", problems)
    assert {"EventDialog", "PersonDialog", "GenerateDialog", "AboutDialog", "TournamentDialog", "ContestDialog",
            "TargetsDialog", "TemplateTextsDialog", "RecipientDialog", "OrganisationDialog"} <= set(opened), opened
    assert {"events", "people", "aid", "tournaments", "contests", "organisations"} <= walked, walked
    assert not problems, f"English shown in the {lang} window:\n" + "\n".join(sorted(set(problems)))


def test_the_check_finds_english():
    assert english_words("Recipient's Name") == ["Recipient", "Name"]
    assert english_words("Сақтау (Ctrl+S), PDF, tirkeu-identity.json, e-mail") == []
    assert english_words("Оқушы — pupil") == ["pupil"]


def test_chart_months_are_written_as_the_language_writes_them():
    from ui.reports.charts import month_labels

    assert month_labels(["2026-09", "2026-10"], "kk") == ["қыр.", "қаз."]
    assert month_labels(["2026-09", "2026-10"], "ru") == ["сент.", "окт."]
    assert month_labels(["2025-12", "2026-01"], "ru") == ["дек. 2025", "янв. 2026"]  # the year when it changes
