"""Standings, the break, elimination rounds and the award list of a saved tournament."""
from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from app.certificates.register import Award as CertificateAward
from app.db.store import current_store
from app.errors import ValidationError
from app.i18n import Msg, catalog
from app.models import Adjudicator, Award, BreakTeam, Debate, DebateAdjudicator, Person, Team, TeamMember, Tournament
from app.tournaments import context as ctx
from app.tournaments import types as T
from app.tournaments.adjudicators import Allocation, allocate_adjudicators
from app.tournaments.categories import (
    CategoryBreak,
    categories_used,
    category_breaks,
    category_name,
    saved_open_break,
    speaker_categories,
)
from app.tournaments.elimination import (
    BreakDecision,
    ElimPairing,
    bracket,
    break_teams,
    elimination_rounds,
    next_round,
    round_label,
)
from app.tournaments.panels import by_seed, panel_size
from app.tournaments.rooms import rooms_for
from app.tournaments.rounds import warnings_json
from app.tournaments.setup import award_rules, league_name
from app.tournaments.standings import speaker_standings, team_standings


@dataclass
class TeamRow:
    """A line of the team standings."""

    rank: int
    rank_label: str
    tied: bool
    uid: str
    team: str
    school: str | None
    wins: int
    points: float
    figures: dict[str, float]


@dataclass
class SpeakerRow:
    """A line of the speaker standings."""

    rank: int | None
    rank_label: str
    tied: bool
    uid: str
    speaker: str
    team: str
    total: float
    average: float
    rounds_spoken: int
    scores: dict[int, float]
    credited: tuple[int, ...] = ()  # rounds of a bye or forfeit win credited with the speaker's own average
    category: str | None = None  # novice | junior; None: open


def team_rows(t: Tournament, league: str) -> list[TeamRow]:
    """The team standings of a league after the qualifying rounds entered so far."""
    teams = ctx.team_values(t, league)
    standings = team_standings(teams, ctx.results(t, league), ctx.tiebreaks_of(t))
    info = {x.uid: x for x in Team.select().where(Team.uid.in_([s.uid for s in standings]))}
    out = []
    for s in standings:
        team = info[s.uid]
        school = team.school.name if team.school_uid and team.school is not None else None
        out.append(TeamRow(rank=s.rank, rank_label=s.rank_label(), tied=s.tied, uid=s.uid, team=team.name,
                           school=school, wins=s.wins, points=s.points, figures=dict(s.figures)))
    return out


def speaker_rows(t: Tournament, league: str, category: str | None = None) -> list[SpeakerRow]:
    """The speaker standings of a league over its qualifying rounds.

    ``category`` (novice, junior): only the speakers of that category, ranked among themselves.
    """
    teams = ctx.team_values(t, league)
    by_team = ctx.speakers_by_team([x.uid for x in teams])
    categories = speaker_categories([x.uid for x in teams])
    only = None if category is None else {p for p, c in categories.items() if c == category}
    rows = speaker_standings(ctx.results(t, league), by_team, range(1, t.rounds + 1),
                             ranking=t.speakers_rule or "total", min_rounds=int(t.speaker_min_rounds or 0),
                             only=only)
    people = {p.uid: p for p in Person.select().where(Person.uid.in_([r.speaker for r in rows]))}
    names = {x.uid: x.name for x in teams}
    return [SpeakerRow(rank=r.rank, rank_label=r.rank_label(), tied=r.tied, uid=r.speaker,
                       speaker=people[r.speaker].full_name if r.speaker in people else "?",
                       team=names.get(r.team, "?"), total=r.total, average=r.average,
                       rounds_spoken=r.rounds_spoken, scores=dict(r.scores), credited=tuple(r.credited),
                       category=categories.get(r.speaker)) for r in rows]


