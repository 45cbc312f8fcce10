"""A tournament in the database: ballots, draws, swaps, the break, eliminations, awards, stages, settings."""
from __future__ import annotations

from collections import defaultdict

import pytest

from app.errors import ValidationError
from app.models import Ballot, Debate, Team
from app.tournaments import context as ctx
from app.tournaments.registration import TeamInput, add_adjudicator, import_teams, save_team, teams_of
from app.tournaments.results import ballot_history, enter_ballot
from app.tournaments.rounds import draw_rows, make_draw, swap
from app.tournaments.setup import TournamentSettings, create_tournament, find_tournament
from app.tournaments.stages import carry_teams
from app.tournaments.tab import (
    award_list,
    break_view,
    confirm_break,
    draw_elimination,
    set_nomination,
    speaker_rows,
    team_rows,
)
from tests.tournament_helpers import ballot_for, play_round, small, write_teams  # noqa: F401 (small is a fixture)


def test_bad_ballots_are_refused_with_a_clear_message_and_nothing_is_saved(small):
    t = small
    d = make_draw(t, "kk", 1)[0]
    cases = [
        (ballot_for(d, "gov", (70, 85, 69, 69)), "85"),  # out of range
        (ballot_for(d, "gov", (70, 70.3, 69, 69)), "70.3"),  # off the step
        (ballot_for(d, "opp", (75, 75, 70, 70)), "fewer points"),  # low-point win
    ]
    stranger = ctx.speakers_by_team([d.opp_uid])[d.opp_uid][0]
    bad = ballot_for(d, "gov")
    bad.speakers["mg"] = stranger
    cases.append((bad, "not"))
    for data, words in cases:
        with pytest.raises(ValidationError) as err:
            enter_ballot(t, d, data)
        assert words.lower() in str(err.value.msg).lower() or words in str(err.value.msg)
    assert Ballot.select().count() == 0
    assert Debate.get_by_id(d.uid).winner is None


def test_a_corrected_ballot_keeps_the_old_one_and_changes_the_standings(small):
    t = small
    made = play_round(t, 1)
    d = next(x for x in made if x.opp_uid)
    first = {r.uid: r.wins for r in team_rows(t, "kk")}
    loser_before = d.opp_uid if Debate.get_by_id(d.uid).winner == "gov" else d.gov_uid
    flipped = "opp" if Debate.get_by_id(d.uid).winner == "gov" else "gov"
    scores = (60, 60, 61, 61) if flipped == "opp" else (61, 61, 60, 60)
    _, outcome = enter_ballot(t, Debate.get_by_id(d.uid), ballot_for(d, flipped, scores), reason="қате енгізілген")
    assert outcome == "corrected"
    history = ballot_history(d)
    assert [b.status for b in history] == ["corrected", "active"]
    assert history[1].replaces_uid == history[0].uid and history[1].reason == "қате енгізілген"
    after = {r.uid: r.wins for r in team_rows(t, "kk")}
    assert after[loser_before] == first[loser_before] + 1


def test_the_next_round_waits_for_every_result_and_a_round_is_not_drawn_twice(small):
    t = small
    made = make_draw(t, "kk", 1)
    with pytest.raises(ValidationError, match="already drawn"):
        make_draw(t, "kk", 1)
    for d in made[:-1]:
        enter_ballot(t, d, ballot_for(d, "gov"))
    with pytest.raises(ValidationError, match="lacks 1 results"):
        make_draw(t, "kk", 2)
    enter_ballot(t, made[-1], ballot_for(made[-1], "gov"))
    assert len(make_draw(t, "kk", 2)) == 3


def test_power_pairing_avoids_rematches_and_balances_sides(small):
    t = small
    for rnd in (1, 2, 3):
        play_round(t, rnd, seed=4)
    met = set()
    sides = defaultdict(lambda: [0, 0])
    for d in ctx.debates(t, "kk"):
        pair = frozenset((d.gov_uid, d.opp_uid))
        assert pair not in met
        met.add(pair)
        sides[d.gov_uid][0] += 1
        sides[d.opp_uid][1] += 1
    assert all(abs(g - o) <= 1 for g, o in sides.values())


