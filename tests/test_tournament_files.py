"""Teams and results files: all or nothing, every bad row named; people of the register reused."""
from __future__ import annotations

from pathlib import Path

import pytest

from app.errors import FileFormatError, ValidationError
from app.models import Ballot, Team
from app.tournaments.registration import import_teams
from app.tournaments.results import import_results
from app.tournaments.rounds import make_draw
from app.tournaments.setup import TournamentSettings, create_tournament
from app.tournaments.tab import award_list
from tests.tournament_helpers import small, write_results  # noqa: F401 (small is a fixture)


def test_registration_files_are_all_or_nothing(small, tmp_path):
    t = small
    before = Team.select().count()
    dup = tmp_path / "dup.csv"
    dup.write_text("league,team,school,speaker1,speaker2,coach\n"
                   "kk,Жаңа,№1,Ахмет Ержан,Бекова Сая,\n"
                   "kk,Қыран,№2,Тоқтар Әли,Сейт Айым,\n"
                   "kk,ҚЫРАН,№3,Нұр Бақыт,Ай Ару,\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="used twice"):
        import_teams(t, dup)
    mixed = tmp_path / "mixed.csv"
    mixed.write_text("league,team,school,speaker1,speaker2\nde,Neu,№1,A B,C D\nkk,Жалғыз,№1,Ахмет Ержан,\n",
                     encoding="utf-8")
    with pytest.raises(ValidationError) as err:  # every bad row at once
        import_teams(t, mixed)
    assert "2 rows" in str(err.value.msg) and "row 2" in str(err.value.msg) and "row 3" in str(err.value.msg)
    one = tmp_path / "one.csv"
    one.write_text("league,team,school,speaker1,speaker2\nkk,Жалғыз,№1,Ахмет Ержан,\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="two speakers"):
        import_teams(t, one)
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("league,team,school,speaker1,speaker2\nde,Neu,№1,A B,C D\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="not one of"):
        import_teams(t, wrong)
    cols = tmp_path / "cols.csv"
    cols.write_text("league,name\nkk,x\n", encoding="utf-8")
    with pytest.raises(FileFormatError, match="missing"):
        import_teams(t, cols)
    assert Team.select().count() == before


def test_results_files_are_checked_row_by_row_and_refused_whole(small, tmp_path):
    t = small
    made = make_draw(t, "kk", 1)
    rows = [{"round": 1, "league": "kk", "gov": d.gov.name, "opp": d.opp.name, "bye": False} for d in made]
    good = write_results(rows, tmp_path / "good.csv", seed=1)
    lines = good.read_text(encoding="utf-8").splitlines()

    def variant(name: str, change) -> Path:
        body = [lines[0]] + [",".join(change(line.split(","), i)) for i, line in enumerate(lines[1:])]
        path = tmp_path / name
        path.write_text("\n".join(body) + "\n", encoding="utf-8")
        return path

    out_of_range = variant("range.csv", lambda c, i: c[:6] + (["95"] if i == 1 else [c[6]]) + c[7:])
    not_on_team = variant("speaker.csv", lambda c, i: c[:5] + (["Бөтен Адам"] if i == 2 else [c[5]]) + c[6:])
    low_point = variant("low.csv", lambda c, i: c[:4] + ([("opp" if c[4] == "gov" else "gov")] if i == 0 else [c[4]])
                        + c[5:])
    not_drawn = variant("team.csv", lambda c, i: c[:3] + ([c[2]] if i == 0 else [c[3]]) + c[4:])
    for path, words in ((out_of_range, "row 3"), (not_on_team, "not a speaker"), (low_point, "row 2"),
                        (not_drawn, "row 2")):
        with pytest.raises(ValidationError) as err:
            import_results(t, path)
        assert words in str(err.value.msg) and "Nothing was loaded" in str(err.value.msg)
        assert Ballot.select().count() == 0
    both = variant("both.csv", lambda c, i: c[:6] + (["95"] if i in (0, 2) else [c[6]]) + c[7:])
    with pytest.raises(ValidationError) as err:
        import_results(t, both)
    assert "2 rows" in str(err.value.msg) and "row 2" in str(err.value.msg) and "row 4" in str(err.value.msg)
    assert import_results(t, good).entered == 3


def test_the_winner_column_takes_the_words_in_three_languages():
    from app.tournaments.results import parse_winner

    assert [parse_winner(w) for w in ("gov", "Үкімет", "правительство", "OPP", "Оппозиция")] == \
        ["gov", "gov", "gov", "opp", "opp"]
    with pytest.raises(ValidationError):
        parse_winner("жеңді")


def test_a_coach_of_teams_from_two_schools_is_one_person(store, tmp_path):
    from app.models import Person

    t = create_tournament(TournamentSettings(name="Жаттықтырушы", leagues=["kk"]))
    f = tmp_path / "teams.csv"
    f.write_text("league,team,school,speaker1,speaker2,coach\n"
                 "kk,Бірінші,№1 мектеп,Ахмет Ержан,Бекова Сая,Сейітов Бақыт\n"
                 "kk,Екінші,№2 мектеп,Нұр Бақыт,Ай Ару,Сейітов Бақыт\n", encoding="utf-8")
    import_teams(t, f)
    assert Person.select().where(Person.surname == "Сейітов").count() == 1
    coach = [a for a in award_list(t, "en") if a.kind == "thanks"]
    assert len({a.person_uid for a in coach}) == 1  # one letter of thanks