def _qualifying_done(t: Tournament, league: str) -> None:
    rounds = {d.round for d in ctx.debates(t, league)}
    missing_rounds = [r for r in range(1, t.rounds + 1) if r not in rounds]
    undecided = [d for d in ctx.debates(t, league) if d.opp_uid and not d.winner]
    if missing_rounds or undecided:
        raise ValidationError("break", Msg("Tournament", "The {league} league has not finished its qualifying "
                                           "rounds ({count} debates without a result, rounds not drawn: "
                                           "{rounds}).", league=league, count=len(undecided),
                                           rounds=", ".join(map(str, missing_rounds)) or "—"))


@dataclass
class BreakView:
    """The break of a league: saved, or proposed and perhaps waiting for a decision."""

    league: str
    teams: list[tuple[int, str, str]]  # (seed, uid, name)
    bubble: list[tuple[str, str]]  # (uid, name) tied at the cut
    places_open: int
    saved: bool
    reason: str | None


def break_view(t: Tournament, league: str) -> BreakView:
    """The saved break, else the proposed one from the standings."""
    names = {x.uid: x.name for x in Team.select().where(Team.event == t.event_uid)}
    saved = list(BreakTeam.live().where(BreakTeam.tournament == t.uid, BreakTeam.league == league)
                 .order_by(BreakTeam.seed))
    if saved:
        reason = next((b.reason for b in saved if b.reason), None)
        return BreakView(league, [(b.seed, b.team_uid, names.get(b.team_uid, "?")) for b in saved], [], 0, True,
                         reason)
    size = _size(t, league)
    if size < 2:
        return BreakView(league, [], [], 0, False, None)
    result = break_teams(_standings(t, league), size)
    return BreakView(league, [(i, uid, names.get(uid, "?")) for i, uid in enumerate(result.teams, start=1)],
                     [(uid, names.get(uid, "?")) for uid in result.bubble], result.places_open, False, None)


def category_break_views(t: Tournament, league: str) -> list[CategoryBreak]:
    """The novice and junior breaks of a league beside its open break (teams in the open break left out)."""
    if int(t.category_break_size or 0) < 1:
        return []
    saved = saved_open_break(t, league)
    if saved is None:
        proposed = break_view(t, league)
        open_teams = [uid for _, uid, _ in proposed.teams]
    else:
        open_teams = saved
    return category_breaks(t, league, _standings(t, league), open_teams, saved is not None)


def _standings(t: Tournament, league: str) -> list[T.TeamStanding]:
    return team_standings(ctx.team_values(t, league), ctx.results(t, league), ctx.tiebreaks_of(t))


def _size(t: Tournament, league: str) -> int:
    return min(int(t.break_size or 0), len(ctx.team_values(t, league)))


def confirm_break(t: Tournament, league: str, chosen: list[str] | None = None, reason: str | None = None) -> BreakView:
    """Save the break of a league; a tie at the cut needs the organisers' choice and reason."""
    _qualifying_done(t, league)
    if ctx.debates(t, league, elimination=True):
        raise ValidationError("break", Msg("Tournament", "The elimination rounds of the {league} league have "
                                           "begun; the break can no longer change.", league=league))
    size = _size(t, league)
    if size < 2:
        raise ValidationError("break", Msg("Tournament", "This tournament has no break (its size is 0)."))
    decision = BreakDecision(tuple(chosen), reason or "") if chosen else None
    result = break_teams(_standings(t, league), size, decision)
    if result.needs_decision:
        names = {x.uid: x.name for x in Team.select().where(Team.uid.in_(list(result.bubble)))}
        raise ValidationError("break", Msg("Tournament", "Teams {teams} are tied at the cut for {places} "
                                           "place(s); the organisers must choose and give a reason.",
                                           teams=", ".join(names[u] for u in result.bubble),
                                           places=result.places_open))
    with current_store().db.atomic():
        for b in BreakTeam.live().where(BreakTeam.tournament == t.uid, BreakTeam.league == league):
            b.delete_softly()
        chosen_set = set(chosen or ())
        for seed, uid in enumerate(result.teams, start=1):
            BreakTeam(tournament=t, league=league, team=uid, seed=seed,
                      reason=result.reason if uid in chosen_set else None).save()
    return break_view(t, league)