def test_a_manual_swap_warns_of_every_rule_it_breaks_and_saves_only_when_accepted(small):
    t = small
    play_round(t, 1)
    r1 = {frozenset((d.gov_uid, d.opp_uid)) for d in ctx.debates(t, "kk", 1)}
    made = make_draw(t, "kk", 2)
    # Put the round-1 opponent of debate a's government team into a's opposition slot.
    a = made[0]
    y = next(next(iter(p - {a.gov_uid})) for p in r1 if a.gov_uid in p)
    b = next(d for d in made if y in (d.gov_uid, d.opp_uid))
    side = "gov" if b.gov_uid == y else "opp"
    problems = swap(t, "kk", 2, (a.uid, "opp"), (b.uid, side))
    assert any(p.code == "rematch" for p in problems)
    assert Debate.get_by_id(a.uid).opp_uid == a.opp_uid  # not saved without accepting
    swap(t, "kk", 2, (a.uid, "opp"), (b.uid, side), accept=True)
    saved = Debate.get_by_id(a.uid)
    assert saved.opp_uid == y and saved.warnings
    assert any(r.warnings for r in draw_rows(t, "kk", 2))


def test_a_tie_at_the_break_is_flagged_and_decided_by_the_organisers_with_a_reason(store, tmp_path):
    t = create_tournament(TournamentSettings(name="Тең ұпай", leagues=["kk"], rounds=1, break_size=3))
    import_teams(t, write_teams(tmp_path / "teams.csv", leagues=("kk",), n=4, schools=1000))
    for d in make_draw(t, "kk", 1):
        enter_ballot(t, d, ballot_for(d, "gov", (70, 70, 69, 69)))  # identical scores everywhere
    view = break_view(t, "kk")
    # The two winners break; the two losers are tied on every figure for the third place.
    assert view.places_open == 1 and len(view.bubble) == 2 and len(view.teams) == 2
    with pytest.raises(ValidationError, match="tied at the cut"):
        confirm_break(t, "kk")
    with pytest.raises(ValidationError):
        confirm_break(t, "kk", [view.bubble[1][0]], "  ")  # a reason is required
    saved = confirm_break(t, "kk", [view.bubble[1][0]], "жеребе тартылды")
    assert saved.saved and [u for _, u, _ in saved.teams][2] == view.bubble[1][0]
    assert saved.reason == "жеребе тартылды"


def test_a_break_of_six_starts_with_a_partial_round(store, tmp_path):
    t = create_tournament(TournamentSettings(name="Алты команда", leagues=["kk"], rounds=2, break_size=6))
    import_teams(t, write_teams(tmp_path / "teams.csv", leagues=("kk",), n=8, schools=1000))
    for rnd in (1, 2):
        play_round(t, rnd, seed=11)
    view = break_view(t, "kk")
    chosen = [u for u, _ in view.bubble][:view.places_open]
    confirm_break(t, "kk", chosen or None, "таңдау" if chosen else None)
    first = draw_elimination(t, "kk")
    assert len(first) == 4 and sum(1 for d in first if d.opp_uid is None) == 2  # seeds 1 and 2 wait
    for d in first:
        if d.opp_uid:
            from app.tournaments.results import set_winner
            set_winner(d, "opp")  # the lower seeds win
    semis = draw_elimination(t, "kk")
    assert len(semis) == 2 and all(d.opp_uid for d in semis)


def test_adjudicators_are_kept_away_from_their_own_schools(small):
    t = small
    teams = teams_of(t, "kk")
    schools = [x.school.name for x in teams]
    for i, school in enumerate(schools[:3]):
        add_adjudicator(t, f"Төреші{i} Әділ", school)
    made = make_draw(t, "kk", 1)
    for row, _d in zip(draw_rows(t, "kk", 1), made):
        assert len(row.adjudicators) == 1
    from app.models import DebateAdjudicator
    for p in DebateAdjudicator.select():
        d = p.debate
        assert p.adjudicator.school_uid not in (d.gov.school_uid, d.opp.school_uid)


