"""The Awards tab prints a certificate for every debater and a letter for every coach and adjudicator, before any result."""
from __future__ import annotations

import subprocess

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QMessageBox

from app.models import Certificate
from tests.tournament_helpers import write_teams


def test_participation_and_thanks_from_the_awards_tab(qtbot, store, tmp_path, monkeypatch):
    from app.tournaments.registration import add_adjudicator, import_teams
    from app.tournaments.setup import TournamentSettings, create_tournament
    from ui.tournaments.certificates import TournamentCertificatesDialog
    from ui.tournaments.page import TournamentsArea

    t = create_tournament(TournamentSettings(name="Мектеп турнирі «Жас қыран»", leagues=["kk"]))
    import_teams(t, write_teams(tmp_path / "teams.csv", leagues=("kk",), n=4))
    add_adjudicator(t, "Төрешіұлы Ғалым")
    area = TournamentsArea()
    qtbot.addWidget(area)
    area.show()
    area.list.reload()
    area.list.open_record(t.uid)
    view = area.view
    view.tabs.setCurrentWidget(view.awards)
    awards = view.awards
    awards.language.setCurrentIndex(awards.language.findData("kk"))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    printed: dict[str, tuple[str, int]] = {}

    def print_to_file(dialog: TournamentCertificatesDialog) -> int:
        kind = dialog.kind.currentData()
        assert not dialog.kind.isEnabled()  # the kind is the button's, not a choice
        pdf = tmp_path / f"{kind}.pdf"
        dialog.start(str(pdf))
        qtbot.waitUntil(lambda: dialog.result is not None, timeout=30000)
        printed[kind] = (dialog.windowTitle(), dialog.result.count)
        return 1

    monkeypatch.setattr(TournamentCertificatesDialog, "exec", print_to_file)
    assert awards.participation_button.isVisible() and awards.thanks_button.isVisible()
    qtbot.mouseClick(awards.participation_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(awards.thanks_button, Qt.MouseButton.LeftButton)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert printed["participation"][1] == 8 and "(8)" in printed["participation"][0]
    assert printed["thanks"][1] == 2 + 1  # coaches Жаттықтырушыkk0, …kk1 and the adjudicator
    assert Certificate.select().where(Certificate.kind == "participation").count() == 8
    text = subprocess.run(["pdftotext", str(tmp_path / "thanks.pdf"), "-"], capture_output=True, text=True).stdout
    assert "АЛҒЫС ХАТ" in text and "Төрешіұлы Ғалым" in text and "Мектеп турнирі «Жас қыран»" in text


def test_a_tournament_with_nobody_registered_says_so(qtbot, store, monkeypatch):
    from app.tournaments.setup import TournamentSettings, create_tournament
    from ui.tournaments.page import TournamentsArea

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda parent, title, text, *a, **k: warnings.append(text)))
    t = create_tournament(TournamentSettings(name="Бос турнир", leagues=["kk"]))
    area = TournamentsArea()
    qtbot.addWidget(area)
    area.show()
    area.list.reload()
    area.list.open_record(t.uid)
    area.view.tabs.setCurrentWidget(area.view.awards)
    qtbot.mouseClick(area.view.awards.participation_button, Qt.MouseButton.LeftButton)
    assert len(warnings) == 1 and "register" in warnings[0]
