"""Tournaments end to end: registration, draws, ballots, standings, break, eliminations, awards, stages.

The whole 3 leagues × 20 teams tournament runs through the command line;
its standings are recomputed here from the results files by a separate,
plain count and compared figure by figure.
"""
from __future__ import annotations

import csv
import json
import random
from collections import defaultdict
from pathlib import Path

import pytest

from app.cli import main
from app.errors import FileFormatError, ValidationError
from app.models import Ballot, Debate, Team
from app.tournaments import context as ctx
from app.tournaments.registration import TeamInput, add_adjudicator, import_teams, save_team, teams_of
from app.tournaments.results import BallotInput, ballot_history, enter_ballot, import_results
from app.tournaments.rounds import draw_rows, make_draw, swap
from app.tournaments.setup import TournamentSettings, create_tournament, find_tournament
from app.tournaments.stages import carry_teams
from app.tournaments.tab import (award_list, break_view, confirm_break, draw_elimination, set_nomination,
                                 speaker_rows, team_rows)

RESULT_HEAD = "round,league,gov_team,opp_team,winner,pm,pm_score,mg,mg_score,lo,lo_score,mo,mo_score".split(",")


def speakers(league: str, i: int) -> tuple[str, str]:
    return f"Әлиев{league}{i} Нұрлан", f"Қасымова{league}{i} Іңкәр"


def write_teams(path: Path, leagues=("kk", "ru", "en"), n: int = 20, schools: int = 8, seed: int = 3) -> Path:
    rng = random.Random(seed)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["league", "team", "school", "speaker1", "speaker2", "coach"])
        for lg in leagues:
            for i in range(n):
                w.writerow([lg, f"Team-{lg}-{i:02d}", f"№{rng.randrange(schools)} мектеп", *speakers(lg, i),
                            f"Жаттықтырушы{lg}{i // 3} Ұлан"])
    return path


def write_results(draw: list[dict], path: Path, seed: int, low: int = 65, high: int = 78) -> Path:
    """Random but valid ballots for a draw (the winner has the higher total)."""
    rng = random.Random(seed)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(RESULT_HEAD)
        for r in draw:
            if r["bye"]:
                continue
            gi, oi = int(r["gov"].rsplit("-", 1)[1]), int(r["opp"].rsplit("-", 1)[1])
            sc = [rng.randrange(low, high) for _ in range(4)]
            if sc[0] + sc[1] == sc[2] + sc[3]:
                sc[0] += 1
            win = "gov" if sc[0] + sc[1] > sc[2] + sc[3] else "opp"
            (pm, mg), (lo, mo) = speakers(r["league"], gi), speakers(r["league"], oi)
            w.writerow([r["round"], r["league"], r["gov"], r["opp"], win, pm, sc[0], mg, sc[1], lo, sc[2], mo, sc[3]])
    return path


def cli(db: Path, *args: str, capsys=None) -> tuple[int, str, str]:
    code = main(["--db", str(db), "--lang", "en", *args])
    out = capsys.readouterr() if capsys else None
    return code, out.out if out else "", out.err if out else ""