def _elim_pairings(t: Tournament, league: str, round_no: int, seeds: dict[str, int]) -> list[ElimPairing]:
    return [ElimPairing(ctx.government(d), d.opp_uid, seeds[ctx.government(d)],
                        seeds.get(d.opp_uid) if d.opp_uid else None)
            for d in ctx.debates(t, league, round_no, elimination=True)]


def draw_elimination(t: Tournament, league: str) -> list[Debate]:
    """Draw the next elimination round of a league (the first from the saved break)."""
    saved = list(BreakTeam.live().where(BreakTeam.tournament == t.uid, BreakTeam.league == league)
                 .order_by(BreakTeam.seed))
    if not saved:
        raise ValidationError("break", Msg("Tournament", "Confirm the break of the {league} league first.",
                                           league=league))
    seeds = {b.team_uid: b.seed for b in saved}
    done = sorted({d.round for d in ctx.debates(t, league, elimination=True)})
    if not done:
        pairings = bracket([b.team_uid for b in saved])
        round_no = t.rounds + 1
    else:
        last = done[-1]
        previous = _elim_pairings(t, league, last, seeds)
        rows = ctx.debates(t, league, last, elimination=True)
        undecided = [d for d in rows if d.opp_uid and not d.winner]
        if undecided:
            raise ValidationError("round", Msg("Tournament", "The previous elimination round still lacks {count} "
                                               "results.", count=len(undecided)))
        winners = [_winner_loser(d)[0] for d in rows if d.opp_uid]
        pairings = next_round(previous, winners)
        if not pairings:
            raise ValidationError("round", Msg("Tournament", "The final of the {league} league is over.",
                                               league=league))
        round_no = last + 1
    halls = iter(rooms_for(t, league, round_no, sum(1 for p in pairings if p.opp), elimination=True))
    allocation = _elim_panels(t, league, round_no, pairings)
    with current_store().db.atomic():
        made = []
        for position, p in enumerate(pairings, start=1):
            panel = allocation.panels[position - 1] if allocation else []
            mine = [x.msg for x in allocation.problems if set(x.teams) & {p.gov, p.opp}] if allocation else []
            d = Debate(tournament=t, league=league, round=round_no, elimination=True, position=position,
                       room=next(halls) if p.opp else None, gov=p.gov, opp=p.opp, winner=None,
                       warnings=warnings_json(mine))
            d.save()
            for i, adj in enumerate(panel):
                DebateAdjudicator(debate=d, adjudicator=adj, chair=i == 0).save()
            made.append(d)
    return made


def _elim_panels(t: Tournament, league: str, round_no: int, pairings: list[ElimPairing]) -> Allocation | None:
    """Panels of ``elim_panel_size`` for an elimination round, the strongest to the best seeds."""
    adjudicators = ctx.adjudicator_values(t, league)
    if not adjudicators:
        return None
    plain = [T.Pairing(p.gov, p.opp) for p in pairings]
    order = by_seed([(p.gov_seed, p.opp_seed) for p in pairings])
    return allocate_adjudicators(plain, ctx.team_values(t, league), adjudicators,
                                 panel_size(t, elimination=True), seed=int(t.seed or 0) + round_no, order=order)


def elimination_label(t: Tournament, round_no: int) -> Msg:
    """"Quarterfinal", "Semifinal", "Final"… for an elimination round number."""
    codes = elimination_rounds(int(t.break_size or 0))
    index = round_no - t.rounds - 1
    return round_label(codes[index]) if 0 <= index < len(codes) else Msg("Tournament", "Round {round}",
                                                                          round=round_no)


# ---- awards ---------------------------------------------------------------------------------------------------

@dataclass
class AwardRow:
    """One line of the award list: a diploma, nomination or letter, to a person."""

    league: str | None
    kind: str
    title: str
    rank: int | None
    person_uid: str
    person: str
    team: str | None
    team_uid: str | None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


NOMINATION_NAMES = {"best_orator": Msg("Tournament", "Best orator"),
                    "best_analyst": Msg("Tournament", "Best analyst")}


