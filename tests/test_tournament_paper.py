"""The round on paper: the draw sheet and the ballots, A4 PDFs, every name in Kazakh letters, fonts embedded."""
from __future__ import annotations

import csv
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from app.errors import ValidationError
from app.tournaments import context as ctx
from app.tournaments.codes import find_by_code
from app.tournaments.draw_import import import_draw
from app.tournaments.motions import set_motion
from app.tournaments.paper import print_ballots, print_draw
from app.tournaments.registration import import_teams
from app.tournaments.results import enter_ballot
from app.tournaments.setup import TournamentSettings, create_tournament
from tests.tournament_helpers import ballot_for, cli

needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed "
                                   "(tools/ensure_debs.sh installs it)")
TEAMS = [("Ақ Ғұмыр", "Әбілқайыр Нұрсұлтан", "Ғалымжанова Әсел"), ("Қыран", "Қасымов Іңкәр", "Өтегенова Ұлжан"),
         ("Сұңқар", "Үсенов Ерғали", "Һадиева Мөлдір"), ("Үміт", "Іліясов Дәулет", "Нұрғалиева Аңсаған"),
         ("Өрлеу", "Сәрсенбаев Әлихан", "Ұлықбекова Гүлнұр"), ("Һақ жол", "Бөкейхан Ғазиз", "Жүсіпова Інжу"),
         ("Іңкәр", "Төлеуов Қайрат", "Мұхтарова Әйгерім")]
MOTION = "Бұл палата мектептерде ұялы телефонға тыйым салар еді"
INFO = "Қазақстанның 2024 жылғы бұйрығы бойынша сабақ кезінде телефон жиналады."


