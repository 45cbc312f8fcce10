"""Categories: novice / junior teams and speakers, the category break beside the open break, their awards."""
from __future__ import annotations

import csv

import pytest

from app.errors import ValidationError
from app.models import Team, Tournament
from app.tournaments import context as ctx
from app.tournaments.categories import parse_category, set_speaker_category, set_team_category
from app.tournaments.registration import import_teams, teams_of
from app.tournaments.setup import TournamentSettings, create_tournament, settings_of, update_tournament
from app.tournaments.tab import (
    award_list,
    break_view,
    category_break_views,
    certificate_awards,
    confirm_break,
    speaker_rows,
    team_rows,
)
from tests.tournament_helpers import play_round, write_teams


@pytest.mark.parametrize(("typed", "code"), [("novice", "novice"), ("Жаңадан бастаушы", "novice"),
                                              ("НОВИЧОК", "novice"), ("кіші", "junior"), ("юниор", "junior"),
                                              ("", None), ("open", None), ("Ашық", None)])
def test_categories_are_read_in_kazakh_russian_and_english(typed, code):
    assert parse_category(typed) == code


def test_an_unknown_category_gets_a_clear_message():
    with pytest.raises(ValidationError) as exc:
        parse_category("advanced")
    assert "“advanced” is not a category: use novice, junior or open." in exc.value.msg.render()


@pytest.fixture
def league(store, tmp_path):
    """8 teams, 3 rounds played, an open break of 4 and a category break of 2; teams 0-4 novice (so at least one
    is outside the open break, however the random ids draw)."""
    t = create_tournament(TournamentSettings(name="Жас дебатшылар", leagues=["kk"], rounds=3, break_size=4,
                                             category_break_size=2))
    import_teams(t, write_teams(tmp_path / "teams.csv", leagues=("kk",), n=8, schools=1000, seed=5))
    for team in teams_of(t, "kk")[:5]:
        set_team_category(team, "novice")
    for rnd in (1, 2, 3):
        play_round(t, rnd, seed=21)
    return Tournament.get_by_id(t.uid)


def test_the_novice_break_is_the_best_novice_teams_not_in_the_open_break(league):
    t = league
    view = break_view(t, "kk")
    confirm_break(t, "kk", [u for u, _ in view.bubble][:view.places_open] or None, "шешім" if view.bubble else None)
    open_break = {u for _, u, _ in break_view(t, "kk").teams}
    novices = {x.uid for x in teams_of(t, "kk") if x.category == "novice"}
    [nb] = category_break_views(t, "kk")
    assert nb.category == "novice" and not nb.provisional and nb.size == 2
    expected = [r.uid for r in team_rows(t, "kk") if r.uid in novices and r.uid not in open_break]
    got = [uid for _, uid, _ in nb.teams]
    assert got[:2] == expected[:2] and not set(got) & open_break
    assert [p for p, _, _ in nb.teams][0] == 1


def test_the_category_break_is_provisional_until_the_open_break_is_confirmed_and_can_be_switched_off(league):
    t = league
    [nb] = category_break_views(t, "kk")
    assert nb.provisional
    s = settings_of(t)
    s.category_break_size = 0
    update_tournament(t, s)
    assert category_break_views(Tournament.get_by_id(t.uid), "kk") == []


def test_speaker_categories_rank_among_themselves_and_a_speaker_may_differ_from_the_team(league):
    t = league
    teams = teams_of(t, "kk")
    junior = ctx.speakers_by_team([teams[5].uid])[teams[5].uid][0]
    set_speaker_category(teams[5], junior, "junior")
    novice_rows = speaker_rows(t, "kk", "novice")
    novice_people = {p for x in teams[:5] for p in ctx.speakers_by_team([x.uid])[x.uid]}
    assert {r.uid for r in novice_rows} == novice_people
    assert [r.rank for r in novice_rows if r.rank][0] == 1 and all(r.category == "novice" for r in novice_rows)
    assert [r.uid for r in speaker_rows(t, "kk", "junior")] == [junior]
    with pytest.raises(ValidationError):
        set_speaker_category(teams[5], ctx.speakers_by_team([teams[0].uid])[teams[0].uid][0], "junior")


def test_category_winners_get_their_diplomas_and_best_speaker_awards(league):
    t = league
    view = break_view(t, "kk")
    confirm_break(t, "kk", [u for u, _ in view.bubble][:view.places_open] or None, "шешім" if view.bubble else None)
    awards = award_list(t, "en")
    [nb] = category_break_views(t, "kk")
    first = [uid for place, uid, _ in nb.teams if place == 1]
    novice_places = [a for a in awards if a.title.startswith("place ") and ", novice, " in a.title]
    assert {a.team_uid for a in novice_places if a.rank == 1} == set(first)
    assert {a.kind for a in novice_places if a.rank == 1} == {"diploma_1"}
    assert {a.title for a in novice_places if a.rank == 1} == {"place 1, novice, Kazakh league"}
    best = [a for a in awards if a.kind == "best_speaker" and ", novice, " in a.title]
    assert best and best[0].rank == 1 and best[0].title == "best speaker, novice, place 1, Kazakh league"
    assert len(certificate_awards(t, "en")) == len(awards)  # they go through the certificates' path too
    kk = award_list(t, "kk")  # in Kazakh on the diplomas
    assert any("жаңадан бастаушы" in a.title and a.kind == "diploma_1" for a in kk)


def test_team_categories_come_from_the_teams_file_and_a_bad_one_refuses_it(store, tmp_path):
    t = create_tournament(TournamentSettings(name="Санаттар", leagues=["kk"]))
    path = tmp_path / "teams.csv"
    rows = [["league", "team", "school", "speaker1", "speaker2", "coach", "санат"],
            ["kk", "Қыран", "№1 мектеп", "Әлиев Нұрлан", "Қасымова Іңкәр", "", "жаңадан бастаушы"],
            ["kk", "Сұңқар", "№2 мектеп", "Бекова Әсем", "Оразов Ұлан", "", ""]]
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    import_teams(t, path)
    assert {x.name: x.category for x in teams_of(t)} == {"Қыран": "novice", "Сұңқар": None}
    rows[2][6] = "профи"
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    with pytest.raises(ValidationError) as exc:
        import_teams(t, path)
    assert "row 3" in exc.value.msg.render() and "“профи” is not a category" in exc.value.msg.render()
    assert Team.get(Team.name == "Қыран").category == "novice"


def test_a_damaged_category_from_a_bundle_counts_as_open(league):
    t = league
    team = teams_of(t, "kk")[0]
    Team.update(category="expert").where(Team.uid == team.uid).execute()
    assert team.uid not in {uid for cb in category_break_views(t, "kk") for _, uid, _ in cb.teams}
    assert all(r.category != "expert" for r in speaker_rows(t, "kk"))


def test_a_carried_team_keeps_its_category_and_its_speakers_theirs(league):
    from app.tournaments.stages import carry_teams

    t = league
    teams = teams_of(t, "kk")
    set_speaker_category(teams[0], ctx.speakers_by_team([teams[0].uid])[teams[0].uid][1], "junior")
    nxt = create_tournament(TournamentSettings(name="Облыстық кезең", stage="region", leagues=["kk"],
                                               previous_uid=t.uid))
    assert carry_teams(t, nxt, top=8) == 8
    carried = {x.name: x for x in teams_of(nxt, "kk")}
    assert carried[teams[0].name].category == "novice" and carried[teams[7].name].category is None
    assert [r.category for r in speaker_rows(nxt, "kk") if r.team == teams[0].name].count("junior") == 1