def test_nominations_and_letters_of_thanks_are_in_the_award_list(small):
    t = small
    for rnd in (1, 2, 3):
        play_round(t, rnd)
    debater = ctx.speakers_by_team([teams_of(t, "kk")[0].uid])[teams_of(t, "kk")[0].uid][0]
    set_nomination(t, "kk", "best_orator", debater)
    set_nomination(t, "kk", "Үздік дауыс", debater)
    with pytest.raises(ValidationError):
        set_nomination(t, "kk", "best_analyst", "not-a-debater")
    awards = award_list(t, "en")
    noms = [a for a in awards if a.kind == "nomination"]
    assert {a.title for a in noms} == {"Best orator, Kazakh league", "Үздік дауыс, Kazakh league"}
    assert sum(1 for a in awards if a.kind == "thanks") >= 2  # coaches


def test_qualified_teams_are_carried_into_the_next_stage(small):
    t = small
    for rnd in (1, 2, 3):
        play_round(t, rnd, seed=2)
    view = break_view(t, "kk")
    chosen = [u for u, _ in view.bubble][:view.places_open]
    confirm_break(t, "kk", chosen or None, "шешім" if chosen else None)
    nxt = create_tournament(TournamentSettings(name="Облыстық кезең", stage="region", leagues=["kk"],
                                               previous_uid=t.uid))
    assert carry_teams(t, nxt) == 4
    assert carry_teams(t, nxt) == 0  # not twice
    carried = teams_of(nxt, "kk")
    assert all(x.source_uid for x in carried)
    assert all(len(ctx.speakers_by_team([x.uid])[x.uid]) == 2 for x in carried)
    assert find_tournament("Облыстық кезең").uid == nxt.uid


def test_speaker_standings_count_a_missed_round(small):
    t = small
    made = make_draw(t, "kk", 1)
    d = made[0]
    team = d.gov_uid
    first, second = ctx.speakers_by_team([team])[team]
    for x in made:
        enter_ballot(t, x, ballot_for(x, "gov"))
    rows = {r.uid: r for r in speaker_rows(t, "kk")}
    assert rows[first].rounds_spoken == 1 and rows[first].total == 70


def test_a_team_cannot_hold_a_debater_of_another_team(small):
    t = small
    teams = teams_of(t, "kk")
    other = ctx.speakers_by_team([teams[1].uid])[teams[1].uid][0]
    from app.models import Person
    name = Person.get_by_id(other).full_name
    with pytest.raises(ValidationError, match="already speaks"):
        save_team(t, TeamInput(league="kk", name="Жаңа", school=teams[1].school.name, speakers=[name, "Жаңа Адам"]))


def test_settings_that_results_depend_on_are_locked_once_used(small):
    from app.tournaments.setup import settings_of, update_tournament

    t = small
    play_round(t, 1)
    s = settings_of(t)
    s.score_step = 1
    with pytest.raises(ValidationError, match="scoring rules"):
        update_tournament(t, s)
    s = settings_of(t)
    s.leagues = ["ru"]
    with pytest.raises(ValidationError, match="already has a draw"):
        update_tournament(t, s)
    s = settings_of(t)
    s.place = "Акт залы"
    s.rounds = 5
    assert update_tournament(t, s).rounds == 5


def test_a_withdrawn_adjudicator_leaves_only_the_undecided_panels(small):
    from app.models import DebateAdjudicator
    from app.tournaments.registration import adjudicators_of, remove_adjudicator

    t = small
    for i in range(3):
        add_adjudicator(t, f"Төреші{i} Әділ", f"Бөлек мектеп {i}")
    play_round(t, 1)
    make_draw(t, "kk", 2)
    adj = adjudicators_of(t)[0]
    remove_adjudicator(adj)
    seats = DebateAdjudicator.select().where(DebateAdjudicator.adjudicator == adj.uid)
    assert all(s.deleted == (s.debate.winner is None) for s in seats)
    assert adj.uid not in {a.uid for a in adjudicators_of(t)}