def _elim_results(t: Tournament, league: str) -> dict[str, list[str]]:
    """Teams by how far they went, once the final is decided: winner, finalist, semifinal losers."""
    size = _size(t, league)
    final_round = t.rounds + len(elimination_rounds(size))
    final = [d for d in ctx.debates(t, league, final_round, elimination=True) if d.opp_uid]
    if len(final) != 1 or not final[0].winner:
        return {}
    d = final[0]
    semis = [x for x in ctx.debates(t, league, final_round - 1, elimination=True) if x.opp_uid and x.winner]
    winner, finalist = _winner_loser(d)
    return {"final_winner": [winner], "finalist": [finalist],
            "semifinalist": [_winner_loser(x)[1] for x in semis]}


def _winner_loser(d: Debate) -> tuple[str, str]:
    """The winning and the losing team of a decided debate with both teams."""
    gov, opp = ctx.government(d), ctx.opposition(d)
    return (gov, opp) if d.winner == "gov" else (opp, gov)


def qualifying_complete(t: Tournament, league: str) -> bool:
    """True once every qualifying round of the league is drawn and decided."""
    rows = ctx.debates(t, league)
    return ({d.round for d in rows} >= set(range(1, t.rounds + 1))
            and all(d.winner for d in rows if d.opp_uid))


def award_list(t: Tournament, language: str = "kk") -> list[AwardRow]:
    """Who gets what, by the tournament's award rules; titles in ``language``.

    Diplomas: by the elimination results once the final is decided (final
    winner, finalist, semifinalists) or, with no break, by the standings'
    first three places once the qualifying rounds are over; best speakers:
    the first N of each league after the qualifying rounds (a tie at N
    includes all tied);
    nominations: as the organisers chose them; letters of thanks: coaches and
    adjudicators.
    """
    tr = catalog(language).translate
    rules = award_rules(t)
    out: list[AwardRow] = []
    teams = {x.uid: x for x in Team.live().where(Team.event == t.event_uid)}
    members = ctx.speakers_by_team(list(teams))
    people = {p.uid: p for p in Person.select().where(
        Person.uid.in_([u for v in members.values() for u in v]
                       + [x.coach_uid for x in teams.values() if x.coach_uid]))}

    def team_awards(league: str, uid: str, kind: str, rank: int, title: Msg) -> None:
        for person_uid in members.get(uid, []):
            out.append(AwardRow(league, kind, title.render(tr), rank, person_uid, people[person_uid].full_name,
                                teams[uid].name, uid))

    for league in t.league_list:
        lname = league_name(league)
        lname = lname.render(tr) if isinstance(lname, Msg) else lname
        complete = qualifying_complete(t, league)
        placed: dict[str, list[str]] = {}
        if complete and _size(t, league) < 2:  # no break: the places of the standings
            standings = [s for s in team_rows(t, league) if s.rank <= 3]
            placed = {"final_winner": [s.uid for s in standings if s.rank == 1],
                      "finalist": [s.uid for s in standings if s.rank == 2],
                      "semifinalist": [s.uid for s in standings if s.rank == 3]}
        elif complete:
            placed = _elim_results(t, league)
        for key, rank in (("final_winner", 1), ("finalist", 2), ("semifinalist", 3)):
            kind = rules.get(key)
            for uid in placed.get(key, []):
                if kind:
                    team_awards(league, uid, kind, rank, Msg("Tournament", "place {rank}, {league}", rank=rank,
                                                               league=lname))
        best = int(rules.get("best_speakers") or 0)
        if best and complete:  # speaker points of the qualifying rounds, once they are all in
            for row in speaker_rows(t, league):
                if row.rank is not None and row.rank <= best:
                    out.append(AwardRow(league, "best_speaker",
                                        Msg("Tournament", "best speaker, place {rank}, {league}", rank=row.rank,
                                            league=lname).render(tr), row.rank, row.uid, row.speaker, row.team,
                                        None))
        if complete:
            out.extend(_category_awards(t, league, lname, rules, tr, team_awards))
        for a in (Award.live().where(Award.tournament == t.uid, Award.league == league, Award.kind == "nomination")
                  .order_by(Award.title)):
            title = NOMINATION_NAMES.get(a.title or "")
            text = title.render(tr) if title else (a.title or "")
            out.append(AwardRow(league, "nomination", f"{text}, {lname}", None, a.person_uid, a.person.full_name,
                                teams[a.team_uid].name if a.team_uid in teams else None, a.team_uid))
    if rules.get("thanks_coaches"):
        seen: set[str] = set()
        for team in sorted(teams.values(), key=lambda x: x.name):
            if team.coach_uid and team.coach_uid not in seen and team.coach_uid in people:
                seen.add(team.coach_uid)
                out.append(AwardRow(team.league, "thanks", Msg("Tournament", "coach of the team {team}",
                                                               team=team.name).render(tr), None, team.coach_uid,
                                    people[team.coach_uid].full_name, team.name, team.uid))
    if rules.get("thanks_adjudicators"):
        for a in Adjudicator.live().where(Adjudicator.tournament == t.uid):
            out.append(AwardRow(a.league, "thanks", Msg("Tournament", "adjudicator").render(tr), None,
                                a.person_uid, a.person.full_name, None, None))
    return out


