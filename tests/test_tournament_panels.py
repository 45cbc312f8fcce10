"""Adjudicators' ratings, panels of 3 (and 5), the strongest panels on the top debates, own-school conflicts."""
from __future__ import annotations

import csv
import itertools
import random

import pytest

from app.errors import ValidationError
from app.models import Adjudicator as AdjudicatorRow
from app.models import Debate, DebateAdjudicator, Tournament
from app.tournaments import context as ctx
from app.tournaments.adjudicators import allocate_adjudicators
from app.tournaments.panels import by_standing, parse_rating
from app.tournaments.registration import add_adjudicator, find_adjudicator, import_adjudicators, set_rating, teams_of
from app.tournaments.results import BallotInput, enter_ballot
from app.tournaments.rounds import draw_rows, make_draw
from app.tournaments.setup import TournamentSettings, create_tournament, settings_of, update_tournament
from app.tournaments.tab import break_view, confirm_break, draw_elimination
from app.tournaments.types import Adjudicator, Pairing, Result, Team
from tests.tournament_helpers import import_teams, play_round, small, write_teams  # noqa: F401 (small: fixture)

# --- ratings ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("typed", "message"), [
    ("abc", "is not a number"), ("", "is not a number"), ("10.5", "outside 0 – 10"), ("-1", "outside 0 – 10"),
    ("7.3", "not in steps of 0.5")])
def test_a_bad_rating_gets_a_clear_message(typed, message):
    with pytest.raises(ValidationError) as exc:
        parse_rating(typed)
    assert message in exc.value.msg.render()


def test_a_rating_is_read_with_a_comma_or_a_point():
    assert parse_rating("7,5") == 7.5 and parse_rating(" 10 ") == 10.0 and parse_rating(0) == 0.0


# --- the allocation (pure) -------------------------------------------------------------------------

def test_the_strongest_panels_go_to_the_most_important_debates_and_the_best_chairs():
    teams = [Team(f"t{i}", f"T{i}") for i in range(8)]
    pairings = [Pairing("t0", "t1"), Pairing("t2", "t3"), Pairing("t4", "t5"), Pairing("t6", "t7")]
    adjs = [Adjudicator(f"j{i}", f"J{i}", rating=float(i) / 2) for i in range(12)]
    rating = {a.uid: a.rating for a in adjs}
    order = [2, 0, 3, 1]  # debate 2 matters most
    alloc = allocate_adjudicators(pairings, teams, adjs, 3, seed=0, order=order)
    strength = [sum(rating[u] for u in alloc.panels[d]) for d in order]
    assert strength == sorted(strength, reverse=True) and len(set(strength)) == 4
    assert alloc.panels[2][0] == "j11"  # the best adjudicator chairs the top debate
    for panel in alloc.panels:
        assert len(panel) == 3 and rating[panel[0]] == max(rating[u] for u in panel)  # chaired by rating


def test_the_top_debate_is_the_one_with_the_highest_combined_standing():
    pairings = [Pairing("a", "b"), Pairing("c", "d"), Pairing("e", None)]
    history = [Result(1, "c", "a", "gov"), Result(1, "d", "b", "gov"), Result(1, "e", None)]
    assert by_standing(pairings, history) == [1, 2, 0]  # c and d have 2 wins between them


def _conflict_free_exists(pairings, school, adjs, per_debate) -> bool:
    seats = [(d, s) for s in range(per_debate) for d in range(len(pairings))][:len(adjs)]
    for chosen in itertools.permutations(adjs, len(seats)):
        if all(a.school not in (school[pairings[d].gov], school[pairings[d].opp])
               for (d, _), a in zip(seats, chosen)):
            return True
    return False