def test_diplomas_wait_for_the_final_and_best_speakers_for_the_last_qualifying_round(small):
    from app.tournaments.results import set_winner

    t = small  # 6 teams, 3 rounds, break 4
    play_round(t, 1)
    kinds = {a.kind for a in award_list(t, "en")}
    assert not kinds & {"diploma_1", "diploma_2", "diploma_3", "best_speaker"}  # 2 rounds still to come
    play_round(t, 2)
    play_round(t, 3)
    assert "best_speaker" in {a.kind for a in award_list(t, "en")}
    assert "diploma_1" not in {a.kind for a in award_list(t, "en")}  # the break is still to be debated
    view = break_view(t, "kk")
    chosen = [u for u, _ in view.bubble][:view.places_open]
    confirm_break(t, "kk", chosen or None, "шешім" if chosen else None)
    for _ in range(2):  # semifinals, then the final
        for d in draw_elimination(t, "kk"):
            set_winner(d, "gov")
        if _ == 0:
            assert "diploma_3" not in {a.kind for a in award_list(t, "en")}
    counts = defaultdict(int)
    for a in award_list(t, "en"):
        counts[a.kind] += 1
    assert (counts["diploma_1"], counts["diploma_2"], counts["diploma_3"]) == (2, 2, 4)


def test_a_team_withdrawn_after_a_round_keeps_its_results_and_leaves_the_next_draws(small):
    from app.tournaments.registration import delete_team

    t = small
    made = make_draw(t, "kk", 1)
    team = Team.get_by_id(made[0].gov_uid)
    with pytest.raises(ValidationError, match="no result yet"):
        delete_team(team)
    for d in made:
        enter_ballot(t, d, ballot_for(d, "gov"))
    opponent = made[0].opp_uid
    delete_team(team)
    second = make_draw(t, "kk", 2)
    assert team.uid not in {x for d in second for x in (d.gov_uid, d.opp_uid)}
    assert sum(1 for d in second if d.opp_uid is None) == 1  # five teams: a bye
    rows = {r.uid: r for r in team_rows(t, "kk")}
    assert team.uid not in rows and rows[opponent].points >= 138  # its round-1 debate still counts


def test_an_elimination_result_is_fixed_once_the_next_round_is_drawn(small):
    from app.tournaments.results import set_winner
    from app.tournaments.setup import settings_of, update_tournament

    t = small
    for rnd in (1, 2, 3):
        play_round(t, rnd)
    view = break_view(t, "kk")
    chosen = [u for u, _ in view.bubble][:view.places_open]
    confirm_break(t, "kk", chosen or None, "шешім" if chosen else None)
    s = settings_of(t)
    s.break_size = 2
    with pytest.raises(ValidationError, match="already confirmed"):
        update_tournament(t, s)
    semis = draw_elimination(t, "kk")
    for d in semis:
        set_winner(d, "gov")
    set_winner(semis[0], "opp")  # still free to change
    draw_elimination(t, "kk")
    with pytest.raises(ValidationError, match="already drawn"):
        set_winner(semis[0], "gov")
    with pytest.raises(ValidationError, match="already drawn"):
        enter_ballot(t, semis[0], ballot_for(semis[0], "gov"))


def test_a_rematch_the_draw_cannot_avoid_is_shown(store, tmp_path):
    t = create_tournament(TournamentSettings(name="Екі команда", leagues=["kk"], rounds=2, break_size=0))
    import_teams(t, write_teams(tmp_path / "teams.csv", leagues=("kk",), n=2, schools=1000))
    play_round(t, 1)
    second = make_draw(t, "kk", 2)
    assert second[0].warnings  # the same two teams meet again, and the debate says so