def _category_awards(t: Tournament, league: str, lname: str, rules: dict[str, Any], tr: Any,
                     team_awards: Any) -> list[AwardRow]:
    """Diplomas of the first places of each category break and of each speaker category's best speakers.

    Team places go through ``team_awards`` (which adds to the list itself); the speakers' rows are returned.
    """
    places = int(rules.get("category_places") or 0)
    kinds = {1: rules.get("final_winner"), 2: rules.get("finalist"), 3: rules.get("semifinalist")}
    for cb in category_break_views(t, league) if places else []:
        cname = category_name(cb.category).render(tr)
        for place, uid, _name in cb.teams:
            kind = kinds.get(place)
            if place <= places and kind:
                team_awards(league, uid, kind, place, Msg("Tournament", "place {rank}, {category}, {league}",
                                                          rank=place, category=cname, league=lname))
    out: list[AwardRow] = []
    best = int(rules.get("best_category_speakers") or 0)
    for category in categories_used(t, league) if best else []:
        cname = category_name(category).render(tr)
        for row in speaker_rows(t, league, category):
            if row.rank is not None and row.rank <= best:
                out.append(AwardRow(league, "best_speaker",
                                    Msg("Tournament", "best speaker, {category}, place {rank}, {league}",
                                        category=cname, rank=row.rank, league=lname).render(tr),
                                    row.rank, row.uid, row.speaker, row.team, None))
    return out


def set_nomination(t: Tournament, league: str, title: str, person_uid: str | None) -> None:
    """Give a nomination (best orator, best analyst or the organisers' own) of a league to a debater."""
    title = " ".join((title or "").split())
    if not title:
        raise ValidationError("title", Msg("Tournament", "Name the nomination."))
    if league not in t.league_list:
        raise ValidationError("league", Msg("Tournament", "The league {league} is not one of this tournament's "
                                            "leagues ({leagues}).", league=league, leagues=", ".join(t.league_list)))
    with current_store().db.atomic():
        for a in Award.live().where(Award.tournament == t.uid, Award.league == league, Award.kind == "nomination",
                                    Award.title == title):
            a.delete_softly()
        if person_uid:
            member = (TeamMember.live().join(Team).where(Team.event == t.event_uid, Team.league == league,
                                                         Team.deleted == False,  # noqa: E712
                                                         TeamMember.person == person_uid).first())
            if member is None:
                raise ValidationError("person", Msg("Tournament", "A nomination of the {league} league goes to a "
                                                    "debater of that league.", league=league))
            Award(event=t.event_uid, tournament=t, league=league, kind="nomination", title=title,
                  person=person_uid, team=member.team_uid).save()


def certificate_awards(t: Tournament, language: str = "kk"):
    """The award list as the certificates' batch input (each with its own kind and reason)."""
    return [CertificateAward(kind=a.kind, person_uid=a.person_uid, reason=a.title, team_uid=a.team_uid)
            for a in award_list(t, language)]