@pytest.mark.parametrize("case", range(60))
def test_an_adjudicator_judges_their_own_school_only_when_no_allocation_avoids_it(case):
    rng = random.Random(case)
    n = rng.choice([4, 6])
    schools = ["x", "y", "z"]
    teams = [Team(f"t{i}", f"T{i}", rng.choice(schools)) for i in range(n)]
    school = {t.uid: t.school for t in teams}
    pairings = [Pairing(f"t{i}", f"t{i + 1}") for i in range(0, n, 2)]
    per = 1 if n == 6 else 2
    adjs = [Adjudicator(f"j{i}", f"J{i}", rng.choice(schools), rating=float(rng.randrange(0, 21)) / 2)
            for i in range(len(pairings) * per)]
    alloc = allocate_adjudicators(pairings, teams, adjs, per, seed=case)
    conflicts = [p for p in alloc.problems if p.code == "adjudicator_conflict"]
    assert sorted(u for panel in alloc.panels for u in panel) == sorted(a.uid for a in adjs)
    assert bool(conflicts) == (not _conflict_free_exists(pairings, school, adjs, per))


def test_a_chain_of_moves_removes_a_conflict_a_single_exchange_cannot():
    # Greedy: j0 (school y) chairs the z–z debate, j2 (z) takes x–w, so j1 (x) is left with y–x.
    # No exchange of two helps (j1 may judge only z–z, whose j0 cannot judge y–x);
    # moving j1 → z–z, j0 → x–w and j2 → y–x does.  (The greedy pass with exchanges left the conflict.)
    teams = [Team("a", "A", "z"), Team("b", "B", "z"), Team("c", "C", "x"), Team("d", "D", "w"),
             Team("e", "E", "y"), Team("f", "F", "x")]
    pairings = [Pairing("a", "b"), Pairing("c", "d"), Pairing("e", "f")]
    adjs = [Adjudicator("j0", "J0", "y", 9), Adjudicator("j1", "J1", "x", 8), Adjudicator("j2", "J2", "z", 7)]
    alloc = allocate_adjudicators(pairings, teams, adjs, 1, 0)
    assert alloc.problems == [] and alloc.panels == [["j1"], ["j0"], ["j2"]]


def test_an_unavoidable_conflict_is_said():
    teams = [Team("a", "A", "x"), Team("b", "B", "x"), Team("c", "C", "x"), Team("d", "D", "y")]
    pairings = [Pairing("a", "b"), Pairing("c", "d")]
    adjs = [Adjudicator("j1", "Айгүл Сәрсенова", "x", 9), Adjudicator("j2", "J2", "x", 8)]
    alloc = allocate_adjudicators(pairings, teams, adjs, 1, 0)
    texts = [p.msg.render() for p in alloc.problems]
    assert len(texts) == 2 and all("of their own school" in x for x in texts)


# --- the saved tournament ----------------------------------------------------------------------------

def _judges(t: Tournament, n: int) -> list[AdjudicatorRow]:
    return [add_adjudicator(t, f"Төреші{i} Әділ", f"Сырттағы мектеп {i}", rating=str(i % 11))[0] for i in range(n)]


def test_panels_of_three_in_qualifying_rounds_chaired_by_rating(small):
    t = small
    s = settings_of(t)
    s.panel_size = 3
    update_tournament(t, s)
    t = Tournament.get_by_id(t.uid)
    _judges(t, 9)
    play_round(t, 1, seed=3)
    made = make_draw(t, "kk", 2)
    rating = {a.uid: a.rating for a in AdjudicatorRow.select()}
    history = ctx.results(t, "kk", up_to_round=1)
    wins = {}
    for r in history:
        wins[r.winner_uid] = wins.get(r.winner_uid, 0) + 1
    strength = []
    for d in made:
        seats = list(DebateAdjudicator.live().where(DebateAdjudicator.debate == d.uid))
        assert len(seats) == 3
        chair = next(x for x in seats if x.chair)
        assert rating[chair.adjudicator_uid] == max(rating[x.adjudicator_uid] for x in seats)
        strength.append((wins.get(d.gov_uid, 0) + wins.get(d.opp_uid, 0),
                         sum(rating[x.adjudicator_uid] for x in seats)))
    # The debate of two winners has the strongest panel; of two losers the weakest.
    strength.sort(reverse=True)
    assert strength[0][1] == max(x[1] for x in strength) and strength[-1][1] == min(x[1] for x in strength)
    assert all(len(r.adjudicators) == 3 for r in draw_rows(t, "kk", 2))