def test_a_whole_tournament_of_three_leagues_runs_through_the_command_line(tmp_path, capsys):
    db = tmp_path / "t.sqlite3"
    assert cli(db, "init", "--role", "school", "--name", "№7 мектеп", "--region", "KZ-75", capsys=capsys)[0] == 0
    code, out, err = cli(db, "tournament", "create", "--name", "Облыстық турнир", "--rounds", "4", "--break", "8",
                         "--leagues", "kk,ru,en", "--score-range", "60:80", "--score-step", "1", capsys=capsys)
    assert code == 0, err
    t = out.strip()
    code, out, err = cli(db, "tournament", "import-teams", t, str(write_teams(tmp_path / "teams.csv")), "--json",
                         capsys=capsys)
    assert code == 0, err
    assert json.loads(out)["created"] == 60
    results_files = []
    for rnd in range(1, 5):
        code, out, err = cli(db, "tournament", "draw", t, "--round", str(rnd), "--json", capsys=capsys)
        assert code == 0, err
        draw = json.loads(out)
        assert len(draw) == 30 and all(not d["bye"] for d in draw)
        for league in ("kk", "ru", "en"):
            teams = [x for d in draw if d["league"] == league for x in (d["gov_uid"], d["opp_uid"])]
            assert len(teams) == len(set(teams)) == 20  # every team exactly once
        path = write_results(draw, tmp_path / f"r{rnd}.csv", seed=rnd)
        results_files.append(path)
        code, out, err = cli(db, "tournament", "import-results", t, str(path), "--json", capsys=capsys)
        assert code == 0, err
        assert json.loads(out)["entered"] == 30
    # Loading the same file again changes nothing.
    code, out, _ = cli(db, "tournament", "import-results", t, str(results_files[-1]), "--json", capsys=capsys)
    assert json.loads(out) == {"entered": 0, "corrected": 0, "unchanged": 30}

    # Standings recomputed independently from the files.
    wins: dict[tuple[str, str], int] = defaultdict(int)
    points: dict[tuple[str, str], float] = defaultdict(float)
    speaker_total: dict[str, float] = defaultdict(float)
    for path in results_files:
        with open(path, encoding="utf-8") as f:
            for row in csv.DictReader(f):
                lg = row["league"]
                wins[(lg, row["gov_team" if row["winner"] == "gov" else "opp_team"])] += 1
                points[(lg, row["gov_team"])] += float(row["pm_score"]) + float(row["mg_score"])
                points[(lg, row["opp_team"])] += float(row["lo_score"]) + float(row["mo_score"])
                for role in ("pm", "mg", "lo", "mo"):
                    speaker_total[row[role]] += float(row[f"{role}_score"])
    code, out, _ = cli(db, "tournament", "standings", t, "--json", capsys=capsys)
    standings = json.loads(out)
    assert len(standings) == 60
    for s in standings:
        assert s["wins"] == wins[(s["league"], s["team"])]
        assert s["points"] == pytest.approx(points[(s["league"], s["team"])])
    for league in ("kk", "ru", "en"):
        rows = [s for s in standings if s["league"] == league]
        keys = [(-s["wins"], -s["points"]) for s in rows]
        assert keys == sorted(keys)  # wins, then points
        assert [s["rank"] for s in rows][0] == 1
    code, out, _ = cli(db, "tournament", "standings", t, "--league", "kk", "--speakers", "--json", capsys=capsys)
    speakers_json = json.loads(out)
    assert len(speakers_json) == 40
    for s in speakers_json:
        assert s["total"] == pytest.approx(speaker_total[s["speaker"]])
        assert s["rounds_spoken"] == 4
    totals = [s["total"] for s in speakers_json]
    assert totals == sorted(totals, reverse=True)

    # Break (ties at the cut, if any, need a choice), eliminations to the final, awards, certificates.
    code, out, _ = cli(db, "tournament", "break", t, "--json", capsys=capsys)
    for league_break in json.loads(out):
        chosen = []
        for b in league_break["bubble"][:league_break["places_open"]]:
            chosen += ["--choose", b["team"]]
        code, _, err = cli(db, "tournament", "break", t, "--league", league_break["league"], "--confirm", *chosen,
                           "--reason", "жеребе", capsys=capsys)
        assert code == 0, err
    for league in ("kk", "ru", "en"):
        for _ in range(3):  # quarterfinal, semifinal, final
            code, out, err = cli(db, "tournament", "eliminate", t, "--league", league, "--json", capsys=capsys)
            assert code == 0, err
            for d in json.loads(out):
                assert cli(db, "tournament", "winner", t, "--league", league, "--team", d["gov"],
                           capsys=capsys)[0] == 0
        code, _, err = cli(db, "tournament", "eliminate", t, "--league", league, capsys=capsys)
        assert code == 2 and "final" in err.lower()
    code, out, _ = cli(db, "tournament", "awards", t, "--json", "--lang", "en", capsys=capsys)
    awards = json.loads(out)
    by_kind = defaultdict(list)
    for a in awards:
        by_kind[(a["league"], a["kind"])].append(a)
    for league in ("kk", "ru", "en"):
        assert len(by_kind[(league, "diploma_1")]) == 2  # the final winner's two speakers
        assert len(by_kind[(league, "diploma_2")]) == 2
        assert len(by_kind[(league, "diploma_3")]) == 4  # two semifinal losers
        assert len(by_kind[(league, "best_speaker")]) >= 3
    assert any(a["kind"] == "thanks" for a in awards)
    pdf = tmp_path / "awards.pdf"
    code, out, err = cli(db, "certificates", "generate", "--tournament", t, "--out", str(pdf), "--json",
                         capsys=capsys)
    assert code == 0, err
    assert json.loads(out)["count"] == len(awards)
    assert pdf.stat().st_size > 10_000