def pdf_text(path: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    out = subprocess.run(["pdftotext", *pages, str(path), "-"], check=True, capture_output=True, text=True).stdout
    return " ".join(out.split())


def assert_fonts_embedded(path: Path) -> None:
    fonts = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(line.split()[-5] == "yes" for line in rows), fonts  # the "emb" column
    assert all("DejaVu" in line for line in rows), fonts


@pytest.fixture
def drawn(store, tmp_path):
    """A 7-team Kazakh league, round 1 loaded from a file: one panel of two, one adjudicator, one debate without."""
    t = create_tournament(TournamentSettings(name="«Жас қыран» облыстық пікірсайыс турнирі", leagues=["kk", "ru"],
                                             rounds=3, score_min=60, score_max=80, score_step=0.5))
    teams = tmp_path / "teams.csv"
    with open(teams, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["league", "team", "school", "speaker1", "speaker2"])
        for i, (name, a, b) in enumerate(TEAMS):
            w.writerow(["kk", name, f"№{i + 1} мектеп", a, b])
    import_teams(t, teams)
    draw = tmp_path / "draw.csv"
    with open(draw, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["round", "league", "gov_team", "opp_team", "room", "adjudicators"])
        w.writerow([1, "kk", "Ақ Ғұмыр", "Қыран", "Ауд. 214", "Сейітова Гүлнәр Қанатқызы; Омаров Ерұлан"])
        w.writerow([1, "kk", "Сұңқар", "Үміт", "Ауд. 215", "Әбенова Шұғыла"])
        w.writerow([1, "kk", "Өрлеу", "Һақ жол", "Кітапхана", ""])
        w.writerow([1, "kk", "Іңкәр", "", "", ""])
    import_draw(t, draw)
    set_motion(t, "kk", 1, MOTION, INFO)
    return t


@needs_poppler
@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_the_draw_sheet_names_every_team_room_adjudicator_and_the_motion(drawn, tmp_path, language):
    out = print_draw(drawn, 1, tmp_path / "draw.pdf", lang=language)
    assert (out.pages, out.debates) == (1, 3)
    text = pdf_text(out.path)
    for name, _, _ in TEAMS:
        assert name in text
    for expected in ("Ауд. 214", "Ауд. 215", "Кітапхана", "★ Сейітова Гүлнәр Қанатқызы", "Омаров Ерұлан",
                     "★ Әбенова Шұғыла", "R1-K-01", "R1-K-03", MOTION, INFO, drawn.event.title):
        assert expected in text
    assert {"kk": "Үкімет", "ru": "Правительство", "en": "Government"}[language] in text
    assert_fonts_embedded(out.path)
    info = subprocess.run(["pdfinfo", str(out.path)], check=True, capture_output=True, text=True).stdout
    assert "(A4)" in info


@needs_poppler
def test_ballots_one_per_adjudicator_with_speakers_to_circle_score_range_and_code(drawn, tmp_path):
    out = print_ballots(drawn, 1, tmp_path / "ballots.pdf", lang="kk")
    # Panel of two: two ballots; one adjudicator: one; no adjudicator: one with a blank name; the bye: none.
    assert (out.pages, out.debates) == (4, 3)
    text = pdf_text(out.path)
    for name, a, b in TEAMS[:6]:
        assert name in text and a in text and b in text
    assert "Іңкәр" not in pdf_text(out.path).replace("Қасымов Іңкәр", "")  # the bye team has no ballot
    first, second = pdf_text(out.path, 1), pdf_text(out.path, 2)
    assert "R1-K-01" in first and "R1-K-01" in second
    assert "Сейітова Гүлнәр Қанатқызы" in first and "Омаров Ерұлан" in second
    assert "Премьер-министр" in first and MOTION in first
    assert "○ Әбілқайыр Нұрсұлтан ○ Ғалымжанова Әсел" in first  # roles unknown: circle the speaker
    assert re.search(r"60\D+80\D+0[.,]5", first), first  # the range and the step
    assert "R1-K-03" in pdf_text(out.path, 4)
    assert_fonts_embedded(out.path)


@needs_poppler
def test_a_reprinted_ballot_names_the_speakers_the_first_ballot_gave(drawn, tmp_path):
    debate = find_by_code(drawn, "r1-k-01")
    enter_ballot(drawn, debate, ballot_for(debate, "gov", (72, 71.5, 70, 69)))
    out = print_ballots(drawn, 1, tmp_path / "again.pdf", lang="en", leagues=["kk"])
    first = pdf_text(out.path, 1)
    gov = [p for p in ctx.speakers_by_team([debate.gov_uid])[debate.gov_uid]]
    assert "○" not in first and "Prime Minister Әбілқайыр Нұрсұлтан" in first and gov


def test_printing_a_round_not_drawn_is_refused(drawn, tmp_path):
    with pytest.raises(ValidationError, match="not drawn"):
        print_draw(drawn, 2, tmp_path / "x.pdf")
    with pytest.raises(ValidationError, match="not drawn"):
        print_ballots(drawn, 1, tmp_path / "x.pdf", leagues=["ru"])
    with pytest.raises(ValidationError, match="not one of"):
        print_ballots(drawn, 1, tmp_path / "x.pdf", leagues=["de"])
    assert not (tmp_path / "x.pdf").exists()


@needs_poppler
def test_the_command_line_prints_both_and_show_json_has_rooms_and_motions(drawn, store, tmp_path, capsys):
    import json

    db = store.location
    code, out, err = cli(db, "tournament", "print-draw", drawn.uid, "--round", "1", "--league", "kk",
                         "--out", str(tmp_path / "d.pdf"), "--paper-lang", "ru", capsys=capsys)
    assert code == 0, err
    assert "Правительство" in pdf_text(tmp_path / "d.pdf")
    code, out, err = cli(db, "tournament", "print-ballots", drawn.uid, "--round", "1",
                         "--out", str(tmp_path / "b.pdf"), capsys=capsys)
    assert code == 0 and "4 pages" in out, err
    code, out, _ = cli(db, "tournament", "show", drawn.uid, "--round", "1", "--json", capsys=capsys)
    rows = json.loads(out)
    assert [(r["code"], r["room"], r["chair"]) for r in rows] == [
        ("R1-K-01", "Ауд. 214", "Сейітова Гүлнәр Қанатқызы"), ("R1-K-02", "Ауд. 215", "Әбенова Шұғыла"),
        ("R1-K-03", "Кітапхана", None), ("R1-K-04", None, None)]
    assert {(r["motion"], r["info_slide"]) for r in rows} == {(MOTION, INFO)}
    code, out, _ = cli(db, "tournament", "room", drawn.uid, "R1-K-03", "Акт залы", capsys=capsys)
    assert code == 0
    code, _, err = cli(db, "tournament", "room", drawn.uid, "R1-K-02", "Акт залы", capsys=capsys)
    assert code != 0 and "already has a debate" in err
    code, out, _ = cli(db, "tournament", "motion", drawn.uid, "--round", "2", "--league", "kk", "--text",
                       "Бұл палата үй тапсырмасын жояды", "--json", capsys=capsys)
    assert json.loads(out)["motion"] == "Бұл палата үй тапсырмасын жояды"
    code, out, _ = cli(db, "tournament", "rooms", drawn.uid, "--set", "Ауд. 214; Ауд. 215;Акт залы", "--json",
                       capsys=capsys)
    assert json.loads(out) == ["Ауд. 214", "Ауд. 215", "Акт залы"]
