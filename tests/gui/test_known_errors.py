"""A KnownError reaching the window's edge is a warning with its own message, never "an error it did not expect"."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from tests.sync_helpers import make, opened
from tests.test_environment_commands import Holder


def test_changing_the_language_while_another_program_writes_says_close_it(qtbot, tmp_path, dialogs):
    from app.installation import get_installation
    from ui.i18n import current_language
    from ui.settings.page import SettingsPage

    school = make(tmp_path, "school")
    with opened(school) as store:
        store.db.execute_sql("PRAGMA busy_timeout = 300")
        page = SettingsPage(store)
        qtbot.addWidget(page)
        before = current_language()
        saved = get_installation().language
        other = next(i for i in range(page.language.count()) if page.language.itemData(i) not in (before, saved))
        holder = Holder("immediate", school)  # a second process in the middle of writing
        try:
            page.language.setCurrentIndex(other)  # the slot runs at once, inside this call
        finally:
            holder.release()
        assert [kind for kind, _ in dialogs] == ["warning"], dialogs
        text = dialogs[0][1]
        assert "is busy" in text and "Close the other program" in text, text
        assert "did not expect" not in text
        # Nothing was saved, and the window still says so: the language in use stays chosen.
        assert current_language() == before
        assert page.language.currentData() == before
        assert get_installation().language == saved


def test_the_slot_helper_shows_known_errors_and_leaves_bugs_to_the_crash_handler(qtbot, dialogs):
    from app.errors import UsageError
    from app.i18n import Msg
    from ui.common.errors import shows_errors

    class Page(QWidget):
        @shows_errors(lambda: "Title")
        def refused(self, checked: bool = False) -> None:
            raise UsageError(Msg("Test", "Refused: {why}", why="because"))

        @shows_errors()
        def broken(self) -> None:
            raise ZeroDivisionError

    page = Page()
    qtbot.addWidget(page)
    assert page.refused(True, "extra signal argument") is None
    assert dialogs == [("warning", "Refused: because")]
    with pytest.raises(ZeroDivisionError):
        page.broken()