@pytest.fixture
def small(store, tmp_path):
    """A 1-league tournament with six teams from six schools, registered."""
    t = create_tournament(TournamentSettings(name="Аудандық турнир", leagues=["kk"], rounds=3, break_size=4,
                                             score_min=60, score_max=80, score_step=0.5))
    import_teams(t, write_teams(tmp_path / "teams.csv", leagues=("kk",), n=6, schools=1000, seed=9))
    return t


def ballot_for(debate: Debate, winner: str, scores=(70, 70, 69, 69)) -> BallotInput:
    gov = ctx.speakers_by_team([debate.gov_uid])[debate.gov_uid]
    opp = ctx.speakers_by_team([debate.opp_uid])[debate.opp_uid]
    return BallotInput(winner=winner, speakers={"pm": gov[0], "mg": gov[1], "lo": opp[0], "mo": opp[1]},
                       scores=dict(zip(("pm", "mg", "lo", "mo"), scores)))


def play_round(t, rnd: int, seed: int = 0) -> list[Debate]:
    made = make_draw(t, "kk", rnd)
    rng = random.Random(seed + rnd)
    for d in made:
        if d.opp_uid:
            a, b = rng.randrange(62, 78), rng.randrange(62, 78)
            gov_wins = rng.random() < 0.5
            hi, lo = max(a, b) + 1, min(a, b)
            scores = (hi, hi, lo, lo) if gov_wins else (lo, lo, hi, hi)
            enter_ballot(t, d, ballot_for(d, "gov" if gov_wins else "opp", scores))
    return made


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


def test_adjudicators_are_kept_away_from_their_own_schools(small):
    t = small
    teams = teams_of(t, "kk")
    schools = [x.school.name for x in teams]
    for i, school in enumerate(schools[:3]):
        add_adjudicator(t, f"Төреші{i} Әділ", school)
    made = make_draw(t, "kk", 1)
    for row, d in zip(draw_rows(t, "kk", 1), made):
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


def test_one_draw_command_draws_every_league_that_can_be_drawn_and_show_prints_it_again(tmp_path, capsys):
    db = tmp_path / "t.sqlite3"
    assert cli(db, "init", "--role", "school", "--name", "№7 мектеп", "--region", "KZ-75", capsys=capsys)[0] == 0
    t = cli(db, "tournament", "create", "--name", "Т", "--leagues", "kk,ru,en", capsys=capsys)[1].strip()
    cli(db, "tournament", "import-teams", t, str(write_teams(tmp_path / "teams.csv", leagues=("kk", "ru"), n=4)),
        capsys=capsys)
    assert cli(db, "tournament", "draw", t, "--round", "1", "--league", "kk", capsys=capsys)[0] == 0
    code, out, err = cli(db, "tournament", "draw", t, "--round", "1", "--json", capsys=capsys)
    assert code == 0 and "en: fewer than two teams" in err
    assert {d["league"] for d in json.loads(out)} == {"kk", "ru"} and len(json.loads(out)) == 4
    code, out, _ = cli(db, "tournament", "show", t, "--round", "1", "--league", "ru", "--json", capsys=capsys)
    assert code == 0 and len(json.loads(out)) == 2
    code, _, err = cli(db, "tournament", "show", t, "--round", "3", capsys=capsys)
    assert code == 2 and "not drawn" in err


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