def test_elimination_panels_of_five_and_the_panel_majority_decides(store, tmp_path):
    t = create_tournament(TournamentSettings(name="Бес төреші", leagues=["kk"], rounds=2, break_size=4,
                                             elim_panel_size=5))
    import_teams(t, write_teams(tmp_path / "teams.csv", leagues=("kk",), n=8, schools=1000))
    for rnd in (1, 2):
        play_round(t, rnd, seed=7)
    view = break_view(t, "kk")
    chosen = [u for u, _ in view.bubble][:view.places_open]
    confirm_break(t, "kk", chosen or None, "таңдау" if chosen else None)
    _judges(t, 10)
    semis = draw_elimination(t, "kk")
    rating = {a.uid: a.rating for a in AdjudicatorRow.select()}
    panels = [list(DebateAdjudicator.live().where(DebateAdjudicator.debate == d.uid)) for d in semis]
    assert [len(p) for p in panels] == [5, 5]
    # Seeds 1 and 4 meet first in the bracket: their panel is the stronger one.
    sums = [sum(rating[x.adjudicator_uid] for x in p) for p in panels]
    assert semis[0].gov_uid == [u for _, u, _ in break_view(t, "kk").teams][0] and sums[0] >= sums[1]
    # Three ballots of five for the opposition, the chair's for the government: the opposition wins.
    d, seats = semis[0], sorted(panels[0], key=lambda x: not x.chair)
    for seat, winner in zip(seats, ["gov", "gov", "opp", "opp", "opp"]):
        enter_ballot(t, d, BallotInput(winner=winner, adjudicator_uid=seat.adjudicator_uid))
    assert Debate.get_by_id(d.uid).winner == "opp"


def test_panel_sizes_are_checked(small):
    s = settings_of(small)
    for field, value in (("panel_size", 2), ("elim_panel_size", 4), ("category_break_size", 65)):
        bad = settings_of(small)
        setattr(bad, field, value)
        with pytest.raises(ValidationError) as exc:
            update_tournament(small, bad)
        assert exc.value.field == field
    assert (s.panel_size, s.elim_panel_size, s.category_break_size) == (1, 3, 0)


def test_ratings_are_imported_with_the_adjudicators_and_a_bad_one_refuses_the_file(small, tmp_path):
    t = small
    good = tmp_path / "judges.csv"
    with open(good, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Аты-жөні", "Мектеп", "Рейтинг"])
        w.writerow(["Сәрсенова Әйгерім", "№5 мектеп", "8,5"])
        w.writerow(["Құрманов Ерлан", "", ""])
    summary = import_adjudicators(t, good)
    assert summary.created == 2
    assert find_adjudicator(t, "сәрсенова әйгерім").rating == 8.5
    assert find_adjudicator(t, "Құрманов Ерлан").rating == 5.0  # no rating: the default
    bad = tmp_path / "bad.csv"
    with open(bad, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["name", "school", "rating"])
        w.writerow(["Жаңа Төреші", "", "6"])
        w.writerow(["Сәрсенова Әйгерім", "№5 мектеп", "11"])
    with pytest.raises(ValidationError) as exc:
        import_adjudicators(t, bad)
    assert "row 3" in exc.value.msg.render() and "outside 0 – 10" in exc.value.msg.render()
    assert find_adjudicator(t, "Сәрсенова Әйгерім").rating == 8.5  # nothing of the file was saved
    with pytest.raises(ValidationError):
        find_adjudicator(t, "Жаңа Төреші")
    adj = set_rating(find_adjudicator(t, "Құрманов Ерлан"), "9.5")
    assert AdjudicatorRow.get_by_id(adj.uid).rating == 9.5
    with pytest.raises(ValidationError):
        set_rating(adj, "тоғыз")
    assert teams_of(t, "kk")
