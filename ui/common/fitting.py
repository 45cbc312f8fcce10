"""Keeping texts whole on a 1366×768 screen: column titles never cut short in any language."""
from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView, QTreeView


def widen_to_titles(view: QTableView | QTreeView) -> None:
    """Widen every visible column narrower than its title (Russian and Kazakh titles run long)."""
    header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionResizeMode(section) == QHeaderView.ResizeMode.Stretch:
            continue
        if header.sectionSize(section) < header.sectionSizeHint(section):
            header.resizeSection(section, header.sectionSizeHint(section))


def keep_titles_whole(view: QTableView | QTreeView) -> None:
    """Widen the columns to their titles now and whenever the titles change (a language switch)."""
    widen_to_titles(view)
    view.model().headerDataChanged.connect(lambda *_: widen_to_titles(view))
